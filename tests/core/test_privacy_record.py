"""The record of processing (registre des activités de traitement), printed to PDF (no Qt)."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.models import Member, ProgramSettings
from mentorat_desktop.core.privacy_record import (
    member_counts,
    record_texts,
    write_processing_record,
)

PRINTED_ON = dt.date(2026, 4, 1)
A4 = (595, 842)
LETTER = (612, 792)
# Whether this version of the database records consent in detail, erasures and retention.
DETAILED_CONSENT = hasattr(Member, "consent_keep") and hasattr(Member, "erased_at")
HAS_RETENTION = hasattr(ProgramSettings, "retention_months")

NAMES = [
    ("Adèle", "Fontaine"),
    ("Bruno", "Gagnon"),
    ("Chloé", "Ouellet"),
    ("Denis", "Arsenault"),
]


def _member(first: str, last: str, *, consent: bool, withdrawn: bool = False) -> Member:
    member = Member(
        first_name=first,
        last_name=last,
        birth_year=1960,
        email=f"{first.lower()}@exemple.org",
        consent_on=dt.date(2025, 9, 1) if consent else None,
    )
    if DETAILED_CONSENT:
        member.consent_keep = consent
        if withdrawn:
            member.consent_withdrawn_on = dt.date(2026, 1, 10)
    return member


@pytest.fixture
def expected(db: Database) -> tuple[int, int]:
    """An association with four members, and the (on file, without consent) it should
    print: two who consented, one who never did, one who withdrew; and, where erasure is
    recorded, one erased member, no longer on file."""
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
        (a_first, a_last), (b_first, b_last), (c_first, c_last), (d_first, d_last) = NAMES
        session.add_all(
            [
                _member(a_first, a_last, consent=True),
                _member(b_first, b_last, consent=True),
                _member(c_first, c_last, consent=False),
            ]
        )
        if DETAILED_CONSENT:
            session.add(_member(d_first, d_last, consent=True, withdrawn=True))
            erased = Member(first_name="—", last_name="#5", birth_year=1946)
            erased.erased_at = dt.datetime(2026, 2, 1, 9, 0)
            session.add(erased)
    return (4, 2) if DETAILED_CONSENT else (3, 1)


def _write(db: Database, path: Path, language: str) -> int:
    return write_processing_record(db, path, language, printed_on=PRINTED_ON)


def _flat(path: Path) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(path).pages).split())


HEADINGS = {
    "fr_FR": [
        "Registre des activités de traitement",
        "Responsable du traitement",
        "Finalité",
        "Personnes concernées",
        "Données traitées",
        "Base légale",
        "Destinataires",
        "Transferts hors de l’Union européenne",
        "Durée de conservation",
        "Mesures de sécurité",
        "Exercice des droits",
        "Au fichier",
    ],
    "fr_CA": [
        "Renseignements personnels détenus",
        "Loi 25",
        "Organisme",
        "Fins de la collecte",
        "Personnes concernées",
        "Renseignements recueillis",
        "Consentement",
        "Qui y a accès",
        "Communication à l’extérieur du Québec",
        "Durée de conservation",
        "Mesures de sécurité",
        "Droits des personnes",
        "Au dossier",
    ],
    "en": [
        "Record of processing activities",
        "Controller",
        "Purpose",
        "People concerned",
        "Data processed",
        "Legal basis",
        "Recipients",
        "Transfers outside the country",
        "Retention",
        "Security measures",
        "Exercising rights",
        "On record",
    ],
}

COUNTS = {
    "fr_FR": "{total} membres, dont {without} sans consentement en vigueur",
    "fr_CA": "{total} membres, dont {without} sans consentement en vigueur",
    "en": "{total} members, of whom {without} without consent in force",
}

PRINTED = {
    "fr_FR": "1er avril 2026",
    "fr_CA": "1er avril 2026",
    "en": "April 1, 2026",
}

RETENTION = {
    "fr_FR": "3 ans après la dernière activité",
    "fr_CA": "3 ans après la dernière activité",
    "en": "3 years after the person’s last activity",
}


@pytest.mark.parametrize(("language", "size"), [("fr_FR", A4), ("fr_CA", LETTER), ("en", A4)])
def test_record_in_each_language(
    db: Database,
    expected: tuple[int, int],
    tmp_path: Path,
    language: str,
    size: tuple[int, int],
) -> None:
    output = tmp_path / f"registre-{language}.pdf"
    pages = _write(db, output, language)

    reader = PdfReader(output)
    assert pages == len(reader.pages)
    assert 1 <= pages <= 2
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size
    text = _flat(output)
    for heading in HEADINGS[language]:
        assert heading in text, heading
    total, without = expected
    assert COUNTS[language].format(total=total, without=without) in text
    assert PRINTED[language] in text
    assert RETENTION[language] in text
    # The association and whom to ask are there; no member is named.
    for expected_text in ("Passerelles Générations", "Hélène Dubœuf", "helene@passerelles.example"):
        assert expected_text in text, expected_text
    for first, last in NAMES:
        assert first not in text and last not in text, first
        assert f"{first.lower()}@exemple.org" not in text
    assert reader.trailer["/Root"]["/Lang"] == record_texts(language).pdf_lang
    assert reader.metadata is not None and reader.metadata.title == record_texts(language).title


def test_counts_skip_erased_members(db: Database, expected: tuple[int, int]) -> None:
    assert member_counts(db) == expected


def test_one_member_in_the_singular(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        session.add(_member("Adèle", "Fontaine", consent=True))
    _write(db, tmp_path / "fr.pdf", "fr_FR")
    assert "1 membre, dont 0 sans consentement" in _flat(tmp_path / "fr.pdf")
    _write(db, tmp_path / "en.pdf", "en")
    assert "1 member, of whom 0 without consent" in _flat(tmp_path / "en.pdf")


def test_an_empty_file_still_prints(db: Database, tmp_path: Path) -> None:
    output = tmp_path / "vide.pdf"
    assert _write(db, output, "fr_FR") == 1
    text = _flat(output)
    assert "0 membre, dont 0 sans consentement" in text
    # No association nor coordinator yet: a place to complete, and the coordination to ask.
    assert "(à compléter)" in text
    assert "Auprès de la coordination du programme." in text


def test_retention_follows_the_settings(
    db: Database, expected: tuple[int, int], tmp_path: Path
) -> None:
    if not HAS_RETENTION:
        pytest.skip("this version of the database has no retention setting")
    with db.transaction() as session:
        settings = session.get(ProgramSettings, 1)
        assert settings is not None
        settings.retention_months = 18
    _write(db, tmp_path / "fr.pdf", "fr_FR")
    assert "18 mois après la dernière activité" in _flat(tmp_path / "fr.pdf")
    _write(db, tmp_path / "en.pdf", "en")
    assert "18 months after the person’s last activity" in _flat(tmp_path / "en.pdf")


def test_paper_follows_the_settings(
    db: Database, expected: tuple[int, int], tmp_path: Path
) -> None:
    with db.transaction() as session:
        settings = session.get(ProgramSettings, 1)
        assert settings is not None
        settings.paper_size = "Letter"
    _write(db, tmp_path / "fr.pdf", "fr_FR")
    page = PdfReader(tmp_path / "fr.pdf").pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == LETTER


def test_written_privately_and_whole(
    db: Database, expected: tuple[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorat_desktop.core import privacy_record

    output = tmp_path / "registre.pdf"
    _write(db, output, "fr_FR")
    if os.name == "posix":
        assert stat.S_IMODE(output.stat().st_mode) == 0o600

    output.write_bytes(b"%PDF- the previous, complete file")

    def fail(*args: object, **kwargs: object) -> int:
        raise OSError("no space left on device")

    monkeypatch.setattr(privacy_record, "_render", fail)
    with pytest.raises(OSError):
        _write(db, output, "fr_FR")
    assert output.read_bytes() == b"%PDF- the previous, complete file"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".mentorat-partial")]


def test_unknown_language_writes_nothing(db: Database, tmp_path: Path) -> None:
    output = tmp_path / "x.pdf"
    with pytest.raises(ValueError):
        _write(db, output, "de_DE")
    assert not output.exists()


def test_fonts_are_the_charters(db: Database, expected: tuple[int, int], tmp_path: Path) -> None:
    output = tmp_path / "registre.pdf"
    _write(db, output, "fr_FR")
    names = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(output).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert names and all("DejaVuSans" in name for name in names)


def test_importing_the_module_does_not_load_reportlab() -> None:
    code = (
        "import sys, mentorat_desktop.core.privacy_record; "
        "sys.exit(1 if any(m.startswith('reportlab') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize("language", ["fr_FR", "fr_CA", "en"])
def test_wording_typography(language: str) -> None:
    texts = record_texts(language)
    narrow, nbsp = "\u202f", "\u00a0"
    for field in fields(texts):
        sentence = getattr(texts, field.name)
        assert "'" not in sentence, sentence
        if not language.startswith("fr"):
            continue
        for at, char in enumerate(sentence):
            if char in ":;!?" and at > 0:
                before = sentence[at - 1]
                if char == ":":
                    assert before == nbsp, sentence
                elif language == "fr_FR":
                    assert before == narrow, sentence
                else:
                    assert not before.isspace(), sentence
        assert "« " not in sentence and " »" not in sentence, sentence
