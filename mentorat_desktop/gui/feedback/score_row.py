"""A score from 1 to 5 picked with one key: the digit typed moves on to the next question."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget


class ScoreRow(QWidget):
    """Five radio buttons (1 to 5) and "no answer". From the keyboard: 1 to 5 choose and
    go on to the next field, 0 says "no answer" and goes on too; Space or Delete clear;
    the arrows move between the buttons."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[int, QRadioButton] = {}
        for value in range(1, 6):
            button = QRadioButton(str(value), self)
            button.setAccessibleName(str(value))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys
            self.group.addButton(button, value)
            self.buttons[value] = button
            layout.addWidget(button)
        self.none = QRadioButton(self.tr("no answer"), self)
        self.none.setAccessibleName(self.tr("no answer"))
        self.none.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.group.addButton(self.none, 0)
        layout.addWidget(self.none)
        layout.addStretch(1)
        self.none.setChecked(True)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self.changed.emit()

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked > 0 else None

    def set_value(self, value: int | None) -> None:
        (self.buttons.get(value or 0) or self.none).setChecked(True)
        self._describe()

    def _describe(self) -> None:
        value = self.value()
        self.setAccessibleDescription(str(value) if value else self.none.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.set_value(key - Qt.Key.Key_0)
            self.focusNextChild()
            return
        if key == Qt.Key.Key_0:  # "no answer", typed as a score: on to the next one
            self.set_value(None)
            self.focusNextChild()
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            current = self.value() or 0
            step = 1 if key == Qt.Key.Key_Right else -1
            self.set_value(min(5, max(1, current + step)) if current or step > 0 else None)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()
