"""The cohorts table: one row per cohort, in the service's order (by name)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.core.services.cohorts import CohortRecord

ModelIndex = QModelIndex | QPersistentModelIndex

COL_NAME = 0
COL_START = 1
COL_END = 2
COL_PAIRS = 3
COL_STATE = 4
COLUMN_COUNT = 5

COHORT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CohortTableModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._records: list[CohortRecord] = []

    def set_records(self, records: list[CohortRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record_at(self, row: int) -> CohortRecord:
        return self._records[row]

    def row_of(self, cohort_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.id == cohort_id:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def state_text(self, record: CohortRecord) -> str:
        """ "Open", or "Closed on <date>"."""
        if record.closed_on is None:
            return self.tr("Open")
        return self.tr("Closed on {date}").format(
            date=format_date(record.closed_on, self._language)
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._records[index.row()]
        column = index.column()
        if role == COHORT_ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.FontRole and r.closed_on is not None:
            font = QFont()
            font.setItalic(True)  # a closed cohort reads as set aside
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PAIRS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == COL_NAME:
            return r.name
        if column == COL_START:
            return format_date(r.start_date, self._language)
        if column == COL_END:
            return format_date(r.end_date, self._language)
        if column == COL_PAIRS:
            return str(r.pair_count)
        if column == COL_STATE:
            return self.state_text(r)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Cohort"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Pairs"),
            self.tr("State"),
        ][section]
