"""Preferences: the association, the program and its follow-up, the charter's commitments,
the members' data and backups, and the country, language and text size; saved at once."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.services.settings import SettingsService
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.preferences.tabs import (
    AssociationTab,
    CharterTab,
    DataTab,
    DisplayTab,
    ProgramTab,
    Tab,
)
from mentorat_desktop.i18n.messages import field_error


class PreferencesDialog(QDialog):
    def __init__(
        self,
        service: SettingsService,
        parent: QWidget | None = None,
        *,
        db: Database | None = None,
    ) -> None:
        """``db``: the open database, which records the coordinator's name on its changes
        from the moment it is saved."""
        super().__init__(parent)
        self._service = service
        self._db = db
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        current = service.get()
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Parts of the preferences"))
        self.association = AssociationTab(current, self)
        self.program = ProgramTab(current, self)
        self.charter = CharterTab(current, current.language, self)
        self.data = DataTab(current, self)
        self.display = DisplayTab(current, self)
        self._tabs: list[Tab] = [
            self.association,
            self.program,
            self.charter,
            self.data,
            self.display,
        ]
        for tab, title in zip(
            self._tabs,
            (
                self.tr("&Association"),
                self.tr("&Program and follow-up"),
                self.tr("C&harter"),
                self.tr("&Data and backups"),
                self.tr("Displa&y"),
            ),
            strict=True,
        ):
            self.tabs.addTab(tab, title)
        self.display.language.currentIndexChanged.connect(
            lambda _: self.charter.follow_language(self.display.language.currentData())
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def accept(self) -> None:
        changes: dict[str, object] = {}
        for tab in self._tabs:
            for row in tab.rows.values():
                row.error.clear_error()
            changes.update(tab.changes())
        try:
            self._service.update(**changes)
        except ValidationError as exc:
            first: int | None = None
            for error in exc.errors:
                for index, tab in enumerate(self._tabs):
                    if error.field in tab.rows:
                        tab.rows[error.field].error.show_error(field_error(error))
                        first = index if first is None else min(first, index)
            if first is not None:
                self.tabs.setCurrentIndex(first)
            return
        self.display.apply_text_size()
        name = self.display.apply_coordinator_name()
        if self._db is not None:
            self._db.coordinator = name
        super().accept()
        tell(self.parentWidget(), self.tr("Preferences saved."))
