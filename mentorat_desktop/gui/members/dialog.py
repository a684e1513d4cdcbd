"""Add or edit a member, with each refusal shown beside its field."""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.enums import Mode, Role, generation_of
from mentorat_desktop.core.errors import (
    ConflictError,
    FieldError,
    NotFoundError,
    StorageError,
    ValidationError,
)
from mentorat_desktop.core.services.groups import GroupService
from mentorat_desktop.core.services.keep import KEEP
from mentorat_desktop.core.services.members import (
    MemberInput,
    MemberRecord,
    MemberService,
    validate,
)
from mentorat_desktop.core.text import split_list
from mentorat_desktop.gui.conflicts import ConflictNotice, other_change
from mentorat_desktop.gui.groups.field import add_group_field
from mentorat_desktop.gui.widgets import FieldWithError, OptionalDate
from mentorat_desktop.i18n import current_language
from mentorat_desktop.i18n.fields import field_label, privacy_field_label
from mentorat_desktop.i18n.labels import generation_label, mode_label, role_label
from mentorat_desktop.i18n.messages import field_error
from mentorat_desktop.i18n.storage_messages import storage_error

_Field = TypeVar("_Field", bound=QWidget)  # a field given to _add comes back as it was

TEXT_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "city",
    "organisation",
    "department",
    "manager_name",
    "languages",
    "availability",
)
CONSENT_AGREEMENTS = ("consent_keep", "consent_contact", "consent_share")
# What the form edits, and what another coordinator's change may show besides (an archive).
FORM_FIELDS = tuple(f.name for f in dataclasses.fields(MemberInput))
SHOWN_CHANGES = (*FORM_FIELDS, "status")


class MemberDialog(QDialog):
    """The form for one member. ``record`` None means a new member."""

    def __init__(
        self,
        service: MemberService,
        record: MemberRecord | None = None,
        parent: QWidget | None = None,
        groups: GroupService | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._record = record
        self.saved: MemberRecord | None = None
        self.setWindowTitle(
            self.tr("New member")
            if record is None
            else elided_format(self.tr("Edit {name}"), name=record.full_name)
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        self._rows: dict[str, FieldWithError] = {}
        self._tab_of: dict[str, int] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Sections of the form"))
        self._build_identity()
        self._build_program()
        self._build_consent()
        # The member's local group, when the register has groups (a new member: the group
        # shown in the window).
        self.group = add_group_field(
            self._program_form,
            groups,
            (groups.group_of("member", record.id) if record else groups.scope.group_id)
            if groups
            else None,
            self,
        )
        if self.group is not None:
            self._rows["group_id"] = self.group.row
            self._tab_of["group_id"] = self._program_tab
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b00020;")
        self.summary.setAccessibleName(self.tr("Problems to correct"))
        self.summary.hide()
        # Another coordinator's change, when a save is refused because of it.
        self.conflict = ConflictNotice(self)
        self.conflict.reload_button.clicked.connect(self._reload)
        self._fresh: MemberRecord | None = None
        self._typed: MemberInput | None = None
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows to fit errors
        layout.addWidget(self.tabs)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflict)
        layout.addWidget(buttons)
        if record is not None:
            self._load(record)
            if record.is_erased:
                # Nothing personal comes back (the service refuses it too): shown, not edited.
                self.tabs.setEnabled(False)
                self.save_button.setEnabled(False)
                self.summary.setText(field_error(FieldError("member_id", "erased")))
                self.summary.show()
        self._update_generation()
        self.first_name.setFocus()

    # -- building ----------------------------------------------------------------------------
    def _page(self, title: str) -> QFormLayout:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.tabs.addTab(page, title)
        return form

    def _add(
        self,
        form: QFormLayout,
        name: str,
        widget: _Field,
        label: str | None = None,
        caption: str | None = None,
    ) -> _Field:
        """A field with its error row; ``caption`` (default: the label) shows before it,
        "" for none (a row that follows one with the same caption)."""
        text = label or field_label(name)
        widget.setAccessibleName(text)
        row = FieldWithError(widget, self)
        shown = text if caption is None else caption
        title = QLabel(self.tr("{label}:").format(label=shown) if shown else "", self)
        title.setBuddy(widget)
        form.addRow(title, row)
        self._rows[name] = row
        self._tab_of[name] = self.tabs.count() - 1
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text, row=row: self._corrected(row))
        return widget

    def _corrected(self, row: FieldWithError) -> None:
        """The red line under the form goes once no field is marked any more (the row has
        cleared its own error: FieldWithError), else it would still say nothing was saved."""
        if all(r.error.isHidden() for r in self._rows.values()):
            self.summary.hide()

    def _line(self, form: QFormLayout, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        self._add(form, name, edit)
        return edit

    def _build_identity(self) -> None:
        form = self._page(self.tr("Identity"))
        self.first_name = self._line(form, "first_name")
        self.last_name = self._line(form, "last_name")
        self.birth_year = self._line(form, "birth_year", self.tr("e.g. 1962"))
        self.birth_year.setMaxLength(4)
        self.generation = QLabel(self)
        self.generation.setAccessibleName(self.tr("Generation"))
        form.addRow(self.tr("{label}:").format(label=self.tr("Generation")), self.generation)
        self.birth_year.textChanged.connect(self._update_generation)
        self.email = self._line(form, "email", "nom@exemple.org")
        self.phone = self._line(form, "phone")
        self.city = self._line(form, "city")
        self.organisation = self._line(form, "organisation")
        self.department = self._line(form, "department")
        self.manager_name = self._line(form, "manager_name")
        self.years_experience = self._line(form, "years_experience")
        self.languages = self._line(form, "languages", self.tr("e.g. French, English"))

    def _build_program(self) -> None:
        form = self._page(self.tr("Program"))
        self._program_form = form
        self._program_tab = self.tabs.count() - 1
        self.role = QComboBox(self)
        for role in (Role.MENTOR, Role.MENTEE, Role.EITHER):
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(self.role.findData(Role.EITHER))
        self._add(form, "role", self.role)
        hint = self.tr("Separate them with commas")
        self.skills_offered = self._line(form, "skills_offered", hint)
        self.skills_wanted = self._line(form, "skills_wanted", hint)
        self.availability = self._line(form, "availability", self.tr("e.g. Tuesday evening"))
        self.preferred_mode = QComboBox(self)
        for mode in (Mode.ANY, Mode.IN_PERSON, Mode.VIDEO, Mode.PHONE):
            self.preferred_mode.addItem(mode_label(mode), mode)
        self._add(form, "preferred_mode", self.preferred_mode)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 10)
        self.capacity.setValue(1)
        self._add(form, "capacity", self.capacity)
        self.mentor_training_on = OptionalDate(
            self.tr("Done on"), field_label("mentor_training_on"), self
        )
        self._add(form, "mentor_training_on", self.mentor_training_on)

    def _build_consent(self) -> None:
        form = self._page(self.tr("Consent and notes"))
        group = QGroupBox(self.tr("Consent"), self)
        consent = QFormLayout(group)
        consent.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        consent.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for name in CONSENT_AGREEMENTS:
            box = QCheckBox(privacy_field_label(name), self)
            box.setAccessibleName(privacy_field_label(name))
            row = FieldWithError(box, self)
            consent.addRow(row)
            self._rows[name] = row
            self._tab_of[name] = self.tabs.count() - 1
            setattr(self, name, box)
        self.consent_how = QComboBox(self)
        self.consent_how.setEditable(True)
        self.consent_how.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.consent_how.addItems(self.consent_ways())
        self.consent_how.setCurrentIndex(-1)
        editor = self.consent_how.lineEdit()
        assert editor is not None  # an editable combo box has its line edit
        editor.setPlaceholderText(self.tr("Choose or type how"))
        editor.setMaxLength(60)
        self.consent_how.setMinimumContentsLength(24)
        self.consent_how.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._add(consent, "consent_how", self.consent_how, privacy_field_label("consent_how"))
        # "Dates: [x] Given on [date] / [ ] Withdrawn on [date]"; the check boxes are named
        # in full for screen readers ("Consent given on").
        self.consent_on = OptionalDate(self.tr("Given on"), privacy_field_label("consent_on"), self)
        self._add(
            consent,
            "consent_on",
            self.consent_on,
            privacy_field_label("consent_on"),
            caption=self.tr("Dates"),
        )
        self.consent_withdrawn_on = OptionalDate(
            self.tr("Withdrawn on"), privacy_field_label("consent_withdrawn_on"), self
        )
        self._add(
            consent,
            "consent_withdrawn_on",
            self.consent_withdrawn_on,
            privacy_field_label("consent_withdrawn_on"),
            caption="",
        )
        # The two dates one under the other, whatever the length of "given on" and
        # "withdrawn on" in the language.
        checks = (self.consent_on.check, self.consent_withdrawn_on.check)
        widest = max(check.sizeHint().width() for check in checks)
        for check in checks:
            check.setMinimumWidth(widest)
        self.withdrawal_note = QLabel(
            self.tr(
                "A withdrawal ends every agreement above. To record a new consent later, "
                "untick the withdrawal and enter the new date."
            ),
            self,
        )
        self.withdrawal_note.setWordWrap(True)
        self.withdrawal_note.setAccessibleName(self.tr("About a withdrawal"))
        consent.addRow(self.withdrawal_note)
        self.consent_withdrawn_on.check.toggled.connect(self._withdrawal_toggled)
        form.addRow(group)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self._add(form, "notes", self.notes)

    def consent_ways(self) -> list[str]:
        """The usual ways of giving consent, offered in the list (anything else may be
        typed). Kept as typed, in the language of the form."""
        return [
            self.tr("paper form"),
            self.tr("e-mail"),
            self.tr("orally"),
            self.tr("online form"),
        ]

    def _withdrawal_toggled(self, withdrawn: bool) -> None:
        # A withdrawal is of the whole consent (MemberInput.cleaned): show it as saved.
        for name in CONSENT_AGREEMENTS:
            box: QCheckBox = getattr(self, name)
            if withdrawn:
                box.setChecked(False)
            box.setEnabled(not withdrawn)

    # -- values ------------------------------------------------------------------------------
    def _load(self, r: MemberRecord) -> None:
        for name in TEXT_FIELDS:
            getattr(self, name).setText(getattr(r, name) or "")
        self.birth_year.setText("" if r.birth_year is None else str(r.birth_year))
        self.years_experience.setText("" if r.years_experience is None else str(r.years_experience))
        self.role.setCurrentIndex(self.role.findData(r.role))
        self.preferred_mode.setCurrentIndex(self.preferred_mode.findData(r.preferred_mode))
        self.capacity.setValue(r.capacity)
        self.skills_offered.setText(", ".join(r.skills_offered))
        self.skills_wanted.setText(", ".join(r.skills_wanted))
        self.mentor_training_on.set_value(r.mentor_training_on)
        self.consent_on.set_value(r.consent_on)
        self.consent_withdrawn_on.set_value(r.consent_withdrawn_on)
        for name in CONSENT_AGREEMENTS:
            getattr(self, name).setChecked(getattr(r, name))
        self.consent_how.setCurrentIndex(self.consent_how.findText(r.consent_how or ""))
        self.consent_how.setEditText(r.consent_how or "")
        editor = self.consent_how.lineEdit()
        if editor is not None:  # always: the box is editable
            editor.setCursorPosition(0)
        self.notes.setPlainText(r.notes or "")

    def _update_generation(self) -> None:
        text = self.birth_year.text().strip()
        year = int(text) if text.isdigit() and len(text) == 4 else None
        self.generation.setText(generation_label(generation_of(year)) if year else "—")

    def _int(self, name: str, errors: list[FieldError], code: str) -> int | None:
        text = getattr(self, name).text().strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            errors.append(FieldError(name, code, {"value": text}))
            return None

    def collect(self) -> tuple[MemberInput, list[FieldError]]:
        """What the form holds, and the problems found before asking the service."""
        errors: list[FieldError] = []
        data = MemberInput(
            **{name: getattr(self, name).text() for name in TEXT_FIELDS},
            birth_year=self._int("birth_year", errors, "year_unreadable"),
            years_experience=self._int("years_experience", errors, "number_unreadable"),
            role=self.role.currentData(),
            preferred_mode=self.preferred_mode.currentData(),
            capacity=self.capacity.value(),
            mentor_training_on=self.mentor_training_on.checked_value("mentor_training_on", errors),
            consent_on=self.consent_on.checked_value("consent_on", errors),
            consent_withdrawn_on=self.consent_withdrawn_on.checked_value(
                "consent_withdrawn_on", errors
            ),
            consent_how=self.consent_how.currentText(),
            **{name: getattr(self, name).isChecked() for name in CONSENT_AGREEMENTS},
            notes=self.notes.toPlainText(),
            skills_offered=split_list(self.skills_offered.text()),
            skills_wanted=split_list(self.skills_wanted.text()),
        )
        return data, errors

    def show_errors(self, errors: list[FieldError]) -> None:
        for row in self._rows.values():
            row.error.clear_error()
        for error in errors:
            shown = self._rows.get(error.field)
            if shown is not None:
                shown.error.show_error(field_error(error))
        if errors:
            first = errors[0].field
            if first in self._tab_of:
                self.tabs.setCurrentIndex(self._tab_of[first])
                self._rows[first].field.setFocus(Qt.FocusReason.OtherFocusReason)
            # A refusal that is about no field of the form (an erased member) is said here.
            elsewhere = [field_error(e) for e in errors if e.field not in self._rows]
            if len(elsewhere) == len(errors):
                self.summary.setText(" ".join(dict.fromkeys(elsewhere)))
            else:
                self.summary.setText(
                    self.tr("Nothing was saved: correct the fields marked in red.")
                )
            self.summary.show()
        else:
            self.summary.hide()

    def accept(self) -> None:
        data, errors = self.collect()
        if errors:
            # Show every problem at once: the unreadable fields and what the rules refuse.
            seen = {e.field for e in errors}
            errors += [e for e in validate(data.cleaned()) if e.field not in seen]
            self.show_errors(errors)
            return
        try:
            if self._record is None:
                group = self.group.chosen() if self.group is not None else None
                self.saved = self._service.add(data, group_id=group)
            else:
                # the group too, when it was changed: one save, one transaction
                moved = self.group is not None and self.group.changed
                self.saved = self._service.update(
                    self._record.id,
                    data,
                    expected_version=self._record.row_version,
                    group_id=self.group.chosen() if self.group is not None and moved else KEEP,
                )
        except ConflictError as exc:
            self._show_conflict(exc, data)
            return
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except StorageError as exc:
            # Locked, full or failing disk: say so here, keep what was typed.
            self.summary.setText(storage_error(exc, current_language()))
            self.summary.show()
            return
        super().accept()

    # -- another coordinator's change --------------------------------------------------------
    def _show_conflict(self, error: ConflictError, typed: MemberInput) -> None:
        """Saving was refused: another coordinator changed the member since the form was
        read. Say who and when, show their change, offer to reload with it."""
        assert self._record is not None
        self.summary.hide()
        try:
            fresh = self._service.get(self._record.id)
        except (NotFoundError, StorageError):
            fresh = None
        self._fresh, self._typed = fresh, typed
        change = [] if fresh is None else other_change(self._record, fresh, SHOWN_CHANGES)
        self.conflict.show_conflict(error, change)
        self.conflict.reload_button.setEnabled(fresh is not None)

    def _reload(self) -> None:
        """The form with the other coordinator's change, and what was typed here in the fields
        they did not change; the next save is made from their version."""
        if self._record is None or self._fresh is None or self._typed is None:
            return
        before, fresh = self._record, self._fresh
        typed = self._typed.cleaned()
        values = {}
        for name in FORM_FIELDS:
            mine = getattr(typed, name)
            if isinstance(mine, list):
                mine = tuple(mine)
            theirs_changed = getattr(fresh, name) != getattr(before, name)
            if not theirs_changed and mine != getattr(before, name):
                values[name] = mine
        self._record = fresh
        self._load(dataclasses.replace(fresh, **values))
        self._fresh = self._typed = None
        self.conflict.reloaded()
