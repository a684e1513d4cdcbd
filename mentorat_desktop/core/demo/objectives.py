"""The objectives of every demo pair, with their success indicators and statuses."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import func, select

from mentorat_desktop.core.demo.common import add_months, bulk_insert, months_between, weighted
from mentorat_desktop.core.demo.model import DemoContext, DemoPair
from mentorat_desktop.core.demo.words import SHARED_OBJECTIVES, SKILL_TOPICS
from mentorat_desktop.core.enums import Direction, ObjectiveStatus, Outcome, PairStatus
from mentorat_desktop.core.models import Objective


def _objective_texts(
    rng: random.Random, pair: DemoPair, count: int
) -> list[tuple[str, str, Direction]]:
    """``count`` objectives: first what the mentor passes on, then now and then what the
    mentee passes back, or something the two do together."""
    teach = [(t, i, Direction.MENTOR_TO_MENTEE) for s in pair.teach for t, i in SKILL_TOPICS[s][1]]
    back = [
        (t, i, Direction.MENTEE_TO_MENTOR) for s in pair.give_back for t, i in SKILL_TOPICS[s][1]
    ]
    shared = [(t, i, Direction.BOTH) for t, i in SHARED_OBJECTIVES]
    chosen = [teach.pop(rng.randrange(len(teach)))]
    while len(chosen) < count:
        draw = rng.random()
        if back and draw < 0.4:
            source = back
        elif teach and draw < 0.85:
            source = teach
        else:
            source = shared
        chosen.append(source.pop(rng.randrange(len(source))))
    return chosen


def _objective_statuses(
    rng: random.Random, pair: DemoPair, today: dt.date, count: int
) -> list[ObjectiveStatus]:
    """Statuses in keeping with the pair: open for a proposal, closed (reached or dropped) as
    the closing evaluation says for an ended pair, further along the older a pair is."""
    if pair.start_date is None or pair.planned_end is None:
        return [ObjectiveStatus.OPEN] * count
    if pair.status == PairStatus.ENDED:
        reached = {
            Outcome.YES: count,
            Outcome.MOSTLY: count if count == 1 else count - 1,
            Outcome.PARTLY: 1 if count > 1 else 0,
            Outcome.NO: 0,
        }[pair.outcome or Outcome.NO]
        return [ObjectiveStatus.REACHED] * reached + [ObjectiveStatus.DROPPED] * (count - reached)
    length = max(1, (pair.planned_end - pair.start_date).days)
    progress = min(1.0, (today - pair.start_date).days / length)
    statuses: list[ObjectiveStatus] = []
    for _ in range(count):
        draw = rng.random()
        chance = (0.05 + 0.55 * progress) * (0.7 if pair.status == PairStatus.PAUSED else 1)
        if draw < chance:
            statuses.append(ObjectiveStatus.REACHED)
        elif draw < chance + 0.03:
            statuses.append(ObjectiveStatus.DROPPED)
        elif draw < chance + 0.03 + 0.3 * (1 - progress):
            statuses.append(ObjectiveStatus.OPEN)
        else:
            statuses.append(ObjectiveStatus.IN_PROGRESS)
    order = (
        ObjectiveStatus.REACHED,
        ObjectiveStatus.DROPPED,
        ObjectiveStatus.IN_PROGRESS,
        ObjectiveStatus.OPEN,
    )
    return sorted(statuses, key=order.index)  # the earliest targets are the furthest along


def add_objectives(ctx: DemoContext) -> None:
    """One to three objectives per pair (a few fresh proposals have none yet), in one insert."""
    rng = ctx.rng("objectives")
    next_id = (ctx.session.scalar(select(func.max(Objective.id))) or 0) + 1
    rows: list[dict[str, Any]] = []
    for pair in ctx.pairs:
        if pair.status == PairStatus.PROPOSED:
            count = 0 if rng.random() < 0.35 else weighted(rng, ((1, 60), (2, 40)))
        else:
            count = weighted(rng, ((1, 20), (2, 50), (3, 30)))
        if not count:
            continue
        texts = _objective_texts(rng, pair, count)
        statuses = _objective_statuses(rng, pair, ctx.today, count)
        targets: list[dt.date | None]
        if pair.start_date is not None and pair.planned_end is not None:
            months = max(2, months_between(pair.start_date, pair.planned_end))
            targets = [
                *sorted(
                    min(pair.planned_end, add_months(pair.start_date, rng.randint(2, months)))
                    for _ in range(count)
                )
            ]
        elif rng.random() < 0.5:  # a first idea of the dates, before the charter is signed
            targets = [
                *sorted(ctx.today + dt.timedelta(days=rng.randint(120, 300)) for _ in range(count))
            ]
        else:
            targets = [None] * count
        for (text, indicator, direction), status, target in zip(
            texts, statuses, targets, strict=True
        ):
            rows.append(
                {
                    "id": next_id,
                    "pair_id": pair.id,
                    "text": text,
                    "indicator": indicator,
                    "target_date": target,
                    "status": status,
                    "direction": direction,
                }
            )
            next_id += 1
            ctx.objectives_reached += status == ObjectiveStatus.REACHED
    bulk_insert(ctx.session, Objective.__table__, rows)
    ctx.objective_count += len(rows)
