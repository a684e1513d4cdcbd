"""Importing sessions from spreadsheets: recognising columns, reading dates, durations and
directions, finding the pairs, sorting rows into to add / duplicate / refused without writing,
applying all or nothing; and the session export, which the importer reads back."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.enums import Direction, EndReason, MemberStatus, Mode
from mentorat_desktop.core.errors import FieldError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.exporting_sessions import SESSION_COLUMNS, export_sessions_csv
from mentorat_desktop.core.importing import sessions as importing
from mentorat_desktop.core.importing import streaming
from mentorat_desktop.core.importing.sessions import (
    AmbiguousDateError,
    ImportFileChanged,
    MissingSessionColumnsError,
    SessionImportPlan,
    apply_session_import,
    parse_direction,
    parse_session_date,
    plan_session_import,
    recognise_session_headers,
    split_pair,
)
from mentorat_desktop.core.importing.tabular import TableReadError, TooManyRowsError
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.core.services.sessions import (
    MAX_MINUTES,
    SessionInput,
    SessionRecord,
    SessionService,
    validate_session,
)
from mentorat_desktop.i18n.import_messages import describe_plan_problem, plan_lines

D = dt.date
TODAY = D(2026, 11, 20)  # the plans' today; every date below is in the past for real too


# -- cells ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("2026-10-15", "fr_FR", D(2026, 10, 15)),
        ("2026-10-15", "fr_CA", D(2026, 10, 15)),
        ("2026-10-15", "en", D(2026, 10, 15)),
        ("2026/10/15", "fr_FR", D(2026, 10, 15)),
        ("2026-10-15 00:00:00", "fr_FR", D(2026, 10, 15)),
        ("15/10/2026", "fr_FR", D(2026, 10, 15)),
        ("15/10/26", "fr_FR", D(2026, 10, 15)),
        ("5/6/2026", "fr_FR", D(2026, 6, 5)),
        ("05/06/2026", "fr_FR", D(2026, 6, 5)),
        ("15.10.2026", "fr_FR", D(2026, 10, 15)),
        ("15-10-2026", "fr_FR", D(2026, 10, 15)),
        ("15/10/2026", "fr_CA", D(2026, 10, 15)),  # only one way it can be read
        ("10/15/2026", "en", D(2026, 10, 15)),
        ("10/15/2026", "fr_FR", D(2026, 10, 15)),
        ("06/06/2026", "en", D(2026, 6, 6)),
        ("46310", "fr_FR", D(2026, 10, 15)),  # a workbook day number
        ("15 octobre 2026", "fr_FR", D(2026, 10, 15)),
        ("1er octobre 2026", "fr_CA", D(2026, 10, 1)),
        ("jeudi 15 oct. 2026", "fr_FR", D(2026, 10, 15)),
        ("15 Déc 2026", "fr_FR", D(2026, 12, 15)),
        ("October 15, 2026", "en", D(2026, 10, 15)),
        ("Thursday, Oct 15th, 2026", "en", D(2026, 10, 15)),
    ],
)
def test_parse_session_date(text: str, language: str, expected: dt.date) -> None:
    assert parse_session_date(text, language) == expected


@pytest.mark.parametrize(
    "text", ["", "hier", "31/02/2026", "2026-13-01", "15/10", "32/13/2026", "15 ma 2026", "1,5"]
)
def test_unreadable_dates(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_session_date(text, "fr_FR")
    assert not isinstance(info.value, AmbiguousDateError)


@pytest.mark.parametrize("language", ["fr_CA", "en"])
def test_ambiguous_dates(language: str) -> None:
    with pytest.raises(AmbiguousDateError):
        parse_session_date("05/06/2026", language)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", Direction.MENTOR_TO_MENTEE),
        ("mentor → mentoré", Direction.MENTOR_TO_MENTEE),
        ("Mentor vers mentoré", Direction.MENTOR_TO_MENTEE),
        ("Mentor -> Mentorée", Direction.MENTOR_TO_MENTEE),
        ("Du mentor au mentoré", Direction.MENTOR_TO_MENTEE),
        ("mentor to mentee", Direction.MENTOR_TO_MENTEE),
        ("Jeune > senior", Direction.MENTOR_TO_MENTEE),
        ("mentoré vers mentor", Direction.MENTEE_TO_MENTOR),
        ("Mentoré → mentor", Direction.MENTEE_TO_MENTOR),
        ("mentee to mentor", Direction.MENTEE_TO_MENTOR),
        ("Senior → jeune", Direction.MENTEE_TO_MENTOR),
        ("mentor ← mentoré", Direction.MENTEE_TO_MENTOR),
        ("les deux", Direction.BOTH),
        ("Les deux sens", Direction.BOTH),
        ("both", Direction.BOTH),
        ("Both ways", Direction.BOTH),
        ("réciproque", Direction.BOTH),
        ("Mutuel", Direction.BOTH),
        ("mentor <-> mentoré", Direction.BOTH),
        ("dans les 2 sens", Direction.BOTH),
    ],
)
def test_parse_direction(text: str, expected: Direction) -> None:
    assert parse_direction(text) == expected


@pytest.mark.parametrize("text", ["?", "mentor", "mentoré → mentoré", "n'importe", "→"])
def test_unknown_directions(text: str) -> None:
    with pytest.raises(ValueError):
        parse_direction(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zoé Côté / François Lévesque",
        "Zoé Côté/François Lévesque",
        "Zoé Côté et François Lévesque",
        "Zoé Côté and François Lévesque",
        "Zoé Côté & François Lévesque",
        "Zoé Côté - François Lévesque",
        "Zoé Côté – François Lévesque",
    ],
)
def test_split_pair(text: str) -> None:
    assert split_pair(text) == ("Zoé Côté", "François Lévesque")


def test_split_pair_keeps_hyphenated_names() -> None:
    assert split_pair("Jean-Luc Roy / Marie-Ève Côté-Tremblay") == (
        "Jean-Luc Roy",
        "Marie-Ève Côté-Tremblay",
    )


@pytest.mark.parametrize("text", ["Zoé Côté", "A / B / C", " / François"])
def test_split_pair_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        split_pair(text)


# -- columns -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Mentor", "mentor"),
        ("Mentor(e)", "mentor"),
        ("Jeune", "mentor"),
        ("Mentoré", "mentee"),
        ("Mentorée", "mentee"),
        ("MENTORÉ(E)", "mentee"),
        ("Mentee", "mentee"),
        ("Senior", "mentee"),
        ("Aîné", "mentee"),
        ("Date", "held_on"),
        ("Date de la rencontre", "held_on"),
        ("Session date", "held_on"),
        ("Durée", "duration_minutes"),
        ("Durée (h)", "duration_minutes"),
        ("Duration", "duration_minutes"),
        ("Temps", "duration_minutes"),
        ("Heures", "duration_minutes"),
        ("Mode", "mode"),
        ("Modalité", "mode"),
        ("Lieu", "place"),
        ("Place", "place"),
        ("Sujets", "topics"),
        ("Thèmes", "topics"),
        ("Topics", "topics"),
        ("Thèmes abordés", "topics"),
        ("Sens", "direction"),
        ("Direction", "direction"),
        ("Notes", "notes"),
        ("Commentaires", "notes"),
    ],
)
def test_recognised_headers(header: str, target: str) -> None:
    base = {"mentor": "Mentor", "mentee": "Mentoré", "held_on": "Date", "duration_minutes": "Durée"}
    headers = [h for t, h in base.items() if t != target] + [header]
    column_map, ignored = recognise_session_headers(headers)
    assert column_map[header] == target
    assert ignored == []


def test_header_map_and_ignored_columns() -> None:
    column_map, ignored = recognise_session_headers(
        ["Binôme", "Date de la séance", "Durée (min)", "Humeur", "Lieu"]
    )
    assert column_map == {
        "Binôme": "pair",
        "Date de la séance": "held_on",
        "Durée (min)": "duration_minutes",
        "Lieu": "place",
    }
    assert ignored == ["Humeur"]


def test_two_people_columns_win_over_a_pair_column() -> None:
    column_map, ignored = recognise_session_headers(["Binôme", "Mentor", "Mentee", "Date", "Durée"])
    assert "Binôme" not in column_map
    assert ignored == ["Binôme"]


@pytest.mark.parametrize(
    ("headers", "missing"),
    [
        (["Date", "Durée"], ["mentor", "mentee"]),
        (["Mentor", "Date", "Durée"], ["mentee"]),
        (["Binôme", "Durée"], ["held_on"]),
        (["Mentor", "Mentoré", "Date", "Lieu"], ["duration_minutes"]),
        (["Prénom", "Nom"], ["mentor", "mentee", "held_on", "duration_minutes"]),
    ],
)
def test_missing_columns(headers: list[str], missing: list[str]) -> None:
    with pytest.raises(MissingSessionColumnsError) as info:
        recognise_session_headers(headers)
    assert info.value.missing == missing


# -- a register to import into -------------------------------------------------------------


@dataclass
class World:
    db: Database
    sessions: SessionService
    pairs: PairService
    zoe_francois: int  # active since 2026-01-05
    leo_helene: int  # active since 2026-01-05, paused 2026-03-01, active again 2026-04-01
    zoe_helene: int  # active 2025-09-01 -> ended 2026-06-30


def build_world(db: Database) -> World:
    members = MemberService(db)
    pairs = PairService(db)

    def person(first: str, last: str, year: int, email: str | None = None) -> int:
        data = MemberInput(first_name=first, last_name=last, birth_year=year, email=email)
        return members.add(replace(data, capacity=3)).id

    zoe = person("Zoé", "Côté", 2000, "zoe.cote@exemple.org")
    leo = person("Léo", "Bélanger", 2002)
    francois = person("François", "Lévesque", 1958)
    helene = person("Hélène", "Tremblay", 1961)
    person("Amélie", "Roy", 1999)  # in no pair
    zf = pairs.create(PairInput(zoe, francois, start_date=D(2026, 1, 5))).id
    lh = pairs.create(PairInput(leo, helene, start_date=D(2026, 1, 5))).id
    pairs.pause(lh, D(2026, 3, 1))
    pairs.resume(lh, D(2026, 4, 1))
    zh = pairs.create(PairInput(zoe, helene, start_date=D(2025, 9, 1))).id
    pairs.end(zh, D(2026, 6, 30), EndReason.OBJECTIVES_REACHED)
    return World(db, SessionService(db), pairs, zf, lh, zh)


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def csv_file(
    tmp_path: Path, text: str, name: str = "rencontres.csv", encoding: str = "utf-8"
) -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def plan_text(world: World, tmp_path: Path, text: str, **kw: str) -> SessionImportPlan:
    return plan_session_import(world.db, csv_file(tmp_path, text), today=TODAY, **kw)


def refusal(world: World, tmp_path: Path, row: str, **kw: str) -> list[FieldError]:
    plan = plan_text(world, tmp_path, "Mentor;Mentoré;Date;Durée;Mode;Sens\n" + row + "\n", **kw)
    assert not plan.to_add and not plan.duplicates, plan
    assert len(plan.refused) == 1
    return plan.refused[0].errors


def accepted(world: World, tmp_path: Path, row: str, **kw: str) -> SessionInput:
    plan = plan_text(world, tmp_path, "Mentor;Mentoré;Date;Durée;Mode;Sens\n" + row + "\n", **kw)
    assert not plan.refused, plan.refused
    assert len(plan.to_add) == 1
    return plan.to_add[0].data


# -- the messy file ------------------------------------------------------------------------

MESSY = """\
Mentor;Mentoré;Date de la rencontre;Durée;Modalité;Lieu;Thèmes abordés;Sens;Commentaires
Zoé Côté;François Lévesque;15/10/2026;1h30;Présentiel;Café;LinkedIn, Canva;Mentor vers mentoré;Bien
Léo Bélanger;Hélène Tremblay;02/11/2026;90 min;Visio;;Excel;Mentoré vers mentor;
ZOE COTE;François Lévesque;20/10/2026;une heure et demie;;;;;
zoe.cote@EXEMPLE.org;francois levesque;2026-10-22;1,5;Téléphone;;Sécurité en ligne;les deux;
Zoé Côté;Jean Inconnu;23/10/2026;1h;;;;;
Zoé Côté;François Lévesque;15/10/2026;1 h 30;;;;;doublon de la ligne 2
Hélène Tremblay;Léo Bélanger;05/11/2026;45;;;;;noms inversés
Léo Bélanger;Hélène Tremblay;15/03/2026;1h;;;;;pendant la pause
Amélie Roy;François Lévesque;01/10/2026;1h;;;;;pas un binôme
Zoé Côté;Hélène Tremblay;30/06/2026;2 h;;;;réciproque;le dernier jour
Zoé Côté;Hélène Tremblay;01/07/2026;2 h;;;;;après la fin
"""


def test_messy_french_file(world: World, tmp_path: Path) -> None:
    path = csv_file(tmp_path, MESSY, encoding="cp1252")
    seen: list[Topic] = []
    world.db.bus.subscribe(seen.append)
    plan = plan_session_import(world.db, path, today=TODAY)
    assert seen == []
    assert world.sessions.list_sessions() == []  # planning wrote nothing

    assert [row.line for row in plan.to_add] == [2, 3, 5, 8, 11]
    first = plan.to_add[0]
    assert first.name == "Zoé Côté / François Lévesque"
    assert first.data == SessionInput(
        pair_id=world.zoe_francois,
        held_on=D(2026, 10, 15),
        duration_minutes=90,
        mode=Mode.IN_PERSON,
        place="Café",
        topics="LinkedIn, Canva",
        direction=Direction.MENTOR_TO_MENTEE,
        notes="Bien",
    )
    second, by_email, swapped, last_day = (row.data for row in plan.to_add[1:])
    assert (second.pair_id, second.duration_minutes, second.mode, second.direction) == (
        world.leo_helene,
        90,
        Mode.VIDEO,
        Direction.MENTEE_TO_MENTOR,
    )
    assert (by_email.pair_id, by_email.held_on, by_email.duration_minutes) == (
        world.zoe_francois,
        D(2026, 10, 22),
        90,
    )
    assert (by_email.mode, by_email.direction) == (Mode.PHONE, Direction.BOTH)
    assert (swapped.pair_id, swapped.duration_minutes) == (world.leo_helene, 45)
    assert (last_day.pair_id, last_day.duration_minutes, last_day.direction) == (
        world.zoe_helene,
        120,
        Direction.BOTH,
    )

    assert [(d.line, d.existing_line, d.reason) for d in plan.duplicates] == [
        (7, 2, "same_session")
    ]
    refused = {row.line: row.errors for row in plan.refused}
    assert sorted(refused) == [4, 6, 9, 10, 12]
    assert refused[4] == [
        FieldError(
            "duration_minutes",
            "duration_unreadable",
            {"value": "une heure et demie", "column": "Durée"},
        )
    ]
    assert refused[6] == [FieldError("mentee", "not_found", {"who": "Jean Inconnu"})]
    assert [(e.field, e.code) for e in refused[9]] == [("held_on", "outside_active_period")]
    assert refused[9][0].params == {
        "start": D(2026, 1, 5),
        "end": None,
        "inactive_from": D(2026, 3, 2),  # in a pause, which ended with March
        "inactive_to": D(2026, 3, 31),
    }
    assert refused[10] == [
        FieldError("pair_id", "no_pair", {"mentor": "Amélie Roy", "mentee": "François Lévesque"})
    ]
    assert refused[12][0].params == {
        "start": D(2025, 9, 1),
        "end": D(2026, 6, 30),
        "inactive_from": D(2026, 7, 1),  # ended on 30 June
        "inactive_to": None,
        "inactive_as": "ended",
    }
    assert plan.total_rows == 11
    assert plan.column_map["Thèmes abordés"] == "topics"
    assert plan.ignored_headers == []

    assert apply_session_import(world.db, plan) == 5
    assert seen == [Topic.SESSIONS]
    logged = world.sessions.list_sessions()
    assert [(s.held_on, s.duration_minutes) for s in logged] == [
        (D(2026, 11, 5), 45),
        (D(2026, 11, 2), 90),
        (D(2026, 10, 22), 90),
        (D(2026, 10, 15), 90),
        (D(2026, 6, 30), 120),
    ]
    assert logged[-1].notes == "le dernier jour"

    # Importing the same file again: all five are now duplicates of logged sessions.
    again = plan_session_import(world.db, path, today=TODAY)
    assert again.to_add == []
    assert sorted((d.line, d.existing_line) for d in again.duplicates) == [
        (2, None),
        (3, None),
        (5, None),
        (7, None),
        (8, None),
        (11, None),
    ]


def test_pair_column_file(world: World, tmp_path: Path) -> None:
    text = (
        "Binôme,Date,Durée,Sujets\n"
        "Zoé Côté / François Lévesque,2026-10-15,1h30,Canva\n"
        'Léo Bélanger et Hélène Tremblay,2026-11-02,"1,5",Excel\n'
        "Hélène Tremblay / Léo Bélanger,2026-11-03,1:00,\n"
        "Zoé Côté,2026-11-04,1h,\n"
        ",2026-11-05,1h,\n"
    )
    plan = plan_text(world, tmp_path, text)
    assert [(r.line, r.data.pair_id, r.data.duration_minutes) for r in plan.to_add] == [
        (2, world.zoe_francois, 90),
        (3, world.leo_helene, 90),
        (4, world.leo_helene, 60),
    ]
    assert plan.to_add[1].name == "Léo Bélanger et Hélène Tremblay"
    refused = {row.line: row for row in plan.refused}
    assert refused[5].errors == [
        FieldError("pair", "pair_unreadable", {"value": "Zoé Côté", "column": "Binôme"})
    ]
    assert refused[5].name == "Zoé Côté"
    assert [(e.field, e.code) for e in refused[6].errors] == [
        ("mentor", "required"),
        ("mentee", "required"),
    ]


def test_xlsx_with_date_and_time_cells(world: World, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Mentor", "Mentoré", "Date", "Durée", "Sens"])
    sheet.append(["Zoé Côté", "François Lévesque", dt.datetime(2026, 10, 15), dt.time(1, 30), ""])
    sheet.append(["Zoé Côté", "François Lévesque", dt.date(2026, 10, 16), 1.5, "les deux"])
    sheet.append(["Zoé Côté", "François Lévesque", "16/10/2026", 45, None])
    path = tmp_path / "rencontres.xlsx"
    workbook.save(path)
    plan = plan_session_import(world.db, path, today=TODAY)
    assert not plan.refused, plan.refused
    assert [(r.data.held_on, r.data.duration_minutes, r.data.direction) for r in plan.to_add] == [
        (D(2026, 10, 15), 90, Direction.MENTOR_TO_MENTEE),
        (D(2026, 10, 16), 90, Direction.BOTH),
        (D(2026, 10, 16), 45, Direction.MENTOR_TO_MENTEE),
    ]
    # The import reads the workbook again, as previewed.
    assert apply_session_import(world.db, plan) == 3
    assert sorted((s.held_on, s.duration_minutes) for s in world.sessions.list_sessions()) == [
        (D(2026, 10, 15), 90),
        (D(2026, 10, 16), 45),
        (D(2026, 10, 16), 90),
    ]


# -- one cell at a time --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("abc", "duration_unreadable"),
        ("0", "duration_zero"),
        ("-1h", "duration_negative"),
        ("13 h", "duration_too_long"),
        ("", "required"),
    ],
)
def test_duration_refusals(world: World, tmp_path: Path, cell: str, code: str) -> None:
    errors = refusal(world, tmp_path, f"Zoé Côté;François Lévesque;15/10/2026;{cell};;")
    assert [(e.field, e.code) for e in errors] == [("duration_minutes", code)]
    if code == "duration_too_long":
        assert errors[0].params == {"value": cell, "column": "Durée", "max": MAX_MINUTES}
    elif cell:
        assert errors[0].params == {"value": cell, "column": "Durée"}


DURATIONS = """\
Mentor;Mentoré;Date;Durée
Zoé Côté;François Lévesque;01/10/2026;1h
Zoé Côté;François Lévesque;02/10/2026;13h
Zoé Côté;François Lévesque;03/10/2026;25h
Zoé Côté;François Lévesque;04/10/2026;0
Zoé Côté;François Lévesque;05/10/2026;-1h
Zoé Côté;François Lévesque;06/10/2026;12h
Zoé Côté;François Lévesque;07/10/2026;1440
Zoé Côté;François Lévesque;08/10/2026;720 min
Zoé Côté;François Lévesque;09/10/2026;0,001
Zoé Côté;François Lévesque;10/10/2026;12:01
Zoé Côté;François Lévesque;11/10/2026;0:01
"""


def test_durations_the_service_refuses_are_refused_by_the_plan(
    world: World, tmp_path: Path
) -> None:
    plan = plan_text(world, tmp_path, DURATIONS)
    refused = {row.line: [(e.field, e.code) for e in row.errors] for row in plan.refused}
    assert refused == {
        3: [("duration_minutes", "duration_too_long")],  # 13h
        4: [("duration_minutes", "duration_too_long")],  # 25h
        5: [("duration_minutes", "duration_zero")],
        6: [("duration_minutes", "duration_negative")],
        8: [("duration_minutes", "duration_too_long")],  # 1440 minutes, a day
        10: [("duration_minutes", "duration_zero")],  # rounds to no minute
        11: [("duration_minutes", "duration_too_long")],  # 12:01
    }
    added = [(row.line, row.data.duration_minutes) for row in plan.to_add]
    assert added == [(2, 60), (7, MAX_MINUTES), (9, MAX_MINUTES), (12, 1)]
    # Every row the plan accepts is one the session service accepts...
    for row in plan.to_add:
        assert validate_session(row.data, TODAY) == []
    # ... so applying never meets the database's own checks.
    assert apply_session_import(world.db, plan) == 4
    assert sorted(s.duration_minutes for s in world.sessions.list_sessions()) == [
        1,
        60,
        MAX_MINUTES,
        MAX_MINUTES,
    ]


def test_refused_durations_are_worded(world: World, tmp_path: Path, qapp: object) -> None:
    plan = plan_text(world, tmp_path, DURATIONS)
    lines = plan_lines(plan)  # the command line's report: it used to crash on "13h"
    refusals = [line for line in lines if "refused." in line]
    assert [line.split(":")[0] for line in refusals] == [
        f"Line {n}" for n in (3, 4, 5, 6, 8, 10, 11)
    ]
    assert refusals[0] == (
        "Line 3: refused. Duration: A session lasts 12 hours at most: check the duration."
    )
    assert "more than zero minutes" in refusals[2]
    assert "negative" in refusals[3]
    for line in refusals:
        assert "characters" not in line  # not the message for a text too long
        assert "{" not in line


def test_minutes_column(world: World, tmp_path: Path) -> None:
    text = "Mentor;Mentoré;Date;Durée (min)\nZoé Côté;François Lévesque;15/10/2026;10\n"
    plan = plan_text(world, tmp_path, text)
    assert plan.to_add[0].data.duration_minutes == 10
    text = "Mentor;Mentoré;Date;Durée (h)\nZoé Côté;François Lévesque;15/10/2026;2\n"
    assert plan_text(world, tmp_path, text).to_add[0].data.duration_minutes == 120


@pytest.mark.parametrize(
    ("cell", "language", "code"),
    [
        ("hier", "fr_FR", "date_unreadable"),
        ("31/09/2026", "fr_FR", "date_unreadable"),
        ("05/06/2026", "fr_CA", "date_ambiguous"),
        ("05/06/2026", "en", "date_ambiguous"),
        ("", "fr_FR", "required"),
    ],
)
def test_date_refusals(world: World, tmp_path: Path, cell: str, language: str, code: str) -> None:
    errors = refusal(world, tmp_path, f"Zoé Côté;François Lévesque;{cell};1h;;", language=language)
    assert [(e.field, e.code) for e in errors] == [("held_on", code)]
    if cell:
        assert errors[0].params == {"value": cell, "column": "Date"}


def test_dates_by_language(world: World, tmp_path: Path) -> None:
    row = "Zoé Côté;François Lévesque;05/06/2026;1h;;"
    assert accepted(world, tmp_path, row).held_on == D(2026, 6, 5)
    row = "Zoé Côté;François Lévesque;2026-06-05;1h;;"
    assert accepted(world, tmp_path, row, language="fr_CA").held_on == D(2026, 6, 5)
    row = "Zoé Côté;François Lévesque;10/15/2026;1h;;"
    assert accepted(world, tmp_path, row, language="en").held_on == D(2026, 10, 15)


def test_future_date_refused(world: World, tmp_path: Path) -> None:
    errors = refusal(world, tmp_path, "Zoé Côté;François Lévesque;21/11/2026;1h;;")
    assert errors == [FieldError("held_on", "date_in_future")]


def test_before_the_pair_started_refused(world: World, tmp_path: Path) -> None:
    errors = refusal(world, tmp_path, "Zoé Côté;François Lévesque;04/01/2026;1h;;")
    assert errors == [
        FieldError("held_on", "outside_active_period", {"start": D(2026, 1, 5), "end": None})
    ]


def test_mode_and_direction_cells(world: World, tmp_path: Path) -> None:
    assert accepted(world, tmp_path, "Zoé Côté;François Lévesque;15/10/2026;1h;Zoom;").mode == (
        Mode.VIDEO
    )
    assert accepted(world, tmp_path, "Zoé Côté;François Lévesque;15/10/2026;1h;tél.;").mode == (
        Mode.PHONE
    )
    errors = refusal(world, tmp_path, "Zoé Côté;François Lévesque;15/10/2026;1h;Pigeon;Mentor")
    assert errors == [
        FieldError("mode", "mode_unknown", {"value": "Pigeon", "column": "Mode"}),
        FieldError("direction", "direction_unknown", {"value": "Mentor", "column": "Sens"}),
    ]


def test_empty_mode_takes_the_pairs_mode(world: World, tmp_path: Path) -> None:
    world.pairs.update_means(world.zoe_francois, mode=Mode.VIDEO)
    assert accepted(world, tmp_path, "Zoé Côté;François Lévesque;15/10/2026;1h;;").mode == (
        Mode.VIDEO
    )
    assert accepted(world, tmp_path, "Léo Bélanger;Hélène Tremblay;15/10/2026;1h;;").mode == (
        Mode.IN_PERSON  # that pair's mode is "any"
    )


def test_every_problem_of_a_row(world: World, tmp_path: Path) -> None:
    errors = refusal(world, tmp_path, "Personne;Hélène Tremblay;hier;abc;Pigeon;?")
    assert [(e.field, e.code) for e in errors] == [
        ("mentor", "not_found"),
        ("held_on", "date_unreadable"),
        ("duration_minutes", "duration_unreadable"),
        ("mode", "mode_unknown"),
        ("direction", "direction_unknown"),
    ]


def test_members_by_email_and_last_name_first(world: World, tmp_path: Path) -> None:
    data = accepted(world, tmp_path, "ZOE.COTE@exemple.org;Lévesque François;15/10/2026;1h;;")
    assert data.pair_id == world.zoe_francois


def test_homonyms(world: World, tmp_path: Path) -> None:
    members = MemberService(world.db)
    other_zoe = members.add(MemberInput(first_name="Zoé", last_name="Côté", birth_year=1990))
    # The other Zoé Côté has no pair with François: the row is clear.
    data = accepted(world, tmp_path, "Zoé Côté;François Lévesque;15/10/2026;1h;;")
    assert data.pair_id == world.zoe_francois
    # With nobody to tell them apart, the row is refused as ambiguous.
    errors = refusal(world, tmp_path, "Zoé Côté;Amélie Roy;15/10/2026;1h;;")
    assert errors == [FieldError("mentor", "ambiguous", {"who": "Zoé Côté", "count": 2})]
    # Both Zoés in a pair with François: which one is meant cannot be told.
    francois = world.pairs.get(world.zoe_francois).mentee_id
    world.pairs.create(PairInput(other_zoe.id, francois, start_date=D(2026, 2, 1)))
    errors = refusal(world, tmp_path, "Zoé Côté;François Lévesque;15/10/2026;1h;;")
    assert errors == [FieldError("mentor", "ambiguous", {"who": "Zoé Côté", "count": 2})]


def test_the_pair_active_on_the_day_is_chosen(world: World, tmp_path: Path) -> None:
    # Zoé and Hélène ended a pair on 2026-06-30, then formed a new one.
    again = world.pairs.create(
        PairInput(
            world.pairs.get(world.zoe_helene).mentor_id,
            world.pairs.get(world.zoe_helene).mentee_id,
            start_date=D(2026, 9, 1),
        )
    ).id
    old = accepted(world, tmp_path, "Zoé Côté;Hélène Tremblay;15/06/2026;1h;;")
    new = accepted(world, tmp_path, "Zoé Côté;Hélène Tremblay;15/10/2026;1h;;")
    assert (old.pair_id, new.pair_id) == (world.zoe_helene, again)
    errors = refusal(world, tmp_path, "Zoé Côté;Hélène Tremblay;15/08/2026;1h;;")
    assert errors[0].params == {"start": D(2026, 9, 1), "end": None}  # the latest pair


def test_archived_members_of_an_old_log(world: World, tmp_path: Path) -> None:
    helene = world.pairs.get(world.zoe_helene).mentee_id
    MemberService(world.db).set_status([helene], MemberStatus.ARCHIVED)
    data = accepted(world, tmp_path, "Zoé Côté;Hélène Tremblay;15/06/2026;1h;;")
    assert data.pair_id == world.zoe_helene


def test_unreadable_and_unsupported_files(world: World, tmp_path: Path) -> None:
    with pytest.raises(TableReadError):
        plan_session_import(world.db, tmp_path / "absent.csv")
    with pytest.raises(TableReadError):
        plan_session_import(world.db, csv_file(tmp_path, "", name="vide.csv"))
    with pytest.raises(MissingSessionColumnsError):
        plan_session_import(world.db, csv_file(tmp_path, "Prénom;Nom\nA;B\n"))


# -- applying ------------------------------------------------------------------------------

GOOD = """\
Mentor;Mentoré;Date;Durée
Zoé Côté;François Lévesque;01/10/2026;1h
Zoé Côté;François Lévesque;08/10/2026;1h30
Léo Bélanger;Hélène Tremblay;09/10/2026;2h
Léo Bélanger;Hélène Tremblay;10/10/2026;45 min
"""


def test_apply_with_nothing_to_add(world: World, tmp_path: Path) -> None:
    seen: list[Topic] = []
    world.db.bus.subscribe(seen.append)
    plan = plan_text(world, tmp_path, "Mentor;Mentoré;Date;Durée\nA;B;hier;0\n")
    assert apply_session_import(world.db, plan) == 0
    assert seen == []


def test_apply_checks_again(world: World, tmp_path: Path) -> None:
    plan = plan_text(world, tmp_path, GOOD)
    assert len(plan.to_add) == 4
    # Since the plan: one session logged by hand, and Léo and Hélène paused on 2026-10-09
    # (their session that day still counts; the next one no longer can).
    world.sessions.log(SessionInput(world.zoe_francois, D(2026, 10, 8), 90))
    world.pairs.pause(world.leo_helene, D(2026, 10, 9))
    assert apply_session_import(world.db, plan) == 2
    assert [(s.held_on, s.duration_minutes) for s in world.sessions.list_sessions()] == [
        (D(2026, 10, 9), 120),
        (D(2026, 10, 8), 90),
        (D(2026, 10, 1), 60),
    ]


def _third_row_breaks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The database's own check refuses the third row the import writes (0 minutes)."""
    calls = 0
    real = importing._session_values

    def breaking(*args: object) -> dict[str, object]:
        nonlocal calls
        calls += 1
        values = real(*args)  # type: ignore[arg-type]
        return {**values, "duration_minutes": 0} if calls == 3 else values

    monkeypatch.setattr(importing, "_session_values", breaking)


def test_a_database_failure_mid_apply_writes_nothing(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_text(world, tmp_path, GOOD)
    _third_row_breaks(monkeypatch)
    with pytest.raises(IntegrityError):
        apply_session_import(world.db, plan)
    assert world.sessions.list_sessions() == []


def test_rows_are_written_in_chunks_of_one_transaction(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A large file is written a few thousand rows per statement (the memory of one
    # statement for 200,000 rows was twice the plan's), still all or nothing.
    monkeypatch.setattr(importing, "_INSERT_CHUNK", 1)
    plan = plan_text(world, tmp_path, GOOD)
    with monkeypatch.context() as patched:
        _third_row_breaks(patched)  # the third statement fails: the first two go with it
        with pytest.raises(IntegrityError):
            apply_session_import(world.db, plan)
    assert world.sessions.list_sessions() == []
    ids: list[int] = []
    assert apply_session_import(world.db, plan, ids) == 4
    assert sorted(s.id for s in world.sessions.list_sessions()) == sorted(ids)
    assert len(ids) == 4


def test_a_failure_midway_writes_nothing(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_text(world, tmp_path, GOOD)
    seen: list[Topic] = []
    world.db.bus.subscribe(seen.append)
    calls = 0
    real = importing._session_values

    def failing_on_third(*args: object) -> dict[str, object]:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("disk on fire")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(importing, "_session_values", failing_on_third)
    with pytest.raises(RuntimeError):
        apply_session_import(world.db, plan)
    assert world.sessions.list_sessions() == []
    assert seen == []


# -- export, and back ----------------------------------------------------------------------


def test_export_format(world: World, tmp_path: Path) -> None:
    world.sessions.log(
        SessionInput(
            world.zoe_francois,
            D(2026, 10, 15),
            90,
            mode=Mode.VIDEO,
            place="Café; le soir",
            topics="Canva",
            direction=Direction.BOTH,
            notes='Dit "merci"\nsur deux lignes',
        )
    )
    world.sessions.log(SessionInput(world.zoe_francois, D(2026, 10, 1), 45))
    path = tmp_path / "rencontres.csv"
    assert export_sessions_csv(world.db, path) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[0] == ";".join(SESSION_COLUMNS)
    assert lines[0] == (
        "Personne mentor;Personne mentorée;Date;Durée;Mode de rencontre;Lieu;Sujets;"
        "Qui a transmis;Notes"
    )
    # The screens' words, not "Présentiel", "Visio", "Mentor → mentoré", "Les deux".
    assert lines[1] == (
        "Zoé Côté;François Lévesque;2026-10-01;45 min;En personne;;;La personne mentor transmet;"
    )
    assert lines[2].startswith(
        "Zoé Côté;François Lévesque;2026-10-15;1 h 30;Visioconférence;"
        '"Café; le soir";Canva;Dans les deux sens;'
    )
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_failure_keeps_the_previous_file(world: World, tmp_path: Path) -> None:
    path = tmp_path / "rencontres.csv"
    path.write_text("ancien", encoding="utf-8")
    with pytest.raises(OSError):
        export_sessions_csv(world.db, tmp_path / "absent" / "rencontres.csv")
    assert path.read_text(encoding="utf-8") == "ancien"


def test_export_neutralises_formulas(world: World, tmp_path: Path) -> None:
    world.sessions.log(
        SessionInput(
            world.zoe_francois,
            D(2026, 10, 15),
            90,
            place="+33 1 23 45 67 89",
            topics="@Canva",
            notes='=HYPERLINK("http://exemple.org")',
        )
    )
    path = tmp_path / "rencontres.csv"
    export_sessions_csv(world.db, path)
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[1] == (
        "Zoé Côté;François Lévesque;2026-10-15;1 h 30;En personne;'+33 1 23 45 67 89;'@Canva;"
        'La personne mentor transmet;"\'=HYPERLINK(""http://exemple.org"")"'
    )


def content(records: list[SessionRecord]) -> list[tuple[object, ...]]:
    return sorted(
        (
            r.pair_id,
            r.held_on,
            r.duration_minutes,
            r.mode,
            r.place,
            r.topics,
            r.direction,
            r.notes,
        )
        for r in records
    )


@pytest.fixture
def copy_path(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "copie" / "mentorat.sqlite3"
    path.parent.mkdir()
    yield path
    shutil.rmtree(path.parent, ignore_errors=True)


@pytest.mark.sqlite_only  # the copy is made with SQLite's VACUUM INTO
def test_export_then_import_into_a_copy(world: World, tmp_path: Path, copy_path: Path) -> None:
    s = world.sessions
    s.log(SessionInput(world.zoe_francois, D(2026, 10, 15), 90, Mode.VIDEO, "Visio", "Canva"))
    s.log(
        SessionInput(
            world.zoe_francois,
            D(2026, 10, 22),
            65,
            Mode.PHONE,
            None,
            "LinkedIn; Teams",
            Direction.MENTEE_TO_MENTOR,
            "Notes\nsur deux lignes, avec « guillemets » et ;",
        )
    )
    s.log(SessionInput(world.leo_helene, D(2026, 2, 10), 720, Mode.ANY, direction=Direction.BOTH))
    s.log(SessionInput(world.leo_helene, D(2026, 3, 1), 1))  # the day of the pause
    s.log(SessionInput(world.zoe_helene, D(2026, 6, 30), 45, place="Bibliothèque"))
    s.log(
        SessionInput(
            world.zoe_francois,
            D(2026, 10, 29),
            30,
            place="@Café",
            topics="-Excel, +Canva",
            notes="=1+1",
        )
    )
    helene = world.pairs.get(world.zoe_helene).mentee_id
    MemberService(world.db).set_status([helene], MemberStatus.ARCHIVED)
    original = s.list_sessions()

    exported = tmp_path / "rencontres.csv"
    assert export_sessions_csv(world.db, exported) == 6
    with sqlite3.connect(world.db.path) as source:
        source.execute("VACUUM INTO ?", (str(copy_path),))
    copy = open_database(copy_path)
    try:
        copy_sessions = SessionService(copy)
        for record in copy_sessions.list_sessions():
            copy_sessions.delete(record.id)
        assert copy_sessions.list_sessions() == []
        plan = plan_session_import(copy, exported, today=TODAY)
        assert not plan.refused, plan.refused
        assert not plan.duplicates
        assert apply_session_import(copy, plan) == 6
        restored = copy_sessions.list_sessions()
        assert content(restored) == content(original)
        assert sorted((r.mentor_name, r.mentee_name) for r in restored) == sorted(
            (r.mentor_name, r.mentee_name) for r in original
        )
    finally:
        copy.close()


# -- a large file --------------------------------------------------------------------------


def test_five_thousand_rows_are_planned_and_added_whole(db: Database, tmp_path: Path) -> None:
    members = MemberService(db)
    pairs = PairService(db)
    names: list[tuple[str, str]] = []
    for i in range(100):
        mentor = members.add(MemberInput(first_name=f"Jeune{i}", last_name=f"Mentor{i}"))
        mentee = members.add(MemberInput(first_name=f"Aîné{i}", last_name=f"Mentoré{i}"))
        pairs.create(PairInput(mentor.id, mentee.id, start_date=D(2025, 1, 1)))
        names.append((f"Jeune{i} Mentor{i}", f"Aîné{i} Mentoré{i}"))
    durations = ["1h30", "90 min", "1,5", "2 h", "45", "1:15"]
    lines = ["Mentor;Mentoré;Date;Durée;Sujets;Sens"]
    for n in range(5000):
        mentor_name, mentee_name = names[n % 100]
        day = D(2025, 1, 1) + dt.timedelta(days=(n // 100) * 7)
        lines.append(
            f"{mentor_name};{mentee_name};{day:%d/%m/%Y};{durations[n % 6]};Canva, Excel;les deux"
        )
    path = csv_file(tmp_path, "\n".join(lines) + "\n", encoding="cp1252")

    # How long it takes is the benchmarks' business (benchmarks/bench_import.py), not a test's.
    plan = plan_session_import(db, path, today=TODAY)
    assert plan.to_add_count == 5000, plan.refused[:3]
    assert len(plan.to_add) == streaming.SHOWN_ROWS  # the first ones, for the preview
    assert apply_session_import(db, plan) == 5000
    assert len(SessionService(db).list_sessions()) == 5000


def test_a_big_file_is_counted_whole_and_shown_in_part(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The plan keeps every count but only the first rows of each kind (what the preview
    # shows): its memory does not grow with the file. The import still adds every row.
    monkeypatch.setattr(streaming, "SHOWN_ROWS", 2)
    lines = ["Mentor;Mentoré;Date;Durée"]
    for day in range(1, 11):
        lines.append(f"Zoé Côté;François Lévesque;{day:02}/10/2026;1h")  # to add
        lines.append(f"Zoé Côté;François Lévesque;{day:02}/10/2026;1h")  # the same again
        lines.append(f"Zoé Côté;Jean Inconnu;{day:02}/10/2026;1h")  # refused
    plan = plan_text(world, tmp_path, "\n".join(lines) + "\n")
    assert (plan.to_add_count, plan.duplicates_count, plan.refused_count) == (10, 10, 10)
    assert plan.total_rows == 30
    assert [row.line for row in plan.to_add] == [2, 5]
    assert [(d.line, d.existing_line) for d in plan.duplicates] == [(3, 2), (6, 5)]
    assert [r.line for r in plan.refused] == [4, 7]
    assert plan_lines(plan)[:3] == [
        "10 row(s) to add",
        "10 row(s) already present, skipped",
        "10 row(s) refused",
    ]
    assert "8 more skipped row(s) not listed." in plan_lines(plan)
    assert "8 more refused row(s) not listed." in plan_lines(plan)
    assert apply_session_import(world.db, plan) == 10
    assert len(world.sessions.list_sessions()) == 10


def test_a_file_changed_since_its_preview_is_not_imported(world: World, tmp_path: Path) -> None:
    plan = plan_text(world, tmp_path, GOOD)
    assert plan.path is not None
    plan.path.write_text(GOOD.replace("1h30", "3h"), encoding="utf-8")
    with pytest.raises(ImportFileChanged):
        apply_session_import(world.db, plan)
    plan.path.unlink()
    with pytest.raises(ImportFileChanged):
        apply_session_import(world.db, plan)
    assert world.sessions.list_sessions() == []


def test_only_the_rows_previewed_as_to_add_are_added(world: World, tmp_path: Path) -> None:
    text = GOOD + "Amélie Roy;François Lévesque;11/10/2026;1h\n"
    plan = plan_text(world, tmp_path, text)
    assert [r.line for r in plan.refused] == [6]  # no such pair, at the preview
    members = MemberService(world.db)
    amelie = next(m.id for m in members.list_members() if m.first_name == "Amélie")
    francois = next(m.id for m in members.list_members() if m.first_name == "François")
    world.pairs.create(PairInput(amelie, francois, start_date=D(2026, 1, 5)))
    # The pair exists now, but the preview said the row would not be imported: it is not.
    assert apply_session_import(world.db, plan) == 4
    assert len(world.sessions.list_sessions()) == 4


def test_a_file_over_the_row_limit_is_refused(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    assert importing.MAX_ROWS == 200_000
    monkeypatch.setattr(importing, "MAX_ROWS", 3)
    at_the_limit = GOOD.rsplit("\n", 2)[0] + "\n\n\n"  # three rows, blank lines do not count
    assert len(plan_text(world, tmp_path, at_the_limit).to_add) == 3
    path = csv_file(tmp_path, GOOD)  # four rows
    with pytest.raises(TooManyRowsError) as caught:
        plan_session_import(world.db, path, today=TODAY)
    assert caught.value.limit == 3
    assert caught.value.code == "too_many_rows"
    assert world.sessions.list_sessions() == []
    message = describe_plan_problem(caught.value, path)
    assert message == (
        "“rencontres.csv” holds more than 3 rows, the most Mentorat imports from one file. "
        "Split it into several files and import them one after the other. Nothing was "
        "imported."
    )


# -- the coordinator's choice of columns (issue 9) ------------------------------------------

UNTITLED = (
    "Qui;Avec qui;Le;Combien;Humeur\n"
    "Zoé Côté;François Lévesque;15/10/2026;1h30;bien\n"
    "Léo Bélanger;Hélène Tremblay;16/10/2026;45 min;fatigué\n"
)


def test_no_recognised_column_still_gives_the_titles_and_what_they_hold(
    world: World, tmp_path: Path
) -> None:
    with pytest.raises(MissingSessionColumnsError) as info:
        plan_text(world, tmp_path, UNTITLED)
    error = info.value
    assert error.missing == ["mentor", "mentee", "held_on", "duration_minutes"]
    assert error.headers == ["Qui", "Avec qui", "Le", "Combien", "Humeur"]
    assert error.column_map == {}
    assert error.samples["Avec qui"] == ["François Lévesque", "Hélène Tremblay"]
    assert error.samples["Combien"] == ["1h30", "45 min"]


def test_columns_chosen_by_hand_are_imported(world: World, tmp_path: Path) -> None:
    chosen = {
        "Qui": "mentor",
        "Avec qui": "mentee",
        "Le": "held_on",
        "Combien": "duration_minutes",
        "Humeur": "",
    }
    plan = plan_text(world, tmp_path, UNTITLED, column_map=chosen)  # type: ignore[arg-type]
    assert [(r.data.held_on, r.data.duration_minutes) for r in plan.to_add] == [
        (D(2026, 10, 15), 90),
        (D(2026, 10, 16), 45),
    ]
    assert plan.ignored_headers == ["Humeur"]
    assert plan.samples["Humeur"] == ["bien", "fatigué"]  # what the skipped column held
    chosen["Humeur"] = "notes"
    plan = plan_text(world, tmp_path, UNTITLED, column_map=chosen)  # type: ignore[arg-type]
    assert [r.data.notes for r in plan.to_add] == ["bien", "fatigué"]


def test_a_choice_that_leaves_out_the_duration_is_refused_with_the_guesses(
    world: World, tmp_path: Path
) -> None:
    chosen = {"Qui": "mentor", "Avec qui": "mentee", "Le": "held_on", "Combien": "nonsense"}
    with pytest.raises(MissingSessionColumnsError) as info:
        plan_text(world, tmp_path, UNTITLED, column_map=chosen)  # type: ignore[arg-type]
    assert info.value.missing == ["duration_minutes"]
    assert info.value.column_map == {"Qui": "mentor", "Avec qui": "mentee", "Le": "held_on"}


def test_recognised_plan_lists_every_column_with_samples(world: World, tmp_path: Path) -> None:
    plan = plan_text(
        world,
        tmp_path,
        "Mentor;Mentoré;Date;Durée;Humeur\nZoé Côté;François Lévesque;15/10/2026;1h;bien\n",
    )
    assert plan.headers == ["Mentor", "Mentoré", "Date", "Durée", "Humeur"]
    assert plan.samples["Humeur"] == ["bien"]
    assert plan.column_map["Date"] == "held_on"


def test_two_columns_given_the_date_read_the_first_filled(world: World, tmp_path: Path) -> None:
    text = (
        "Mentor;Mentoré;Prévue;Tenue;Durée\n"
        "Zoé Côté;François Lévesque;15/10/2026;;1h\n"
        "Zoé Côté;François Lévesque;;16/10/2026;1h\n"
    )
    chosen = {
        "Mentor": "mentor",
        "Mentoré": "mentee",
        "Prévue": "held_on",
        "Tenue": "held_on",
        "Durée": "duration_minutes",
    }
    plan = plan_text(world, tmp_path, text, column_map=chosen)  # type: ignore[arg-type]
    assert [r.data.held_on for r in plan.to_add] == [D(2026, 10, 15), D(2026, 10, 16)]
