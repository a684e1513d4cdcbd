"""Exporting members to CSV for French Excel, and importing the file back unchanged."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorat_desktop.core import exporting
from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.enums import Mode, Role
from mentorat_desktop.core.exporting import MEMBER_COLUMNS, export_members_csv
from mentorat_desktop.core.importing.members import apply_member_import, plan_member_import
from mentorat_desktop.core.services.members import MemberInput, MemberRecord, MemberService


@pytest.fixture
def fresh_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "t.sqlite3")
    try:
        yield database
    finally:
        database.close()


def fill(db: Database) -> None:
    service = MemberService(db)
    service.add(
        MemberInput(
            first_name="Hélène",
            last_name="Côté",
            birth_year=1958,
            email="helene.cote@exemple.qc.ca",
            phone="+1 (514) 555-0142",
            city="Trois-Rivières",
            organisation="Caisse populaire; région Mauricie",
            department="Comptabilité",
            manager_name="Jérôme Bélanger",
            years_experience=35,
            languages="Français, anglais",
            role=Role.MENTEE,
            availability='Mardi "après-midi"',
            preferred_mode=Mode.IN_PERSON,
            capacity=2,
            consent_on=dt.date(2024, 9, 3),
            notes="Veut apprendre Canva; très motivée",
            skills_offered=["Gestion budgétaire", "Négociation"],
            skills_wanted=["Réseaux sociaux", "Canva"],
        )
    )
    service.add(
        MemberInput(
            first_name="Kévin",
            last_name="Nadeau",
            birth_year=2001,
            email="kevin@exemple.ca",
            role=Role.MENTOR,
            preferred_mode=Mode.VIDEO,
            mentor_training_on=dt.date(2024, 10, 15),
            consent_on=dt.date(2024, 10, 1),
            skills_offered=["Canva", "TikTok"],
        )
    )
    archived = service.add(
        MemberInput(
            first_name="Ève",
            last_name="Ouellet",
            role=Role.EITHER,
            preferred_mode=Mode.PHONE,
            capacity=0,
        )
    )
    service.add(MemberInput(first_name="Noël", last_name="Garçon", years_experience=0))
    service.archive([archived.id])


def comparable(records: list[MemberRecord]) -> dict[str, dict[str, object]]:
    """Every member's fields but the id, by name."""
    result = {}
    for record in records:
        values = dataclasses.asdict(record)
        del values["id"]
        values["skills_offered"] = sorted(values["skills_offered"])
        values["skills_wanted"] = sorted(values["skills_wanted"])
        result[record.full_name] = values
    return result


def test_file_is_utf8_with_bom_semicolons_and_crlf(fresh_db: Database, tmp_path: Path) -> None:
    fill(fresh_db)
    path = tmp_path / "membres.csv"
    assert export_members_csv(fresh_db, path) == 4

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.count("\r\n") == 5
    assert "\n" not in text.replace("\r\n", "")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == list(MEMBER_COLUMNS)
    assert rows[0][:6] == ["Prénom", "Nom", "Courriel", "Téléphone", "Année de naissance", "Rôle"]
    by_name = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    helene = by_name["Hélène"]
    assert helene["Ville"] == "Trois-Rivières"
    assert helene["Rôle"] == "Mentoré"
    assert helene["Mode préféré"] == "Présentiel"
    assert helene["Compétences offertes"] == "Gestion budgétaire; Négociation"
    assert helene["Consentement"] == "2024-09-03"
    assert helene["Statut"] == "Actif"
    assert helene["Année de naissance"] == "1958"
    assert by_name["Kévin"]["Rôle"] == "Mentor"
    assert by_name["Kévin"]["Formation mentor"] == "2024-10-15"
    assert by_name["Ève"]["Statut"] == "Archivé"
    assert by_name["Ève"]["Rôle"] == "Les deux"


def test_without_archived_members(fresh_db: Database, tmp_path: Path) -> None:
    fill(fresh_db)
    path = tmp_path / "actifs.csv"
    assert export_members_csv(fresh_db, path, include_archived=False) == 3
    assert "Ève" not in path.read_text(encoding="utf-8-sig")


def test_empty_register_writes_the_titles(fresh_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "vide.csv"
    assert export_members_csv(fresh_db, path) == 0
    assert path.read_text(encoding="utf-8-sig").startswith("Prénom;Nom;")


def test_round_trip_into_an_empty_database(fresh_db: Database, tmp_path: Path) -> None:
    fill(fresh_db)
    path = tmp_path / "aller-retour.csv"
    export_members_csv(fresh_db, path)

    other = open_database(tmp_path / "autre.sqlite3")
    try:
        plan = plan_member_import(other, path)
        assert plan.ignored_headers == []
        assert not plan.refused
        assert not plan.duplicates
        assert apply_member_import(other, plan) == 4
        before = comparable(MemberService(fresh_db).list_members())
        after = comparable(MemberService(other).list_members())
        assert len(after) == 4
        assert after == before

        again = plan_member_import(other, path)
        # Importing twice finds again everyone who has an e-mail or a birth year (the
        # service's rule); Ève and Noël have neither, so they cannot be told apart.
        assert sorted(d.name for d in again.duplicates) == ["Hélène Côté", "Kévin Nadeau"]
    finally:
        other.close()


def test_a_failed_export_leaves_the_previous_file_alone(
    fresh_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(fresh_db)
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "membres.csv"
    path.write_text("ancien contenu", encoding="utf-8")

    def broken(_record: MemberRecord) -> list[str]:
        raise OSError("disque plein")

    monkeypatch.setattr(exporting, "_member_row", broken)
    with pytest.raises(OSError):
        export_members_csv(fresh_db, path)
    assert path.read_text(encoding="utf-8") == "ancien contenu"
    assert [p.name for p in folder.iterdir()] == ["membres.csv"]  # no temporary file left


def test_export_replaces_an_older_file(fresh_db: Database, tmp_path: Path) -> None:
    fill(fresh_db)
    path = tmp_path / "membres.csv"
    path.write_text("ancien contenu", encoding="utf-8")
    export_members_csv(fresh_db, path)
    assert "ancien" not in path.read_text(encoding="utf-8-sig")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
