"""The program's dashboard: the figures the coordinator reports to the board and funders.

A handful of aggregate queries on the plain sqlite3 connection, whatever the size of the
register. The commitment figure uses the rule of ``mentorat_desktop.core.followup`` and its
one definition of a month that meets the commitment (``meets_commitment``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from dataclasses import dataclass

from mentorat_desktop.core import sql
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import (
    EndReason,
    Generation,
    MemberStatus,
    ObjectiveStatus,
    PairStatus,
    Role,
    Speaker,
    generation_of,
)
from mentorat_desktop.core.followup import add_months, month_cells, month_start, tally_commitment
from mentorat_desktop.core.services.pairs import CANCELLED_SQL, cancelled_sql

CHART_MONTHS = 12


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    active_pairs: int  # ACTIVE now
    pairs_by_status: dict[PairStatus, int]  # every status, 0 included
    # Last month (the calendar month before today's): the pairs whose month was judged
    # against a commitment and those that met it (followup.tally_commitment).
    last_month: dt.date
    last_month_counted: int
    last_month_met: int
    last_month_met_share: float | None  # None when no pair was counted
    hours_this_month: float  # from the 1st to today
    hours_this_year: float  # from 1 January to today
    # Objectives of the pairs past the proposal (ACTIVE, PAUSED or ENDED): reached / all.
    objectives_reached: int
    objectives_total: int
    # Follow-up entries with a satisfaction, held in the 12 months up to today.
    satisfaction_average: float | None
    satisfaction_count: int
    # Active members (not archived); None: birth year unknown.
    members_by_generation: dict[Generation | None, int]
    members_by_role: dict[Role, int]
    # Pairs ended before their planned end, by reason (a missing reason counts as OTHER).
    ended_early: int
    ended_early_by_reason: dict[EndReason, int]
    # The 12 months up to today's, oldest first: (first day of the month, hours).
    hours_by_month: list[tuple[dt.date, float]]

    @property
    def objectives_reached_share(self) -> float | None:
        return self.objectives_reached / self.objectives_total if self.objectives_total else None


def _year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


# -- the figures the dashboard and the activity report (core.report) share -------------------
# Each takes an optional set of pair ids (a cohort, the pairs of a period): None is every pair.


def _pairs_sql(
    db: Database, column: str, pair_ids: Collection[int] | None
) -> tuple[str, tuple[str, ...]]:
    """An SQL condition " AND column IN (the ids)" and its parameter; nothing for None."""
    if pair_ids is None:
        return "", ()
    return f" AND {sql.in_json_ids(column, db.dialect)}", (json.dumps(sorted(pair_ids)),)


# The minutes by month of the sessions of a period. On SQLite: substr, the month of an ISO
# date; +held_on compares it as text, and the whole table is read in order (see
# followup._MINUTES_SQL). On a server the planner chooses.
_MINUTES_BY_MONTH_SQL = {
    sql.SQLITE: "SELECT substr(held_on, 1, 7) AS month, SUM(duration_minutes) "
    "FROM mentoring_session NOT INDEXED WHERE +held_on BETWEEN ? AND ?{where} "
    "GROUP BY month",
    sql.POSTGRESQL: f"SELECT {sql.month_of('held_on', sql.POSTGRESQL)} AS month, "
    "SUM(duration_minutes) FROM mentoring_session WHERE held_on BETWEEN ? AND ?{where} "
    "GROUP BY month",
}


def minutes_by_month(
    db: Database, first: dt.date, last: dt.date, pair_ids: Collection[int] | None = None
) -> dict[str, int]:
    """Minutes of the sessions held from ``first`` to ``last`` (both included), by month
    ("YYYY-MM")."""
    where, params = _pairs_sql(db, "pair_id", pair_ids)
    return {
        month: int(total)
        for month, total in db.query(
            _MINUTES_BY_MONTH_SQL[db.dialect].format(where=where),
            (first.isoformat(), last.isoformat(), *params),
        )
    }


def objectives_tally(db: Database, pair_ids: Collection[int] | None = None) -> tuple[int, int]:
    """(all, reached): the objectives of the pairs past the proposal (ACTIVE, PAUSED or
    ENDED, a withdrawn proposal left out), as they stand today."""
    where, params = _pairs_sql(db, "p.id", pair_ids)
    total, reached = db.query(
        "SELECT COUNT(*), COUNT(CASE WHEN o.status = ? THEN 1 END) FROM objective o "
        "JOIN pair p ON p.id = o.pair_id WHERE p.status <> ? "
        f"AND NOT {cancelled_sql('p')}{where}",
        (ObjectiveStatus.REACHED.value, PairStatus.PROPOSED.value, *params),
    )[0]
    return int(total), int(reached)


def satisfaction(
    db: Database,
    first: dt.date,
    last: dt.date,
    speaker: Speaker | None = None,
    pair_ids: Collection[int] | None = None,
) -> tuple[float | None, int]:
    """(average, answers): the satisfaction (1 to 5) of the follow-up entries held from
    ``first`` to ``last`` (both included); ``speaker``: only what that person said."""
    where, params = _pairs_sql(db, "pair_id", pair_ids)
    if speaker is not None:
        where += " AND speaker = ?"
        params = (*params, speaker.value)
    # The sum and the count, divided here: the same float on both engines (PostgreSQL's AVG
    # of integers is a decimal, rounded otherwise than SQLite's double).
    total, answers = db.query(
        "SELECT SUM(satisfaction), COUNT(satisfaction) FROM follow_up_entry "
        f"WHERE satisfaction IS NOT NULL AND held_on >= ? AND held_on <= ?{where}",
        (first.isoformat(), last.isoformat(), *params),
    )[0]
    return (int(total) / int(answers) if answers else None), int(answers)


def ended_by_reason(
    db: Database,
    first: dt.date | None = None,
    last: dt.date | None = None,
    *,
    early_only: bool = False,
    pair_ids: Collection[int] | None = None,
) -> dict[EndReason, int]:
    """The pairs ended (from ``first`` to ``last`` when given), by reason: a missing reason
    counts as OTHER, a withdrawn proposal is no ended pair; ``early_only``: those ended
    before their planned end."""
    where, params = _pairs_sql(db, "id", pair_ids)
    if early_only:
        where += " AND planned_end IS NOT NULL AND ended_on < planned_end"
    if first is not None:
        where += " AND ended_on >= ?"
        params = (*params, first.isoformat())
    if last is not None:
        where += " AND ended_on <= ?"
        params = (*params, last.isoformat())
    counts: dict[EndReason, int] = {}
    for reason, count in db.query(
        "SELECT end_reason, COUNT(*) FROM pair WHERE status = ? AND ended_on IS NOT NULL "
        f"AND NOT {CANCELLED_SQL}{where} GROUP BY end_reason",
        (PairStatus.ENDED.value, *params),
    ):
        key = EndReason(reason) if reason else EndReason.OTHER
        counts[key] = counts.get(key, 0) + int(count)
    return counts


def compute_dashboard(db: Database, today: dt.date, group_id: int | None = None) -> Dashboard:
    """The dashboard as of ``today``: of the pairs and members of the local group
    ``group_id`` when given, else of all."""
    pair_ids: set[int] | None = None
    in_group = ""
    group_params: tuple[int, ...] = ()
    if group_id is not None:
        pair_ids = {
            int(r[0]) for r in db.query("SELECT id FROM pair WHERE group_id = ?", (group_id,))
        }
        in_group, group_params = " AND group_id = ?", (group_id,)
    by_status = {status: 0 for status in PairStatus}
    # A proposal withdrawn before it started never ran: it is no "ended" pair.
    for status, count in db.query(
        f"SELECT status, COUNT(*) FROM pair WHERE NOT {CANCELLED_SQL}{in_group} GROUP BY status",
        group_params,
    ):
        by_status[PairStatus(status)] = int(count)

    last_month = add_months(month_start(today), -1)
    # The one definition of "met its commitment" (followup.meets_commitment), as the grid
    # and the ``followup`` command count it. Last month is over: every verdict is given.
    tally = tally_commitment(month_cells(db, last_month, today, group_id).values())
    counted, met = tally.judged, tally.met

    this_month = month_start(today)
    months = [add_months(this_month, k - (CHART_MONTHS - 1)) for k in range(CHART_MONTHS)]
    minutes = minutes_by_month(db, min(months[0], today.replace(month=1, day=1)), today, pair_ids)
    year_prefix = f"{today.year:04d}-"
    hours_this_year = sum(m for k, m in minutes.items() if k.startswith(year_prefix)) / 60
    hours_by_month = [(m, minutes.get(m.strftime("%Y-%m"), 0) / 60) for m in months]

    total, reached = objectives_tally(db, pair_ids)
    # The 12 months up to today: from the day after the same day a year before.
    average, answers = satisfaction(
        db, _year_before(today) + dt.timedelta(days=1), today, pair_ids=pair_ids
    )

    by_generation: dict[Generation | None, int] = {}
    by_role = {role: 0 for role in Role}
    for birth_year, role, count in db.query(
        f"SELECT birth_year, role, COUNT(*) FROM member WHERE status = ?{in_group} "
        "GROUP BY birth_year, role",
        (MemberStatus.ACTIVE.value, *group_params),
    ):
        generation = generation_of(birth_year)
        by_generation[generation] = by_generation.get(generation, 0) + int(count)
        by_role[Role(role)] += int(count)

    early = ended_by_reason(db, early_only=True, pair_ids=pair_ids)

    return Dashboard(
        today=today,
        active_pairs=by_status[PairStatus.ACTIVE],
        pairs_by_status=by_status,
        last_month=last_month,
        last_month_counted=counted,
        last_month_met=met,
        last_month_met_share=met / counted if counted else None,
        hours_this_month=minutes.get(this_month.strftime("%Y-%m"), 0) / 60,
        hours_this_year=hours_this_year,
        objectives_reached=int(reached),
        objectives_total=int(total),
        satisfaction_average=average,
        satisfaction_count=answers,
        members_by_generation=by_generation,
        members_by_role=by_role,
        ended_early=sum(early.values()),
        ended_early_by_reason=early,
        hours_by_month=hours_by_month,
    )
