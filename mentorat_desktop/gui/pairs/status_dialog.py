"""The life of a pair: sign the charter (active), pause, resume, end with an evaluation, or
withdraw a proposal that will not start (no evaluation)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mentorat_desktop.core.enums import EndReason, Outcome
from mentorat_desktop.core.errors import ConflictError, FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.services.pairs import PairRecord, PairService
from mentorat_desktop.gui.conflicts import PAIR_FIELDS, ConflictNotice, other_change
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.pairs.commands import ChangePairStatus
from mentorat_desktop.gui.widgets import Button, DateField, FieldWithError, lay_out_form_dialog
from mentorat_desktop.i18n.labels import end_reason_label, outcome_label
from mentorat_desktop.i18n.messages import field_error


class Step(StrEnum):
    ACTIVATE = "activate"
    PAUSE = "pause"
    RESUME = "resume"
    END = "end"
    CANCEL = "cancel"  # withdraw a proposal


class StatusDialog(QDialog):
    def __init__(
        self,
        pairs: PairService,
        pair: PairRecord,
        step: Step,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._pairs = pairs
        self._undo = undo_stack  # the change, once made, can be undone (Ctrl+Z)
        self._pair = pair
        self._step = step
        titles = {
            Step.ACTIVATE: self.tr("Start the pair"),
            Step.PAUSE: self.tr("Pause the pair"),
            Step.RESUME: self.tr("Resume the pair"),
            Step.END: self.tr("End the pair"),
            Step.CANCEL: self.tr("Withdraw the proposal"),
        }
        self.setWindowTitle(titles[step])
        self.setAccessibleName(self.windowTitle())
        self._rows: dict[str, FieldWithError] = {}
        form = QFormLayout()
        form.addRow(QLabel(f"<b>{pair.mentor_name}</b> &amp; <b>{pair.mentee_name}</b>", self))
        if step == Step.CANCEL:
            explanation = QLabel(
                self.tr(
                    "The pair never started: no evaluation is asked. It leaves the current "
                    "pairs and both members are free for another pair."
                ),
                self,
            )
            explanation.setWordWrap(True)
            form.addRow(explanation)

        def add(name: str, label: str, widget: QWidget) -> None:
            widget.setAccessibleName(label)
            row = FieldWithError(widget, self)
            caption = QLabel(self.tr("{label}:").format(label=label), self)
            caption.setBuddy(widget)
            form.addRow(caption, row)
            self._rows[name] = row

        self.date = DateField(parent=self)
        self.date.setMaximumDate(QDate.currentDate())
        date_label = self.tr("Charter signed on") if step == Step.ACTIVATE else self.tr("Date")
        add("effective_on", date_label, self.date)
        # Each step asks for its own fields only; the others stay unparented and unseen.
        self.note = QLineEdit()
        self.override = QLineEdit()
        self.reason = QComboBox()
        self.outcome = QComboBox()
        self.mentor_learned = QPlainTextEdit()
        self.mentee_learned = QPlainTextEdit()
        self.comment = QPlainTextEdit()
        self._loose = [
            self.note,
            self.override,
            self.reason,
            self.outcome,
            self.mentor_learned,
            self.mentee_learned,
            self.comment,
        ]
        if step == Step.ACTIVATE:
            self.override.setPlaceholderText(
                self.tr("Only if a member already holds as many pairs as they agreed to")
            )
            add(
                "capacity_override_reason",
                self.tr("Why accept one more pair than agreed"),
                self.override,
            )
        elif step in (Step.PAUSE, Step.RESUME, Step.CANCEL):
            add("note", self.tr("Note"), self.note)
        if step == Step.END:
            # Nothing chosen at first: the coordinator picks the reason (required) and, if
            # they can, the evaluation.
            for reason in EndReason:
                self.reason.addItem(end_reason_label(reason), reason)
            self.reason.setPlaceholderText(self.tr("Choose…"))
            self.reason.setCurrentIndex(-1)
            add("end_reason", self.tr("Reason"), self.reason)
            self.outcome.addItem(self.tr("Not assessed"), None)
            for outcome in Outcome:
                self.outcome.addItem(outcome_label(outcome), outcome)
            self.outcome.setPlaceholderText(self.tr("Choose…"))
            self.outcome.setCurrentIndex(-1)
            add("outcome", self.tr("Objectives reached"), self.outcome)
            for edit in (self.mentor_learned, self.mentee_learned, self.comment):
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(edit.fontMetrics().height() * 4)
            add("mentor_learned", self.tr("What the mentor learned"), self.mentor_learned)
            add("mentee_learned", self.tr("What the mentee learned"), self.mentee_learned)
            add("closing_comment", self.tr("Comment"), self.comment)
        # Another coordinator's change, when the step is refused because of it.
        self.conflict = ConflictNotice(self)
        self.conflict.reload_button.clicked.connect(self._reload)
        self._fresh: PairRecord | None = None
        form.addRow(self.conflict)
        lay_out_form_dialog(self, form, Button.Ok)
        if step == Step.CANCEL:
            box = self.findChild(QDialogButtonBox)
            if box is not None:
                confirm = box.button(Button.Ok)
                confirm.setText(self.tr("Withdraw the proposal"))
                confirm.setAccessibleName(confirm.text())
        # Wide enough for the title (a window manager cuts a title wider than its window).
        title_width = self.fontMetrics().horizontalAdvance(self.windowTitle())
        self.setMinimumWidth(max(self.minimumWidth(), title_width + 160))

    def _show_errors(self, errors: list[FieldError]) -> None:
        for row in self._rows.values():
            row.error.clear_error()
        for error in errors:
            row = self._rows.get(error.field) or self._rows["effective_on"]
            if (error.field, error.code) == ("end_reason", "required"):
                row.error.show_error(self.tr("Choose a reason."))
            else:
                row.error.show_error(field_error(error))

    def accept(self) -> None:
        problems = self.date.errors("effective_on")
        if self._step == Step.END and self.reason.currentData() is None:
            problems.append(FieldError("end_reason", "required"))
        if problems:
            self._show_errors(problems)
            return
        on = self.date.day()
        pair_id = self._pair.id
        note = self.note.text().strip() or None if self._step != Step.END else None
        override = self.override.text().strip() or None if self._step == Step.ACTIVATE else None
        end = {}
        if self._step == Step.END:
            end = {
                "reason": self.reason.currentData(),
                "outcome": self.outcome.currentData(),
                "mentor_learned": self.mentor_learned.toPlainText().strip() or None,
                "mentee_learned": self.mentee_learned.toPlainText().strip() or None,
                "comment": self.comment.toPlainText().strip() or None,
            }
        pairs, step = self._pairs, self._step

        def change(version: int | None = None) -> object:
            """The step; ``version``: the pair as this dialog read it (none when redone)."""
            if step == Step.ACTIVATE:
                return pairs.activate(
                    pair_id, on, override_reason=override, expected_version=version
                )
            if step == Step.PAUSE:
                return pairs.pause(pair_id, on, note=note, expected_version=version)
            if step == Step.RESUME:
                return pairs.resume(pair_id, on, note=note, expected_version=version)
            if step == Step.CANCEL:
                return pairs.cancel_proposal(pair_id, on, note=note, expected_version=version)
            return pairs.end(pair_id, on, **end, expected_version=version)

        before = self._pairs.get(pair_id)
        try:
            change(self._pair.row_version)
        except ConflictError as exc:
            self._show_conflict(exc)
            return
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        names = {"mentor": self._pair.mentor_name, "mentee": self._pair.mentee_name}
        done = {
            Step.ACTIVATE: self.tr("The pair {mentor} and {mentee} has started."),
            Step.PAUSE: self.tr("The pair {mentor} and {mentee} is paused."),
            Step.RESUME: self.tr("The pair {mentor} and {mentee} has resumed."),
            Step.END: self.tr("The pair {mentor} and {mentee} has ended."),
            Step.CANCEL: self.tr("The proposal {mentor} and {mentee} was withdrawn."),
        }
        text = done[self._step].format(**names)
        # What Edit → Undo names ("Annulé : la mise en pause du binôme …").
        undo_text = {
            Step.ACTIVATE: self.tr("the start of the pair {mentor} and {mentee}"),
            Step.PAUSE: self.tr("the pause of the pair {mentor} and {mentee}"),
            Step.RESUME: self.tr("the resumption of the pair {mentor} and {mentee}"),
            Step.END: self.tr("the end of the pair {mentor} and {mentee}"),
            Step.CANCEL: self.tr("the withdrawal of the proposal {mentor} and {mentee}"),
        }[self._step].format(**names)
        if self._undo is not None:
            parent = self.parentWidget()
            self._undo.push(
                ChangePairStatus(
                    self._pairs,
                    before,
                    change,
                    undo_text,
                    lambda said: tell(parent, said),
                )
            )
            text += " " + self.tr("(Ctrl+Z to undo)")
        tell(self.parentWidget(), text)
        super().accept()

    # -- another coordinator's change --------------------------------------------------------
    def _show_conflict(self, error: ConflictError) -> None:
        """The step was refused: another coordinator changed the pair since the dialog read
        it. Say who and when, show their change, offer to reload with it."""
        try:
            self._fresh = self._pairs.get(self._pair.id)
        except NotFoundError:
            self._fresh = None
        change = [] if self._fresh is None else other_change(self._pair, self._fresh, PAIR_FIELDS)
        self.conflict.show_conflict(error, change)
        self.conflict.reload_button.setEnabled(self._fresh is not None)

    def _reload(self) -> None:
        """Take the pair as it is now: the step is then checked against it."""
        if self._fresh is not None:
            self._pair, self._fresh = self._fresh, None
            self.conflict.reloaded()
