"""Undoable changes of a pair's status: start, pause, resumption, end, withdrawal.

The status dialog makes the change, then pushes it here already done; undo takes it back
through the core (one transaction, refused when the pair changed since), redo makes it
again with the same answers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.services.pairs import PairRecord, PairService


class ChangePairStatus(QUndoCommand):
    def __init__(
        self,
        pairs: PairService,
        before: PairRecord,
        again: Callable[[], object],
        text: str,
        said: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(text)
        self._pairs = pairs
        self._before = before
        self._again = again  # makes the same change again (redo)
        self._said = said
        self._done = True

    def redo(self) -> None:
        if self._done:  # pushed right after the dialog made the change
            return
        self._again()
        self._done = True

    def undo(self) -> None:
        try:
            self._pairs.take_back_last_change(self._before.id, self._before)
        except ValidationError:
            if self._said is not None:
                self._said(
                    QCoreApplication.translate(
                        "ChangePairStatus",
                        "The pair has changed since: this change can no longer be undone "
                        "from here.",
                    )
                )
            self.setObsolete(True)
            return
        self._done = False
