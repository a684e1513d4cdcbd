"""Fixtures shared by every test folder: the user's folders kept apart for each test, a fresh
database and the members service on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.services.members import MemberService


@pytest.fixture(autouse=True)
def own_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """The user's data and configuration folders (platformdirs follows the XDG variables; so
    do the command-line subprocesses, which inherit them) in a folder of this test's own,
    beside tmp_path rather than in it: nothing is written to the real home, and tests run in
    parallel (pytest -n) do not share a database, a backup or a setting. The cache is left
    alone (fontconfig's would be built again for every test)."""
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        monkeypatch.setenv(variable, str(home / folder))
    return home


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A new, empty database in a temporary folder, closed after the test."""
    database = open_database(tmp_path / "mentorat.sqlite3")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def members(db: Database) -> MemberService:
    return MemberService(db)
