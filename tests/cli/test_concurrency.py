"""Several writers at once: two copies of the command line, or the command line and another
program. One wins, the other is told in a sentence (never a traceback), and nothing is
written twice.

The races on copies of the laptop's file (its lock, SQLite's write lock) are sqlite_only; the
same races on a server's database run when the suite has a test server."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from mentorat_desktop import cli_common
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.exporting import export_members_csv
from mentorat_desktop.core.lock import DatabaseLock

ENV = {k: v for k, v in os.environ.items() if k != "MENTORAT_DEBUG"} | {
    "QT_QPA_PLATFORM": "offscreen"
}
TIMEOUT = 120


def _cli(*args: object) -> list[str]:
    return [sys.executable, "-m", "mentorat_desktop", *map(str, args)]


def _run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_cli(*args), env=ENV, capture_output=True, text=True, timeout=TIMEOUT)


def _start(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        _cli(*args), env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _finish(procs: list[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    results = []
    for proc in procs:
        try:
            out, err = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            for p in procs:
                p.kill()
            raise
        results.append((proc.returncode, out, err))
    return results


@dataclass(frozen=True)
class Person:
    id: int
    first: str
    last: str
    email: str


def _query(target: Path | str, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
    """Rows of a file (read by sqlite3 itself) or of a server's database."""
    if isinstance(target, str):
        db = open_database(target)
        try:
            return db.query(sql, params)
        finally:
            db.close()
    con = sqlite3.connect(target)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def demo_template(demo60_template: Path | str) -> Path:
    """The demo register of the folder's conftest (written once per session)."""
    if not isinstance(demo60_template, Path):
        pytest.skip("a copy of the laptop's file")
    return demo60_template


def _strangers(target: Path | str) -> tuple[Person, Person]:
    """Two active members with an e-mail address, in no pair at all."""
    rows = _query(
        target,
        "SELECT id, first_name, last_name, email FROM member m WHERE status = 'active' "
        "AND email IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pair p "
        "WHERE m.id IN (p.mentor_id, p.mentee_id)) ORDER BY id LIMIT 2",
    )
    assert len(rows) == 2
    first, second = (Person(*row) for row in rows)
    return first, second


@pytest.fixture(scope="module")
def strangers(demo_template: Path) -> tuple[Person, Person]:
    return _strangers(demo_template)


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "asso.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


def _open_pairs(path: Path, a: Person, b: Person) -> int:
    return _query(
        path,
        "SELECT count(*) FROM pair WHERE status IN ('proposed', 'active', 'paused') AND "
        "((mentor_id = ? AND mentee_id = ?) OR (mentor_id = ? AND mentee_id = ?))",
        (a.id, b.id, b.id, a.id),
    )[0][0]


def _sound(path: Path) -> bool:
    return _query(path, "PRAGMA integrity_check") == [("ok",)]


RACES = 5
ADD = ("add-pair", "--lang", "en")


@pytest.mark.sqlite_only
def test_two_add_pair_at_once_make_one_pair(
    demo_template: Path, strangers: tuple[Person, Person], tmp_path: Path
) -> None:
    """Five races, each on its own copy of the database, run side by side to save time."""
    mentor, mentee = strangers
    races = []
    for race in range(RACES):
        path = tmp_path / f"asso {race}.sqlite3"
        shutil.copyfile(demo_template, path)
        # Every other time, the second copy names the same two people the other way round.
        second = (mentee, mentor) if race % 2 else (mentor, mentee)
        procs = [
            _start(*ADD, "--db", path, "--mentor", a.email, "--mentee", b.email)
            for a, b in ((mentor, mentee), second)
        ]
        races.append((path, procs))
    outcomes = [(path, _finish(procs)) for path, procs in races]

    for path, results in outcomes:
        assert sorted(code for code, _out, _err in results) == [0, 2], results
        for _code, out, err in results:
            assert "Traceback" not in out + err
        (_c, won, _e), (_c2, lost_out, lost) = sorted(results)
        assert "proposed" in won
        assert lost_out == ""
        assert "already form a pair" in lost
        assert lost.strip().endswith(".")
        assert _open_pairs(path, mentor, mentee) == 1
        assert _sound(path)


@pytest.fixture(scope="module")
def members_csv(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("csv")
    source = folder / "source.sqlite3"
    shutil.copyfile(demo_template, source)
    path = folder / "membres.csv"
    db = open_database(source)
    try:
        export_members_csv(db, path)
    finally:
        db.close()
    return path


@pytest.mark.sqlite_only
def test_two_imports_of_the_same_file_at_once_add_each_member_once(
    members_csv: Path, tmp_path: Path, demo_template: Path
) -> None:
    target = tmp_path / "nouvelle.sqlite3"  # created by whichever import comes first
    procs = [
        _start("import-members", members_csv, "--db", target, "--lang", "en") for _ in range(2)
    ]
    results = _finish(procs)

    for code, out, err in results:
        assert code in (0, 1, 2), (code, out, err)
        assert "Traceback" not in out + err
    assert any(code == 0 for code, _out, _err in results)
    expected = _query(demo_template, "SELECT count(*) FROM member")[0][0]
    assert _query(target, "SELECT count(*) FROM member")[0][0] == expected
    emails = _query(target, "SELECT email FROM member WHERE email IS NOT NULL")
    assert len(emails) == len(set(emails))
    assert _sound(target)


@pytest.mark.sqlite_only
def test_a_write_while_the_application_holds_the_database_is_refused(
    cli: Callable, demo: Path, strangers: tuple[Person, Person], monkeypatch: pytest.MonkeyPatch
) -> None:
    mentor, mentee = strangers
    monkeypatch.setattr(cli_common, "LOCK_WAIT_SECONDS", 0.3)
    add = ("add-pair", "--lang", "en", "--db", demo, "--mentor", mentor.email)
    application = DatabaseLock(demo)  # what the window holds while it is open
    application.acquire()
    try:
        refused = cli(*add, "--mentee", mentee.email)
        assert refused.code == 2
        assert "has this database open on this computer since" in refused.err
        assert "Traceback" not in refused.text
        assert mentor.email not in refused.text and mentor.last not in refused.text
        # Reading goes on.
        assert cli("match", "--db", demo, "--lang", "en").code == 0
    finally:
        application.release()
    assert _open_pairs(demo, mentor, mentee) == 0
    assert cli(*add, "--mentee", mentee.email).code == 0
    assert _open_pairs(demo, mentor, mentee) == 1


@pytest.fixture(scope="module")
def busy_run(
    demo_template: Path, strangers: tuple[Person, Person], tmp_path_factory: pytest.TempPathFactory
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """add-pair while another program keeps SQLite's write lock for longer than the
    command's busy timeout (8 s: this takes that long)."""
    path = tmp_path_factory.mktemp("busy") / "asso.sqlite3"
    shutil.copyfile(demo_template, path)
    mentor, mentee = strangers
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE member SET notes = notes WHERE id = ?", (mentor.id,))
        who = ("--mentor", mentor.email, "--mentee", mentee.email)
        done = _run("add-pair", "--lang", "fr_FR", "--db", path, *who)
    finally:
        other.execute("ROLLBACK")
        other.close()
    return done, path


@pytest.mark.sqlite_only
def test_a_database_locked_by_another_program_is_refused_in_a_sentence(
    busy_run: tuple[subprocess.CompletedProcess[str], Path], strangers: tuple[Person, Person]
) -> None:
    done, path = busy_run
    assert done.returncode == 2
    assert done.stdout == ""
    err = done.stderr.strip()
    assert err and "\n" not in err and err.endswith(".")
    assert "Traceback" not in err
    for word in ("INSERT", "SELECT", "sqlite3", "sqlalchemy", "@"):
        assert word not in err
    for person in strangers:
        assert person.email not in err
        assert person.first not in err and person.last not in err
    assert _open_pairs(path, *strangers) == 0
    assert _sound(path)


@pytest.mark.sqlite_only
def test_a_database_locked_by_another_program_is_refused_in_french(
    busy_run: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    err = busy_run[0].stderr
    assert "busy" not in err and "Nothing was changed" not in err
    assert "base de données est occupée" in err
    assert err.strip().endswith("Rien n’a été modifié.")


# -- on a server -----------------------------------------------------------------------------
@pytest.fixture
def server_demo(demo60: Path | str) -> str:
    if not isinstance(demo60, str):
        pytest.skip("a server's database")
    return demo60


def test_two_add_pair_at_once_on_a_server_make_one_pair(server_demo: str) -> None:
    """Two coordinators pair the same two people at the same moment on the shared server:
    one pair is made, the other is told in a sentence."""
    mentor, mentee = _strangers(server_demo)
    procs = [
        _start(*ADD, "--db", server_demo, "--mentor", a.email, "--mentee", b.email)
        for a, b in ((mentor, mentee), (mentee, mentor))
    ]
    results = _finish(procs)
    for _code, out, err in results:
        assert "Traceback" not in out + err
    assert sorted(code for code, _out, _err in results) == [0, 2], results
    (_c, won, _e), (_c2, lost_out, lost) = sorted(results)
    assert "proposed" in won
    assert lost_out == "" and lost.strip().endswith(".")
    assert _open_pairs(server_demo, mentor, mentee) == 1


def test_two_imports_at_once_on_a_server_add_each_member_once(
    empty_db: Path | str, tmp_path: Path
) -> None:
    if not isinstance(empty_db, str):
        pytest.skip("a server's database")
    path = tmp_path / "membres.csv"
    rows = [f"Prénom{n};Nom{n};p{n}@exemple.org" for n in range(40)]
    path.write_text("Prénom;Nom;E-mail\n" + "\n".join(rows) + "\n", encoding="utf-8")
    procs = [_start("import-members", path, "--db", empty_db, "--lang", "en") for _ in range(2)]
    results = _finish(procs)
    for code, out, err in results:
        assert code in (0, 1, 2), (code, out, err)
        assert "Traceback" not in out + err
    assert any(code == 0 for code, _out, _err in results)
    assert _query(empty_db, "SELECT count(*) FROM member") == [(40,)]
    assert _query(empty_db, "SELECT count(DISTINCT email) FROM member") == [(40,)]


def test_a_table_locked_on_the_server_is_refused_in_a_sentence(server_demo: str) -> None:
    """Another program holds the pairs' table locked for longer than the server's lock
    timeout (8 s: this takes that long): add-pair says the database is busy, in French."""
    from sqlalchemy import create_engine

    mentor, mentee = _strangers(server_demo)
    engine = create_engine(server_demo)
    try:
        with engine.connect() as other:
            other.exec_driver_sql("LOCK TABLE pair IN EXCLUSIVE MODE")
            who = ("--mentor", mentor.email, "--mentee", mentee.email)
            done = _run("add-pair", "--lang", "fr_FR", "--db", server_demo, *who)
            other.rollback()
    finally:
        engine.dispose()
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    err = done.stderr.strip()
    assert err and "\n" not in err and "Traceback" not in err
    for word in ("INSERT", "SELECT", "psycopg", "sqlalchemy", mentor.email, mentor.last):
        assert word not in err
    assert "base de données est occupée" in err
    assert err.endswith("Rien n’a été modifié.")
    assert _open_pairs(server_demo, mentor, mentee) == 0
