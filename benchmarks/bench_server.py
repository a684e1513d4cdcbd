"""PostgreSQL beside SQLite (run: python3 tasks.py bench-server, or this file with the venv).

Starts a throw-away PostgreSQL server (tests/pg_server.py, from the system's PostgreSQL),
writes the same register of 2,500 pairs (5,000 members) and 100,000 sessions into a SQLite
file and into a server database (benchmarks/bench_followup.py's builder), then times on both,
by turns in the same run (benchmarks/floor.py):

- the follow-up grid over 12 months (compute_grid);
- the dashboard (compute_dashboard);
- search: the members list the search filters (MemberService.list_summaries; the filtering
  itself runs in Qt's proxy model, the same on both engines, benchmarks/bench_members.py).

Each figure is the server's time against SQLite's as its floor. There is no target: a
server over the loopback pays a round trip per query that a file does not; the figures say
what a coordinator waits for on a shared server.

Usage: bench_server.py [--pairs N] [--sessions N] [--runs N] [--address URL]
(--address: an existing server's maintenance database instead of starting one.)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_followup
import floor

TODAY = bench_followup.TODAY


def _fresh_server_database(maintenance: str, name: str) -> str:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    admin = create_engine(maintenance, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return maintenance.rsplit("/", 1)[0] + "/" + name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2500)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--address", help="an existing server's maintenance database")
    args = parser.parse_args(argv)

    server = None
    maintenance = args.address
    if maintenance is None:
        from tests import pg_server

        server = pg_server.start()
        maintenance = server.url
    try:
        return _run(args, maintenance)
    finally:
        if server is not None:
            server.stop()


def _run(args: argparse.Namespace, maintenance: str) -> int:
    from mentorat_desktop.core.dashboard import compute_dashboard
    from mentorat_desktop.core.database import open_database
    from mentorat_desktop.core.followup import compute_grid
    from mentorat_desktop.core.services.members import MemberService

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        address = _fresh_server_database(maintenance, "bench_server")
        bench_followup.build_database(path, args.pairs, args.sessions, args.seed)
        bench_followup.build_database(address, args.pairs, args.sessions, args.seed)  # type: ignore[arg-type]
        print(
            f"database: {args.pairs} pairs, {args.sessions} sessions, on SQLite and on "
            f"PostgreSQL (loopback), {args.runs} runs each"
        )
        local = open_database(path)
        shared = open_database(address)
        try:
            # Both engines must give the same figures before their times mean anything.
            same_grid = compute_grid(local, TODAY, 12) == compute_grid(shared, TODAY, 12)
            same_dashboard = compute_dashboard(local, TODAY) == compute_dashboard(shared, TODAY)
            members_local, members_shared = MemberService(local), MemberService(shared)
            same_list = members_local.list_summaries() == members_shared.list_summaries()
            times = floor.alternate(
                {
                    "grid sqlite": lambda: compute_grid(local, TODAY, 12),
                    "grid server": lambda: compute_grid(shared, TODAY, 12),
                    "dashboard sqlite": lambda: compute_dashboard(local, TODAY),
                    "dashboard server": lambda: compute_dashboard(shared, TODAY),
                    "list sqlite": members_local.list_summaries,
                    "list server": members_shared.list_summaries,
                },
                args.runs,
            )
        finally:
            local.close()
            shared.close()
    print(
        f"same results on both engines: grid {same_grid}, dashboard {same_dashboard}, "
        f"members list {same_list}"
    )
    for name, values in times.items():
        print(f"  {name}: {floor.spread(values)}")
    med = {name: floor.median(values) for name, values in times.items()}
    floor.report(
        [
            floor.figure(
                "follow-up grid, 12 months, PostgreSQL / SQLite (ms)",
                med["grid server"],
                med["grid sqlite"],
                None,
            ),
            floor.figure(
                "dashboard, PostgreSQL / SQLite (ms)",
                med["dashboard server"],
                med["dashboard sqlite"],
                None,
            ),
            floor.figure(
                "members list for search, 5,000 members, PostgreSQL / SQLite (ms)",
                med["list server"],
                med["list sqlite"],
                None,
            ),
        ]
    )
    return 0 if (same_grid and same_dashboard and same_list) else 1


if __name__ == "__main__":
    sys.exit(main())
