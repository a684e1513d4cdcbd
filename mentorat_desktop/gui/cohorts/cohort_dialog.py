"""Create a cohort, or change its name, dates and description."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from mentorat_desktop.core.errors import ConflictError, FieldError, ValidationError
from mentorat_desktop.core.services.cohorts import NAME_MAX, CohortRecord, CohortService
from mentorat_desktop.core.services.groups import GroupService
from mentorat_desktop.core.services.keep import KEEP
from mentorat_desktop.gui.conflicts import ConflictNotice, ReadRecord
from mentorat_desktop.gui.groups.field import add_group_field
from mentorat_desktop.gui.widgets import (
    FieldWithError,
    OptionalDate,
    fit_placeholder,
    lay_out_form_dialog,
)
from mentorat_desktop.i18n.messages import field_error

# What the form edits of a cohort.
COHORT_FIELDS = ("name", "start_date", "end_date", "description")


class CohortDialog(QDialog):
    """``cohort`` None: a new cohort. ``saved`` holds the cohort once saved."""

    def __init__(
        self,
        cohorts: CohortService,
        cohort: CohortRecord | None = None,
        parent: QWidget | None = None,
        groups: GroupService | None = None,
    ) -> None:
        super().__init__(parent)
        self._cohorts = cohorts
        self.saved: CohortRecord | None = None
        self.setWindowTitle(self.tr("New cohort") if cohort is None else self.tr("Cohort"))
        self.setAccessibleName(self.windowTitle())
        self._rows: dict[str, FieldWithError] = {}
        form = QFormLayout()

        def add(name: str, label: str, widget: QWidget, named: QWidget | None = None) -> None:
            (named or widget).setAccessibleName(label)
            row = FieldWithError(widget, self)
            caption = QLabel(self.tr("{label}:").format(label=label), self)
            caption.setBuddy(named or widget)
            form.addRow(caption, row)
            self._rows[name] = row

        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Spring 2026"))
        fit_placeholder(self.name)
        add("name", self.tr("Name"), self.name)
        self.start = OptionalDate(self.tr("Set"), self.tr("Start"), self)
        self.end = OptionalDate(self.tr("Set"), self.tr("End"), self)
        for field in (self.start, self.end):
            field.date.setMaximumDate(QDate(2100, 12, 31))
        self.start.date.setDate(QDate.currentDate())
        self.end.date.setDate(QDate.currentDate().addMonths(9))
        add("start_date", self.tr("Start"), self.start, self.start.check)
        add("end_date", self.tr("End"), self.end, self.end.check)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)  # Tab leaves the box: keyboard users move on
        self.description.setPlaceholderText(
            self.tr("What the cohort is about, who it gathers, where it meets…")
        )
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        add("description", self.tr("Description"), self.description)
        # Its local group, when the register has groups (a new cohort: the group shown).
        self.group = add_group_field(
            form,
            groups,
            (groups.group_of("cohort", cohort.id) if cohort else groups.scope.group_id)
            if groups
            else None,
            self,
        )
        if self.group is not None:
            self._rows["group_id"] = self.group.row
        # Another coordinator's change, when saving is refused because of it.
        self.conflict = ConflictNotice(self)
        self._read = ReadRecord(
            self.conflict,
            cohort,  # the record read; after a reload, theirs
            lambda c: cohorts.get(c.id),
            self._fill,
            COHORT_FIELDS,
        )
        form.addRow(self.conflict)
        lay_out_form_dialog(self, form)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        if cohort is not None:
            self._fill(cohort, COHORT_FIELDS)

    def _fill(self, cohort: CohortRecord, names: tuple[str, ...]) -> None:
        """The fields ``names`` as ``cohort`` holds them."""
        if "name" in names:
            self.name.setText(cohort.name)
        if "start_date" in names:
            self.start.set_value(cohort.start_date)
        if "end_date" in names:
            self.end.set_value(cohort.end_date)
        if "description" in names:
            self.description.setPlainText(cohort.description or "")

    def _show_errors(self, errors: list[FieldError]) -> None:
        for error in errors:
            self._rows.get(error.field, self._rows["name"]).error.show_error(field_error(error))

    def accept(self) -> None:
        for row in self._rows.values():
            row.error.clear_error()
        # A date typed that cannot be read is refused beside its field, never guessed.
        problems = self.start.errors("start_date") + self.end.errors("end_date")
        if problems:
            self._show_errors(problems)
            return
        name = self.name.text().strip()
        description = self.description.toPlainText().strip() or None
        group = self.group.chosen() if self.group is not None else None
        try:
            if self._read.record is None:
                self.saved = self._cohorts.create(
                    name, self.start.value(), self.end.value(), description, group_id=group
                )
            else:
                # the group too, when it was changed: one save, one transaction
                before = self.group.initial if self.group is not None else None
                self.saved = self._cohorts.update(
                    self._read.record.id,
                    name=name,
                    start_date=self.start.value(),
                    end_date=self.end.value(),
                    description=description,
                    expected_version=self._read.record.row_version,
                    group_id=group if self.group is not None and group != before else KEEP,
                )
        except ConflictError as exc:
            self._read.refused(exc)
            return
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        super().accept()
