"""The groups table: one row per local group, in the service's order (by name), with how
many members, cohorts and pairs each holds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from mentorat_desktop.core.services.groups import GroupRecord

ModelIndex = QModelIndex | QPersistentModelIndex

COL_NAME = 0
COL_MEMBERS = 1
COL_COHORTS = 2
COL_PAIRS = 3
COLUMN_COUNT = 4


class GroupTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[GroupRecord] = []
        self._own: int | None = None  # this computer's own group, shown in bold

    def set_records(self, records: list[GroupRecord], own: int | None = None) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._own = own
        self.endResetModel()

    def record_at(self, row: int) -> GroupRecord:
        return self._records[row]

    def row_of(self, group_id: int) -> int | None:
        return next((row for row, r in enumerate(self._records) if r.id == group_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.FontRole and record.id == self._own:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == COL_NAME:
            if record.id == self._own:
                return self.tr("{name} (this computer's group)").format(name=record.name)
            return record.name
        counts = record.counts
        return str(
            {COL_MEMBERS: counts.members, COL_COHORTS: counts.cohorts}.get(column, counts.pairs)
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Local group"), self.tr("Members"), self.tr("Cohorts"), self.tr("Pairs")][
            section
        ]
