"""Moving a register: the laptop's file copied to a server (all or nothing, counts checked),
the server exported to a file for an event, and the event's changes merged back with the
conflicts listed. On the PostgreSQL test server (skipped without MENTORAT_TEST_SERVER)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.demo import write_demo_database
from mentorat_desktop.core.models import Member, MentoringSession, Pair
from mentorat_desktop.core.moving import MovingError, MovingProblem
from mentorat_desktop.core.moving.copy import export_to_file, migrate_to, ordered_tables
from mentorat_desktop.core.moving.merge import merge_back
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.core.services.sessions import SessionInput, SessionService
from tests.server_databases import ServerDatabases


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("moving") / "demo.sqlite3"
    write_demo_database(path, members=60, seed=2026)
    return path


@pytest.fixture
def servers(server_databases: ServerDatabases | None) -> Iterator[ServerDatabases]:
    if server_databases is None:
        pytest.skip("needs the PostgreSQL test server (MENTORAT_TEST_SERVER)")
    yield server_databases


@pytest.fixture
def open_server(servers: ServerDatabases) -> Iterator:
    """``open_server()``: a fresh server database, opened; closed and dropped afterwards."""
    opened: list[tuple[Database, str]] = []

    def make() -> Database:
        address = servers.fresh()
        db = open_database(address)
        opened.append((db, address))
        return db

    yield make
    for db, address in opened:
        db.close()
        servers.drop(address)


@pytest.fixture
def laptop(demo_file: Path) -> Iterator[Database]:
    db = open_database(demo_file)
    yield db
    db.close()


def _counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in ordered_tables()
        }


def _rows(db: Database, model: type) -> list[tuple]:
    table = model.__table__
    with db.reading() as session:
        return [tuple(r) for r in session.execute(select(table).order_by(table.c.id))]


def test_a_laptop_copied_to_a_server_holds_the_same_rows(laptop, open_server):
    server = open_server()

    copied = migrate_to(laptop, server)

    assert copied == _counts(laptop) == _counts(server)
    assert copied["member"] == 60 and copied["mentoring_session"] > 0
    # Every value is the same, versions and authors included.
    for model in (Member, Pair, MentoringSession):
        assert _rows(server, model) == _rows(laptop, model)


def test_the_server_numbers_new_records_after_the_copied_ones(laptop, open_server):
    server = open_server()
    migrate_to(laptop, server)

    added = MemberService(server).add(MemberInput(first_name="Nadia", last_name="Nouvelle"))

    assert added.id == 61


def test_a_server_that_holds_members_is_refused_and_left_as_it_was(laptop, open_server):
    server = open_server()
    migrate_to(laptop, server)
    MemberService(server).add(MemberInput(first_name="Nadia", last_name="Nouvelle"))

    with pytest.raises(MovingError) as refused:
        migrate_to(laptop, server)

    assert refused.value.problem == MovingProblem.TARGET_NOT_EMPTY
    assert refused.value.params["members"] == 61
    assert _counts(server)["member"] == 61


def test_a_copy_that_fails_half_way_leaves_the_server_empty(laptop, open_server):
    server = open_server()
    seen: list[int] = []

    def fail_after_some_rows(done: int, total: int) -> None:
        seen.append(done)
        if done > 100:
            raise RuntimeError("the network went down")

    with pytest.raises(RuntimeError):
        migrate_to(laptop, server, progress=fail_after_some_rows)

    assert seen[0] == 0 and seen[-1] > 100
    assert all(n == 0 for name, n in _counts(server).items() if name != "program_settings")
    # And the copy can then be made again, whole.
    assert migrate_to(laptop, server) == _counts(laptop)


def test_progress_reaches_every_row(laptop, open_server):
    server = open_server()
    seen: list[tuple[int, int]] = []

    migrate_to(laptop, server, progress=lambda done, total: seen.append((done, total)))

    total = sum(_counts(laptop).values())
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


# -- export and merge back -------------------------------------------------------------


@pytest.fixture
def exported(laptop, open_server, tmp_path) -> tuple[Database, Path]:
    """A server holding the demo, and its export for an event."""
    server = open_server()
    migrate_to(laptop, server)
    path = tmp_path / "salon.sqlite3"
    export_to_file(server, path)
    return server, path


def test_an_export_is_a_register_like_the_server(exported):
    server, path = exported
    event = open_database(path)
    try:
        assert _counts(event) == _counts(server)
        assert _rows(event, Member) == _rows(server, Member)
    finally:
        event.close()


def test_an_export_refuses_a_file_that_exists(exported, tmp_path):
    server, _ = exported
    existing = tmp_path / "déjà.sqlite3"
    existing.write_text("notes")

    with pytest.raises(MovingError) as refused:
        export_to_file(server, existing)

    assert refused.value.problem == MovingProblem.FILE_EXISTS
    assert existing.read_text() == "notes"


def test_an_export_that_fails_leaves_no_file(exported, tmp_path):
    server, _ = exported
    path = tmp_path / "coupé.sqlite3"

    def stop(done: int, total: int) -> None:
        if done:
            raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        export_to_file(server, path, progress=stop)

    assert not path.exists()


def test_an_untouched_export_merges_back_as_nothing_and_only_once(exported):
    server, path = exported
    before = _counts(server)
    event = open_database(path)
    try:
        result = merge_back(event, server)
        assert not result.changed_anything
        assert result.conflicts == [] and result.not_merged == {} and result.orphans == {}
        assert _counts(server) == before
        assert result.file_marked

        with pytest.raises(MovingError) as again:
            merge_back(event, server)
        assert again.value.problem == MovingProblem.ALREADY_MERGED
    finally:
        event.close()


def test_a_file_that_is_not_an_export_is_refused(laptop, open_server):
    server = open_server()
    migrate_to(laptop, server)

    with pytest.raises(MovingError) as refused:
        merge_back(laptop, server)

    assert refused.value.problem == MovingProblem.NOT_AN_EXPORT


def test_an_export_is_merged_back_into_its_own_database_only(exported, laptop, open_server):
    _, path = exported
    other = open_server()
    migrate_to(laptop, other)
    event = open_database(path)
    try:
        with pytest.raises(MovingError) as refused:
            merge_back(event, other)
    finally:
        event.close()

    assert refused.value.problem == MovingProblem.OTHER_DATABASE


def _active_pair(db: Database) -> tuple[int, int, int]:
    with db.reading() as session:
        pair = session.scalars(
            select(Pair).where(Pair.status == "active").order_by(Pair.id).limit(1)
        ).one()
        return pair.id, pair.mentor_id, pair.mentee_id


def _free_members(db: Database) -> tuple[int, int]:
    """A younger and an older member in no pair (for a new pair at the event)."""
    with db.reading() as session:
        paired = set(session.scalars(select(Pair.mentor_id))) | set(
            session.scalars(select(Pair.mentee_id))
        )
        free = [
            m
            for m in session.scalars(select(Member).order_by(Member.id))
            if m.id not in paired and m.birth_year and m.status == "active"
        ]
    free.sort(key=lambda m: m.birth_year or 0)
    return free[-1].id, free[0].id  # youngest mentor, oldest mentee


def _edit(db: Database, member_id: int, **changes) -> None:
    service = MemberService(db)
    record = service.get(member_id)
    service.update(member_id, dataclasses.replace(record.to_input(), **changes))


def test_the_event_is_merged_back_with_its_conflict_listed(exported):
    server, path = exported
    server.coordinator = "Claire au bureau"
    event = open_database(path)
    event.coordinator = "Paul au salon"
    try:
        pair_id, mentor_id, _ = _active_pair(event)
        # At the event: a new member, a session of an existing pair, an edit, a new pair
        # with its first session.
        MemberService(event).add(
            MemberInput(
                first_name="Inès",
                last_name="Salon",
                birth_year=2001,
                email="ines.salon@exemple.org",
                skills_offered=["Réseaux sociaux", "Vidéo au salon"],
            )
        )
        SessionService(event).log(
            SessionInput(pair_id=pair_id, held_on=dt.date(2026, 11, 20), duration_minutes=90)
        )
        _edit(event, mentor_id, phone="06 11 22 33 44", city="Annecy")
        young, old = _free_members(event)
        young_name = MemberService(event).get(young).full_name
        old_name = MemberService(event).get(old).full_name
        new_pair = PairService(event).create(
            PairInput(mentor_id=young, mentee_id=old, start_date=dt.date(2026, 11, 20))
        )
        SessionService(event).log(
            SessionInput(pair_id=new_pair.id, held_on=dt.date(2026, 11, 21), duration_minutes=60)
        )
        # Meanwhile at the office: the mentor's city (a conflict) and e-mail (no conflict:
        # the laptop did not touch it), a member added (the numbers move on).
        _edit(server, mentor_id, city="Villeurbanne", email="au.bureau@exemple.org")
        office = MemberService(server).add(MemberInput(first_name="Odile", last_name="Bureau"))
        sessions_before = _counts(server)["mentoring_session"]

        result = merge_back(event, server)
    finally:
        event.close()

    assert result.added["member"] == 1
    assert result.added["pair"] == 1
    assert result.added["mentoring_session"] == 2
    assert result.added["member_skill"] == 2
    assert result.added.get("skill") == 1  # "Vidéo au salon" was not in the catalogue
    assert result.updated == {"member": 1}
    assert [(t, who) for t, _, who in result.new_records] == [
        ("member", "Inès Salon"),
        ("pair", f"{young_name} / {old_name}"),
    ]
    [conflict] = result.conflicts
    assert (conflict.table, conflict.record_id, conflict.field) == ("member", mentor_id, "city")
    assert (conflict.laptop_value, conflict.server_value) == ("Annecy", "Villeurbanne")
    assert conflict.changed_by == "Claire au bureau"
    assert conflict.subject  # the member's name

    members = MemberService(server)
    mentor = members.get(mentor_id)
    assert mentor.phone == "06 11 22 33 44"  # the laptop's edit
    assert mentor.email == "au.bureau@exemple.org"  # the server's, in the same record
    assert mentor.city == "Villeurbanne"  # the conflict keeps the server's value
    ines = [m for m in members.list_members() if m.email == "ines.salon@exemple.org"]
    assert len(ines) == 1 and ines[0].id > office.id
    assert set(ines[0].skills_offered) == {"Réseaux sociaux", "Vidéo au salon"}
    assert _counts(server)["mentoring_session"] == sessions_before + 2
    with server.reading() as session:
        merged_pair = session.scalars(select(Pair).where(Pair.mentor_id == young)).one()
        assert merged_pair.mentee_id == old
        assert [
            s.duration_minutes
            for s in session.scalars(
                select(MentoringSession).where(MentoringSession.pair_id == merged_pair.id)
            )
        ] == [60]
        assert merged_pair.changed_by == "Paul au salon"


def test_a_dry_run_says_the_same_and_writes_nothing(exported):
    server, path = exported
    event = open_database(path)
    try:
        pair_id, mentor_id, _ = _active_pair(event)
        SessionService(event).log(
            SessionInput(pair_id=pair_id, held_on=dt.date(2026, 11, 20), duration_minutes=90)
        )
        _edit(event, mentor_id, phone="06 11 22 33 44")
        before = _counts(server)

        dry = merge_back(event, server, dry_run=True)
        assert _counts(server) == before
        assert not dry.file_marked
        real = merge_back(event, server)
    finally:
        event.close()

    assert dry.dry_run and not real.dry_run
    assert (
        (dry.added, dry.updated)
        == (real.added, real.updated)
        == (
            {"mentoring_session": 1},
            {"member": 1},
        )
    )


def test_skills_changed_on_both_sides_are_merged_as_sets(exported):
    server, path = exported
    event = open_database(path)
    try:
        _, mentor_id, _ = _active_pair(event)
        before = set(MemberService(server).get(mentor_id).skills_offered)
        dropped = sorted(before)[0]
        _edit(event, mentor_id, skills_offered=[*sorted(before - {dropped}), "Montage vidéo"])
        _edit(
            server,
            mentor_id,
            skills_offered=[*sorted(before), "Tableurs"],
        )
        result = merge_back(event, server)
    finally:
        event.close()

    after = set(MemberService(server).get(mentor_id).skills_offered)
    assert after == (before - {dropped}) | {"Montage vidéo", "Tableurs"}
    assert result.conflicts == []


def test_what_is_not_merged_is_counted(exported):
    server, path = exported
    event = open_database(path)
    try:
        with event.transaction(announces=()) as session:
            session.execute(
                Member.__table__.delete()
                .where(
                    Member.__table__.c.id.notin_(
                        select(Pair.mentor_id).union(select(Pair.mentee_id))
                    )
                )
                .where(Member.__table__.c.id == _free_members(event)[0])
            )
        from mentorat_desktop.core.models import ProgramSettings

        with event.transaction(announces=()) as session:
            session.get(ProgramSettings, 1).association_name = "Le salon"
        result = merge_back(event, server)
    finally:
        event.close()

    assert result.deleted_on_laptop.get("member") == 1
    assert result.not_merged == {"program_settings": 1}
    assert not result.changed_anything


def test_a_member_erased_on_the_server_gets_nothing_back_from_the_laptop(exported):
    from mentorat_desktop.core.privacy import erase_person

    server, path = exported
    event = open_database(path)
    try:
        _, member_id = _free_members(event)
        _edit(event, member_id, phone="06 99 99 99 99", notes="vu au salon")
        erase_person(server, member_id)
        result = merge_back(event, server)
    finally:
        event.close()

    [conflict] = result.conflicts
    assert (conflict.record_id, conflict.field) == (member_id, "erased_at")
    with server.reading() as session:
        erased = session.get(Member, member_id)
        assert erased.phone is None and erased.notes is None
    assert result.updated == {}


def test_a_merged_file_forgets_the_values_as_exported(exported):
    from mentorat_desktop.core.moving.snapshot import snapshot_table

    server, path = exported
    event = open_database(path)
    try:
        merge_back(event, server)
        with event.engine.connect() as connection:
            kept = connection.execute(
                select(func.count()).where(snapshot_table.c.base.is_not(None))
            ).scalar_one()
    finally:
        event.close()

    assert kept == 0


def test_a_copy_whose_counts_differ_is_undone(laptop, open_server, monkeypatch):
    from mentorat_desktop.core.moving import copy as copying

    server = open_server()
    write_rows = copying.write_rows

    def lose_a_session(connection, table, rows, dialect):
        if table.name == "mentoring_session":
            rows = list(rows)[:-1]
        write_rows(connection, table, rows, dialect)

    monkeypatch.setattr(copying, "write_rows", lose_a_session)

    with pytest.raises(MovingError) as undone:
        migrate_to(laptop, server)

    assert undone.value.problem == MovingProblem.COUNT_MISMATCH
    expected = _counts(laptop)["mentoring_session"]
    assert undone.value.params == {
        "table": "mentoring_session",
        "expected": expected,
        "found": expected - 1,
    }
    assert _counts(server)["member"] == 0
