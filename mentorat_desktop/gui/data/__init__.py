"""The Data menu and its windows: back up now, restore a backup, check the database, open
another database or a new one, reset the demo.

What they share lives here: the sentence for a job that failed, the announcement that
everything changed, where the backups go, opening a folder in the file manager, and starting
the application again on another file.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.database import Database, make_private_dir
from mentorat_desktop.core.errors import StorageError
from mentorat_desktop.core.events import Topic


def failure_text(error: BaseException, language: str) -> str:
    """A failed job in a sentence; never a traceback (that goes to the error output)."""
    # lazy: the backups module and the storage messages, only when a job failed (this
    # package's menu is built at start-up)
    from mentorat_desktop.core.backups import BackupError
    from mentorat_desktop.i18n.storage_messages import backup_error, storage_error

    if isinstance(error, BackupError):
        return backup_error(error)
    if isinstance(error, StorageError):
        return storage_error(error, language)
    # The kind of error only: its text and traceback may hold SQL parameters (names, e-mails).
    print(f"Mentorat: {type(error).__name__}", file=sys.stderr)
    return QCoreApplication.translate(
        "Data",
        "Something unexpected stopped the work ({error}). Check the database (Data menu) "
        "before going on.",
    ).format(error=type(error).__name__)


def announce_everything(db: Database) -> None:
    """Tell every view to reload: after a restore or a repair, anything may have changed."""
    db.bus.emit(*Topic)


@contextmanager
def own_connection(db: Database) -> Iterator[Database]:
    """The database opened afresh for a job in another thread: its own connections, and its
    own change bus (nobody listens to it; the dialog announces on the GUI thread once the
    job is over). The lock stays with ``db``; what it changes carries the same coordinator's
    name. On a server, the window's engine, whose pool gives each thread a connection of its
    own: it stays open for the window afterwards."""
    if db.address is not None:
        shared = Database(None, read_only=db.read_only, server=(db.address, db.engine))
        shared.coordinator = db.coordinator
        yield shared  # not closed: that would dispose of the window's engine
        return
    mine = Database(db.path, read_only=db.read_only)
    mine.coordinator = db.coordinator
    try:
        yield mine
    finally:
        mine.close()


def drop_connections(db: Database) -> None:
    """Close ``db``'s open connections (they reopen when next needed), keeping its lock:
    before a restore writes the whole file from another connection."""
    lock = db.lock
    db.lock = None
    try:
        db.close()
    finally:
        db.lock = lock


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the file manager (created first, private, if it is not there)."""
    try:
        make_private_dir(folder)
    except OSError:
        return False
    # lazy: Qt's URL and desktop services (their types and enumerations), on first use
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def application_command(arguments: list[str]) -> tuple[str, list[str]]:
    """The program and arguments that start this application again: the executable alone
    in a frozen (one-folder) build, ``python -m mentorat_desktop`` otherwise."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(arguments)
    return sys.executable, ["-m", "mentorat_desktop", *arguments]


def launch_application(arguments: list[str]) -> bool:
    """Start another copy of the application (its own window and database); True when it
    was started."""
    # lazy: Qt's process type (and its enumerations), when another copy is started
    from PySide6.QtCore import QProcess

    program, args = application_command(arguments)
    started = QProcess.startDetached(program, args)
    return bool(started[0] if isinstance(started, tuple) else started)
