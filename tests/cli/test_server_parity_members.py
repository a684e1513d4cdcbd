"""The same register gives the same export on both engines: the demo written with one seed
and one date into a file and into a database on the PostgreSQL test server, then
``export-members`` from each, byte for byte (issue 14's done-when). Needs the test server
(``MENTORAT_TEST_SERVER``, ``python3 tasks.py test-pg``); skipped without it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.demo import generate_demo
from tests.server_databases import server_address

pytestmark = pytest.mark.skipif(
    server_address() is None, reason="needs the PostgreSQL test server (MENTORAT_TEST_SERVER)"
)

SEED = 2026
TODAY = dt.date(2026, 3, 2)


def _demo(target: Path | str, members: int) -> None:
    db = open_database(target)
    try:
        generate_demo(db, members=members, seed=SEED, today=TODAY)
    finally:
        db.close()


@pytest.mark.parametrize("members", [60, 150])
def test_export_members_is_the_same_on_sqlite_and_on_the_server(
    cli: Callable, db_target: Path | str, tmp_path: Path, members: int
) -> None:
    assert isinstance(db_target, str)  # the server's, since the suite has one
    laptop = tmp_path / "demo.sqlite3"
    _demo(laptop, members)
    _demo(db_target, members)

    outputs = []
    for target, name in ((laptop, "fichier.csv"), (db_target, "serveur.csv")):
        out = tmp_path / name
        done = cli("export-members", "--db", target, "-o", out, "--lang", "en")
        assert done.code == 0, done.err
        outputs.append(out.read_bytes())
    on_file, on_server = outputs
    assert on_file.count(b"\r\n") == members + 1  # the titles, then every member
    assert on_server == on_file
