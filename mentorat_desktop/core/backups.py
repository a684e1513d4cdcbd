"""Backups of the database: consistent, checked, private, kept in tiers, and restored.

Writing one and the tiers that age them out are in core/backup_writing.py (the database's
opening writes one before a migration, so it sits below the database); this module reads,
lists and restores them, and re-exports the writing's names: callers import from here.

Backups live beside the database, in ``<name>-backups/``; a second folder (a USB key,
another disk) can receive a copy of each. Old backups age out in tiers: the last few, then
one a day for a week, one a week for a month and one a month for a year.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from mentorat_desktop.core.backup_writing import (
    INFO_TABLE,
    KEEP_LAST,
    PARTIAL_PREFIX,
    TIERS,
    BackupReason,
    BackupResult,
    backup_files,
    backup_folder,
    local_now,
    new_private_file,
    private_dir,
    prune,
    read_only_uri,
    space_needed,
    stamp_of,
    table_counts,
    to_keep,
    write_backup,
)
from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.errors import StorageError, StorageProblem, storage_problem_of
from mentorat_desktop.core.migrations import known_revisions

if TYPE_CHECKING:
    from mentorat_desktop.core.services.settings import SettingsService

__all__ = [
    "INFO_TABLE",
    "KEEP_LAST",
    "PARTIAL_PREFIX",
    "TIERS",
    "BackupError",
    "BackupInfo",
    "BackupPlace",
    "BackupProblem",
    "BackupReason",
    "BackupResult",
    "backup_files",
    "backup_folder",
    "backup_is_due",
    "backup_place",
    "cloud_sync_service",
    "last_backup_time",
    "list_backups",
    "prune",
    "read_backup_info",
    "restore_backup",
    "safety_copy",
    "space_needed",
    "to_keep",
    "write_backup",
]

SQLITE_MAGIC = b"SQLite format 3\x00"


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
class BackupPlace:
    """Where backups go besides their folder, and how many of the last ones are kept."""

    second_folder: Path | None = None
    keep_last: int = KEEP_LAST


def backup_place(settings: SettingsService) -> BackupPlace:
    """The backup settings of the program (Preferences), for the GUI and the command line."""
    values = settings.get()
    second = values.backup_folder_second
    return BackupPlace(Path(second) if second else None, values.backup_keep_last)


def _revision(con: sqlite3.Connection) -> str | None:
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def safety_copy(
    db: Database, reason: BackupReason, *, second_folder: Path | None, keep_last: int
) -> BackupResult | None:
    """The checked copy made before a change of many rows (an import, a repair, an
    erasure): of the laptop's file. None on a shared server, whose copies are its
    administrator's business (pg_dump and the like), not the application's."""
    if db.path is None:
        return None
    return write_backup(db.path, reason, second_folder=second_folder, keep_last=keep_last)


def read_backup_info(path: Path) -> BackupInfo:
    """What a backup (or any Mentorat database file) holds; raises BackupError when it is
    not one, or is damaged. Reads only: the file is not changed."""
    if not path.is_file():
        raise BackupError(BackupProblem.NOT_FOUND)
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise BackupError(BackupProblem.NOT_BACKUP)
        con = sqlite3.connect(read_only_uri(path), uri=True)
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
        if revision not in known_revisions():
            raise BackupError(BackupProblem.NEWER_VERSION)
        info: dict[str, str] = {}
        if INFO_TABLE in tables:
            info = dict(con.execute(f"SELECT key, value FROM {INFO_TABLE}").fetchall())
        counts = (
            {k: int(info[k]) for k in ("members", "pairs", "sessions")}
            if all(k in info for k in ("members", "pairs", "sessions"))
            else table_counts(con)
        )
    except sqlite3.Error:
        raise BackupError(BackupProblem.DAMAGED) from None
    finally:
        con.close()
    created = stamp_of(path)
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
    return stamp_of(files[0]) if files else None


def backup_is_due(db_path: Path, now: dt.datetime | None = None) -> bool:
    """True when the newest backup is more than a day old (or there is none)."""
    last = last_backup_time(db_path)
    now = (now or local_now()).astimezone()
    return last is None or now - last > dt.timedelta(days=1)


def _check(path: Path) -> None:
    con = sqlite3.connect(read_only_uri(path), uri=True)
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
        src = sqlite3.connect(read_only_uri(backup), uri=True)
        try:
            if not db_path.exists():
                new_private_file(db_path)
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
    open_database(db_path).close()  # migrates a backup of an older schema
    return before


def _keep_damaged(db_path: Path) -> Path:
    folder = backup_folder(db_path)
    private_dir(folder)
    target = (
        folder / f"{db_path.stem}-{local_now().strftime('%Y-%m-%d_%H%M%S')}-damaged.sqlite3.keep"
    )
    try:
        new_private_file(target)
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
