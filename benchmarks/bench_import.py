"""Import memory benchmark (run: python3 tasks.py bench, or this file with the venv).

On the follow-up benchmark's register (2,500 pairs: ``bench_followup.build_database``, with
few sessions), imports a CSV of sessions (French titles, ';') of 50,000 then 200,000 rows
(the most one file may hold) in a process of its own: ``plan_session_import`` then
``apply_session_import``, as the import dialog does. Each child reports its peak resident
memory (benchmarks/floor.py). Printed against:

- the floor: a process that imports the same modules, opens the register and reads the
  same file row by row with the csv module, keeping nothing;
- the budget: 200 MB whatever the file's size (target ratio 1 to 200 MB);
- the smaller file: a bounded import peaks about the same on 50,000 and 200,000 rows
  (target ratio at most 1.25); a plan that holds every row grows with the file.

Usage: bench_import.py [--rows N] [--small N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import floor
from bench_followup import TODAY, build_database

BUDGET_MB = 200.0
GROWTH_TARGET = 1.25

IMPORT = (
    floor.PEAK_SNIPPET
    + """
import sys
from pathlib import Path
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.importing.sessions import apply_session_import, plan_session_import
db = open_database(Path(sys.argv[1]))
plan = plan_session_import(db, Path(sys.argv[2]), language="fr_FR")
added = apply_session_import(db, plan)
print("rows", plan.to_add_count, plan.duplicates_count, plan.refused_count, added)
db.close()
_print_peak()
"""
)

BARE_READ = (
    floor.PEAK_SNIPPET
    + """
import csv
import sys
from pathlib import Path
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.importing.sessions import plan_session_import
db = open_database(Path(sys.argv[1]))
with open(sys.argv[2], encoding="utf-8", newline="") as handle:
    count = sum(1 for _row in csv.reader(handle, delimiter=";"))
db.close()
_print_peak()
"""
)


def write_csv(db: Path, output: Path, rows: int, seed: int) -> None:
    """``rows`` sessions of the register's running pairs, on days of their life."""
    rng = random.Random(seed)
    connection = sqlite3.connect(db)
    try:
        pairs = connection.execute(
            "SELECT mr.first_name || ' ' || mr.last_name, me.first_name || ' ' || me.last_name, "
            "p.start_date FROM pair p JOIN member mr ON mr.id = p.mentor_id "
            "JOIN member me ON me.id = p.mentee_id WHERE p.status = 'active'"
        ).fetchall()
    finally:
        connection.close()
    durations = ("1h", "1h30", "45 min", "2h", "1,5")
    with open(output, "w", encoding="utf-8", newline="") as out:
        out.write("Mentor;Mentoré;Date;Durée;Lieu;Sujets\n")
        for n in range(rows):
            mentor, mentee, start = rng.choice(pairs)
            first = dt.date.fromisoformat(start)
            day = first + dt.timedelta(days=rng.randrange(max(1, (TODAY - first).days)))
            out.write(
                f"{mentor};{mentee};{day.strftime('%d/%m/%Y')};{rng.choice(durations)};"
                f"Médiathèque;Rencontre {n}\n"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--small", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        register = base / "register.sqlite3"
        build_database(register, 2500, 1000, args.seed)
        peaks: dict[str, float] = {}
        for label, rows in (("small", args.small), ("large", args.rows)):
            csv_path = base / f"sessions-{rows}.csv"
            write_csv(register, csv_path, rows, args.seed)
            size_mb = csv_path.stat().st_size / 1e6
            bare_s, bare_mb = floor.run_with_peak(
                [sys.executable, "-c", BARE_READ, str(register), str(csv_path)]
            )
            copy = base / f"register-{rows}.sqlite3"
            copy.write_bytes(register.read_bytes())
            seconds, peak = floor.run_with_peak(
                [sys.executable, "-c", IMPORT, str(copy), str(csv_path)]
            )
            peaks[label], peaks[f"{label} bare"] = peak, bare_mb
            print(
                f"import of {rows} session rows ({size_mb:.1f} MB of CSV): {seconds:.1f} s, "
                f"peak {peak:.0f} MB | the same file read bare: {bare_s:.1f} s, "
                f"peak {bare_mb:.0f} MB"
            )
    ok = floor.report(
        [
            floor.figure(
                f"import of {args.rows} session rows, peak memory / {BUDGET_MB:.0f} MB (MB)",
                peaks["large"],
                BUDGET_MB,
                1.0,
            ),
            floor.figure(
                f"import peak memory, {args.rows} rows / {args.small} rows (MB)",
                peaks["large"],
                peaks["small"],
                GROWTH_TARGET,
            ),
            floor.figure(
                f"import of {args.rows} rows, peak memory / the file read bare (MB)",
                peaks["large"],
                peaks["large bare"],
                None,
            ),
        ]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
