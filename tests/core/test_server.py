"""Opening a database on a PostgreSQL server: what is refused before anything is written."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import create_engine, text

from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.errors import DatabaseOpenError, OpenProblem
from mentorat_desktop.core.server import is_server_address, shown_address
from tests.server_databases import ServerDatabases


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_addresses_are_told_apart_from_files() -> None:
    assert is_server_address("postgresql+psycopg://coord@server/mentorat")
    assert is_server_address("postgresql://coord@server/mentorat")
    assert not is_server_address("mentorat.sqlite3")
    assert not is_server_address("C:/Users/coord/mentorat.sqlite3")


def test_a_password_in_the_address_is_refused_and_never_shown() -> None:
    with pytest.raises(DatabaseOpenError) as caught:
        open_database("postgresql://coord:s3cret@127.0.0.1/mentorat")
    assert caught.value.problem == OpenProblem.PASSWORD_IN_ADDRESS
    assert "s3cret" not in str(caught.value)
    assert "s3cret" not in shown_address("postgresql://coord:s3cret@127.0.0.1/mentorat")


def test_a_server_that_does_not_answer_is_said_so() -> None:
    address = f"postgresql+psycopg://coord@127.0.0.1:{_closed_port()}/mentorat"
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(address)
    assert caught.value.problem == OpenProblem.SERVER_UNREACHABLE


def test_another_scheme_is_neither_a_file_nor_a_server() -> None:
    with pytest.raises(DatabaseOpenError) as caught:
        open_database("mysql://coord@127.0.0.1/mentorat")
    assert caught.value.problem == OpenProblem.NOT_A_SERVER_ADDRESS


def test_another_programs_tables_on_the_server_are_left_alone(
    server_databases: ServerDatabases | None,
) -> None:
    if server_databases is None:
        pytest.skip("needs the PostgreSQL test server (python3 tasks.py test-pg)")
    address = server_databases.fresh()
    engine = create_engine(address)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer primary key)"))
    try:
        with pytest.raises(DatabaseOpenError) as caught:
            open_database(address)
        assert caught.value.problem == OpenProblem.NOT_MENTORAT
        with engine.connect() as connection:
            tables = connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars()
            assert set(tables) == {"invoices"}
    finally:
        engine.dispose()
        server_databases.drop(address)


def test_a_new_server_database_is_created_at_the_latest_schema(
    server_databases: ServerDatabases | None,
) -> None:
    if server_databases is None:
        pytest.skip("needs the PostgreSQL test server (python3 tasks.py test-pg)")
    address = server_databases.fresh()
    try:
        db = open_database(address)
        try:
            assert db.on_server and db.path is None
            assert db.query("SELECT count(*) FROM member WHERE id > ?", (0,)) == [(0,)]
            assert "@" in db.location
        finally:
            db.close()
    finally:
        server_databases.drop(address)
