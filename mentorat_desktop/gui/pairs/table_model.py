"""The pairs table: one row per pair, filtered by status, cohort and text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mentorat_desktop.core.enums import PairStatus
from mentorat_desktop.core.formatting import format_date, format_hours
from mentorat_desktop.core.services.pairs import PairRecord
from mentorat_desktop.core.text import fold
from mentorat_desktop.i18n.labels import pair_life_label

ModelIndex = QModelIndex | QPersistentModelIndex

COL_MENTOR = 0
COL_MENTEE = 1
COL_STATUS = 2
COL_COHORT = 3
COL_START = 4
COL_END = 5
COL_HOURS = 6
COL_OBJECTIVES = 7
COLUMN_COUNT = 8

PAIR_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PairFilter:
    text: str = ""
    status: PairStatus | None = None  # None: every status but ended
    cohort_id: int | None = None
    include_ended: bool = False
    # Only the proposals withdrawn before they started (ENDED then means only the pairs
    # that ran and ended).
    withdrawn: bool = False


class PairTableModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._records: list[PairRecord] = []
        self._visible: list[PairRecord] = []
        self._filter = PairFilter()
        self._sort = (COL_MENTOR, Qt.SortOrder.AscendingOrder)

    def set_records(self, records: list[PairRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._visible = self._filtered()
        self.endResetModel()

    def set_filter(self, pair_filter: PairFilter) -> None:
        self.beginResetModel()
        self._filter = pair_filter
        self._visible = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[PairRecord]:
        f = self._filter
        words = fold(f.text).split()
        rows = []
        for r in self._records:
            if f.withdrawn:
                if not r.is_cancelled:
                    continue
            elif f.status is not None:
                if r.status != f.status or r.is_cancelled:
                    continue
            elif r.status == PairStatus.ENDED and not f.include_ended:
                continue
            if f.cohort_id is not None and r.cohort_id != f.cohort_id:
                continue
            if words:
                hay = fold(f"{r.mentor_name} {r.mentee_name} {r.cohort_name or ''}")
                if not all(w in hay for w in words):
                    continue
            rows.append(r)
        column, order = self._sort
        rows.sort(key=lambda r: self._key(r, column), reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    def _key(self, r: PairRecord, column: int) -> tuple[Any, ...]:
        names = (fold(r.mentor_name), fold(r.mentee_name))
        if column == COL_MENTEE:
            return (fold(r.mentee_name), *names)
        if column == COL_STATUS:
            order = [PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED, PairStatus.ENDED]
            return (order.index(r.status) + r.is_cancelled, *names)
        if column == COL_COHORT:
            return (fold(r.cohort_name) or "\uffff", *names)
        if column == COL_START:
            return (r.start_date is None, str(r.start_date or ""), *names)
        if column == COL_END:
            return (r.planned_end is None, str(r.planned_end or ""), *names)
        if column == COL_HOURS:
            return (r.monthly_commitment_hours, *names)
        if column == COL_OBJECTIVES:
            return (len(r.objectives), *names)
        return names

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (column, order)
        self._visible = self._filtered()
        self.endResetModel()

    def record_at(self, row: int) -> PairRecord:
        return self._visible[row]

    def row_of(self, pair_id: int) -> int | None:
        for row, record in enumerate(self._visible):
            if record.id == pair_id:
                return row
        return None

    def total_count(self) -> int:
        return len(self._records)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._visible[index.row()]
        if role == PAIR_ID_ROLE:
            return r.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        lang = self._language
        if column == COL_MENTOR:
            return r.mentor_name
        if column == COL_MENTEE:
            return r.mentee_name
        if column == COL_STATUS:
            return pair_life_label(r.status, r.is_cancelled)
        if column == COL_COHORT:
            return r.cohort_name or ""
        if column == COL_START:
            return format_date(r.start_date, lang)
        if column == COL_END:
            return format_date(r.planned_end, lang)
        if column == COL_HOURS:
            return format_hours(r.monthly_commitment_hours, lang)
        if column == COL_OBJECTIVES:
            return str(len(r.objectives))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Mentor"),
            self.tr("Mentee"),
            self.tr("Status"),
            self.tr("Cohort"),
            self.tr("Start"),
            self.tr("Planned end"),
            self.tr("Per month"),
            self.tr("Objectives"),
        ][section]
