"""Backups: consistent (the -wal's content included), checked, private, kept in tiers, and
restored only from a sound Mentorat file; the copy made before a migration."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import types
from pathlib import Path

import pytest

from mentorat_desktop.core import backup_writing
from mentorat_desktop.core.backups import (
    INFO_TABLE,
    BackupError,
    BackupProblem,
    BackupReason,
    backup_files,
    backup_folder,
    cloud_sync_service,
    list_backups,
    prune,
    read_backup_info,
    restore_backup,
    space_needed,
    to_keep,
    write_backup,
)
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.errors import StorageError, StorageProblem
from mentorat_desktop.core.migrations import HEAD_REVISION
from mentorat_desktop.core.services.members import MemberInput, MemberService

FIXTURES = Path(__file__).parents[1] / "fixtures"
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


# -- helpers ---------------------------------------------------------------------------------
def _ro(path: Path) -> sqlite3.Connection:
    """Read a file without writing anything beside it (no -wal, no -shm)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _names(path: Path) -> set[str]:
    con = _ro(path)
    try:
        return {
            f"{f} {last}" for f, last in con.execute("SELECT first_name, last_name FROM member")
        }
    finally:
        con.close()


def _revision(path: Path) -> str:
    con = _ro(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def _insert_member_raw(con: sqlite3.Connection, first: str, last: str) -> None:
    """A member written with plain SQL: the columns every schema version requires."""
    con.execute(
        "INSERT INTO member (first_name, last_name, role, preferred_mode, capacity, status, "
        "created_at, updated_at) VALUES (?, ?, 'either', 'any', 1, 'active', "
        "'2026-01-05 10:00:00.000000', '2026-01-05 10:00:00.000000')",
        (first, last),
    )


def _wal_holder(path: Path) -> sqlite3.Connection:
    """A connection that never checkpoints: what it commits stays in the -wal."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    return con


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed database of two members, written once for the module."""
    path = tmp_path_factory.mktemp("template") / "asso.sqlite3"
    db = open_database(path)
    try:
        service = MemberService(db)
        service.add(MemberInput(first_name="Odile", last_name="Marchand", birth_year=1958))
        service.add(MemberInput(first_name="Adrien", last_name="Benoît", birth_year=1998))
    finally:
        db.close()
    return path


@pytest.fixture
def db_path(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "asso.sqlite3"
    shutil.copyfile(template, path)
    return path


def _add_member(path: Path, first: str, last: str) -> None:
    db = open_database(path)
    try:
        MemberService(db).add(MemberInput(first_name=first, last_name=last))
    finally:
        db.close()


# -- what a backup holds ---------------------------------------------------------------------
def test_backup_holds_what_is_still_in_the_wal(db_path: Path) -> None:
    holder = _wal_holder(db_path)
    try:
        _insert_member_raw(holder, "Walter", "Nonchecké")
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.stat().st_size > 0
        # The main file alone does not have the row: it is only in the -wal.
        assert "Walter Nonchecké" not in _names(db_path)

        result = write_backup(db_path, BackupReason.MANUAL)
    finally:
        holder.close()

    assert result.path.parent == backup_folder(db_path)
    assert result.path.name.startswith("asso-") and result.path.name.endswith("-manual.sqlite3")
    assert _names(result.path) == {"Odile Marchand", "Adrien Benoît", "Walter Nonchecké"}
    # One self-contained file, checked, labelled.
    assert not result.path.with_name(result.path.name + "-wal").exists()
    con = _ro(result.path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        label = dict(con.execute(f"SELECT key, value FROM {INFO_TABLE}").fetchall())
    finally:
        con.close()
    assert label["reason"] == "manual"
    assert label["members"] == "3"
    info = read_backup_info(result.path)
    assert (info.members, info.reason, info.revision) == (3, "manual", HEAD_REVISION)
    assert not [p for p in result.path.parent.iterdir() if p.name.startswith(".partial-")]


@posix_only
def test_backup_file_and_folder_are_private(db_path: Path) -> None:
    folder = backup_folder(db_path)
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)  # made by hand, open to all: tightened at the next backup
    second = db_path.parent / "clé USB"
    result = write_backup(db_path, BackupReason.MANUAL, second_folder=second)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert result.second_path is not None
    assert stat.S_IMODE(second.stat().st_mode) == 0o700
    assert stat.S_IMODE(result.second_path.stat().st_mode) == 0o600


def test_a_copy_that_fails_its_check_is_not_kept(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class FailsItsCheck(sqlite3.Connection):
        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
            if "integrity_check" in sql:
                return super().execute("SELECT 'row 3 missing from index'")
            return super().execute(sql, *args)

    real_connect = sqlite3.connect

    def connect(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if Path(str(database)).name.startswith(backup_writing.PARTIAL_PREFIX):
            kwargs["factory"] = FailsItsCheck
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    fake = types.ModuleType("sqlite3")
    fake.__dict__.update(sqlite3.__dict__)
    fake.connect = connect  # type: ignore[attr-defined]
    monkeypatch.setattr(backup_writing, "sqlite3", fake)

    with pytest.raises(StorageError) as caught:
        write_backup(db_path, BackupReason.MANUAL)
    assert caught.value.problem == StorageProblem.COPY_FAILED
    assert list(backup_folder(db_path).iterdir()) == []


def test_a_second_folder_gets_a_copy(db_path: Path, tmp_path: Path) -> None:
    second = tmp_path / "usb" / "Mentorat"
    result = write_backup(db_path, BackupReason.MANUAL, second_folder=second)
    assert result.second_problem is None
    assert result.second_path == second / result.path.name
    assert result.second_path.read_bytes() == result.path.read_bytes()
    assert [p.name for p in second.iterdir()] == [result.path.name]


def test_a_second_folder_that_cannot_be_written_leaves_the_main_backup(
    db_path: Path, tmp_path: Path
) -> None:
    second = tmp_path / "usb"
    second.write_text("a file where the folder should be\n")
    result = write_backup(db_path, BackupReason.MANUAL, second_folder=second)
    assert result.second_path is None
    assert isinstance(result.second_problem, StorageProblem)
    assert result.path.is_file()
    assert read_backup_info(result.path).members == 2
    assert second.read_text() == "a file where the folder should be\n"


def test_no_space_for_the_copy_says_how_much_is_needed_and_writes_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    needed = space_needed(db_path)
    monkeypatch.setattr(
        backup_writing.shutil,
        "disk_usage",
        lambda _path: shutil._ntuple_diskusage(10**9, 10**9 - 4096, 4096),  # type: ignore[attr-defined]
    )
    with pytest.raises(StorageError) as caught:
        write_backup(db_path, BackupReason.MANUAL)
    assert caught.value.problem == StorageProblem.NO_SPACE_FOR_COPY
    assert caught.value.needed_bytes == needed > db_path.stat().st_size
    folder = backup_folder(db_path)
    assert not folder.exists() or list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        ("disk I/O error", StorageProblem.IO_ERROR),
        ("database or disk is full", StorageProblem.NO_SPACE_FOR_COPY),
    ],
)
def test_a_copy_that_fails_midway_leaves_no_partial_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, message: str, problem: StorageProblem
) -> None:
    def fail(_con: sqlite3.Connection) -> dict[str, int]:
        # Called once the pages are in the temporary file.
        assert any(p.name.startswith(".partial-") for p in backup_folder(db_path).iterdir())
        raise sqlite3.OperationalError(message)

    monkeypatch.setattr(backup_writing, "table_counts", fail)
    before = db_path.read_bytes()
    with pytest.raises(StorageError) as caught:
        write_backup(db_path, BackupReason.MANUAL)
    assert caught.value.problem == problem
    if problem == StorageProblem.NO_SPACE_FOR_COPY:
        assert caught.value.needed_bytes
    assert list(backup_folder(db_path).iterdir()) == []
    assert db_path.read_bytes() == before


def test_output_file_must_be_new(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "copie.sqlite3"
    target.write_bytes(b"keep me")
    with pytest.raises(StorageError):
        write_backup(db_path, BackupReason.MANUAL, output=target)
    assert target.read_bytes() == b"keep me"
    fresh = tmp_path / "nouvelle copie.sqlite3"
    assert write_backup(db_path, BackupReason.MANUAL, output=fresh).path == fresh
    assert read_backup_info(fresh).members == 2
    assert not backup_folder(db_path).exists()  # -o writes only where it is told


def test_an_interrupted_backup_is_swept_by_the_next(db_path: Path) -> None:
    folder = backup_folder(db_path)
    folder.mkdir()
    leftover = folder / ".partial-asso-2026-01-01_100000-open.sqlite3"
    leftover.write_bytes(b"SQLite format 3\x00 half written")
    write_backup(db_path, BackupReason.MANUAL)
    assert not leftover.exists()
    assert len(backup_files(folder)) == 1


# -- the tiers -------------------------------------------------------------------------------
SIX_HOURS = dt.timedelta(hours=6)
UTC = dt.UTC


def _every_six_hours(now: dt.datetime, days: int) -> list[tuple[dt.datetime, Path]]:
    stamps = [now - i * SIX_HOURS for i in range(days * 4)]
    return [(s, Path(f"asso-{s:%Y-%m-%d_%H%M%S}-open.sqlite3")) for s in stamps]


@pytest.mark.parametrize(
    "now",
    [
        dt.datetime(2026, 6, 30, 18, 0, tzinfo=UTC),
        dt.datetime(2027, 1, 3, 0, 0, tzinfo=UTC),  # a new year, inside an ISO week of 2026
        dt.datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
    ],
)
def test_tiers_over_more_than_a_year_of_backups(now: dt.datetime) -> None:
    stamped = _every_six_hours(now, 400)
    kept = to_keep(stamped, now, keep_last=10)
    when = dict((p, s) for s, p in stamped)
    ages = sorted(now - when[p] for p in kept)

    # The last ten, whatever their age.
    assert {p for _s, p in stamped[:10]} <= kept
    # Nothing older than a year and a day.
    assert ages[-1] <= dt.timedelta(days=366)

    def newest_by(key, span: dt.timedelta) -> dict[object, Path]:
        newest: dict[object, Path] = {}
        for stamp, path in stamped:  # newest first
            if now - stamp <= span:
                newest.setdefault(key(stamp), path)
        return newest

    days = newest_by(lambda s: s.date(), dt.timedelta(days=7))
    weeks = newest_by(lambda s: s.isocalendar()[:2], dt.timedelta(days=35))
    months = newest_by(lambda s: (s.year, s.month), dt.timedelta(days=366))
    assert 7 <= len(days) <= 8 and 5 <= len(weeks) <= 6 and 13 <= len(months) <= 14
    # One a day for a week, one a week for five weeks, one a month for a year...
    assert set(days.values()) <= kept
    assert set(weeks.values()) <= kept
    assert set(months.values()) <= kept
    # ... and nothing else.
    assert kept == {p for _s, p in stamped[:10]} | set(days.values()) | set(weeks.values()) | set(
        months.values()
    )
    assert len(kept) <= 10 + 8 + 6 + 14
    # Beyond five weeks, one a month at most.
    old = [when[p] for p in kept if now - when[p] > dt.timedelta(days=35)]
    assert len({(s.year, s.month) for s in old}) == len(old) >= 10


def test_prune_deletes_what_the_tiers_drop_and_nothing_else(tmp_path: Path) -> None:
    folder = tmp_path / "asso-backups"
    folder.mkdir()
    # Local times, as the file names are read.
    now = dt.datetime(2026, 6, 30, 18, 0).astimezone()
    # One a day for 400 days, and one every six hours over the last three days.
    stamps = {now - dt.timedelta(days=i) for i in range(400)} | {
        now - i * SIX_HOURS for i in range(12)
    }
    for stamp in stamps:
        (folder / f"asso-{stamp:%Y-%m-%d_%H%M%S}-open.sqlite3").write_bytes(b"")
    by_hand = folder / "copie avant la réunion.sqlite3"
    by_hand.write_bytes(b"")
    notes = folder / "notes.txt"
    notes.write_text("x")
    old_hand = folder / "asso-2020-01-01_000000-manual.sqlite3.keep"
    old_hand.write_bytes(b"")

    stamped = [(backup_writing.stamp_of(p), p) for p in backup_files(folder)]
    expected = to_keep(stamped, now)  # type: ignore[arg-type]
    removed = prune(folder, now=now)

    remaining = set(backup_files(folder))
    assert remaining == expected
    assert len(removed) == len(stamps) - len(expected)
    assert 25 <= len(remaining) <= 37
    assert by_hand.exists() and notes.exists() and old_hand.exists()
    assert all(now - backup_writing.stamp_of(p) <= dt.timedelta(days=366) for p in remaining)  # type: ignore[operator]


def test_each_backup_prunes_the_folder(db_path: Path) -> None:
    folder = backup_folder(db_path)
    folder.mkdir()
    old = folder / "asso-2020-01-01_000000-open.sqlite3"
    shutil.copyfile(db_path, old)
    for _ in range(3):
        write_backup(db_path, BackupReason.MANUAL, keep_last=2)
    files = backup_files(folder)
    assert not old.exists()
    assert len(files) == 2
    assert [b.path for b in list_backups(db_path)] == files


def test_backups_made_in_the_same_second_are_listed_newest_first(db_path: Path) -> None:
    now = dt.datetime(2026, 3, 14, 15, 9, 26).astimezone()
    made = [write_backup(db_path, BackupReason.MANUAL, now=now).path for _ in range(3)]
    assert len(set(made)) == 3  # no name taken twice
    assert backup_files(backup_folder(db_path)) == made[::-1]


# -- restore ---------------------------------------------------------------------------------
def test_restore_brings_the_state_back_after_backing_up_the_current_one(db_path: Path) -> None:
    saved = write_backup(db_path, BackupReason.MANUAL).path
    saved_bytes = saved.read_bytes()
    _add_member(db_path, "Hélène", "Bergeron")
    assert "Hélène Bergeron" in _names(db_path)

    before = restore_backup(saved, db_path)

    assert _names(db_path) == {"Odile Marchand", "Adrien Benoît"}
    assert saved.read_bytes() == saved_bytes  # the backup is never changed
    assert before is not None
    info = read_backup_info(before.path)
    assert (info.reason, info.members) == ("restore", 3)
    assert "Hélène Bergeron" in _names(before.path)
    # The restored database is a plain Mentorat database again: no backup label in it.
    con = _ro(db_path)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    finally:
        con.close()
    assert INFO_TABLE not in tables
    db = open_database(db_path)
    try:
        assert MemberService(db).count() == 2
    finally:
        db.close()


def _text_file(path: Path) -> Path:
    path.write_text("Prénom;Nom\nOdile;Marchand\n", encoding="utf-8")
    return path


def _other_programs_file(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipe (name TEXT)")
    con.execute("INSERT INTO recipe VALUES ('far breton')")
    con.commit()
    con.close()
    return path


def _damaged_backup(path: Path, source: Path) -> Path:
    good = write_backup(source, BackupReason.MANUAL, output=path.with_name("good.sqlite3")).path
    con = _ro(good)
    try:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'member'").fetchone()[0]
    finally:
        con.close()
    data = bytearray(good.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[(root - 1) * page : root * page] = b"\xff" * page
    path.write_bytes(bytes(data))
    good.unlink()
    return path


@pytest.mark.parametrize(
    ("make", "problems"),
    [
        (lambda p, _src: _text_file(p), {BackupProblem.NOT_BACKUP}),
        (lambda p, _src: _other_programs_file(p), {BackupProblem.NOT_BACKUP}),
        (_damaged_backup, {BackupProblem.DAMAGED}),
    ],
    ids=["text", "other-program", "damaged"],
)
def test_restore_refuses_what_is_not_a_sound_backup(
    db_path: Path, tmp_path: Path, make, problems: set[BackupProblem]
) -> None:
    candidate = make(tmp_path / "sauvegarde.sqlite3", db_path)
    candidate_bytes = candidate.read_bytes()
    db_bytes = db_path.read_bytes()

    with pytest.raises(BackupError) as caught:
        restore_backup(candidate, db_path)

    assert caught.value.problem in problems
    assert candidate.read_bytes() == candidate_bytes
    assert db_path.read_bytes() == db_bytes
    assert not backup_folder(db_path).exists()  # refused before anything was written


def test_restore_of_a_missing_file_is_refused(db_path: Path, tmp_path: Path) -> None:
    with pytest.raises(BackupError) as caught:
        restore_backup(tmp_path / "absente.sqlite3", db_path)
    assert caught.value.problem == BackupProblem.NOT_FOUND


def _restore_older_schema(db_path: Path, old: Path) -> None:
    old_bytes = old.read_bytes()
    fixture_names = _names(old)
    assert _revision(old) == "0001_initial" != HEAD_REVISION

    before = restore_backup(old, db_path)

    assert before is not None and read_backup_info(before.path).members == 2
    assert _revision(db_path) == HEAD_REVISION
    assert _names(db_path) == fixture_names
    assert old.read_bytes() == old_bytes
    db = open_database(db_path)
    try:
        assert MemberService(db).count() == len(fixture_names)
    finally:
        db.close()


def test_restore_of_an_older_schema_migrates_it(db_path: Path, tmp_path: Path) -> None:
    old = tmp_path / "sauvegarde 0.1.sqlite3"
    shutil.copyfile(FIXTURES / "db_0001_initial.sqlite3", old)
    _restore_older_schema(db_path, old)


def test_restore_of_an_older_schema_with_our_page_size_migrates_it(
    db_path: Path, tmp_path: Path
) -> None:
    old = tmp_path / "sauvegarde 0.1.sqlite3"
    shutil.copyfile(FIXTURES / "db_0001_initial.sqlite3", old)
    con = sqlite3.connect(old, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = DELETE")
        con.execute("PRAGMA page_size = 4096")
        con.execute("VACUUM")
    finally:
        con.close()
    _restore_older_schema(db_path, old)


def test_restore_into_a_new_file(db_path: Path, tmp_path: Path) -> None:
    saved = write_backup(db_path, BackupReason.MANUAL).path
    target = tmp_path / "ailleurs" / "copie.sqlite3"
    target.parent.mkdir()
    assert restore_backup(saved, target) is None  # nothing to back up first
    assert _names(target) == {"Odile Marchand", "Adrien Benoît"}
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


# -- synchronised folders --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/Users/ana/OneDrive - Contoso/Mentorat/mentorat.sqlite3", "OneDrive"),
        ("/home/ana/OneDrive/mentorat.sqlite3", "OneDrive"),
        ("/Users/ana/Dropbox/Association/mentorat.sqlite3", "Dropbox"),
        ("/Users/ana/Dropbox (Asso)/mentorat.sqlite3", "Dropbox"),
        ("/Users/ana/Google Drive/My Drive/mentorat.sqlite3", "Google Drive"),
        (
            "/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/Asso/mentorat.sqlite3",
            "iCloud",
        ),
        ("/home/ana/Nextcloud/mentorat.sqlite3", "Nextcloud"),
        ("/home/ana/Documents/Mentorat/mentorat.sqlite3", None),
        ("/home/ana/Documents/dropbox.sqlite3", None),  # the file's own name does not count
        ("/home/ana/Boxing club/mentorat.sqlite3", None),
        ("/home/ana/Dropboxes/mentorat.sqlite3", None),
    ],
)
def test_cloud_sync_service(path: str, service: str | None) -> None:
    assert cloud_sync_service(Path(path)) == service


# -- the copy made before a migration --------------------------------------------------------
def _old_database(tmp_path: Path) -> Path:
    path = tmp_path / "ancienne.sqlite3"
    source = next(FIXTURES.glob("db_0002_*.sqlite3"))
    shutil.copyfile(source, path)
    return path


def test_migration_copy_holds_what_was_in_the_wal(tmp_path: Path) -> None:
    path = _old_database(tmp_path)
    old_revision = _revision(path)
    holder = _wal_holder(path)
    try:
        _insert_member_raw(holder, "Walter", "Dans-le-wal")
        assert "Walter Dans-le-wal" not in _names(path)  # only in the -wal

        open_database(path).close()
    finally:
        holder.close()

    copies = list_backups(path)
    assert [(b.reason, b.revision) for b in copies] == [("migration", old_revision)]
    assert copies[0].path.parent == tmp_path / "ancienne-backups"
    assert "Walter Dans-le-wal" in _names(copies[0].path)
    assert _revision(copies[0].path) == old_revision
    assert _revision(path) == HEAD_REVISION


def test_no_migration_without_its_copy(tmp_path: Path) -> None:
    path = _old_database(tmp_path)
    old_revision = _revision(path)
    blocker = tmp_path / "ancienne-backups"
    blocker.write_text("a file where the backups folder should be\n")
    before = path.read_bytes()

    with pytest.raises(StorageError):
        open_database(path)

    assert _revision(path) == old_revision
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()
    assert blocker.read_text() == "a file where the backups folder should be\n"


def test_backups_of_different_occasions_in_one_second_are_listed_as_made(db_path: Path) -> None:
    now = dt.datetime(2026, 3, 14, 15, 9, 26).astimezone()
    first = write_backup(db_path, BackupReason.OPEN, now=now).path
    second = write_backup(db_path, BackupReason.IMPORT, now=now).path
    assert backup_files(backup_folder(db_path)) == [second, first]
