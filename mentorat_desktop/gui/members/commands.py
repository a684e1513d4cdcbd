"""Undoable changes to members (archive and restore)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from mentorat_desktop.core.services.members import MemberService


class ArchiveMembers(QUndoCommand):
    """Archive members; undo restores them. Nothing is ever deleted."""

    def __init__(self, service: MemberService, member_ids: list[int], names: list[str]):
        super().__init__()
        self._service = service
        self._ids = list(member_ids)
        if len(names) == 1:
            self.setText(self.tr("archive {name}").format(name=names[0]))
        else:
            self.setText(self.tr("archive %n member(s)", "", len(names)))

    def redo(self) -> None:
        self._service.archive(self._ids)

    def undo(self) -> None:
        self._service.restore(self._ids)


class RestoreMembers(QUndoCommand):
    def __init__(self, service: MemberService, member_ids: list[int], names: list[str]):
        super().__init__()
        self._service = service
        self._ids = list(member_ids)
        if len(names) == 1:
            self.setText(self.tr("restore {name}").format(name=names[0]))
        else:
            self.setText(self.tr("restore %n member(s)", "", len(names)))

    def redo(self) -> None:
        self._service.restore(self._ids)

    def undo(self) -> None:
        self._service.archive(self._ids)
