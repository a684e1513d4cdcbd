"""A combo box to pick a member by typing part of their name, accents ignored."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mentorat_desktop.core.enums import MemberStatus, Role
from mentorat_desktop.core.services.members import MemberService
from mentorat_desktop.gui.folding_combo import FoldingCombo
from mentorat_desktop.i18n.labels import generation_label


class MemberPicker(FoldingCombo):
    def __init__(
        self,
        members: MemberService,
        roles: tuple[Role, ...],
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(accessible_name, parent)
        editor = self.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Type part of a name…"))
        self.addItem("", None)
        for m in members.list_summaries():
            if m.status != MemberStatus.ACTIVE or m.role not in roles:
                continue
            year = f", {m.birth_year}" if m.birth_year else ""
            self.add_entry(
                f"{m.first_name} {m.last_name} ({generation_label(m.generation)}{year})", m.id
            )

    def member_id(self) -> int | None:
        chosen = self.chosen()
        return chosen if isinstance(chosen, int) else None

    def set_member(self, member_id: int | None) -> None:
        self.choose(member_id)
