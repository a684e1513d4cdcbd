"""Sentences for storage failures, backups and restores, in the user's language.

None of them holds personal data: a path the user chose, a computer's name, a time, a size.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.backups import BackupError, BackupInfo, BackupProblem
from mentorat_desktop.core.errors import StorageError, StorageProblem
from mentorat_desktop.core.formatting import format_number
from mentorat_desktop.core.lock import LockHolder
from mentorat_desktop.i18n.times import format_time


def format_size(size: int, language: str) -> str:
    """Bytes as people read them: "12,5 Mo" in French, "12.5 MB" in English."""
    units = (
        QCoreApplication.translate("Storage", "bytes"),
        QCoreApplication.translate("Storage", "KB"),
        QCoreApplication.translate("Storage", "MB"),
        QCoreApplication.translate("Storage", "GB"),
    )
    value = float(size)
    unit = 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    return f"{format_number(value, language, 1 if unit else 0)} {units[unit]}"


def holder_text(holder: object, language: str) -> str:
    """Who holds the database, in a sentence."""
    if not isinstance(holder, LockHolder) or not holder.computer:
        return QCoreApplication.translate(
            "Storage", "Another copy of Mentorat is working on this database."
        )
    if holder.is_this_computer:
        text = QCoreApplication.translate(
            "Storage", "Another copy of Mentorat has this database open on this computer"
        )
    else:
        text = QCoreApplication.translate(
            "Storage", "Mentorat has this database open on the computer “{computer}”"
        ).format(computer=holder.computer)
    if holder.since is not None:
        text += QCoreApplication.translate("Storage", " since {time}").format(
            time=format_time(holder.since, language)
        )
    return text + "."


def storage_error(error: StorageError, language: str) -> str:
    """What went wrong, and that nothing was changed."""
    problem = error.problem
    nothing = QCoreApplication.translate("Storage", "Nothing was changed.")
    if problem == StorageProblem.BUSY:
        return (
            QCoreApplication.translate(
                "Storage",
                "The database is busy: another program (or another copy of Mentorat) is "
                "writing to it. Try again in a moment.",
            )
            + " "
            + nothing
        )
    if problem == StorageProblem.DISK_FULL:
        return (
            QCoreApplication.translate(
                "Storage", "The disk is full. Free some space, then try again."
            )
            + " "
            + nothing
        )
    if problem == StorageProblem.IO_ERROR:
        return (
            QCoreApplication.translate(
                "Storage",
                "The disk reported an error while reading or writing. If it is a USB key or "
                "a network folder, check that it is still connected.",
            )
            + " "
            + nothing
        )
    if problem == StorageProblem.CANNOT_WRITE:
        return (
            QCoreApplication.translate(
                "Storage", "The file or its folder can no longer be written."
            )
            + " "
            + nothing
        )
    if problem == StorageProblem.READ_ONLY_SESSION:
        return QCoreApplication.translate(
            "Storage",
            "This database is open read-only, because another copy of Mentorat is using it. "
            "Nothing was saved.",
        )
    if problem == StorageProblem.IN_USE:
        return (
            holder_text(error.holder, language)
            + " "
            + QCoreApplication.translate("Storage", "Close it there, then try again.")
            + " "
            + nothing
        )
    if problem == StorageProblem.NO_SPACE_FOR_COPY:
        needed = format_size(error.needed_bytes or 0, language)
        return (
            QCoreApplication.translate(
                "Storage",
                "There is not enough free space for the safety copy: {size} are needed. "
                "Free some space, then try again.",
            ).format(size=needed)
            + " "
            + nothing
        )
    if problem == StorageProblem.COPY_FAILED:
        return (
            QCoreApplication.translate(
                "Storage", "The safety copy could not be written or did not pass its check."
            )
            + " "
            + nothing
        )
    if problem == StorageProblem.SERVER_GONE:
        return (
            QCoreApplication.translate(
                "Storage",
                "The server stopped answering: check the network, then try again.",
            )
            + " "
            + nothing
        )
    return (
        QCoreApplication.translate(
            "Storage",
            "The database looks damaged. Check it (Data menu, or the check command), or "
            "restore a backup.",
        )
        + " "
        + nothing
    )


def backup_error(error: BackupError) -> str:
    problem = error.problem
    if problem == BackupProblem.NOT_FOUND:
        text = QCoreApplication.translate("Storage", "This backup cannot be found or read.")
    elif problem == BackupProblem.NOT_BACKUP:
        text = QCoreApplication.translate("Storage", "This file is not a Mentorat backup.")
    elif problem == BackupProblem.DAMAGED:
        text = QCoreApplication.translate(
            "Storage", "This backup is damaged: it does not pass its check."
        )
    else:
        text = QCoreApplication.translate(
            "Storage", "This backup was made by a newer version of Mentorat."
        )
    return (
        text
        + " "
        + QCoreApplication.translate("Storage", "Neither it nor the database was changed.")
    )


def reason_label(reason: str) -> str:
    labels = {
        "open": QCoreApplication.translate("Storage", "on opening"),
        "close": QCoreApplication.translate("Storage", "on closing"),
        "manual": QCoreApplication.translate("Storage", "made by hand"),
        "import": QCoreApplication.translate("Storage", "before an import"),
        "migration": QCoreApplication.translate("Storage", "before an update of the file"),
        "restore": QCoreApplication.translate("Storage", "before a restore"),
        "erasure": QCoreApplication.translate("Storage", "before an erasure"),
        "match": QCoreApplication.translate("Storage", "before a pool proposal"),
        "repair": QCoreApplication.translate("Storage", "before a repair"),
        "retention": QCoreApplication.translate("Storage", "before anonymising"),
    }
    return labels.get(reason, reason)


def contents_text(info: BackupInfo) -> str:
    """What a backup holds, in words: "120 members, 48 pairs, 1,204 sessions"."""
    members = QCoreApplication.translate("Storage", "%n member(s)", "", info.members)
    pairs = QCoreApplication.translate("Storage", "%n pair(s)", "", info.pairs)
    sessions = QCoreApplication.translate("Storage", "%n session(s)", "", info.sessions)
    return ", ".join((members, pairs, sessions))


def cloud_warning(service: str) -> str:
    return QCoreApplication.translate(
        "Storage",
        "The database is in a folder that {service} synchronises. SQLite and file "
        "synchronisation do not mix: the service may copy the file in the middle of a "
        "change, or put an older copy back over it. Keep the database outside that folder; "
        "choose that folder as the second place for backups instead.",
    ).format(service=service)
