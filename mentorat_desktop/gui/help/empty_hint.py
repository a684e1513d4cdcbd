"""What a view says while it has nothing to show: what to do first, and the guide's page on it.

A framed note at the top of the view (pairs, sessions, follow-up, dashboard), shown only
while the view is empty, as the members view shows its own welcome on an empty register.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.gui.help.window import open_help

if TYPE_CHECKING:
    from mentorat_desktop.gui.help.window import HelpWindow


class EmptyHint(QFrame):
    def __init__(
        self, title: str, text: str, topic: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._topic = topic
        self._language = language
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        heading = QLabel(title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(title)
        self.guide_button = QPushButton(self.tr("Read more in the guide"), self)
        self.guide_button.setAccessibleName(self.tr("Read more in the guide"))
        self.guide_button.clicked.connect(self.open_guide)
        row = QHBoxLayout()
        row.addWidget(self.guide_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addLayout(row)

    def open_guide(self) -> HelpWindow | None:
        window = self.window()
        if isinstance(window, QMainWindow):
            return open_help(window, self._language, self._topic)
        return None
