"""An import taken back as a whole: the rows it added go, in one transaction, and a member
already in use since is never removed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.importing.members import apply_member_import, plan_member_import
from mentorat_desktop.core.importing.undo import undo_member_import, undo_session_import
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.core.services.sessions import SessionInput, SessionService

SHEET = (
    "Prénom;Nom;Année de naissance;Rôle;Compétences offertes\n"
    "Zoé;Lefèvre;2001;mentor;Canva\n"
    "Hélène;Bérubé;1954;personne mentorée;Tricot\n"
)


def imported(db: Database, tmp_path: Path) -> list[int]:
    sheet = tmp_path / "membres.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    ids: list[int] = []
    assert apply_member_import(db, plan_member_import(db, sheet), ids) == 2
    return ids


def test_undoing_a_members_import_removes_what_it_added(db: Database, tmp_path: Path) -> None:
    members = MemberService(db)
    kept = members.add(MemberInput(first_name="Anne", last_name="Roy", birth_year=1950))
    ids = imported(db, tmp_path)
    assert members.count() == 3
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    assert undo_member_import(db, ids) == 2
    assert [m.id for m in members.list_members()] == [kept.id]
    assert Topic.MEMBERS in heard
    assert db.query("SELECT count(*) FROM member_skill") == [(0,)]


def test_a_member_paired_since_is_not_removed(db: Database, tmp_path: Path) -> None:
    zoe, helene = imported(db, tmp_path)
    PairService(db).create(PairInput(zoe, helene))
    with pytest.raises(ValidationError) as info:
        undo_member_import(db, [zoe, helene])
    assert info.value.errors[0].code == "changed_since"
    assert MemberService(db).count() == 2  # nothing removed


def test_undoing_a_sessions_import_removes_only_its_sessions(db: Database) -> None:
    members = MemberService(db)
    zoe = members.add(MemberInput(first_name="Zoé", last_name="Roy", birth_year=2001))
    anne = members.add(MemberInput(first_name="Anne", last_name="Roy", birth_year=1950))
    start = dt.date.today() - dt.timedelta(days=60)
    pair = PairService(db).create(PairInput(zoe.id, anne.id, start_date=start))
    sessions = SessionService(db)
    logged = sessions.log(SessionInput(pair.id, start + dt.timedelta(days=1), 60))
    other = sessions.log(SessionInput(pair.id, start + dt.timedelta(days=2), 90))
    assert undo_session_import(db, [other.id, 999]) == 1
    assert [s.id for s in sessions.list_sessions()] == [logged.id]
