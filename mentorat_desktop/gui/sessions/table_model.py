"""The session log as a table, newest first, filtered by text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mentorat_desktop.core.formatting import format_date, format_hours
from mentorat_desktop.core.services.sessions import SessionRecord
from mentorat_desktop.core.text import fold
from mentorat_desktop.i18n.labels import direction_label, mode_label

ModelIndex = QModelIndex | QPersistentModelIndex

COL_DATE = 0
COL_PAIR = 1
COL_DURATION = 2
COL_MODE = 3
COL_DIRECTION = 4
COL_TOPICS = 5
COLUMN_COUNT = 6


class SessionTableModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._records: list[SessionRecord] = []
        self._visible: list[SessionRecord] = []
        self._text = ""

    def set_records(self, records: list[SessionRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._visible = self._filtered()
        self.endResetModel()

    def set_text(self, text: str) -> None:
        self.beginResetModel()
        self._text = text
        self._visible = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[SessionRecord]:
        words = fold(self._text).split()
        if not words:
            return list(self._records)
        rows = []
        for r in self._records:
            hay = fold(f"{r.mentor_name} {r.mentee_name} {r.topics or ''} {r.place or ''}")
            if all(w in hay for w in words):
                rows.append(r)
        return rows

    def record_at(self, row: int) -> SessionRecord:
        return self._visible[row]

    def row_of(self, session_id: int) -> int | None:
        for row, r in enumerate(self._visible):
            if r.id == session_id:
                return row
        return None

    def total_minutes(self) -> int:
        return sum(r.duration_minutes for r in self._visible)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        r = self._visible[index.row()]
        column = index.column()
        if column == COL_DATE:
            return format_date(r.held_on, self._language)
        if column == COL_PAIR:
            return f"{r.mentor_name} & {r.mentee_name}"
        if column == COL_DURATION:
            return format_hours(r.duration_minutes / 60, self._language)
        if column == COL_MODE:
            return mode_label(r.mode)
        if column == COL_DIRECTION:
            return direction_label(r.direction)
        if column == COL_TOPICS:
            return r.topics or ""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Date"),
            self.tr("Pair"),
            self.tr("Duration"),
            self.tr("Mode"),
            self.tr("Who taught"),
            self.tr("Topics"),
        ][section]
