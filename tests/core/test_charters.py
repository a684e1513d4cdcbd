"""Pair charters: the data gathered for them and the PDF they print to (no Qt)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorat_desktop.core.charters import (
    CharterError,
    is_minor,
    load_charter_data,
    render_charters,
    write_charters,
)
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Direction, Mode, ObjectiveStatus, PairStatus
from mentorat_desktop.core.models import Cohort, Member, Objective, Pair, ProgramSettings

PRINTED_ON = dt.date(2026, 3, 10)
A4 = (595, 842)
LETTER = (612, 792)


def _member(first: str, last: str, year: int) -> Member:
    return Member(first_name=first, last_name=last, birth_year=year)


@pytest.fixture
def pairs(db: Database) -> dict[str, int]:
    return make_pairs(db)


def make_pairs(db: Database) -> dict[str, int]:
    """Three pairs: one with objectives (amended once), one without, one with a minor."""
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
        cohort = Cohort(name="Automne 2025")
        lukasz = _member("Łukasz", "Nowak", 1999)
        hoa = _member("Nguyễn Thị", "Hoa", 1961)
        zoe = _member("Zoé", "Côté", 2000)
        francois = _member("François", "Lévesque", 1957)
        oyvind = _member("Øyvind", "Şahin", PRINTED_ON.year - 16)  # a high-school student
        session.add_all([cohort, lukasz, hoa, zoe, francois, oyvind])
        session.flush()
        with_objectives = Pair(
            mentor_id=lukasz.id,
            mentee_id=hoa.id,
            cohort_id=cohort.id,
            status=PairStatus.ACTIVE,
            start_date=dt.date(2025, 10, 1),
            planned_end=dt.date(2026, 6, 30),
            monthly_commitment_hours=3.0,
            place="Médiathèque de Villeurbanne",
            mode=Mode.IN_PERSON,
            frequency="Deux fois par mois",
            charter_version=2,
            charter_changed_at=dt.datetime(2026, 1, 15, 14, 30),
        )
        with_objectives.objectives = [
            Objective(
                text="Animer une visioconférence avec l'équipe",
                indicator="Une réunion menée seule de bout en bout",
                target_date=dt.date(2026, 2, 28),
            ),
            Objective(
                text="Comprendre les circuits de décision d'une PME",
                indicator="Trois décisions réelles analysées ensemble",
                direction=Direction.MENTEE_TO_MENTOR,
            ),
            Objective(text="Objectif abandonné en route", status=ObjectiveStatus.DROPPED),
        ]
        without_objectives = Pair(
            mentor_id=zoe.id,
            mentee_id=francois.id,
            status=PairStatus.PROPOSED,
            monthly_commitment_hours=3.0,
            mode=Mode.VIDEO,
        )
        with_minor = Pair(
            mentor_id=oyvind.id,
            mentee_id=francois.id,
            status=PairStatus.ACTIVE,
            monthly_commitment_hours=2.5,
            start_date=dt.date(2026, 3, 1),
        )
        session.add_all([with_objectives, without_objectives, with_minor])
        session.flush()
        return {
            "objectives": with_objectives.id,
            "empty": without_objectives.id,
            "minor": with_minor.id,
        }


def _write(
    db: Database,
    ids: list[int],
    path: Path,
    language: str = "fr_FR",
    copies: int = 1,
    paper: str | None = None,
) -> int:
    return write_charters(db, ids, path, language, copies, paper, printed_on=PRINTED_ON)


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _text(path: Path) -> str:
    return "\n".join(_pages(path))


def _flat(path: Path) -> str:
    """The text with every run of blanks and line breaks made one space."""
    return " ".join(_text(path).split())


def _first_page_with(pages: list[str], needle: str) -> int:
    return next(i for i, text in enumerate(pages) if needle in text)


# --- data --------------------------------------------------------------------------------


def test_load_keeps_order_and_reads_everything(db: Database, pairs: dict[str, int]) -> None:
    ids = [pairs["minor"], pairs["objectives"], pairs["empty"]]
    charters = load_charter_data(db, ids)

    assert [c.pair_id for c in charters] == ids
    minor, full, empty = charters
    assert full.mentor_name == "Łukasz Nowak"
    assert full.mentee_name == "Nguyễn Thị Hoa"
    assert full.association == "Passerelles Générations"
    assert full.coordinator_email == "helene@passerelles.example"
    assert full.cohort_name == "Automne 2025"
    assert full.charter_version == 2
    assert full.charter_changed_at == dt.datetime(2026, 1, 15, 14, 30)
    assert full.mode is Mode.IN_PERSON and full.status is PairStatus.ACTIVE
    assert [o.text for o in full.objectives] == [
        "Animer une visioconférence avec l'équipe",
        "Comprendre les circuits de décision d'une PME",
    ]  # the dropped one is left out
    _text, indicator, target, direction = full.objectives[0]
    assert indicator == "Une réunion menée seule de bout en bout"
    assert target == dt.date(2026, 2, 28)
    assert direction is Direction.MENTOR_TO_MENTEE
    assert full.objectives[1].direction is Direction.MENTEE_TO_MENTOR
    assert empty.objectives == () and empty.start_date is None
    assert minor.monthly_commitment_hours == 2.5
    assert minor.commitments_text is None


def test_load_uses_a_handful_of_queries(db: Database, pairs: dict[str, int]) -> None:
    from sqlalchemy import event

    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        load_charter_data(db, list(pairs.values()) * 3)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    # BEGIN, the settings, the pairs, their objectives, their cohorts' objectives.
    assert len(statements) <= 5


def test_missing_pair_raises(db: Database, pairs: dict[str, int], tmp_path: Path) -> None:
    with pytest.raises(CharterError) as caught:
        load_charter_data(db, [pairs["empty"], 9999])
    assert caught.value.code == "pair_not_found"
    assert caught.value.pair_id == 9999
    assert isinstance(caught.value, KeyError)

    output = tmp_path / "chartes.pdf"
    with pytest.raises(CharterError):
        _write(db, [9999], output)
    assert not output.exists()


def test_minor_is_judged_on_the_year_and_on_the_safe_side() -> None:
    day = dt.date(2026, 1, 2)
    assert is_minor(2015, day)
    assert is_minor(2009, day)  # 16 or 17
    assert is_minor(2008, day)  # 17 until the 18th birthday, some time in 2026
    assert not is_minor(2007, day)  # 18 at least
    assert not is_minor(1960, day)
    assert not is_minor(None, day)


# --- the printed charter -----------------------------------------------------------------


def test_charter_shows_the_pair(db: Database, pairs: dict[str, int], tmp_path: Path) -> None:
    output = tmp_path / "charte.pdf"
    pages = _write(db, [pairs["objectives"]], output)

    assert 1 <= pages <= 2
    text = _flat(output)  # (the objectives' table wraps its cells)
    for expected in (
        "Charte du binôme",
        "Łukasz Nowak",
        "Nguyễn Thị Hoa",
        "Passerelles Générations",
        "Hélène Dubœuf",
        "helene@passerelles.example",
        "Automne 2025",
        "Animer une visioconférence avec l'équipe",
        "Une réunion menée seule de bout en bout",
        "Trois décisions réelles analysées ensemble",
        "28 février 2026",
        "Médiathèque de Villeurbanne",
        "Deux fois par mois",
        "3 heures par mois",
        "1er octobre 2025",
        "30 juin 2026",
        "Version 2, modifiée le 15 janvier 2026",
        "imprimée le 10 mars 2026",
        "Confidentialité",
        "Ponctualité",
        "Gratuité",
        "médiation",
        "Signature",
        "Binôme n°",
        "Page 1",
    ):
        assert expected in text, expected
    assert "abandonné" not in text
    assert "Parent ou tuteur" not in text  # two adults


def test_first_version_has_no_version_line(
    db: Database, pairs: dict[str, int], tmp_path: Path
) -> None:
    output = tmp_path / "charte.pdf"
    _write(db, [pairs["empty"]], output)
    assert "modifiée le" not in _text(output)


def test_lines_to_fill_in_without_objectives(
    db: Database, pairs: dict[str, int], tmp_path: Path
) -> None:
    output = tmp_path / "charte.pdf"
    _write(db, [pairs["empty"]], output)
    text = _text(output)

    assert "Zoé Côté" in text and "François Lévesque" in text
    assert "restent à fixer ensemble" in text
    for n in (1, 2, 3):
        assert f"Objectif {n}" in text
    assert "Objectif 4" not in text
    assert text.count("Indicateur de réussite") >= 3
    assert "en visioconférence" in text
    # The unknown place, frequency and dates are blank lines: their labels stand alone.
    assert "Lieu des rencontres" in text and "Fin prévue" in text


def test_guardian_line_for_a_minor(db: Database, pairs: dict[str, int], tmp_path: Path) -> None:
    output = tmp_path / "charte.pdf"
    _write(db, [pairs["minor"]], output)
    text = _flat(output)

    assert "Øyvind Şahin" in text
    assert "Parent ou tuteur légal d’Øyvind Şahin" in text
    assert "un parent ou tuteur légal signe aussi" in text
    assert "2 h 30 par mois" in text


def _page_counts(
    db: Database, ids: list[int], tmp_path: Path, language: str = "fr_FR"
) -> list[int]:
    """How many pages each pair's charter takes on its own."""
    return [_write(db, [pid], tmp_path / f"alone-{pid}.pdf", language) for pid in ids]


def test_each_charter_starts_on_a_new_page(
    db: Database, pairs: dict[str, int], tmp_path: Path
) -> None:
    ids = [pairs["objectives"], pairs["empty"], pairs["minor"]]
    alone = _page_counts(db, ids, tmp_path)
    assert all(1 <= n <= 2 for n in alone)

    output = tmp_path / "chartes.pdf"
    count = _write(db, ids, output)
    pages = _pages(output)
    assert count == len(pages) == sum(alone)

    expected_starts = [0, alone[0], alone[0] + alone[1]]
    starts = [
        _first_page_with(pages, "Łukasz Nowak"),
        _first_page_with(pages, "Zoé Côté"),
        _first_page_with(pages, "Øyvind Şahin"),
    ]
    assert starts == expected_starts
    for n, start in enumerate(starts):
        assert pages[start].count("Charte du binôme") == 1
        assert f"Binôme n° {ids[n]}" in pages[start]
        assert "Page 1" in pages[start]
        last = start + alone[n] - 1
        assert f"Binôme n° {ids[n]}" in pages[last]
        assert f"Page {alone[n]}" in pages[last]
    # Nothing of one charter runs onto the pages of the next.
    assert "Łukasz" not in "".join(pages[starts[1] :])
    assert "Zoé" not in "".join(pages[starts[2] :])


def test_two_copies_double_the_pages(db: Database, pairs: dict[str, int], tmp_path: Path) -> None:
    ids = [pairs["objectives"], pairs["minor"]]
    alone = _page_counts(db, ids, tmp_path)
    one = _write(db, ids, tmp_path / "one.pdf")
    two = _write(db, ids, tmp_path / "two.pdf", copies=2)
    assert one == sum(alone)
    assert two == 2 * one

    pages = _pages(tmp_path / "two.pdf")
    # Pair 1 for its mentor, pair 1 for its mentee, then pair 2 the same way.
    starts = [0, alone[0], 2 * alone[0], 2 * alone[0] + alone[1]]
    for start, name, copy in zip(
        starts,
        ["Łukasz Nowak", "Łukasz Nowak", "Øyvind Şahin", "Øyvind Şahin"],
        ["exemplaire du mentor", "exemplaire de la personne mentorée"] * 2,
        strict=True,
    ):
        assert "Charte du binôme" in pages[start]
        assert name in pages[start]
        assert copy in pages[start]
        if copy == "exemplaire du mentor":
            assert "exemplaire de la personne mentorée" not in pages[start]
        assert "Page 1" in pages[start]


@pytest.mark.parametrize(("language", "size"), [("fr_FR", A4), ("en", A4), ("fr_CA", LETTER)])
def test_paper_follows_the_language(
    db: Database, pairs: dict[str, int], tmp_path: Path, language: str, size: tuple[int, int]
) -> None:
    output = tmp_path / f"{language}.pdf"
    _write(db, [pairs["objectives"], pairs["empty"]], output, language)
    for page in PdfReader(output).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_paper_can_be_forced(db: Database, pairs: dict[str, int], tmp_path: Path) -> None:
    output = tmp_path / "letter.pdf"
    _write(db, [pairs["empty"]], output, "fr_FR", paper="Letter")
    page = PdfReader(output).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == LETTER


def test_quebec_wording_and_dates(db: Database, pairs: dict[str, int], tmp_path: Path) -> None:
    output = tmp_path / "qc.pdf"
    _write(db, [pairs["objectives"]], output, "fr_CA")
    text = _flat(output)

    assert "par courriel à" in text and "e-mail" not in text.lower()
    assert "fin de semaine" in text and "week-end" not in text
    assert "Personne mentorée" in text.replace("PERSONNE MENTORÉE", "Personne mentorée")
    assert "28 février 2026" in text
    assert "Version 2, modifiée le 15 janvier 2026" in text


def test_english_charter(db: Database, pairs: dict[str, int], tmp_path: Path) -> None:
    output = tmp_path / "en.pdf"
    _write(db, [pairs["objectives"], pairs["minor"]], output, "en")
    text = _flat(output)

    for expected in (
        "Pair charter",
        "Version 2, amended on January 15, 2026",
        "3 hours a month",
        "Success indicator",
        "Parent or legal guardian of Øyvind Şahin",
        "Pair no.",
        "Confidentiality",
    ):
        assert expected in text, expected
    assert "Charte" not in text


def test_metadata(db: Database, pairs: dict[str, int], tmp_path: Path) -> None:
    single = tmp_path / "single.pdf"
    _write(db, [pairs["empty"]], single)
    meta = PdfReader(single).metadata
    assert meta is not None
    assert meta.title == "Charte du binôme — Zoé Côté et François Lévesque"
    assert meta.author == "Passerelles Générations"
    assert meta.subject
    root = PdfReader(single).trailer["/Root"]
    assert root["/Lang"] == "fr-FR"

    many = tmp_path / "many.pdf"
    _write(db, list(pairs.values()), many, "en")
    reader = PdfReader(many)
    assert reader.metadata is not None
    assert reader.metadata.title == "Charters of 3 pairs"
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_author_defaults_without_association(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        a, b = _member("Zoé", "Côté", 2000), _member("François", "Lévesque", 1957)
        session.add_all([a, b])
        session.flush()
        pair = Pair(mentor_id=a.id, mentee_id=b.id)
        session.add(pair)
        session.flush()
        pair_id = pair.id
    output = tmp_path / "bare.pdf"
    _write(db, [pair_id], output)
    reader = PdfReader(output)
    assert reader.metadata is not None and reader.metadata.author == "Mentorat"
    assert "Association" in _text(output)  # a line to write the association on


def test_fonts_are_embedded_and_text_is_real(
    db: Database, pairs: dict[str, int], tmp_path: Path
) -> None:
    output = tmp_path / "charte.pdf"
    _write(db, [pairs["objectives"]], output)
    reader = PdfReader(output)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descendants = font.get("/DescendantFonts")
            descriptor = (
                descendants[0].get_object()["/FontDescriptor"]
                if descendants
                else font.get("/FontDescriptor")
            )
            if descriptor is not None:
                descriptor = descriptor.get_object()
                assert any(key in descriptor for key in ("/FontFile2", "/FontFile", "/FontFile3"))
    assert any("DejaVuSans" in name for name in fonts)
    assert all("Helvetica" not in name for name in fonts)


def test_custom_commitments_replace_the_default(
    db: Database, pairs: dict[str, int], tmp_path: Path
) -> None:
    with db.transaction() as session:
        settings = session.get(ProgramSettings, 1)
        assert settings is not None
        settings.charter_commitments = (
            "Nous nous voyons chaque mois au local de l'association.\n"
            "Nous gardons pour nous ce qui se dit entre nous."
        )
    output = tmp_path / "charte.pdf"
    _write(db, [pairs["objectives"]], output)
    text = _text(output)

    assert "Nous nous voyons chaque mois au local de l'association." in text
    assert "Nous gardons pour nous ce qui se dit entre nous." in text
    # The line break is kept: the two sentences are on separate lines.
    assert "l'association.\nNous gardons" in text
    assert "prenons ensemble les engagements suivants" not in text
    assert "Ponctualité" not in text
    # The rest of the charter is still there.
    assert "Gratuité" in text and "Signature" in text


def test_logo_is_drawn_when_readable(db: Database, pairs: dict[str, int], tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (40, 40, 40)).save(logo)
    with db.transaction() as session:
        settings = session.get(ProgramSettings, 1)
        assert settings is not None
        settings.logo_path = str(logo)
    with_logo = tmp_path / "logo.pdf"
    _write(db, [pairs["empty"]], with_logo)
    page = PdfReader(with_logo).pages[0]
    assert "/XObject" in page["/Resources"]

    whole = logo.read_bytes()
    logo.write_bytes(whole[: len(whole) // 2])  # damaged: printed without, silently
    damaged = tmp_path / "damaged.pdf"
    _write(db, [pairs["empty"]], damaged)
    assert "Zoé Côté" in _text(damaged)

    logo.write_bytes(b"not an image")  # unreadable: printed without, silently
    without = tmp_path / "nologo.pdf"
    _write(db, [pairs["empty"]], without)
    assert "Zoé Côté" in _text(without)

    logo.unlink()
    _write(db, [pairs["empty"]], without)
    assert "Zoé Côté" in _text(without)


def test_signature_block_is_never_split(
    db: Database, pairs: dict[str, int], tmp_path: Path
) -> None:
    # Enough objectives to push the signatures towards a page end.
    with db.transaction() as session:
        pair = session.get(Pair, pairs["minor"])
        assert pair is not None
        pair.objectives = [
            Objective(text=f"Objectif numéro {n} du binôme", indicator=f"Indicateur {n}")
            for n in range(1, 9)
        ]
    for count in range(0, 9):
        with db.transaction() as session:
            pair = session.get(Pair, pairs["minor"])
            assert pair is not None
            for objective in pair.objectives[count:]:
                objective.status = ObjectiveStatus.DROPPED
            for objective in pair.objectives[:count]:
                objective.status = ObjectiveStatus.OPEN
        output = tmp_path / f"sig{count}.pdf"
        _write(db, [pairs["minor"]], output)
        pages = _pages(output)
        assert len(pages) <= 2
        # The heading, the four signatories and the last signature label share one page.
        holder = [i for i, text in enumerate(pages) if "Signatures" in text]
        assert len(holder) == 1
        page = pages[holder[0]]
        for label in (
            "La personne mentor",
            "La personne mentorée",
            "La coordination",
            "Parent ou tuteur légal",
        ):
            assert label in page, (count, label)
        assert page.count("Signature :") == 4, count


def test_failed_render_leaves_no_half_written_file(
    db: Database, pairs: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorat_desktop.core.charters import render

    output = tmp_path / "chartes.pdf"
    output.write_bytes(b"%PDF- the previous, complete file")
    original = render._Builder.signatures

    def explode(self: object, charter: object) -> object:
        raise RuntimeError("disk full")

    monkeypatch.setattr(render._Builder, "signatures", explode)
    with pytest.raises(RuntimeError):
        _write(db, [pairs["objectives"]], output)
    assert output.read_bytes() == b"%PDF- the previous, complete file"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]

    # Failing while the PDF itself is being written is handled the same way.
    monkeypatch.setattr(render._Builder, "signatures", original)

    def fail_build(self: object, story: object) -> None:
        raise OSError("no space left on device")

    monkeypatch.setattr(render._CharterDoc, "build", fail_build)
    with pytest.raises(OSError):
        _write(db, [pairs["objectives"]], output)
    assert output.read_bytes() == b"%PDF- the previous, complete file"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_progress_counts_the_copies_and_can_stop_the_drawing(
    db: Database, pairs: dict[str, int], tmp_path: Path
) -> None:
    ids = list(pairs.values())
    heard: list[tuple[int, int]] = []
    output = tmp_path / "chartes.pdf"
    write_charters(db, ids, output, "fr_FR", copies=2, progress=lambda *step: heard.append(step))
    total = len(ids) * 2
    assert heard == [(done, total) for done in range(total + 1)]

    class Stop(Exception):
        pass

    def stop_after_two(done: int, total: int) -> None:
        if done == 2:
            raise Stop

    output.write_bytes(b"%PDF- the previous, complete file")
    with pytest.raises(Stop):
        write_charters(db, ids, output, "fr_FR", copies=2, progress=stop_after_two)
    assert output.read_bytes() == b"%PDF- the previous, complete file"
    left = [p.name for p in tmp_path.iterdir() if not p.name.startswith("mentorat.sqlite3")]
    assert left == ["chartes.pdf"]  # no partial file beside it


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_charter_file_is_private_and_alone_in_its_folder(
    db: Database, pairs: dict[str, int], tmp_path: Path
) -> None:
    """Written straight into a private temporary file: readable by its owner only, over a
    previous file too, and nothing else left in the folder."""
    import stat

    folder = tmp_path / "out"
    folder.mkdir()
    output = folder / "chartes.pdf"
    for _ in range(2):  # a new file, then one that replaces it
        assert _write(db, [pairs["objectives"]], output) >= 1
        assert stat.S_IMODE(output.stat().st_mode) == 0o600
        assert output.read_bytes().startswith(b"%PDF-")
        assert [p.name for p in folder.iterdir()] == ["chartes.pdf"]


def test_bad_arguments(db: Database, pairs: dict[str, int], tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        _write(db, [pairs["empty"]], tmp_path / "x.pdf", "de_DE")
    with pytest.raises(ValueError):
        _write(db, [pairs["empty"]], tmp_path / "x.pdf", paper="A3")
    with pytest.raises(ValueError):
        _write(db, [pairs["empty"]], tmp_path / "x.pdf", copies=0)
    with pytest.raises(ValueError):
        render_charters([], tmp_path / "x.pdf", "fr_FR", "A4")
    assert not (tmp_path / "x.pdf").exists()


def test_importing_the_package_does_not_load_reportlab() -> None:
    import subprocess

    code = (
        "import sys, mentorat_desktop.core.charters; "
        "sys.exit(1 if any(m.startswith('reportlab') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_markup_characters_are_printed_as_typed(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        session.add(
            ProgramSettings(
                id=1,
                association_name="Jeunes & Aînés <Nord>",
                charter_commitments="Règle n°1 : 2 < 3 & 4 > 1\n\nRègle n°2 : <b>pas de gras</b>",
            )
        )
        a = _member("Marie-Christine", "Beauchemin-Lévesque de la Tour", 2003)
        b = _member("Jean-Baptiste", "O'Connor & Fils", 1950)
        session.add_all([a, b])
        session.flush()
        pair = Pair(mentor_id=a.id, mentee_id=b.id, place="Salle <A> & <B>")
        pair.objectives = [
            Objective(text="Maîtriser les <balises> & les entités", indicator=None),
        ]
        session.add(pair)
        session.flush()
        pair_id = pair.id
    output = tmp_path / "markup.pdf"
    assert _write(db, [pair_id], output) <= 2
    text = _flat(output)
    for expected in (
        "Jeunes & Aînés <Nord>",
        "Règle n°1 : 2 < 3 & 4 > 1",
        "Règle n°2 : <b>pas de gras</b>",
        "Salle <A> & <B>",
        "Maîtriser les <balises> & les entités",
        "O'Connor & Fils",
        "Beauchemin-Lévesque de la Tour",
    ):
        assert expected in text, expected
    reader = PdfReader(output)
    assert reader.metadata is not None
    assert reader.metadata.author == "Jeunes & Aînés <Nord>"
    assert "O'Connor & Fils" in (reader.metadata.title or "")


def test_a_full_charter_stays_within_two_pages(db: Database, tmp_path: Path) -> None:
    """Five objectives with long indicators, a minor, on the shorter Letter paper."""
    with db.transaction() as session:
        young = _member("Øyvind", "Şahin", PRINTED_ON.year - 15)
        senior = _member("Nguyễn Thị", "Hoa", 1958)
        session.add_all([young, senior])
        session.flush()
        pair = Pair(mentor_id=young.id, mentee_id=senior.id)
        pair.objectives = [
            Objective(
                text=f"Objectif détaillé numéro {n}, formulé en une phrase assez longue",
                indicator="Un indicateur précis, mesurable et daté, noté au bilan de mi-parcours",
                target_date=dt.date(2026, 6, n),
            )
            for n in range(1, 6)
        ]
        session.add(pair)
        session.flush()
        pair_id = pair.id
    for language in ("fr_FR", "fr_CA", "en"):
        assert _write(db, [pair_id], tmp_path / f"{language}.pdf", language) <= 2, language


# --- the wording -------------------------------------------------------------------------


def _sentences(language: str) -> list[str]:
    """Every sentence of the charter's wording in ``language``."""
    from dataclasses import fields

    from mentorat_desktop.core.charters import texts_for

    texts = texts_for(language)
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, tuple):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    for field in fields(texts):
        walk(getattr(texts, field.name))
    return found


@pytest.mark.parametrize("language", ["fr_FR", "fr_CA", "en"])
def test_wording_uses_the_typographic_apostrophe(language: str) -> None:
    for sentence in _sentences(language):
        assert "'" not in sentence, sentence


@pytest.mark.parametrize("language", ["fr_FR", "fr_CA"])
def test_french_spacing_before_punctuation(language: str) -> None:
    narrow, nbsp = "\u202f", "\u00a0"
    for sentence in _sentences(language):
        for mark in ":;!?":
            for at in [i for i, char in enumerate(sentence) if char == mark and i > 0]:
                before = sentence[at - 1]
                if mark == ":":
                    assert before == nbsp, sentence
                elif language == "fr_FR":
                    assert before == narrow, sentence
                else:  # Québec: no space at all before ; ! ?
                    assert not before.isspace(), sentence
        assert "(e)" not in sentence and "mentoré " not in sentence, sentence


def test_french_elides_de_before_a_vowel_or_h() -> None:
    from mentorat_desktop.core.charters.texts import of_name

    assert of_name("Zoé Côté", "fr_FR") == "de Zoé Côté"
    assert of_name("Øyvind Şahin", "fr_FR") == "d’Øyvind Şahin"
    assert of_name("Adrien Roy", "fr_CA") == "d’Adrien Roy"
    assert of_name("Hélène Dubœuf", "fr_FR") == "d’Hélène Dubœuf"
    assert of_name("Yves Morin", "fr_FR") == "d’Yves Morin"
    assert of_name("Yasmine Benali", "fr_FR") == "de Yasmine Benali"
    assert of_name("Adrien Roy", "en") == "Adrien Roy"


def test_narrow_space_keeps_the_mark_on_its_line(
    db: Database, pairs: dict[str, int], tmp_path: Path
) -> None:
    """In France ; ! ? follow the word after a narrow no-break space, never at a line start."""
    output = tmp_path / "charte.pdf"
    _write(db, [pairs["objectives"]], output)
    for line in _text(output).splitlines():
        assert not line.lstrip().startswith((";", "!", "?", ":")), line


# --- the data-protection section ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "heading", "retention", "contact", "withdrawal"),
    [
        (
            "fr_FR",
            "Données personnelles",
            "conservées 3 ans après la dernière activité",
            "la coordination du programme (Hélène Dubœuf, helene@passerelles.example)",
            "retirer son consentement à tout moment",
        ),
        (
            "fr_CA",
            "Renseignements personnels",
            "gardés 3 ans après la dernière activité",
            "la coordination du programme (Hélène Dubœuf, helene@passerelles.example)",
            "retirer son consentement en tout temps",
        ),
        (
            "en",
            "Personal data",
            "kept for 3 years after the last activity",
            "the program coordinator (Hélène Dubœuf, helene@passerelles.example)",
            "withdraw their consent at any time",
        ),
    ],
)
def test_charter_says_what_data_is_kept_and_whom_to_ask(
    db: Database,
    pairs: dict[str, int],
    tmp_path: Path,
    language: str,
    heading: str,
    retention: str,
    contact: str,
    withdrawal: str,
) -> None:
    output = tmp_path / f"{language}.pdf"
    pages = _write(db, [pairs["objectives"]], output, language)
    assert 1 <= pages <= 2
    text = _flat(output)
    for expected in (heading, retention, contact, withdrawal):
        assert expected in text, expected
    # The section comes before the signatures, which stay on one page.
    assert text.index(heading) < text.index("Signatures")
    holder = [i for i, page in enumerate(_pages(output)) if "Signatures" in page]
    assert len(holder) == 1


def test_data_section_without_a_coordinator_names_the_coordination(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as session:
        a, b = _member("Zoé", "Côté", 2000), _member("François", "Lévesque", 1957)
        session.add_all([a, b])
        session.flush()
        pair = Pair(mentor_id=a.id, mentee_id=b.id)
        session.add(pair)
        session.flush()
        pair_id = pair.id
    output = tmp_path / "bare.pdf"
    _write(db, [pair_id], output)
    text = _flat(output)
    assert "auprès de la coordination du programme, et retirer" in text
    assert "conservées 3 ans" in text


def test_data_section_follows_the_retention_setting(
    db: Database, pairs: dict[str, int], tmp_path: Path
) -> None:
    if not hasattr(ProgramSettings, "retention_months"):
        pytest.skip("this version of the database has no retention setting")
    with db.transaction() as session:
        settings = session.get(ProgramSettings, 1)
        assert settings is not None
        settings.retention_months = 18
    assert load_charter_data(db, [pairs["empty"]])[0].retention_months == 18
    _write(db, [pairs["empty"]], tmp_path / "fr.pdf")
    assert "conservées 18 mois après" in _flat(tmp_path / "fr.pdf")
    _write(db, [pairs["empty"]], tmp_path / "en.pdf", "en")
    assert "kept for 18 months after" in _flat(tmp_path / "en.pdf")


def test_retention_in_words() -> None:
    from mentorat_desktop.core.charters import texts_for
    from mentorat_desktop.core.charters.texts import retention_words

    fr, en = texts_for("fr_FR"), texts_for("en")
    said = {m: retention_words(m, fr).replace("\u00a0", " ") for m in (12, 36, 18, 1, 120)}
    assert said == {12: "1 an", 36: "3 ans", 18: "18 mois", 1: "1 mois", 120: "10 ans"}
    assert retention_words(24, en).replace("\u00a0", " ") == "2 years"
    assert retention_words(1, en).replace("\u00a0", " ") == "1 month"


# --- issue 9, item 13: what the printed charters said wrong -----------------------------


def _eight_objectives_and_a_minor(db: Database) -> int:
    """A pair whose mentor is 16, with eight objectives, each with an indicator and a date."""
    with db.transaction() as session:
        session.add(
            ProgramSettings(
                id=1,
                association_name="Trait d'union entre les âges",
                coordinator_name="Mireille Thibodeau-Roux",
                coordinator_email="coordination@traitdunion.example.org",
                coordinator_phone="514 555-0142",
            )
        )
        young = _member("Naël", "Roussel", PRINTED_ON.year - 16)
        senior = _member("Vincent", "Lapointe", 1960)
        session.add_all([young, senior])
        session.flush()
        pair = Pair(
            mentor_id=young.id,
            mentee_id=senior.id,
            status=PairStatus.ACTIVE,
            start_date=dt.date(2026, 4, 23),
            planned_end=dt.date(2026, 12, 23),
            place="Bibliothèque du quartier",
            mode=Mode.IN_PERSON,
            frequency="Deux fois par mois, le samedi matin",
            monthly_commitment_hours=3.0,
        )
        pair.objectives = [
            Objective(
                text=f"Objectif numéro {n} : apprendre à se servir d'un outil numérique courant",
                indicator="Une tâche réelle menée sans aide de bout en bout, montrée au bilan",
                target_date=dt.date(2026, 9, n),
                direction=Direction.BOTH if n % 3 == 0 else Direction.MENTOR_TO_MENTEE,
            )
            for n in range(1, 9)
        ]
        session.add(pair)
        session.flush()
        return pair.id


@pytest.mark.parametrize("language", ["fr_CA", "fr_FR", "en"])
def test_eight_objectives_and_a_guardian_on_letter_fit_two_pages(
    db: Database, tmp_path: Path, language: str
) -> None:
    pair_id = _eight_objectives_and_a_minor(db)
    output = tmp_path / f"{language}.pdf"
    assert _write(db, [pair_id], output, language, paper="Letter") == 2
    text = _flat(output)
    for n in range(1, 9):
        assert f"Objectif numéro {n}" in text
    assert text.count("Une tâche réelle menée sans aide de bout en bout") == 8
    holder = [i for i, page in enumerate(_pages(output)) if "Signature" in page]
    assert holder == [1]


@pytest.mark.parametrize(
    ("language", "meant", "wrong"),
    [
        ("fr_FR", "pour un rendez-vous le week-end, au plus tard le vendredi", "dès le vendredi"),
        ("fr_CA", "pour une rencontre la fin de semaine, au plus tard le vendredi", "dès le"),
        ("en", "for a weekend meeting, by Friday at the latest", "or by Friday"),
    ],
)
def test_punctuality_asks_to_warn_by_friday_at_the_latest(
    db: Database, pairs: dict[str, int], tmp_path: Path, language: str, meant: str, wrong: str
) -> None:
    output = tmp_path / f"{language}.pdf"
    _write(db, [pairs["empty"]], output, language)
    text = _flat(output)
    assert meant in text
    assert wrong not in text


@pytest.mark.parametrize("language", ["fr_FR", "fr_CA", "en"])
def test_no_sentence_has_two_colons(language: str) -> None:
    import re

    from mentorat_desktop.core.charters import texts_for

    for sentence in _sentences(language):
        for part in re.split(r"(?<=[.!?])\s", sentence):
            assert part.count(":") <= 1, part
    texts = texts_for(language)
    # A bullet's lead is followed by a colon: its text has none of its own.
    for lead, text in (*texts.commitments, *texts.ethics):
        assert ":" not in text, lead


def test_objectives_print_without_a_colon_per_detail(
    db: Database, pairs: dict[str, int], tmp_path: Path
) -> None:
    """The objectives are a table: its column heads name the indicator, the date and who
    teaches once, instead of a line of labels and colons under each objective."""
    output = tmp_path / "charte.pdf"
    _write(db, [pairs["objectives"]], output)
    text = _flat(output)
    assert text.count("Indicateur de réussite") == 1
    assert "Indicateur de réussite :" not in text and "Qui transmet :" not in text
    assert "Coordination à contacter : Hélène Dubœuf · helene@passerelles.example" in text


def _positions(path: Path, page: int, label: str) -> list[tuple[float, float]]:
    """Where each run of text starting with the word ``label`` is drawn on ``page``: (x, y)."""
    import re

    found: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if re.match(rf"{label}\W", text.strip()):
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((round(x, 1), round(y, 1)))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("language", ["fr_FR", "fr_CA", "en"])
def test_four_signers_have_their_lines_level(db: Database, tmp_path: Path, language: str) -> None:
    """With a guardian (whose role takes two lines) and a coordinator whose name wraps, the
    date lines of the four signers share one height, and so do the signature labels."""
    pair_id = _eight_objectives_and_a_minor(db)
    output = tmp_path / f"{language}.pdf"
    _write(db, [pair_id], output, language)
    last = len(PdfReader(output).pages) - 1
    dates = _positions(output, last, "Date")
    signatures = _positions(output, last, "Signature")
    assert len(dates) == 4, dates
    assert len({y for _, y in dates}) == 1, dates
    assert len(signatures) == 4, signatures
    assert len({y for _, y in signatures}) == 1, signatures


def test_no_line_of_a_paragraph_alone_at_the_top_of_a_page(db: Database, tmp_path: Path) -> None:
    """Whatever the length of what comes before (objectives, a long frequency), page 2 of a
    Québec charter on Letter starts with a heading, a bullet or the start of a sentence,
    never the tail of a paragraph from page 1 (three objectives and a 42-word frequency
    used to leave "sur les progrès." alone there)."""
    pair_id = _eight_objectives_and_a_minor(db)
    # A server holds the column to its declared length (a file does not): up to 100 there.
    longest = 60 if db.dialect == "sqlite" else Pair.__table__.c.frequency.type.length // 8 + 1
    for count in (0, 3, 8):
        for words in range(0, longest, 6):
            with db.transaction() as session:
                pair = session.get(Pair, pair_id)
                assert pair is not None
                pair.frequency = " ".join(["souvent"] * words) or None
                for n, objective in enumerate(pair.objectives):
                    objective.status = (
                        ObjectiveStatus.OPEN if n < count else ObjectiveStatus.DROPPED
                    )
            output = tmp_path / f"{count}-{words}.pdf"
            _write(db, [pair_id], output, "fr_CA")
            for page in _pages(output)[1:]:
                first = page.lstrip()[:1]
                assert first and not first.islower(), (count, words, page[:80])


def test_quebec_signed_pages_write_dates_out(db: Database, tmp_path: Path) -> None:
    import re

    pair_id = _eight_objectives_and_a_minor(db)
    with db.transaction() as session:
        pair = session.get(Pair, pair_id)
        assert pair is not None
        pair.charter_signed_on = dt.date(2026, 4, 23)
        pair.charter_version = 2
        pair.charter_changed_at = dt.datetime(2026, 3, 10, 9, 0)
    output = tmp_path / "qc.pdf"
    _write(db, [pair_id], output, "fr_CA")
    text = _flat(output)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text), re.findall(r"\d{4}-\d{2}-\d{2}", text)
    for expected in ("23 avril 2026", "23 décembre 2026", "1er septembre 2026", "10 mars 2026"):
        assert expected in text, expected


@pytest.mark.parametrize(
    ("language", "hours", "said"),
    [
        ("en", 3.0, "3 hours a month"),
        ("en", 2.5, "2.5 hours a month"),
        ("en", 1.0, "1 hour a month"),
        ("fr_FR", 3.0, "3 heures par mois"),
        ("fr_CA", 1.0, "1 heure par mois"),
        ("fr_FR", 2.5, "2 h 30 par mois"),
    ],
)
def test_monthly_commitment_in_words(
    db: Database, pairs: dict[str, int], tmp_path: Path, language: str, hours: float, said: str
) -> None:
    with db.transaction() as session:
        pair = session.get(Pair, pairs["empty"])
        assert pair is not None
        pair.monthly_commitment_hours = hours
    output = tmp_path / f"{language}.pdf"
    _write(db, [pairs["empty"]], output, language)
    text = _flat(output)
    assert said in text
    assert " h per month" not in text


@pytest.mark.parametrize(
    ("language", "heading", "next_heading", "expected"),
    [
        (
            "fr_FR",
            "En cas de difficulté",
            "Révision de la charte",
            "chaque membre peut s’adresser à Hélène Dubœuf, responsable de la coordination, "
            "par e-mail à helene@passerelles.example ou par téléphone au 04 72 00 00 00.",
        ),
        (
            "fr_CA",
            "En cas de difficulté",
            "Révision de la charte",
            "chaque membre peut joindre Hélène Dubœuf, responsable de la coordination, "
            "par courriel à helene@passerelles.example ou par téléphone au 04 72 00 00 00.",
        ),
        (
            "en",
            "If something goes wrong",
            "Reviewing the charter",
            "either of us can contact Hélène Dubœuf, the program coordinator, by email at "
            "helene@passerelles.example or by phone at 04 72 00 00 00.",
        ),
    ],
)
def test_difficulty_names_the_coordinator_and_how_to_reach_them(
    db: Database,
    pairs: dict[str, int],
    tmp_path: Path,
    language: str,
    heading: str,
    next_heading: str,
    expected: str,
) -> None:
    output = tmp_path / f"{language}.pdf"
    _write(db, [pairs["objectives"]], output, language)
    text = _flat(output)
    section = text[text.index(heading) : text.index(next_heading)]
    assert expected in section, section


def test_difficulty_without_a_coordinator_names_the_coordination(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as session:
        a, b = _member("Zoé", "Côté", 2000), _member("François", "Lévesque", 1957)
        session.add_all([a, b])
        session.flush()
        pair = Pair(mentor_id=a.id, mentee_id=b.id)
        session.add(pair)
        session.flush()
        pair_id = pair.id
    output = tmp_path / "bare.pdf"
    _write(db, [pair_id], output)
    assert "peut s’adresser à la coordination du programme." in _flat(output)


def test_version_two_says_what_it_replaces_and_leaves_a_line_for_the_changes(
    db: Database, pairs: dict[str, int], tmp_path: Path
) -> None:
    with db.transaction() as session:
        pair = session.get(Pair, pairs["objectives"])
        assert pair is not None
        pair.charter_signed_on = dt.date(2025, 10, 1)
    output = tmp_path / "v2.pdf"
    _write(db, [pairs["objectives"]], output)
    text = _flat(output)
    assert "Version 2, modifiée le 15 janvier 2026" in text
    assert "Remplace la version 1, signée le 1er octobre 2025." in text
    # The database does not record what changed: a line to write it on by hand.
    assert "Ce qui change depuis la version 1 :" in text
    _write(db, [pairs["objectives"]], output, "en")
    text = _flat(output)
    assert "Replaces version 1, signed on October 1, 2025." in text
    assert "What changes since version 1:" in text
    _write(db, [pairs["empty"]], output)
    assert "Ce qui change" not in _flat(output)  # a version 1 has nothing to compare with


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr_FR", "Ce qui change depuis la version 2 : les objectifs et la fin prévue."),
        ("fr_CA", "Ce qui change depuis la version 2 : les objectifs et la fin prévue."),
        ("en", "What changes since version 2: the objectives and the planned end."),
    ],
)
def test_recorded_changes_are_named(
    db: Database, pairs: dict[str, int], tmp_path: Path, language: str, expected: str
) -> None:
    from dataclasses import replace

    charter = load_charter_data(db, [pairs["objectives"]])[0]
    charter = replace(charter, charter_version=3, charter_changes=("objectives", "period"))
    output = tmp_path / f"{language}.pdf"
    render_charters([charter], output, language, "A4", printed_on=PRINTED_ON)
    text = _flat(output)
    assert expected in text
    assert "Remplace la version" not in text  # version 1's signature is not version 2's


def test_change_kinds_are_read_leniently() -> None:
    from mentorat_desktop.core.charters.data import change_kinds

    assert change_kinds("period, objectives") == ("objectives", "period")
    assert change_kinds(["cohort", "means", "colour"]) == ("means", "cohort")
    assert change_kinds(None) == ()
    assert change_kinds(3) == ()
