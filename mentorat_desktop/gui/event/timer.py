"""The timer for the room at a speed-meeting: the round and the time left, in figures large
enough to be read from the back of the hall, a bell (the system's beep) when a round ends,
and "change tables" between two rounds. Space starts or pauses, N goes to the next round,
Esc closes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TICK_MS = 1000


class RoomTimer(QWidget):
    def __init__(self, rounds: int, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.rounds = max(1, rounds)
        self.seconds_per_round = max(1, minutes) * 60
        self.round = 1
        self.left = self.seconds_per_round
        self.setWindowTitle(self.tr("Speed-meeting timer"))
        self.setAccessibleName(self.tr("Speed-meeting timer"))
        self.setStyleSheet("background: #111; color: #fff;")
        self.round_label = QLabel(self)
        self.round_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.round_label.setAccessibleName(self.tr("Round"))
        self.clock = QLabel(self)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setAccessibleName(self.tr("Time left"))
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        for label, size in ((self.round_label, 48), (self.clock, 180), (self.message, 40)):
            font = QFont(label.font())
            font.setPointSize(size)
            font.setBold(label is not self.message)
            label.setFont(font)
        self.start_button = QPushButton(self)
        self.start_button.setAccessibleName(self.tr("Start or pause"))
        self.start_button.clicked.connect(self.toggle)
        self.next_button = QPushButton(self.tr("&Next round"), self)
        self.next_button.setAccessibleName(self.tr("Next round"))
        self.next_button.clicked.connect(self.next_round)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the timer"))
        self.close_button.clicked.connect(self.close)
        for button in (self.start_button, self.next_button, self.close_button):
            button.setStyleSheet("background: #333; color: #fff; padding: 8px 16px;")
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.start_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.round_label)
        layout.addWidget(self.clock)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._show()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def toggle(self) -> None:
        if self.running:
            self._timer.stop()
        elif self.left > 0:
            self.message.clear()
            self._timer.start()
        self._show()

    def tick(self) -> None:
        self.left = max(0, self.left - 1)
        if self.left == 0:
            self._timer.stop()
            QApplication.beep()
            if self.round < self.rounds:
                self.message.setText(self.tr("Time! Thank each other, then change tables."))
            else:
                self.message.setText(self.tr("Last round over. Thank you all!"))
        self._show()

    def next_round(self) -> None:
        if self.round >= self.rounds:
            return
        self._timer.stop()
        self.round += 1
        self.left = self.seconds_per_round
        self.message.clear()
        self._show()

    def _show(self) -> None:
        self.round_label.setText(
            self.tr("Round {round} of {rounds}").format(round=self.round, rounds=self.rounds)
        )
        minutes, seconds = divmod(self.left, 60)
        self.clock.setText(f"{minutes:02d}:{seconds:02d}")
        self.start_button.setText(self.tr("&Pause") if self.running else self.tr("&Start"))
        self.next_button.setEnabled(self.round < self.rounds)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.toggle()
        elif event.key() == Qt.Key.Key_N:
            self.next_round()
        elif event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)


def open_timer(
    parent: QWidget | None, rounds: int, minutes: int, *, full_screen: bool = True
) -> RoomTimer:
    timer = RoomTimer(rounds, minutes, parent)
    timer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if full_screen:
        timer.showFullScreen()
    else:
        timer.resize(1024, 640)
        timer.show()
    return timer
