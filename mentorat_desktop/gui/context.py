"""What one open database needs in the window, built once by the application factory
(app.create_context) and passed to every view and dialog."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QUndoStack

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.services.members import MemberService
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.core.services.settings import SettingsService
from mentorat_desktop.gui.bridge import DataSignals


@dataclass
class AppContext:
    """Everything one open database needs, built once and passed in."""

    qapp: QCoreApplication
    db: Database
    language: str
    signals: DataSignals
    services: Services
    undo_stack: QUndoStack
    translators: list[QTranslator] = field(default_factory=list)

    @property
    def members(self) -> MemberService:
        return self.services.members

    @property
    def settings(self) -> SettingsService:
        return self.services.settings

    def close(self) -> None:
        for translator in self.translators:
            self.qapp.removeTranslator(translator)
        self.signals.detach()
        self.db.close()
