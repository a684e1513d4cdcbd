"""A follow-up note: who spoke, how satisfied, what was done, when to check again; and the
mark of a pair called / handled."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.enums import Speaker
from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.services.followups import (
    FollowUpInput,
    FollowUpRecord,
    FollowUpService,
)
from mentorat_desktop.gui.widgets import (
    DateField,
    FieldWithError,
    OptionalDate,
    lay_out_form_dialog,
)
from mentorat_desktop.i18n.messages import field_error


class FollowUpDialog(QDialog):
    def __init__(
        self, service: FollowUpService, pair_id: int, pair_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._pair_id = pair_id
        self.setWindowTitle(elided_format(self.tr("Follow-up of {pair}"), pair=pair_name))
        self.setAccessibleName(self.tr("Follow-up"))
        self._rows: dict[str, FieldWithError] = {}
        form = QFormLayout()

        def add(name: str, label: str, widget: QWidget) -> None:
            widget.setAccessibleName(label)
            row = FieldWithError(widget, self)
            caption = QLabel(self.tr("{label}:").format(label=label), self)
            caption.setBuddy(widget)
            form.addRow(caption, row)
            self._rows[name] = row

        self.date = DateField(parent=self)
        self.date.setMaximumDate(QDate.currentDate())
        add("held_on", self.tr("Date"), self.date)
        self.speaker = QComboBox(self)
        for speaker, text in (
            (Speaker.COORDINATOR, self.tr("The coordinator")),
            (Speaker.MENTOR, self.tr("The mentor")),
            (Speaker.MENTEE, self.tr("The mentee")),
        ):
            self.speaker.addItem(text, speaker)
        add("speaker", self.tr("Who spoke"), self.speaker)
        self.satisfaction = QComboBox(self)
        self.satisfaction.addItem(self.tr("Not asked"), None)
        for value, text in (
            (1, self.tr("1 — not at all satisfied")),
            (2, self.tr("2 — not very satisfied")),
            (3, self.tr("3 — fairly satisfied")),
            (4, self.tr("4 — satisfied")),
            (5, self.tr("5 — very satisfied")),
        ):
            self.satisfaction.addItem(text, value)
        add("satisfaction", self.tr("Satisfaction"), self.satisfaction)
        self.comment = QPlainTextEdit(self)
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(self.comment.fontMetrics().height() * 4)
        add("comment", self.tr("What was said"), self.comment)
        self.action = QLineEdit(self)
        self.action.setPlaceholderText(self.tr("e.g. a meeting of the three of us"))
        add("action", self.tr("Action taken"), self.action)
        self.recheck = OptionalDate(self.tr("On"), self.tr("Check again"), self)
        self.recheck.date.setMaximumDate(QDate(2100, 12, 31))
        self.recheck.date.setDate(QDate.currentDate().addDays(14))
        add("recheck_on", self.tr("Check again"), self.recheck)
        lay_out_form_dialog(self, form)

    def accept(self) -> None:
        for row in self._rows.values():
            row.error.clear_error()
        try:
            # A date typed that cannot be read is refused beside its field, never guessed.
            problems = self.date.errors("held_on") + self.recheck.errors("recheck_on")
            if problems:
                raise ValidationError(problems)
            self._service.add(
                FollowUpInput(
                    pair_id=self._pair_id,
                    held_on=self.date.day(),
                    speaker=self.speaker.currentData(),
                    satisfaction=self.satisfaction.currentData(),
                    comment=self.comment.toPlainText().strip() or None,
                    action=self.action.text().strip() or None,
                    recheck_on=self.recheck.value(),
                )
            )
        except ValidationError as exc:
            for error in exc.errors:
                (self._rows.get(error.field) or self._rows["held_on"]).error.show_error(
                    field_error(error)
                )
            return
        super().accept()


class MarkHandledDialog(QDialog):
    """Mark a pair as called / handled: the date (today unless told) and an optional note.
    The pair leaves the list of pairs to follow up while its reasons stay the same."""

    def __init__(
        self,
        service: FollowUpService,
        pair_id: int,
        pair_name: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._pair_id = pair_id
        self._today = today or dt.date.today()
        self.record: FollowUpRecord | None = None
        self.setWindowTitle(self.tr("Mark {pair} as called").format(pair=pair_name))
        self.setAccessibleName(self.tr("Mark as called"))
        self._rows: dict[str, FieldWithError] = {}
        form = QFormLayout()

        def add(name: str, label: str, widget: QWidget) -> None:
            widget.setAccessibleName(label)
            row = FieldWithError(widget, self)
            caption = QLabel(self.tr("{label}:").format(label=label), self)
            caption.setBuddy(widget)
            form.addRow(caption, row)
            self._rows[name] = row

        day = QDate(self._today.year, self._today.month, self._today.day)
        self.date = DateField(day, self)
        self.date.setMaximumDate(day)
        add("held_on", self.tr("Called on"), self.date)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().height() * 4)
        self.note.setPlaceholderText(self.tr("Optional: what was agreed"))
        add("comment", self.tr("Note"), self.note)
        lay_out_form_dialog(self, form)

    def accept(self) -> None:
        for row in self._rows.values():
            row.error.clear_error()
        try:
            problems = self.date.errors("held_on")
            if problems:
                raise ValidationError(problems)
            self.record = self._service.mark_handled(
                self._pair_id,
                self.date.day(),
                self.note.toPlainText().strip() or None,
                today=self._today,
            )
        except ValidationError as exc:
            for error in exc.errors:
                (self._rows.get(error.field) or self._rows["held_on"]).error.show_error(
                    field_error(error)
                )
            return
        super().accept()
