"""One set of cell words for both importers: a date, a mode, a number is read the same
whether it comes from a members file or a session log (issue 10, item 4)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Mode
from mentorat_desktop.core.importing import cells, titles
from mentorat_desktop.core.importing.members import plan_member_import
from mentorat_desktop.core.importing.sessions import plan_session_import
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.core.typed_dates import parse_typed_date

TODAY = dt.date(2026, 11, 20)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def pair_db(db: Database) -> Database:
    """Zoé Côté and François Lévesque, a pair since 2026-01-05."""
    members = MemberService(db)
    zoe = members.add(MemberInput(first_name="Zoé", last_name="Côté", birth_year=2000)).id
    francois = members.add(
        MemberInput(first_name="François", last_name="Lévesque", birth_year=1958)
    )
    PairService(db).create(PairInput(zoe, francois.id, start_date=dt.date(2026, 1, 5)))
    return db


def member_date(db: Database, tmp_path: Path, cell: str, language: str = "fr_FR") -> dt.date:
    path = write(tmp_path, "membres.csv", f"Prénom;Nom;Formation\nLéa;Roy;{cell}\n")
    plan = plan_member_import(db, path, today=TODAY, language=language)
    assert not plan.refused, plan.refused
    value = plan.to_add[0].data.mentor_training_on
    assert value is not None
    return value


def session_date(db: Database, tmp_path: Path, cell: str, language: str = "fr_FR") -> dt.date:
    path = write(
        tmp_path,
        "journal.csv",
        f"Mentor;Mentoré;Date;Durée\nZoé Côté;François Lévesque;{cell};1h\n",
    )
    plan = plan_session_import(db, path, today=TODAY, language=language)
    assert not plan.refused, plan.refused
    return plan.to_add[0].data.held_on


@pytest.mark.parametrize(
    "cell",
    [
        "15/11/2026",
        "2026-11-15",
        "15.11.2026",
        "15/11/26",
        "15 novembre 2026",
        "dim. 15 nov. 2026",
        "Nov 15, 2026",
        "2026-11-15 00:00:00",
        "11/15/2026",  # month first: the only real date it can be
    ],
)
@pytest.mark.parametrize("language", ["fr_FR", "fr_CA", "en"])
def test_both_importers_read_a_date_the_same(
    pair_db: Database, tmp_path: Path, cell: str, language: str
) -> None:
    expected = dt.date(2026, 11, 15)
    assert member_date(pair_db, tmp_path, cell, language) == expected
    assert session_date(pair_db, tmp_path, cell, language) == expected


@pytest.mark.parametrize("cell", ["15/11/2026", "2026-11-15", "15 nov. 2026", "15/11/26"])
@pytest.mark.parametrize("language", ["fr_FR", "fr_CA", "en"])
def test_a_cell_is_read_as_the_date_field_reads_it(cell: str, language: str) -> None:
    """The date fields' rules (typed_dates) for what a person types."""
    assert cells.parse_cell_date(cell, language, TODAY) == parse_typed_date(cell, language, TODAY)


@pytest.mark.parametrize("cell", ["hier", "today", "15/11", "15 nov.", "31/02/2026", "13/13/2026"])
def test_a_file_date_needs_its_year_and_a_real_day(cell: str) -> None:
    with pytest.raises(ValueError):
        cells.parse_cell_date(cell, "fr_FR", TODAY)


def test_both_importers_refuse_an_ambiguous_date_in_quebec(
    pair_db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path, "m.csv", "Prénom;Nom;Formation\nLéa;Roy;05/06/2026\n")
    plan = plan_member_import(pair_db, path, today=TODAY, language="fr_CA")
    ((error,),) = [row.errors for row in plan.refused]
    assert (error.field, error.code) == ("mentor_training_on", "date_ambiguous")
    path = write(
        tmp_path, "s.csv", "Mentor;Mentoré;Date;Durée\nZoé Côté;François Lévesque;05/06/2026;1h\n"
    )
    plan = plan_session_import(pair_db, path, today=TODAY, language="fr_CA")
    assert [e.code for e in plan.refused[0].errors] == ["date_ambiguous"]
    # In France the day comes first: 5 June for both.
    assert member_date(pair_db, tmp_path, "05/06/2026") == dt.date(2026, 6, 5)
    assert session_date(pair_db, tmp_path, "05/06/2026") == dt.date(2026, 6, 5)


@pytest.mark.parametrize(
    ("word", "mode"),
    [
        ("Sur place", Mode.IN_PERSON),
        ("Présentiel", Mode.IN_PERSON),
        ("En personne", Mode.IN_PERSON),
        ("Visio", Mode.VIDEO),
        ("Zoom", Mode.VIDEO),
        ("Par téléphone", Mode.PHONE),
    ],
)
def test_both_importers_read_a_mode_the_same(
    pair_db: Database, tmp_path: Path, word: str, mode: Mode
) -> None:
    path = write(tmp_path, "m.csv", f"Prénom;Nom;Mode préféré\nLéa;Roy;{word}\n")
    assert plan_member_import(pair_db, path, today=TODAY).to_add[0].data.preferred_mode == mode
    path = write(
        tmp_path,
        "s.csv",
        f"Mentor;Mentoré;Date;Durée;Mode\nZoé Côté;François Lévesque;15/11/2026;1h;{word}\n",
    )
    assert plan_session_import(pair_db, path, today=TODAY).to_add[0].data.mode == mode


def test_a_year_is_never_a_workbook_day_number() -> None:
    assert cells.parse_cell_date("46341") == dt.date(2026, 11, 15)  # a date column
    assert cells.parse_birth_year("19856") == 19856  # a year column: the range check refuses it
    assert cells.parse_int("19856") == 19856


@pytest.mark.parametrize(
    ("title", "member_field", "session_field"),
    [(t, "preferred_mode", "mode") for t in titles.MODE_TITLES]
    + [(t, "notes", "notes") for t in titles.NOTES_TITLES],
)
def test_both_importers_read_the_shared_titles(
    title: str, member_field: str, session_field: str
) -> None:
    from mentorat_desktop.core.importing.members import recognise_headers
    from mentorat_desktop.core.importing.sessions import recognise_session_headers

    assert recognise_headers(["Prénom", "Nom", title])[0][title] == member_field
    session_map, _ = recognise_session_headers(["Mentor", "Mentoré", "Date", "Durée", title])
    assert session_map[title] == session_field
