"""Backups of the database: consistent, checked, private, kept in tiers, and restored.

A backup is made with SQLite's online backup API from a read-only connection, so whatever
still sits in the ``-wal`` file is in it, and so is nothing half-written. The copy is written
under a temporary name in the backups folder (0700, files 0600), turned into a single
self-contained file, labelled (a small ``mentorat_backup_info`` table: when, why, what it
holds), checked with ``integrity_check`` and only then given its final name.

Backups live beside the database, in ``<name>-backups/``; a second folder (a USB key,
another disk) can receive a copy of each. Old backups age out in tiers: the last few, then
one a day for a week, one a week for a month and one a month for a year.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from mentorat_desktop import __version__
from mentorat_desktop.core.errors import StorageError, StorageProblem, storage_problem_of

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database
    from mentorat_desktop.core.services.settings import SettingsService

SQLITE_MAGIC = b"SQLite format 3\x00"
INFO_TABLE = "mentorat_backup_info"
PARTIAL_PREFIX = ".partial-"
KEEP_LAST = 10
# One a day for a week, one a week for a month (five weeks), one a month for a year.
TIERS = (
    (dt.timedelta(days=7), "day"),
    (dt.timedelta(days=35), "week"),
    (dt.timedelta(days=366), "month"),
)
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+)\.sqlite3$"
)


class BackupReason(StrEnum):
    OPEN = "open"  # on opening, when the last backup is more than a day old
    CLOSE = "close"
    MANUAL = "manual"
    IMPORT = "import"
    MIGRATION = "migration"
    RESTORE = "restore"  # the state just before a restore
    ERASURE = "erasure"
    MATCH = "match"  # before a whole-pool proposal is applied
    REPAIR = "repair"
    RETENTION = "retention"


class BackupProblem(StrEnum):
    NOT_FOUND = "not_found"
    NOT_BACKUP = "not_backup"  # not a SQLite file, or not a Mentorat database
    DAMAGED = "damaged"  # integrity_check fails
    NEWER_VERSION = "newer_version"


class BackupError(Exception):
    """This file cannot be restored; neither it nor the database was changed."""

    def __init__(self, problem: BackupProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime  # aware, local time
    reason: str
    members: int
    pairs: int
    sessions: int
    size: int
    revision: str | None


@dataclass(frozen=True)
class BackupResult:
    path: Path
    second_path: Path | None = None
    # Why the copy to the second folder failed (the main backup is there all the same).
    second_problem: StorageProblem | None = None


@dataclass(frozen=True)
class BackupPlace:
    """Where backups go besides their folder, and how many of the last ones are kept."""

    second_folder: Path | None = None
    keep_last: int = KEEP_LAST


def backup_place(settings: SettingsService) -> BackupPlace:
    """The backup settings of the program (Preferences), for the GUI and the command line."""
    values = settings.get()
    second = values.backup_folder_second
    return BackupPlace(Path(second) if second else None, values.backup_keep_last)


def backup_folder(db_path: Path) -> Path:
    """The folder of the backups of ``db_path``, beside it."""
    return db_path.parent / f"{db_path.stem}-backups"


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _private_dir(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        folder.chmod(0o700)


def _new_private_file(path: Path) -> None:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _sweep_partials(folder: Path) -> None:
    """Remove what an interrupted backup left behind (it never got its final name)."""
    for leftover in folder.glob(PARTIAL_PREFIX + "*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _read_only_uri(path: Path) -> str:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return uri


def _counts(con: sqlite3.Connection) -> dict[str, int]:
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    counts = {}
    for key, table in (("members", "member"), ("pairs", "pair"), ("sessions", "mentoring_session")):
        counts[key] = (
            con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] if table in tables else 0
        )
    return counts


def _revision(con: sqlite3.Connection) -> str | None:
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def space_needed(db_path: Path) -> int:
    """Bytes a backup of ``db_path`` may take (the file and its -wal, plus a margin)."""
    size = db_path.stat().st_size
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        size += wal.stat().st_size
    return int(size * 1.1) + 1024 * 1024


def _unique_name(folder: Path, stem: str, when: dt.datetime, reason: str) -> Path:
    """The backup's name: its time to the second, then, for a second backup within the
    same second (whatever its occasion), a counter, so that names sort as they were made."""
    stamp = when.strftime("%Y-%m-%d_%H%M%S")
    same_second = [
        p
        for p in folder.glob(f"{stem}-{stamp}-*.sqlite3")
        if (match := _NAME.match(p.name)) and match["stem"] == stem
    ]
    if not same_second:
        return folder / f"{stem}-{stamp}-{reason}.sqlite3"
    n = max(int(m["n"]) if (m := _NAME.match(p.name)) and m["n"] else 1 for p in same_second)
    return folder / f"{stem}-{stamp}-{n + 1}-{reason}.sqlite3"


def safety_copy(
    db: Database, reason: BackupReason, *, second_folder: Path | None, keep_last: int
) -> BackupResult | None:
    """The checked copy made before a change of many rows (an import, a repair, an
    erasure): of the laptop's file. None on a shared server, whose copies are its
    administrator's business (pg_dump and the like), not the application's."""
    if db.path is None:
        return None
    return write_backup(db.path, reason, second_folder=second_folder, keep_last=keep_last)


def write_backup(
    db_path: Path,
    reason: BackupReason,
    *,
    output: Path | None = None,
    second_folder: Path | None = None,
    keep_last: int = KEEP_LAST,
    now: dt.datetime | None = None,
) -> BackupResult:
    """Write a checked backup of ``db_path`` and return where it is.

    Into the backups folder (then older ones age out), or into ``output`` when given (that
    file must not exist yet). Raises StorageError when it cannot be written whole: no space
    (with the bytes needed), a disk error, a copy that fails its check. Nothing half-written
    is left under a backup's name."""
    when = (now or _now()).astimezone()
    folder = output.parent if output is not None else backup_folder(db_path)
    try:
        if output is None:
            _private_dir(folder)
            _sweep_partials(folder)
        needed = space_needed(db_path)
        if shutil.disk_usage(folder).free < needed:
            raise StorageError(StorageProblem.NO_SPACE_FOR_COPY, needed_bytes=needed)
        final = output or _unique_name(folder, db_path.stem, when, reason.value)
        if final.exists():
            raise StorageError(StorageProblem.CANNOT_WRITE)
        temp = folder / f"{PARTIAL_PREFIX}{final.name}"
        if temp.exists():
            temp.unlink()
        _new_private_file(temp)
    except StorageError:
        raise
    except OSError as exc:
        raise StorageError(storage_problem_of(exc) or StorageProblem.COPY_FAILED) from None
    try:
        _copy_and_label(db_path, temp, reason, when)
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, final)
        _fsync_dir(folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, StorageError):
            raise
        if isinstance(exc, sqlite3.Error | OSError):
            problem = storage_problem_of(exc) or StorageProblem.COPY_FAILED
            if problem == StorageProblem.DISK_FULL:
                raise StorageError(
                    StorageProblem.NO_SPACE_FOR_COPY, needed_bytes=space_needed(db_path)
                ) from None
            raise StorageError(problem) from None
        raise
    result = BackupResult(final)
    if output is None:
        prune(folder, keep_last=keep_last, now=when)
        if second_folder is not None:
            result = _copy_to_second(final, second_folder, keep_last, when)
    return result


def _copy_and_label(db_path: Path, temp: Path, reason: BackupReason, when: dt.datetime) -> None:
    src = sqlite3.connect(_read_only_uri(db_path), uri=True, timeout=8)
    try:
        dst = sqlite3.connect(temp)
        try:
            src.backup(dst)
            counts = _counts(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.execute(
                f"CREATE TABLE IF NOT EXISTS {INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT)"
            )
            dst.execute(f"DELETE FROM {INFO_TABLE}")
            rows = {
                "created_at": when.isoformat(timespec="seconds"),
                "reason": reason.value,
                "app_version": __version__,
                "source": db_path.name,
                **{k: str(v) for k, v in counts.items()},
            }
            dst.executemany(f"INSERT INTO {INFO_TABLE} VALUES (?, ?)", rows.items())
            dst.commit()
            dst.execute("PRAGMA cache_size = -32768")  # 32 MB: the check reads every page
            verdict = dst.execute("PRAGMA integrity_check").fetchone()
            if not verdict or verdict[0] != "ok":
                raise StorageError(StorageProblem.COPY_FAILED)
        finally:
            dst.close()
    finally:
        src.close()


def _copy_to_second(
    backup: Path, second_folder: Path, keep_last: int, when: dt.datetime
) -> BackupResult:
    target = second_folder / backup.name
    temp = second_folder / f"{PARTIAL_PREFIX}{backup.name}"
    try:
        _private_dir(second_folder)
        _sweep_partials(second_folder)
        _new_private_file(temp)
        with open(backup, "rb") as src, open(temp, "wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(temp, target)
        prune(second_folder, keep_last=keep_last, now=when)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        return BackupResult(
            backup, second_problem=storage_problem_of(exc) or StorageProblem.IO_ERROR
        )
    return BackupResult(backup, second_path=target)


def _stamp_of(path: Path) -> dt.datetime | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    naive = dt.datetime.strptime(match["stamp"], "%Y-%m-%d_%H%M%S")
    return naive.astimezone()


def backup_files(folder: Path) -> list[Path]:
    """The backups in ``folder`` named by us, newest first."""
    if not folder.is_dir():
        return []
    dated = [
        (stamp, p)
        for p in folder.glob("*.sqlite3")
        # A copy still being written is not a backup yet.
        if not p.name.startswith(PARTIAL_PREFIX) and (stamp := _stamp_of(p))
    ]
    return [p for _stamp, p in sorted(dated, key=_order, reverse=True)]


def _order(item: tuple[dt.datetime, Path]) -> tuple[dt.datetime, int]:
    """Newest first: by the time in the name, then, within one second, by the counter the
    name carries (the second backup of a second is "-2-", the first has none)."""
    stamp, path = item
    match = _NAME.match(path.name)
    return stamp, int(match["n"]) if match and match["n"] else 1


def _bucket(when: dt.datetime, kind: str) -> tuple[int, ...]:
    if kind == "day":
        return (when.year, when.month, when.day)
    if kind == "week":
        iso = when.isocalendar()
        return (iso.year, iso.week)
    return (when.year, when.month)


def to_keep(
    stamped: list[tuple[dt.datetime, Path]], now: dt.datetime, keep_last: int = KEEP_LAST
) -> set[Path]:
    """Which backups the tiers keep, from (time, file) newest first: the newest
    ``keep_last``, then the newest of each day of the last week, of each week of the last
    five weeks and of each month of the last year; none older than a year but the newest."""
    # Nothing older than a year is kept, not even among the last few: an erased person's
    # data must be gone from the backups within a year. The newest is always kept.
    year = TIERS[-1][0]
    recent = [path for stamp, path in stamped if now - stamp <= year]
    keep = set(recent[:keep_last]) | {path for _stamp, path in stamped[:1]}
    for span, kind in TIERS:
        seen: set[tuple[int, ...]] = set()
        for stamp, path in stamped:
            if now - stamp > span:
                continue
            bucket = _bucket(stamp, kind)
            if bucket not in seen:
                seen.add(bucket)
                keep.add(path)
    return keep


def prune(
    folder: Path, *, keep_last: int = KEEP_LAST, now: dt.datetime | None = None
) -> list[Path]:
    """Delete the backups the tiers no longer keep; returns those deleted. Only files named
    as our backups are considered: a file put there by hand, or written with ``-o``, stays."""
    now = (now or _now()).astimezone()
    stamped = [(stamp, p) for p in backup_files(folder) if (stamp := _stamp_of(p)) is not None]
    keep = to_keep(stamped, now, keep_last)
    removed = []
    for _stamp, path in stamped:
        if path in keep:
            continue
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def read_backup_info(path: Path) -> BackupInfo:
    """What a backup (or any Mentorat database file) holds; raises BackupError when it is
    not one, or is damaged. Reads only: the file is not changed."""
    from mentorat_desktop.core.database import _known_revisions

    if not path.is_file():
        raise BackupError(BackupProblem.NOT_FOUND)
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise BackupError(BackupProblem.NOT_BACKUP)
        con = sqlite3.connect(_read_only_uri(path), uri=True)
    except OSError:
        raise BackupError(BackupProblem.NOT_FOUND) from None
    except sqlite3.Error:
        raise BackupError(BackupProblem.NOT_BACKUP) from None
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "member" not in tables or "alembic_version" not in tables:
            raise BackupError(BackupProblem.NOT_BACKUP)
        revision = _revision(con)
        if revision is None:
            raise BackupError(BackupProblem.NOT_BACKUP)
        if revision not in _known_revisions():
            raise BackupError(BackupProblem.NEWER_VERSION)
        info: dict[str, str] = {}
        if INFO_TABLE in tables:
            info = dict(con.execute(f"SELECT key, value FROM {INFO_TABLE}").fetchall())
        counts = (
            {k: int(info[k]) for k in ("members", "pairs", "sessions")}
            if all(k in info for k in ("members", "pairs", "sessions"))
            else _counts(con)
        )
    except sqlite3.Error:
        raise BackupError(BackupProblem.DAMAGED) from None
    finally:
        con.close()
    created = _stamp_of(path)
    if "created_at" in info:
        with contextlib.suppress(ValueError):
            created = dt.datetime.fromisoformat(info["created_at"]).astimezone()
    if created is None:
        created = dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    return BackupInfo(
        path=path,
        created_at=created,
        reason=info.get("reason", ""),
        members=counts["members"],
        pairs=counts["pairs"],
        sessions=counts["sessions"],
        size=path.stat().st_size,
        revision=revision,
    )


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of ``db_path`` (or in ``folder``), newest first; unreadable ones skipped."""
    infos = []
    for path in backup_files(folder or backup_folder(db_path)):
        try:
            infos.append(read_backup_info(path))
        except BackupError:
            continue
    return infos


def last_backup_time(db_path: Path) -> dt.datetime | None:
    files = backup_files(backup_folder(db_path))
    return _stamp_of(files[0]) if files else None


def backup_is_due(db_path: Path, now: dt.datetime | None = None) -> bool:
    """True when the newest backup is more than a day old (or there is none)."""
    last = last_backup_time(db_path)
    now = (now or _now()).astimezone()
    return last is None or now - last > dt.timedelta(days=1)


def _check(path: Path) -> None:
    con = sqlite3.connect(_read_only_uri(path), uri=True)
    try:
        verdict = con.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.Error:
        raise BackupError(BackupProblem.DAMAGED) from None
    finally:
        con.close()
    if not verdict or verdict[0] != "ok":
        raise BackupError(BackupProblem.DAMAGED)


def restore_backup(
    backup: Path, db_path: Path, *, second_folder: Path | None = None
) -> BackupResult | None:
    """Put the content of ``backup`` into ``db_path``, after backing up the current state.

    Returns the backup of the state before (None when there was no database yet). The
    backup file is never changed; a file that is not a Mentorat backup, a damaged one or one
    from a newer version raises BackupError before anything is written. The restore itself
    is one write transaction on the database: interrupted, it leaves the database as before.
    A backup of an older schema is migrated to the current one."""
    read_backup_info(backup)
    _check(backup)
    before: BackupResult | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        try:
            before = write_backup(db_path, BackupReason.RESTORE, second_folder=second_folder)
        except StorageError as exc:
            if exc.problem != StorageProblem.COPY_FAILED:
                raise
            # The current file is damaged (its copy fails the check): keep it aside as it is.
            before = BackupResult(_keep_damaged(db_path))
    try:
        src = sqlite3.connect(_read_only_uri(backup), uri=True)
        try:
            if not db_path.exists():
                _new_private_file(db_path)
            dst = sqlite3.connect(db_path, timeout=8)
            try:
                dst.execute("PRAGMA busy_timeout = 8000")
                # Out of WAL first: SQLite cannot change a WAL database's page size, and a
                # backup from an older version may have another one.
                dst.execute("PRAGMA journal_mode = DELETE")
                src.backup(dst)
                dst.execute(f"DROP TABLE IF EXISTS {INFO_TABLE}")
                dst.commit()
                dst.execute("PRAGMA journal_mode = WAL")
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise StorageError(storage_problem_of(exc) or StorageProblem.IO_ERROR) from None
    except OSError as exc:
        raise StorageError(storage_problem_of(exc) or StorageProblem.IO_ERROR) from None
    from mentorat_desktop.core.database import open_database

    open_database(db_path).close()  # migrates a backup of an older schema
    return before


def _keep_damaged(db_path: Path) -> Path:
    folder = backup_folder(db_path)
    _private_dir(folder)
    target = folder / f"{db_path.stem}-{_now().strftime('%Y-%m-%d_%H%M%S')}-damaged.sqlite3.keep"
    try:
        _new_private_file(target)
        shutil.copyfile(db_path, target)
    except OSError as exc:
        raise StorageError(storage_problem_of(exc) or StorageProblem.COPY_FAILED) from None
    return target


_CLOUD_FOLDERS = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("mon drive", "Google Drive"),
    ("icloud drive", "iCloud"),
    ("icloud", "iCloud"),
    ("mobile documents", "iCloud"),
    ("com~apple~clouddocs", "iCloud"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("pcloud", "pCloud"),
    ("box sync", "Box"),
)


def cloud_sync_service(path: Path) -> str | None:
    """The name of the synchronisation service whose folder holds ``path``, if any.

    SQLite and file synchronisation do not mix: the service may copy the database in the
    middle of a write, or without its -wal file, or bring back an older copy over it."""
    for part in Path(os.path.abspath(path)).parts[:-1]:
        lowered = part.lower()
        for marker, name in _CLOUD_FOLDERS:
            if (
                lowered == marker
                or lowered.startswith(marker + " ")
                or lowered.startswith(marker + "-")
            ):
                return name
    return None
