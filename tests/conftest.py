"""Fixtures shared by every test folder: the user's folders kept apart for each test, a fresh
database and the members service on it.

With ``MENTORAT_TEST_SERVER`` set (``python3 tasks.py test-pg``), the ``db`` and ``db_target``
fixtures give a database on the PostgreSQL test server instead of a file, and the tests
marked ``sqlite_only`` (a file's own behaviour: locks, copies, damage) are skipped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.services.members import MemberService
from tests.server_databases import ServerDatabases, server_address


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about the laptop's file itself; skipped on the server"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if server_address() is None:
        return
    skip = pytest.mark.skip(reason="about the SQLite file itself")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def server_databases(worker_id: str) -> Iterator[ServerDatabases | None]:
    """The test server's databases, or None when the suite runs on SQLite files."""
    address = server_address()
    if address is None:
        yield None
        return
    databases = ServerDatabases(address, worker_id)
    try:
        yield databases
    finally:
        databases.close()


@pytest.fixture
def db_target(tmp_path: Path, server_databases: ServerDatabases | None) -> Iterator[Path | str]:
    """Where a test's new, empty database goes: a file path, or a server database's address
    (what ``--db`` accepts either way)."""
    if server_databases is None:
        yield tmp_path / "mentorat.sqlite3"
        return
    address = server_databases.fresh()
    try:
        yield address
    finally:
        server_databases.drop(address)


@pytest.fixture(autouse=True)
def own_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """The user's data and configuration folders (platformdirs follows the XDG variables; so
    do the command-line subprocesses, which inherit them) in a folder of this test's own,
    beside tmp_path rather than in it: nothing is written to the real home, and tests run in
    parallel (pytest -n) do not share a database, a backup or a setting. The cache is left
    alone (fontconfig's would be built again for every test)."""
    # The command line's --as stands for MENTORAT_COORDINATOR for the rest of its process:
    # in the tests that process is pytest's, so each test starts without it.
    monkeypatch.delenv("MENTORAT_COORDINATOR", raising=False)
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        monkeypatch.setenv(variable, str(home / folder))
    return home


@pytest.fixture
def db(db_target: Path | str) -> Iterator[Database]:
    """A new, empty database (a file in a temporary folder, or on the test server), closed
    after the test."""
    database = open_database(db_target)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def members(db: Database) -> MemberService:
    return MemberService(db)
