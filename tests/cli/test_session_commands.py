"""The session commands of the command line: importing a session log kept in a spreadsheet,
the month's follow-up report (as a table or as JSON), and screenshots of the new views."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from mentorat_desktop.cli import EXIT_NOTHING_DONE, EXIT_OK, EXIT_SOME_REFUSED
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.core.services.sessions import SessionInput, SessionService

D = dt.date


def sessions_in(target: Path | str) -> list[tuple[str, int, str | None]]:
    """The sessions logged, read through a connection of their own (a file or a server)."""
    db = open_database(target)
    try:
        return list(
            db.query(
                "SELECT held_on, duration_minutes, topics FROM mentoring_session "
                "ORDER BY held_on, id"
            )
        )
    finally:
        db.close()


def contents_of(target: Path | str) -> object:
    """What a command that writes nothing must leave as it was: the file's bytes; on a
    server, every row of the tables a session or a follow-up command could touch."""
    if isinstance(target, Path):
        return target.read_bytes()
    db = open_database(target)
    try:
        return [
            db.query(f"SELECT * FROM {table} ORDER BY id")
            for table in ("member", "pair", "pair_status_change", "mentoring_session")
        ]
    finally:
        db.close()


@pytest.fixture
def register(empty_db: Path | str) -> Path | str:
    """Three pairs with a monthly commitment of 3 h, and a proposal:

    - Zoé Vidal & Anne Dupont, active from 1 September 2026: October 1 h 30 + 2 h.
    - Émile Émery & Bruno Faure, active from 1 September 2026: 10 October 1 h, 5 November
      1 h.
    - Paul Girard & Marc Leroy, active from 20 October 2026 (12 days of October): 25 October
      1 h 30, against a commitment prorated to 3 x 12 / 31 = 1.16 h: met.
    - Yann Morel & Odile Blanc: proposed.
    """
    db = open_database(empty_db)
    try:
        members = MemberService(db)

        def add(first: str, last: str, year: int, role: Role) -> int:
            data = MemberInput(
                first_name=first,
                last_name=last,
                birth_year=year,
                role=role,
                email=f"{last.lower()}@example.org",
            )
            return members.add(data).id

        pairs = PairService(db)
        zoe = pairs.create(
            PairInput(
                add("Zoé", "Vidal", 2001, Role.MENTOR),
                add("Anne", "Dupont", 1955, Role.MENTEE),
                start_date=D(2026, 9, 1),
            )
        ).id
        emile = pairs.create(
            PairInput(
                add("Émile", "Émery", 1999, Role.MENTOR),
                add("Bruno", "Faure", 1960, Role.MENTEE),
                start_date=D(2026, 9, 1),
            )
        ).id
        paul = pairs.create(
            PairInput(
                add("Paul", "Girard", 1998, Role.MENTOR),
                add("Marc", "Leroy", 1948, Role.MENTEE),
                start_date=D(2026, 10, 20),
            )
        ).id
        yann = add("Yann", "Morel", 2002, Role.MENTOR)
        pairs.create(PairInput(yann, add("Odile", "Blanc", 1951, Role.MENTEE)))
        sessions = SessionService(db)
        for pair, day, minutes in (
            (zoe, D(2026, 10, 6), 90),
            (zoe, D(2026, 10, 20), 120),
            (emile, D(2026, 10, 10), 60),
            (emile, D(2026, 11, 5), 60),
            (paul, D(2026, 10, 25), 90),
        ):
            sessions.log(SessionInput(pair_id=pair, held_on=day, duration_minutes=minutes))
    finally:
        db.close()
    return empty_db


# -- import-sessions ---------------------------------------------------------------------------

HEADER = "Mentor;Mentoré;Date;Durée;Sujets;Lieu"
# Line 1 is the header: line 4 has a duration nobody can read, line 5 an unknown member.
MESSY = [
    "Zoé Vidal;Anne Dupont;15/10/2026;1h30;Réseaux sociaux;Médiathèque",
    "  Émile Émery ;Bruno Faure;20/10/2026;1,5;Tableur;",
    "Émile Émery;Bruno Faure;22/10/2026;une heure;Courriel;",
    "Jeanne Inconnue;Anne Dupont;23/10/2026;1h;Visio;",
    "VIDAL Zoé;anne dupont;28/10/2026;90 min;Sécurité en ligne;Café des Arts",
]


def write_csv(path: Path, rows: list[str]) -> Path:
    """As French Excel writes it: Windows-1252, ';' and CRLF."""
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode("cp1252"))
    return path


def test_import_a_messy_session_log(cli, register: Path, tmp_path: Path) -> None:
    before = sessions_in(register)
    csv = write_csv(tmp_path / "journal des rencontres.csv", MESSY)
    result = cli("import-sessions", csv, "--db", register, "--lang", "en")

    assert result.code == EXIT_SOME_REFUSED, result.text
    assert "3 rows to add" in result.out
    assert "2 rows refused" in result.out
    refused = [line for line in result.out.splitlines() if "refused." in line]
    assert len(refused) == 2, result.out
    duration_line, member_line = refused
    assert duration_line == (
        "Line 4: refused. Duration: “une heure” is not a duration: write it like 1h30, "
        "1,5 or 90 min."
    )
    assert member_line.startswith("Line 5: refused. Mentor: ")
    assert "3 sessions added." in result.out

    added = sorted(set(sessions_in(register)) - set(before))
    assert added == [
        ("2026-10-15", 90, "Réseaux sociaux"),
        ("2026-10-20", 90, "Tableur"),
        ("2026-10-28", 90, "Sécurité en ligne"),
    ]
    # The same file again: the good rows are already in the log, nothing is added twice.
    again = cli("import-sessions", csv, "--db", register, "--lang", "en")
    assert again.code == EXIT_SOME_REFUSED
    assert "3 rows already present, skipped" in again.out
    assert len(sessions_in(register)) == len(before) + 3


def test_an_unknown_member_is_named_in_the_refusal(cli, register: Path, tmp_path: Path):
    csv = write_csv(tmp_path / "journal.csv", MESSY)
    result = cli("import-sessions", csv, "--db", register, "--dry-run", "--lang", "en")
    (line,) = [line for line in result.out.splitlines() if line.startswith("Line 5:")]
    assert "Jeanne Inconnue" in line
    assert "no longer exists" not in line


def test_import_dry_run_writes_nothing(cli, register: Path, tmp_path: Path) -> None:
    before = contents_of(register)
    csv = write_csv(tmp_path / "journal.csv", MESSY)
    result = cli("import-sessions", csv, "--db", register, "--dry-run", "--lang", "en")
    assert result.code == EXIT_SOME_REFUSED, result.text
    assert "3 rows to add" in result.out
    assert "Line 4: refused." in result.out
    assert "Dry run: nothing was written." in result.out
    assert "added" not in result.out
    assert len(sessions_in(register)) == 5
    assert contents_of(register) == before


def test_import_a_clean_log_exits_0(cli, register: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "propre.csv", [MESSY[0], MESSY[1]])
    result = cli("import-sessions", csv, "--db", register, "--lang", "en")
    assert result.code == EXIT_OK, result.text
    assert "2 sessions added." in result.out


def test_import_messages_in_french(cli, register: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "journal.csv", MESSY)
    result = cli("import-sessions", csv, "--db", register, "--dry-run", "--lang", "fr_FR")
    assert result.code == EXIT_SOME_REFUSED
    assert re.search(r"^Ligne 4\b", result.out, re.MULTILINE), result.out
    assert "refused" not in result.out


def test_a_file_without_a_duration_column_exits_2(cli, register: Path, tmp_path: Path) -> None:
    csv = tmp_path / "sans durée.csv"
    csv.write_bytes("Mentor;Mentoré;Date\r\nZoé Vidal;Anne Dupont;15/10/2026\r\n".encode("cp1252"))
    result = cli("import-sessions", csv, "--db", register, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "sans durée.csv" in result.err
    assert "Nothing was imported." in result.err
    assert len(sessions_in(register)) == 5


def test_a_missing_file_exits_2(cli, register: Path, tmp_path: Path) -> None:
    result = cli("import-sessions", tmp_path / "absent.csv", "--db", register, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "absent.csv" in result.err


# -- followup ----------------------------------------------------------------------------------


def test_followup_as_json(cli, register: Path) -> None:
    result = cli("followup", "--db", register, "--month", "2026-10", "--json", "--lang", "en")
    assert result.code == EXIT_OK, result.text
    rows = json.loads(result.out)
    assert isinstance(rows, list)
    for row in rows:
        assert set(row) == {
            "mentor",
            "mentee",
            "hours",
            "commitment_hours",
            "meets",
            "state",
            "last_session",
        }
        assert isinstance(row["hours"], int | float) and not isinstance(row["hours"], bool)
        assert isinstance(row["commitment_hours"], int | float)
        assert row["meets"] is None or isinstance(row["meets"], bool)
        assert row["last_session"] is None or dt.date.fromisoformat(row["last_session"])
    assert rows == [
        {
            "mentor": "Émile Émery",
            "mentee": "Bruno Faure",
            "hours": 1.0,
            "commitment_hours": 3.0,
            "meets": False,
            "state": "below",
            "last_session": "2026-10-10",  # the November one is after the month
        },
        {
            "mentor": "Paul Girard",
            "mentee": "Marc Leroy",
            "hours": 1.5,
            "commitment_hours": 1.16,  # 12 days of October
            "meets": True,
            "state": "met",
            "last_session": "2026-10-25",
        },
        {
            "mentor": "Zoé Vidal",
            "mentee": "Anne Dupont",
            "hours": 3.5,
            "commitment_hours": 3.0,
            "meets": True,
            "state": "met",
            "last_session": "2026-10-20",
        },
    ]


def test_followup_of_a_month_before_any_pair(cli, register: Path) -> None:
    result = cli("followup", "--db", register, "--month", "2025-10", "--json", "--lang", "en")
    assert result.code == EXIT_OK
    assert json.loads(result.out) == []


def test_followup_of_a_month_without_sessions_says_null(cli, register: Path) -> None:
    result = cli("followup", "--db", register, "--month", "2026-09", "--json", "--lang", "en")
    assert result.code == EXIT_OK
    rows = json.loads(result.out)
    assert [(r["mentor"], r["hours"], r["meets"], r["last_session"]) for r in rows] == [
        ("Émile Émery", 0.0, False, None),
        ("Zoé Vidal", 0.0, False, None),
    ]


def test_followup_as_a_readable_table(cli, register: Path) -> None:
    result = cli("followup", "--db", register, "--month", "2026-10", "--lang", "en")
    assert result.code == EXIT_OK, result.text
    lines = result.out.splitlines()
    assert lines[0].split() == ["Mentor", "Mentee", "Hours", "Commitment", "Met", "Last", "session"]
    assert len(lines) == 5
    emile, paul, zoe = lines[1:4]
    assert emile.startswith("Émile Émery") and "NO" in emile and "2026-10-10" in emile
    assert "3.5 h" in zoe and "yes" in zoe
    assert "1.16 h" in paul
    # The columns line up under their titles.
    assert emile.index("Bruno Faure") == zoe.index("Anne Dupont") == lines[0].index("Mentee")
    assert lines[4] == "2 of 3 pairs met their commitment."


def test_followup_table_in_french(cli, register: Path) -> None:
    result = cli("followup", "--db", register, "--month", "2026-10")  # the register's language
    assert result.code == EXIT_OK, result.text
    assert "Mentor" in result.out.splitlines()[0]
    assert "3 h 30" in result.out
    assert "20/10/2026" in result.out
    assert "met their commitment" not in result.out


@pytest.mark.parametrize("month", ["2026-13", "2026-00", "octobre", "2026-10-01", "2026"])
def test_followup_of_a_month_that_is_not_one_exits_2(cli, register: Path, month: str) -> None:
    before = contents_of(register)
    result = cli("followup", "--db", register, "--month", month, "--json", "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert month in result.err
    assert "YYYY-MM" in result.err
    assert result.out == ""
    assert contents_of(register) == before


def test_followup_of_a_missing_database_exits_2(cli, tmp_path: Path) -> None:
    db = tmp_path / "absent.sqlite3"
    result = cli("followup", "--db", db, "--month", "2026-10", "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "absent.sqlite3" in result.err
    assert not db.exists()


def test_followup_and_dashboard_agree_on_the_demo(cli, demo60: Path) -> None:
    """One definition of "met its commitment": ``followup --json``, its text, the grid and
    the dashboard give the same count for last month. A paused pair does not meet its
    commitment: it had none (``meets`` null), and is left out of the count."""
    from mentorat_desktop.core.dashboard import compute_dashboard
    from mentorat_desktop.core.followup import compute_grid

    today = dt.date.today()
    last_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    month = last_month.strftime("%Y-%m")
    result = cli("followup", "--db", demo60, "--month", month, "--json", "--lang", "en")
    assert result.code == EXIT_OK, result.text
    rows = json.loads(result.out)
    met = sum(1 for r in rows if r["meets"] is True)
    judged = sum(1 for r in rows if r["meets"] is not None)
    for row in rows:
        if row["state"] in ("paused", "inactive"):
            assert row["meets"] is None, row
    db = open_database(demo60)
    try:
        board = compute_dashboard(db, today)
        grid = compute_grid(db, last_month, 1, today=today)
    finally:
        db.close()
    assert (board.last_month, board.last_month_met, board.last_month_counted) == (
        last_month,
        met,
        judged,
    )
    assert judged and grid.month_met_share == [met / judged]
    text = cli("followup", "--db", demo60, "--month", month, "--lang", "en")
    assert f"{met} of {judged} pairs met their commitment." in text.out.splitlines()


def test_followup_of_the_month_in_progress_judges_nobody_below(cli, register: Path) -> None:
    """The month not over has no verdict yet: no NO, and the count says it is not over."""
    month = dt.date.today().strftime("%Y-%m")
    result = cli("followup", "--db", register, "--month", month, "--json", "--lang", "en")
    rows = json.loads(result.out)
    assert rows and all(r["meets"] is not False for r in rows), rows
    assert {r["state"] for r in rows} <= {"in_progress", "met", "paused", "inactive"}
    text = cli("followup", "--db", register, "--month", month, "--lang", "en").out
    assert "NO " not in text and "the month is not over" in text


# -- screenshots -------------------------------------------------------------------------------


@pytest.mark.parametrize("view", ["followup", "dashboard", "sessions", "pairs"])
def test_screenshot_of_each_view(cli, demo60: Path, tmp_path: Path, view: str) -> None:
    out = tmp_path / f"{view}.png"
    result = cli("screenshot", "--db", demo60, "--view", view, "-o", out, "--lang", "en")
    assert result.code == EXIT_OK, result.text
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    # Not a blank picture: the view drew something.
    colours = {image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}
    assert len(colours) > 3


def test_screenshots_show_different_views(cli, demo60: Path, tmp_path: Path) -> None:
    images = {}
    for view in ("followup", "dashboard"):
        out = tmp_path / f"{view}.png"
        assert cli("screenshot", "--db", demo60, "--view", view, "-o", out).code == EXIT_OK
        images[view] = QImage(str(out))
    assert images["followup"] != images["dashboard"]
