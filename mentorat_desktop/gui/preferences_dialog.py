"""Preferences: the association, the coordinator, the commitment, language and paper; how
long members' data is kept, and where and how many backups are kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,  # noqa: F401  (the tests answer its static functions)
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.services.settings import (
    MAX_BACKUP_KEEP_LAST,
    MAX_RETENTION_MONTHS,
    MIN_BACKUP_KEEP_LAST,
    MIN_RETENTION_MONTHS,
    SettingsService,
)
from mentorat_desktop.gui import file_dialogs
from mentorat_desktop.gui.widgets import FieldWithError
from mentorat_desktop.i18n.messages import field_error, field_label
from mentorat_desktop.i18n.privacy_messages import privacy_field_label


class PreferencesDialog(QDialog):
    def __init__(self, service: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        current = service.get()
        form = QFormLayout()
        self._rows: dict[str, FieldWithError] = {}

        def add(
            name: str,
            label: str,
            widget: QWidget,
            into: QFormLayout = form,
            shown: QWidget | None = None,
        ) -> None:
            """``widget`` named ``label``, in a row of ``into``; ``shown`` is what the row
            holds when the field comes with more (a button, a note)."""
            widget.setAccessibleName(label)
            row = FieldWithError(shown or widget, self)
            caption = QLabel(self.tr("{label}:").format(label=label), self)
            caption.setBuddy(widget)
            into.addRow(caption, row)
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

        data_group = QGroupBox(self.tr("Members' data and backups"), self)
        data_form = QFormLayout(data_group)
        self.retention = QSpinBox(self)
        self.retention.setRange(MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS)
        self.retention.setSuffix(" " + self.tr("months"))
        self.retention.setValue(current.retention_months)
        self.retention_years = QLabel(self)
        self.retention_years.setAccessibleName(self.tr("Retention period in years"))
        self.retention.valueChanged.connect(self._show_years)
        self._show_years(self.retention.value())
        retention_row = QWidget(self)
        line = QHBoxLayout(retention_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.retention)
        line.addWidget(self.retention_years, 1)
        add(
            "retention_months",
            self.tr("Keep a member's data after their last activity for"),
            self.retention,
            data_form,
            retention_row,
        )
        self.second_folder = QLineEdit(current.backup_folder_second or "", self)
        self.second_folder.setPlaceholderText(self.tr("None: backups stay beside the database"))
        self.second_folder.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        self.choose_folder = QPushButton(self.tr("&Choose…"), self)
        self.choose_folder.setAccessibleName(self.tr("Choose the second backup folder"))
        self.choose_folder.clicked.connect(self.pick_second_folder)
        self.no_folder = QPushButton(self.tr("&None"), self)
        self.no_folder.setAccessibleName(self.tr("No second backup folder"))
        self.no_folder.clicked.connect(self.second_folder.clear)
        folder_row = QWidget(self)
        line = QHBoxLayout(folder_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.second_folder, 1)
        line.addWidget(self.choose_folder)
        line.addWidget(self.no_folder)
        add(
            "backup_folder_second",
            privacy_field_label("backup_folder_second"),
            self.second_folder,
            data_form,
            folder_row,
        )
        self.keep_last = QSpinBox(self)
        self.keep_last.setRange(MIN_BACKUP_KEEP_LAST, MAX_BACKUP_KEEP_LAST)
        self.keep_last.setValue(current.backup_keep_last)
        keep_row = QWidget(self)
        line = QHBoxLayout(keep_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.keep_last)
        line.addStretch(1)
        add(
            "backup_keep_last",
            privacy_field_label("backup_keep_last"),
            self.keep_last,
            data_form,
            keep_row,
        )
        data_note = QLabel(
            self.tr(
                "A USB key or another disk as second folder keeps a copy of each backup "
                "there. Beyond the latest ones, backups age out: one a day for a week, one a "
                "week for a month, one a month for a year. Members past the retention period "
                "are listed in the Members menu."
            ),
            self,
        )
        data_note.setWordWrap(True)
        data_form.addRow(data_note)
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
        layout.addWidget(data_group)
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
                retention_months=self.retention.value(),
                backup_folder_second=self.second_folder.text().strip() or None,
                backup_keep_last=self.keep_last.value(),
            )
        except ValidationError as exc:
            for error in exc.errors:
                if error.field in self._rows:
                    self._rows[error.field].error.show_error(field_error(error))
            return
        super().accept()

    def _show_years(self, months: int) -> None:
        years, rest = divmod(months, 12)
        if not years:
            text = ""
        elif not rest:
            text = self.tr("(%n year(s))", "", years)
        else:
            text = self.tr("({years} and {months})").format(
                years=self.tr("%n year(s)", "", years), months=self.tr("%n month(s)", "", rest)
            )
        self.retention_years.setText(text)

    def pick_second_folder(self) -> None:
        folder = file_dialogs.choose_folder(
            self,
            file_dialogs.SECOND_BACKUP_FOLDER,
            self.tr("Second backup folder"),
            start=self.second_folder.text().strip(),
        )
        if folder:
            self.second_folder.setText(folder)
