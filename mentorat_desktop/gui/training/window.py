"""The training window (Members → Training sessions…): the sessions, the members of the
selected one with a box to tick for each person present, and the printed sign-in sheet and
attestations.

Every change is one call to the training service (core/services/training.py): ticking a box
records that one attendance at once, as it is ticked on the day or typed back from the
signed sheet; the member's training date follows (the members view, the matching and the
follow-up list read it)."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.errors import NotFoundError, ValidationError
from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.core.services.training import (
    AttendeeRecord,
    CandidateRecord,
    TrainingRecord,
)
from mentorat_desktop.core.text import fold
from mentorat_desktop.core.training_print import TrainingPrintError, write_attestations, write_sheet
from mentorat_desktop.gui import file_dialogs
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.printing import PrintOutDialog, SaveSpec
from mentorat_desktop.gui.training.session_dialog import TrainingSessionDialog
from mentorat_desktop.gui.training.table_model import COL_TITLE, TrainingTableModel
from mentorat_desktop.i18n.labels import role_short
from mentorat_desktop.i18n.os_messages import os_reason

if TYPE_CHECKING:
    from mentorat_desktop.gui.printing import PrintOutDialog

MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2  # (name, role, on the list) to write the label again


class TrainingWindow(QDialog):
    def __init__(self, services: Services, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = services.db  # for the printed pages, drawn by the core from the database
        self._service = services.training
        self._language = language
        self._filling = False
        self.setWindowTitle(self.tr("Training sessions"))
        self.setAccessibleName(self.tr("Training sessions"))
        self.model = TrainingTableModel(language, self)

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Training sessions table"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_session())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.new_button = self._button(
            self.tr("&New…"), self.tr("New training session"), self.new_session
        )
        self.edit_button = self._button(
            self.tr("&Edit…"), self.tr("Edit the training session"), self.edit_session
        )
        self.delete_button = self._button(
            self.tr("&Delete…"), self.tr("Delete the training session"), self.delete_session
        )
        self.sheet_button = self._button(
            self.tr("Sign-in &sheet…"), self.tr("Print the sign-in sheet"), self.print_sheet
        )
        self.attestations_button = self._button(
            self.tr("A&ttestations…"), self.tr("Print the attestations"), self.print_attestations
        )
        session_row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            session_row.addWidget(button)
        session_row.addStretch(1)
        session_row.addWidget(self.sheet_button)
        session_row.addWidget(self.attestations_button)

        self.members_box = QGroupBox(self.tr("Attendance"), self)
        self.search = QLineEdit(self.members_box)
        self.search.setAccessibleName(self.tr("Search members"))
        self.search.setPlaceholderText(self.tr("Search by name or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_search)
        self.hint = QLabel(
            self.tr(
                "Tick each person present (Space from the keyboard): their training date "
                "becomes the session’s. Those on the list come first and are printed on the "
                "sign-in sheet."
            ),
            self.members_box,
        )
        self.hint.setWordWrap(True)
        self.members = QListWidget(self.members_box)
        self.members.setAccessibleName(self.tr("Members and attendance"))
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members.itemChanged.connect(self._item_changed)
        self.members.itemSelectionChanged.connect(self._member_buttons)
        self.invite_button = self._button(
            self.tr("&Put on the list"), self.tr("Put the selected members on the list"),
            self.invite_selected,
        )  # fmt: skip
        self.remove_button = self._button(
            self.tr("Take &off the list"), self.tr("Take the selected members off the list"),
            self.remove_selected,
        )  # fmt: skip
        member_row = QHBoxLayout()
        member_row.addWidget(self.invite_button)
        member_row.addWidget(self.remove_button)
        member_row.addStretch(1)
        self.count_label = QLabel(self.members_box)
        self.count_label.setAccessibleName(self.tr("Attendance count"))
        member_row.addWidget(self.count_label)
        box = QVBoxLayout(self.members_box)
        box.addWidget(self.search)
        box.addWidget(self.hint)
        box.addWidget(self.members, 1)
        box.addLayout(member_row)

        self.notice = QLabel(self)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice.setWordWrap(True)
        self.notice.hide()
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = closing.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the window"))
        close.setAutoDefault(False)
        closing.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(session_row)
        layout.addWidget(self.members_box, 3)
        layout.addWidget(self.notice)
        layout.addWidget(closing)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, self.edit_session)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        shortcut.activated.connect(self.delete_session)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        metrics = self.fontMetrics()  # the size follows the text size (View → Larger text)
        self.resize(metrics.averageCharWidth() * 120, metrics.lineSpacing() * 44)
        self.reload()
        self.table.setFocus()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)  # Return in the table edits the session, never a button
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- data ----------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Read the sessions again; keep (or move to) the session ``select``."""
        current = self.current_session()
        keep = select if select is not None else (current.id if current else None)
        self.model.set_records(self._service.list_sessions())
        if (keep is None or not self.select_session(keep)) and self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def current_session(self) -> TrainingRecord | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.record_at(rows[0].row()) if rows else None

    def select_session(self, session_id: int) -> bool:
        row = self.model.row_of(session_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        return True

    def _selection_changed(self, *_args: object) -> None:
        session = self.current_session()
        for button in (self.edit_button, self.delete_button, self.sheet_button):
            button.setEnabled(session is not None)
        self.attestations_button.setEnabled(session is not None and session.attended_count > 0)
        self.members_box.setEnabled(session is not None)
        if session is None:
            self.members_box.setTitle(self.tr("Attendance"))
            self._fill([], [])
            if not self.model.rowCount():
                self.hint.setText(
                    self.tr(
                        "No training session yet. “New…” plans the first one: a title, a "
                        "date, how long it lasts; then put the mentors on its list."
                    )
                )
            return
        self.members_box.setTitle(
            self.tr("Attendance at “{title}”, {date}").format(
                title=session.title, date=format_date(session.held_on, self._language)
            )
        )
        self._fill(self._service.attendance(session.id), self._service.candidates())

    def _fill(self, listed: list[AttendeeRecord], candidates: list[CandidateRecord]) -> None:
        """The session's list first (by name), then every other active member (mentors
        first), each with a box ticked when present."""
        self._filling = True
        try:
            self.members.clear()
            trained = {c.member_id: c.trained_on for c in candidates}
            on_list = {a.member_id for a in listed}
            for a in listed:
                self._add_item(
                    a.member_id, a.full_name, a.email, a.role, trained.get(a.member_id),
                    on_list=True, present=a.attended,
                )  # fmt: skip
            for c in candidates:
                if c.member_id not in on_list:
                    self._add_item(
                        c.member_id, c.full_name, c.email, c.role, c.trained_on,
                        on_list=False, present=False,
                    )  # fmt: skip
        finally:
            self._filling = False
        self._apply_search()
        self._update_count()
        self._member_buttons()

    def _label(self, name: str, role: Role, on_list: bool, trained_on: dt.date | None) -> str:
        parts = [role_short(role)]
        if on_list:
            parts.append(self.tr("on the list"))
        if trained_on is not None:
            parts.append(
                self.tr("trained on {date}").format(date=format_date(trained_on, self._language))
            )
        else:
            parts.append(self.tr("not trained"))
        return f"{name} — {', '.join(parts)}"

    def _add_item(
        self,
        member_id: int,
        name: str,
        email: str | None,
        role: Role,
        trained_on: dt.date | None,
        *,
        on_list: bool,
        present: bool,
    ) -> None:
        item = QListWidgetItem(self._label(name, role, on_list, trained_on), self.members)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
        item.setData(MEMBER_ROLE, member_id)
        item.setData(PERSON_ROLE, (name, role, on_list))
        item.setData(Qt.ItemDataRole.UserRole, fold(f"{name} {email or ''}"))

    def _apply_search(self, *_args: object) -> None:
        words = fold(self.search.text()).split()
        for row in range(self.members.count()):
            item = self.members.item(row)
            hay = item.data(Qt.ItemDataRole.UserRole) or ""
            item.setHidden(not all(word in hay for word in words))

    def _update_count(self) -> None:
        session = self.current_session()
        self.count_label.setText(self.model.present_text(session) if session else "")

    def _selected_ids(self) -> list[int]:
        return [int(item.data(MEMBER_ROLE)) for item in self.members.selectedItems()]

    def _member_buttons(self) -> None:
        has = bool(self.members.selectedItems())
        self.invite_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def say(self, text: str) -> None:
        """What was just done, in words: in the window and in the main window's status bar."""
        self.notice.setText(text)
        self.notice.show()
        tell(self.parentWidget(), text)

    def _refresh(self) -> None:
        """Read the selected session's counts and list again, keeping the scroll place."""
        session = self.current_session()
        bar = self.members.verticalScrollBar()
        position = bar.value()
        self.reload(session.id if session else None)
        bar.setValue(position)

    # -- attendance ----------------------------------------------------------------------------
    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        session = self.current_session()
        if session is None:
            return
        present = item.checkState() == Qt.CheckState.Checked
        member_id = int(item.data(MEMBER_ROLE))
        try:
            self._service.record_attendance(session.id, {member_id: present})
        except ValidationError:
            self._filling = True
            item.setCheckState(Qt.CheckState.Unchecked if present else Qt.CheckState.Checked)
            self._filling = False
            self.say(
                self.tr(
                    "This session has not taken place yet: attendance is recorded on the day "
                    "or after."
                )
            )
            return
        except NotFoundError:
            self.reload()
            return
        # The item stays where it is (the keyboard goes on down the list): its label and
        # the session's counts are written again.
        name, role, on_list = item.data(PERSON_ROLE)
        self._filling = True
        try:
            item.setText(self._label(name, role, on_list, self._service.trained_on(member_id)))
        finally:
            self._filling = False
        updated = self._service.get(session.id)
        self.model.update_record(updated)
        self._update_count()
        self.attestations_button.setEnabled(updated.attended_count > 0)
        if present:
            self.say(self.tr("{name}: present.").format(name=name))
        else:
            self.say(self.tr("{name}: not present.").format(name=name))

    def invite_selected(self) -> None:
        session = self.current_session()
        ids = self._selected_ids()
        if session is None or not ids:
            return
        added = self._service.invite(session.id, ids)
        self._refresh()
        self.say(self.tr("%n member(s) put on the list.", "", added))

    def remove_selected(self) -> None:
        session = self.current_session()
        ids = self._selected_ids()
        if session is None or not ids:
            return
        self._service.remove(session.id, ids)
        self._refresh()
        self.say(self.tr("%n member(s) taken off the list.", "", len(ids)))

    # -- the sessions --------------------------------------------------------------------------
    def new_session(self) -> TrainingSessionDialog:
        dialog = TrainingSessionDialog(self._service, self._language, None, self)

        def done(result: int) -> None:
            if result and dialog.saved is not None:
                self.reload(dialog.saved.id)
                self.say(
                    self.tr("Training session “{title}” planned.").format(title=dialog.saved.title)
                )
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def edit_session(self) -> TrainingSessionDialog | None:
        session = self.current_session()
        if session is None:
            return None
        dialog = TrainingSessionDialog(self._service, self._language, session, self)

        def done(result: int) -> None:
            if result and dialog.saved is not None:
                self.reload(dialog.saved.id)
                self.say(
                    self.tr("Training session “{title}” saved.").format(title=dialog.saved.title)
                )
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def delete_session(self) -> QMessageBox | None:
        session = self.current_session()
        if session is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete the training session"),
            self.tr(
                "Delete “{title}” and its list? Those who attended get back the date of the "
                "last other session they attended, or none."
            ).format(title=session.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                with contextlib.suppress(NotFoundError):
                    self._service.delete(session.id)
                self.reload()
                self.say(self.tr("Training session “{title}” deleted.").format(title=session.title))
            box.deleteLater()

        box.finished.connect(done)
        box.open()
        return box

    # -- printed pages -------------------------------------------------------------------------
    def print_sheet(self) -> PrintOutDialog | None:
        session = self.current_session()
        if session is None:
            return None
        return print_training(self, self._db, session, self._language, attestations=False)

    def print_attestations(self) -> PrintOutDialog | None:
        session = self.current_session()
        if session is None:
            return None
        return print_training(self, self._db, session, self._language, attestations=True)


def print_training(
    parent: QWidget, db: Database, session: TrainingRecord, language: str, *, attestations: bool
) -> PrintOutDialog | None:
    """Draw the sign-in sheet (or the attestations) of ``session`` into a PDF in a private
    folder, then offer to print it or save it (gui/printing.py). The dialog, or None when
    the PDF could not be drawn (said in a message)."""
    if attestations:
        caption = QCoreApplication.translate("Training", "Save the attestations")
        title = QCoreApplication.translate("Training", "Attestations: {title}").format(
            title=session.title
        )
        name = QCoreApplication.translate("Training", "attestations-{id}.pdf").format(id=session.id)
    else:
        caption = QCoreApplication.translate("Training", "Save the sign-in sheet")
        title = QCoreApplication.translate("Training", "Sign-in sheet: {title}").format(
            title=session.title
        )
        name = QCoreApplication.translate("Training", "sign-in-sheet-{id}.pdf").format(
            id=session.id
        )
    # A private folder of its own (0700), removed when the dialog closes.
    scratch = Path(tempfile.mkdtemp(prefix="mentorat-"))
    pdf = scratch / name
    write = write_attestations if attestations else write_sheet
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pages = write(db, session.id, pdf, language)
    except (OSError, TrainingPrintError, NotFoundError) as exc:
        QGuiApplication.restoreOverrideCursor()
        shutil.rmtree(scratch, ignore_errors=True)
        if isinstance(exc, OSError):
            text = QCoreApplication.translate(
                "Training", "The file could not be written: {reason}"
            ).format(reason=os_reason(exc))
        else:
            text = QCoreApplication.translate(
                "Training", "Nobody is recorded as present at this session yet."
            )
        QMessageBox.warning(parent, caption, text)
        return None
    QGuiApplication.restoreOverrideCursor()
    dialog = PrintOutDialog(
        pdf, title, pages, SaveSpec(file_dialogs.CHARTERS, caption, name), parent, scratch=scratch
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def open_training(parent: QWidget, services: Services, language: str) -> TrainingWindow:
    """Open the training window over ``parent`` (Members → Training sessions…)."""
    window = TrainingWindow(services, language, parent)
    window.finished.connect(window.deleteLater)
    window.open()
    return window
