"""Database check benchmark (run this file with the venv's Python).

Builds the follow-up benchmark's register (bench_followup.build_database: 2,500 pairs of
5,000 members with their histories, objectives, follow-up entries and 100,000 sessions), or
with ``--demo`` the demo association of 5,000 members (fewer sessions, but skills, cohorts and
every status), then times:

- ``check_database``: target at most 1.5 times a bare ``PRAGMA integrity_check`` of the same
  file, measured in the same run (its time itself is context: a fixed number of seconds
  would depend on the machine);
- side by side, a bare ``PRAGMA integrity_check`` (the baseline: the part of the check no
  code of ours can speed up) and the rest, check by check;
- ``check_file`` on the same file, closed (what checking a backup costs).

Usage: bench_check.py [--pairs N] [--sessions N] [--demo] [--members N] [--runs N]
                      [--seed N] [--keep PATH]

``--keep PATH`` builds the database at PATH the first time and reuses it afterwards.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import floor
from bench_followup import build_database

from mentorat_desktop.core import checks
from mentorat_desktop.core.database import open_database

T = TypeVar("T")

CHECK_TARGET_RATIO = 1.5  # check_database / a bare PRAGMA integrity_check


def _time(action: Callable[[], T], runs: int) -> tuple[float, T]:
    result = action()  # warm-up: the first read opens the connection and fills caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def _reference_ms() -> float:
    """A fixed pure-Python workload, printed for scale: the speed of this machine right now
    (shared or throttled machines can be several times slower than a laptop)."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        sum(range(10_000_000))
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def _build(path: Path, args: argparse.Namespace) -> str:
    """Build the database at ``path`` unless it is there already; say what it holds."""
    if not path.exists():
        start = time.perf_counter()
        if args.demo:
            # lazy: the demo's generator, only with --demo
            from mentorat_desktop.core.demo import write_demo_database

            write_demo_database(path, members=args.members, seed=args.seed)
        else:
            build_database(path, args.pairs, args.sessions, args.seed)
        built = f"built in {time.perf_counter() - start:.1f} s"
    else:
        built = "reused"
    connection = sqlite3.connect(path)
    try:
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("member", "pair", "mentoring_session")
        }
    finally:
        connection.close()
    return (
        f"database: {counts['member']} members, {counts['pair']} pairs, "
        f"{counts['mentoring_session']} sessions, {path.stat().st_size / 1e6:.1f} MB, {built}"
    )


def _measure(path: Path, args: argparse.Namespace) -> int:
    print(_build(path, args))
    db = open_database(path)
    try:
        check_ms, report = _time(lambda: checks.check_database(db), args.runs)
        integrity_ms, _ = _time(lambda: db.query("PRAGMA integrity_check"), args.runs)
        cached = sqlite3.connect(path)
        cached.execute(f"PRAGMA cache_size = -{path.stat().st_size // 1024 + 1024}")
        cached_ms, _ = _time(lambda: cached.execute("PRAGMA integrity_check").fetchall(), args.runs)
        cached.close()
        parts = {
            "foreign_key_check": lambda: checks._find_orphans(db.query),
            "over capacity": lambda: checks._capacity_problems(db.query, db.dialect),
            "sessions outside their pair": lambda: checks._session_problems(db.query),
            "duplicate pairs": lambda: checks._find_duplicates(db.query),
        }
        part_ms = {name: _time(action, args.runs)[0] for name, action in parts.items()}
    finally:
        db.close()
    file_ms, file_report = _time(lambda: checks.check_file(path), args.runs)
    assert file_report == report

    print(f"machine reference: sum(range(10**7)) in {_reference_ms():.0f} ms")
    found: dict[str, int] = {}
    for problem in report.problems:
        found[problem.code] = found.get(problem.code, 0) + 1
    print(f"problems found: {len(report.problems)} {found or ''}".rstrip())
    print(f"check_database: median {check_ms:.0f} ms")
    print(
        f"  bare PRAGMA integrity_check (baseline): {integrity_ms:.0f} ms on the app's reader "
        f"(db.query, SQLite's default cache) | {cached_ms:.0f} ms with the whole file in cache "
        "(as check_database reads it)"
    )
    print(f"  the other checks, on the app's reader: {sum(part_ms.values()):.0f} ms")
    for name, ms in part_ms.items():
        print(f"    {name}: {ms:.1f} ms")
    print(f"check_file (the same file, closed, read-only): median {file_ms:.0f} ms")
    ok = floor.report(
        [
            floor.figure(
                "check_database / a bare PRAGMA integrity_check (ms)",
                check_ms,
                integrity_ms,
                CHECK_TARGET_RATIO,
            )
        ]
    )
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2500)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--demo", action="store_true", help="the demo association instead")
    parser.add_argument("--members", type=int, default=5000, help="with --demo")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build here once, reuse afterwards")
    args = parser.parse_args(argv)
    if args.keep is not None:
        return _measure(args.keep.expanduser(), args)
    with tempfile.TemporaryDirectory() as folder:
        return _measure(Path(folder) / "bench.sqlite3", args)


if __name__ == "__main__":
    sys.exit(main())
