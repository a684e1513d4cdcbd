"""Speed-meeting rota benchmark (run this file with the venv's Python).

Builds a database with 60 members present (mentors, mentees and members who may do either),
then times what the ``speed-meeting`` command does after reading its arguments: finding each
name in the register, reading the members, seating them for 8 rounds and printing the rota
to PDF. Target: median of 5 runs at most 1 s.

Usage: bench_rota.py [--people N] [--rounds N] [--runs N] [--seed N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 1.0
FIRST = ["Zoé", "Léo", "Inès", "Hugo", "Chloé", "Nathan", "Manon", "Louis", "Jade", "Adam"]
LAST = ["Martin", "Tremblay", "Gagnon", "Roy", "Côté", "Bernard", "Dubois", "Lefèvre", "Morel"]


def build_database(path: Path, people: int, seed: int) -> list[str]:
    """A database with ``people`` members (and as many others absent); their e-mails."""
    from mentorat_desktop.core.database import open_database
    from mentorat_desktop.core.enums import Role
    from mentorat_desktop.core.models import Member

    rng = random.Random(seed)
    db = open_database(path)
    emails = []
    with db.transaction() as session:
        for n in range(people * 2):
            role = rng.choice([Role.MENTOR, Role.MENTEE, Role.EITHER])
            email = f"membre{n}@exemple.org"
            session.add(
                Member(
                    first_name=rng.choice(FIRST),
                    last_name=f"{rng.choice(LAST)}-{n}",
                    birth_year=rng.randint(1950, 1970)
                    if role == Role.MENTEE
                    else rng.randint(1990, 2006),
                    email=email,
                    role=role,
                )
            )
            emails.append(email)
    db.close()
    return rng.sample(emails, people)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    from mentorat_desktop.core.database import open_database
    from mentorat_desktop.core.event import write_rota
    from mentorat_desktop.core.event.people import load_present, resolve_members
    from mentorat_desktop.core.event.rota import rota_for

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        present = build_database(base / "bench.sqlite3", args.people, args.seed)
        db = open_database(base / "bench.sqlite3")
        try:
            times = []
            pages = 0
            for _ in range(args.runs + 1):  # the first run warms up: imports, fonts
                start = time.perf_counter()
                resolved = resolve_members(db, present)
                people = load_present(db, resolved.member_ids)
                rota = rota_for(people, args.rounds)
                pages = write_rota(db, rota, people, base / "rota.pdf", "fr_FR")
                times.append(time.perf_counter() - start)
            cold, warm = times[0], times[1:]
        finally:
            db.close()
    median = statistics.median(warm)
    ok = median <= TARGET_S
    print(
        f"rota for {args.people} people, {args.rounds} rounds ({len(rota.meetings)} meetings, "
        f"{pages} pages): median {median * 1000:.0f} ms of {args.runs} "
        f"(first run {cold * 1000:.0f} ms); target <= {TARGET_S:.0f} s "
        f"[{'ok' if ok else 'MISSED'}]"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
