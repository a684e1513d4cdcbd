"""Saying what an action did: one sentence in the main window's status bar.

Every action that changes data ends here ("Séance du 15 novembre enregistrée…"), so that the
coordinator always knows what happened; the same sentence is given to screen readers as the
status bar's accessible description.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

# Long enough to be read by someone who looked away from the screen for a moment.
NOTICE_MS = 12000

_count = [0]  # sentences said so far (undo_actions.py: did a command say something itself?)


def told() -> int:
    """How many sentences have been said so far, in any window."""
    return _count[0]


def tell(widget: QWidget | None, text: str, timeout_ms: int = NOTICE_MS) -> bool:
    """Show ``text`` in the status bar of the main window that holds ``widget``.

    Dialogs are their own windows, so the parent chain is followed up to a main window.
    Returns False when there is none (a dialog opened on its own, as in some tests)."""
    while widget is not None:
        if isinstance(widget, QMainWindow):
            bar = widget.statusBar()
            bar.showMessage(text, timeout_ms)
            bar.setAccessibleDescription(text)
            _count[0] += 1
            return True
        widget = widget.parentWidget()
    return False
