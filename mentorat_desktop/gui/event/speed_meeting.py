"""The speed-meeting evening: the members present ticked on a list, the rounds seated and the
rota printed (per table and per person); afterwards, each person's wishes ("I would like to
continue with…") typed in quickly among the people they met. Saved with the evening, the
wishes raise those couples' scores in the matching, with the reason shown."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.enums import MemberStatus
from mentorat_desktop.core.event import write_rota
from mentorat_desktop.core.event.people import load_present
from mentorat_desktop.core.event.rota import MAX_ROUNDS, Present, Rota, rota_for
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.core.text import fold
from mentorat_desktop.gui import file_dialogs
from mentorat_desktop.gui.event.timer import open_timer
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.printing import PrintOutDialog, SaveSpec
from mentorat_desktop.gui.widgets import DateField
from mentorat_desktop.i18n.labels import role_short
from mentorat_desktop.i18n.os_messages import os_reason

if TYPE_CHECKING:
    from mentorat_desktop.gui.event.timer import RoomTimer
    from mentorat_desktop.gui.printing import PrintOutDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SpeedMeetingWindow(QDialog):
    def __init__(self, services: Services, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._db = services.db  # for the core functions of the evening (people, rota sheet)
        self._language = language
        self._event_id: int | None = None
        self._people: dict[int, Present] = {}
        self.rota: Rota | None = None
        self.setWindowTitle(self.tr("Speed-meeting evening"))
        self.setAccessibleName(self.tr("Speed-meeting evening"))

        self.evening = DateField(parent=self)
        self.evening.setAccessibleName(self.tr("Date of the evening"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name of the evening"))
        self.rounds = QSpinBox(self)
        self.rounds.setRange(1, MAX_ROUNDS)
        self.rounds.setValue(6)
        self.rounds.setAccessibleName(self.tr("Number of rounds"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 60)
        self.minutes.setValue(7)
        self.minutes.setAccessibleName(self.tr("Minutes per round"))
        self.timer_button = QPushButton(self.tr("&Timer for the room…"), self)
        self.timer_button.setAccessibleName(self.tr("Timer for the room"))
        self.timer_button.setAutoDefault(False)
        self.timer_button.clicked.connect(self.open_timer)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.minutes, 1)
        minutes_row.addWidget(self.timer_button)
        form = QFormLayout()
        for text, field in (
            (self.tr("&Evening of:"), self.evening),
            (self.tr("&Name:"), self.name),
            (self.tr("&Rounds:"), self.rounds),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        minutes_label = QLabel(self.tr("&Minutes per round:"), self)
        minutes_label.setBuddy(self.minutes)
        form.addRow(minutes_label, minutes_row)

        # The members present, ticked on the list.
        self.filter = QLineEdit(self)
        self.filter.setAccessibleName(self.tr("Find a member"))
        self.filter.setPlaceholderText(self.tr("Find a member…"))
        self.filter.textChanged.connect(self._filter)
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Members present"))
        for member in services.members.list_summaries(with_skills=False):
            if member.status != MemberStatus.ACTIVE:
                continue
            item = QListWidgetItem(f"{member.full_name} · {role_short(member.role)}")
            item.setData(ID_ROLE, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.members.itemChanged.connect(lambda _item: self._present_changed())
        self.present_count = QLabel(self)
        self.present_count.setAccessibleName(self.tr("How many members are present"))
        self.print_button = QPushButton(self.tr("&Print the rota…"), self)
        self.print_button.setAccessibleName(self.tr("Print the rota"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_rota)
        present_box = QGroupBox(self.tr("Present"), self)
        present_layout = QVBoxLayout(present_box)
        present_layout.addWidget(self.filter)
        present_layout.addWidget(self.members, 1)
        present_layout.addWidget(self.present_count)
        present_layout.addWidget(self.print_button)

        # Afterwards: each person's wishes, among the people they met.
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Whose wishes"))
        self.person.currentIndexChanged.connect(lambda _i: self._show_met())
        self.met = QListWidget(self)
        self.met.setAccessibleName(self.tr("Would like to continue with"))
        self.save_button = QPushButton(self.tr("&Save these wishes"), self)
        self.save_button.setAccessibleName(self.tr("Save these wishes"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_wishes)
        self.wishes_note = QLabel(
            self.tr(
                "After the evening: choose a person, tick whom they would like to continue "
                "with, save. The suggestions of pairs then count these wishes."
            ),
            self,
        )
        self.wishes_note.setWordWrap(True)
        wishes_box = QGroupBox(self.tr("Wishes after the evening"), self)
        wishes_layout = QVBoxLayout(wishes_box)
        wishes_layout.addWidget(self.wishes_note)
        wishes_layout.addWidget(self.person)
        wishes_layout.addWidget(self.met, 1)
        wishes_layout.addWidget(self.save_button)

        columns = QHBoxLayout()
        columns.addWidget(present_box, 1)
        columns.addWidget(wishes_box, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.rounds.valueChanged.connect(lambda _v: self._present_changed())
        self.resize(900, 600)
        self._present_changed()

    # -- the members present ---------------------------------------------------------------
    def _filter(self, text: str) -> None:
        key = fold(text)
        for row in range(self.members.count()):
            item = self.members.item(row)
            item.setHidden(bool(key) and key not in fold(item.text()))

    def present_ids(self) -> list[int]:
        return [
            int(self.members.item(r).data(ID_ROLE))
            for r in range(self.members.count())
            if self.members.item(r).checkState() == Qt.CheckState.Checked
        ]

    def set_present(self, member_ids: list[int]) -> None:
        wanted = set(member_ids)
        self.members.blockSignals(True)  # the rounds are seated once, at the end
        for row in range(self.members.count()):
            item = self.members.item(row)
            checked = int(item.data(ID_ROLE)) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.members.blockSignals(False)
        self._present_changed()

    def _present_changed(self) -> None:
        people = load_present(self._db, self.present_ids())
        self._people = {p.member_id: p for p in people}
        self.rota = rota_for(people, self.rounds.value()) if people else None
        held = len(self.rota.rounds) if self.rota else 0
        tables = self.rota.tables if self.rota else 0
        self.present_count.setText(
            " · ".join(
                (
                    self.tr("%n member(s) present", "", len(people)),
                    self.tr("%n round(s)", "", held),
                    self.tr("%n table(s)", "", tables),
                )
            )
        )
        self.print_button.setEnabled(held > 0)
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        for person in sorted(people, key=lambda p: fold(p.name)):
            self.person.addItem(person.name, person.member_id)
        if current is not None and self.person.findData(current) >= 0:
            self.person.setCurrentIndex(self.person.findData(current))
        self.person.blockSignals(False)
        self._show_met()

    # -- the rota ----------------------------------------------------------------------------
    def print_rota(self) -> PrintOutDialog | None:
        if self.rota is None or not self.rota.rounds:
            return None
        scratch = Path(tempfile.mkdtemp(prefix="mentorat-"))
        name = self.tr("speed-meeting-rota.pdf")
        pdf = scratch / name
        try:
            pages = write_rota(
                self._db, self.rota, list(self._people.values()), pdf, self._language
            )
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Speed-meeting evening"),
                self.tr("The file could not be written: {reason}").format(reason=os_reason(exc)),
            )
            return None
        dialog = PrintOutDialog(
            pdf,
            self.tr("Speed-meeting rota"),
            pages,
            SaveSpec(file_dialogs.CHARTERS, self.tr("Save the rota"), name),
            self,
            scratch=scratch,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_timer(self) -> RoomTimer:
        """The round and the time left, full screen, for the room (a second screen or a
        projector shows it best)."""
        held = len(self.rota.rounds) if self.rota and self.rota.rounds else self.rounds.value()
        return open_timer(self, held, self.minutes.value())

    # -- the wishes ----------------------------------------------------------------------------
    def _show_met(self) -> None:
        self.met.clear()
        person = self.person.currentData()
        if person is None or self.rota is None:
            self.save_button.setEnabled(False)
            return
        met = {
            m.younger if m.older == person else m.older
            for m in self.rota.meetings
            if person in (m.older, m.younger)
        }
        wished = (
            set(self._services.events.wishes(self._event_id).get(person, []))
            if (self._event_id is not None)
            else set()
        )
        for other in sorted(met, key=lambda i: fold(self._people[i].name)):
            item = QListWidgetItem(self._people[other].name)
            item.setData(ID_ROLE, other)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if other in wished else Qt.CheckState.Unchecked
            )
            self.met.addItem(item)
        self.save_button.setEnabled(True)

    def _evening_date(self) -> dt.date:
        date = self.evening.date()
        if not date.isValid():
            date = QDate.currentDate()
        return dt.date(date.year(), date.month(), date.day())

    def save_wishes(self) -> bool:
        person = self.person.currentData()
        if person is None:
            return False
        events = self._services.events
        if self._event_id is None:
            self._event_id = events.create(
                "speed_meeting",
                self._evening_date(),
                self.name.text() or None,
                rounds=len(self.rota.rounds) if self.rota and self.rota.rounds else None,
            ).id
        wished = [
            int(self.met.item(r).data(ID_ROLE))
            for r in range(self.met.count())
            if self.met.item(r).checkState() == Qt.CheckState.Checked
        ]
        events.set_wishes(self._event_id, int(person), wished)
        tell(
            self,
            elided_format(
                self.tr("Wishes of {name} saved: %n person(s).", "", len(wished)),
                name=self._people[int(person)].name,
            ),
        )
        # On to the next person, to type the wishes in quickly.
        if self.person.currentIndex() + 1 < self.person.count():
            self.person.setCurrentIndex(self.person.currentIndex() + 1)
        return True


def open_speed_meeting(parent: QWidget, services: Services, language: str) -> SpeedMeetingWindow:
    window = SpeedMeetingWindow(services, language, parent)
    window.finished.connect(window.deleteLater)
    window.open()
    return window
