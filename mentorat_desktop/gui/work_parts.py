"""The parts that windows doing long work share: a busy bar, a message line and buttons
named for screen readers (the restore, check, erase and retention windows)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget


def busy_bar(parent: QWidget) -> QProgressBar:
    """A bar with no steps to count: it only says that the work goes on (hidden at first)."""
    bar = QProgressBar(parent)
    bar.setAccessibleName(QCoreApplication.translate("WorkParts", "Working"))
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def message_label(parent: QWidget) -> QLabel:
    """The line that says what was done, or why not (hidden until there is something)."""
    label = QLabel(parent)
    label.setAccessibleName(QCoreApplication.translate("WorkParts", "Message"))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def named_button(
    parent: QWidget, text: str, name: str, slot: Callable[[], object], *, default: bool = False
) -> QPushButton:
    """A button with its accessible name (``text`` without its & mark, as given in ``name``);
    only the ``default`` one acts on Return."""
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    if default:
        button.setDefault(True)
    else:
        button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button
