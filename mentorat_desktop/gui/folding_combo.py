"""An editable combo box that finds its entries as you type, accents and case ignored."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from mentorat_desktop.core.text import fold

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 7


class _FoldingCompleter(QCompleter):
    """Compares what is typed, folded, with each entry's folded text: "emile" finds
    "Émile"; the entry chosen is written back as it is shown."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole))


class FoldingCombo(QComboBox):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = _FoldingCompleter(self.model(), self)
        completer.setCompletionRole(FOLDED_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        editor = self.lineEdit()
        assert editor is not None  # an editable combo box has its line edit
        editor.editingFinished.connect(self._settle)

    def _settle(self) -> None:
        """On leaving the box (Tab, Enter), take the one entry that holds what was typed."""
        if self.findText(self.currentText()) >= 0 or not self.currentText().strip():
            return
        words = fold(self.currentText()).split()
        found = [
            i
            for i in range(self.count())
            if (text := self.itemData(i, FOLDED_ROLE)) and all(w in text for w in words)
        ]
        if len(found) == 1:
            self.setCurrentIndex(found[0])

    def add_entry(self, label: str, data: object) -> None:
        self.addItem(label, data)
        self.setItemData(self.count() - 1, fold(label), FOLDED_ROLE)

    def chosen(self) -> object | None:
        """The data of the entry whose text is in the box, or None."""
        self._settle_silently()
        index = self.findText(self.currentText())
        return self.itemData(index) if index >= 0 else None

    def _settle_silently(self) -> None:
        if self.findText(self.currentText()) < 0 and self.currentText().strip():
            self._settle()

    def choose(self, data: object) -> None:
        self.setCurrentIndex(max(0, self.findData(data)))
