"""Errors the core raises. They carry codes, not sentences: the GUI and the command line
turn each code into a message in the user's language."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum
from pathlib import Path


class OpenProblem(StrEnum):
    NOT_SQLITE = "not_sqlite"  # the file is not a SQLite database (or is damaged)
    NOT_MENTORAT = "not_mentorat"  # a SQLite database, but another program's
    READ_ONLY = "read_only"
    NEWER_VERSION = "newer_version"  # written by a newer version of the application
    CANNOT_CREATE = "cannot_create"  # the folder does not exist or cannot be written
    IS_DIRECTORY = "is_directory"


class DatabaseOpenError(Exception):
    """The database cannot be opened; the file has been left untouched."""

    def __init__(self, problem: OpenProblem, path: Path, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {path} {detail}".strip())
        self.problem = problem
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: ``code`` names it, ``params`` fill the message."""

    field: str
    code: str
    params: dict[str, object] = dataclass_field(default_factory=dict)


class ValidationError(Exception):
    """Input refused; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in errors))
        self.errors = errors

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)


class NotFoundError(Exception):
    """The record asked for does not exist (any more)."""
