"""Suggested pairs, with their score and their reasons in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mentorat_desktop.core.matching import Suggestion
from mentorat_desktop.i18n import current_language
from mentorat_desktop.i18n.reasons import reason_text, score_text

ModelIndex = QModelIndex | QPersistentModelIndex

COL_MENTOR = 0
COL_MENTEE = 1
COL_SCORE = 2
COL_REASONS = 3


def suggestion_text(s: Suggestion) -> str:
    lines = [reason_text(r.code, r.params) for r in s.reasons]
    lines += ["⚠ " + reason_text(w.code, w.params) for w in s.warnings]
    return "\n".join(lines)


class SuggestionModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Suggestion] = []
        self._texts: list[str] = []
        self._language = current_language()

    def set_suggestions(
        self, suggestions: list[Suggestion], texts: list[str] | None = None
    ) -> None:
        """``texts``: the suggestions' ``suggestion_text``, when already written (in the
        thread that computed a long proposal)."""
        self.beginResetModel()
        self._rows = list(suggestions)
        self._texts = list(texts) if texts is not None else [suggestion_text(s) for s in self._rows]
        self.endResetModel()

    def remove(self, suggestion: Suggestion) -> None:
        if suggestion in self._rows:
            row = self._rows.index(suggestion)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            del self._texts[row]
            self.endRemoveRows()

    def suggestion_at(self, row: int) -> Suggestion:
        return self._rows[row]

    def suggestions(self) -> list[Suggestion]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        s = self._rows[index.row()]
        column = index.column()
        if column == COL_MENTOR:
            return s.mentor_name
        if column == COL_MENTEE:
            return s.mentee_name
        if column == COL_SCORE:
            return score_text(s.score, self._language)
        return self._texts[index.row()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Mentor"), self.tr("Mentee"), self.tr("Score"), self.tr("Why")][section]
