"""Follow-up benchmark (run this file with the venv's Python).

Builds a database of 2,500 pairs (5,000 members) with their status histories (some paused,
some ended, a few still starting), objectives, follow-up entries and 100,000 sessions, all in
bulk inserts, then times, each alternated with its floor in the same run (benchmarks/floor.py):

- ``compute_grid`` over 12 months against its one aggregate query (the minutes per pair and
  month, rows fetched): target ratio at most 1.5;
- ``compute_dashboard`` against its aggregates (the same SQL queries, run bare): target ratio
  at most 2;
- ``month_report`` of one month and ``to_follow_up``, as context.

Usage: bench_followup.py [--pairs N] [--sessions N] [--runs N] [--seed N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

sys.path.insert(0, str(Path(__file__).resolve().parent))

import floor
from sqlalchemy import insert

from mentorat_desktop.core import sql
from mentorat_desktop.core.dashboard import (
    _MINUTES_BY_MONTH_SQL,
    CHART_MONTHS,
    _year_before,
    compute_dashboard,
)
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.enums import (
    EndReason,
    MemberStatus,
    ObjectiveStatus,
    PairStatus,
    Role,
    Speaker,
)
from mentorat_desktop.core.followup import (
    _GRID_HISTORY_SQL,
    _GRID_MINUTES_SQL,
    _GRID_PAIRS_SQL,
    _MINUTES_SQL,
    add_months,
    compute_grid,
    month_end,
    month_report,
    month_start,
    to_follow_up,
)
from mentorat_desktop.core.models import (
    FollowUpEntry,
    Member,
    MentoringSession,
    Objective,
    Pair,
    PairStatusChange,
)
from mentorat_desktop.core.services.pairs import CANCELLED_SQL, cancelled_sql

if TYPE_CHECKING:
    from sqlalchemy import Table

T = TypeVar("T")

GRID_TARGET_RATIO = 1.5
DASHBOARD_TARGET_RATIO = 2.0
TODAY = dt.date(2026, 6, 15)
FIRST_START = dt.date(2024, 9, 1)

FIRST = ["Zoé", "Léo", "Inès", "Hugo", "Chloé", "Nathan", "Manon", "Louis", "Jade", "Adam"]
LAST = ["Martin", "Tremblay", "Gagnon", "Roy", "Côté", "Bernard", "Dubois", "Lefèvre", "Morel"]


def _table(model: Any) -> Table:
    """The table of a mapped class, typed for ``insert`` (bulk inserts skip the ORM)."""
    return cast("Table", model.__table__)


def build_database(path: Path, pairs: int, sessions: int, seed: int) -> None:
    """A register for the benchmark, written in a few bulk inserts."""
    rng = random.Random(seed)
    now = dt.datetime(2026, 6, 15, 9, 0)
    span = (TODAY - FIRST_START).days
    db = open_database(path)
    try:
        with db.transaction() as session:
            members: list[dict[str, Any]] = []
            for k in range(2 * pairs):
                young = k % 2 == 0
                members.append(
                    {
                        "id": k + 1,
                        "first_name": rng.choice(FIRST),
                        "last_name": f"{rng.choice(LAST)}-{k + 1}",
                        "birth_year": rng.randint(1990, 2007) if young else rng.randint(1952, 1980),
                        "email": f"m{k + 1}@example.org",
                        "phone": f"06 00 00 {k % 100:02d} {k // 100 % 100:02d}",
                        "role": Role.MENTOR if young else Role.MENTEE,
                        "capacity": 1,
                        "status": MemberStatus.ACTIVE,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            session.execute(insert(_table(Member)), members)

            pair_rows: list[dict[str, Any]] = []
            changes: list[dict[str, Any]] = []
            objectives: list[dict[str, Any]] = []
            entries: list[dict[str, Any]] = []
            active_spans: list[tuple[int, list[tuple[dt.date, dt.date]]]] = []
            for p in range(pairs):
                pair_id = p + 1
                start = FIRST_START + dt.timedelta(days=rng.randrange(span - 20))
                planned_end = start + dt.timedelta(days=rng.choice((182, 273, 365)))
                history = [(PairStatus.ACTIVE, start)]
                spans: list[tuple[dt.date, dt.date]] = []
                day, status = start, PairStatus.ACTIVE
                ended_on = end_reason = None
                if rng.random() < 0.2:  # a pause, perhaps a return
                    pause = start + dt.timedelta(days=rng.randint(30, 200))
                    if pause < TODAY:
                        spans.append((start, pause))
                        history.append((PairStatus.PAUSED, pause))
                        day, status = pause, PairStatus.PAUSED
                        back = pause + dt.timedelta(days=rng.randint(20, 90))
                        if back < TODAY and rng.random() < 0.7:
                            history.append((PairStatus.ACTIVE, back))
                            day, status = back, PairStatus.ACTIVE
                stop = min(planned_end, TODAY)
                if planned_end < TODAY or rng.random() < 0.08:
                    ended = planned_end if planned_end < TODAY else None
                    if ended is None or rng.random() < 0.2:  # some end early
                        ended = day + dt.timedelta(days=rng.randint(10, 120))
                        end_reason = rng.choice(list(EndReason))
                    else:
                        end_reason = EndReason.OBJECTIVES_REACHED
                    if ended < TODAY:
                        ended_on, stop = ended, ended
                        history.append((PairStatus.ENDED, ended))
                if status == PairStatus.ACTIVE and stop > day:
                    spans.append((day, stop))
                final = history[-1][0]
                pair_rows.append(
                    {
                        "id": pair_id,
                        "mentor_id": 2 * p + 1,
                        "mentee_id": 2 * p + 2,
                        "status": final,
                        "start_date": start,
                        "planned_end": planned_end,
                        "charter_signed_on": start,
                        "ended_on": ended_on,
                        "end_reason": end_reason if ended_on else None,
                        "monthly_commitment_hours": rng.choice((2.0, 3.0, 3.0, 3.0, 4.0)),
                        "charter_version": 1,
                        "created_at": now,
                    }
                )
                for status_, on in history:
                    changes.append(
                        {
                            "pair_id": pair_id,
                            "status": status_,
                            "effective_on": on,
                            "recorded_at": now,
                        }
                    )
                for _ in range(rng.randint(1, 4)):
                    objectives.append(
                        {
                            "pair_id": pair_id,
                            "text": "Objectif",
                            "status": rng.choice(list(ObjectiveStatus)),
                        }
                    )
                for _ in range(rng.randint(0, 3)):
                    held = start + dt.timedelta(days=rng.randrange(max(1, (stop - start).days)))
                    entries.append(
                        {
                            "pair_id": pair_id,
                            "held_on": held,
                            "speaker": rng.choice(list(Speaker)),
                            "satisfaction": rng.choice((None, 2, 3, 4, 4, 5, 5)),
                            "recheck_on": (
                                held + dt.timedelta(days=30) if rng.random() < 0.3 else None
                            ),
                        }
                    )
                if spans:
                    active_spans.append((pair_id, spans))
            session.execute(insert(_table(Pair)), pair_rows)
            session.execute(insert(_table(PairStatusChange)), changes)
            session.execute(insert(_table(Objective)), objectives)
            session.execute(insert(_table(FollowUpEntry)), entries)

            rows: list[dict[str, Any]] = []
            for _ in range(sessions):
                pair_id, spans = rng.choice(active_spans)
                first, stop = rng.choice(spans)
                held = first + dt.timedelta(days=rng.randrange(max(1, (stop - first).days)))
                rows.append(
                    {
                        "pair_id": pair_id,
                        "held_on": held,
                        "duration_minutes": rng.choice((45, 60, 60, 90, 120)),
                        "created_at": now,
                    }
                )
            session.execute(insert(_table(MentoringSession)), rows)
    finally:
        db.close()


def _time(action: Callable[[], T], runs: int) -> tuple[float, T]:
    result = action()  # warm-up: the first read opens the connection and fills caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


_reference_ms = floor.reference_ms


def grid_queries(db: Any, months: tuple[str, str]) -> None:
    """The queries of compute_grid (the pairs with their names and last session, the
    histories, the minutes per pair and month), run bare: context, what its Python adds."""
    first = dt.date.fromisoformat(f"{months[0]}-01")
    last = month_end(dt.date.fromisoformat(f"{months[1]}-01"))
    db.query(_GRID_PAIRS_SQL.format(group=""), (last.isoformat(), first.isoformat()))
    db.query(_GRID_HISTORY_SQL[db.dialect])
    db.query(_GRID_MINUTES_SQL[db.dialect], (first.year * 12 + first.month, *months))


def dashboard_aggregates(db: Any, today: dt.date) -> None:
    """The floor of the dashboard: the aggregate queries it reads, run bare (the same SQL
    text and parameters as compute_dashboard's, its rows fetched, nothing built from them).
    Its month of the commitment is read as the grid's aggregate reads it: the minutes per
    pair of last month."""
    last_month = add_months(month_start(today), -1).strftime("%Y-%m")
    first_month = add_months(month_start(today), -(CHART_MONTHS - 1))
    db.query(f"SELECT status, COUNT(*) FROM pair WHERE NOT {CANCELLED_SQL} GROUP BY status")
    db.query(_MINUTES_SQL, (last_month, last_month))
    db.query(
        _MINUTES_BY_MONTH_SQL[sql.SQLITE].format(where=""),
        (min(first_month, today.replace(month=1, day=1)).isoformat(), today.isoformat()),
    )
    db.query(
        "SELECT COUNT(*), COUNT(CASE WHEN o.status = ? THEN 1 END) FROM objective o "
        "JOIN pair p ON p.id = o.pair_id WHERE p.status <> ? "
        f"AND NOT {cancelled_sql('p')}",
        ("reached", "proposed"),
    )
    db.query(
        "SELECT SUM(satisfaction), COUNT(satisfaction) FROM follow_up_entry "
        "WHERE satisfaction IS NOT NULL AND held_on >= ? AND held_on <= ?",
        ((_year_before(today) + dt.timedelta(days=1)).isoformat(), today.isoformat()),
    )
    db.query(
        "SELECT birth_year, role, COUNT(*) FROM member WHERE status = ? GROUP BY birth_year, role",
        ("active",),
    )
    db.query(
        "SELECT end_reason, COUNT(*) FROM pair WHERE status = ? AND ended_on IS NOT NULL "
        f"AND NOT {CANCELLED_SQL} AND planned_end IS NOT NULL AND ended_on < planned_end "
        "GROUP BY end_reason",
        ("ended",),
    )


# The baseline, side by side: the same sums read by scanning the table, as before the
# covering index of migration 0003.
TABLE_SCAN_SQL = (
    "SELECT pair_id, substr(held_on, 1, 7) AS month, SUM(duration_minutes) "
    "FROM mentoring_session NOT INDEXED WHERE substr(held_on, 1, 7) BETWEEN ? AND ? "
    "GROUP BY pair_id, month"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2500)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        start = time.perf_counter()
        build_database(path, args.pairs, args.sessions, args.seed)
        print(
            f"database: {args.pairs} pairs, {args.sessions} sessions, "
            f"built in {time.perf_counter() - start:.1f} s"
        )
        db = open_database(path)
        try:
            months = ("2025-07", "2026-06")
            grid = compute_grid(db, TODAY, 12)
            side = floor.alternate(
                {
                    "grid": lambda: compute_grid(db, TODAY, 12),
                    "aggregate": lambda: db.query(_MINUTES_SQL, months),
                    "its queries": lambda: grid_queries(db, months),
                    "dashboard": lambda: compute_dashboard(db, TODAY),
                    "aggregates": lambda: dashboard_aggregates(db, TODAY),
                },
                args.runs,
            )
            index_ms, by_index = _time(lambda: db.query(_MINUTES_SQL, months), args.runs)
            scan_ms, by_scan = _time(lambda: db.query(TABLE_SCAN_SQL, months), args.runs)
            assert sorted(by_index) == sorted(by_scan)
            report_ms, report = _time(lambda: month_report(db, dt.date(2026, 5, 1)), args.runs)
            list_ms, items = _time(lambda: to_follow_up(db, TODAY), args.runs)
        finally:
            db.close()
    rows = len(grid.rows)
    print(f"compute_grid (12 months, {rows} rows): {floor.spread(side['grid'])}")
    print(f"  its one aggregate query: {floor.spread(side['aggregate'])}")
    print(f"  its queries, bare: {floor.spread(side['its queries'])}")
    print(
        f"  its minutes per pair and month: covering index {index_ms:.1f} ms | "
        f"table scan (baseline) {scan_ms:.1f} ms"
    )
    print(f"compute_dashboard: {floor.spread(side['dashboard'])}")
    print(f"  its aggregate queries, bare: {floor.spread(side['aggregates'])}")
    print(f"month_report (1 month, {len(report)} pairs): median {report_ms:.1f} ms")
    print(f"to_follow_up ({len(items)} pairs listed): median {list_ms:.1f} ms")
    med = {name: floor.median(times) for name, times in side.items()}
    ok = floor.report(
        [
            floor.figure(
                "follow-up grid, 12 months x 2,500 pairs / its aggregate query (ms)",
                med["grid"],
                med["aggregate"],
                GRID_TARGET_RATIO,
            ),
            floor.figure(
                "follow-up grid / its queries run bare (ms)",
                med["grid"],
                med["its queries"],
                None,
            ),
            floor.figure(
                "dashboard / its aggregate queries (ms)",
                med["dashboard"],
                med["aggregates"],
                DASHBOARD_TARGET_RATIO,
            ),
        ]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
