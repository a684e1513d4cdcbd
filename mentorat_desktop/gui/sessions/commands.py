"""Logging, changing and deleting a session can be undone.

Each change is made first (the dialog saves, the view deletes), then its command is pushed
already done: a change that fails (a database opened read-only, a full disk) says so and
leaves nothing on the undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mentorat_desktop.core.errors import ConflictError, NotFoundError, ValidationError
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


def _what(record: SessionRecord) -> dict[str, str]:
    return {
        "date": format_date(record.held_on, current_language(), "long"),
        "pair": f"{record.mentor_name} & {record.mentee_name}",
    }


class _SessionChange(QUndoCommand):
    """A change the session dialog has just saved (the first redo, when pushed, does
    nothing). Undo and redo that the database refuses (the session changed or deleted by
    another coordinator meanwhile, its pair gone) say so through ``said`` and leave the
    stack: they never overwrite another change."""

    def __init__(self, service: SessionService, said: Callable[[str], object] | None) -> None:
        super().__init__()
        self._service = service
        self._said = said
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._step(self._forward)

    def undo(self) -> None:
        self._step(self._back)

    def _forward(self) -> None:
        raise NotImplementedError

    def _back(self) -> None:
        raise NotImplementedError

    def _step(self, step: Callable[[], None]) -> None:
        try:
            step()
        except (ConflictError, NotFoundError, ValidationError):
            if self._said is not None:
                self._said(
                    QCoreApplication.translate(
                        "SessionCommands",
                        "This session (or its pair) was changed or deleted since: it can no "
                        "longer be undone or redone from here. Nothing was saved.",
                    )
                )
            self.setObsolete(True)


class LogSession(_SessionChange):
    """A session just logged: undo deletes it, redo logs it again under the same number."""

    def __init__(
        self,
        service: SessionService,
        record: SessionRecord,
        said: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(service, said)
        self._record = record
        self.setText(
            QCoreApplication.translate(
                "SessionCommands", "log the session of {date} ({pair})"
            ).format(**_what(record))
        )

    def _forward(self) -> None:
        self._record = self._service.restore(self._record)

    def _back(self) -> None:
        self._service.delete(self._record.id)


class EditSession(_SessionChange):
    """A session just changed: undo writes it back as it was, redo as it was saved, each
    from the version the other left."""

    def __init__(
        self,
        service: SessionService,
        before: SessionRecord,
        after: SessionRecord,
        said: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(service, said)
        self._before = before.to_input()
        self._after = after.to_input()
        self._id = after.id
        self._version = after.row_version
        self.setText(
            QCoreApplication.translate(
                "SessionCommands", "change the session of {date} ({pair})"
            ).format(**_what(after))
        )

    def _forward(self) -> None:
        self._version = self._service.update(self._id, self._after, self._version).row_version

    def _back(self) -> None:
        self._version = self._service.update(self._id, self._before, self._version).row_version
