"""Errors the core raises. They carry codes, not sentences: the GUI and the command line
turn each code into a message in the user's language."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple


class OpenProblem(StrEnum):
    NOT_SQLITE = "not_sqlite"  # the file is not a SQLite database (or is damaged)
    NOT_MENTORAT = "not_mentorat"  # a SQLite database, but another program's
    READ_ONLY = "read_only"
    NEWER_VERSION = "newer_version"  # written by a newer version of the application
    CANNOT_CREATE = "cannot_create"  # the folder does not exist or cannot be written
    IS_DIRECTORY = "is_directory"
    # A shared server (core/server.py):
    SERVER_UNREACHABLE = "server_unreachable"  # no answer, or the database does not exist
    SERVER_REFUSED = "server_refused"  # the server refused the name or the password
    PASSWORD_IN_ADDRESS = "password_in_address"  # a password typed in the address itself
    NO_SERVER_DRIVER = "no_server_driver"  # the PostgreSQL driver is not installed
    NOT_A_SERVER_ADDRESS = "not_a_server_address"  # neither a file nor a PostgreSQL address


class DatabaseOpenError(Exception):
    """The database cannot be opened; the file has been left untouched."""

    def __init__(self, problem: OpenProblem, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {path} {detail}".strip())
        self.problem = problem
        self.path = path
        self.detail = detail


# The records of the start-up path are NamedTuples, not frozen dataclasses: in the Python
# this runs on, a dataclass costs about 1 to 3 ms to create, a NamedTuple about 0.2.
_NO_PARAMS: Mapping[str, object] = MappingProxyType({})


class FieldError(NamedTuple):
    """One problem with one field: ``code`` names it, ``params`` fill the message."""

    field: str
    code: str
    params: Mapping[str, object] = _NO_PARAMS


class ValidationError(Exception):
    """Input refused; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in errors))
        self.errors = errors

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)


class NotFoundError(Exception):
    """The record asked for does not exist (any more)."""


class StorageProblem(StrEnum):
    BUSY = "busy"  # another program holds a write lock on the database for too long
    DISK_FULL = "disk_full"
    IO_ERROR = "io_error"  # the disk or the file system refused a read or a write
    CANNOT_WRITE = "cannot_write"  # the file or its folder became read-only
    READ_ONLY_SESSION = "read_only_session"  # opened read-only: another copy holds it
    IN_USE = "in_use"  # another copy of the application holds the database
    NO_SPACE_FOR_COPY = "no_space_for_copy"  # not enough room for the copy made first
    COPY_FAILED = "copy_failed"  # the safety copy could not be written
    DAMAGED = "damaged"  # SQLite found the file damaged while working
    SERVER_GONE = "server_gone"  # the shared server stopped answering


class StorageError(Exception):
    """The database or a file could not be read or written; nothing was changed.

    The message carries no SQL and no data: only the problem's code and, for some problems,
    a number (``needed_bytes``) or a description of who holds the database (``holder``)."""

    def __init__(
        self,
        problem: StorageProblem,
        *,
        needed_bytes: int | None = None,
        holder: object | None = None,
    ) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.needed_bytes = needed_bytes
        self.holder = holder


def storage_problem_of(exc: BaseException) -> StorageProblem | None:
    """The storage problem behind a sqlite3 or OS error, or None when it is something else.

    Works on SQLAlchemy's wrappers too (their ``orig`` is the sqlite3 error)."""
    original = getattr(exc, "orig", None) or exc
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        text = str(original).lower()
        if primary in (5, 6) or "locked" in text or "busy" in text:
            return StorageProblem.BUSY
        if primary == 13 or "disk is full" in text or "disk full" in text:
            return StorageProblem.DISK_FULL
        if primary == 8 or "readonly" in text or "read-only" in text:
            return StorageProblem.CANNOT_WRITE
        if primary in (10, 14) or "disk i/o" in text or "unable to open" in text:
            return StorageProblem.IO_ERROR
        if primary in (11, 26) or "malformed" in text or "not a database" in text:
            return StorageProblem.DAMAGED
        return None
    sqlstate = getattr(original, "sqlstate", None)
    if type(original).__module__.startswith("psycopg"):
        # PostgreSQL's error classes: 08 connection, 53 resources, 40 and 55P03 waits.
        state = sqlstate or ""
        if state.startswith("08") or sqlstate is None:
            return StorageProblem.SERVER_GONE
        if state.startswith("40") or state == "55P03":
            return StorageProblem.BUSY
        if state in ("53100", "53200"):
            return StorageProblem.DISK_FULL
        if state == "25006" or state.startswith("42501"):
            return StorageProblem.CANNOT_WRITE
        return None
    if isinstance(original, OSError):
        if original.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return StorageProblem.DISK_FULL
        if original.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return StorageProblem.CANNOT_WRITE
        return StorageProblem.IO_ERROR
    return None


class ConflictError(Exception):
    """Another coordinator changed the record after it was read, so the change made from the
    older reading was refused and nothing was saved (no silent overwrite).

    ``kind`` is the table ("member", "pair", "cohort", "mentoring_session"); ``changed_by``
    and ``changed_at`` say who made the other change and when (None when unknown);
    ``version`` is the record's version now; ``fields`` names the fields whose stored value
    differs from what was being saved. Only names: the values stay out of the exception, so
    that no member's data reaches a log."""

    def __init__(
        self,
        kind: str,
        record_id: int,
        *,
        changed_by: str | None = None,
        changed_at: dt.datetime | None = None,
        version: int | None = None,
        fields: tuple[str, ...] = (),
    ) -> None:
        super().__init__(f"conflict: {kind} {record_id} changed meanwhile (version {version})")
        self.kind = kind
        self.record_id = record_id
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.version = version
        self.fields = fields
