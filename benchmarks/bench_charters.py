"""Pair charters benchmark (run: python3 tasks.py bench, or this file with the venv).

On a database of 200 pairs (each with up to three objectives):

1. One charter, once warm (fonts registered, modules imported): reading the pair and writing
   its PDF, against the floor (benchmarks/floor.py): reportlab's canvas drawing the same
   text (read back from the charter with pypdf), piece by piece, each in the font and size
   the charter prints it in, on pages of the same size, alternated. Each round prints
   another pair's charter, and its floor draws that very charter's text (read beforehand
   from the same charters printed by another process, so that this one prints each of them
   for the first time when timed). Target: median at most 2 times the floor.
2. All 200 charters in one PDF, against 200 times one warm charter of the same run: a batch
   costs no more than printing them one by one (target: at most 1 time; its seconds are
   context, a fixed number of them would depend on the machine).

Prints the figures; the README quotes them.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import floor

PAIRS = 200
ONE_RUNS = 11
ONE_TARGET = 2.0
ALL_TARGET_RATIO = 1.0  # 200 charters in one PDF / 200 times one warm charter

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


Run = tuple[str, float, float, float, str]
"""One piece of a charter's text: (font, size, x, y, text), as the page prints it."""


def pages_runs(pdf: Path) -> tuple[tuple[float, float], list[list[Run]]] | None:
    """The page size of ``pdf`` and the text of each page as it prints it: each piece of
    text with its own font and size (read back with pypdf), or None without pypdf."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    reader = PdfReader(pdf)
    box = reader.pages[0].mediabox
    return (float(box.width), float(box.height)), [_runs(page) for page in reader.pages]


def _runs(page: Any) -> list[Run]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from mentorat_desktop.core.charters.render import (
        FONT,
        FONT_BOLD,
        FONT_ITALIC,
        register_fonts,
    )

    register_fonts()
    runs: list[Run] = []
    last: list[float] = []  # where the last piece started, and where it ended

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip() or not isinstance(font, dict):
            return
        name = str(font.get("/BaseFont", "")).split("+")[-1]  # as the charter registered it
        name = name if name in (FONT_BOLD, FONT_ITALIC) else FONT
        x, y = cm[4] + tm[4], cm[5] + tm[5]
        if last and (x, y) == (last[0], last[1]):  # the same line, after the last piece
            x = last[2]
        for n, line in enumerate(text.rstrip("\n").split("\n")):
            runs.append((name, size, x, y - n * size * 1.2, line))
        last[:] = [cm[4] + tm[4], cm[5] + tm[5], x + stringWidth(line, name, size)]

    page.extract_text(visitor_text=visit)
    return runs


def draw_runs(size: tuple[float, float], pages: list[list[Run]], output: Path) -> None:
    """The floor of a charter: its own text drawn with reportlab's canvas, piece by piece,
    each in the font and size the charter prints it in, on pages of its size, compressed
    the same way. No layout, no tables, no rules: only what any design must write."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(output), pagesize=size, pageCompression=1)
    for runs in pages:
        for font, points, x, y, text in runs:
            canvas.setFont(font, points)
            canvas.drawString(x, y, text)
        canvas.showPage()
    canvas.save()


def timed_pairs(ids: list[int]) -> list[int]:
    """The pair whose charter each round prints: the unmeasured round, then the runs."""
    return [ids[n * 7 % PAIRS] for n in range(ONE_RUNS + 1)]


def print_runs(database: Path, pair_ids: list[int], output: Path) -> None:
    """In a process of its own: print each charter of ``pair_ids`` and write its text as
    it prints (pages_runs) into ``output`` (JSON), for the floor of that charter."""
    from mentorat_desktop.core.charters import write_charters
    from mentorat_desktop.core.database import open_database

    db = open_database(database)
    try:
        texts = {}
        for pair_id in dict.fromkeys(pair_ids):
            pdf = output.with_suffix(".pdf")
            write_charters(db, [pair_id], pdf, "fr_FR")
            texts[str(pair_id)] = pages_runs(pdf)
    finally:
        db.close()
    output.write_text(json.dumps(texts), encoding="utf-8")


def charters_runs(
    database: Path, pair_ids: list[int]
) -> dict[int, tuple[tuple[float, float], list[list[Run]]]] | None:
    """The text of each charter of ``pair_ids`` as it prints, read by another process (so
    that this one has printed none of them yet); None without pypdf."""
    output = database.with_name("runs.json")
    subprocess.run(
        [sys.executable, __file__, "--runs", str(database), str(output)]
        + [str(pair_id) for pair_id in pair_ids],
        check=True,
    )
    texts = json.loads(output.read_text(encoding="utf-8"))
    if any(text is None for text in texts.values()):
        return None
    return {int(pair_id): text for pair_id, text in texts.items()}


def main() -> int:
    from mentorat_desktop.core.charters import write_charters
    from mentorat_desktop.core.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        ids = build_database(base / "bench.sqlite3")
        pairs = timed_pairs(ids)
        texts = charters_runs(base / "bench.sqlite3", pairs)
        db = open_database(base / "bench.sqlite3")
        try:
            one = base / "one.pdf"
            write_charters(db, [ids[0]], one, "fr_FR")  # warm up: imports, fonts
            charter_round = iter(pairs)
            floor_round = iter(pairs)
            actions: dict[str, Callable[[], object]] = {
                "charter": lambda: write_charters(db, [next(charter_round)], one, "fr_FR")
            }
            if texts is not None:
                actions["floor"] = lambda: draw_runs(*texts[next(floor_round)], base / "floor.pdf")
            side = floor.alternate(actions, ONE_RUNS)
            times = side["charter"]
            one_ms = statistics.median(times)

            start = time.perf_counter()
            pages = write_charters(db, ids, base / "all.pdf", "fr_FR")
            all_s = time.perf_counter() - start
            size_kb = (base / "all.pdf").stat().st_size / 1024
        finally:
            db.close()

    print(f"one charter, warm: {floor.spread(times)}")
    if "floor" in side:
        print(f"  its text drawn by reportlab's canvas, same fonts: {floor.spread(side['floor'])}")
    else:
        print("  (no pypdf here: the floor is not measured)")
    print(f"{PAIRS} charters in one PDF: {all_s:.2f} s, {pages} pages, {size_kb:.0f} KB")
    floor_ms = statistics.median(side["floor"]) if "floor" in side else None
    ok_one = floor.report(
        [
            floor.figure(
                "one charter, warm / reportlab drawing its text in the same fonts (ms)",
                one_ms,
                floor_ms,
                ONE_TARGET,
            ),
            floor.figure(
                f"{PAIRS} charters in one PDF / {PAIRS} times one warm charter (ms)",
                all_s * 1000,
                one_ms * PAIRS,
                ALL_TARGET_RATIO,
            ),
        ]
    )
    return 0 if ok_one else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--runs"]:
        print_runs(Path(sys.argv[2]), [int(n) for n in sys.argv[4:]], Path(sys.argv[3]))
        sys.exit(0)
    sys.exit(main())
