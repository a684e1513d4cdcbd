"""Add or change one objective of a cohort, with its success indicator and its target."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from mentorat_desktop.core.errors import ConflictError, ValidationError
from mentorat_desktop.core.services.cohorts import (
    TARGET_MAX,
    CohortObjectiveRecord,
    CohortService,
)
from mentorat_desktop.gui.conflicts import ConflictNotice, ReadRecord
from mentorat_desktop.gui.widgets import FieldWithError, fit_placeholder, lay_out_form_dialog
from mentorat_desktop.i18n.messages import field_error

# The fields of a cohort's objective the form shows, in its order.
COHORT_OBJECTIVE_FIELDS = ("text", "indicator", "target")


class CohortObjectiveDialog(QDialog):
    """``objective`` None: a new objective of cohort ``cohort_id``."""

    def __init__(
        self,
        cohorts: CohortService,
        cohort_id: int,
        objective: CohortObjectiveRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._cohorts = cohorts
        self._cohort_id = cohort_id
        self.saved: CohortObjectiveRecord | None = None
        self.setWindowTitle(self.tr("Objective of the cohort"))
        self.setAccessibleName(self.windowTitle())
        self._rows: dict[str, FieldWithError] = {}
        form = QFormLayout()

        def add(name: str, label: str, widget: QLineEdit, placeholder: str) -> None:
            widget.setAccessibleName(label)
            widget.setPlaceholderText(placeholder)
            fit_placeholder(widget)
            row = FieldWithError(widget, self)
            caption = QLabel(self.tr("{label}:").format(label=label), self)
            caption.setBuddy(widget)
            form.addRow(caption, row)
            self._rows[name] = row

        self.text = QLineEdit(self)
        add(
            "text",
            self.tr("Objective"),
            self.text,
            self.tr("e.g. Every senior makes a video call on their own"),
        )
        self.indicator = QLineEdit(self)
        add(
            "indicator",
            self.tr("Success indicator"),
            self.indicator,
            self.tr("How will the program know it is reached?"),
        )
        self.target = QLineEdit(self)
        self.target.setMaxLength(TARGET_MAX)
        add("target", self.tr("Target"), self.target, self.tr("e.g. 8 pairs out of 10"))
        # Another coordinator's change, when saving is refused because of it.
        self.conflict = ConflictNotice(self)
        self._read = ReadRecord(
            self.conflict,
            objective,  # the record read; after a reload, theirs
            lambda o: cohorts.get_objective(o.id),
            self._fill,
            COHORT_OBJECTIVE_FIELDS,
            {"text": self.tr("Objective")},
        )
        form.addRow(self.conflict)
        lay_out_form_dialog(self, form)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        if objective is not None:
            self._fill(objective, COHORT_OBJECTIVE_FIELDS)

    def _fill(self, objective: CohortObjectiveRecord, names: tuple[str, ...]) -> None:
        """The fields ``names`` as ``objective`` holds them."""
        if "text" in names:
            self.text.setText(objective.text)
        if "indicator" in names:
            self.indicator.setText(objective.indicator or "")
        if "target" in names:
            self.target.setText(objective.target or "")

    def accept(self) -> None:
        for row in self._rows.values():
            row.error.clear_error()
        text = self.text.text().strip()
        indicator = self.indicator.text().strip() or None
        target = self.target.text().strip() or None
        try:
            if self._read.record is None:
                self.saved = self._cohorts.add_objective(self._cohort_id, text, indicator, target)
            else:
                self.saved = self._cohorts.update_objective(
                    self._read.record.id,
                    text,
                    indicator,
                    target,
                    expected_version=self._read.record.row_version,
                )
        except ConflictError as exc:
            self._read.refused(exc)
            return
        except ValidationError as exc:
            for error in exc.errors:
                self._rows.get(error.field, self._rows["text"]).error.show_error(field_error(error))
            return
        super().accept()
