"""The demo's cohorts: two, six months apart, each with its program objectives."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from mentorat_desktop.core.demo.common import add_months, bulk_insert
from mentorat_desktop.core.demo.model import DemoCohort, DemoContext
from mentorat_desktop.core.demo.words import COHORT_PLANS
from mentorat_desktop.core.models import Cohort, CohortObjective
from mentorat_desktop.core.text import fold

COHORT_MONTHS = {"Printemps": 3, "Automne": 9}  # the month of the kickoff evening


def _kickoff(year: int, month: int) -> dt.date:
    """A cohort's kickoff evening: the first Thursday of its month."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7)


def _cohort_kickoffs(today: dt.date) -> list[tuple[str, int, dt.date]]:
    """The two cohorts, oldest first, as (season, year, kickoff): the latest kickoff at least
    two months before ``today`` (so its pairs have had time to start) and the one before."""
    kickoffs = sorted(
        (
            (season, year, _kickoff(year, month))
            for season, month in COHORT_MONTHS.items()
            for year in range(today.year - 2, today.year + 1)
        ),
        key=lambda item: item[2],
    )
    return [k for k in kickoffs if k[2] <= today - dt.timedelta(days=60)][-2:]


def add_cohorts(ctx: DemoContext) -> None:
    """Two cohorts, six months apart, with their program objectives. A cohort of the same name
    made by the coordinator is reused as it is."""
    session = ctx.session
    existing = {fold(name): cid for cid, name in session.execute(select(Cohort.id, Cohort.name))}
    next_id = (session.scalar(select(func.max(Cohort.id))) or 0) + 1
    next_objective = (session.scalar(select(func.max(CohortObjective.id))) or 0) + 1
    plans = {season: (text, objectives) for season, text, objectives in COHORT_PLANS}
    rows: list[dict[str, Any]] = []
    objective_rows: list[dict[str, Any]] = []
    for season, year, kickoff in _cohort_kickoffs(ctx.today):
        name = f"{season} {year}"
        # Pairs join for six months after the kickoff, each for six to twelve months.
        end = add_months(kickoff, 18) - dt.timedelta(days=1)
        if fold(name) in existing:
            ctx.cohorts.append(DemoCohort(existing[fold(name)], name, kickoff, end, new=False))
            continue
        description, objectives = plans[season]
        rows.append(
            {
                "id": next_id,
                "name": name,
                "start_date": kickoff,
                "end_date": end,
                "description": description,
            }
        )
        for text, indicator, target in objectives:
            objective_rows.append(
                {
                    "id": next_objective,
                    "cohort_id": next_id,
                    "text": text,
                    "indicator": indicator,
                    "target": target,
                }
            )
            next_objective += 1
        ctx.cohorts.append(DemoCohort(next_id, name, kickoff, end))
        next_id += 1
    bulk_insert(session, Cohort.__table__, rows)
    bulk_insert(session, CohortObjective.__table__, objective_rows)
    ctx.cohort_objective_count += len(objective_rows)
