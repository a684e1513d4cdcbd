"""Checking the database: a sound register gives nothing; each broken rule (written around
the services with raw SQL) is found with the right ids; the repair fixes what it safely can,
in one transaction, and nothing else; a damaged or foreign backup is reported, never
written to."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mentorat_desktop.core import checks
from mentorat_desktop.core.checks import (
    FK_REPAIRS,
    CheckReport,
    Problem,
    active_periods_sql,
    check_database,
    check_file,
    repair_database,
)
from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.demo import write_demo_database
from mentorat_desktop.core.enums import EndReason, PairStatus, Role
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.models import Base
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import ObjectiveInput, PairInput, PairService
from mentorat_desktop.core.services.sessions import (
    HistoryStep,
    SessionInput,
    SessionService,
    active_periods,
)
from mentorat_desktop.core.sql import to_pyformat

TODAY = dt.date.today()


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def codes(report: CheckReport) -> list[str]:
    return [p.code for p in report.problems]


def raw(db: Database, sql: str, params: tuple[Any, ...] = ()) -> None:
    """Write around the services (and their checks), foreign keys off, as a hand edit or an
    old importer would (on a server, which always enforces its foreign keys, as a hand
    edit in psql would)."""
    raw_many(db, sql, [params])


def raw_many(db: Database, sql: str, rows: list[tuple[Any, ...]]) -> None:
    if db.on_server:
        with db.engine.begin() as connection:
            for params in rows:
                connection.exec_driver_sql(to_pyformat(sql) if params else sql, params)
        return
    connection = sqlite3.connect(db.path)
    try:
        connection.executemany(sql, rows)
        connection.commit()
    finally:
        connection.close()


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: sorted(db.query(f"SELECT * FROM {table}"), key=repr)
        for table in Base.metadata.tables
    }


class World:
    """Members and pairs made through the services, as the application makes them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.members = MemberService(db)
        self.pairs = PairService(db)
        self.sessions = SessionService(db)

    def member(self, first: str, year: int, role: Role, capacity: int = 1) -> int:
        return self.members.add(
            MemberInput(
                first_name=first,
                last_name="Test",
                birth_year=year,
                role=role,
                capacity=capacity,
                mentor_training_on=dt.date(2024, 1, 15),
            )
        ).id

    def pair(self, mentor: int, mentee: int, start: dt.date | None = None, **kw: Any) -> int:
        return self.pairs.create(PairInput(mentor, mentee, start_date=start, **kw)).id

    def session(self, pair_id: int, day: dt.date) -> int:
        return self.sessions.log(SessionInput(pair_id, day, 60)).id


@pytest.fixture
def world(db: Database) -> World:
    return World(db)


# -- sound databases -----------------------------------------------------------------------


def test_empty_database_is_sound(db: Database) -> None:
    report = check_database(db)
    assert report.sound
    assert report.problems == []


def test_demo_database_is_sound(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    write_demo_database(path, members=150, seed=7)
    db = open_database(path)
    try:
        assert check_database(db).problems == []
    finally:
        db.close()
    assert check_file(path).problems == []


def test_service_made_register_is_sound(world: World) -> None:
    young, old = world.member("Léo", 2001, Role.MENTOR), world.member("Odile", 1958, Role.MENTEE)
    pair = world.pair(young, old, days_ago(90))
    world.session(pair, days_ago(80))
    world.pairs.pause(pair, days_ago(40))
    world.session(pair, days_ago(40))  # the day of the pause still counts
    world.pairs.resume(pair, days_ago(20))
    world.session(pair, days_ago(5))
    assert check_database(world.db).sound


# -- the rules -----------------------------------------------------------------------------


def test_over_capacity_found_with_member_and_pairs(world: World) -> None:
    """A second pair written by hand, around the capacity check."""
    leo = world.member("Léo", 2001, Role.MENTOR)
    odile = world.member("Odile", 1958, Role.MENTEE)
    marc = world.member("Marc", 1960, Role.MENTEE, capacity=2)
    first = world.pair(leo, odile, days_ago(100))
    second = world.pair(world.member("Zoé", 2003, Role.MENTOR), marc, days_ago(10))
    raw(world.db, "UPDATE pair SET mentor_id = ?, status = 'paused' WHERE id = ?", (leo, second))
    report = check_database(world.db)
    assert report.problems == [
        Problem(
            "over_capacity",
            {"member": leo, "capacity": 1, "held": 2, "overridden": 0, "pairs": (first, second)},
            False,
        )
    ]


def test_over_capacity_with_a_recorded_reason_is_no_problem(world: World) -> None:
    leo = world.member("Léo", 2001, Role.MENTOR)
    odile = world.member("Odile", 1958, Role.MENTEE)
    marc = world.member("Marc", 1960, Role.MENTEE)
    world.pair(leo, odile, days_ago(100))
    world.pair(leo, marc, days_ago(50), capacity_override_reason="Léo a beaucoup de temps")
    assert check_database(world.db).sound
    # A member's capacity lowered by hand below what they hold: found again.
    raw(world.db, "UPDATE member SET capacity = 0 WHERE id = ?", (leo,))
    (problem,) = check_database(world.db).problems
    assert problem.code == "over_capacity"
    assert problem.params["member"] == leo
    assert (problem.params["held"], problem.params["overridden"]) == (2, 1)


def test_proposals_take_a_place_and_ended_pairs_do_not(world: World) -> None:
    leo = world.member("Léo", 2001, Role.MENTOR, capacity=2)
    odile = world.member("Odile", 1958, Role.MENTEE)
    marc = world.member("Marc", 1960, Role.MENTEE)
    ended = world.pair(leo, odile, days_ago(100))
    world.pairs.end(ended, days_ago(60), EndReason.OBJECTIVES_REACHED)
    withdrawn = world.pair(leo, marc)
    world.pairs.cancel_proposal(withdrawn, TODAY)
    active = world.pair(leo, marc, days_ago(50))
    proposal = world.pair(leo, odile)  # proposed again
    assert check_database(world.db).sound
    # Léo's capacity lowered by hand: his proposal counts, as in the services.
    raw(world.db, "UPDATE member SET capacity = 1 WHERE id = ?", (leo,))
    assert check_database(world.db).problems == [
        Problem(
            "over_capacity",
            {"member": leo, "capacity": 1, "held": 2, "overridden": 0, "pairs": (active, proposal)},
            False,
        )
    ]


def test_a_proposal_beyond_capacity_with_a_reason_is_no_problem(world: World) -> None:
    leo = world.member("Léo", 2001, Role.MENTOR)
    odile = world.member("Odile", 1958, Role.MENTEE)
    marc = world.member("Marc", 1960, Role.MENTEE)
    world.pair(leo, odile, days_ago(100))
    world.pair(leo, marc, capacity_override_reason="Léo finit son stage en mai")
    assert check_database(world.db).sound


def test_session_outside_the_pair_active_time(world: World) -> None:
    leo = world.member("Léo", 2001, Role.MENTOR)
    odile = world.member("Odile", 1958, Role.MENTEE)
    pair = world.pair(leo, odile, days_ago(100))
    before = world.session(pair, days_ago(90))
    in_pause = world.session(pair, days_ago(70))
    last_day = world.session(pair, days_ago(30))
    world.pairs.pause(pair, days_ago(80))
    world.pairs.resume(pair, days_ago(60))
    world.pairs.end(pair, days_ago(30), EndReason.OBJECTIVES_REACHED)
    after = world.session(pair, days_ago(30))  # the last day is included
    raw(world.db, "UPDATE mentoring_session SET held_on = ? WHERE id = ?", ("2000-01-01", before))
    raw(world.db, "UPDATE mentoring_session SET held_on = ? WHERE id = ?", (str(TODAY), after))
    report = check_database(world.db)
    assert report.problems == [
        Problem("session_outside_pair", {"pair": pair, "session": s, "held_on": day}, False)
        for s, day in (
            (before, "2000-01-01"),
            (in_pause, days_ago(70).isoformat()),
            (after, TODAY.isoformat()),
        )
    ]
    assert last_day not in {p.params["session"] for p in report.problems}


def test_session_of_a_pair_never_activated(world: World) -> None:
    leo = world.member("Léo", 2001, Role.MENTOR)
    odile = world.member("Odile", 1958, Role.MENTEE)
    pair = world.pair(leo, odile)
    raw(
        world.db,
        "INSERT INTO mentoring_session (pair_id, held_on, duration_minutes, mode, direction, "
        "created_at) VALUES (?, ?, 60, 'in_person', 'both', '2026-01-01 10:00:00')",
        (pair, days_ago(3).isoformat()),
    )
    (problem,) = check_database(world.db).problems
    assert (problem.code, problem.params["pair"]) == ("session_outside_pair", pair)


def test_the_sql_periods_are_those_of_active_periods(db: Database) -> None:
    """The session check computes the active periods in SQL; on random histories (ties on
    a day, repeated steps, proposals) they are those of sessions.active_periods."""
    rng = random.Random(20260304)
    statuses = [s.value for s in PairStatus]
    raw(
        db,
        "INSERT INTO member (id, first_name, last_name, role, preferred_mode, capacity, status, "
        "created_at, updated_at) VALUES (1, 'A', 'A', 'either', 'any', 9, 'active', "
        "'2026-01-01', '2026-01-01'), (2, 'B', 'B', 'either', 'any', 9, 'active', "
        "'2026-01-01', '2026-01-01')",
    )
    expected: dict[int, list[tuple[str, str | None]]] = {}
    pairs: list[tuple[Any, ...]] = []
    history: list[tuple[Any, ...]] = []
    for pair_id in range(1, 401):
        pairs.append((pair_id,))
        steps = [
            (rng.choice(statuses), dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(40)))
            for _ in range(rng.randrange(7))
        ]
        history += [(pair_id, status, day.isoformat()) for status, day in steps]
        periods = active_periods(HistoryStep(PairStatus(s), day) for s, day in steps)
        if periods:
            expected[pair_id] = [
                (start.isoformat(), end.isoformat() if end else None) for start, end in periods
            ]
    raw_many(
        db,
        "INSERT INTO pair (id, mentor_id, mentee_id, status, monthly_commitment_hours, mode, "
        "charter_version, created_at) VALUES (?, 1, 2, 'ended', 3, 'any', 1, '2026-01-01')",
        pairs,
    )
    raw_many(
        db,
        "INSERT INTO pair_status_change (pair_id, status, effective_on, recorded_at) "
        "VALUES (?, ?, ?, '2026-01-01 00:00:00')",
        history,
    )
    assert active_periods_sql(db.query) == expected


def test_duplicate_pairs_found_either_way_round(world: World) -> None:
    leo = world.member("Léo", 2001, Role.EITHER, capacity=3)
    odile = world.member("Odile", 1958, Role.EITHER, capacity=3)
    first = world.pair(leo, odile)
    raw(
        world.db,
        "INSERT INTO pair (mentor_id, mentee_id, status, monthly_commitment_hours, mode, "
        "charter_version, created_at) VALUES (?, ?, 'proposed', 3, 'any', 1, '2026-01-01')",
        (odile, leo),
    )
    second = first + 1
    (problem,) = check_database(world.db).problems
    assert problem == Problem(
        "duplicate_pair",
        {
            "members": (min(leo, odile), max(leo, odile)),
            "pairs": (first, second),
            "kept": first,
            "ended": (second,),
        },
        True,
    )


def _duplicate(db: Database, pair_id: int, status: str = "proposed") -> int:
    """A copy of a pair's two members in a new pair of ``status``, written by hand."""
    raw(
        db,
        "INSERT INTO pair (mentor_id, mentee_id, status, monthly_commitment_hours, mode, "
        "charter_version, created_at) SELECT mentor_id, mentee_id, ?, 3, 'any', 1, "
        "'2026-01-01' FROM pair WHERE id = ?",
        (status, pair_id),
    )
    return int(db.query("SELECT max(id) FROM pair")[0][0])


def test_duplicate_keeps_the_pair_with_a_life(world: World) -> None:
    """An older untouched proposal and a newer active pair: the active one is kept."""
    leo = world.member("Léo", 2001, Role.MENTOR, capacity=3)
    odile = world.member("Odile", 1958, Role.MENTEE, capacity=3)
    proposal = world.pair(leo, odile)
    active = _duplicate(world.db, proposal, "active")
    (problem,) = check_database(world.db).problems
    assert (problem.params["kept"], problem.params["ended"], problem.repairable) == (
        active,
        (proposal,),
        True,
    )


def test_duplicate_with_two_lives_is_not_repairable(world: World) -> None:
    leo = world.member("Léo", 2001, Role.MENTOR, capacity=3)
    odile = world.member("Odile", 1958, Role.MENTEE, capacity=3)
    active = world.pair(leo, odile, days_ago(30))
    proposal = _duplicate(world.db, active)
    world.pairs.add_objective(proposal, ObjectiveInput("Apprendre les tableurs"))
    (problem,) = check_database(world.db).problems
    assert problem.code == "duplicate_pair"
    assert problem.params["pairs"] == (active, proposal)
    assert (problem.params["kept"], problem.params["ended"], problem.repairable) == (
        None,
        (),
        False,
    )


@pytest.mark.sqlite_only  # a server never lets a row lose its parent
def test_foreign_key_orphans_grouped_by_missing_parent(world: World) -> None:
    leo = world.member("Léo", 2001, Role.MENTOR)
    odile = world.member("Odile", 1958, Role.MENTEE)
    pair = world.pair(leo, odile, days_ago(30))
    world.pairs.add_objective(pair, ObjectiveInput("Apprendre la visio"))
    sessions = [world.session(pair, days_ago(d)) for d in (20, 10)]
    raw(world.db, "DELETE FROM pair WHERE id = ?", (pair,))
    problems = {p.params["table"]: p for p in check_database(world.db).problems}
    assert set(problems) == {"mentoring_session", "objective", "pair_status_change"}
    assert {p.code for p in problems.values()} == {"foreign_key"}
    session_problem = problems["mentoring_session"]
    assert session_problem.params == {
        "table": "mentoring_session",
        "column": "pair_id",
        "parent": "pair",
        "missing": pair,
        "count": 2,
        "rows": tuple(sessions),
    }
    assert all(p.repairable for p in problems.values())


@pytest.mark.sqlite_only  # a server never lets a row lose its parent
def test_a_pair_without_its_member_is_not_repairable(world: World) -> None:
    leo = world.member("Léo", 2001, Role.MENTOR)
    odile = world.member("Odile", 1958, Role.MENTEE)
    pair = world.pair(leo, odile, days_ago(30))
    raw(world.db, "DELETE FROM member WHERE id = ?", (odile,))
    problems = check_database(world.db).problems
    pair_problem = next(p for p in problems if p.params["table"] == "pair")
    assert pair_problem.params["missing"] == odile
    assert pair_problem.params["rows"] == (pair,)
    assert not pair_problem.repairable
    # The member's skills and refusals, if any, would go; here nothing else points at them.
    assert {p.params["table"] for p in problems} == {"pair"}


@pytest.mark.sqlite_only  # a server never lets a row lose its parent
def test_a_member_whose_local_group_is_gone_forgets_it(world: World) -> None:
    leo = world.member("Léo", 2001, Role.MENTOR)
    raw(world.db, "INSERT INTO local_group (id, name, created_at) VALUES (7, 'Nord', '2026-01-01')")
    raw(world.db, "UPDATE member SET group_id = 7 WHERE id = ?", (leo,))
    raw(world.db, "DELETE FROM local_group")
    (problem,) = check_database(world.db).problems
    assert (problem.params["table"], problem.params["parent"]) == ("member", "local_group")
    assert problem.repairable
    assert repair_database(world.db) == (CheckReport([]), 1)
    assert world.db.query("SELECT group_id FROM member WHERE id = ?", (leo,)) == [(None,)]


def test_every_foreign_key_of_the_schema_has_a_decision() -> None:
    """A new link in the schema must be decided on here (repaired or not) on purpose."""
    links = {
        (table.name, fk.column.table.name)
        for table in Base.metadata.tables.values()
        for fk in table.foreign_keys
    }
    assert set(FK_REPAIRS) | {("pair", "member")} == links


# -- repairing -----------------------------------------------------------------------------


@pytest.fixture
def broken(world: World) -> dict[str, int]:
    """A register with repairable and unrepairable problems. On a server, whose foreign keys
    cascade or refuse, the rows deleted by hand take their children with them: no orphans
    there, the duplicate and the session remain."""
    ids: dict[str, int] = {}
    leo = world.member("Léo", 2001, Role.MENTOR, capacity=2)
    odile = world.member("Odile", 1958, Role.MENTEE, capacity=2)
    zoe = world.member("Zoé", 2003, Role.MENTOR)
    marc = world.member("Marc", 1960, Role.MENTEE)
    ids["kept"] = world.pair(leo, odile, days_ago(60))
    ids["outside"] = world.session(ids["kept"], days_ago(50))
    ids["proposal"] = _duplicate(world.db, ids["kept"])
    gone = world.pair(zoe, marc, days_ago(60))
    world.session(gone, days_ago(10))
    raw(world.db, "DELETE FROM pair WHERE id = ?", (gone,))  # orphans: session, history
    ids["cohort"] = CohortService(world.db).create("Printemps 2026").id
    world.pairs.update_means(ids["kept"], cohort_id=ids["cohort"])
    raw(world.db, "DELETE FROM cohort WHERE id = ?", (ids["cohort"],))  # orphan: the pair's link
    raw(
        world.db,
        "UPDATE mentoring_session SET held_on = '2001-01-01' WHERE id = ?",
        (ids["outside"],),
    )
    ids["gone"] = gone
    return ids


def test_repair_fixes_the_repairable_and_leaves_the_rest(
    world: World, broken: dict[str, int]
) -> None:
    db = world.db
    before = check_database(db)
    orphans = [] if db.on_server else ["foreign_key"] * 3
    assert sorted(codes(before)) == ["duplicate_pair", *orphans, "session_outside_pair"]
    heard: list[tuple[Topic, int]] = []
    # Each listener sees the repair committed: the orphans are gone when it is told.
    db.bus.subscribe(
        lambda topic: heard.append(
            (
                topic,
                db.query(
                    "SELECT count(*) FROM pair_status_change WHERE pair_id = ?", (broken["gone"],)
                )[0][0],
            )
        )
    )
    after, repaired = repair_database(db, closing_note="Doublon clos.", today=TODAY)
    assert repaired == 1 + len(orphans)
    assert codes(after) == ["session_outside_pair"]
    assert after.problems[0].params["session"] == broken["outside"]
    assert {topic for topic, _ in heard} == (
        {Topic.PAIRS} if db.on_server else {Topic.PAIRS, Topic.SESSIONS}
    )
    assert all(left == 0 for _, left in heard)
    proposal = world.pairs.get(broken["proposal"])
    assert proposal.status == PairStatus.ENDED
    assert (proposal.ended_on, proposal.end_reason) == (TODAY, EndReason.OTHER)
    assert proposal.closing_comment == "Doublon clos."
    assert proposal.history[-1].status == PairStatus.ENDED
    assert proposal.history[-1].note == "Doublon clos."
    kept = world.pairs.get(broken["kept"])
    assert (kept.status, kept.cohort_id) == (PairStatus.ACTIVE, None)
    assert db.query(
        "SELECT count(*) FROM mentoring_session WHERE pair_id = ?", (broken["gone"],)
    ) == [(0,)]
    # Again: nothing left to repair.
    assert repair_database(db) == (after, 0)


def test_repair_is_one_transaction(
    world: World, broken: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure after the orphans are deleted, while ending the duplicate: nothing at all
    is written, and nothing announced."""
    db = world.db
    before = snapshot(db)
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)

    def fail(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(checks, "_end_duplicates", fail)
    with pytest.raises(RuntimeError):
        repair_database(db)
    assert snapshot(db) == before
    assert heard == []


def _file_state(path: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of the folder, with its content digest and modification time."""
    return {
        p.name: (hashlib.sha256(p.read_bytes()).digest(), p.stat().st_mtime_ns)
        for p in sorted(path.parent.iterdir())
        if p.is_file()
    }


def test_repair_writes_nothing_when_nothing_is_repairable(world: World) -> None:
    leo = world.member("Léo", 2001, Role.MENTOR)
    odile = world.member("Odile", 1958, Role.MENTEE)
    pair = world.pair(leo, odile, days_ago(30))
    session = world.session(pair, days_ago(10))
    raw(world.db, "UPDATE mentoring_session SET held_on = '2001-01-01' WHERE id = ?", (session,))
    db = world.db
    report = check_database(db)
    before = snapshot(db)
    files = _file_state(db.path) if db.path is not None else None
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    assert repair_database(db) == (report, 0)
    assert snapshot(db) == before
    if db.path is not None:
        assert _file_state(db.path) == files
    assert heard == []


@pytest.mark.sqlite_only
def test_repair_leaves_a_damaged_file_alone(
    world: World, broken: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    damage = Problem("integrity", {"count": 1, "details": ("page 3 is odd",)}, False)
    monkeypatch.setattr(checks, "_integrity_problems", lambda _query: [damage])
    before = snapshot(world.db)
    report, repaired = repair_database(world.db)
    assert (report.problems, repaired) == ([damage], 0)
    assert snapshot(world.db) == before


# -- files not opened by the application ---------------------------------------------------


@pytest.fixture
def backup(tmp_path: Path) -> Iterator[Path]:
    """A closed demo database in a folder of its own (its -wal merged in)."""
    folder = tmp_path / "backups"
    folder.mkdir()
    path = folder / "mentorat-2026-03-04.sqlite3"
    write_demo_database(path, members=40, seed=3)
    assert sorted(p.name for p in folder.iterdir()) == [path.name]
    yield path


def test_check_file_never_writes(backup: Path) -> None:
    before = _file_state(backup)
    assert check_file(backup).sound
    assert _file_state(backup) == before


@pytest.mark.sqlite_only
def test_check_file_with_a_wal_beside_reads_it_and_writes_nothing(
    world: World, tmp_path: Path
) -> None:
    """A copy taken while the application had the file open: part of the data is in the
    -wal; SQLite would create a -shm beside to read it, so a copy is checked instead."""
    leo = world.member("Léo", 2001, Role.MENTOR)
    odile = world.member("Odile", 1958, Role.MENTEE)
    pair = world.pair(leo, odile, days_ago(30))
    world.session(pair, days_ago(3))
    raw(world.db, "UPDATE mentoring_session SET held_on = '2001-01-01'")
    folder = tmp_path / "copy"
    folder.mkdir()
    wal = world.db.path.with_name(world.db.path.name + "-wal")
    assert wal.exists()
    shutil.copyfile(world.db.path, folder / "m.sqlite3")
    shutil.copyfile(wal, folder / "m.sqlite3-wal")
    before = _file_state(folder / "m.sqlite3")
    assert codes(check_file(folder / "m.sqlite3")) == ["session_outside_pair"]
    assert _file_state(folder / "m.sqlite3") == before


def test_damaged_file_gives_a_problem_not_a_traceback(backup: Path) -> None:
    copy = backup.with_name("damaged.sqlite3")
    shutil.copyfile(backup, copy)
    page = 4096
    with copy.open("r+b") as fh:
        fh.seek(page)  # page 2, whole
        fh.write(bytes(range(256)) * (page // 256))
    before = _file_state(copy)
    report = check_file(copy)
    assert len(report.problems) == 1
    (problem,) = report.problems
    assert problem.code in ("integrity", "unreadable")
    assert not problem.repairable
    assert _file_state(copy) == before


def test_damage_inside_a_table_is_an_integrity_problem(tmp_path: Path) -> None:
    """Garbage over the rows of a table (a few members: their table is one page, its rows
    at the end of it): integrity_check lists the faults."""
    path = tmp_path / "small.sqlite3"
    db = open_database(path)
    world = World(db)
    for k in range(5):
        world.member(f"Membre{k}", 1960 + k, Role.EITHER)
    db.close()
    connection = sqlite3.connect(path)
    ((root,),) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'member'")
    ((page_size,),) = connection.execute("PRAGMA page_size")
    connection.close()
    with path.open("r+b") as fh:
        fh.seek(root * page_size - 600)
        fh.write(bytes(range(256)) * 2)
    report = check_file(path)
    assert codes(report) == ["integrity"]
    assert int(str(report.problems[0].params["count"])) >= 1
    assert not report.problems[0].repairable


def test_not_a_database_and_missing_file(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("Ceci n’est pas une base.\n" * 200, encoding="utf-8")
    assert codes(check_file(text)) == ["unreadable"]
    assert codes(check_file(tmp_path / "absent.sqlite3")) == ["unreadable"]
    assert not (tmp_path / "absent.sqlite3").exists()


def test_another_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)")
    connection.commit()
    connection.close()
    assert codes(check_file(path)) == ["not_mentorat"]


def test_problems_carry_no_personal_data(world: World, broken: dict[str, int]) -> None:
    report = check_database(world.db)
    text = repr(report)
    for word in ("Léo", "Odile", "Zoé", "Marc", "Test", "@"):
        assert word not in text


# -- in words ------------------------------------------------------------------------------


@pytest.fixture
def english(qapp: Any) -> Iterator[Any]:
    """No translator: the English source texts."""
    from PySide6.QtCore import QTranslator

    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    yield qapp


def test_report_lines(english: Any, world: World, broken: dict[str, int]) -> None:
    from mentorat_desktop.i18n.check_messages import report_lines

    assert report_lines(CheckReport([])) == ["The database is sound."]
    lines = report_lines(check_database(world.db))
    orphans = 0 if world.db.on_server else 3  # a server keeps no orphans
    assert lines[0] == f"{2 + orphans} problem(s) found."
    assert len(lines) == 3 + orphans
    assert (
        f"Pair {broken['kept']}: the session of 2001-01-01 is outside the time the pair was "
        "active." in lines
    )
    assert all("{" not in line and "%n" not in line for line in lines)
    assert sum("(can be repaired automatically)" in line for line in lines) == 1 + orphans


def test_every_problem_has_a_sentence(english: Any) -> None:
    from mentorat_desktop.i18n.check_messages import problem_text

    samples = [
        Problem("integrity", {"count": 2, "details": ("On tree page 10 cell 3: bad",)}, False),
        Problem("unreadable", {"detail": "file is not a database"}, False),
        Problem("not_mentorat", {}, False),
        Problem("over_capacity", {"member": 4, "capacity": 1, "held": 2, "pairs": (3, 7)}, False),
        Problem("session_outside_pair", {"pair": 12, "session": 5, "held_on": "2026-03-04"}, False),
        Problem(
            "duplicate_pair",
            {"members": (4, 9), "pairs": (12, 15), "kept": 12, "ended": (15,)},
            True,
        ),
        Problem(
            "duplicate_pair",
            {"members": (4, 9), "pairs": (12, 15), "kept": None, "ended": ()},
            False,
        ),
    ]
    for table, parent in [*FK_REPAIRS, ("pair", "member"), ("elsewhere", "thing")]:
        samples.append(
            Problem(
                "foreign_key",
                {
                    "table": table,
                    "column": "x_id",
                    "parent": parent,
                    "missing": 17,
                    "count": 2,
                    "rows": (3, 4),
                },
                True,
            )
        )
    texts = [problem_text(p) for p in samples]
    assert all(
        t and "{" not in t and "%n" not in t and t != p.code
        for t, p in zip(texts, samples, strict=True)
    )
    assert len(set(texts)) == len(texts)
    assert "17" in texts[-1] and "elsewhere" in texts[-1]
    assert problem_text(samples[4]) == (
        "Pair 12: the session of 2026-03-04 is outside the time the pair was active."
    )
    assert "04/03/2026" in problem_text(samples[4], "fr_FR")
