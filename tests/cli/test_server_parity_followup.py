"""The same register gives the same follow-up on a laptop's file and on a PostgreSQL server:
the demo association written with the same seed to both, ``followup --json`` (and its
readable table) prints the same text, month by month (issue 14's done-when).

Runs only against a test server (``MENTORAT_TEST_SERVER``; ``python3 tasks.py test-pg``)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorat_desktop.cli import EXIT_OK
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.demo import generate_demo, write_demo_database
from mentorat_desktop.core.followup import add_months
from tests.server_databases import ServerDatabases, server_address

pytestmark = pytest.mark.skipif(
    server_address() is None, reason="needs the PostgreSQL test server (MENTORAT_TEST_SERVER)"
)

MEMBERS = 80
SEED = 4242
TODAY = dt.date.today()
THIS_MONTH = TODAY.replace(day=1)
# The month in progress, the last one (every verdict given), and older ones back to the
# demo's first pairs; one month after today, when nothing has happened yet.
MONTHS = [add_months(THIS_MONTH, k) for k in (1, 0, -1, -2, -3, -6, -9, -12, -18)]


@pytest.fixture(scope="module")
def both(
    tmp_path_factory: pytest.TempPathFactory, server_databases: ServerDatabases | None
) -> Iterator[tuple[Path, str]]:
    """The demo with one seed, written once to a file and once to a server database."""
    assert server_databases is not None
    path = tmp_path_factory.mktemp("parity") / "démo.sqlite3"
    write_demo_database(path, members=MEMBERS, seed=SEED, today=TODAY)
    address = server_databases.fresh()
    try:
        db = open_database(address)
        try:
            generate_demo(db, members=MEMBERS, seed=SEED, today=TODAY)
        finally:
            db.close()
        yield path, address
    finally:
        server_databases.drop(address)


@pytest.mark.parametrize("month", MONTHS, ids=lambda m: m.strftime("%Y-%m"))
def test_followup_json_is_the_same_on_the_file_and_on_the_server(
    cli, both: tuple[Path, str], month: dt.date
) -> None:
    path, address = both
    args = ("followup", "--month", month.strftime("%Y-%m"), "--json", "--lang", "en")
    on_file = cli(*args[:1], "--db", path, *args[1:])
    on_server = cli(*args[:1], "--db", address, *args[1:])
    assert on_file.code == on_server.code == EXIT_OK, on_file.text + on_server.text
    assert on_server.out == on_file.out
    assert isinstance(json.loads(on_file.out), list)


def test_the_comparison_compares_pairs_met_and_missed(cli, both: tuple[Path, str]) -> None:
    """Over the months compared, the demo has pairs that met their commitment, pairs that
    fell short and months not judged: the equality above is not that of two empty lists."""
    path, _address = both
    states: set[str] = set()
    for month in MONTHS:
        result = cli("followup", "--db", path, "--month", month.strftime("%Y-%m"), "--json")
        states |= {row["state"] for row in json.loads(result.out)}
    assert {"met", "below"} <= states, states


@pytest.mark.parametrize("language", ["en", "fr_FR"])
def test_followup_table_is_the_same_on_the_file_and_on_the_server(
    cli, both: tuple[Path, str], language: str
) -> None:
    path, address = both
    month = add_months(THIS_MONTH, -1).strftime("%Y-%m")
    on_file = cli("followup", "--db", path, "--month", month, "--lang", language)
    on_server = cli("followup", "--db", address, "--month", month, "--lang", language)
    assert on_file.code == on_server.code == EXIT_OK, on_file.text + on_server.text
    assert on_file.out.strip()
    assert on_server.out == on_file.out


def test_indicators_json_is_the_same_on_the_file_and_on_the_server(
    cli, both: tuple[Path, str]
) -> None:
    """The activity report's figures (the dashboard's sums, the satisfaction averages, the
    closing evaluations) over the last twelve months."""
    path, address = both
    period = ("--from", add_months(THIS_MONTH, -12).isoformat(), "--to", TODAY.isoformat())
    on_file = cli("indicators", "--db", path, *period, "--json")
    on_server = cli("indicators", "--db", address, *period, "--json")
    assert on_file.code == on_server.code == EXIT_OK, on_file.text + on_server.text
    assert on_server.out == on_file.out


def test_what_people_learned_comes_in_the_same_order_with_their_names(
    both: tuple[Path, str],
) -> None:
    """The report's closing evaluations, named, read from each engine: the same people, the
    same sentences, in the same order."""
    from mentorat_desktop.core.report import indicators

    figures = []
    for target in both:
        db = open_database(target)
        try:
            figures.append(
                indicators(db, add_months(THIS_MONTH, -24), TODAY, today=TODAY, names=True)
            )
        finally:
            db.close()
    on_file, on_server = figures
    assert on_file.learned, "the demo's ended pairs said what they learned"
    assert on_server.to_json() == on_file.to_json()


def test_the_dashboard_and_the_list_to_call_are_the_same(both: tuple[Path, str]) -> None:
    """The dashboard's figures, the twelve-month grid and the pairs to contact today."""
    from mentorat_desktop.core.dashboard import compute_dashboard
    from mentorat_desktop.core.followup import compute_grid, to_follow_up

    seen = []
    for target in both:
        db = open_database(target)
        try:
            seen.append(
                (
                    compute_dashboard(db, TODAY),
                    compute_grid(db, THIS_MONTH, 12, today=TODAY),
                    to_follow_up(db, TODAY),
                )
            )
        finally:
            db.close()
    (board, grid, calls), on_server = seen
    assert grid.rows and calls and board.active_pairs
    assert on_server == (board, grid, calls)
