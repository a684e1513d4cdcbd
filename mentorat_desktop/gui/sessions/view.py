"""The session log: every session, newest first, with logging, editing and deleting."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.durations import format_minutes
from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.formatting import format_date, format_hours
from mentorat_desktop.core.services.groups import GroupService
from mentorat_desktop.core.services.pairs import PairService
from mentorat_desktop.core.services.sessions import SessionRecord, SessionService
from mentorat_desktop.gui.bridge import DataSignals
from mentorat_desktop.gui.help.empty_hint import EmptyHint
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.sessions.commands import DeleteSession
from mentorat_desktop.gui.sessions.log_dialog import SessionLogDialog
from mentorat_desktop.gui.sessions.table_model import (
    COL_DIRECTION,
    COL_MODE,
    COL_PAIR,
    COL_TOPICS,
    SessionTableModel,
)
from mentorat_desktop.i18n import current_language

if TYPE_CHECKING:
    from mentorat_desktop.gui.sessions.log_dialog import SessionLogDialog


class SessionsView(QWidget):
    import_requested = Signal()
    export_requested = Signal()

    def __init__(
        self,
        sessions: SessionService,
        pairs: PairService,
        signals: DataSignals,
        undo_stack: QUndoStack,
        language: str,
        parent: QWidget | None = None,
        groups: GroupService | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._pairs = pairs
        self._groups = groups  # the local group shown (its scope); None: every session
        self._undo = undo_stack
        self._language = language
        self.setAccessibleName(self.tr("Sessions"))
        self.model = SessionTableModel(language, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, topic or place…"))
        self.search.setAccessibleName(self.tr("Search sessions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.log_button = self._button(self.tr("&Log a session…"), self.log_session)
        self.edit_button = self._button(self.tr("&Change…"), self.edit_current)
        self.delete_button = self._button(self.tr("&Delete"), self.delete_current)
        self.import_button = self._button(self.tr("Im&port…"), self.import_requested.emit)
        self.export_button = self._button(self.tr("E&xport…"), self.export_requested.emit)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Sessions table"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        letters = self.fontMetrics().horizontalAdvance("n")
        # Dates and statuses whole when the text is enlarged (View → Larger text).
        header.setDefaultSectionSize(max(header.defaultSectionSize(), 12 * letters))
        self.table.setColumnWidth(COL_PAIR, 32 * letters)
        self.table.setColumnWidth(COL_TOPICS, 30 * letters)
        # Mode and direction whole, in French too ("Visioconférence", "Le mentor transmet").
        self.table.setColumnWidth(COL_MODE, 17 * letters)
        self.table.setColumnWidth(COL_DIRECTION, 28 * letters)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Sessions shown"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.log_button)
        bottom = QHBoxLayout()
        for button in (
            self.edit_button,
            self.delete_button,
            self.import_button,
            self.export_button,
        ):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)

        self.empty_hint = EmptyHint(
            self.tr("No sessions logged yet"),
            self.tr(
                "Each time a pair meets, log the session: Ctrl+L from any view, or “Log a "
                "session…” here. Type the date, the duration (1h30, 90 min) and who taught. "
                "Sessions belong to pairs that have started, once their charter is signed."
            ),
            "sessions",
            language,
            self,
        )
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        for key, slot in (
            (Qt.Key.Key_Return, self.edit_current),
            (Qt.Key.Key_Enter, self.edit_current),
            (Qt.Key.Key_Delete, self.delete_current),
        ):
            shortcut = QShortcut(QKeySequence(key), self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        signals.changed.connect(self._on_changed)
        self.reload()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _on_changed(self, topic: str) -> None:
        if topic in (
            Topic.SESSIONS.value,
            Topic.PAIRS.value,
            Topic.MEMBERS.value,
            Topic.GROUPS.value,
        ):
            self.reload()

    def reload(self) -> None:
        current = self.current_session()
        group = self._groups.scope.group_id if self._groups is not None else None
        records = self._sessions.list_sessions(group_id=group)
        self._all_count = len(records)  # none at all: the view says how to log the first
        self.model.set_records(records)
        if current is not None:
            self.select_session(current.id)
        self._update_summary()

    def _apply_filter(self) -> None:
        self.model.set_text(self.search.text())
        self._update_summary()

    def _update_summary(self) -> None:
        self.empty_hint.setVisible(not self._all_count)
        self.summary.setText(
            self.tr("%n session(s), {hours}", "", self.model.rowCount()).format(
                hours=format_hours(self.model.total_minutes() / 60, self._language)
            )
        )

    def _update_buttons(self, *_args: object) -> None:
        has = self.current_session() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def current_session(self) -> SessionRecord | None:
        rows = self.table.selectionModel().selectedRows()
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
        self.table.scrollTo(index)
        return True

    def log_session(self, pair_id: int | None = None) -> SessionLogDialog:
        dialog = SessionLogDialog(
            self._sessions,
            self._pairs,
            self._language,
            pair_id=pair_id,
            parent=self,
            undo_stack=self._undo,
        )
        dialog.finished.connect(lambda _r: self._after(dialog))
        dialog.open()
        return dialog

    def edit_current(self) -> SessionLogDialog | None:
        record = self.current_session()
        if record is None:
            return None
        dialog = SessionLogDialog(
            self._sessions,
            self._pairs,
            self._language,
            record=record,
            parent=self,
            undo_stack=self._undo,
        )
        dialog.finished.connect(lambda _r: self._after(dialog))
        dialog.open()
        return dialog

    def _after(self, dialog: SessionLogDialog) -> None:
        if dialog.saved is not None and not self.select_session(dialog.saved.id):
            self.search.clear()
            self.select_session(dialog.saved.id)
        dialog.deleteLater()

    def delete_current(self) -> None:
        record = self.current_session()
        if record is None:
            return
        # Which one, by its day and its length: a pair has many sessions, sometimes two a
        # day.
        which = {
            "date": format_date(record.held_on, current_language(), "long"),
            "pair": f"{record.mentor_name} & {record.mentee_name}",
        }
        answer = QMessageBox.question(
            self,
            self.tr("Delete the session"),
            elided_format(
                self.tr(
                    "Delete the session of {date} ({duration}) of {pair}? You can undo it "
                    "with Ctrl+Z."
                ),
                duration=format_minutes(record.duration_minutes, current_language()),
                **which,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            # Deleted first: a refusal (a database opened read-only, a full disk) goes to the
            # sentence that says so, and neither the undo stack nor the status bar claims it.
            self._sessions.delete(record.id)
            self._undo.push(DeleteSession(self._sessions, record))
            tell(
                self,
                elided_format(
                    self.tr("Session of {date} of {pair} deleted (Ctrl+Z to undo)."), **which
                ),
            )
