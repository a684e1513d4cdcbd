"""Opening the database: new files, reopening, and every file that must be refused untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import inspect

from mentorat_desktop.core.database import SQLITE_MAGIC, Database, open_database
from mentorat_desktop.core.errors import DatabaseOpenError, OpenProblem
from mentorat_desktop.core.migrations import HEAD_REVISION
from mentorat_desktop.core.models import Base
from mentorat_desktop.core.services.members import MemberInput, MemberService

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_non_root = pytest.mark.skipif(IS_ROOT, reason="root ignores file permissions")


def snapshot(path: Path) -> tuple[str, list[str]]:
    """The file's content hash and the names in its folder: equal snapshots = untouched."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, sorted(p.name for p in path.parent.iterdir())


def assert_refused(path: Path, problem: OpenProblem) -> DatabaseOpenError:
    """Opening ``path`` fails with ``problem`` and leaves the file and its folder as they were."""
    before = snapshot(path)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.problem == problem
    assert info.value.path == path
    assert snapshot(path) == before
    assert not path.with_name(path.name + "-wal").exists()
    assert not path.with_name(path.name + "-shm").exists()
    return info.value


def make_other_sqlite(path: Path, journal_mode: str = "delete") -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA journal_mode = {journal_mode}")
    con.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT)")
    con.execute("INSERT INTO recipe (title) VALUES ('Tourtière')")
    con.commit()
    con.close()


def make_mentorat(path: Path) -> None:
    """A closed Mentorat database holding one member."""
    db = open_database(path)
    MemberService(db).add(MemberInput(first_name="Hélène", last_name="Côté", birth_year=1958))
    db.close()


def set_revision(path: Path, revision: str) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.commit()
    con.close()


def pragmas(connection: object) -> tuple[int, str, int]:
    cursor = connection.exec_driver_sql  # type: ignore[attr-defined]
    return (
        cursor("PRAGMA foreign_keys").scalar(),
        cursor("PRAGMA journal_mode").scalar(),
        cursor("PRAGMA synchronous").scalar(),
    )


# -- new and existing databases ----------------------------------------------------------


def test_new_file_is_created_with_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    db = open_database(path)
    try:
        assert isinstance(db, Database)
        assert path.is_file()
        with path.open("rb") as fh:
            assert fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert "alembic_version" in tables
        with db.engine.connect() as connection:
            revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert revision.scalar_one() == HEAD_REVISION
    finally:
        db.close()


@pytest.mark.sqlite_only
def test_every_connection_gets_the_pragmas(db: Database) -> None:
    # Two connections open at once are two distinct SQLite connections.
    with db.engine.connect() as first, db.engine.connect() as second:
        assert pragmas(first) == (1, "wal", 2)  # synchronous 2 = FULL
        assert pragmas(second) == (1, "wal", 2)
    with db.transaction() as session:
        assert pragmas(session.connection()) == (1, "wal", 2)


def test_foreign_keys_are_enforced(db: Database) -> None:
    # SQLite says "FOREIGN KEY constraint failed", PostgreSQL "violates foreign key constraint".
    with pytest.raises(Exception, match=r"(?i)foreign key"), db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO member_skill (member_id, skill_id, kind) VALUES (42, 42, 'offered')"
        )


def test_one_writer_at_a_time_on_a_server(db: Database, db_target: Path | str) -> None:
    """Two coordinators' copies on one server database: while one writes, the other's write
    waits (as on SQLite's file), then is told "busy" past the lock timeout; nothing is
    written twice."""
    from sqlalchemy import event

    from mentorat_desktop.core.errors import StorageError, StorageProblem

    if not db.on_server:
        pytest.skip("a server's writers; the file's are SQLite's own")
    other = open_database(db_target)
    try:
        other.engine.dispose()  # its next connections take the short wait

        @event.listens_for(other.engine, "connect")
        def _short_wait(dbapi_connection: object, _record: object) -> None:
            dbapi_connection.execute("SET lock_timeout = 200")  # type: ignore[attr-defined]
            dbapi_connection.commit()  # type: ignore[attr-defined]

        with db.transaction():
            with pytest.raises(StorageError) as failure:
                MemberService(other).add(MemberInput(first_name="Zoé", last_name="Attend"))
            assert failure.value.problem == StorageProblem.BUSY
        MemberService(other).add(MemberInput(first_name="Zoé", last_name="Attend"))
        assert MemberService(db).count() == 1
    finally:
        other.close()


def test_reopening_keeps_the_data_and_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    make_mentorat(path)
    names_before = sorted(p.name for p in tmp_path.iterdir())
    db = open_database(path)
    try:
        assert [m.full_name for m in MemberService(db).list_members()] == ["Hélène Côté"]
    finally:
        db.close()
    db = open_database(str(path))  # a string path works too
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == names_before
    assert not list(tmp_path.glob("*.bak"))


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    path.touch()
    db = open_database(path)
    try:
        assert MemberService(db).count() == 0
        assert "member" in inspect(db.engine).get_table_names()
    finally:
        db.close()


# -- files refused, untouched ------------------------------------------------------------


def test_text_file_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_text("Nom;Prénom\nCôté;Hélène\n", encoding="utf-8")
    assert_refused(path, OpenProblem.NOT_SQLITE)


def test_tiny_file_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"SQLite")
    assert_refused(path, OpenProblem.NOT_SQLITE)


def test_magic_header_then_garbage_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(SQLITE_MAGIC + b"garbage!" * 512)
    assert_refused(path, OpenProblem.NOT_SQLITE)


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_another_programs_database_is_refused(tmp_path: Path, journal_mode: str) -> None:
    path = tmp_path / "recettes.sqlite3"
    make_other_sqlite(path, journal_mode)
    assert_refused(path, OpenProblem.NOT_MENTORAT)


def test_alembic_version_without_our_tables_is_not_mentorat(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('abc123')")
    con.commit()
    con.close()
    assert_refused(path, OpenProblem.NOT_MENTORAT)


def test_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    make_mentorat(path)
    set_revision(path, "9999_future")
    error = assert_refused(path, OpenProblem.NEWER_VERSION)
    assert error.detail == "9999_future"
    assert not list(tmp_path.glob("*.bak"))


@needs_non_root
def test_read_only_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    make_mentorat(path)
    path.chmod(0o444)
    try:
        assert_refused(path, OpenProblem.READ_ONLY)
    finally:
        path.chmod(0o644)


@needs_non_root
def test_database_in_a_read_only_folder_is_read_only_not_damaged(tmp_path: Path) -> None:
    # SQLite cannot create the -shm file of a WAL database here; that must not be
    # mistaken for a damaged file.
    folder = tmp_path / "usb"
    folder.mkdir()
    path = folder / "mentorat.sqlite3"
    make_mentorat(path)
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        assert_refused(path, OpenProblem.READ_ONLY)
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


@pytest.mark.parametrize("writable_folder", [True, False])
def test_read_only_is_refused_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writable_folder: bool
) -> None:
    """The same path as the chmod test, with os.access faked so that it runs as root too."""
    path = tmp_path / "mentorat.sqlite3"
    make_mentorat(path)
    real_access = os.access
    not_writable = path if writable_folder else tmp_path

    def fake_access(target: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(target) == not_writable:  # type: ignore[arg-type]
            return False
        return real_access(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", fake_access)
    assert_refused(path, OpenProblem.READ_ONLY)


def test_directory_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    path.mkdir()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.problem == OpenProblem.IS_DIRECTORY
    assert path.is_dir()
    assert list(path.iterdir()) == []


def test_missing_folder_cannot_be_created(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "mentorat.sqlite3"
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.problem == OpenProblem.CANNOT_CREATE
    assert not path.parent.exists()


def test_refused_file_mode_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_text("pas une base", encoding="utf-8")
    path.chmod(0o600)
    with pytest.raises(DatabaseOpenError):
        open_database(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
