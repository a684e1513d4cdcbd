"""Tabs tall enough for French: the accent of a capital ("À ajouter", "État") is never cut.

Qt sizes a tab from the font's height (ascent + descent) and the style's margins. Fonts
such as DejaVu Sans and Cantarell draw the accent of a capital above the ascent, and
Fusion lowers the tabs that are not selected by ``PM_TabBarTabShiftVertical`` pixels: the
text of such a tab is drawn lower in a box of the same height, and the top of "À" or "É"
falls outside it. :class:`AccentTabBar` adds exactly that room to each tab's height (what
the accents rise above the ascent, and the shift); :func:`tab_widget` gives a QTabWidget
with it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QTabBar, QTabWidget, QWidget

ACCENTED_CAPITALS = "ÀÂÉÈÊËÎÏÔÙÛÜÇŒ"


def accent_room(widget: QWidget) -> int:
    """Pixels the tabs of ``widget``'s font and style need above the font's height."""
    metrics = widget.fontMetrics()
    ink_top = -metrics.tightBoundingRect(ACCENTED_CAPITALS).top()
    overshoot = max(0, ink_top - metrics.ascent())
    shift = widget.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabShiftVertical, None, widget)
    return overshoot + max(0, shift)


class AccentTabBar(QTabBar):
    """A tab bar whose tabs leave room for the accents of capitals (see the module)."""

    def tabSizeHint(self, index: int) -> QSize:
        size = super().tabSizeHint(index)
        if self.shape() in (QTabBar.Shape.RoundedNorth, QTabBar.Shape.RoundedSouth):
            size.setHeight(size.height() + accent_room(self))
        return size


def tab_widget(parent: QWidget | None = None) -> QTabWidget:
    """A QTabWidget whose tab bar is an :class:`AccentTabBar`."""
    tabs = QTabWidget(parent)
    tabs.setTabBar(AccentTabBar(tabs))
    return tabs
