"""Fixtures shared by every test folder: a fresh database and the members service on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.services.members import MemberService


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
