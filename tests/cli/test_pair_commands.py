"""The pair commands of the command line: match (explained suggestions, as JSON for other
tools, or applied as proposals), add-pair, and the charters printed to PDF."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorat_desktop.cli import EXIT_NOTHING_DONE, EXIT_OK
from mentorat_desktop.core.checks import check_database
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.demo import generate_demo, write_demo_database
from mentorat_desktop.core.enums import PairStatus, Role
from mentorat_desktop.core.event.kickoff import expected_pairs
from mentorat_desktop.core.event.wishes import EventService, wishes_by_member
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.core.services.refusals import RefusalService
from tests.server_databases import ServerDatabases


def pairs_by_status(path: Path) -> dict[PairStatus, int]:
    db = open_database(path)
    try:
        counts = dict.fromkeys(PairStatus, 0)
        for pair in PairService(db).list_pairs():
            counts[pair.status] += 1
        return counts
    finally:
        db.close()


def pdf_text(path: Path) -> str:
    """The text of a PDF, each run of spaces and line ends as one space."""
    reader = PdfReader(path)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def people(empty_db: Path) -> dict[str, int]:
    """Zoé Vidal (a young mentor, with an e-mail, who takes two pairs), Anne Dupont (a
    senior) and Bruno Faure (one pair each)."""
    db = open_database(empty_db)
    try:
        members = MemberService(db)

        def add(first, last, year, role, email=None, capacity=1) -> int:
            data = MemberInput(
                first_name=first,
                last_name=last,
                birth_year=year,
                role=role,
                email=email,
                capacity=capacity,
            )
            return members.add(data).id

        return {
            "zoe": add("Zoé", "Vidal", 2001, Role.MENTOR, "Zoe.Vidal@example.org", capacity=2),
            "anne": add("Anne", "Dupont", 1955, Role.MENTEE, "anne.dupont@example.org"),
            "bruno": add("Bruno", "Faure", 1960, Role.MENTEE),
        }
    finally:
        db.close()


# -- match -------------------------------------------------------------------------------------


def test_demo_then_match_as_json(cli, tmp_path: Path) -> None:
    path = tmp_path / "démo.sqlite3"
    made = cli("demo", path, "--members", 60, "--lang", "en")
    assert made.code == EXIT_OK, made.text
    before = pairs_by_status(path)

    result = cli("match", "--db", path, "--json", "--lang", "en")
    assert result.code == EXIT_OK, result.text
    suggestions = json.loads(result.out)  # standard output is pure JSON
    assert isinstance(suggestions, list) and suggestions
    for item in suggestions:
        assert {"mentor", "mentee", "score", "reasons"} <= set(item)
        assert isinstance(item["mentor"], str) and item["mentor"].strip()
        assert isinstance(item["mentee"], str) and item["mentee"].strip()
        assert item["mentor"] != item["mentee"]
        assert isinstance(item["score"], int | float)
        assert item["reasons"], item
        assert all(isinstance(r, str) and r.strip() for r in item["reasons"])
        assert not any(re.fullmatch(r"[a-z_]+", r) for r in item["reasons"])  # words, no codes
    scores = [item["score"] for item in suggestions]
    assert scores == sorted(scores, reverse=True)
    assert pairs_by_status(path) == before  # a suggestion is not a pair


def test_match_reasons_speak_french(cli, demo60: Path) -> None:
    result = cli("match", "--db", demo60, "--json", "--lang", "fr_FR")
    assert result.code == EXIT_OK, result.text
    reasons = [r for item in json.loads(result.out) for r in item["reasons"]]
    assert reasons
    assert not any(" offers " in r or "Both " in r for r in reasons)


def test_match_apply_creates_proposed_pairs(cli, demo60: Path) -> None:
    before = pairs_by_status(demo60)
    result = cli("match", "--db", demo60, "--json", "--apply", "--lang", "en")
    assert result.code == EXIT_OK, result.text
    suggestions = json.loads(result.out)  # still pure JSON: the count goes to stderr
    assert f"{len(suggestions)} pairs created as proposed" in result.err
    after = pairs_by_status(demo60)
    assert after[PairStatus.PROPOSED] == before[PairStatus.PROPOSED] + len(suggestions)
    assert after[PairStatus.ACTIVE] == before[PairStatus.ACTIVE]

    db = open_database(demo60)
    try:
        proposed = {
            (p.mentor_name, p.mentee_name): p
            for p in PairService(db).list_pairs(status=PairStatus.PROPOSED)
        }
    finally:
        db.close()
    for item in suggestions:
        pair = proposed[(item["mentor"], item["mentee"])]
        assert pair.match_score == item["score"]
        assert pair.match_reasons  # kept, to explain the pair later
    # The whole-pool proposal fits everyone's capacity, proposals counted.
    db = open_database(demo60)
    try:
        assert not [p for p in check_database(db).problems if p.code == "over_capacity"]
    finally:
        db.close()


def test_match_as_text(cli, demo60: Path) -> None:
    result = cli("match", "--db", demo60, "--lang", "en")
    assert result.code == EXIT_OK, result.text
    first = result.out.splitlines()[0]
    assert re.match(r"^\s*\d+\.\d  .+ → .+$", first), first


def test_match_on_an_empty_register(cli, empty_db: Path) -> None:
    result = cli("match", "--db", empty_db, "--json", "--lang", "en")
    assert result.code == EXIT_OK
    assert json.loads(result.out) == []
    text = cli("match", "--db", empty_db, "--lang", "en")
    assert "No pair to propose." in text.out


@pytest.fixture
def file_and_server(
    tmp_path: Path, server_databases: ServerDatabases | None
) -> Iterator[tuple[Path, str]]:
    """The same demo register (same seed, same day) in a file and on the test server."""
    if server_databases is None:
        pytest.skip("needs the PostgreSQL test server (MENTORAT_TEST_SERVER)")
    today = dt.date(2026, 11, 20)
    path = tmp_path / "demo.sqlite3"
    write_demo_database(path, members=150, seed=2026, today=today)
    address = server_databases.fresh()
    try:
        db = open_database(address)
        try:
            generate_demo(db, members=150, seed=2026, today=today)
        finally:
            db.close()
        yield path, address
    finally:
        server_databases.drop(address)


def test_match_says_the_same_in_a_file_and_on_a_server(cli, file_and_server) -> None:
    """The demo written with the same seed gives the same ``match --json`` on SQLite and on
    PostgreSQL; so it does after the same changes on both (members edited, which moves
    their rows on the server's disk, a suggestion refused, a wish after a speed-meeting),
    and ``--apply`` forms the same pairs under the same numbers, at the same kickoff tables,
    beside the same refusals and wishes."""

    def match(*extra: str) -> list[str]:
        outputs = []
        for target in file_and_server:
            result = cli("match", "--db", target, "--json", "--lang", "en", *extra)
            assert result.code == EXIT_OK, result.text
            outputs.append(result.out)
        return outputs

    on_file, on_server = match()
    first = json.loads(on_file)
    assert len(first) >= 10
    assert on_server == on_file

    refused, wisher, wished = first[0], first[1]["mentor_id"], first[2]["mentee_id"]
    for target in file_and_server:
        db = open_database(target)
        try:
            members = MemberService(db)
            for record in members.list_members(include_archived=False)[::3]:
                members.update(record.id, replace(record.to_input(), capacity=record.capacity + 1))
            PairService(db).refuse_match(refused["mentor_id"], refused["mentee_id"], "Déjà vus")
            events = EventService(db)
            meeting = events.create("speed_meeting", dt.date(2026, 11, 12), "Speed-meeting")
            events.set_wishes(meeting.id, wisher, [wished])
            events.set_wishes(meeting.id, wished, [wisher])
        finally:
            db.close()
    on_file, on_server = match()
    second = json.loads(on_file)
    assert second != first
    assert (refused["mentor_id"], refused["mentee_id"]) not in {
        (s["mentor_id"], s["mentee_id"]) for s in second
    }
    assert on_server == on_file

    on_file, on_server = match("--apply")
    assert on_server == on_file
    formed, tables, refusals, wishes = [], [], [], []
    for target in file_and_server:
        db = open_database(target)
        try:
            formed.append(
                [
                    (p.id, p.mentor_name, p.mentee_name, p.status, p.match_score)
                    for p in PairService(db).list_pairs(status=PairStatus.PROPOSED)
                ]
            )
            tables.append(expected_pairs(db))  # the kickoff evening's tables
            refusals.append(RefusalService(db).list())
            wishes.append(wishes_by_member(db))
        finally:
            db.close()
    assert len(formed[0]) >= len(second)
    assert formed[1] == formed[0]
    assert tables[1] == tables[0] and len(tables[0]) == len(formed[0])
    assert refusals[1] == refusals[0] and len(refusals[0]) >= 1
    assert wishes[1] == wishes[0] and wishes[0][wisher] == {wished: dt.date(2026, 11, 12)}


# -- add-pair ----------------------------------------------------------------------------------


def test_add_pair_by_email_and_name_is_proposed(cli, empty_db: Path, people) -> None:
    result = cli(
        "add-pair",
        "--db",
        empty_db,
        "--mentor",
        "zoe.vidal@EXAMPLE.org",
        "--mentee",
        "Anne Dupont",
        "--lang",
        "en",
    )
    assert result.code == EXIT_OK, result.text
    db = open_database(empty_db)
    try:
        (pair,) = PairService(db).list_pairs()
    finally:
        db.close()
    assert (pair.mentor_id, pair.mentee_id, pair.status) == (
        people["zoe"],
        people["anne"],
        PairStatus.PROPOSED,
    )
    assert result.out.strip() == (
        f"Pair {pair.id} proposed: Zoé Vidal (mentor) and Anne Dupont (mentee)."
    )


def test_add_pair_with_a_start_is_active(cli, empty_db: Path, people) -> None:
    result = cli(
        "add-pair",
        "--db",
        empty_db,
        "--mentor",
        "vidal zoe",  # last name first, no accent
        "--mentee",
        "anne.dupont@example.org",
        "--start",
        "2026-01-15",
        "--lang",
        "en",
    )
    assert result.code == EXIT_OK, result.text
    assert " active: " in result.out
    db = open_database(empty_db)
    try:
        (pair,) = PairService(db).list_pairs()
    finally:
        db.close()
    assert pair.status == PairStatus.ACTIVE
    assert pair.start_date == dt.date(2026, 1, 15)
    assert pair.history[0].effective_on == dt.date(2026, 1, 15)


def test_add_pair_with_the_same_person_twice_exits_2(cli, empty_db: Path, people) -> None:
    result = cli(
        "add-pair",
        "--db",
        empty_db,
        "--mentor",
        "Anne Dupont",
        "--mentee",
        "anne.dupont@example.org",
        "--lang",
        "en",
    )
    assert result.code == EXIT_NOTHING_DONE
    assert "A pair needs two different people." in result.err
    assert result.out == ""
    assert sum(pairs_by_status(empty_db).values()) == 0


@pytest.mark.parametrize("who", ["Marie Curie", "nobody@example.org"])
def test_add_pair_with_an_unknown_member_exits_2(cli, empty_db: Path, people, who) -> None:
    result = cli(
        "add-pair", "--db", empty_db, "--mentor", "Zoé Vidal", "--mentee", who, "--lang", "en"
    )
    assert result.code == EXIT_NOTHING_DONE
    assert who in result.err
    assert "No active member" in result.err
    assert sum(pairs_by_status(empty_db).values()) == 0


@pytest.mark.parametrize(
    ("start", "message"),
    [
        ("15/01/2026", "is not a date: write it as YYYY-MM-DD"),
        ((dt.date.today() + dt.timedelta(days=3)).isoformat(), "future"),
    ],
)
def test_add_pair_with_a_bad_start_exits_2(cli, empty_db: Path, people, start, message) -> None:
    result = cli(
        "add-pair",
        "--db",
        empty_db,
        "--mentor",
        "Zoé Vidal",
        "--mentee",
        "Anne Dupont",
        "--start",
        start,
        "--lang",
        "en",
    )
    assert result.code == EXIT_NOTHING_DONE
    assert message in result.err
    assert sum(pairs_by_status(empty_db).values()) == 0


def test_add_the_same_pair_twice_exits_2(cli, empty_db: Path, people) -> None:
    args = ("add-pair", "--db", empty_db, "--mentor", "Zoé Vidal", "--mentee", "Anne Dupont")
    assert cli(*args, "--lang", "en").code == EXIT_OK
    again = cli(*args, "--lang", "en")
    assert again.code == EXIT_NOTHING_DONE
    assert again.err.strip()
    assert sum(pairs_by_status(empty_db).values()) == 1


def test_add_pair_beyond_capacity_exits_2(cli, empty_db: Path, people) -> None:
    """Anne takes one pair: her proposal with Zoé holds it."""
    first = ("add-pair", "--db", empty_db, "--mentor", "Zoé Vidal", "--mentee", "Anne Dupont")
    assert cli(*first, "--lang", "en").code == EXIT_OK
    second = ("add-pair", "--db", empty_db, "--mentor", "Bruno Faure", "--mentee", "Anne Dupont")
    result = cli(*second, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "Anne Dupont" in result.err
    assert sum(pairs_by_status(empty_db).values()) == 1


def test_add_pair_speaks_french(cli, empty_db: Path, people) -> None:
    result = cli(
        "add-pair", "--db", empty_db, "--mentor", "Zoé Vidal", "--mentee", "Zoé Vidal"
    )  # no --lang: the register's language, French
    assert result.code == EXIT_NOTHING_DONE
    assert "different people" not in result.err
    assert "deux personnes" in result.err


# -- charters ----------------------------------------------------------------------------------


@pytest.fixture
def two_pairs(empty_db: Path, people) -> dict[str, int]:
    """Zoé & Anne, active since 15 January 2026, and a proposal of Zoé & Bruno."""
    db = open_database(empty_db)
    try:
        pairs = PairService(db)
        return {
            "active": pairs.create(
                PairInput(people["zoe"], people["anne"], start_date=dt.date(2026, 1, 15))
            ).id,
            "proposed": pairs.create(PairInput(people["zoe"], people["bruno"])).id,
        }
    finally:
        db.close()


def test_charter_of_one_pair(cli, empty_db: Path, two_pairs, tmp_path: Path) -> None:
    out = tmp_path / "charte zoé.pdf"
    result = cli(
        "charter", "--db", empty_db, "--pair", two_pairs["active"], "-o", out, "--lang", "en"
    )
    assert result.code == EXIT_OK, result.text
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    assert "Zoé Vidal" in text
    assert "Anne Dupont" in text
    assert "Bruno Faure" not in text
    assert str(out) in result.out


def test_charter_of_an_unknown_pair_writes_nothing(cli, empty_db: Path, two_pairs, tmp_path):
    out = tmp_path / "x.pdf"
    result = cli("charter", "--db", empty_db, "--pair", 999, "-o", out, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "no such pair" in result.err.lower()
    assert not out.exists()
    assert not list(tmp_path.glob("*.pdf"))


def test_charter_of_an_unknown_pair_keeps_an_older_file(cli, empty_db: Path, two_pairs, tmp_path):
    out = tmp_path / "x.pdf"
    out.write_bytes(b"an older charter")
    result = cli("charter", "--db", empty_db, "--pair", 999, "-o", out, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert out.read_bytes() == b"an older charter"


def test_charters_of_every_proposed_and_active_pair(cli, demo60: Path, tmp_path: Path) -> None:
    counts = pairs_by_status(demo60)
    wanted = counts[PairStatus.PROPOSED] + counts[PairStatus.ACTIVE]
    assert wanted >= 2
    out = tmp_path / "all.pdf"
    result = cli("charters", "--db", demo60, "-o", out, "--lang", "en")
    assert result.code == EXIT_OK, result.text
    reader = PdfReader(out)
    assert len(reader.pages) >= wanted
    assert f"{wanted} charters written" in result.out
    assert f"({len(reader.pages)} pages)" in result.out
    db = open_database(demo60)
    try:
        printed = [
            p
            for status in (PairStatus.PROPOSED, PairStatus.ACTIVE)
            for p in PairService(db).list_pairs(status=status)
        ]
        paused = PairService(db).list_pairs(status=PairStatus.PAUSED)
    finally:
        db.close()
    text = pdf_text(out)
    for pair in printed:
        assert pair.mentor_name in text and pair.mentee_name in text
    only_paused = {p.mentor_name for p in paused} - {
        name for p in printed for name in (p.mentor_name, p.mentee_name)
    }
    for name in only_paused:
        assert name not in text


def test_charters_of_one_status_in_two_copies(cli, empty_db, two_pairs, tmp_path) -> None:
    one = tmp_path / "one.pdf"
    two = tmp_path / "two.pdf"
    args = ("charters", "--db", empty_db, "--status", "proposed", "--lang", "en")
    assert cli(*args, "-o", one).code == EXIT_OK
    assert cli(*args, "--copies", 2, "-o", two).code == EXIT_OK
    assert len(PdfReader(two).pages) == 2 * len(PdfReader(one).pages)
    text = pdf_text(one)
    assert "Bruno Faure" in text and "Anne Dupont" not in text


def test_charters_with_no_pair_to_print_exits_2(cli, empty_db, two_pairs, tmp_path) -> None:
    out = tmp_path / "ended.pdf"
    result = cli("charters", "--db", empty_db, "--status", "ended", "-o", out, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "No pair to print" in result.err
    assert not out.exists()


@pytest.mark.parametrize(
    ("language", "size"),
    [("fr_CA", (612, 792)), ("fr_FR", (595, 842)), ("en", (595, 842))],
)
def test_charters_paper_follows_the_language(cli, empty_db, two_pairs, tmp_path, language, size):
    out = tmp_path / f"{language}.pdf"
    result = cli("charters", "--db", empty_db, "-o", out, "--lang", language)
    assert result.code == EXIT_OK, result.text
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == size
