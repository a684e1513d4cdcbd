"""The application factory: builds the database, services, translators and main window.

The command line, the screenshot command and the tests all build the application here,
and each piece is handed what it needs: there is no global registry.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.lock import DatabaseLock
from mentorat_desktop.core.server import is_server_address
from mentorat_desktop.core.services.registry import build_services
from mentorat_desktop.gui.bridge import DataSignals
from mentorat_desktop.gui.context import AppContext
from mentorat_desktop.gui.coordinator_name import coordinator_name
from mentorat_desktop.gui.main_window import MainWindow
from mentorat_desktop.i18n import DEFAULT_LANGUAGE, install_translators

_previous_handler = None
_handler_installed = False


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform warns that it cannot pass size hints to a window manager it
    # does not have; that is expected when rendering a screenshot, so keep it off stderr.
    if "propagateSizeHints" in message:
        return
    if _previous_handler is not None:
        _previous_handler(mode, context, message)
    else:
        sys.stderr.write(message + "\n")


def get_qapp(offscreen: bool = False) -> QApplication:
    """The one QApplication of the process (created on first call)."""
    global _previous_handler, _handler_installed
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and not _handler_installed:
        _previous_handler = qInstallMessageHandler(_quiet_offscreen)
        _handler_installed = True
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Mentorat")
        app.setOrganizationName("Mentorat")
        app.setDesktopFileName("mentorat-desktop")
    assert isinstance(app, QApplication)
    return app


def create_context(
    db_path: Path | str,
    language: str | None = None,
    qapp: QCoreApplication | None = None,
    *,
    read_only: bool = False,
) -> AppContext:
    """Open the database and build the services around it.

    The database's lock is taken for as long as the context lives, so that a second copy of
    the application cannot write to it: StorageError(IN_USE) says who holds it. With
    ``read_only`` no lock is taken and every change is refused. Raises DatabaseOpenError
    when the file cannot be opened (left untouched)."""

    qapp = qapp or get_qapp()
    lock = None
    if not read_only and not is_server_address(db_path):
        # Taken before the file is read; a file that is not ours then has its lock file
        # removed with the lock (release), so nothing is left beside it.
        lock = DatabaseLock(Path(db_path))
        lock.acquire()
    try:
        db = open_database(db_path, read_only=read_only)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    db.lock = lock

    # Recorded on what this copy changes: the name from Preferences, else the login name.
    db.coordinator = coordinator_name()
    services = build_services(db)
    language = language or services.settings.get().language or DEFAULT_LANGUAGE
    translators = install_translators(qapp, language)
    return AppContext(
        qapp=qapp,
        db=db,
        language=language,
        signals=DataSignals(db.bus),
        services=services,
        undo_stack=QUndoStack(),
        translators=translators,
    )


def build_main_window(ctx: AppContext) -> MainWindow:
    return MainWindow(ctx)
