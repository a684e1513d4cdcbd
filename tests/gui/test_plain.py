"""gui/plain.py: an action and a push button made from their text, as the constructors that
take the text would make them."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget

from mentorat_desktop.gui import plain


def test_an_action_has_its_text_and_its_parent(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    made = plain.action("&Importer des membres…", owner)
    assert isinstance(made, QAction)
    assert made.text() == "&Importer des membres…"
    assert made.parent() is owner


def test_a_button_has_its_text_and_its_mnemonic(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    made = plain.button("&Ajouter un membre", owner)
    assert isinstance(made, QPushButton)
    assert made.parentWidget() is owner
    assert made.text() == "&Ajouter un membre"
    assert made.shortcut().toString() == "Alt+A"
