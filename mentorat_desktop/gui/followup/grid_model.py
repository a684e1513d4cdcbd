"""The follow-up grid: pairs by month, hours against the commitment.

Each cell says its state with a sign and words as well as a colour (never colour alone):
✔ met, ▼ below, ✖ no session, ‖ paused, … a month not over whose commitment is not reached
yet (not judged: see ``core.followup``). The last row gives the month's totals.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mentorat_desktop.core.followup import CellState, FollowUpGrid, MonthCell
from mentorat_desktop.core.formatting import format_hours, format_month, format_number

ModelIndex = QModelIndex | QPersistentModelIndex
PAIR_ID_ROLE = Qt.ItemDataRole.UserRole + 1

SIGNS = {
    CellState.MET: "✔",
    CellState.BELOW: "▼",
    CellState.NONE: "✖",
    CellState.PAUSED: "‖",
    CellState.INACTIVE: "",
    CellState.IN_PROGRESS: "…",
}
COLOURS = {
    CellState.MET: QColor(214, 236, 214),
    CellState.BELOW: QColor(250, 232, 196),
    CellState.NONE: QColor(244, 210, 210),
    CellState.PAUSED: QColor(226, 226, 226),
}


class FollowUpGridModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._grid: FollowUpGrid | None = None
        self._current: int | None = None  # the column of the month in progress, if shown
        self._bold = QFont()
        self._bold.setBold(True)

    def set_grid(self, grid: FollowUpGrid, today: dt.date | None = None) -> None:
        """``today`` marks its month, when the grid shows it, as still in progress."""
        self.beginResetModel()
        self._grid = grid
        self._current = None
        if today is not None:
            this_month = today.replace(day=1)
            if this_month in grid.months:
                self._current = grid.months.index(this_month) + 1
        self.endResetModel()

    def current_month_column(self) -> int | None:
        return self._current

    def _months(self) -> int:
        return len(self._grid.months) if self._grid else 0

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._grid is None:
            return 0
        return len(self._grid) + 1 if len(self._grid) else 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._months() + 2

    def pair_id_at(self, row: int) -> int | None:
        if self._grid is None or row >= len(self._grid):
            return None
        return self._grid.pair_id(row)

    def cell_text(self, cell: MonthCell) -> str:
        lang = self._language
        if cell.state == CellState.INACTIVE:
            return ""
        if cell.state == CellState.PAUSED:
            return SIGNS[cell.state] + " " + self.tr("paused")
        return f"{SIGNS[cell.state]} {format_hours(cell.hours, lang)}"

    def _cell_tooltip(self, cell: MonthCell) -> str:
        lang = self._language
        states = {
            CellState.MET: self.tr("commitment met"),
            CellState.BELOW: self.tr("below the commitment"),
            CellState.NONE: self.tr("no session"),
            CellState.PAUSED: self.tr("paused this month"),
            CellState.INACTIVE: self.tr("not running this month"),
            CellState.IN_PROGRESS: "",
        }
        if cell.state in (CellState.PAUSED, CellState.INACTIVE):
            return states[cell.state]
        if cell.state == CellState.IN_PROGRESS:
            return self.tr(
                "{hours} so far of {commitment}: the month is not over, it is judged once it "
                "ends (not pro rata: a pair may meet once, late in the month)."
            ).format(
                hours=format_hours(cell.hours, lang),
                commitment=format_hours(cell.commitment, lang),
            )
        return self.tr("{hours} of {commitment}: {state}").format(
            hours=format_hours(cell.hours, lang),
            commitment=format_hours(cell.commitment, lang),
            state=states[cell.state],
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._grid is None:
            return None
        grid, row, column = self._grid, index.row(), index.column()
        months = len(grid.months)
        lang = self._language
        if row == len(grid):  # the totals row
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return None
            if column == 0:
                return self.tr("Total")
            if column <= months:
                hours = format_hours(grid.month_totals[column - 1], lang)
                share = grid.month_met_share[column - 1]
                if share is None:
                    return hours
                percent = format_number(share * 100, lang, 0)
                current = column == self._current
                if role == Qt.ItemDataRole.ToolTipRole:
                    if current:
                        return self.tr(
                            "{hours} so far; {share} % of the pairs have already met this "
                            "month's commitment."
                        ).format(hours=hours, share=percent)
                    return self.tr(
                        "{hours} in all; {share} % of the pairs met their commitment this month."
                    ).format(hours=hours, share=percent)
                # Two lines (the row is taller): the hours, then the share of pairs that met
                # their commitment, with the legend's sign for it (the tooltip says it all).
                return hours + "\n" + self.tr("✔ {share} %").format(share=percent)
            return format_hours(sum(grid.month_totals), lang)
        if role == PAIR_ID_ROLE:
            return grid.pair_id(row)
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return "{} & {}".format(*grid.pair_names(row))
            return None
        if column == months + 1:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return format_hours(grid.total_hours(row), lang)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        # A cell is made from the grid's columns when the view asks for it (only the rows
        # on screen are asked for).
        cell = grid.cell(row, column - 1)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(cell)
        if role == Qt.ItemDataRole.BackgroundRole and cell.state in COLOURS:
            return QBrush(COLOURS[cell.state])
        if role == Qt.ItemDataRole.ForegroundRole and cell.state in COLOURS:
            return QBrush(QColor(20, 20, 20))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._grid is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == self._current:
            return self.tr(
                "This month is not over: its hours are counted up to today and it is judged "
                "once it ends (✔ as soon as the commitment is reached, … until then)."
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self._current:
            month = format_month(self._grid.months[section - 1], self._language)
            return self.tr("{month}\n(so far)").format(month=month)
        if section == 0:
            return self.tr("Pair")
        if section <= len(self._grid.months):
            return format_month(self._grid.months[section - 1], self._language)
        return self.tr("Total")
