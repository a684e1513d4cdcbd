"""Writing a backup of the database file, and the tiers that age the old ones out.

A backup is made with SQLite's online backup API from a read-only connection, so whatever
still sits in the ``-wal`` file is in it, and so is nothing half-written. The copy is written
under a temporary name in the backups folder (0700, files 0600), turned into a single
self-contained file, labelled (a small ``mentorat_backup_info`` table: when, why, what it
holds), checked with ``integrity_check`` and only then given its final name.

Old backups age out in tiers: the last few, then one a day for a week, one a week for a month
and one a month for a year.

Opening the database (core/database.py) writes one before a migration; reading, listing and
restoring backups (core/backups.py, which re-exports this module's names) come above the
database, since a restore migrates the file it put back.
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

from mentorat_desktop import __version__
from mentorat_desktop.core.errors import StorageError, StorageProblem, storage_problem_of

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


@dataclass(frozen=True)
class BackupResult:
    path: Path
    second_path: Path | None = None
    # Why the copy to the second folder failed (the main backup is there all the same).
    second_problem: StorageProblem | None = None


def backup_folder(db_path: Path) -> Path:
    """The folder of the backups of ``db_path``, beside it."""
    return db_path.parent / f"{db_path.stem}-backups"


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def private_dir(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        folder.chmod(0o700)


def new_private_file(path: Path) -> None:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _sweep_partials(folder: Path) -> None:
    """Remove what an interrupted backup left behind (it never got its final name)."""
    for leftover in folder.glob(PARTIAL_PREFIX + "*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def read_only_uri(path: Path) -> str:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return uri


def table_counts(con: sqlite3.Connection) -> dict[str, int]:
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    counts = {}
    for key, table in (("members", "member"), ("pairs", "pair"), ("sessions", "mentoring_session")):
        counts[key] = (
            con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] if table in tables else 0
        )
    return counts


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
    when = (now or local_now()).astimezone()
    folder = output.parent if output is not None else backup_folder(db_path)
    try:
        if output is None:
            private_dir(folder)
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
        new_private_file(temp)
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
    src = sqlite3.connect(read_only_uri(db_path), uri=True, timeout=8)
    try:
        dst = sqlite3.connect(temp)
        try:
            src.backup(dst)
            counts = table_counts(dst)
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
        private_dir(second_folder)
        _sweep_partials(second_folder)
        new_private_file(temp)
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


def stamp_of(path: Path) -> dt.datetime | None:
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
        if not p.name.startswith(PARTIAL_PREFIX) and (stamp := stamp_of(p))
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
    now = (now or local_now()).astimezone()
    stamped = [(stamp, p) for p in backup_files(folder) if (stamp := stamp_of(p)) is not None]
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
