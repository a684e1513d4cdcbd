"""Speed-meeting rota benchmark (run this file with the venv's Python).

Builds a database with 60 members present (mentors, mentees and members who may do either),
then times what the ``speed-meeting`` command does after reading its arguments: finding each
name in the register, reading the members, seating them for 8 rounds and printing the rota
to PDF. Target: at most 4 times the floor (benchmarks/floor.py), the same meetings printed as
one bare reportlab table; the time itself is context (a fixed number of seconds would depend
on the machine).

Usage: bench_rota.py [--people N] [--rounds N] [--runs N] [--seed N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import floor

TARGET_RATIO = 4.0  # against the same meetings as one bare table (see bare_pdf)
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


def bare_pdf(rows: list[tuple[str, str, str, str]], path: Path) -> None:
    """The floor: the same meetings as one plain reportlab table in the same embedded font,
    with no layout of ours (no blocks per table, no grid per person, no header)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from mentorat_desktop.core.charters.render import FONT, register_fonts

    register_fonts()
    table = Table([list(row) for row in rows], repeatRows=0)
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT)])
    SimpleDocTemplate(str(path), pagesize=A4).build([table])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)

    from mentorat_desktop.core.database import open_database
    from mentorat_desktop.core.event import write_rota
    from mentorat_desktop.core.event.people import load_present, resolve_members
    from mentorat_desktop.core.event.rota import rota_for

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        present = build_database(base / "bench.sqlite3", args.people, args.seed)
        db = open_database(base / "bench.sqlite3")
        pages = 0
        try:

            def whole() -> None:
                nonlocal pages
                resolved = resolve_members(db, present)
                people = load_present(db, resolved.member_ids)
                rota = rota_for(people, args.rounds)
                pages = write_rota(db, rota, people, base / "rota.pdf", "fr_FR")

            people = load_present(db, resolve_members(db, present).member_ids)
            rota = rota_for(people, args.rounds)
            names = {p.member_id: p.name for p in people}
            rows = [
                (str(m.round), str(m.table), names[m.older], names[m.younger])
                for m in rota.meetings
            ]
            side = floor.alternate(
                {"rota": whole, "bare": lambda: bare_pdf(rows, base / "bare.pdf")}, args.runs
            )
        finally:
            db.close()
    med = {name: floor.median(times) for name, times in side.items()}
    print(
        f"rota for {args.people} people, {args.rounds} rounds ({len(rota.meetings)} meetings, "
        f"{pages} pages): {floor.spread(side['rota'])}"
    )
    print(f"  the same meetings as one bare table: {floor.spread(side['bare'])}")
    ok = floor.report(
        [
            floor.figure(
                "speed-meeting rota, 60 people x 8 rounds / the meetings as a bare PDF table (ms)",
                med["rota"],
                med["bare"],
                TARGET_RATIO,
            )
        ]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
