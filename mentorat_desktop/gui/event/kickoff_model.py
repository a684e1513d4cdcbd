"""The kickoff evening's table: one row per pair expected, at its table, with a box ticked
when the pair has signed its charter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from mentorat_desktop.core.event.kickoff import ExpectedPair

ModelIndex = QModelIndex | QPersistentModelIndex

COL_TABLE = 0
COL_OLDER = 1
COL_YOUNGER = 2
COL_SIGNED = 3
COLUMN_COUNT = 4


class KickoffModel(QAbstractTableModel):
    ticks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._pairs: list[ExpectedPair] = []
        self._signed: set[int] = set()

    def set_pairs(self, pairs: list[ExpectedPair]) -> None:
        self.beginResetModel()
        self._pairs = list(pairs)
        self._signed &= {p.pair_id for p in pairs}
        self.endResetModel()
        self.ticks_changed.emit()

    @property
    def pairs(self) -> list[ExpectedPair]:
        return list(self._pairs)

    def signed(self) -> list[int]:
        """The ticked pairs, in table order."""
        return [p.pair_id for p in self._pairs if p.pair_id in self._signed]

    def set_signed(self, row: int, signed: bool) -> None:
        self.setData(
            self.index(row, COL_SIGNED),
            Qt.CheckState.Checked if signed else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Table"),
            self.tr("Older member (mentee)"),
            self.tr("Younger member (mentor)"),
            self.tr("Charter signed"),
        )[section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == COL_SIGNED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pair = self._pairs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_SIGNED:
            signed = pair.pair_id in self._signed
            return Qt.CheckState.Checked if signed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_TABLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == COL_TABLE:
            return str(pair.table)
        if column == COL_OLDER:
            return pair.mentee_name
        if column == COL_YOUNGER:
            return pair.mentor_name
        if column == COL_SIGNED:
            return self.tr("Signed") if pair.pair_id in self._signed else ""
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != COL_SIGNED
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        pair_id = self._pairs[index.row()].pair_id
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked:
            self._signed.add(pair_id)
        else:
            self._signed.discard(pair_id)
        self.dataChanged.emit(index, index)
        self.ticks_changed.emit()
        return True
