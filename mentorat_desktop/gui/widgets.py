"""Long on purpose (about 600 lines): many small shared widgets, each short.
Why: many small widgets shared by the dialogs, each short.

Small widgets shared by the dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QSignalBlocker,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.errors import FieldError
from mentorat_desktop.core.formatting import first_of_month
from mentorat_desktop.core.typed_dates import (
    EMPTY,
    IMPOSSIBLE,
    OUT_OF_RANGE,
    TypedDateError,
    format_typed_date,
    format_typed_month,
    parse_typed_date,
    parse_typed_month,
)
from mentorat_desktop.i18n import current_language

Button = QDialogButtonBox.StandardButton


class ErrorLabel(QLabel):
    """The reason a field was refused, shown right under it (hidden when all is well)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One line: the dialog widens to fit it (wrapped labels get clipped in form layouts).
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText("⚠ " + text)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


class FieldWithError(QWidget):
    """A field and its error label stacked, for a QFormLayout row."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        self.field = field
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        self.setFocusProxy(field)
        # A field changed by the user loses its error: the refusal spoke of what was there.
        if isinstance(field, QLineEdit):
            field.textEdited.connect(self.error.clear_error)
        elif isinstance(field, QComboBox):
            field.activated.connect(self.error.clear_error)
            editor = field.lineEdit() if field.isEditable() else None
            if editor is not None:
                editor.textEdited.connect(self.error.clear_error)
        elif isinstance(field, QDateEdit):  # DateField too
            field.dateChanged.connect(self.error.clear_error)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DateField(QDateEdit):
    """A date typed in one go, as people write it, with what was understood shown beside it.

    QDateEdit reads keys section by section: "/" jumps to the next section and digits
    overflow into it, so "15/11/2026" typed in one go gave another date. This field keeps
    QDateEdit's interface (date, setDate, dateChanged, minimum and maximum, the calendar
    popup; the dialogs and their tests use it as a QDateEdit) but its own parts do the work:
    a line edit where anything may be typed (read by core/typed_dates.py: "15/11/2026",
    "15/11", "15 nov.", "2026-11-15", "hier", "today"...), a calendar button (Alt+Down or F4
    from the keyboard), and beside them the reading ("dim. 15 nov. 2026") or, in red, why
    the text is refused (unreadable, no such day, outside the minimum and maximum).

    While the text is refused, date() is an invalid QDate and is_valid() False: a dialog
    must not save it (errors() gives the FieldError to show). dateChanged carries valid
    dates only. Up and Down change the day, Page Up and Page Down the month; one Tab leaves.
    A display format without a day ("MM/yyyy") makes it a month field: "11/2026", "nov.".
    """

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        start = date if date is not None and date.isValid() else QDate.currentDate()
        super().__init__(start, parent)
        self._month_only = False
        self._popup_enabled = True
        self._had_focus = False
        self._problem: TypedDateError | None = None
        self._popup: QFrame | None = None
        self._calendar: QCalendarWidget | None = None
        # The spin box's own editor and buttons stay hidden: they are QDateEdit's sections.
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.lineEdit().hide()
        self.edit = QLineEdit(self)
        self.edit.setFocusProxy(self)  # the focus (and the tests' focus checks) stay on us
        self.edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab leaves
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Calendar (Alt+Down)"))
        self.calendar_button.clicked.connect(self.show_calendar)
        self.reading = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.reading, 1)
        self.edit.textChanged.connect(self._read)
        self._update_tooltip()
        self._write(start)

    # -- reading and writing the text ---------------------------------------------------------

    def _language(self) -> str:
        return current_language()

    def _bounds(self) -> tuple[dt.date, dt.date]:
        return _day(super().minimumDate()), _day(super().maximumDate())

    def _text_of(self, value: dt.date) -> str:
        if self._month_only:
            return format_typed_month(value, self._language())
        return format_typed_date(value, self._language())

    def _parse(self, text: str) -> dt.date:
        low, high = self._bounds()
        parse = parse_typed_month if self._month_only else parse_typed_date
        return parse(text, self._language(), dt.date.today(), minimum=low, maximum=high)

    def _write(self, value: QDate) -> None:
        """Show ``value`` (kept within the minimum and maximum) as the language writes it."""
        low, high = super().minimumDate(), super().maximumDate()
        value = min(max(value, low), high)
        with QSignalBlocker(self.edit):
            self.edit.setText(self._text_of(_day(value)))
        self._read()

    def _read(self) -> None:
        """Read the text: show the reading (and keep QDateEdit's value) or the problem."""
        try:
            value = self._parse(self.edit.text())
        except TypedDateError as problem:
            self._problem = problem
            self._show_problem(problem)
            return
        self._problem = None
        self._show_reading(value)
        day = QDate(value.year, value.month, value.day)
        if day != super().date():
            super().setDate(day)  # emits dateChanged

    def _show_reading(self, value: dt.date) -> None:
        text = self._reading_of(value)
        self.reading.setStyleSheet("")
        self.reading.setText(text)
        self.setAccessibleDescription(text)

    def _show_problem(self, problem: TypedDateError) -> None:
        text = "⚠ " + self.problem_text(problem)
        self.reading.setStyleSheet("color: #b00020; font-weight: bold;")
        self.reading.setText(text)
        self.setAccessibleDescription(text)

    def problem_text(self, problem: TypedDateError) -> str:
        """Why the text is refused, in a few words."""
        example = self._text_of(dt.date.today())
        month = self._month_only
        if problem.code == EMPTY:
            if month:
                return self.tr("Type a month, e.g. {example}").format(example=example)
            return self.tr("Type a date, e.g. {example}").format(example=example)
        if problem.code == IMPOSSIBLE:
            return (
                self.tr("This month does not exist")
                if month
                else self.tr("This day does not exist")
            )
        if problem.code == OUT_OF_RANGE and problem.date is not None:
            low, high = self._bounds()
            if problem.date > high:
                if high == dt.date.today() and not month:
                    return self.tr("Not after today")
                bound = self._reading_of(high)
                return self.tr("At the latest: {date}").format(date=bound)
            return self.tr("At the earliest: {date}").format(date=self._reading_of(low))
        if month:
            return self.tr("Not a month: type e.g. {example}").format(example=example)
        return self.tr("Not a date: type e.g. {example}").format(example=example)

    def _reading_of(self, value: dt.date) -> str:
        """The date in words beside the field: "jeu. 1er janv. 2026", "Thu, Jan 1, 2026"."""
        day = QDate(value.year, value.month, value.day)
        if self._month_only:
            return QLocale().toString(day, "MMMM yyyy")
        language = self._language()
        pattern = "ddd, MMM d, yyyy" if language == "en" else "ddd d MMM yyyy"
        return first_of_month(QLocale().toString(day, pattern), value.day, language)

    def _update_tooltip(self) -> None:
        example = self._text_of(dt.date.today())
        if self._month_only:
            tip = self.tr(
                "Type the month, e.g. {example}. Up and Down: a month; Page Up and Page Down: "
                "a year."
            )
        else:
            tip = self.tr(
                "Type the date, e.g. {example}, or “today”, “yesterday”. Up and Down: a day; "
                "Page Up and Page Down: a month; Alt+Down: the calendar."
            )
        self.edit.setToolTip(tip.format(example=example))

    def _tidy(self) -> None:
        """A readable text written back as the language writes it ("hier" -> the date)."""
        if self._problem is None:
            self._write(super().date())

    # -- QDateEdit's interface ----------------------------------------------------------------

    def date(self) -> QDate:
        """The date read; an invalid QDate while the text is refused (see is_valid)."""
        return QDate() if self._problem is not None else super().date()

    def day(self) -> dt.date:
        """The date read, as a Python date; TypedDateError (a ValueError) while the text is
        refused: a dialog checks errors() first and never saves a date guessed."""
        if self._problem is not None:
            raise TypedDateError(self._problem.code, self._problem.value, self._problem.date)
        return _day(super().date())

    def setDate(self, date: QDate) -> None:
        if date.isValid():
            self._write(date)

    def is_valid(self) -> bool:
        """The text reads as a date within the minimum and maximum."""
        return self._problem is None

    def problem(self) -> TypedDateError | None:
        """Why the text is refused (its code: empty, unreadable, impossible, out_of_range)."""
        return self._problem

    def errors(self, field: str) -> list[FieldError]:
        """What a dialog shows (and refuses to save) for this field under the name ``field``:
        nothing when the date reads."""
        problem = self._problem
        if problem is None:
            return []
        if problem.code == EMPTY:
            return [FieldError(field, "required")]
        future = problem.date is not None and problem.date > dt.date.today()
        if problem.code == OUT_OF_RANGE and future and self._bounds()[1] <= dt.date.today():
            return [FieldError(field, "date_in_future")]
        return [FieldError(field, "date_unreadable", {"value": problem.value.strip()})]

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self.edit.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)

    def setDisplayFormat(self, format: str) -> None:
        super().setDisplayFormat(format)
        self._month_only = "d" not in format
        self._update_tooltip()
        self._write(super().date())

    def setMinimumDate(self, date: QDate) -> None:
        super().setMinimumDate(date)
        self._range_changed()

    def setMaximumDate(self, date: QDate) -> None:
        super().setMaximumDate(date)
        self._range_changed()

    def setDateRange(self, low: QDate, high: QDate) -> None:
        super().setDateRange(low, high)
        self._range_changed()

    def _range_changed(self) -> None:
        was_valid = self._problem is None
        self._read()
        if was_valid and self._problem is not None:
            self._write(super().date())  # as QDateEdit does: the date kept within the range

    def setCalendarPopup(self, enable: bool) -> None:
        self._popup_enabled = enable
        self.calendar_button.setVisible(enable)

    def calendarPopup(self) -> bool:
        return self._popup_enabled

    def calendarWidget(self) -> QCalendarWidget:
        return self._calendar_popup()[1]

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.calendar_button.setAccessibleName(name)

    def stepBy(self, steps: int) -> None:
        """Accessibility's increase and decrease: a day (a month in a month field)."""
        self._step(steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag
        return flags.StepUpEnabled | flags.StepDownEnabled

    def _step(self, days: int = 0, months: int = 0) -> None:
        if self.isReadOnly():
            return
        if self._month_only:
            days, months = 0, days + 12 * months
        start = super().date()  # the last date read, while the text is refused
        self._write(start.addDays(days).addMonths(months))

    # -- the calendar ---------------------------------------------------------------------------

    def _calendar_popup(self) -> tuple[QFrame, QCalendarWidget]:
        if self._popup is None or self._calendar is None:
            popup = QFrame(self, Qt.WindowType.Popup)
            popup.setFrameShape(QFrame.Shape.StyledPanel)
            calendar = QCalendarWidget(popup)
            calendar.setGridVisible(False)
            calendar.clicked.connect(self._choose)
            calendar.activated.connect(self._choose)
            layout = QVBoxLayout(popup)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(calendar)
            self._popup, self._calendar = popup, calendar
        return self._popup, self._calendar

    def show_calendar(self) -> None:
        """Open the calendar under the field, on the date read (or the last one)."""
        if not self._popup_enabled or not self.isEnabled() or self.isReadOnly():
            return
        popup, calendar = self._calendar_popup()
        calendar.setAccessibleName(self.accessibleName())
        calendar.setDateRange(super().minimumDate(), super().maximumDate())
        calendar.setSelectedDate(super().date())
        popup.adjustSize()
        below = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        screen = self.screen().availableGeometry()
        x = min(below.x(), screen.right() - popup.width())
        y = below.y()
        if y + popup.height() > screen.bottom():
            y = self.edit.mapToGlobal(QPoint(0, 0)).y() - popup.height()
        popup.move(max(screen.left(), x), max(screen.top(), y))
        popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _choose(self, day: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setDate(day)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()

    # -- keys, focus and the rest, for our own line edit ----------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = Qt.Key(event.key()), event.modifiers()
        other = modifiers & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        alt_down = key == Qt.Key.Key_Down and other == Qt.KeyboardModifier.AltModifier
        if self._popup_enabled and (alt_down or (key == Qt.Key.Key_F4 and not other)):
            self.show_calendar()
            event.accept()
            return
        steps = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_PageUp: (0, 1),
            Qt.Key.Key_PageDown: (0, -1),
        }
        if key in steps and not other:
            self._step(*steps[key])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._tidy()
            self.editingFinished.emit()
            event.ignore()  # the dialog's default button takes it
            return
        self.edit.event(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self.edit.event(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            self.edit.event(event)  # the line edit keeps its editing keys (Ctrl+Z, Home...)
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.edit.event(event)  # its cursor
        # Reached from the keyboard (Tab, a label's shortcut, a dialog opening on it), the text
        # is all selected: typing replaces it. A click places the cursor, as in any field.
        reason = event.reason()
        first = not self._had_focus
        self._had_focus = True
        if reason not in (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.PopupFocusReason) and (
            first or reason != Qt.FocusReason.ActiveWindowFocusReason
        ):
            self.edit.selectAll()
        QWidget.focusInEvent(self, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.edit.event(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._tidy()
            self.editingFinished.emit()
        QWidget.focusOutEvent(self, event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self.edit.event(event)

    def inputMethodQuery(self, query: Qt.InputMethodQuery) -> object:
        return self.edit.inputMethodQuery(query)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        QWidget.mousePressEvent(self, event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        QWidget.mouseReleaseEvent(self, event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        QWidget.mouseMoveEvent(self, event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # scrolling the form never changes a date

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event.ignore()

    def paintEvent(self, event: QPaintEvent) -> None:
        pass  # the line edit, the button and the reading paint themselves

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.totalSizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.totalMinimumSize() if layout is not None else super().minimumSizeHint()


class OptionalDate(QWidget):
    """A check box ("done on") enabling a date: for training and consent dates."""

    def __init__(self, check_text: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(check_text, self)
        self.check.setAccessibleName(accessible_name)
        self.date = DateField(parent=self)
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setAccessibleName(accessible_name + " — " + self.tr("date"))
        self.date.setEnabled(False)
        self.check.toggled.connect(self.date.setEnabled)
        layout.addWidget(self.check)
        layout.addWidget(self.date)
        layout.addStretch(1)
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        """The date when ticked, else None; TypedDateError (a ValueError) when ticked with a
        refused text: a wrong date is never given silently (errors() says it first)."""
        if not self.check.isChecked():
            return None
        problem = self.date.problem()
        if problem is not None:
            raise TypedDateError(problem.code, problem.value, problem.date)
        return _day(self.date.date())

    def checked_value(self, field: str, errors: list[FieldError]) -> dt.date | None:
        """value(), for a dialog that gathers its problems before saving: a refused date
        adds its FieldError (named ``field``) to ``errors`` and gives None."""
        problems = self.errors(field)
        errors += problems
        return None if problems else self.value()

    def is_valid(self) -> bool:
        """Unticked, or ticked with a date that reads."""
        return not self.check.isChecked() or self.date.is_valid()

    def errors(self, field: str) -> list[FieldError]:
        """What a dialog shows for this field (named ``field``) before saving: see
        DateField.errors; nothing while unticked."""
        return self.date.errors(field) if self.check.isChecked() else []

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.date.setDate(QDate(value.year, value.month, value.day))


def lay_out_form_dialog(dialog: QDialog, form: QFormLayout, main: Button = Button.Save) -> None:
    """A form dialog's layout: its form over ``main`` (the default button) and Cancel, named
    for screen readers and wired to accept and reject; the dialog grows when error labels
    appear."""
    buttons = QDialogButtonBox(main | Button.Cancel, dialog)
    name = (
        QCoreApplication.translate("FormDialog", "Save")
        if main == Button.Save
        else QCoreApplication.translate("FormDialog", "OK")
    )
    buttons.button(main).setAccessibleName(name)
    buttons.button(main).setDefault(True)  # Return in a field saves
    buttons.button(Button.Cancel).setAccessibleName(
        QCoreApplication.translate("FormDialog", "Cancel")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    layout.addLayout(form)
    layout.addWidget(buttons)


def fit_placeholder(edit: QLineEdit) -> None:
    """Make ``edit`` at least as wide as its placeholder (French runs longer: the hint must
    be read whole, not cut)."""
    text = edit.placeholderText()
    if text:
        width = edit.fontMetrics().horizontalAdvance(text)
        edit.setMinimumWidth(width + 4 * edit.fontMetrics().averageCharWidth())
