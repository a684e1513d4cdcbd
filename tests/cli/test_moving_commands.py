"""migrate-to, export and merge-back from the command line, on the PostgreSQL test server
(skipped without MENTORAT_TEST_SERVER): the same register on both sides, a server that
already holds one refused, an event's file merged back with its conflict listed."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from mentorat_desktop.cli import EXIT_NOTHING_DONE, EXIT_OK, EXIT_SOME_REFUSED
from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.demo import write_demo_database
from mentorat_desktop.core.models import Pair
from mentorat_desktop.core.moving import MovingError, MovingProblem
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.sessions import SessionInput, SessionService
from tests.server_databases import ServerDatabases


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("moving") / "démo.sqlite3"
    write_demo_database(path, members=60, seed=2026)
    return path


@pytest.fixture
def laptop(demo_file: Path, tmp_path: Path) -> Path:
    """A copy of the demo file of this test's own."""
    path = tmp_path / "portable.sqlite3"
    path.write_bytes(demo_file.read_bytes())
    return path


@pytest.fixture
def server(server_databases: ServerDatabases | None) -> Iterator[str]:
    """The address of a fresh, empty server database."""
    if server_databases is None:
        pytest.skip("needs the PostgreSQL test server (MENTORAT_TEST_SERVER)")
    address = server_databases.fresh()
    yield address
    server_databases.drop(address)


def _last_month() -> str:
    first = dt.date.today().replace(day=1)
    return (first - dt.timedelta(days=1)).strftime("%Y-%m")


def test_the_demo_copied_to_a_server_reads_the_same(cli, laptop, server, tmp_path):
    copied = cli("migrate-to", server, "--db", laptop, "--lang", "en")

    assert copied.code == EXIT_OK, copied.text
    assert "60 member" in copied.out and "20 pair" in copied.out

    on_file, on_server = tmp_path / "fichier.csv", tmp_path / "serveur.csv"
    assert cli("export-members", "--db", laptop, "-o", on_file).code == EXIT_OK
    assert cli("export-members", "--db", server, "-o", on_server).code == EXIT_OK
    assert on_server.read_bytes() == on_file.read_bytes()
    for month in (_last_month(), dt.date.today().strftime("%Y-%m")):
        from_file = cli("followup", "--db", laptop, "--month", month, "--json")
        from_server = cli("followup", "--db", server, "--month", month, "--json")
        assert from_file.code == from_server.code == EXIT_OK
        assert json.loads(from_server.out) == json.loads(from_file.out)


def test_a_server_that_already_holds_a_register_is_refused(cli, laptop, server):
    assert cli("migrate-to", server, "--db", laptop).code == EXIT_OK

    again = cli("migrate-to", server, "--db", laptop, "--lang", "en")

    assert again.code == EXIT_NOTHING_DONE
    assert "already holds a register" in again.err and "Nothing was copied" in again.err
    assert "Traceback" not in again.text


def test_a_file_is_not_a_server_address(cli, laptop, tmp_path):
    refused = cli("migrate-to", tmp_path / "autre.sqlite3", "--db", laptop, "--lang", "en")

    assert refused.code == EXIT_NOTHING_DONE
    assert "is not the address of a PostgreSQL server" in refused.err


def _edit(db: Database, member_id: int, **changes: object) -> None:
    members = MemberService(db)
    members.update(member_id, dataclasses.replace(members.get(member_id).to_input(), **changes))


def test_an_event_is_exported_then_merged_back(cli, laptop, server, tmp_path):
    assert cli("migrate-to", server, "--db", laptop).code == EXIT_OK
    event_file = tmp_path / "salon.sqlite3"
    exported = cli("export", "--db", server, "-o", event_file, "--lang", "en")
    assert exported.code == EXIT_OK, exported.text
    assert "60 member" in exported.out

    # At the event: a new member, a session, an edit and an edit the office also made.
    event = open_database(event_file)
    event.coordinator = "Paul"
    office = open_database(server)
    office.coordinator = "Claire"
    try:
        with event.reading() as session:
            pair = session.scalars(select(Pair).where(Pair.status == "active").limit(1)).one()
            pair_id, mentor_id, mentee_id = pair.id, pair.mentor_id, pair.mentee_id
        MemberService(event).add(
            MemberInput(first_name="Inès", last_name="Salon", email="ines@exemple.org")
        )
        SessionService(event).log(
            SessionInput(pair_id=pair_id, held_on=dt.date(2026, 11, 20), duration_minutes=75)
        )
        _edit(event, mentee_id, phone="01 23 45 67 89")
        _edit(event, mentor_id, organisation="Salon des associations")
        _edit(office, mentor_id, organisation="Mairie du 3e")
        mentor_name = MemberService(office).get(mentor_id).full_name
    finally:
        event.close()
        office.close()

    dry = cli("merge-back", event_file, "--db", server, "--dry-run", "--lang", "en")
    assert dry.code == EXIT_SOME_REFUSED, dry.text
    assert "nothing was written" in dry.out
    assert "1 member" in dry.out and "1 session" in dry.out
    assert "Inès Salon" in dry.out  # the members added are named

    conflicts = tmp_path / "conflits.csv"
    merged = cli("merge-back", event_file, "--db", server, "--conflicts", conflicts, "--lang", "en")

    assert merged.code == EXIT_SOME_REFUSED, merged.text
    assert "added: 1 member" in merged.out
    assert "updated: 1 member" in merged.out  # the mentee; the mentor's edit is the conflict
    line = next(x for x in merged.out.splitlines() if "Salon des associations" in x)
    assert mentor_name in line and "Mairie du 3e" in line and "Claire" in line
    with conflicts.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[1][2:5] == ["Salon des associations", "Mairie du 3e", "Claire"]

    members_csv = tmp_path / "membres.csv"
    assert cli("export-members", "--db", server, "-o", members_csv).code == EXIT_OK
    members = members_csv.read_text(encoding="utf-8-sig")
    assert "ines@exemple.org" in members and "01 23 45 67 89" in members
    assert "Salon des associations" not in members  # the conflict kept the server's value

    again = cli("merge-back", event_file, "--db", server, "--lang", "en")
    assert again.code == EXIT_NOTHING_DONE
    assert "already merged back" in again.err


def test_merge_back_refuses_a_file_that_is_not_an_export(cli, laptop, server):
    assert cli("migrate-to", server, "--db", laptop).code == EXIT_OK

    refused = cli("merge-back", laptop, "--db", server, "--lang", "en")

    assert refused.code == EXIT_NOTHING_DONE
    assert "was not written by the export command" in refused.err


def test_export_refuses_a_file_that_exists(cli, laptop, server):
    assert cli("migrate-to", server, "--db", laptop).code == EXIT_OK

    refused = cli("export", "--db", server, "-o", laptop, "--lang", "en")

    assert refused.code == EXIT_NOTHING_DONE
    assert "already exists" in refused.err


@pytest.mark.parametrize("problem", list(MovingProblem))
def test_every_refusal_is_a_sentence(qapp, problem):
    from mentorat_desktop.i18n.moving_messages import moving_error

    params = {"members": 3, "table": "member", "expected": 5, "found": 4, "path": "x.sqlite3"}
    text = moving_error(MovingError(problem, **params), "salon.sqlite3")

    assert text.endswith(".") and "{" not in text and "_" not in text
