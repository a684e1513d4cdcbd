"""The coordinator's follow-up entries for about half the demo pairs."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from typing import Any

from sqlalchemy import func, select

from mentorat_desktop.core.demo.common import bulk_insert, day_between, note_names, weighted
from mentorat_desktop.core.demo.model import DemoContext, DemoPair, Pace, Tone
from mentorat_desktop.core.demo.words import (
    CLOSING_FOLLOW_UPS,
    FOLLOW_UP_COMMENTS,
    GOOD_ACTIONS,
    MEDIATION_ACTIONS,
    PAUSE_ACTIONS,
    PAUSE_COMMENTS,
    TRY_VIDEO_ACTION,
)
from mentorat_desktop.core.enums import Mode, Outcome, PairStatus, Speaker
from mentorat_desktop.core.models import FollowUpEntry
from mentorat_desktop.core.services.sessions import Period, was_active_on

SATISFACTION: dict[Tone, tuple[tuple[int, int], ...]] = {
    Tone.GOOD: ((4, 40), (5, 60)),
    Tone.MIXED: ((3, 60), (4, 40)),
    Tone.POOR: ((2, 60), (3, 40)),
}
# How things go on a given day, by pace (a silent pair is POOR once silent).
TONES: dict[Pace, tuple[tuple[Tone, int], ...]] = {
    Pace.STEADY: ((Tone.GOOD, 80), (Tone.MIXED, 20)),
    Pace.LOW: ((Tone.GOOD, 20), (Tone.MIXED, 55), (Tone.POOR, 25)),
    Pace.FADED: ((Tone.GOOD, 85), (Tone.MIXED, 15)),
    Pace.SILENT: ((Tone.GOOD, 70), (Tone.MIXED, 30)),
}
TONES_FADED: tuple[tuple[Tone, int], ...] = ((Tone.MIXED, 40), (Tone.POOR, 60))
FOLLOW_UP_CHANCE: dict[Pace, float] = {
    Pace.STEADY: 0.5,
    Pace.LOW: 0.7,
    Pace.FADED: 0.75,
    Pace.SILENT: 0.8,
}
SPEAKERS: tuple[tuple[Speaker, int], ...] = (
    (Speaker.COORDINATOR, 70),
    (Speaker.MENTOR, 15),
    (Speaker.MENTEE, 15),
)
CLOSING_TONES: dict[Outcome, Tone] = {
    Outcome.YES: Tone.GOOD,
    Outcome.MOSTLY: Tone.GOOD,
    Outcome.PARTLY: Tone.MIXED,
    Outcome.NO: Tone.POOR,
}
FOLLOW_UP_GAP = 14  # days, at least, between two entries of a pair
MAX_FOLLOW_UPS = 4  # entries per pair


def _tone(rng: random.Random, pair: DemoPair, day: dt.date) -> Tone:
    """How things go for the pair on ``day``, from its pace."""
    quiet = pair.quiet_since is not None and day >= pair.quiet_since
    if pair.pace == Pace.SILENT and quiet:
        return Tone.POOR
    faded = pair.pace == Pace.FADED and quiet
    weights = TONES_FADED if faded else TONES[pair.pace or Pace.STEADY]
    tone: Tone = weighted(rng, weights)
    return tone


def _follow_up_days(
    rng: random.Random, pair: DemoPair, today: dt.date, turn: int, just_come: bool
) -> tuple[list[dt.date], dt.date | None]:
    """The days of a pair's entries, oldest first and at least two weeks apart, and the
    recheck date of the last one: for every third running pair (``turn``, counted by the
    caller) and half the silent or fading ones, just come when ``just_come``, or in the
    next three weeks otherwise. A silent pair is often called once the silence shows; an
    ended pair often has its closing conversation."""
    assert pair.start_date is not None
    first = pair.start_date + dt.timedelta(days=10)
    last = min(today, pair.ended_on or today)
    first = min(first, last)
    span = (last - first).days
    slots = range(0, span + 1, FOLLOW_UP_GAP)
    count = min(len(slots), rng.randint(1, min(4, 1 + span // 75)))
    days = [
        first + dt.timedelta(days=slot + rng.randint(0, min(FOLLOW_UP_GAP - 1, span - slot)))
        for slot in sorted(rng.sample(slots, count))
    ]
    quiet = pair.quiet_since
    if pair.pace == Pace.SILENT and quiet is not None and rng.random() < 0.7:
        # the coordinator noticed the silence and called
        days.append(day_between(rng, min(today, quiet + dt.timedelta(days=21)), today))
    if pair.ended_on is not None and rng.random() < 0.6:
        days.append(min(today, pair.ended_on + dt.timedelta(days=rng.randint(0, 7))))
    recheck: dt.date | None = None
    running = pair.status in (PairStatus.ACTIVE, PairStatus.PAUSED)
    worrying = pair.pace in (Pace.SILENT, Pace.FADED) and rng.random() < 0.5
    if running and (turn % 3 == 0 or worrying):
        if just_come:  # and nobody has called back yet
            recheck = today - dt.timedelta(days=rng.randint(1, 10))
            held = recheck - dt.timedelta(days=rng.randint(14, 30))
        else:
            recheck = today + dt.timedelta(days=rng.randint(3, 21))
            held = today - dt.timedelta(days=rng.randint(0, 14))
        held = max(held, first)
        days = [d for d in days if d < held] + [held]
        recheck = max(recheck, held + dt.timedelta(days=1))
    kept = [days[-1]]  # the last day stays; earlier ones too close to the next go
    for day in reversed(days[:-1]):
        if (kept[-1] - day).days >= FOLLOW_UP_GAP:
            kept.append(day)
    return kept[MAX_FOLLOW_UPS - 1 :: -1], recheck


def _entry(
    rng: random.Random,
    pair: DemoPair,
    day: dt.date,
    periods: list[Period],
    coordinator: bool = False,
) -> dict[str, Any]:
    """Who spoke on ``day`` (the coordinator when ``coordinator``), how satisfied, what they
    said and what was decided."""
    names = note_names(pair)
    ended = pair.ended_on is not None and day >= pair.ended_on
    paused = not ended and not was_active_on(periods, day)
    speaker = Speaker.COORDINATOR
    actions: tuple[str, ...] = ()
    if ended:
        tone = CLOSING_TONES.get(pair.outcome or Outcome.NO, Tone.POOR)
        comment = rng.choice(CLOSING_FOLLOW_UPS[tone])
    elif paused:
        tone = weighted(rng, ((Tone.GOOD, 40), (Tone.MIXED, 60)))
        comment, actions = rng.choice(PAUSE_COMMENTS), PAUSE_ACTIONS
    else:
        tone = _tone(rng, pair, day)
        if not coordinator:
            speaker = weighted(rng, SPEAKERS)
        comment = rng.choice(FOLLOW_UP_COMMENTS[(speaker, tone)])
        if tone == Tone.GOOD:
            actions = GOOD_ACTIONS
        elif pair.mode in (Mode.IN_PERSON, Mode.ANY):
            actions = MEDIATION_ACTIONS
        else:  # already meeting at a distance
            actions = tuple(a for a in MEDIATION_ACTIONS if a != TRY_VIDEO_ACTION)
    action: str | None = None
    if speaker == Speaker.COORDINATOR and actions:
        chance = {Tone.GOOD: 0.08, Tone.MIXED: 0.5, Tone.POOR: 1.0}[tone]
        if coordinator or rng.random() < chance:
            action = rng.choice(actions)
    return {
        "pair_id": pair.id,
        "held_on": day,
        "speaker": speaker,
        "satisfaction": weighted(rng, SATISFACTION[tone]),
        "comment": comment.format(**names),
        "action": action,
        "recheck_on": None,
    }


def add_follow_ups(ctx: DemoContext) -> None:
    """One to four entries for about half the pairs that have started, in one insert."""
    rng = ctx.rng("follow_ups")
    next_id = (ctx.session.scalar(select(func.max(FollowUpEntry.id))) or 0) + 1
    rows: list[dict[str, Any]] = []
    running = rechecks = 0  # the rechecks alternate: just come, about to come
    for pair in ctx.pairs:
        if pair.start_date is None or pair.pace is None:
            continue
        if rng.random() >= FOLLOW_UP_CHANCE[pair.pace]:
            continue
        days, recheck = _follow_up_days(rng, pair, ctx.today, running, rechecks % 2 == 0)
        running += pair.status in (PairStatus.ACTIVE, PairStatus.PAUSED)
        rechecks += recheck is not None
        periods = pair.periods()
        entries = [
            _entry(rng, pair, day, periods, coordinator=recheck is not None and day == days[-1])
            for day in days
        ]
        for entry, following in itertools.pairwise(entries):
            # an action is checked again on the day of the next entry, when it comes soon
            if entry["action"] and (following["held_on"] - entry["held_on"]).days <= 45:
                entry["recheck_on"] = following["held_on"]
        if recheck is not None:
            entries[-1]["recheck_on"] = recheck
        for entry in entries:
            entry["id"] = next_id
            next_id += 1
        rows += entries
    bulk_insert(ctx.session, FollowUpEntry.__table__, rows)
    ctx.follow_up_count += len(rows)
