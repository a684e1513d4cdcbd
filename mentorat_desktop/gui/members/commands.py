"""Undoable changes to members (archive, restore, and edits of a member's record)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.errors import ConflictError
from mentorat_desktop.core.services.members import MemberService

if TYPE_CHECKING:  # the input is loaded with the first change, not at start-up
    from mentorat_desktop.core.services.members import MemberInput


class ArchiveMembers(QUndoCommand):
    """Archive members; undo restores them. Nothing is ever deleted.

    The text follows "Undo " / "Redo " in the Edit menu (QUndoCommand is not a QObject, so
    the translation context is named explicitly)."""

    def __init__(
        self, service: MemberService, member_ids: list[int], names: list[str], done: bool = False
    ):
        super().__init__()
        self._service = service
        self._ids = list(member_ids)
        self._done = done  # pushed once archived: a refused archive never reaches the stack
        if len(names) == 1:
            self.setText(
                elided_format(
                    QCoreApplication.translate("ArchiveMembers", "archive {name}"), name=names[0]
                )
            )
        else:
            self.setText(
                QCoreApplication.translate("ArchiveMembers", "archive %n member(s)", "", len(names))
            )

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._service.archive(self._ids)

    def undo(self) -> None:
        self._service.restore(self._ids)


class RestoreMembers(QUndoCommand):
    def __init__(
        self, service: MemberService, member_ids: list[int], names: list[str], done: bool = False
    ):
        super().__init__()
        self._service = service
        self._ids = list(member_ids)
        self._done = done  # pushed once restored, as ArchiveMembers
        if len(names) == 1:
            self.setText(
                elided_format(
                    QCoreApplication.translate("RestoreMembers", "restore {name}"), name=names[0]
                )
            )
        else:
            self.setText(
                QCoreApplication.translate("RestoreMembers", "restore %n member(s)", "", len(names))
            )

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._service.restore(self._ids)

    def undo(self) -> None:
        self._service.archive(self._ids)


class EditMember(QUndoCommand):
    """An edit already saved by the member dialog; undo puts the record back as it was.

    The first redo (when pushed) does nothing: the dialog has just saved the change. Undo and
    redo write from the version this edit left (``version``): when another coordinator has
    changed the member since, they are refused (ConflictError), said through ``said``, and
    the command is dropped from the stack rather than overwrite that change."""

    def __init__(
        self,
        service: MemberService,
        member_id: int,
        before: MemberInput,
        after: MemberInput,
        *,
        version: int | None = None,
        said: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__()
        self._service = service
        self._id = member_id
        self._before = before
        self._after = after
        self._version = version
        self._said = said
        self._saved = True
        name = f"{after.first_name} {after.last_name}".strip()
        self.setText(
            elided_format(QCoreApplication.translate("EditMember", "edit {name}"), name=name)
        )

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)

    def _write(self, data: MemberInput) -> None:
        try:
            record = self._service.update(self._id, data, expected_version=self._version)
        except ConflictError as error:
            if self._said is not None:
                if error.changed_by:
                    text = QCoreApplication.translate(
                        "EditMember",
                        "{who} changed this member since: this edit can no longer be undone "
                        "from here. Nothing was saved.",
                    ).format(who=error.changed_by)
                else:
                    text = QCoreApplication.translate(
                        "EditMember",
                        "Another coordinator changed this member since: this edit can no "
                        "longer be undone from here. Nothing was saved.",
                    )
                self._said(text)
            self.setObsolete(True)
            return
        self._version = record.row_version
