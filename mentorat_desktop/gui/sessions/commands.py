"""Deleting a session can be undone: the session is logged again as it was.

The view deletes it first, then pushes the command already done: a deletion that fails (a
database opened read-only, a full disk) says so and leaves nothing on the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.core.services.sessions import SessionRecord, SessionService
from mentorat_desktop.i18n import current_language


class DeleteSession(QUndoCommand):
    def __init__(self, service: SessionService, record: SessionRecord) -> None:
        super().__init__()
        self._service = service
        self._record = record
        self.setText(
            QCoreApplication.translate(
                "DeleteSession", "delete the session of {date} ({pair})"
            ).format(
                date=format_date(record.held_on, current_language(), "long"),
                pair=f"{record.mentor_name} & {record.mentee_name}",
            )
        )
        self._done = True  # pushed right after the view deleted it

    def redo(self) -> None:
        if self._done:
            return
        self._service.delete(self._record.id)
        self._done = True

    def undo(self) -> None:
        self._record = self._service.restore(self._record)
        self._done = False
