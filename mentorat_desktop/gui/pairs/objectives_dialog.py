"""The objectives of one pair: add, change, remove."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.errors import NotFoundError
from mentorat_desktop.core.services.pairs import ObjectiveRecord, PairService
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.pairs.objective_dialog import ObjectiveDialog
from mentorat_desktop.i18n.labels import objective_status_label


class ObjectivesDialog(QDialog):
    def __init__(self, pairs: PairService, pair_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pairs = pairs
        self._pair_id = pair_id
        pair = pairs.get(pair_id)
        self.setWindowTitle(
            elided_format(
                self.tr("Objectives of {mentor} and {mentee}"),
                mentor=pair.mentor_name,
                mentee=pair.mentee_name,
            )
        )
        self.setAccessibleName(self.tr("Objectives"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Objectives"))
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setAccessibleName(self.tr("Add an objective"))
        self.edit_button = QPushButton(self.tr("&Change…"), self)
        self.edit_button.setAccessibleName(self.tr("Change the objective"))
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the objective"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.list.itemActivated.connect(lambda _item: self.edit())
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(640, 360)
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        """The objectives read again; ``keep``: the id of the one to select (else the
        first), so that Edit or Remove next acts on the objective just worked on."""
        self.list.clear()
        row = 0
        for o in self._pairs.get(self._pair_id).objectives:
            text = f"{o.text} — {objective_status_label(o.status)}"
            if o.indicator:
                text += "\n    " + self.tr("Indicator: {text}").format(text=o.indicator)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, o)
            if o.id == keep:
                row = self.list.count() - 1
        if self.list.count():
            self.list.setCurrentRow(row)
        has = self.list.count() > 0
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _current(self) -> ObjectiveRecord | None:
        item = self.list.currentItem()
        if item is None:
            return None
        objective: ObjectiveRecord = item.data(Qt.ItemDataRole.UserRole)  # set by reload()
        return objective

    def add(self) -> ObjectiveDialog:
        dialog = ObjectiveDialog(self._pairs, self._pair_id, None, self)
        dialog.accepted.connect(lambda: self.reload(dialog.saved.id if dialog.saved else None))
        dialog.open()
        return dialog

    def edit(self) -> ObjectiveDialog | None:
        objective = self._current()
        if objective is None:
            return None
        dialog = ObjectiveDialog(self._pairs, self._pair_id, objective, self)
        dialog.accepted.connect(lambda: self.reload(objective.id))
        dialog.open()
        return dialog

    def remove(self) -> None:
        objective = self._current()
        if objective is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the objective"),
            self.tr("Remove “{text}”?").format(text=objective.text),
        )
        if answer == QMessageBox.StandardButton.Yes:
            with contextlib.suppress(NotFoundError):  # removed meanwhile: gone either way
                self._pairs.remove_objective(objective.id)
            tell(self, self.tr("Objective “{text}” removed.").format(text=objective.text))
            self.reload()
