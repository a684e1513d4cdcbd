"""The follow-up figures read in one query (``_load_grid``) give exactly what the former
three queries gave (the history, the pairs, the minutes per month: kept below as the
oracle): the same pairs, names, contacts, last sessions, periods and minutes per month, on
the demo register and on the follow-up benchmark's generated one (pauses, returns, early
ends), with changes recorded on the same day and a pair without history."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.demo import write_demo_database
from mentorat_desktop.core.enums import PairStatus
from mentorat_desktop.core.followup import (
    _MINUTES_SQL,
    _NO_PEOPLE,
    _PEOPLE_COLUMNS,
    _PEOPLE_JOINS,
    _STATUSES,
    _judge,
    _load_grid,
    _Pair,
    _periods,
    add_months,
    compute_grid,
    month_end,
    tally_commitment,
)

# -- the former reading, in three queries: the oracle -------------------------------------

_PAIRS_SQL = """
SELECT p.id, p.status, p.start_date, p.ended_on, p.planned_end, p.monthly_commitment_hours,
       (SELECT MAX(s.held_on) FROM mentoring_session s
        WHERE s.pair_id = p.id AND s.held_on <= ?){people}
FROM pair p{joins}
WHERE p.status <> 'proposed' AND (p.ended_on IS NULL OR p.ended_on >= ?)
"""
_HISTORY_SQL = "SELECT pair_id, status, effective_on FROM pair_status_change ORDER BY id"


def _load_pairs(
    db: Database, since: dt.date, last_until: dt.date, people: bool = True
) -> list[_Pair]:
    parse = dt.date.fromisoformat
    history: dict[int, list[tuple[int, PairStatus]]] = {}
    for pair_id, status, effective_on in db.query(_HISTORY_SQL):
        history.setdefault(pair_id, []).append((parse(effective_on).toordinal(), _STATUSES[status]))
    sql = _PAIRS_SQL.format(
        people=_PEOPLE_COLUMNS if people else "", joins=_PEOPLE_JOINS if people else ""
    )
    pairs: list[_Pair] = []
    for row in db.query(sql, (last_until.isoformat(), since.isoformat())):
        start, ended, planned_end, last = row[2], row[3], row[4], row[6]
        start_date = parse(start) if start else None
        first_a, last_a, first_b, last_b, phone_a, phone_b, email_a, email_b = (
            row[7:] if people else _NO_PEOPLE
        )
        pairs.append(
            _Pair(
                row[0],
                _STATUSES[row[1]],
                start_date,
                parse(planned_end) if planned_end else None,
                float(row[5]),
                first_a or "",
                last_a or "",
                first_b or "",
                last_b or "",
                phone_a,
                phone_b,
                email_a,
                email_b,
                parse(last) if last else None,
                _periods(history.get(row[0], []), start_date, parse(ended) if ended else None),
            )
        )
    return pairs


def _minutes_by_month(db: Database, months: list[dt.date]) -> dict[int, list[int]]:
    index = {m.strftime("%Y-%m"): k for k, m in enumerate(months)}
    result: dict[int, list[int]] = {}
    for pair_id, month, minutes in db.query(
        _MINUTES_SQL, (months[0].strftime("%Y-%m"), months[-1].strftime("%Y-%m"))
    ):
        if month in index:
            result.setdefault(pair_id, [0] * len(months))[index[month]] = int(minutes)
    return result


# -- the comparison ------------------------------------------------------------------------

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _same_as_three_queries(db: Database, first: dt.date, count: int) -> int:
    months = [add_months(first, k) for k in range(count)]
    for people in (True, False):
        minutes, pairs = _load_grid(db, months, people)
        expected_pairs = _load_pairs(db, months[0], month_end(months[-1]), people)
        expected_minutes = _minutes_by_month(db, months)
        assert pairs == expected_pairs
        assert minutes == {
            pair.id: expected_minutes[pair.id] for pair in pairs if pair.id in expected_minutes
        }
    # The follow-up list's reading: one month, the last session up to a given day.
    until = add_months(first, count) + dt.timedelta(days=9)
    assert _load_grid(db, months[-1:], True, until)[1] == _load_pairs(db, months[-1], until)
    return len(pairs)


def _windows(today: dt.date) -> Iterator[tuple[dt.date, int]]:
    this_month = today.replace(day=1)
    yield this_month, 1
    yield add_months(this_month, -1), 1
    yield add_months(this_month, -11), 12
    yield add_months(this_month, -30), 36


def test_demo_register_reads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    write_demo_database(path, members=150, seed=7)
    db = open_database(path)
    try:
        listed = [_same_as_three_queries(db, first, n) for first, n in _windows(dt.date.today())]
    finally:
        db.close()
    assert max(listed) > 10  # the demo has running pairs: the comparison compared something


@pytest.fixture(scope="module")
def bench_register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from bench_followup import build_database
    finally:
        sys.path.remove(str(BENCHMARKS))
    path = tmp_path_factory.mktemp("bench") / "bench.sqlite3"
    build_database(path, pairs=300, sessions=6000, seed=7)
    # Two changes recorded on one day after the first (the last recorded wins), written in
    # an order where the ids, not the dates, say which came last; and a pair whose history
    # is missing (taken as active from its start to its end).
    connection = sqlite3.connect(path)
    try:
        with connection:
            day = connection.execute(
                "SELECT effective_on FROM pair_status_change WHERE pair_id = 1"
            ).fetchone()[0]
            later = (dt.date.fromisoformat(day) + dt.timedelta(days=40)).isoformat()
            for status in ("paused", "active", "paused"):
                connection.execute(
                    "INSERT INTO pair_status_change (pair_id, status, effective_on, recorded_at)"
                    " VALUES (1, ?, ?, '2026-06-15 09:00:00')",
                    (status, later),
                )
            connection.execute("DELETE FROM pair_status_change WHERE pair_id = 2")
    finally:
        connection.close()
    yield path


def test_benchmark_register_reads_the_same(bench_register: Path) -> None:
    db = open_database(bench_register)
    try:
        listed = [
            _same_as_three_queries(db, first, n) for first, n in _windows(dt.date(2026, 6, 15))
        ]
    finally:
        db.close()
    assert max(listed) > 100


def test_the_one_query_reads_each_pair_through_its_indexes(bench_register: Path) -> None:
    """Each pair's months of sessions, last session and history are seeks on their indexes,
    never a walk through a whole table per pair."""
    from mentorat_desktop.core.followup import _GRID_SQL

    db = open_database(bench_register)
    try:
        sql = _GRID_SQL.format(people=_PEOPLE_COLUMNS, joins=_PEOPLE_JOINS)
        plan = " | ".join(
            str(row[3])
            for row in db.query(
                "EXPLAIN QUERY PLAN " + sql, ("2026-06-30", "2025-07", "2026-06", "2025-07-01")
            )
        )
    finally:
        db.close()
    assert "SEARCH s USING COVERING INDEX ix_session_pair_month (pair_id=?" in plan, plan
    assert "SEARCH s USING COVERING INDEX ix_session_pair_date (pair_id=?" in plan, plan
    assert "SEARCH c USING INDEX ix_pair_status_change_pair_id (pair_id=?)" in plan, plan
    assert "SCAN s" not in plan and "SCAN c" not in plan, plan


# -- the grid by columns against the grid judged pair by pair, cell by cell ----------------


def _grid_pair_by_pair(
    db: Database, end_month: dt.date, count: int, today: dt.date
) -> tuple[list[Any], list[float], list[float | None]]:
    """The grid as it was made before it was held by columns: each pair read into a
    ``_Pair``, its cells judged one by one by ``month_cell`` (``_judge``)."""
    first = add_months(end_month.replace(day=1), -(count - 1))
    _months, judged = _judge(db, first, count, today=today)
    rows = [
        (
            item.pair.id,
            item.pair.mentor_name,
            item.pair.mentee_name,
            item.pair.commitment,
            item.cells,
            sum(item.minutes) / 60,
            item.pair.last_session,
        )
        for item in judged
    ]
    totals = [sum(j.minutes[k] for j in judged) / 60 for k in range(count)]
    shares = [tally_commitment(j.cells[k] for j in judged).share for k in range(count)]
    return rows, totals, shares


def _same_grid(db: Database, end_month: dt.date, count: int, today: dt.date) -> int:
    grid = compute_grid(db, end_month, count, today=today)
    rows, totals, shares = _grid_pair_by_pair(db, end_month, count, today)
    assert [
        (
            r.pair_id,
            r.mentor_name,
            r.mentee_name,
            r.commitment,
            r.cells,
            r.total_hours,
            r.last_session,
        )
        for r in grid.rows
    ] == rows
    assert grid.month_totals == totals
    assert grid.month_met_share == shares
    # What the table asks for, cell by cell, is what the rows hold.
    for k, row in enumerate(grid.rows):
        assert grid.pair_id(k) == row.pair_id
        assert grid.pair_names(k) == (row.mentor_name, row.mentee_name)
        assert [grid.cell(k, m) for m in range(count)] == row.cells
        assert [grid.state(k, m) for m in range(count)] == [c.state for c in row.cells]
    return len(rows)


def test_the_grid_by_columns_judges_every_cell_as_month_cell_does(
    bench_register: Path, tmp_path: Path
) -> None:
    """Every cell of the grid (hours, commitment, state), every row (names, order, totals,
    last session) and the months' totals and shares are those of the pair-by-pair judgement:
    full, prorated, paused and degenerate months, months in progress, pairs without
    history, changes on one day, on the benchmark's register and on the demo's."""
    today = dt.date(2026, 6, 15)
    register = tmp_path / "bench.sqlite3"
    shutil.copyfile(bench_register, register)
    connection = sqlite3.connect(register)
    try:
        with connection:  # prorated to nothing on a short month; 2.5 and 1.3 hours
            for pair_id, hours in ((3, 0.1), (4, 2.5), (5, 1.3)):
                connection.execute(
                    "UPDATE pair SET monthly_commitment_hours = ? WHERE id = ?", (hours, pair_id)
                )
    finally:
        connection.close()
    db = open_database(register)
    try:
        shown = [
            _same_grid(db, end, count, today)
            for end, count in ((today, 12), (today, 1), (dt.date(2025, 11, 1), 36))
        ]
    finally:
        db.close()
    assert min(shown) > 100
    path = tmp_path / "demo.sqlite3"
    write_demo_database(path, members=150, seed=7)
    db = open_database(path)
    try:
        real_today = dt.date.today()
        assert _same_grid(db, real_today, 12, real_today) > 10
        assert _same_grid(db, real_today, 3, add_months(real_today, 2)) > 10
    finally:
        db.close()


def test_a_pair_whose_sums_cannot_be_packed_reads_the_same(
    bench_register: Path, tmp_path: Path
) -> None:
    """The grid reads the minutes packed one number per pair and month; a pair id too large
    for that (and a window of more months than a number holds) falls back to plain rows:
    the same grid as the pair-by-pair judgement."""
    today = dt.date(2026, 6, 15)
    register = tmp_path / "bench.sqlite3"
    shutil.copyfile(bench_register, register)
    huge = 1 << 40
    connection = sqlite3.connect(register)
    try:
        (moved,) = connection.execute(
            "SELECT pair_id FROM mentoring_session WHERE held_on >= '2025-07-01' "
            "GROUP BY pair_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        with connection:
            for table, column in (
                ("pair", "id"),
                ("pair_status_change", "pair_id"),
                ("mentoring_session", "pair_id"),
                ("objective", "pair_id"),
                ("follow_up_entry", "pair_id"),
            ):
                connection.execute(
                    f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (huge, moved)
                )
        logged = connection.execute(
            "SELECT count(*) FROM mentoring_session WHERE pair_id = ? AND held_on >= '2025-07-01'",
            (huge,),
        ).fetchone()[0]
    finally:
        connection.close()
    assert logged > 0  # the moved pair has sessions in the window: the fallback is read
    db = open_database(register)
    try:
        assert _same_grid(db, today, 12, today) > 100
        grid = compute_grid(db, today, 12, today=today)
        assert huge in [row.pair_id for row in grid.rows]
        assert _same_grid(db, today, 260, today) > 100
    finally:
        db.close()


def test_the_grid_sums_the_minutes_on_the_covering_index(bench_register: Path) -> None:
    """The grid's minutes per pair and month walk ix_session_pair_month alone, in the order
    of their GROUP BY (no sort), as the benchmark's floor does."""
    from mentorat_desktop.core.followup import _GRID_MINUTES_SQL

    db = open_database(bench_register)
    try:
        minutes = " | ".join(
            str(row[3])
            for row in db.query(
                "EXPLAIN QUERY PLAN " + _GRID_MINUTES_SQL["sqlite"], (24307, "2025-07", "2026-06")
            )
        )
    finally:
        db.close()
    assert "COVERING INDEX ix_session_pair_month" in minutes, minutes
    assert "TEMP B-TREE" not in minutes, minutes


def test_the_grid_seeks_each_pairs_last_session_and_walks_the_histories_once(
    bench_register: Path,
) -> None:
    """The pairs' read takes each last session with one backward seek on (pair_id,
    held_on), never a walk of the sessions; the histories are one walk of their table."""
    from mentorat_desktop.core.followup import _GRID_HISTORY_SQL, _GRID_PAIRS_SQL

    db = open_database(bench_register)
    try:
        pairs = " | ".join(
            str(row[3])
            for row in db.query(
                "EXPLAIN QUERY PLAN " + _GRID_PAIRS_SQL.format(group=""),
                ("2026-06-30", "2025-07-01"),
            )
        )
        history = " | ".join(
            str(row[3]) for row in db.query("EXPLAIN QUERY PLAN " + _GRID_HISTORY_SQL["sqlite"])
        )
    finally:
        db.close()
    assert "SEARCH s USING COVERING INDEX ix_session_pair_date (pair_id=? AND held_on<?)" in (
        pairs
    ), pairs
    assert "SCAN s" not in pairs and "TEMP B-TREE" not in pairs, pairs
    assert history == "SCAN c", history
