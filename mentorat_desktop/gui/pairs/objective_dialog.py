"""Add or change one objective of a pair, with its success indicator."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from mentorat_desktop.core.enums import Direction, ObjectiveStatus
from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.services.pairs import ObjectiveInput, ObjectiveRecord, PairService
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.widgets import (
    FieldWithError,
    OptionalDate,
    fit_placeholder,
    lay_out_form_dialog,
)
from mentorat_desktop.i18n.labels import direction_label, objective_status_label
from mentorat_desktop.i18n.messages import field_error


class ObjectiveDialog(QDialog):
    def __init__(
        self,
        pairs: PairService,
        pair_id: int,
        objective: ObjectiveRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pairs = pairs
        self._pair_id = pair_id
        self._objective = objective
        self.setWindowTitle(self.tr("Objective"))
        self.setAccessibleName(self.windowTitle())
        self._rows: dict[str, FieldWithError] = {}
        form = QFormLayout()

        def add(name: str, label: str, widget: QWidget) -> None:
            widget.setAccessibleName(label)
            row = FieldWithError(widget, self)
            caption = QLabel(self.tr("{label}:").format(label=label), self)
            caption.setBuddy(widget)
            form.addRow(caption, row)
            self._rows[name] = row

        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("e.g. Hold a video call with the family alone"))
        fit_placeholder(self.text)
        add("text", self.tr("Objective"), self.text)
        self.indicator = QLineEdit(self)
        self.indicator.setPlaceholderText(self.tr("How will you both know it is reached?"))
        fit_placeholder(self.indicator)
        add("indicator", self.tr("Success indicator"), self.indicator)
        self.target = OptionalDate(self.tr("Set"), self.tr("Target date"), self)
        self.target.date.setMaximumDate(QDate(2100, 12, 31))
        self.target.date.setDate(QDate.currentDate().addMonths(3))
        add("target_date", self.tr("Target date"), self.target)
        self.direction = QComboBox(self)
        for direction in Direction:
            self.direction.addItem(direction_label(direction), direction)
        add("direction", self.tr("Who passes it on"), self.direction)
        self.status = QComboBox(self)
        for status in ObjectiveStatus:
            self.status.addItem(objective_status_label(status), status)
        add("status", self.tr("Status"), self.status)
        lay_out_form_dialog(self, form)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        if objective is not None:
            self.text.setText(objective.text)
            self.indicator.setText(objective.indicator or "")
            self.target.set_value(objective.target_date)
            self.direction.setCurrentIndex(self.direction.findData(objective.direction))
            self.status.setCurrentIndex(self.status.findData(objective.status))

    def accept(self) -> None:
        for row in self._rows.values():
            row.error.clear_error()
        try:
            # A date typed that cannot be read is refused beside its field, never guessed.
            problems = self.target.errors("target_date")
            if problems:
                raise ValidationError(problems)
            data = ObjectiveInput(
                text=self.text.text().strip(),
                indicator=self.indicator.text().strip() or None,
                target_date=self.target.value(),
                status=self.status.currentData(),
                direction=self.direction.currentData(),
            )
            if self._objective is None:
                self._pairs.add_objective(self._pair_id, data)
                said = self.tr("Objective added: {text}").format(text=data.text)
            else:
                self._pairs.update_objective(self._objective.id, data)
                said = self.tr("Objective saved: {text}").format(text=data.text)
        except ValidationError as exc:
            for error in exc.errors:
                self._rows.get(error.field, self._rows["text"]).error.show_error(field_error(error))
            return
        tell(self.parentWidget(), said)
        super().accept()
