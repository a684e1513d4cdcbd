"""The shared date field: a date typed in one go, as people write it, read beside the field;
refused (and no date given) while it cannot be read; Tab and Shift+Tab leave it at once; Up
and Down change the day; a calendar from the keyboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.errors import FieldError
from mentorat_desktop.core.typed_dates import IMPOSSIBLE, TypedDateError
from mentorat_desktop.gui.widgets import DateField, OptionalDate

TODAY = dt.date.today()


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


_WINDOWS: list[QWidget] = []  # the forms of a test, kept alive until its end


@pytest.fixture(autouse=True)
def french() -> Iterator[None]:
    """The application sets Qt's default locale to its language; French unless a test says."""
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    QLocale.setDefault(before)
    _WINDOWS.clear()


def english() -> None:
    QLocale.setDefault(QLocale("en_CA"))  # what the application sets for English


def quebec() -> None:
    QLocale.setDefault(QLocale("fr_CA"))


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
    _WINDOWS.append(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, before, date, after


def retype(qtbot, date: DateField, text: str) -> None:
    """Ctrl+A in the field, then ``text`` typed key by key."""
    qtbot.keyClick(date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(date, text)


def typed(qtbot, text: str) -> DateField:
    """A date field reached by Tab (its text all selected), then ``text`` typed key by key."""
    _window, _, date, _ = form(qtbot)
    date.setFocus(Qt.FocusReason.TabFocusReason)
    for char in text:
        qtbot.keyClicks(date, char)
    return date


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


def test_still_a_date_edit_for_the_dialogs(qtbot) -> None:
    _window, _, date, _ = form(qtbot)
    assert isinstance(date, QDateEdit)
    assert date.text() == "14/03/2026"
    assert date.reading.text() == "sam. 14 mars 2026"
    assert date.is_valid() and date.errors("held_on") == []


# -- typed in one go ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "reading"),
    [
        ("15/11/2026", dt.date(2026, 11, 15), "dim. 15 nov. 2026"),
        ("15/11/26", dt.date(2026, 11, 15), "dim. 15 nov. 2026"),
        ("15-11-2026", dt.date(2026, 11, 15), "dim. 15 nov. 2026"),
        ("15.11.2026", dt.date(2026, 11, 15), "dim. 15 nov. 2026"),
        ("15 11 2026", dt.date(2026, 11, 15), "dim. 15 nov. 2026"),
        ("2026-11-15", dt.date(2026, 11, 15), "dim. 15 nov. 2026"),
        ("3 juin 2026", dt.date(2026, 6, 3), "mer. 3 juin 2026"),
        ("1er mars 2026", dt.date(2026, 3, 1), "dim. 1er mars 2026"),
    ],
)
def test_french_dates_typed_in_one_go(qtbot, text, expected, reading) -> None:
    date = typed(qtbot, text)
    assert date.text() == text
    assert date.date().toPython() == expected
    assert date.reading.text() == reading
    assert date.is_valid()


def test_a_date_without_its_year_is_this_year(qtbot) -> None:
    date = typed(qtbot, "15/11")
    assert date.date().toPython() == dt.date(TODAY.year, 11, 15)
    date = typed(qtbot, "15 nov.")
    assert date.date().toPython() == dt.date(TODAY.year, 11, 15)


def test_words_with_their_accents_typed_as_people_type_them(qtbot, type_text) -> None:
    for text, expected in [
        ("aujourd’hui", TODAY),
        ("Aujourd'hui", TODAY),
        ("auj", TODAY),
        ("hier", TODAY - dt.timedelta(days=1)),
        ("HIER", TODAY - dt.timedelta(days=1)),
        ("demain", TODAY + dt.timedelta(days=1)),
        ("après-demain", TODAY + dt.timedelta(days=2)),
        ("today", TODAY),
    ]:
        _window, _, date, after = form(qtbot)
        date.setFocus(Qt.FocusReason.TabFocusReason)
        type_text(date, text)
        assert date.date().toPython() == expected, text
        qtbot.keyClick(date, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is after
        assert date.text() == expected.strftime("%d/%m/%Y"), text  # written back as a date


def test_quebec_writes_year_first_and_reads_both(qtbot) -> None:
    quebec()
    date = typed(qtbot, "15/11/2026")
    assert date.date() == QDate(2026, 11, 15)
    assert date.reading.text() == "dim. 15 nov. 2026"
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert date.text() == "2026-11-15"
    date = typed(qtbot, "2026-11-15")
    assert date.date() == QDate(2026, 11, 15)
    date = typed(qtbot, "15 novembre")
    assert date.date() == QDate(TODAY.year, 11, 15)


def test_english_reads_month_names_and_day_first(qtbot) -> None:
    english()
    _window, _, date, _ = form(qtbot)
    assert date.text() == "2026-03-14"
    assert date.reading.text() == "Sat, Mar 14, 2026"
    for text in ("Nov 15, 2026", "2026-11-15", "15/11/2026", "November 15th, 2026"):
        date = typed(qtbot, text)
        assert date.date() == QDate(2026, 11, 15), text
        assert date.reading.text() == "Sun, Nov 15, 2026"


def test_the_date_changes_as_it_is_typed_and_only_to_real_dates(qtbot) -> None:
    _window, _, date, _ = form(qtbot)
    seen: list[QDate] = []
    date.dateChanged.connect(seen.append)
    date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(date, "15/11/2026")
    assert seen[-1] == QDate(2026, 11, 15)
    assert all(day.isValid() for day in seen)
    seen.clear()
    qtbot.keyClicks(date, "x")
    assert seen == []  # an unreadable text sends no date


# -- refused beside the field ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("31/02/2026", "⚠ This day does not exist"),
        ("2026-13-01", "⚠ This day does not exist"),
        ("29/02/2027", "⚠ This day does not exist"),
        ("11/2026", "⚠ Not a date: type e.g. {today}"),
        ("1h30", "⚠ Not a date: type e.g. {today}"),
        ("15/11/202", "⚠ Not a date: type e.g. {today}"),
    ],
)
def test_a_date_that_cannot_be_is_refused_beside_the_field(qtbot, text, shown) -> None:
    _window, _, date, after = form(qtbot)
    date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(date, text)
    assert date.reading.text() == shown.format(today=TODAY.strftime("%d/%m/%Y"))
    assert not date.is_valid()
    assert not date.date().isValid()  # no date rather than a wrong one
    assert date.problem() is not None
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    assert date.text() == text  # left as typed, to be corrected
    assert not date.date().isValid()


def test_what_a_dialog_shows_for_a_refused_date(qtbot) -> None:
    date = typed(qtbot, "31/02/2026")
    assert date.errors("held_on") == [
        FieldError("held_on", "date_unreadable", {"value": "31/02/2026"})
    ]
    assert date.problem().code == IMPOSSIBLE
    date.setDate(QDate(2026, 2, 28))
    assert date.is_valid() and date.errors("held_on") == []
    date = typed(qtbot, "")
    qtbot.keyClick(date, Qt.Key.Key_Backspace)  # all selected: erased
    assert date.text() == ""
    assert date.reading.text() == f"⚠ Type a date, e.g. {TODAY:%d/%m/%Y}"
    assert date.errors("held_on") == [FieldError("held_on", "required")]


def test_outside_the_minimum_and_maximum_is_refused(qtbot) -> None:
    _window, _, date, _ = form(qtbot)
    date.setMaximumDate(QDate.currentDate())
    date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(date, "demain")
    assert date.reading.text() == "⚠ Not after today"
    assert not date.date().isValid()
    assert date.errors("held_on") == [FieldError("held_on", "date_in_future")]
    date.setMaximumDate(QDate(2100, 12, 31))  # the range widens: tomorrow now reads
    assert date.date().toPython() == TODAY + dt.timedelta(days=1)
    date.setMinimumDate(QDate(2026, 1, 1))
    date.setMaximumDate(QDate(2026, 12, 31))
    retype(qtbot, date, "31/12/2025")
    assert date.reading.text() == "⚠ At the earliest: jeu. 1er janv. 2026"
    retype(qtbot, date, "2027-01-01")
    assert date.reading.text() == "⚠ At the latest: jeu. 31 déc. 2026"


def test_set_date_keeps_within_the_range_as_a_date_edit_does(qtbot) -> None:
    _window, _, date, _ = form(qtbot)
    date.setMaximumDate(QDate.currentDate())
    date.setDate(QDate.currentDate().addDays(3))
    assert date.date() == QDate.currentDate()
    date.setDate(QDate())  # an invalid date changes nothing
    assert date.date() == QDate.currentDate()
    date.setDate(QDate(2026, 6, 1))
    date.setMaximumDate(QDate(2026, 5, 1))  # a maximum set below the date brings it down
    assert date.date() == QDate(2026, 5, 1)
    assert date.text() == "01/05/2026"


# -- keys --------------------------------------------------------------------------------------


def test_up_and_down_change_the_day_page_up_and_down_the_month(qtbot) -> None:
    _window, _, date, _ = form(qtbot)
    date.setFocus()
    qtbot.keyClick(date, Qt.Key.Key_Up)
    assert date.date() == QDate(2026, 3, 15)
    qtbot.keyClick(date, Qt.Key.Key_Down)
    qtbot.keyClick(date, Qt.Key.Key_Down)
    assert date.date() == QDate(2026, 3, 13)
    qtbot.keyClick(date, Qt.Key.Key_PageUp)
    assert date.date() == QDate(2026, 4, 13)
    qtbot.keyClick(date, Qt.Key.Key_PageDown)
    qtbot.keyClick(date, Qt.Key.Key_PageDown)
    assert date.date() == QDate(2026, 2, 13)
    assert date.text() == "13/02/2026"
    assert date.reading.text() == "ven. 13 févr. 2026"


def test_up_from_a_refused_text_starts_from_the_last_date(qtbot) -> None:
    date = typed(qtbot, "31/02/2026")
    qtbot.keyClick(date, Qt.Key.Key_Up)
    assert date.date() == QDate(2026, 3, 15)  # the field held the 14th
    assert date.is_valid()


def test_a_step_never_passes_the_maximum(qtbot) -> None:
    _window, _, date, _ = form(qtbot)
    date.setMaximumDate(QDate(2026, 3, 14))
    date.setFocus()
    qtbot.keyClick(date, Qt.Key.Key_Up)
    qtbot.keyClick(date, Qt.Key.Key_PageUp)
    assert date.date() == QDate(2026, 3, 14)


def test_return_reaches_the_dialog_default_button(qtbot) -> None:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    date = DateField(QDate(2026, 3, 14), dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    buttons.accepted.connect(dialog.accept)
    layout.addWidget(date)
    layout.addWidget(buttons)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is date  # the first field: the dialog opens on it
    assert date.edit.selectedText() == "14/03/2026"  # typing replaces it
    qtbot.keyClicks(date, "hier")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert date.date().toPython() == TODAY - dt.timedelta(days=1)
    assert date.text() == f"{TODAY - dt.timedelta(days=1):%d/%m/%Y}"


# -- the calendar ------------------------------------------------------------------------------


def popup_calendar() -> QCalendarWidget:
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup.isVisible()
    (calendar,) = popup.findChildren(QCalendarWidget)
    return calendar


@pytest.mark.parametrize(
    ("key", "modifier"),
    [(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_F4, None)],
)
def test_the_calendar_from_the_keyboard(qtbot, key, modifier) -> None:
    _window, _, date, _ = form(qtbot)
    date.setFocus()
    if modifier is None:
        qtbot.keyClick(date, key)
    else:
        qtbot.keyClick(date, key, modifier)
    calendar = popup_calendar()
    assert calendar.selectedDate() == QDate(2026, 3, 14)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)  # the day before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.activePopupWidget() is None
    assert date.date() == QDate(2026, 3, 13)
    assert date.text() == "13/03/2026"
    assert QApplication.focusWidget() is date


def test_escape_closes_the_calendar_and_keeps_the_date(qtbot) -> None:
    _window, _, date, _ = form(qtbot)
    date.setFocus()
    qtbot.keyClick(date, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None
    assert date.date() == QDate(2026, 3, 14)


def test_the_calendar_button_takes_no_tab_and_follows_the_range(qtbot) -> None:
    _window, _, date, _ = form(qtbot)
    assert date.calendarPopup()
    assert date.calendar_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    date.setMaximumDate(QDate(2026, 3, 20))
    qtbot.mouseClick(date.calendar_button, Qt.MouseButton.LeftButton)
    calendar = popup_calendar()
    assert calendar.maximumDate() == QDate(2026, 3, 20)
    qtbot.mouseClick(QApplication.focusWidget(), Qt.MouseButton.LeftButton)  # click a day
    QApplication.activePopupWidget().close()
    date.setCalendarPopup(False)
    assert not date.calendarPopup() and date.calendar_button.isHidden()
    date.setFocus()
    qtbot.keyClick(date, Qt.Key.Key_F4)
    assert QApplication.activePopupWidget() is None


def test_accessible_names_reach_the_parts(qtbot) -> None:
    _window, _, date, _ = form(qtbot)
    date.setAccessibleName("Date")
    assert date.edit.accessibleName() == "Date"
    assert date.calendar_button.accessibleName() == "Date"
    assert date.accessibleDescription() == "sam. 14 mars 2026"


# -- a month field (the follow-up grid) --------------------------------------------------------


def test_a_month_field(qtbot) -> None:
    _window, _, date, _ = form(qtbot)
    date.setDisplayFormat("MM/yyyy")
    date.setDate(QDate(2026, 3, 1))
    assert date.text() == "03/2026"
    assert date.reading.text() == "mars 2026"
    date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(date, "11/2026")
    assert date.date() == QDate(2026, 11, 1)
    assert date.reading.text() == "novembre 2026"
    qtbot.keyClick(date, Qt.Key.Key_Up)
    assert date.date() == QDate(2026, 12, 1)
    qtbot.keyClick(date, Qt.Key.Key_PageDown)
    assert date.date() == QDate(2025, 12, 1)
    retype(qtbot, date, "13/2026")
    assert date.reading.text() == "⚠ This month does not exist"
    assert not date.date().isValid()


# -- the optional date -------------------------------------------------------------------------


def test_optional_date(qtbot) -> None:
    box = OptionalDate("Done on", "Training")
    qtbot.addWidget(box)
    assert box.value() is None and box.is_valid() and box.errors("x") == []
    assert not box.date.isEnabled()
    assert box.date.accessibleName() == "Training — date"
    box.set_value(dt.date(2026, 3, 2))
    assert box.check.isChecked() and box.date.isEnabled()
    assert box.value() == dt.date(2026, 3, 2)
    box.date.edit.setText("hier")
    assert box.value() == TODAY - dt.timedelta(days=1)
    box.date.edit.setText("demain")  # the maximum is today
    assert not box.is_valid()
    assert box.errors("mentor_training_on") == [FieldError("mentor_training_on", "date_in_future")]
    with pytest.raises(TypedDateError):  # never a wrong date silently
        box.value()
    errors: list[FieldError] = []
    assert box.checked_value("mentor_training_on", errors) is None
    assert errors == [FieldError("mentor_training_on", "date_in_future")]
    box.date.edit.setText("hier")
    assert box.checked_value("mentor_training_on", errors) == TODAY - dt.timedelta(days=1)
    assert len(errors) == 1  # nothing added
    box.check.setChecked(False)
    assert box.value() is None and box.is_valid() and box.errors("x") == []
    box.set_value(None)
    assert not box.check.isChecked()


def test_a_field_is_at_least_as_wide_as_its_placeholder(qtbot):
    from PySide6.QtWidgets import QLineEdit

    from mentorat_desktop.gui.widgets import fit_placeholder

    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setPlaceholderText("À quoi verrez-vous toutes les deux qu’il est atteint, en détail ?")
    fit_placeholder(edit)
    assert edit.minimumWidth() > edit.fontMetrics().horizontalAdvance(edit.placeholderText())
