"""A combo box to pick a member by typing part of their name, accents ignored."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from mentorat_desktop.core.enums import MemberStatus, Role
from mentorat_desktop.core.services.members import MemberService
from mentorat_desktop.core.text import fold
from mentorat_desktop.gui.labels import generation_label

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 7


class _FoldingCompleter(QCompleter):
    """Compares what is typed, folded, with each entry's folded text: "emile" finds
    "Émile"; the entry chosen is written back as it is shown."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole))


class MemberPicker(QComboBox):
    def __init__(
        self,
        members: MemberService,
        roles: tuple[Role, ...],
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for m in members.list_summaries():
            if m.status != MemberStatus.ACTIVE or m.role not in roles:
                continue
            year = f", {m.birth_year}" if m.birth_year else ""
            label = f"{m.first_name} {m.last_name} ({generation_label(m.generation)}{year})"
            self.addItem(label, m.id)
            self.setItemData(self.count() - 1, fold(label), FOLDED_ROLE)
        completer = _FoldingCompleter(self.model(), self)
        completer.setCompletionRole(FOLDED_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def member_id(self) -> int | None:
        index = self.findText(self.currentText())
        return self.itemData(index) if index >= 0 else None

    def set_member(self, member_id: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(member_id)))
