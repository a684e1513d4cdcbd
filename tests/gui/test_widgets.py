"""The shared date field: Tab and Shift+Tab leave it at once, arrows still work inside."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from mentorat_desktop.gui.widgets import DateField


def form(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    before, date, after = (
        QLineEdit(window),
        DateField(QDate(2026, 3, 14), window),
        QLineEdit(window),
    )
    for widget in (before, date, after):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, before, date, after


def test_tab_and_shift_tab_leave_the_date_in_one_press(qtbot) -> None:
    _window, before, date, after = form(qtbot)
    date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    after.setFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is date
    qtbot.keyClick(date, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is before
    assert date.date() == QDate(2026, 3, 14)


def test_the_arrow_keys_still_change_the_date(qtbot) -> None:
    _window, _, date, _ = form(qtbot)
    date.setFocus()
    date.setCurrentSection(DateField.Section.DaySection)
    qtbot.keyClick(date, Qt.Key.Key_Up)
    assert date.date() == QDate(2026, 3, 15)
