"""The printed sign-in sheet and attestations of a training session (no Qt)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.errors import NotFoundError
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.settings import SettingsService
from mentorat_desktop.core.services.training import TrainingService
from mentorat_desktop.core.training_print import (
    TrainingPrintError,
    write_attestations,
    write_sheet,
)

A4 = (595, 842)
LETTER = (612, 792)
PRINTED = dt.date(2026, 3, 15)


def _text(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _size(path: Path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.fixture
def session_id(db: Database, members: MemberService) -> int:
    SettingsService(db).update(
        association_name="Entre-Générations Lyon",
        coordinator_name="Chloé Gagnon",
        association_address="12, rue de la République\n69002 Lyon",
    )
    ids = [
        members.add(
            MemberInput(first_name=first, last_name=last, role=Role.MENTOR, birth_year=2000)
        ).id
        for first, last in (("Zoé", "Vidal"), ("Léo", "Bélanger-Nguyễn"), ("Anne", "Roux"))
    ]
    training = TrainingService(db)
    session = training.create(
        "Écouter et transmettre",
        dt.date(2026, 3, 14),
        420,
        place="Maison des associations",
        trainer="Samia Benali",
        topics="Écoute active\nLes limites du rôle",
    )
    training.invite(session.id, ids)
    training.attend(session.id, ids[:2])
    return session.id


def test_the_sheet_lists_the_names_with_morning_and_afternoon(
    db: Database, session_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "emargement.pdf"
    assert write_sheet(db, session_id, path, "fr_FR", printed_on=PRINTED) == 1
    [page] = _text(path)
    assert "Feuille d’émargement" in page
    assert "Entre-Générations Lyon" in page
    for words in ("Matin", "Après-midi", "Anne Roux", "Léo Bélanger-Nguyễn", "Zoé Vidal"):
        assert words in page
    assert "14 mars 2026" in page and "7 h" in page and "Samia Benali" in page
    # Names by last name: Bélanger, Roux, Vidal.
    assert page.index("Léo Bélanger") < page.index("Anne Roux") < page.index("Zoé Vidal")
    assert _size(path) == A4
    assert path.stat().st_mode & 0o077 == 0  # names inside: readable by its owner only


def test_a_short_session_has_one_signature_column_in_english(
    db: Database, members: MemberService, tmp_path: Path
) -> None:
    session = TrainingService(db).create("Getting started", dt.date(2026, 4, 2), 150)
    path = tmp_path / "sheet.pdf"
    write_sheet(db, session.id, path, "en")
    [page] = _text(path)
    assert "Sign-in sheet" in page and "Signature" in page
    assert "Morning" not in page
    assert "2 h 30 min" in page and "April 2, 2026" in page


def test_quebec_prints_a_feuille_de_presence_on_letter(
    db: Database, session_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "presence.pdf"
    write_sheet(db, session_id, path, "fr_CA")
    assert "Feuille de présence" in _text(path)[0]
    assert _size(path) == LETTER


@pytest.mark.parametrize(
    ("language", "title", "verb"),
    [
        ("fr_FR", "Attestation de formation", "a suivi la formation des mentors"),
        ("fr_CA", "Attestation de participation", "a participé à la formation des mentors"),
        ("en", "Certificate of attendance", "attended the mentor training"),
    ],
)
def test_one_attestation_per_attendee(
    db: Database, session_id: int, tmp_path: Path, language: str, title: str, verb: str
) -> None:
    path = tmp_path / "attestations.pdf"
    assert write_attestations(db, session_id, path, language, printed_on=PRINTED) == 2
    pages = _text(path)
    assert [("Léo Bélanger-Nguyễn" in p, "Zoé Vidal" in p) for p in pages] == [
        (True, False),
        (False, True),
    ]
    assert all("Anne Roux" not in p for p in pages)  # invited, not present
    for page in pages:
        assert title in page and verb in page
        assert "Chloé Gagnon" in page and "69002 Lyon" in page
        assert "Écoute active" in page


def test_attestations_of_a_session_nobody_attended(
    db: Database, members: MemberService, tmp_path: Path
) -> None:
    session = TrainingService(db).create("Vide", dt.date(2026, 4, 2), 60)
    path = tmp_path / "none.pdf"
    with pytest.raises(TrainingPrintError) as info:
        write_attestations(db, session.id, path, "fr_FR")
    assert info.value.code == "no_attendee"
    assert not path.exists()
    with pytest.raises(NotFoundError):
        write_sheet(db, 99, path, "fr_FR")
    with pytest.raises(ValueError):
        write_sheet(db, session.id, path, "de")


def test_the_charter_says_when_the_mentor_was_trained(
    db: Database, members: MemberService, tmp_path: Path
) -> None:
    from mentorat_desktop.core.charters import write_charters
    from mentorat_desktop.core.services.pairs import PairInput, PairService

    mentor = members.add(
        MemberInput(first_name="Zoé", last_name="Vidal", role=Role.MENTOR, birth_year=2001)
    ).id
    mentee = members.add(
        MemberInput(first_name="Anne", last_name="Roux", role=Role.MENTEE, birth_year=1955)
    ).id
    pair = PairService(db).create(PairInput(mentor, mentee)).id
    path = tmp_path / "charte.pdf"
    write_charters(db, [pair], path, "fr_FR", printed_on=PRINTED)
    assert "Formation des mentors suivie" not in " ".join(_text(path))
    training = TrainingService(db)
    session = training.create("Formation", dt.date(2026, 3, 14), 180)
    training.attend(session.id, [mentor])
    write_charters(db, [pair], path, "fr_FR", printed_on=PRINTED)
    assert "Formation des mentors suivie le 14 mars 2026." in " ".join(_text(path))
    write_charters(db, [pair], path, "en", printed_on=PRINTED)
    assert "Took the mentor training on March 14, 2026." in " ".join(_text(path))


def test_an_erased_member_prints_nowhere(
    db: Database, session_id: int, members: MemberService, tmp_path: Path
) -> None:
    from mentorat_desktop.core.privacy import erase_person

    [zoe] = [m.id for m in members.list_summaries() if m.first_name == "Zoé"]
    erase_person(db, zoe)
    path = tmp_path / "attestations.pdf"
    assert write_attestations(db, session_id, path, "fr_FR") == 1
    write_sheet(db, session_id, path, "fr_FR")
    [page] = _text(path)
    assert "Léo Bélanger-Nguyễn" in page and "Zoé" not in page
    assert f"— #{zoe}" not in page


def test_french_attestations_elide_before_a_vowel_sound(
    db: Database, session_id: int, tmp_path: Path
) -> None:
    training = TrainingService(db)
    everyone = [m.member_id for m in training.attendance(session_id)]
    training.attend(session_id, everyone)
    path = tmp_path / "attestations.pdf"
    write_attestations(db, session_id, path, "fr_FR", printed_on=PRINTED)
    pages = {page.split("atteste ")[1].split(" a suivi")[0]: page for page in _text(path)}
    assert set(pages) == {"qu’Anne Roux", "que Zoé Vidal", "que Léo Bélanger-Nguyễn"}
    assert all("inversé d’Entre-Générations Lyon" in page for page in pages.values())
