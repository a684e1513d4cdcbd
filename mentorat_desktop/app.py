"""The application factory: builds the database, services, translators and main window.

The command line, the screenshot command and the tests all build the application here,
and each piece is handed what it needs: there is no global registry.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.services.members import MemberService
from mentorat_desktop.core.services.settings import SettingsService
from mentorat_desktop.gui.bridge import DataSignals
from mentorat_desktop.i18n import DEFAULT_LANGUAGE, install_translators

if TYPE_CHECKING:
    from mentorat_desktop.gui.main_window import MainWindow


@dataclass
class AppContext:
    """Everything one open database needs, built once and passed in."""

    qapp: QCoreApplication
    db: Database
    language: str
    signals: DataSignals
    members: MemberService
    settings: SettingsService
    undo_stack: QUndoStack
    translators: list[QTranslator] = field(default_factory=list)

    def close(self) -> None:
        for translator in self.translators:
            self.qapp.removeTranslator(translator)
        self.signals.detach()
        self.db.close()


def get_qapp(offscreen: bool = False) -> QApplication:
    """The one QApplication of the process (created on first call)."""
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Mentorat")
        app.setOrganizationName("Mentorat")
        app.setDesktopFileName("mentorat-desktop")
    assert isinstance(app, QApplication)
    return app


def create_context(
    db_path: Path, language: str | None = None, qapp: QCoreApplication | None = None
) -> AppContext:
    """Open the database (raises DatabaseOpenError) and build the services around it."""
    qapp = qapp or get_qapp()
    db = open_database(db_path)
    settings = SettingsService(db)
    language = language or settings.get().language or DEFAULT_LANGUAGE
    translators = install_translators(qapp, language)
    return AppContext(
        qapp=qapp,
        db=db,
        language=language,
        signals=DataSignals(db.bus),
        members=MemberService(db),
        settings=settings,
        undo_stack=QUndoStack(),
        translators=translators,
    )


def build_main_window(ctx: AppContext) -> MainWindow:
    from mentorat_desktop.gui.main_window import MainWindow

    return MainWindow(ctx)
