"""Help → User guide (F1), added to the menu at start-up; the guide's window itself
(gui/help/window.py, its pages and their search) is built on the first F1."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from mentorat_desktop.gui import plain

# The guide's page about each view: F1 opens the page of the view in front.
TOPIC_OF_VIEW = {
    "MembersView": "members",
    "PairsView": "pairs",
    "SessionsView": "sessions",
    "FollowUpView": "followup",
    "DashboardView": "followup",
}


def topic_in_front(window: QMainWindow) -> str | None:
    """The guide's page about the view shown in ``window``'s tabs, if it has one."""
    current = getattr(window.centralWidget(), "currentWidget", None)
    widget = current() if callable(current) else None
    return TOPIC_OF_VIEW.get(type(widget).__name__) if widget is not None else None


def add_help_action(menu: QMenu, window: QMainWindow, language: str) -> QAction:
    """Help → User guide, on F1: the guide opens on the page about the view in front."""
    action = plain.action(QCoreApplication.translate("HelpWindow", "&User guide"), window)
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
    if QKeySequence("F1") not in keys:
        keys.append(QKeySequence("F1"))
    action.setShortcuts(keys)
    action.triggered.connect(lambda: _open_guide(window, language))
    menu.addAction(action)
    return action


def _open_guide(window: QMainWindow, language: str) -> None:
    # lazy: the guide's window, its pages and their search, built on the first F1
    from mentorat_desktop.gui.help.window import open_help

    open_help(window, language, topic_in_front(window))
