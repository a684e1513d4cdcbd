"""What an empty register says: the three ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mentorat_desktop.gui import plain


class EmptyMembers(QWidget):
    add_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("No members yet"))
        title = QLabel(self.tr("No members yet"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Start by adding the first member of your program, or import the list you "
                "keep in a spreadsheet (CSV or Excel). To look around first, open the demo "
                "association: it lives in a file of its own and never mixes with your data."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A fixed width lets the wrapped text take the height it needs, whatever the font size.
        width = max(420, text.fontMetrics().averageCharWidth() * 60)
        text.setFixedWidth(width)
        text.setMinimumHeight(text.heightForWidth(width))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(text.fontMetrics().height())
        for label, signal in (
            (self.tr("Add a member"), self.add_requested),
            (self.tr("Import a spreadsheet…"), self.import_requested),
            (self.tr("Open the demo"), self.demo_requested),
        ):
            button = plain.button(label, self)
            button.setAccessibleName(label.rstrip("…"))
            button.setMinimumWidth(280)
            button.clicked.connect(signal.emit)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
