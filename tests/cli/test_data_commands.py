"""The commands about the data itself: backup, backups, restore, check, export-person and
erase-person. Most run in this process (the ``cli`` fixture); a few in a process of their own,
to see the exit status and the whole of what is printed."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from mentorat_desktop.core.backups import backup_folder, list_backups, read_backup_info
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.services.members import MemberInput, MemberService

ENV = {k: v for k, v in os.environ.items() if k != "MENTORAT_DEBUG"} | {
    "QT_QPA_PLATFORM": "offscreen"
}


def _subprocess(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mentorat_desktop", *map(str, args)],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        con.close()


def _one_sentence(err: str) -> None:
    text = err.strip()
    assert text and text.endswith("."), err
    assert "Traceback" not in err


def _query(target: Path | str, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
    """Rows read from a database file or a server's database, as the application reads."""
    db = open_database(target)
    try:
        return db.query(sql, params)
    finally:
        db.close()


def _someone(target: Path | str) -> tuple[int, str, str]:
    """An active member with an e-mail address: (id, e-mail, last name)."""
    return _query(
        target,
        "SELECT id, email, last_name FROM member WHERE status = 'active' "
        "AND email IS NOT NULL ORDER BY id LIMIT 1",
    )[0]


# An address no test server listens at: the commands that refuse a server say so before
# reaching it (with --lang, they need not read its settings).
NO_SERVER = "postgresql+psycopg://claire@127.0.0.1:9/mentorat"


# -- backup and backups ----------------------------------------------------------------------
@pytest.mark.sqlite_only
def test_backup_prints_the_path_of_a_checked_private_copy(cli: Callable, demo60: Path) -> None:
    done = cli("backup", "--db", demo60, "--lang", "en")
    assert done.code == 0, done.err
    path = Path(done.out.strip())
    assert path.is_file()
    assert path.parent == backup_folder(demo60)
    info = read_backup_info(path)
    assert (info.reason, info.members) == ("manual", _count(demo60, "member"))
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.sqlite_only
def test_backups_json_lists_each_backup_with_its_counts(cli: Callable, demo60: Path) -> None:
    empty = cli("backups", "--db", demo60, "--json")
    assert empty.code == 0 and json.loads(empty.out) == []

    first = Path(cli("backup", "--db", demo60, "--lang", "en").out.strip())
    listed = cli("backups", "--db", demo60, "--json")
    assert listed.code == 0, listed.err
    (entry,) = json.loads(listed.out)
    assert entry["path"] == str(first)
    assert entry["reason"] == "manual"
    assert entry["members"] == _count(demo60, "member") > 0
    assert entry["pairs"] == _count(demo60, "pair") > 0
    assert entry["sessions"] == _count(demo60, "mentoring_session") > 0
    assert entry["size"] == first.stat().st_size
    assert entry["created_at"][:4].isdigit()

    text = cli("backups", "--db", demo60, "--lang", "en")
    assert text.code == 0
    assert str(first) in text.out


@pytest.mark.sqlite_only
def test_backup_to_an_existing_file_is_refused(cli: Callable, demo60: Path, tmp_path: Path) -> None:
    existing = tmp_path / "copie.sqlite3"
    existing.write_bytes(b"not to be overwritten")
    refused = cli("backup", "--db", demo60, "-o", existing, "--lang", "en")
    assert refused.code == 2
    assert "already exists" in refused.err
    _one_sentence(refused.err)
    assert existing.read_bytes() == b"not to be overwritten"

    fresh = tmp_path / "copie neuve.sqlite3"
    done = cli("backup", "--db", demo60, "-o", fresh, "--lang", "en")
    assert done.code == 0, done.err
    assert Path(done.out.strip()) == fresh
    assert read_backup_info(fresh).members == _count(demo60, "member")


def test_backup_of_a_missing_database_is_refused(cli: Callable, tmp_path: Path) -> None:
    missing = tmp_path / "absente.sqlite3"
    done = cli("backup", "--db", missing, "--lang", "en")
    assert done.code == 2
    assert not missing.exists()
    assert not backup_folder(missing).exists()


# -- restore ---------------------------------------------------------------------------------
def _text_file(path: Path) -> Path:
    path.write_text("Prénom;Nom\nOdile;Marchand\n", encoding="utf-8")
    return path


def _other_programs_file(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipe (name TEXT)")
    con.commit()
    con.close()
    return path


@pytest.mark.sqlite_only
@pytest.mark.parametrize("make", [_text_file, _other_programs_file], ids=["text", "sqlite"])
def test_restore_refuses_what_is_not_a_backup(
    cli: Callable, demo60: Path, tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    candidate = make(tmp_path / "sauvegarde.sqlite3")
    before = (candidate.read_bytes(), demo60.read_bytes())
    refused = cli("restore", candidate, "--db", demo60, "--lang", "en")
    assert refused.code == 2
    assert "not a Mentorat backup" in refused.err
    _one_sentence(refused.err)
    assert (candidate.read_bytes(), demo60.read_bytes()) == before
    assert not backup_folder(demo60).exists()


@pytest.mark.sqlite_only
def test_restore_refusal_is_said_in_french(cli: Callable, demo60: Path, tmp_path: Path) -> None:
    candidate = _text_file(tmp_path / "notes.sqlite3")
    refused = cli("restore", candidate, "--db", demo60, "--lang", "fr_FR")
    assert refused.code == 2
    assert "n’est pas une sauvegarde de Mentorat" in refused.err
    assert "Neither" not in refused.err
    _one_sentence(refused.err)


@pytest.mark.sqlite_only
def test_restore_refusal_in_its_own_process(demo60: Path, tmp_path: Path) -> None:
    candidate = _text_file(tmp_path / "notes.sqlite3")
    before = (candidate.read_bytes(), demo60.read_bytes())
    refused = _subprocess("restore", candidate, "--db", demo60, "--lang", "en")
    assert refused.returncode == 2
    assert refused.stdout == ""
    _one_sentence(refused.stderr)
    assert (candidate.read_bytes(), demo60.read_bytes()) == before


@pytest.mark.sqlite_only
def test_restore_brings_the_data_back(cli: Callable, demo60: Path) -> None:
    members = _count(demo60, "member")
    saved = Path(cli("backup", "--db", demo60, "--lang", "en").out.strip())
    saved_bytes = saved.read_bytes()
    db = open_database(demo60)
    try:
        MemberService(db).add(MemberInput(first_name="Nouvelle", last_name="Après-coup"))
    finally:
        db.close()
    assert _count(demo60, "member") == members + 1

    done = cli("restore", saved, "--db", demo60, "--lang", "en")

    assert done.code == 0, done.err
    assert _count(demo60, "member") == members
    assert saved.read_bytes() == saved_bytes
    restore_backups = [b for b in list_backups(demo60) if b.reason == "restore"]
    assert len(restore_backups) == 1
    assert restore_backups[0].members == members + 1  # the state before, kept
    assert str(restore_backups[0].path) in done.out
    db = open_database(demo60)
    try:
        assert MemberService(db).count() == members
    finally:
        db.close()


@pytest.mark.sqlite_only
def test_restore_of_a_missing_backup_is_refused(
    cli: Callable, demo60: Path, tmp_path: Path
) -> None:
    before = demo60.read_bytes()
    refused = cli("restore", tmp_path / "absente.sqlite3", "--db", demo60, "--lang", "en")
    assert refused.code == 2
    _one_sentence(refused.err)
    assert demo60.read_bytes() == before


# -- check -----------------------------------------------------------------------------------
def test_check_says_a_sound_database_is_sound(cli: Callable, demo60: Path | str) -> None:
    on_file = isinstance(demo60, Path)
    before = demo60.read_bytes() if on_file else None
    done = cli("check", "--db", demo60, "--lang", "en")
    assert done.code == 0, done.err
    assert done.out.strip() == "The database is sound."
    if on_file:
        assert demo60.read_bytes() == before  # a check only reads
        assert not backup_folder(demo60).exists()


def test_check_finds_and_repairs_a_duplicate_pair(cli: Callable, demo60: Path | str) -> None:
    """The application's rules are checked on a server as in a file: a pair written twice
    by hand is found, and --repair ends the copy nobody worked on."""
    (pair_id,) = _query(demo60, "SELECT min(id) FROM pair WHERE status = 'active'")[0]
    db = open_database(demo60)
    try:
        with db.transaction() as session:
            session.connection().exec_driver_sql(
                "INSERT INTO pair (mentor_id, mentee_id, status, monthly_commitment_hours, "
                "mode, charter_version, created_at) SELECT mentor_id, mentee_id, 'proposed', "
                "3, 'any', 1, created_at FROM pair WHERE id = " + str(int(pair_id))
            )
    finally:
        db.close()
    found = cli("check", "--db", demo60, "--lang", "en")
    assert found.code == 1, found.err
    assert "(can be repaired automatically)" in found.out
    repaired = cli("check", "--db", demo60, "--repair", "--lang", "en")
    assert repaired.code == 0, repaired.out + repaired.err
    assert cli("check", "--db", demo60, "--lang", "en").code == 0
    if isinstance(demo60, Path):
        assert [b.reason for b in list_backups(demo60)] == ["repair"]


@pytest.mark.sqlite_only
def test_check_finds_and_repairs_an_orphan_after_a_backup(cli: Callable, demo60: Path) -> None:
    con = sqlite3.connect(demo60)
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute(
            "INSERT INTO member_skill SELECT 99999, skill_id, kind FROM member_skill LIMIT 1"
        )
        con.commit()
    finally:
        con.close()

    found = cli("check", "--db", demo60, "--lang", "en")
    assert found.code == 1
    assert "99999" in found.out

    repaired = cli("check", "--db", demo60, "--repair", "--lang", "en")
    assert repaired.code == 0, repaired.out + repaired.err
    assert [b.reason for b in list_backups(demo60)] == ["repair"]
    assert cli("check", "--db", demo60, "--lang", "en").code == 0
    con = sqlite3.connect(demo60)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


# -- one person's data -----------------------------------------------------------------------
def test_export_person_writes_everything_about_them(
    cli: Callable, demo60: Path, tmp_path: Path
) -> None:
    member_id, email, last_name = _someone(demo60)
    target = tmp_path / "personne.json"
    done = cli("export-person", "--db", demo60, "--member", email, "-o", target, "--lang", "en")
    assert done.code == 0, done.err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["member_id"] == member_id
    text = json.dumps(data, ensure_ascii=False)
    assert email in text and last_name in text
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

    nobody = ("--member", "personne@nulle.part", "-o", tmp_path / "rien.json")
    unknown = cli("export-person", "--db", demo60, *nobody, "--lang", "en")
    assert unknown.code == 2
    assert not (tmp_path / "rien.json").exists()


def test_erase_person_asks_for_yes_then_erases_after_a_backup(cli: Callable, demo60: Path) -> None:
    member_id, email, last_name = _someone(demo60)
    person = "SELECT email, last_name FROM member WHERE id = ?"
    asked = cli("erase-person", "--db", demo60, "--member", email, "--lang", "en")
    assert asked.code == 2
    assert "--yes" in asked.err
    assert _query(demo60, person, (member_id,)) == [(email, last_name)]

    done = cli("erase-person", "--db", demo60, "--member", email, "--yes", "--lang", "en")
    assert done.code == 0, done.err
    assert email not in done.text and last_name not in done.text
    rows = _query(demo60, person, (member_id,))
    assert not rows or (rows[0][0] != email and rows[0][1] != last_name)
    if isinstance(demo60, Path):
        (kept,) = list_backups(demo60)
        assert kept.reason == "erasure"  # the state before, made first
        assert "backups made before the erasure" in done.out
    else:  # a server's copies are its administrator's: none is made, what it keeps is said
        assert "VACUUM" in done.out


@pytest.mark.sqlite_only
def test_data_commands_write_only_what_they_say(cli: Callable, demo60: Path) -> None:
    # A read-only look (backups, check) leaves no lock file and no folder behind.
    cli("backups", "--db", demo60, "--json")
    cli("check", "--db", demo60, "--lang", "en")
    left = sorted(p.name for p in demo60.parent.iterdir() if p.name.startswith(demo60.stem))
    assert left == [demo60.name]


def test_backup_keeps_as_many_of_the_last_backups_as_the_preferences_say(cli, tmp_path):
    from mentorat_desktop.core.backups import backup_folder
    from mentorat_desktop.core.database import open_database
    from mentorat_desktop.core.services.settings import SettingsService

    db_path = tmp_path / "m.sqlite3"
    db = open_database(db_path)
    SettingsService(db).update(backup_keep_last=2)
    db.close()
    for _ in range(4):
        assert cli("backup", "--db", db_path, "--lang", "en").code == 0
    # Within the same day the daily tier keeps the newest too: the last two, no more.
    assert len(list(backup_folder(db_path).glob("*.sqlite3"))) == 2


# -- the laptop's file only ------------------------------------------------------------------
@pytest.mark.parametrize(
    "command",
    [("backup",), ("backups",), ("backups", "--json"), ("restore", "sauvegarde.sqlite3")],
    ids=["backup", "backups", "backups-json", "restore"],
)
def test_file_only_commands_refuse_a_server_address(
    cli: Callable, command: tuple[str, ...]
) -> None:
    done = cli(*command, "--db", NO_SERVER, "--lang", "en")
    assert done.code == 2
    assert done.out == ""
    assert "is a database on a server" in done.err
    assert "127.0.0.1:9/mentorat" in done.err
    _one_sentence(done.err)


def test_a_server_backup_is_refused_in_french(cli: Callable) -> None:
    done = cli("backup", "--db", NO_SERVER, "--lang", "fr_FR")
    assert done.code == 2
    assert "est une base de données sur un serveur" in done.err
    assert "pg_dump" in done.err
    restore = cli("restore", "sauvegarde.sqlite3", "--db", NO_SERVER, "--lang", "fr_CA")
    assert restore.code == 2
    assert "pg_restore" in restore.err and "Rien n’a été modifié" in restore.err


def test_a_server_restore_is_refused_in_its_own_process(tmp_path: Path) -> None:
    candidate = _text_file(tmp_path / "notes.sqlite3")
    refused = _subprocess("restore", candidate, "--db", NO_SERVER, "--lang", "en")
    assert refused.returncode == 2
    assert refused.stdout == ""
    _one_sentence(refused.stderr)
    assert "Traceback" not in refused.stderr


def test_backup_on_the_server_is_refused_in_its_settings_language(
    cli: Callable, demo60: Path | str
) -> None:
    """Without --lang, the refusal speaks the language of the server database's settings;
    the server is left as it was."""
    if isinstance(demo60, Path):
        pytest.skip("a server's address")
    from mentorat_desktop.core.services.settings import SettingsService

    db = open_database(demo60)
    try:
        SettingsService(db).update(language="fr_CA")
        members = MemberService(db).count()
    finally:
        db.close()
    done = cli("backups", "--db", demo60)
    assert done.code == 2
    assert "est une base de données sur un serveur" in done.err
    assert "password" not in done.err
    assert _query(demo60, "SELECT count(*) FROM member") == [(members,)]
