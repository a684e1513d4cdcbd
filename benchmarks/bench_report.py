"""Activity report benchmark (run this file with the venv's Python).

Builds the follow-up benchmark's database (2,500 pairs, 5,000 members, 100,000 sessions:
``bench_followup.build_database``), then times, for a year up to its "today":

- ``indicators``: the figures of the year;
- ``write_report``: the figures and the PDF, in French (its time is context: a fixed
  number of seconds would depend on the machine);
- side by side (the baseline): ``compute_dashboard`` and ``compute_grid`` over 12 months,
  what the screens read for about the same figures.

The figure (benchmarks/floor.py): ``write_report`` against its figures (``indicators``),
alternated: what laying out the PDF adds. No target ratio (the issue sets none): context.

Usage: bench_report.py [--pairs N] [--sessions N] [--runs N] [--seed N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import floor
from bench_followup import TODAY, _time, build_database

YEAR_START = dt.date(TODAY.year - 1, TODAY.month, TODAY.day) + dt.timedelta(days=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2500)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    from mentorat_desktop.core.dashboard import compute_dashboard
    from mentorat_desktop.core.database import open_database
    from mentorat_desktop.core.followup import compute_grid
    from mentorat_desktop.core.report import indicators, write_report

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        output = Path(folder) / "rapport.pdf"
        start = time.perf_counter()
        build_database(path, args.pairs, args.sessions, args.seed)
        print(
            f"database: {args.pairs} pairs, {args.sessions} sessions, "
            f"built in {time.perf_counter() - start:.1f} s"
        )
        db = open_database(path)
        try:
            data = indicators(db, YEAR_START, TODAY, today=TODAY)
            pages = write_report(db, YEAR_START, TODAY, output, "fr_FR", today=TODAY)
            side = floor.alternate(
                {
                    "figures": lambda: indicators(db, YEAR_START, TODAY, today=TODAY),
                    "report": lambda: write_report(
                        db, YEAR_START, TODAY, output, "fr_FR", today=TODAY
                    ),
                },
                args.runs,
            )
            figures_ms = floor.median(side["figures"])
            report_ms = floor.median(side["report"])
            size = output.stat().st_size
            dash_ms, _dash = _time(lambda: compute_dashboard(db, TODAY), args.runs)
            grid_ms, _grid = _time(lambda: compute_grid(db, TODAY, 12, today=TODAY), args.runs)
        finally:
            db.close()
    print(
        f"indicators ({YEAR_START} to {TODAY}: {data.pairs_active} pairs active, "
        f"{data.hours_total:.0f} h): median {figures_ms:.0f} ms"
    )
    print(f"write_report ({pages} pages, {size // 1024} KiB): median {report_ms:.0f} ms")
    print(
        f"  baseline: compute_dashboard {dash_ms:.0f} ms | compute_grid (12 months) "
        f"{grid_ms:.0f} ms"
    )
    ok = floor.report(
        [
            floor.figure(
                "activity report PDF / its figures, indicators (ms)", report_ms, figures_ms, None
            )
        ]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
