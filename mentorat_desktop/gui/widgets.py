"""Small widgets shared by the dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

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


class DateField(QDateEdit):
    """A date with its calendar, that Tab leaves in one press.

    A plain QDateEdit spends Tab on walking its day, month and year: someone typing
    "Tab, 1h30" would change the month instead of reaching the next field. The sections
    stay reachable with the arrow keys, and typing a full date fills them in turn.
    """

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(date if date is not None else QDate.currentDate(), parent)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


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

    def value(self):  # -> datetime.date | None
        if not self.check.isChecked():
            return None
        return self.date.date().toPython()

    def set_value(self, value) -> None:  # value: datetime.date | None
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
