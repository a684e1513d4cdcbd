"""Backup benchmark (run this file with the venv's Python).

Builds the follow-up benchmark's database (5,000 members in 2,500 pairs, 100,000 sessions),
then times, side by side in one run:

- ``write_backup``: the online backup API, the label, ``integrity_check`` of the copy, the
  rename;
- the floor: a plain copy of the same file (``shutil.copyfile``), and a bare
  ``integrity_check`` of it, which together are most of a backup's work;
- ``restore_backup`` (which backs up the current state first).

The figures (benchmarks/floor.py): ``write_backup`` against copy + check, the work a backup
cannot skip (target: at most 1.5 times, the rest being the label, the flush and the rename);
against the plain file copy alone as context (a backup checks what it wrote, a copy does not).
An absolute time (it was 1 s) would depend on the machine, so there is none.

Usage: bench_backup.py [--pairs N] [--sessions N] [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import floor
from bench_followup import build_database

BACKUP_TARGET_RATIO = 1.5  # write_backup / (plain copy + bare integrity_check)


def _time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2500)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    from mentorat_desktop.core.backups import (
        BackupReason,
        backup_folder,
        restore_backup,
        write_backup,
    )

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        start = time.perf_counter()
        build_database(path, args.pairs, args.sessions, seed=7)
        size_mb = path.stat().st_size / 1e6
        print(
            f"database: {args.pairs} pairs, {args.sessions} sessions, {size_mb:.1f} MB, "
            f"built in {time.perf_counter() - start:.1f} s"
        )
        copies = Path(folder) / "copies"
        copies.mkdir()
        counter = iter(range(10**6))

        def plain_copy() -> None:
            shutil.copyfile(path, copies / f"{next(counter)}.sqlite3")

        def bare_check() -> None:
            con = sqlite3.connect(path)
            try:
                con.execute("PRAGMA integrity_check").fetchone()
            finally:
                con.close()

        results: dict[str, list[float]] = {}
        for _ in range(2):  # alternate, so that a busy moment weighs on both sides alike
            results.setdefault("copy", []).append(_time(plain_copy, args.runs))
            results.setdefault("check", []).append(_time(bare_check, args.runs))
            results.setdefault("backup", []).append(
                _time(lambda: write_backup(path, BackupReason.MANUAL, keep_last=1000), args.runs)
            )
        newest = sorted(backup_folder(path).glob("*.sqlite3"))[-1]
        restore_ms = _time(lambda: restore_backup(newest, path), max(1, args.runs // 2))

    copy_ms = min(results["copy"])
    check_ms = min(results["check"])
    backup_ms = min(results["backup"])
    print(f"plain file copy:          {copy_ms:7.0f} ms")
    print(f"bare integrity_check:     {check_ms:7.0f} ms")
    print(f"floor (copy + check):     {copy_ms + check_ms:7.0f} ms")
    print(
        f"write_backup:             {backup_ms:7.0f} ms  "
        f"({backup_ms / (copy_ms + check_ms):.2f} x the floor; target {BACKUP_TARGET_RATIO:g} x)"
    )
    print(f"restore_backup:           {restore_ms:7.0f} ms  (includes the backup made first)")
    ok = floor.report(
        [
            floor.figure(
                "write_backup / a plain copy + a bare integrity_check (ms)",
                backup_ms,
                copy_ms + check_ms,
                BACKUP_TARGET_RATIO,
            ),
            floor.figure("write_backup / a plain file copy (ms)", backup_ms, copy_ms, None),
        ]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
