"""Storage failures become StorageError with a code: no SQL, no personal data, nothing
half-written. A full disk is simulated with SQLite's own page limit (the database cannot
grow: SQLite answers "database or disk is full", as on a full disk)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event

from mentorat_desktop.core import database
from mentorat_desktop.core.errors import StorageError, StorageProblem
from mentorat_desktop.core.services.members import MemberInput, MemberService

PRIVATE = "Quizzlewick"


def _member(n: int) -> MemberInput:
    return MemberInput(
        first_name=f"{PRIVATE}{n}",
        last_name="Zed",
        birth_year=1990,
        email=f"zxq{n}@example.org",
        notes="x" * 3000,
    )


@pytest.mark.sqlite_only
def test_a_full_disk_is_a_storage_error_and_nothing_is_half_written(db):
    members = MemberService(db)
    members.add(_member(0))
    pages = db.query("PRAGMA page_count")[0][0]
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _cannot_grow(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(StorageError) as failure:
        for n in range(1, 200):
            members.add(_member(n))
    assert failure.value.problem == StorageProblem.DISK_FULL
    assert PRIVATE not in str(failure.value) and "INSERT" not in str(failure.value)
    assert failure.value.__cause__ is None and failure.value.__suppress_context__
    # Each member is one transaction: those confirmed are whole, the refused one is absent.
    count = members.count()
    names = {m.first_name for m in members.list_members()}
    assert names == {f"{PRIVATE}{n}" for n in range(count)}


@pytest.mark.sqlite_only
def test_a_database_locked_by_another_program_is_a_storage_error(db, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    db.close()  # new connections take the short wait
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as failure:
            MemberService(db).add(_member(1))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert failure.value.problem == StorageProblem.BUSY
    assert PRIVATE not in str(failure.value)
    assert MemberService(db).count() == 0


def test_a_table_locked_on_the_server_is_a_storage_error(db):
    """On a server, a table another connection holds locked makes the write wait for the
    server's lock timeout, then fail as "busy", with nothing written."""
    if not db.on_server:
        pytest.skip("a server's lock; the file's own is tested above")
    members = MemberService(db)
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _short_wait(dbapi_connection, _record):
        dbapi_connection.execute("SET lock_timeout = 200")
        dbapi_connection.commit()

    with db.engine.connect() as other:
        other.exec_driver_sql("LOCK TABLE member IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(StorageError) as failure:
            members.add(_member(1))
        other.rollback()
    assert failure.value.problem == StorageProblem.BUSY
    assert PRIVATE not in str(failure.value) and "INSERT" not in str(failure.value)
    assert members.count() == 0


def test_a_read_only_session_refuses_every_change_before_touching_the_file(tmp_path):
    path = tmp_path / "m.sqlite3"
    database.open_database(path).close()
    before = path.read_bytes()
    db = database.open_database(path, read_only=True)
    try:
        with pytest.raises(StorageError) as failure:
            MemberService(db).add(_member(1))
        assert failure.value.problem == StorageProblem.READ_ONLY_SESSION
    finally:
        db.close()
    assert path.read_bytes() == before
