"""The table of backups: one row per backup, newest first."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mentorat_desktop.core.backups import BackupInfo
from mentorat_desktop.core.formatting import format_number
from mentorat_desktop.i18n.storage_messages import format_size, reason_label
from mentorat_desktop.i18n.times import format_time

ModelIndex = QModelIndex | QPersistentModelIndex

COL_DATE = 0
COL_REASON = 1
COL_MEMBERS = 2
COL_PAIRS = 3
COL_SESSIONS = 4
COL_SIZE = 5
COLUMN_COUNT = 6

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
_NUMBERS = (COL_MEMBERS, COL_PAIRS, COL_SESSIONS, COL_SIZE)


def _minute(info: BackupInfo) -> dt.datetime:
    return info.created_at.replace(second=0, microsecond=0)


class BackupsModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._backups: list[BackupInfo] = []
        self._same_minute: set[dt.datetime] = set()

    def set_backups(self, backups: list[BackupInfo]) -> None:
        """Show ``backups``, newest first whatever order they come in."""
        self.beginResetModel()
        self._backups = sorted(backups, key=lambda b: b.created_at, reverse=True)
        # Two backups of the same minute (closing, then opening again) would read the same:
        # those show their seconds.
        minutes = Counter(_minute(b) for b in self._backups)
        self._same_minute = {m for m, n in minutes.items() if n > 1}
        self.endResetModel()

    def time_text(self, info: BackupInfo) -> str:
        """When ``info`` was made, as the list writes it: to the second when another backup
        of the list was made in the same minute."""
        seconds = _minute(info) in self._same_minute
        return format_time(info.created_at, self._language, seconds=seconds)

    def backup_at(self, row: int) -> BackupInfo:
        return self._backups[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Date"),
                self.tr("Occasion"),
                self.tr("Members"),
                self.tr("Pairs"),
                self.tr("Sessions"),
                self.tr("Size"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._backups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == PATH_ROLE:
            return str(info.path)
        return None

    def _text(self, info: BackupInfo, column: int) -> str:
        if column == COL_DATE:
            return self.time_text(info)
        if column == COL_REASON:
            return reason_label(info.reason)
        if column == COL_MEMBERS:
            return format_number(info.members, self._language, 0)
        if column == COL_PAIRS:
            return format_number(info.pairs, self._language, 0)
        if column == COL_SESSIONS:
            return format_number(info.sessions, self._language, 0)
        return format_size(info.size, self._language)
