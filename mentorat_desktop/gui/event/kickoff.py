"""The kickoff evening window: the pairs expected at their tables, their charters printed in
one batch in that order, a box ticked for each charter signed, the ticked pairs made active
together with the evening's date, and the pairs who did not come listed for a call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.errors import NotFoundError, ValidationError
from mentorat_desktop.core.event.kickoff import ExpectedPair, expected_pairs, to_call
from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.gui.event.kickoff_model import (
    COL_OLDER,
    COL_YOUNGER,
    KickoffModel,
)
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.pairs.charter_actions import print_charters
from mentorat_desktop.gui.widgets import DateField
from mentorat_desktop.i18n.messages import field_error

if TYPE_CHECKING:
    from mentorat_desktop.gui.pairs.charter_actions import CharterDrawing


class KickoffWindow(QDialog):
    def __init__(self, services: Services, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._language = language
        self.setWindowTitle(self.tr("Kickoff evening"))
        self.setAccessibleName(self.tr("Kickoff evening"))

        self.cohort = QComboBox(self)
        self.cohort.setAccessibleName(self.tr("Cohort of the evening"))
        self.evening = DateField(parent=self)
        self.evening.setAccessibleName(self.tr("Date of the evening"))
        self.evening.setMaximumDate(QDate.currentDate())
        form = QFormLayout()
        form.addRow(self.tr("&Cohort:"), self.cohort)
        form.addRow(self.tr("&Evening of:"), self.evening)
        for field in (self.cohort, self.evening):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)

        self.intro = QLabel(
            self.tr(
                "The pairs proposed, each at its table. Print their charters in table order "
                "before the evening; tick each charter signed, then make the ticked pairs "
                "active in one step."
            ),
            self,
        )
        self.intro.setWordWrap(True)

        self.model = KickoffModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Pairs expected"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_OLDER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_YOUNGER, QHeaderView.ResizeMode.Stretch)
        # Space (or a double click) ticks the selected pair's charter.
        self.table.activated.connect(self._toggle)

        self.print_button = self._button(
            self.tr("&Print the charters in table order…"),
            self.tr("Print the charters in table order"),
            self.print_charters,
        )
        self.activate_button = self._button(
            self.tr("&Make the ticked pairs active"),
            self.tr("Make the ticked pairs active"),
            self.activate_ticked,
        )
        self.copy_button = self._button(
            self.tr("C&opy the list to call"), self.tr("Copy the list to call"), self.copy_to_call
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.activate_button)
        buttons.addStretch(1)

        self.to_call_box = QGroupBox(self.tr("Not signed: to call"), self)
        self.to_call = QPlainTextEdit(self.to_call_box)
        self.to_call.setReadOnly(True)
        self.to_call.setAccessibleName(self.tr("Pairs to call"))
        self.to_call.setTabChangesFocus(True)
        call_layout = QVBoxLayout(self.to_call_box)
        call_layout.addWidget(self.to_call)
        call_row = QHBoxLayout()
        call_row.addStretch(1)
        call_row.addWidget(self.copy_button)
        call_layout.addLayout(call_row)

        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("How many charters are signed"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.to_call_box, 2)
        layout.addWidget(close)
        self.resize(820, 640)

        self._fill_cohorts()
        self.cohort.currentIndexChanged.connect(lambda _i: self.reload())
        self.model.ticks_changed.connect(self._ticks_changed)
        self.evening.dateChanged.connect(lambda _d: self._ticks_changed())
        self.reload()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _fill_cohorts(self) -> None:
        self.cohort.addItem(self.tr("All the pairs proposed"), None)
        for cohort in self._services.cohorts.list_cohorts(open_only=True):
            self.cohort.addItem(cohort.name, cohort.id)

    def reload(self) -> None:
        self.model.set_pairs(expected_pairs(self._services.db, self.cohort.currentData()))
        if self.model.rowCount():
            self.table.selectRow(0)

    def _toggle(self, index: QModelIndex) -> None:
        row = index.row()
        signed = self.model.pairs[row].pair_id in self.model.signed()
        self.model.set_signed(row, not signed)

    def _evening(self) -> dt.date | None:
        date = self.evening.date()
        if not date.isValid():
            return None
        return dt.date(date.year(), date.month(), date.day())

    def _ticks_changed(self) -> None:
        ticked = len(self.model.signed())
        expected = self.model.rowCount()
        self.summary.setText(
            self.tr("Charters signed: {signed} of %n pair(s) expected.", "", expected).format(
                signed=ticked
            )
        )
        self.print_button.setEnabled(expected > 0)
        self.activate_button.setEnabled(ticked > 0 and self._evening() is not None)
        missing = to_call(self.model.pairs, self.model.signed())
        self.to_call.setPlainText("\n".join(self._call_line(p) for p in missing))
        self.copy_button.setEnabled(bool(missing))

    def _call_line(self, pair: ExpectedPair) -> str:
        def reach(phone: str | None, email: str | None) -> str:
            ways = ", ".join(w for w in (phone, email) if w)
            return ways or self.tr("no phone or e-mail recorded")

        return self.tr(
            "Table {table} · {older} ({older_reach}) and {younger} ({younger_reach})"
        ).format(
            table=pair.table,
            older=pair.mentee_name,
            older_reach=reach(pair.mentee_phone, pair.mentee_email),
            younger=pair.mentor_name,
            younger_reach=reach(pair.mentor_phone, pair.mentor_email),
        )

    # -- actions ---------------------------------------------------------------------------
    def print_charters(self) -> CharterDrawing | None:
        pair_ids = [p.pair_id for p in self.model.pairs]
        if not pair_ids:
            return None
        return print_charters(
            self, self._services, pair_ids, self._language, self.tr("kickoff-charters.pdf")
        )

    def activate_ticked(self) -> bool:
        """Make the ticked pairs active with the evening's date (one transaction)."""
        ticked = self.model.signed()
        evening = self._evening()
        if not ticked or evening is None:
            return False
        try:
            self._services.pairs.activate_many(ticked, evening)
        except ValidationError as exc:
            problems = "\n".join(dict.fromkeys(field_error(e) for e in exc.errors))
            QMessageBox.warning(
                self,
                self.tr("Kickoff evening"),
                self.tr("No pair was made active:") + "\n\n" + problems,
            )
            return False
        except NotFoundError:
            QMessageBox.warning(
                self,
                self.tr("Kickoff evening"),
                self.tr(
                    "A pair no longer exists; the list has been read again. No pair was "
                    "made active."
                ),
            )
            self.reload()
            return False
        text = self.tr("%n pair(s) active since {date}.", "", len(ticked)).format(
            date=format_date(evening, self._language, "long")
        )
        still = to_call(self.model.pairs, ticked)
        self.reload()
        self.summary.setText(text + " " + self.tr("%n pair(s) still to call.", "", len(still)))
        tell(self, text)
        return True

    def copy_to_call(self) -> None:
        QGuiApplication.clipboard().setText(self.to_call.toPlainText())
        tell(self, self.tr("The list of pairs to call was copied."))


def open_kickoff(parent: QWidget, services: Services, language: str) -> KickoffWindow:
    window = KickoffWindow(services, language, parent)
    window.finished.connect(window.deleteLater)
    window.open()
    return window
