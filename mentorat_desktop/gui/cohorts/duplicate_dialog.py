"""Duplicate a cohort for next year: asks the new name, proposes this one's a year on."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.services.cohorts import NAME_MAX, CohortRecord, CohortService
from mentorat_desktop.gui.cohorts.naming import next_year_name
from mentorat_desktop.gui.widgets import Button, FieldWithError, lay_out_form_dialog
from mentorat_desktop.i18n.messages import field_error


class DuplicateCohortDialog(QDialog):
    """``saved`` holds the new cohort once made."""

    def __init__(
        self, cohorts: CohortService, cohort: CohortRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._cohorts = cohorts
        self._cohort = cohort
        self.saved: CohortRecord | None = None
        self.setWindowTitle(self.tr("Duplicate for next year"))
        self.setAccessibleName(self.windowTitle())
        form = QFormLayout()
        explanation = QLabel(
            self.tr(
                "A new cohort with the objectives of “{name}”, its dates a year later. "
                "Its pairs stay where they are."
            ).format(name=cohort.name),
            self,
        )
        explanation.setWordWrap(True)
        form.addRow(explanation)
        self.name = QLineEdit(next_year_name(cohort.name, cohort.start_date), self)
        self.name.setMaxLength(NAME_MAX)
        self.name.setAccessibleName(self.tr("Name of the new cohort"))
        self.name.selectAll()
        self.row = FieldWithError(self.name, self)
        caption = QLabel(self.tr("{label}:").format(label=self.tr("Name of the new cohort")), self)
        caption.setBuddy(self.name)
        form.addRow(caption, self.row)
        lay_out_form_dialog(self, form, Button.Ok)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def accept(self) -> None:
        self.row.error.clear_error()
        try:
            self.saved = self._cohorts.duplicate(self._cohort.id, self.name.text().strip())
        except ValidationError as exc:
            self.row.error.show_error("\n".join(field_error(e) for e in exc.errors))
            return
        super().accept()
