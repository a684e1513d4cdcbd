"""The training sessions table: one row per session, the latest first (the service's order)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mentorat_desktop.core.durations import format_minutes
from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.core.services.training import TrainingRecord

ModelIndex = QModelIndex | QPersistentModelIndex

COL_DATE = 0
COL_TITLE = 1
COL_DURATION = 2
COL_PLACE = 3
COL_PRESENT = 4
COLUMN_COUNT = 5


class TrainingTableModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._records: list[TrainingRecord] = []

    def set_records(self, records: list[TrainingRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def update_record(self, record: TrainingRecord) -> None:
        """Show ``record`` in place of the session of the same id (its counts changed)."""
        row = self.row_of(record.id)
        if row is not None:
            self._records[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def record_at(self, row: int) -> TrainingRecord:
        return self._records[row]

    def row_of(self, session_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.id == session_id:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def present_text(self, record: TrainingRecord) -> str:
        return self.tr("{present} of {listed}").format(
            present=record.attended_count, listed=record.listed_count
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._records[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PRESENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == COL_DATE:
            return format_date(r.held_on, self._language)
        if column == COL_TITLE:
            return r.title
        if column == COL_DURATION:
            text = format_minutes(r.duration_minutes, self._language)
            return self.tr("{duration}, full day").format(duration=text) if r.full_day else text
        if column == COL_PLACE:
            return r.place or ""
        if column == COL_PRESENT:
            return self.present_text(r)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Date"),
            self.tr("Training session"),
            self.tr("Duration"),
            self.tr("Place"),
            self.tr("Present"),
        ][section]
