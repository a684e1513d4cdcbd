"""What the command modules share besides cli_output (exit statuses, output, --lang): opening
the database (with its lock for a command that writes), the backup before a large change, and
finding a group or a cohort by the name typed.

It imports none of the command modules (cli_*.py): they all import it, and only cli.py (the
parser and dispatcher) knows them all.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.cli_messages import ensure_translations
from mentorat_desktop.cli_output import EXIT_NOTHING_DONE, err
from mentorat_desktop.core.backups import BackupReason, backup_place, safety_copy
from mentorat_desktop.core.coordinator import default_coordinator
from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.errors import DatabaseOpenError, FieldError, StorageError
from mentorat_desktop.core.lock import DatabaseLock
from mentorat_desktop.core.services.registry import Services, build_services
from mentorat_desktop.i18n.messages import field_error_with_label, open_error
from mentorat_desktop.i18n.os_messages import os_reason
from mentorat_desktop.i18n.storage_messages import storage_error

if TYPE_CHECKING:
    from mentorat_desktop.core.services.cohorts import CohortRecord, CohortService
    from mentorat_desktop.core.services.groups import GroupRecord, GroupService


# How long a command that writes waits for another one to let go of the database.
LOCK_WAIT_SECONDS = 15.0


def print_field_errors(errors: list[FieldError]) -> None:
    for error in errors:
        err(field_error_with_label(error))


def settings_language(services: Services, language: str | None) -> str:
    """The language chosen with --lang, else the one of the database's settings."""
    return language or services.settings.get().language


def open_db(
    path: Path | str, language: str | None, create: bool = False, write: bool = False
) -> Database | None:
    """Open the database or say why not (in the chosen language); None when it failed.

    Only an import may create a new database: elsewhere a mistyped path is an error. A
    command that writes first takes the database's lock, waiting a few seconds for another
    command to finish; while the application has the file open, it is refused. A server's
    address (a str) is opened as it is: the server itself keeps writers apart."""
    if isinstance(path, str):
        return _open_server(path, language)
    if not create and not path.exists():
        ensure_translations(language)
        err(QCoreApplication.translate("Cli", "“{path}” does not exist.").format(path=path))
        return None
    lock = None
    if write:
        # A file that is not ours is refused below; releasing the lock then removes its
        # lock file, so nothing is left beside it.
        lock = DatabaseLock(path)
        try:
            lock.acquire(wait_seconds=LOCK_WAIT_SECONDS)
        except StorageError as exc:
            say_storage_error(exc, language)
            return None
    try:
        db = open_database(path)
    except DatabaseOpenError as exc:
        if lock is not None:
            lock.release()
        ensure_translations(language)
        err(open_error(exc))
        return None
    except StorageError as exc:
        if lock is not None:
            lock.release()
        say_storage_error(exc, language)
        return None
    db.lock = lock
    return _ready(db, language)


def _open_server(address: str, language: str | None) -> Database | None:
    try:
        db = open_database(address)
    except DatabaseOpenError as exc:
        ensure_translations(language)
        err(open_error(exc))
        return None
    except StorageError as exc:
        say_storage_error(exc, language)
        return None
    return _ready(db, language)


def _ready(db: Database, language: str | None) -> Database:
    """The database just opened, with who changes it and the language it is spoken of in."""
    db.coordinator = default_coordinator()  # --as, MENTORAT_COORDINATOR or the login name
    ensure_translations(settings_language(build_services(db), language))
    return db


def say_storage_error(exc: StorageError, language: str | None) -> None:
    err(storage_error(exc, ensure_translations(language)))


def backup_before(services: Services, reason: str) -> None:
    """The checked backup made before a change that touches many rows (an import, a pool
    proposal, an erasure). Raises StorageError when it cannot be written: then the change
    is not made."""
    place = backup_place(services.settings)
    safety_copy(
        services.db,
        BackupReason(reason),
        second_folder=place.second_folder,
        keep_last=place.keep_last,
    )


def say_cannot_write(path: Path, exc: OSError) -> int:
    """A file that could not be written, said without the error's own text (it may quote
    data); returns the exit status of nothing done."""
    err(
        QCoreApplication.translate(
            "Cli", "Cannot write “{path}”: {reason}. Nothing was written."
        ).format(path=path, reason=os_reason(exc))
    )
    return EXIT_NOTHING_DONE


# -- a group or a cohort named on the command line ----------------------------------------


def find_group(groups: GroupService, name: str) -> GroupRecord | None:
    """The group of this name, or None after saying there is none (and which there are)."""
    group = groups.find(name)
    if group is None:
        names = [g.name for g in groups.list_groups()]
        if names:
            err(
                QCoreApplication.translate(
                    "Cli", "No local group is called “{name}”; the groups are: {names}."
                ).format(name=name, names=", ".join(f"“{n}”" for n in names))
            )
        else:
            err(
                QCoreApplication.translate(
                    "Cli", "No local group is called “{name}”: there is no group yet."
                ).format(name=name)
            )
    return group


def group_option(groups: GroupService, name: str | None) -> tuple[bool, int | None]:
    """(found, group id) for a command's ``--group NAME``: (True, None) without the option
    (every group); (False, None) once it has said that no group has this name."""
    if name is None:
        return True, None
    group = find_group(groups, name)
    if group is None:
        err(QCoreApplication.translate("Cli", "Nothing was done."))
        return False, None
    return True, group.id


def find_cohort(service: CohortService, name: str) -> CohortRecord | None:
    """The cohort of this name, or None after saying there is none (and which there are)."""
    cohort = service.find(name)
    if cohort is None:
        names = [c.name for c in service.list_cohorts()]
        if names:
            err(
                QCoreApplication.translate(
                    "Cli", "No cohort is called “{name}”; the cohorts are: {names}."
                ).format(name=name, names=", ".join(f"“{n}”" for n in names))
            )
        else:
            err(
                QCoreApplication.translate(
                    "Cli", "No cohort is called “{name}”: there is no cohort yet."
                ).format(name=name)
            )
    return cohort


def cohort_for_new_pair(cohorts: CohortService, name: str | None) -> tuple[bool, int | None]:
    """(found, cohort id) for ``add-pair --cohort``: a closed cohort takes no new pair.
    (False, None) after saying why, when the name does not fit."""
    if name is None:
        return True, None
    cohort = find_cohort(cohorts, name)
    if cohort is None:
        return False, None
    if cohort.is_closed:
        err(
            QCoreApplication.translate(
                "Cli",
                "The cohort “{name}” is closed: it takes no new pair (cohort reopen opens it "
                "again).",
            ).format(name=cohort.name)
        )
        return False, None
    return True, cohort.id
