"""The follow-up figures read in one query (``_load_grid``) give exactly what the three
queries gave (``_minutes_by_month``, ``_load_pairs`` and the history they read): the same
pairs, names, contacts, last sessions, periods and minutes per month, on the demo register
and on the follow-up benchmark's generated one (pauses, returns, early ends), with changes
recorded on the same day and a pair without history."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.demo import write_demo_database
from mentorat_desktop.core.followup import (
    _load_grid,
    _load_pairs,
    _minutes_by_month,
    add_months,
    month_end,
)

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
