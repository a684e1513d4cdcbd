"""Migration 0010_event and the events' storage: events and wishes survive in saved databases,
wishes are recorded in one transaction, and they are a person's data (exported, erased)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.errors import NotFoundError, ValidationError
from mentorat_desktop.core.event.wishes import EventService, wishes_by_member
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.privacy import erase_person, person_data
from mentorat_desktop.core.services.members import MemberInput, MemberService

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SAVED = sorted(FIXTURES.glob("db_*.sqlite3"))


@pytest.mark.parametrize(
    "saved",
    [s for s in SAVED if s.stem.removeprefix("db_") >= "0010_event"],
    ids=lambda p: p.stem,
)
def test_saved_database_keeps_its_events_and_wishes(saved: Path, tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    shutil.copyfile(saved, path)
    db = open_database(path)
    try:
        events = EventService(db).list_events()
        assert [(e.kind, e.held_on) for e in events] == [
            ("fair", dt.date(2025, 9, 6)),
            ("speed_meeting", dt.date(2025, 8, 28)),
        ]
        assert events[1].rounds == 6
        wishes = wishes_by_member(db)
        assert len(wishes) == 2
        assert all(list(w.values()) == [dt.date(2025, 8, 28)] for w in wishes.values())
        rows = db.query("SELECT first_name, status, consent_keep FROM kiosk_signup")
        assert rows == [("Ginette", "waiting", 1)]
    finally:
        db.close()


def test_an_older_database_gains_empty_event_tables(tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    shutil.copyfile(FIXTURES / "db_0009_feedback.sqlite3", path)
    db = open_database(path)
    try:
        assert EventService(db).list_events() == []
        assert wishes_by_member(db) == {}
        assert db.query("SELECT count(*) FROM kiosk_signup") == [(0,)]
        assert db.query("SELECT count(*) FROM member") == [(2,)]
    finally:
        db.close()


def _people(members: MemberService) -> tuple[int, int, int]:
    ids = []
    for first, year, role in (("Odile", 1952, Role.MENTEE), ("Zoé", 2001, Role.MENTOR),
                              ("Léo", 2000, Role.MENTOR)):  # fmt: skip
        ids.append(
            members.add(
                MemberInput(first_name=first, last_name="Martin", birth_year=year, role=role)
            ).id
        )
    return ids[0], ids[1], ids[2]


def test_wishes_are_replaced_per_member_in_one_transaction(
    db: Database, members: MemberService
) -> None:
    odile, zoe, leo = _people(members)
    events = EventService(db)
    evening = events.create("speed_meeting", dt.date(2026, 3, 12), "Soirée", rounds=6)
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    events.set_wishes(evening.id, odile, [zoe, leo, zoe])
    events.set_wishes(evening.id, zoe, [odile])
    assert events.wishes(evening.id) == {odile: [zoe, leo], zoe: [odile]}
    events.set_wishes(evening.id, odile, [leo])  # she thought again
    assert events.wishes(evening.id) == {odile: [leo], zoe: [odile]}
    assert heard == [Topic.MEMBERS] * 3
    assert wishes_by_member(db) == {
        odile: {leo: dt.date(2026, 3, 12)},
        zoe: {odile: dt.date(2026, 3, 12)},
    }
    with pytest.raises(ValidationError):
        events.set_wishes(evening.id, odile, [odile])
    with pytest.raises(NotFoundError):
        events.set_wishes(evening.id, odile, [leo, 9999])
    with pytest.raises(ValidationError):
        events.create("speed_meeting", dt.date(2026, 3, 12), rounds=0)
    assert events.wishes(evening.id) == {odile: [leo], zoe: [odile]}


def test_wishes_are_exported_with_the_person_and_erased_with_them(
    db: Database, members: MemberService
) -> None:
    odile, zoe, leo = _people(members)
    events = EventService(db)
    evening = events.create("speed_meeting", dt.date(2026, 3, 12), "Soirée rencontres")
    events.set_wishes(evening.id, odile, [zoe])
    events.set_wishes(evening.id, zoe, [odile])
    events.set_wishes(evening.id, leo, [odile])
    data = person_data(db, odile)
    assert data["event_wishes"] == [
        {
            "event": "Soirée rencontres",
            "held_on": "2026-03-12",
            "wished_name": "Zoé Martin",
            "recorded_at": data["event_wishes"][0]["recorded_at"],
        }
    ]
    erase_person(db, odile)
    # Neither her wishes nor those naming her are kept.
    assert events.wishes(evening.id) == {}
    assert person_data(db, zoe)["event_wishes"] == []
