"""An import as a whole on the undo stack: undo removes what it added (refused, with a
sentence, when a member is already in use), redo applies the same plan again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.importing.streaming import ImportFileChanged
from mentorat_desktop.core.importing.undo import undo_member_import, undo_session_import
from mentorat_desktop.core.services.registry import Services


class UndoableImport(QUndoCommand):
    def __init__(
        self,
        services: Services,
        kind: str,  # "members" or "sessions"
        plan: Any,
        added_ids: list[int],
        text: str,
        said: Callable[[str], object],
    ) -> None:
        super().__init__(text)
        self._services = services
        self._kind = kind
        self._plan = plan
        self._ids = list(added_ids)
        self._said = said
        self._done = True  # pushed once the dialog has imported

    def redo(self) -> None:
        if self._done:
            return

        try:
            self._apply_again()
        except ImportFileChanged:
            # The import reads its file again: gone or changed, it cannot be done again.
            self._said(
                QCoreApplication.translate(
                    "UndoableImport",
                    "The import cannot be done again: its file changed, moved or was removed "
                    "since. Import the file again from the menu.",
                )
            )
            self.setObsolete(True)

    def _apply_again(self) -> None:
        ids: list[int] = []
        if self._kind == "members":
            # lazy: the members importer (SQLAlchemy), only when an import is redone
            from mentorat_desktop.core.importing.members import apply_member_import

            count = apply_member_import(self._services.db, self._plan, ids)
            self._said(
                QCoreApplication.translate(
                    "UndoableImport", "%n member(s) imported again.", "", count
                )
            )
        else:
            # lazy: the sessions importer (SQLAlchemy), only when an import is redone
            from mentorat_desktop.core.importing.sessions import apply_session_import

            count = apply_session_import(self._services.db, self._plan, ids)
            self._said(
                QCoreApplication.translate(
                    "UndoableImport", "%n session(s) imported again.", "", count
                )
            )
        self._ids = ids
        self._done = True

    def undo(self) -> None:
        try:
            if self._kind == "members":
                count = undo_member_import(self._services.db, self._ids)
                text = QCoreApplication.translate(
                    "UndoableImport", "Import undone: %n member(s) removed.", "", count
                )
            else:
                count = undo_session_import(self._services.db, self._ids)
                text = QCoreApplication.translate(
                    "UndoableImport", "Import undone: %n session(s) removed.", "", count
                )
        except ValidationError:
            self._said(
                QCoreApplication.translate(
                    "UndoableImport",
                    "The import cannot be undone: some of its members are already in a pair or "
                    "a training session. The backup made before it (Data menu) is the way back.",
                )
            )
            self.setObsolete(True)
            return
        self._done = False
        self._said(text)
