"""Edit → Undo and Redo, which say what they did.

Qt's own actions (QUndoStack.createUndoAction) undo in silence: after Ctrl+Z the status bar
still showed the sentence of the change just taken back ("Le binôme … est en pause"). These
say "Annulé : la mise en pause de …" (the command's own words), unless the command said
something itself while it ran (an import says how many members it removed, a change that
can no longer be undone says so).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow

from mentorat_desktop.gui import notices


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoActions", text)


class _StackAction(QAction):
    """Undo or redo: follows the stack's signals (enabled, text) without calling back into
    the stack, which may be going away with its window."""

    def __init__(
        self,
        window: QMainWindow,
        label: str,
        shortcut: QKeySequence.StandardKey,
        step: Callable[[], None],
        done: str,
    ) -> None:
        super().__init__(window)  # the text apart: see gui/plain.py
        self.setText(label)
        self.setShortcut(shortcut)
        self._window = window
        self._label = label
        self._step = step
        self._done = done
        self._what = ""
        self.triggered.connect(self._run)

    def set_available(self, available: bool) -> None:
        self.setEnabled(available)

    def set_what(self, what: str) -> None:
        self._what = what
        # A pair's "&" is shown as such, not taken for the menu's shortcut letter.
        shown = what.replace("&", "&&")
        self.setText(f"{self._label} {shown}" if what else self._label)

    def _run(self) -> None:
        if not self.isEnabled():
            return
        what = self._what
        told = notices.told()
        self._step()
        if notices.told() == told and what:
            notices.tell(self._window, self._done.format(what=what))


def undo_and_redo(window: QMainWindow, stack: QUndoStack) -> tuple[QAction, QAction]:
    """The two actions of the Edit menu, for ``stack``."""
    undo = _StackAction(
        window, _tr("&Undo"), QKeySequence.StandardKey.Undo, stack.undo, _tr("Undone: {what}.")
    )
    redo = _StackAction(
        window, _tr("&Redo"), QKeySequence.StandardKey.Redo, stack.redo, _tr("Redone: {what}.")
    )
    # Ctrl+Y as well, wherever the system's own redo is another key (Ctrl+Shift+Z on Linux
    # and macOS): people coming from Windows and office suites press it.
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    if QKeySequence("Ctrl+Y") not in keys:
        redo.setShortcuts([*keys, QKeySequence("Ctrl+Y")])
    undo.set_available(stack.canUndo())
    undo.set_what(stack.undoText())
    redo.set_available(stack.canRedo())
    redo.set_what(stack.redoText())
    stack.canUndoChanged.connect(undo.set_available)
    stack.undoTextChanged.connect(undo.set_what)
    stack.canRedoChanged.connect(redo.set_available)
    stack.redoTextChanged.connect(redo.set_what)
    return undo, redo
