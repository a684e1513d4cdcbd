"""Fixtures of the core tests: two coordinators, Alice and Bruno, each with a copy of the
application open on the same database (a file, or the test server's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorat_desktop.core.database import Database, open_database


@pytest.fixture
def alice(db_target: Path | str) -> Iterator[Database]:
    database = open_database(db_target)
    database.coordinator = "Alice Martin"
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def bruno(alice: Database, db_target: Path | str) -> Iterator[Database]:
    database = open_database(db_target)
    database.coordinator = "Bruno Tremblay"
    try:
        yield database
    finally:
        database.close()
