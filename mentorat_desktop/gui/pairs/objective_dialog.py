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
from mentorat_desktop.core.errors import ConflictError, ValidationError
from mentorat_desktop.core.services.pairs import ObjectiveInput, ObjectiveRecord, PairService
from mentorat_desktop.gui.conflicts import ConflictNotice, ReadRecord
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.widgets import (
    FieldWithError,
    OptionalDate,
    fit_placeholder,
    lay_out_form_dialog,
)
from mentorat_desktop.i18n.labels import direction_label, objective_status_label
from mentorat_desktop.i18n.messages import field_error

# The fields of an objective the form shows, in its order.
OBJECTIVE_FIELDS = ("text", "indicator", "target_date", "direction", "status")


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
        self.saved: ObjectiveRecord | None = None  # the objective once saved
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
        # Another coordinator's change, when saving is refused because of it.
        self.conflict = ConflictNotice(self)
        self._read = ReadRecord(
            self.conflict,
            objective,  # the record read; after a reload, theirs
            lambda o: pairs.get_objective(o.id),
            self._fill,
            OBJECTIVE_FIELDS,
            {"text": self.tr("Objective"), "direction": self.tr("Who passes it on")},
        )
        form.addRow(self.conflict)
        lay_out_form_dialog(self, form)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        if objective is not None:
            self._fill(objective, OBJECTIVE_FIELDS)

    def _fill(self, objective: ObjectiveRecord, names: tuple[str, ...]) -> None:
        """The fields ``names`` as ``objective`` holds them."""
        if "text" in names:
            self.text.setText(objective.text)
        if "indicator" in names:
            self.indicator.setText(objective.indicator or "")
        if "target_date" in names:
            self.target.set_value(objective.target_date)
        if "direction" in names:
            self.direction.setCurrentIndex(self.direction.findData(objective.direction))
        if "status" in names:
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
            if self._read.record is None:
                self.saved = self._pairs.add_objective(self._pair_id, data)
                said = self.tr("Objective added: {text}").format(text=data.text)
            else:
                self.saved = self._pairs.update_objective(
                    self._read.record.id, data, expected_version=self._read.record.row_version
                )
                said = self.tr("Objective saved: {text}").format(text=data.text)
        except ConflictError as exc:
            self._read.refused(exc)
            return
        except ValidationError as exc:
            for error in exc.errors:
                self._rows.get(error.field, self._rows["text"]).error.show_error(field_error(error))
            return
        tell(self.parentWidget(), said)
        super().accept()
