"""An action and a push button made from their text, for the start-up path.

``QAction(text, parent)`` and ``QPushButton(text, parent)`` have an overload whose first
argument is an icon, and a text converts to an icon (a file name): to choose between them,
PySide6 builds the icon class and its enumerations, about 3 ms, at every start. Made empty and
given their text after, they need no choice. The windows opened later use the constructors as
usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget


def action(text: str, parent: QObject | None) -> QAction:
    made = QAction(parent)
    made.setText(text)
    return made


def button(text: str, parent: QWidget | None) -> QPushButton:
    made = QPushButton(parent)
    made.setText(text)
    return made
