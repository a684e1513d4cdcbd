"""The sign-ups typed at the kiosk, waiting for the coordinator: each accepted becomes a
member, each deleted is gone; one that looks like someone already in the register says who."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.errors import NotFoundError, ValidationError
from mentorat_desktop.core.event.kiosk import SignupRecord
from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.i18n.labels import mode_label, role_short
from mentorat_desktop.i18n.messages import field_error


class SignupsDialog(QDialog):
    def __init__(self, services: Services, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kiosk = services.kiosk
        self._language = language
        self._records: list[SignupRecord] = []
        self.setWindowTitle(self.tr("Kiosk sign-ups"))
        self.setAccessibleName(self.tr("Kiosk sign-ups"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(self.tr("Sign-ups waiting"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Year"),
                self.tr("Contact"),
                self.tr("Role and way of meeting"),
                self.tr("Signed up on"),
                self.tr("Already in the register?"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.accept_button = QPushButton(self.tr("&Accept as a member"), self)
        self.accept_button.setAccessibleName(self.tr("Accept as a member"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.delete_button = QPushButton(self.tr("&Delete the sign-up"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the sign-up"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.accept_button, self.delete_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(900, 420)
        self.reload()

    def reload(self) -> None:
        self._records = self._kiosk.waiting()
        self.table.setRowCount(len(self._records))
        for r, record in enumerate(self._records):
            data = record.data
            contact = ", ".join(v for v in (data.phone, data.email) if v)
            cells = [
                f"{data.first_name} {data.last_name}".strip(),
                str(data.birth_year or ""),
                contact,
                f"{role_short(data.role)} · {mode_label(data.preferred_mode)}",
                format_date(record.created_at.date(), self._language),
                self.tr("Probably {name}").format(name=record.duplicate_of)
                if record.duplicate_of
                else "",
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.note.setText(
            self.tr(
                "%n sign-up(s) waiting. Accept each one to make it a member, or delete it "
                "(someone already in the register, a test, a change of mind).",
                "",
                len(self._records),
            )
        )
        if self._records:
            self.table.selectRow(0)
        self._selection_changed()

    def _current(self) -> SignupRecord | None:
        row = self.table.currentRow()
        if 0 <= row < len(self._records) and self.table.selectedItems():
            return self._records[row]
        return None

    def _selection_changed(self) -> None:
        record = self._current()
        self.accept_button.setEnabled(record is not None and record.duplicate_of is None)
        self.delete_button.setEnabled(record is not None)

    def accept_selected(self) -> bool:
        record = self._current()
        if record is None:
            return False
        try:
            self._kiosk.accept(record.id)
        except ValidationError as exc:
            QMessageBox.warning(
                self,
                self.tr("Kiosk sign-ups"),
                "\n".join(field_error(e) for e in exc.errors),
            )
            return False
        except NotFoundError:
            self.reload()
            return False
        name = f"{record.data.first_name} {record.data.last_name}".strip()
        tell(self, self.tr("{name} is now a member.").format(name=name))
        self.reload()
        return True

    def delete_selected(self) -> bool:
        record = self._current()
        if record is None:
            return False
        name = f"{record.data.first_name} {record.data.last_name}".strip()
        answer = QMessageBox.question(
            self,
            self.tr("Kiosk sign-ups"),
            elided_format(self.tr("Delete the sign-up of {name}? It cannot be undone."), name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        with contextlib.suppress(NotFoundError):  # deleted meanwhile: gone either way
            self._kiosk.delete(record.id)
        tell(self, elided_format(self.tr("Sign-up of {name} deleted."), name=name))
        self.reload()
        return True


def open_signups(parent: QWidget, services: Services, language: str) -> SignupsDialog:
    dialog = SignupsDialog(services, language, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
