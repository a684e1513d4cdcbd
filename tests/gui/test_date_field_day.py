"""DateField.day(): the date read as a Python date, for the dialogs that save it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from mentorat_desktop.core.typed_dates import TypedDateError
from mentorat_desktop.gui.widgets import DateField


def test_day_is_the_date_read_and_never_one_guessed(qtbot) -> None:
    field = DateField(QDate(2026, 3, 14))
    qtbot.addWidget(field)
    field.show()
    assert field.day() == dt.date(2026, 3, 14)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "2026-11-15")
    assert field.day() == dt.date(2026, 11, 15)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "31/02/2026")  # no such day: refused beside the field
    assert not field.is_valid()
    with pytest.raises(TypedDateError):
        field.day()
