"""Pair charters benchmark (run: python3 tasks.py bench, or this file with the venv).

On a database of 200 pairs (each with up to three objectives):

1. One charter, once warm (fonts registered, modules imported): reading the pair and writing
   its PDF. Target: median of 10 at most 50 ms.
2. All 200 charters in one PDF. Target: at most 10 s.

Prints the figures; the README quotes them.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

PAIRS = 200
ONE_RUNS = 10
ONE_TARGET_MS = 50.0
ALL_TARGET_S = 10.0

FIRST = ["Zoé", "Łukasz", "Chloé", "François", "Øyvind", "Hélène", "Thi Hoa", "Mathéo", "Inès"]
LAST = ["Côté", "Nowak", "Lévesque", "Şahin", "Nguyễn", "Gagnon", "Dubœuf", "Tremblay", "Roy"]
OBJECTIVES = [
    ("Prendre en main un tableur partagé", "Un suivi de budget tenu seul pendant un mois"),
    ("Publier sur un réseau professionnel", "Trois publications rédigées et mises en ligne"),
    ("Comprendre la négociation avec un fournisseur", "Une négociation préparée ensemble"),
    ("Monter une courte vidéo", "Une vidéo de deux minutes partagée à l'équipe"),
]


def build_database(path: Path) -> list[int]:
    from mentorat_desktop.core.database import open_database
    from mentorat_desktop.core.enums import Mode, PairStatus
    from mentorat_desktop.core.models import Member, Objective, Pair, ProgramSettings

    rng = random.Random(7)
    db = open_database(path)
    with db.transaction() as session:
        session.add(
            ProgramSettings(
                id=1,
                association_name="Passerelles Générations",
                coordinator_name="Hélène Dubœuf",
                coordinator_email="helene@passerelles.example",
                coordinator_phone="04 72 00 00 00",
            )
        )
        pairs = []
        for n in range(PAIRS):
            mentor = Member(
                first_name=rng.choice(FIRST),
                last_name=rng.choice(LAST),
                birth_year=rng.randint(1995, 2010),
            )
            mentee = Member(
                first_name=rng.choice(FIRST),
                last_name=rng.choice(LAST),
                birth_year=rng.randint(1950, 1975),
            )
            session.add_all([mentor, mentee])
            session.flush()
            pair = Pair(
                mentor_id=mentor.id,
                mentee_id=mentee.id,
                status=PairStatus.ACTIVE,
                start_date=dt.date(2025, 9, 1) + dt.timedelta(days=n % 60),
                planned_end=dt.date(2026, 6, 30),
                monthly_commitment_hours=rng.choice([2.0, 3.0, 3.5]),
                place=rng.choice([None, "Médiathèque", "Maison des associations"]),
                mode=rng.choice(list(Mode)),
                frequency=rng.choice([None, "Deux fois par mois", "Chaque semaine"]),
                charter_version=rng.choice([1, 1, 2]),
                charter_changed_at=dt.datetime(2026, 1, 12, 10, 0),
            )
            pair.objectives = [
                Objective(text=text, indicator=indicator)
                for text, indicator in rng.sample(OBJECTIVES, rng.randint(0, 3))
            ]
            pairs.append(pair)
        session.add_all(pairs)
        session.flush()
        ids = [p.id for p in pairs]
    db.close()
    return ids


def main() -> int:
    from mentorat_desktop.core.charters import write_charters
    from mentorat_desktop.core.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        ids = build_database(base / "bench.sqlite3")
        db = open_database(base / "bench.sqlite3")
        try:
            one = base / "one.pdf"
            write_charters(db, [ids[0]], one, "fr_FR")  # warm up: imports, fonts
            times = []
            for n in range(ONE_RUNS):
                start = time.perf_counter()
                write_charters(db, [ids[n * 7 % PAIRS]], one, "fr_FR")
                times.append((time.perf_counter() - start) * 1000)
            one_ms = statistics.median(times)

            start = time.perf_counter()
            pages = write_charters(db, ids, base / "all.pdf", "fr_FR")
            all_s = time.perf_counter() - start
            size_kb = (base / "all.pdf").stat().st_size / 1024
        finally:
            db.close()

    ok_one = one_ms <= ONE_TARGET_MS
    ok_all = all_s <= ALL_TARGET_S
    print(
        f"one charter, warm: median {one_ms:.1f} ms of {ONE_RUNS} "
        f"(min {min(times):.1f}, max {max(times):.1f}); target <= {ONE_TARGET_MS:.0f} ms "
        f"[{'ok' if ok_one else 'MISSED'}]"
    )
    print(
        f"{PAIRS} charters in one PDF: {all_s:.2f} s, {pages} pages, {size_kb:.0f} KB; "
        f"target <= {ALL_TARGET_S:.0f} s [{'ok' if ok_all else 'MISSED'}]"
    )
    return 0 if ok_one and ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
