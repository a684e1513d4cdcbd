"""A bar chart that reads well in black and white: dark bars, values written on them."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    """Vertical bars (``horizontal=False``) or horizontal bars with their labels."""

    def __init__(self, title: str, horizontal: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._title = title
        self._horizontal = horizontal
        self._bars: list[tuple[str, float, str]] = []  # label, value, value as text
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_bars(self, bars: list[tuple[str, float, str]]) -> None:
        self._bars = list(bars)
        # Screen readers get the figures as text.
        self.setAccessibleDescription("; ".join(f"{label}: {text}" for label, _v, text in bars))
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        rows = len(self._bars) if self._horizontal else 8
        return QSize(line * 20, line * (rows + 4))

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        text_pen = QPen(self.palette().windowText().color())
        painter.setPen(text_pen)
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(0, line, self._title)
        painter.setFont(self.font())
        area = QRectF(0, line * 1.6, self.width(), self.height() - line * 1.6)
        if not self._bars:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "—")
            return
        top = max((v for _l, v, _t in self._bars), default=0) or 1
        bar_color = QColor(60, 60, 60)
        if self._horizontal:
            label_width = max(metrics.horizontalAdvance(label) for label, _v, _t in self._bars)
            label_width = min(label_width + line, int(self.width() * 0.45))
            row_height = min(line * 1.6, area.height() / len(self._bars))
            room = area.width() - label_width - metrics.horizontalAdvance("0000000")
            for i, (label, value, text) in enumerate(self._bars):
                y = area.top() + i * row_height
                painter.setPen(text_pen)
                painter.drawText(
                    QRectF(0, y, label_width - line / 2, row_height),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width),
                )
                width = room * value / top
                painter.fillRect(
                    QRectF(label_width, y + row_height * 0.2, width, row_height * 0.6), bar_color
                )
                painter.drawText(
                    QRectF(label_width + width + 4, y, room, row_height),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
            return
        bottom_band = line * 1.4
        slot = area.width() / len(self._bars)
        height = area.height() - bottom_band - line * 1.2
        for i, (label, value, text) in enumerate(self._bars):
            x = area.left() + i * slot
            bar_height = height * value / top
            y = area.top() + line * 1.2 + (height - bar_height)
            painter.fillRect(QRectF(x + slot * 0.15, y, slot * 0.7, bar_height), bar_color)
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(x, y - line * 1.1, slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                text,
            )
            painter.drawText(
                QRectF(x, area.bottom() - bottom_band, slot, bottom_band),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot)),
            )
