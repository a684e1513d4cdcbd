"""Form a pair, or change its means: the two members, cohort, dates, place and rhythm."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.enums import Mode, Role
from mentorat_desktop.core.errors import ConflictError, FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.members import MemberService
from mentorat_desktop.core.services.pairs import PairInput, PairRecord, PairService
from mentorat_desktop.gui.conflicts import PAIR_FIELDS, ConflictNotice, other_change
from mentorat_desktop.gui.hours_field import MonthlyHoursBox
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.pairs.member_picker import MemberPicker
from mentorat_desktop.gui.widgets import FieldWithError, OptionalDate, fit_placeholder
from mentorat_desktop.i18n.labels import mode_label
from mentorat_desktop.i18n.messages import field_error, warning_text

# A pair's planned length, from its signing to its planned end (the form's starting value).
PLANNED_MONTHS = 9


class PairDialog(QDialog):
    """``pair`` None: a new pair (proposed, or active when the charter date is given)."""

    def __init__(
        self,
        pairs: PairService,
        members: MemberService,
        cohorts: CohortService,
        default_hours: float,
        pair: PairRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pairs = pairs
        self._pair = pair
        self.saved: PairRecord | None = None
        self.setWindowTitle(self.tr("New pair") if pair is None else self.tr("Means of the pair"))
        self.setAccessibleName(self.windowTitle())
        self._rows: dict[str, FieldWithError] = {}
        form = QFormLayout()

        def add(name: str, label: str, widget: QWidget) -> None:
            if not widget.accessibleName():
                widget.setAccessibleName(label)
            row = FieldWithError(widget, self)
            caption = QLabel(self.tr("{label}:").format(label=label), self)
            caption.setBuddy(widget)
            form.addRow(caption, row)
            self._rows[name] = row

        if pair is None:
            self.mentor = MemberPicker(members, (Role.MENTOR, Role.EITHER), self.tr("Mentor"), self)
            self.mentee = MemberPicker(members, (Role.MENTEE, Role.EITHER), self.tr("Mentee"), self)
            add("mentor_id", self.tr("Mentor (the younger)"), self.mentor)
            add("mentee_id", self.tr("Mentee (the more experienced)"), self.mentee)
            self.mentor.currentIndexChanged.connect(self._update_warnings)
            self.mentee.currentIndexChanged.connect(self._update_warnings)
        else:
            title = QLabel(f"<b>{pair.mentor_name}</b> &amp; <b>{pair.mentee_name}</b>", self)
            form.addRow(title)
        self.cohort = QComboBox(self)
        self.cohort.addItem(self.tr("No cohort"), None)
        # A closed cohort is not offered; the pair's own stays shown, marked closed.
        current = None if pair is None else pair.cohort_id
        for cohort in cohorts.list_cohorts():
            if cohort.closed_on is None:
                self.cohort.addItem(cohort.name, cohort.id)
            elif cohort.id == current:
                self.cohort.addItem(self.tr("{name} (closed)").format(name=cohort.name), cohort.id)
        add("cohort_id", self.tr("Cohort"), self.cohort)
        if pair is None:
            self.signed = OptionalDate(
                self.tr("Signed on"), self.tr("Charter signed (the pair starts)"), self
            )
            add("start_date", self.tr("Charter signed"), self.signed)
        self.planned_end = OptionalDate(self.tr("Set"), self.tr("Planned end"), self)
        self.planned_end.date.setMaximumDate(QDate(2100, 12, 31))
        self.planned_end.date.setDate(QDate.currentDate().addMonths(PLANNED_MONTHS))
        # A new pair's planned end follows its signing date until it is changed by hand.
        self._end_by_hand = False
        self._following = False
        self.planned_end.date.dateChanged.connect(self._end_changed)
        if pair is None:
            self.signed.date.dateChanged.connect(self._follow_signing)
        add("planned_end", self.tr("Planned end"), self.planned_end)
        # Typed as said ("2h30", "2,5"), shown back as "2 h 30 per month".
        self.hours = MonthlyHoursBox(self.tr(" per month"), self)
        self.hours.setValue(default_hours)
        add("monthly_commitment_hours", self.tr("Commitment"), self.hours)
        self.place = QLineEdit(self)
        add("place", self.tr("Place"), self.place)
        self.mode = QComboBox(self)
        for mode in (Mode.ANY, Mode.IN_PERSON, Mode.VIDEO, Mode.PHONE):
            self.mode.addItem(mode_label(mode), mode)
        add("mode", self.tr("Mode"), self.mode)
        self.frequency = QLineEdit(self)
        self.frequency.setPlaceholderText(self.tr("e.g. every other Tuesday, 1 h 30"))
        fit_placeholder(self.frequency)
        add("frequency", self.tr("Frequency"), self.frequency)
        if pair is None:
            self.override = QLineEdit(self)
            self.override.setPlaceholderText(
                self.tr("Only if a member already holds as many pairs as they agreed to")
            )
            add(
                "capacity_override_reason",
                self.tr("Why accept one more pair than agreed"),
                self.override,
            )
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.warnings)
        # Another coordinator's change, when saving is refused because of it.
        self.conflict = ConflictNotice(self)
        self.conflict.reload_button.clicked.connect(self._reload)
        self._fresh: PairRecord | None = None
        self._typed: dict[str, object] = {}
        layout.addWidget(self.conflict)
        layout.addWidget(buttons)
        if pair is not None:
            self._load(pair)

    def _load(self, pair: PairRecord) -> None:
        self.cohort.setCurrentIndex(max(0, self.cohort.findData(pair.cohort_id)))
        self.planned_end.set_value(pair.planned_end)
        self.hours.setValue(pair.monthly_commitment_hours)
        self.place.setText(pair.place or "")
        self.mode.setCurrentIndex(max(0, self.mode.findData(pair.mode)))
        self.frequency.setText(pair.frequency or "")

    def _follow_signing(self, signed: QDate) -> None:
        if self._end_by_hand or not signed.isValid():
            return
        self._following = True
        try:
            self.planned_end.date.setDate(signed.addMonths(PLANNED_MONTHS))
        finally:
            self._following = False

    def _end_changed(self, _day: QDate) -> None:
        if not self._following:
            self._end_by_hand = True

    def preset(self, mentor_id: int, mentee_id: int) -> None:
        """Fill the two members (from a suggestion being edited)."""
        self.mentor.set_member(mentor_id)
        self.mentee.set_member(mentee_id)

    def _update_warnings(self) -> None:
        mentor, mentee = self.mentor.member_id(), self.mentee.member_id()
        if mentor is None or mentee is None or mentor == mentee:
            self.warnings.hide()
            return
        texts = [warning_text(w) for w in self._pairs.warnings_for(mentor, mentee)]
        self.warnings.setText("\n".join("ℹ " + t for t in texts))
        self.warnings.setVisible(bool(texts))

    def _show_errors(self, errors: list[FieldError]) -> None:
        for row in self._rows.values():
            row.error.clear_error()
        for error in errors:
            shown = self._rows.get(error.field)
            if shown is None:
                shown = self._rows.get("mentee_id") or next(iter(self._rows.values()))
            shown.error.show_error(field_error(error))

    def accept(self) -> None:
        # Hours still being typed ("20h30", "45": beyond what the box reads as it goes) are
        # read now, when Return saves without leaving the field.
        self.hours.interpretText()
        try:
            # A date typed that cannot be read is refused beside its field, never guessed.
            problems = self.planned_end.errors("planned_end")
            if self._pair is None:
                problems = self.signed.errors("start_date") + problems
            if problems:
                raise ValidationError(problems)
            if self._pair is None:
                errors = []
                if self.mentor.member_id() is None:
                    errors.append(FieldError("mentor_id", "required"))
                if self.mentee.member_id() is None:
                    errors.append(FieldError("mentee_id", "required"))
                if errors:
                    self._show_errors(errors)
                    return
                self.saved = self._pairs.create(
                    PairInput(
                        mentor_id=self.mentor.member_id() or 0,
                        mentee_id=self.mentee.member_id() or 0,
                        cohort_id=self.cohort.currentData(),
                        start_date=self.signed.value(),
                        planned_end=self.planned_end.value(),
                        monthly_commitment_hours=self.hours.value(),
                        place=self.place.text().strip() or None,
                        mode=self.mode.currentData(),
                        frequency=self.frequency.text().strip() or None,
                        capacity_override_reason=self.override.text().strip() or None,
                    )
                )
            else:
                means = self._means()
                try:
                    self._pairs.update_means(
                        self._pair.id,
                        **means,  # type: ignore[arg-type]
                        expected_version=self._pair.row_version,
                    )
                except ConflictError as exc:
                    self._show_conflict(exc, means)
                    return
                self.saved = self._pairs.get(self._pair.id)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        tell(self.parentWidget(), self._said(self.saved, created=self._pair is None))
        super().accept()

    def _means(self) -> dict[str, object]:
        """The means as the form holds them, named as the pair's fields."""
        return {
            "place": self.place.text().strip() or None,
            "mode": self.mode.currentData(),
            "frequency": self.frequency.text().strip() or None,
            "monthly_commitment_hours": self.hours.value(),
            "planned_end": self.planned_end.value(),
            "cohort_id": self.cohort.currentData(),
        }

    def _show_conflict(self, error: ConflictError, typed: dict[str, object]) -> None:
        """Saving was refused: another coordinator changed the pair since the form was read.
        Say who and when, show their change, offer to reload with it."""
        assert self._pair is not None
        try:
            self._fresh = self._pairs.get(self._pair.id)
        except NotFoundError:
            self._fresh = None
        self._typed = typed
        change = [] if self._fresh is None else other_change(self._pair, self._fresh, PAIR_FIELDS)
        self.conflict.show_conflict(error, change)
        self.conflict.reload_button.setEnabled(self._fresh is not None)

    def _reload(self) -> None:
        """The form with the other coordinator's change, and what was typed here in the fields
        they did not change; the next save is made from their version."""
        if self._pair is None or self._fresh is None:
            return
        before, fresh = self._pair, self._fresh
        self._load(fresh)
        kept = {
            name: value
            for name, value in self._typed.items()
            if getattr(fresh, name) == getattr(before, name) and value != getattr(before, name)
        }
        if kept:
            self._load(dataclasses.replace(fresh, **kept))  # type: ignore[arg-type]
        self._pair, self._fresh = fresh, None
        self.conflict.reloaded()

    def _said(self, pair: PairRecord, created: bool) -> str:
        names = {"mentor": pair.mentor_name, "mentee": pair.mentee_name}
        if not created:
            text = elided_format(self.tr("The means of {mentor} and {mentee} are saved."), **names)
            if self._pair is not None and pair.charter_version != self._pair.charter_version:
                text += " " + self.tr("Their charter is now version {version}.").format(
                    version=pair.charter_version
                )
            return text
        if pair.start_date is not None:
            return self.tr("Pair {mentor} and {mentee} formed, active since its charter.").format(
                **names
            )
        return self.tr("Pair {mentor} and {mentee} proposed.").format(**names)
