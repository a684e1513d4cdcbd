"""Typing back a feedback questionnaire: the pair (by its number, as printed on the page),
who answered, the date, the check-in, a score from 1 to 5 per question and the comment.

Made for a pile of paper forms: each score is one key (the digit moves on), and "Save and
next" keeps the pair, the date and the check-in and turns to the other member of the pair.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.enums import PairStatus, Speaker
from mentorat_desktop.core.errors import FieldError, ValidationError
from mentorat_desktop.core.feedback.rounds import CheckinRound
from mentorat_desktop.core.services.feedback import (
    QUESTIONS,
    FeedbackInput,
    FeedbackRecord,
)
from mentorat_desktop.core.services.pairs import PairChoice
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.gui.feedback.score_row import ScoreRow
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.widgets import DateField, FieldWithError
from mentorat_desktop.i18n.messages import field_error


class FeedbackDialog(QDialog):
    def __init__(
        self,
        services: Services,
        pair_id: int | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = services.feedback
        self._today = today or dt.date.today()
        self.saved: list[FeedbackRecord] = []
        self.last_notice = ""
        self.setWindowTitle(self.tr("Type back a feedback questionnaire"))
        self.setAccessibleName(self.tr("Feedback questionnaire"))
        self._rows: dict[str, FieldWithError] = {}
        form = QFormLayout()

        def add(name: str, label: str, widget: QWidget) -> None:
            widget.setAccessibleName(label)
            row = FieldWithError(widget, self)
            caption = QLabel(self.tr("{label}:").format(label=label), self)
            caption.setBuddy(widget)
            form.addRow(caption, row)
            self._rows[name] = row

        self._pairs: list[PairChoice] = [
            p for p in services.pairs.list_choices() if p.status != PairStatus.PROPOSED
        ]
        self.pair = QComboBox(self)
        for choice in sorted(self._pairs, key=lambda p: p.id):
            self.pair.addItem(
                self.tr("{number} · {mentor} & {mentee}").format(
                    number=choice.id, mentor=choice.mentor_name, mentee=choice.mentee_name
                ),
                choice.id,
            )
        add("pair_id", self.tr("Pair no."), self.pair)
        self.respondent = QComboBox(self)
        add("respondent", self.tr("Answered by"), self.respondent)
        day = QDate(self._today.year, self._today.month, self._today.day)
        self.date = DateField(day, self)
        self.date.setMaximumDate(day)
        add("answered_on", self.tr("Date"), self.date)
        self.checkin = QComboBox(self)
        for value, text in (
            (None, self.tr("Another time")),
            (CheckinRound.FIRST_MONTH, self.tr("After the first month")),
            (CheckinRound.MID_TERM, self.tr("Mid-term")),
            (CheckinRound.END, self.tr("End")),
        ):
            self.checkin.addItem(text, value)
        add("checkin", self.tr("Check-in"), self.checkin)
        labels = {
            "overall": self.tr("1. Overall satisfaction"),
            "meetings": self.tr("2. Meetings as agreed"),
            "learning": self.tr("3. Learning, passing on"),
            "listening": self.tr("4. Listening, pace"),
            "recommend": self.tr("5. Would recommend"),
        }
        self.scores: dict[str, ScoreRow] = {}
        for key in QUESTIONS:
            row = ScoreRow(self)
            self.scores[key] = row
            add(f"score_{key}", labels[key], row)
        self.comment = QPlainTextEdit(self)
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(self.comment.fontMetrics().height() * 4)
        add("comment", self.tr("Comment"), self.comment)
        hint = QLabel(
            self.tr("Type each score as one digit (1 to 5, 0 for no answer): it moves on."),
            self,
        )
        hint.setWordWrap(True)
        form.addRow(hint)

        buttons = QDialogButtonBox(self)
        self.save_next = QPushButton(self.tr("Save and &next"), self)
        self.save_next.setAccessibleName(self.tr("Save and next"))
        self.save_next.setDefault(True)
        buttons.addButton(self.save_next, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_close = QPushButton(self.tr("&Save and close"), self)
        self.save_close.setAccessibleName(self.tr("Save and close"))
        buttons.addButton(self.save_close, QDialogButtonBox.ButtonRole.AcceptRole)
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close"))
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_next.clicked.connect(lambda: self.save(next_one=True))
        self.save_close.clicked.connect(self.accept)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.pair.currentIndexChanged.connect(self._on_pair)
        if pair_id is not None and self.pair.findData(pair_id) >= 0:
            self.pair.setCurrentIndex(self.pair.findData(pair_id))
        self._on_pair()

    # -- the pair chosen ----------------------------------------------------------------------

    def _choice(self) -> PairChoice | None:
        pair_id = self.pair.currentData()
        return next((p for p in self._pairs if p.id == pair_id), None)

    def _on_pair(self, _index: int = 0) -> None:
        choice = self._choice()
        chosen = self.respondent.currentData()
        self.respondent.clear()
        if choice is None:
            return
        self.respondent.addItem(
            self.tr("{name} (mentor)").format(name=choice.mentor_name), Speaker.MENTOR
        )
        self.respondent.addItem(
            self.tr("{name} (mentee)").format(name=choice.mentee_name), Speaker.MENTEE
        )
        if chosen is not None:
            self.respondent.setCurrentIndex(max(0, self.respondent.findData(chosen)))
        due = self._service.due_checkins(self._today).get(choice.id)
        if due is not None:
            self.checkin.setCurrentIndex(self.checkin.findData(due.checkin))

    def _checkin(self) -> CheckinRound | None:
        value = self.checkin.currentData()  # a StrEnum comes back from Qt as its text
        return CheckinRound(value) if value else None

    # -- saving ---------------------------------------------------------------------------------

    def save(self, next_one: bool = False) -> FeedbackRecord | None:
        """Record the answer shown; with ``next_one``, get ready for the other member of the
        pair. None (and the problems said beside their fields) when refused."""
        for row in self._rows.values():
            row.error.clear_error()
        choice = self._choice()
        try:
            problems = self.date.errors("answered_on")
            if problems:
                raise ValidationError(problems)
            if choice is None:
                raise ValidationError([FieldError("pair_id", "required")])
            record = self._service.record(
                FeedbackInput(
                    pair_id=choice.id,
                    respondent=Speaker(self.respondent.currentData()),
                    answered_on=self.date.day(),
                    scores={key: row.value() for key, row in self.scores.items()},
                    checkin=self._checkin(),
                    comment=self.comment.toPlainText(),
                ),
                today=self._today,
            )
        except ValidationError as exc:
            for error in exc.errors:
                (self._rows.get(error.field) or self._rows["pair_id"]).error.show_error(
                    field_error(error)
                )
            return None
        self.saved.append(record)
        name = self.respondent.currentText()
        self.last_notice = elided_format(self.tr("Answers of {name} recorded."), name=name)
        tell(self.parentWidget(), self.last_notice)
        if next_one:
            for score in self.scores.values():
                score.set_value(None)
            self.comment.clear()
            other = Speaker.MENTEE if record.respondent is Speaker.MENTOR else Speaker.MENTOR
            self.respondent.setCurrentIndex(max(0, self.respondent.findData(other)))
            self.scores[QUESTIONS[0]].setFocus()
        return record

    def accept(self) -> None:
        if self.save() is not None:
            super().accept()
