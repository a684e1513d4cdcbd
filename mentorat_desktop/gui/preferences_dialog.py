"""Preferences: the association, the coordinator, the commitment, language and paper."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.services.settings import SettingsService
from mentorat_desktop.gui.widgets import FieldWithError
from mentorat_desktop.i18n.messages import field_error, field_label


class PreferencesDialog(QDialog):
    def __init__(self, service: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        current = service.get()
        form = QFormLayout()
        self._rows: dict[str, FieldWithError] = {}

        def add(name: str, label: str, widget: QWidget) -> None:
            widget.setAccessibleName(label)
            row = FieldWithError(widget, self)
            caption = QLabel(self.tr("{label}:").format(label=label), self)
            caption.setBuddy(widget)
            form.addRow(caption, row)
            self._rows[name] = row

        self.association = QLineEdit(current.association_name, self)
        add("association_name", self.tr("Association"), self.association)
        self.coordinator = QLineEdit(current.coordinator_name, self)
        add("coordinator_name", self.tr("Coordinator"), self.coordinator)
        self.coordinator_email = QLineEdit(current.coordinator_email or "", self)
        add("coordinator_email", self.tr("Coordinator's e-mail"), self.coordinator_email)
        self.coordinator_phone = QLineEdit(current.coordinator_phone or "", self)
        add("coordinator_phone", self.tr("Coordinator's phone"), self.coordinator_phone)
        self.commitment = QDoubleSpinBox(self)
        self.commitment.setRange(0.5, 40)
        self.commitment.setSingleStep(0.5)
        self.commitment.setDecimals(1)
        self.commitment.setSuffix(" h")
        self.commitment.setValue(current.default_commitment_hours)
        add("default_commitment_hours", field_label("default_commitment_hours"), self.commitment)
        self.language = QComboBox(self)
        for code, name in (
            ("fr_FR", self.tr("French (France)")),
            ("fr_CA", self.tr("French (Québec)")),
            ("en", self.tr("English")),
        ):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        add("language", field_label("language"), self.language)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("Follow the language (Letter in Québec, A4 elsewhere)"), None)
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("US Letter"), "Letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(current.paper_size)))
        add("paper_size", field_label("paper_size"), self.paper)
        note = QLabel(self.tr("A change of language takes effect the next time Mentorat opens."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for row in self._rows.values():
            row.error.clear_error()
        try:
            self._service.update(
                association_name=self.association.text().strip(),
                coordinator_name=self.coordinator.text().strip(),
                coordinator_email=self.coordinator_email.text().strip() or None,
                coordinator_phone=self.coordinator_phone.text().strip() or None,
                default_commitment_hours=self.commitment.value(),
                language=self.language.currentData(),
                paper_size=self.paper.currentData(),
            )
        except ValidationError as exc:
            for error in exc.errors:
                if error.field in self._rows:
                    self._rows[error.field].error.show_error(field_error(error))
            return
        super().accept()
