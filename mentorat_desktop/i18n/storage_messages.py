"""Sentences for storage failures, backups and restores, in the user's language.

None of them holds personal data: a path the user chose, a computer's name, a time, a size.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.backups import BackupError, BackupInfo, BackupProblem
from mentorat_desktop.core.errors import StorageError, StorageProblem
from mentorat_desktop.core.formatting import format_date, format_number
from mentorat_desktop.core.lock import LockHolder


def _tr(text: str) -> str:
    return QCoreApplication.translate("Storage", text)


def format_time(value: dt.datetime, language: str) -> str:
    """A moment as the locale writes it: the short date and the time (24 h in French)."""
    local = value.astimezone()
    clock = f"{local:%H} h {local:%M}" if language == "fr_CA" else f"{local:%H:%M}"
    joiner = _tr("{date} at {time}")
    return joiner.format(date=format_date(local.date(), language), time=clock)


def format_size(size: int, language: str) -> str:
    """Bytes as people read them: "12,5 Mo" in French, "12.5 MB" in English."""
    units = (_tr("bytes"), _tr("KB"), _tr("MB"), _tr("GB"))
    value = float(size)
    unit = 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    return f"{format_number(value, language, 1 if unit else 0)} {units[unit]}"


def holder_text(holder: object, language: str) -> str:
    """Who holds the database, in a sentence."""
    if not isinstance(holder, LockHolder) or not holder.computer:
        return _tr("Another copy of Mentorat is working on this database.")
    if holder.is_this_computer:
        text = _tr("Another copy of Mentorat has this database open on this computer")
    else:
        text = _tr("Mentorat has this database open on the computer “{computer}”").format(
            computer=holder.computer
        )
    if holder.since is not None:
        text += _tr(" since {time}").format(time=format_time(holder.since, language))
    return text + "."


def storage_error(error: StorageError, language: str) -> str:
    """What went wrong, and that nothing was changed."""
    problem = error.problem
    nothing = _tr("Nothing was changed.")
    if problem == StorageProblem.BUSY:
        return (
            _tr(
                "The database is busy: another program (or another copy of Mentorat) is "
                "writing to it. Try again in a moment."
            )
            + " "
            + nothing
        )
    if problem == StorageProblem.DISK_FULL:
        return _tr("The disk is full. Free some space, then try again.") + " " + nothing
    if problem == StorageProblem.IO_ERROR:
        return (
            _tr(
                "The disk reported an error while reading or writing. If it is a USB key or "
                "a network folder, check that it is still connected."
            )
            + " "
            + nothing
        )
    if problem == StorageProblem.CANNOT_WRITE:
        return _tr("The file or its folder can no longer be written.") + " " + nothing
    if problem == StorageProblem.READ_ONLY_SESSION:
        return _tr(
            "This database is open read-only, because another copy of Mentorat is using it. "
            "Nothing was saved."
        )
    if problem == StorageProblem.IN_USE:
        return (
            holder_text(error.holder, language)
            + " "
            + _tr("Close it there, then try again.")
            + " "
            + nothing
        )
    if problem == StorageProblem.NO_SPACE_FOR_COPY:
        needed = format_size(error.needed_bytes or 0, language)
        return (
            _tr(
                "There is not enough free space for the safety copy: {size} are needed. "
                "Free some space, then try again."
            ).format(size=needed)
            + " "
            + nothing
        )
    if problem == StorageProblem.COPY_FAILED:
        return (
            _tr("The safety copy could not be written or did not pass its check.") + " " + nothing
        )
    return (
        _tr(
            "The database looks damaged. Check it (Data menu, or the check command), or "
            "restore a backup."
        )
        + " "
        + nothing
    )


def backup_error(error: BackupError) -> str:
    problem = error.problem
    if problem == BackupProblem.NOT_FOUND:
        text = _tr("This backup cannot be found or read.")
    elif problem == BackupProblem.NOT_BACKUP:
        text = _tr("This file is not a Mentorat backup.")
    elif problem == BackupProblem.DAMAGED:
        text = _tr("This backup is damaged: it does not pass its check.")
    else:
        text = _tr("This backup was made by a newer version of Mentorat.")
    return text + " " + _tr("Neither it nor the database was changed.")


def reason_label(reason: str) -> str:
    labels = {
        "open": _tr("on opening"),
        "close": _tr("on closing"),
        "manual": _tr("made by hand"),
        "import": _tr("before an import"),
        "migration": _tr("before an update of the file"),
        "restore": _tr("before a restore"),
        "erasure": _tr("before an erasure"),
        "match": _tr("before a pool proposal"),
        "repair": _tr("before a repair"),
        "retention": _tr("before anonymising"),
    }
    return labels.get(reason, reason)


def contents_text(info: BackupInfo) -> str:
    """What a backup holds, in words: "120 members, 48 pairs, 1,204 sessions"."""
    members = QCoreApplication.translate("Storage", "%n member(s)", "", info.members)
    pairs = QCoreApplication.translate("Storage", "%n pair(s)", "", info.pairs)
    sessions = QCoreApplication.translate("Storage", "%n session(s)", "", info.sessions)
    return ", ".join((members, pairs, sessions))


def cloud_warning(service: str) -> str:
    return _tr(
        "The database is in a folder that {service} synchronises. SQLite and file "
        "synchronisation do not mix: the service may copy the file in the middle of a "
        "change, or put an older copy back over it. Keep the database outside that folder; "
        "choose that folder as the second place for backups instead."
    ).format(service=service)
