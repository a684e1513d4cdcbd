"""Exporting members to CSV for French Excel, and importing the file back unchanged; cells
a spreadsheet would run as formulas neutralised; every export of personal data private."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorat_desktop.core import exporting
from mentorat_desktop.core.call_sheet import CallSheetRow, CallSheetTexts, write_call_sheet
from mentorat_desktop.core.charters import write_charters
from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.enums import Mode, Role
from mentorat_desktop.core.exporting import MEMBER_COLUMNS, export_members_csv
from mentorat_desktop.core.exporting_sessions import export_sessions_csv
from mentorat_desktop.core.files import PARTIAL_PREFIX
from mentorat_desktop.core.importing.members import apply_member_import, plan_member_import
from mentorat_desktop.core.services.members import MemberInput, MemberRecord, MemberService
from mentorat_desktop.core.services.pairs import PairInput, PairService


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
    """Every member's fields but the id and the bookkeeping of a shared record (its version,
    who changed it and when: the import writes each member once), by name."""
    result = {}
    for record in records:
        values = dataclasses.asdict(record)
        for key in ("id", "row_version", "changed_by", "changed_at"):
            values.pop(key, None)
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
    assert rows[0][:6] == [
        "Prénom",
        "Nom",
        "E-mail",
        "Téléphone",
        "Année de naissance",
        "Rôle souhaité",
    ]
    by_name = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    helene = by_name["Hélène"]
    assert helene["Ville"] == "Trois-Rivières"
    assert helene["Rôle souhaité"] == "Personne mentorée"
    assert helene["Mode de rencontre"] == "En personne"
    assert helene["Compétences offertes"] == "Gestion budgétaire; Négociation"
    assert helene["Consentement donné le"] == "2024-09-03"
    assert helene["Statut"] == "Actif"
    assert helene["Année de naissance"] == "1958"
    assert by_name["Kévin"]["Rôle souhaité"] == "Mentor"
    assert by_name["Kévin"]["Formation de mentor"] == "2024-10-15"
    assert by_name["Ève"]["Statut"] == "Archivé"
    assert by_name["Ève"]["Rôle souhaité"] == "Indifférent"
    assert by_name["Kévin"]["Mode de rencontre"] == "Visioconférence"
    assert by_name["Ève"]["Mode de rencontre"] == "Téléphone"
    assert by_name["Noël"]["Mode de rencontre"] == "Sans préférence"


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


# -- formulas, privacy ---------------------------------------------------------------------


def formula_member(db: Database) -> None:
    MemberService(db).add(
        MemberInput(
            first_name="Odile",
            last_name="Arnaud",
            birth_year=1955,
            phone="+33 6 12 34 56 78",
            city="@Lyon",
            organisation="-Association",
            manager_name='=HYPERLINK("http://exemple.org")',
            years_experience=40,
            capacity=2,
            notes="=1+1",
            skills_offered=["+Tableur"],
            skills_wanted=["'=déjà entre apostrophes"],
        )
    )


def test_formula_cells_are_neutralised(fresh_db: Database, tmp_path: Path) -> None:
    formula_member(fresh_db)
    path = tmp_path / "membres.csv"
    export_members_csv(fresh_db, path)
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline=""), delimiter=";"))
    odile = dict(zip(rows[0], rows[1], strict=True))
    assert odile["Notes"] == "'=1+1"
    assert odile["Téléphone"] == "'+33 6 12 34 56 78"  # text: quoted, as OWASP advises
    assert odile["Ville"] == "'@Lyon"
    assert odile["Organisation"] == "'-Association"
    assert odile["Responsable hiérarchique"].startswith("'=HYPERLINK")
    assert odile["Compétences offertes"] == "'+Tableur"
    assert odile["Compétences recherchées"] == "''=déjà entre apostrophes"
    # Numbers the program writes are not text: as they are.
    assert odile["Année de naissance"] == "1955"
    assert odile["Années d’expérience"] == "40"
    assert odile["Binômes à la fois"] == "2"
    assert odile["Prénom"] == "Odile"
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_formula_cells_round_trip(fresh_db: Database, tmp_path: Path) -> None:
    fill(fresh_db)
    formula_member(fresh_db)
    path = tmp_path / "membres.csv"
    assert export_members_csv(fresh_db, path) == 5
    other = open_database(tmp_path / "autre.sqlite3")
    try:
        plan = plan_member_import(other, path)
        assert not plan.refused, plan.refused
        assert apply_member_import(other, plan) == 5
        after = comparable(MemberService(other).list_members())
        assert after == comparable(MemberService(fresh_db).list_members())
        odile = after["Odile Arnaud"]
        assert odile["notes"] == "=1+1"
        assert odile["phone"] == "+33 6 12 34 56 78"
        assert odile["skills_wanted"] == ["'=déjà entre apostrophes"]
    finally:
        other.close()


POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def open_umask() -> Iterator[None]:
    if os.name != "posix":
        yield
        return
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder exported to (the database is beside it, in tmp_path)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def stale_leftover(folder: Path) -> Path:
    """What an export killed in the middle leaves on a system without O_TMPFILE."""
    leftover = folder / f"{PARTIAL_PREFIX}1234.tmp"
    leftover.write_text("Hélène Côté;+1 (514) 555-0142", encoding="utf-8")
    old = time.time() - 3600
    os.utime(leftover, (old, old))
    return leftover


@POSIX_ONLY
def test_members_file_is_private(fresh_db: Database, out: Path, open_umask: None) -> None:
    fill(fresh_db)
    path = out / "membres.csv"
    path.write_text("ancien", encoding="utf-8")
    path.chmod(0o644)
    export_members_csv(fresh_db, path)
    assert mode_of(path) == 0o600


def test_an_export_sweeps_the_leftovers_of_an_interrupted_one(
    fresh_db: Database, out: Path
) -> None:
    fill(fresh_db)
    stale_leftover(out)
    export_members_csv(fresh_db, out / "membres.csv")
    assert sorted(p.name for p in out.iterdir()) == ["membres.csv"]


# -- the other exports of personal data ----------------------------------------------------


@POSIX_ONLY
def test_sessions_file_is_private(fresh_db: Database, out: Path, open_umask: None) -> None:
    stale_leftover(out)
    path = out / "rencontres.csv"
    assert export_sessions_csv(fresh_db, path) == 0
    assert mode_of(path) == 0o600
    assert [p.name for p in out.iterdir()] == ["rencontres.csv"]


def call_sheet_texts() -> CallSheetTexts:
    return CallSheetTexts(
        title="Binômes à appeler",
        subtitle="Novembre 2026",
        pair="Binôme",
        contacts="Contacts",
        last_session="Dernière rencontre",
        why="Pourquoi",
        ask="À demander",
        notes="Notes",
        empty="Personne à appeler.",
    )


@POSIX_ONLY
def test_call_sheet_is_private(out: Path, open_umask: None) -> None:
    stale_leftover(out)
    rows = [
        CallSheetRow(
            "Zoé Côté & François Lévesque",
            "Zoé Côté: 06 12 34 56 78\nFrançois Lévesque: 04 12 34 56 78",
            "02/10/2026",
            "Pas de rencontre depuis six semaines",
            "Quand vous voyez-vous ?",
        )
    ]
    path = out / "appels.pdf"
    path.write_bytes(b"ancien")
    path.chmod(0o644)
    assert write_call_sheet(rows, call_sheet_texts(), path) == 1
    assert path.read_bytes().startswith(b"%PDF")
    assert mode_of(path) == 0o600
    assert [p.name for p in out.iterdir()] == ["appels.pdf"]


def test_a_failed_call_sheet_leaves_the_previous_file(out: Path) -> None:
    path = out / "appels.pdf"
    path.write_bytes(b"ancien")
    with pytest.raises(OSError):
        write_call_sheet([], call_sheet_texts(), out / "absent" / "appels.pdf")
    (out / "dossier.pdf").mkdir()
    with pytest.raises(OSError):
        write_call_sheet([], call_sheet_texts(), out / "dossier.pdf")
    assert path.read_bytes() == b"ancien"
    assert sorted(p.name for p in out.iterdir()) == ["appels.pdf", "dossier.pdf"]


def one_pair(db: Database) -> int:
    members = MemberService(db)
    mentor = members.add(MemberInput(first_name="Zoé", last_name="Côté", birth_year=2000))
    mentee = members.add(MemberInput(first_name="François", last_name="Lévesque", birth_year=1958))
    return PairService(db).create(PairInput(mentor.id, mentee.id)).id


@POSIX_ONLY
def test_charters_are_private(fresh_db: Database, out: Path, open_umask: None) -> None:
    pair_id = one_pair(fresh_db)
    stale_leftover(out)
    path = out / "chartes.pdf"
    path.write_bytes(b"ancien")
    path.chmod(0o644)
    assert write_charters(fresh_db, [pair_id], path, "fr_FR", copies=2, paper="A4") >= 2
    assert path.read_bytes().startswith(b"%PDF")
    assert mode_of(path) == 0o600
    assert [p.name for p in out.iterdir()] == ["chartes.pdf"]  # no staging folder left


def test_failed_charters_leave_nothing_behind(fresh_db: Database, out: Path) -> None:
    pair_id = one_pair(fresh_db)
    path = out / "chartes.pdf"
    path.write_bytes(b"ancien")
    with pytest.raises(ValueError):
        write_charters(fresh_db, [pair_id], path, "fr_FR", paper="A3")
    with pytest.raises(OSError):
        write_charters(fresh_db, [pair_id], out / "absent" / "chartes.pdf", "fr_FR")
    assert path.read_bytes() == b"ancien"
    assert [p.name for p in out.iterdir()] == ["chartes.pdf"]


# -- one vocabulary, every field -----------------------------------------------------------


def test_the_demo_round_trips_into_an_empty_database_field_by_field(tmp_path: Path) -> None:
    """demo -> export -> import into an empty database: the same members, every field
    (the consent agreements, how it was collected and its withdrawal included)."""
    from mentorat_desktop.core.demo import generate_demo

    source = open_database(tmp_path / "demo.sqlite3")
    other = open_database(tmp_path / "vide.sqlite3")
    try:
        generate_demo(source, members=80, today=dt.date(2026, 3, 2))
        MemberService(source).add(
            MemberInput(
                first_name="Yasmine",
                last_name="Haddad",
                birth_year=1990,
                consent_on=dt.date(2025, 1, 6),
                consent_how="Formulaire papier",
                consent_withdrawn_on=dt.date(2025, 6, 2),
                skills_wanted=["Excel"],
            )
        )
        path = tmp_path / "membres.csv"
        export_members_csv(source, path)
        plan = plan_member_import(other, path)
        assert plan.ignored_headers == []
        assert not plan.refused, plan.refused[:3]
        assert not plan.duplicates
        apply_member_import(other, plan)

        def by_person(db: Database) -> dict[tuple[object, ...], dict[str, object]]:
            result = {}
            for record in MemberService(db).list_members():
                values = dataclasses.asdict(record)
                for key in ("id", "row_version", "changed_by", "changed_at"):
                    values.pop(key, None)
                values["skills_offered"] = sorted(values["skills_offered"])
                values["skills_wanted"] = sorted(values["skills_wanted"])
                result[(record.full_name, record.birth_year, record.email)] = values
            return result

        before, after = by_person(source), by_person(other)
        assert len(after) == len(before) == 81
        assert after == before
        assert any(v["consent_share"] is False and v["consent_keep"] for v in after.values())
        yasmine = after[("Yasmine Haddad", 1990, None)]
        assert yasmine["consent_how"] == "Formulaire papier"
        assert yasmine["consent_withdrawn_on"] == dt.date(2025, 6, 2)
    finally:
        source.close()
        other.close()


def test_an_export_of_an_older_version_is_still_read(fresh_db: Database, tmp_path: Path) -> None:
    """The words exports used to write ("Courriel", "Les deux", "Présentiel") are read."""
    path = tmp_path / "ancien.csv"
    path.write_text(
        "Prénom;Nom;Courriel;Rôle;Mode préféré;Compétences offertes;Binômes possibles\n"
        "Léa;Roy;lea@exemple.org;Les deux;Présentiel;Excel, Canva;2\n",
        encoding="utf-8-sig",
    )
    plan = plan_member_import(fresh_db, path)
    assert plan.ignored_headers == []
    (row,) = plan.to_add
    assert (row.data.email, row.data.role, row.data.preferred_mode, row.data.capacity) == (
        "lea@exemple.org",
        Role.EITHER,
        Mode.IN_PERSON,
        2,
    )


def test_sessions_export_the_screens_words(fresh_db: Database, tmp_path: Path) -> None:
    from mentorat_desktop.core.exporting_sessions import DIRECTION_LABELS, SESSION_COLUMNS
    from mentorat_desktop.core.importing.sessions import (
        parse_direction,
        recognise_session_headers,
    )

    assert exporting.MODE_LABELS[Mode.IN_PERSON] == "En personne"
    column_map, ignored = recognise_session_headers(list(SESSION_COLUMNS))
    assert ignored == []
    assert column_map["Qui a transmis"] == "direction"
    for direction, word in DIRECTION_LABELS.items():
        assert parse_direction(word) == direction
