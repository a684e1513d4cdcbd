"""The tabs of the preferences: each shows its part of the settings, names its fields (with
an error line under each) and gives back what it changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.coordinator import MAX_LENGTH, login_name
from mentorat_desktop.core.services.settings import (
    CHECKIN_LIMITS,
    MAX_BACKUP_KEEP_LAST,
    MAX_DAYS,
    MAX_RETENTION_MONTHS,
    MIN_BACKUP_KEEP_LAST,
    MIN_DAYS,
    MIN_RETENTION_MONTHS,
    Settings,
)
from mentorat_desktop.gui import coordinator_name as coordinator
from mentorat_desktop.gui import file_dialogs, text_size
from mentorat_desktop.gui.hours_field import MonthlyHoursBox
from mentorat_desktop.gui.preferences.fields import (
    CountryCombo,
    LanguageCombo,
    LogoField,
    default_commitments_text,
)
from mentorat_desktop.gui.widgets import FieldWithError, fit_placeholder
from mentorat_desktop.i18n.fields import field_label, privacy_field_label


class Tab(QWidget):
    """A page of the preferences: a form whose rows are kept by setting name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, FieldWithError] = {}
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)

    def add(self, name: str, label: str, widget: QWidget, shown: QWidget | None = None) -> None:
        """``widget`` named ``label`` in a row of the form; ``shown`` is what the row holds
        when the field comes with more (a button, a note)."""
        widget.setAccessibleName(label)
        row = FieldWithError(shown or widget, self)
        caption = QLabel(self.tr("{label}:").format(label=label), self)
        caption.setBuddy(widget)
        self.form.addRow(caption, row)
        self.rows[name] = row

    def note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.form.addRow(label)
        return label

    def changes(self) -> dict[str, object]:
        raise NotImplementedError


def _line(parent: QWidget, *widgets: QWidget, stretch: bool = False) -> QWidget:
    row = QWidget(parent)
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    if stretch:
        line.addStretch(1)
    return row


def _days_box(value: int, unit: str, parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(MIN_DAYS, MAX_DAYS)
    box.setSuffix(" " + unit)
    box.setValue(value)
    return box


class AssociationTab(Tab):
    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.association = QLineEdit(current.association_name, self)
        self.add("association_name", self.tr("Association"), self.association)
        self.address = QPlainTextEdit(current.association_address or "", self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.add("association_address", self.tr("Address"), self.address)
        self.logo = LogoField(current.logo_path, self)
        self.add("logo_path", self.tr("Logo"), self.logo)
        self.logo.refused.connect(self.rows["logo_path"].error.show_error)
        self.logo.changed.connect(self.rows["logo_path"].error.clear_error)
        self.coordinator = QLineEdit(current.coordinator_name, self)
        self.add("coordinator_name", self.tr("Coordinator"), self.coordinator)
        self.coordinator_email = QLineEdit(current.coordinator_email or "", self)
        self.add("coordinator_email", self.tr("Coordinator's e-mail"), self.coordinator_email)
        self.coordinator_phone = QLineEdit(current.coordinator_phone or "", self)
        self.add("coordinator_phone", self.tr("Coordinator's phone"), self.coordinator_phone)
        self.note(self.tr("The charters print the association, its logo and whom to contact."))
        self.layout_.addStretch(1)

    def changes(self) -> dict[str, object]:
        return {
            "association_name": self.association.text().strip(),
            "association_address": self.address.toPlainText().strip() or None,
            "logo_path": self.logo.path(),
            "coordinator_name": self.coordinator.text().strip(),
            "coordinator_email": self.coordinator_email.text().strip() or None,
            "coordinator_phone": self.coordinator_phone.text().strip() or None,
        }


class ProgramTab(Tab):
    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Typed as said ("2h30", "2,5"), shown back as "2 h 30".
        self.commitment = MonthlyHoursBox("", self)
        self.commitment.setValue(current.default_commitment_hours)
        self.add(
            "default_commitment_hours",
            field_label("default_commitment_hours"),
            self.commitment,
            _line(
                self,
                self.commitment,
                QLabel(self.tr("per pair and per month"), self),
                stretch=True,
            ),
        )
        self.silent = _days_box(current.silent_days, self.tr("days"), self)
        self.add(
            "silent_days",
            self.tr("A pair is quiet after"),
            self.silent,
            _line(self, self.silent, QLabel(self.tr("with no session"), self), stretch=True),
        )
        self.end_soon = _days_box(current.end_soon_days, self.tr("days"), self)
        self.add(
            "end_soon_days",
            self.tr("An end is near"),
            self.end_soon,
            _line(
                self, self.end_soon, QLabel(self.tr("before the planned end"), self), stretch=True
            ),
        )
        self._add_checkins(current)
        self.note(
            self.tr(
                "New pairs start with this monthly commitment. The follow-up lists the pairs "
                "to call: those quiet for this long, and those whose end is this near."
            )
        )
        self.layout_.addStretch(1)

    def _add_checkins(self, current: Settings) -> None:
        """The feedback check-ins of each pair (core.feedback.rounds): one row, three
        offsets; a problem with any of them is shown under the row."""
        limits = CHECKIN_LIMITS
        self.checkin_first = QSpinBox(self)
        self.checkin_first.setRange(*limits["checkin_first_days"])
        self.checkin_first.setSuffix(" " + self.tr("days"))
        self.checkin_first.setValue(current.checkin_first_days)
        self.checkin_mid = QSpinBox(self)
        self.checkin_mid.setRange(*limits["checkin_mid_percent"])
        self.checkin_mid.setSuffix(" %")
        self.checkin_mid.setValue(current.checkin_mid_percent)
        self.checkin_mid.setAccessibleName(self.tr("Mid-term check-in, share of the pair"))
        self.checkin_end = QSpinBox(self)
        self.checkin_end.setRange(*limits["checkin_end_days"])
        self.checkin_end.setSuffix(" " + self.tr("days"))
        self.checkin_end.setValue(current.checkin_end_days)
        self.checkin_end.setAccessibleName(self.tr("End check-in, days before the planned end"))
        self.add(
            "checkin_first_days",
            self.tr("Feedback check-ins"),
            self.checkin_first,
            _line(
                self,
                self.checkin_first,
                QLabel(self.tr("after the start, at"), self),
                self.checkin_mid,
                QLabel(self.tr("of the pair, and"), self),
                self.checkin_end,
                QLabel(self.tr("before the planned end"), self),
                stretch=True,
            ),
        )
        self.rows["checkin_mid_percent"] = self.rows["checkin_end_days"] = self.rows[
            "checkin_first_days"
        ]

    def changes(self) -> dict[str, object]:
        self.commitment.interpretText()  # hours still being typed, read as they stand
        return {
            "default_commitment_hours": self.commitment.value(),
            "silent_days": self.silent.value(),
            "end_soon_days": self.end_soon.value(),
            "checkin_first_days": self.checkin_first.value(),
            "checkin_mid_percent": self.checkin_mid.value(),
            "checkin_end_days": self.checkin_end.value(),
        }


class CharterTab(Tab):
    """The charter's own commitments: the default wording (in the charter's language) until
    the coordinator writes theirs."""

    def __init__(self, current: Settings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(current.charter_commitments or default_commitments_text(language))
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self.text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.restore = QPushButton(self.tr("&Restore the default text"), self)
        self.restore.setAccessibleName(self.tr("Restore the default text"))
        self.restore.clicked.connect(self.restore_default)
        self.layout_.removeItem(self.form)
        caption = QLabel(self.tr("Our mutual commitments, as the charter prints them:"), self)
        caption.setBuddy(self.text)
        self.text.setAccessibleName(self.tr("Commitments printed on the charter"))
        row = FieldWithError(self.text, self)
        self.rows["charter_commitments"] = row
        self.layout_.addWidget(caption)
        self.layout_.addWidget(row, 1)
        self.layout_.addWidget(_line(self, self.restore, stretch=True))
        note = QLabel(
            self.tr(
                "Each line prints as written. Left as the default text, the charter prints "
                "the default wording in its own language."
            ),
            self,
        )
        note.setWordWrap(True)
        self.layout_.addWidget(note)

    def plain_text(self) -> str:
        """The text as typed, no-break spaces kept (toPlainText() turns them into spaces,
        and French typography needs them before its colons)."""
        raw = self.text.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def is_default(self) -> bool:
        return self.plain_text().strip() == default_commitments_text(self._language).strip()

    def follow_language(self, language: str) -> None:
        """The default text follows the language chosen (a text of one's own stays)."""
        if self.is_default() or not self.plain_text().strip():
            self._language = language
            self.text.setPlainText(default_commitments_text(language))
        else:
            self._language = language

    def restore_default(self) -> None:
        self.text.setPlainText(default_commitments_text(self._language))

    def changes(self) -> dict[str, object]:
        text = self.plain_text().strip("\r\n ")
        if not text or self.is_default():
            return {"charter_commitments": None}
        return {"charter_commitments": text}


class DataTab(Tab):
    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retention = QSpinBox(self)
        self.retention.setRange(MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS)
        self.retention.setSuffix(" " + self.tr("months"))
        self.retention.setValue(current.retention_months)
        self.retention_years = QLabel(self)
        self.retention_years.setAccessibleName(self.tr("Retention period in years"))
        self.retention.valueChanged.connect(self._show_years)
        self._show_years(self.retention.value())
        retention_row = _line(self, self.retention, self.retention_years)
        self.retention_years.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.add(
            "retention_months",
            self.tr("Keep a member's data after their last activity for"),
            self.retention,
            retention_row,
        )
        self.second_folder = QLineEdit(current.backup_folder_second or "", self)
        self.second_folder.setPlaceholderText(self.tr("None: backups stay beside the database"))
        fit_placeholder(self.second_folder)
        self.choose_folder = QPushButton(self.tr("&Choose…"), self)
        self.choose_folder.setAccessibleName(self.tr("Choose the second backup folder"))
        self.choose_folder.clicked.connect(self.pick_second_folder)
        self.no_folder = QPushButton(self.tr("&None"), self)
        self.no_folder.setAccessibleName(self.tr("No second backup folder"))
        self.no_folder.clicked.connect(self.second_folder.clear)
        folder_row = _line(self, self.second_folder, self.choose_folder, self.no_folder)
        self.add(
            "backup_folder_second",
            privacy_field_label("backup_folder_second"),
            self.second_folder,
            folder_row,
        )
        self.keep_last = QSpinBox(self)
        self.keep_last.setRange(MIN_BACKUP_KEEP_LAST, MAX_BACKUP_KEEP_LAST)
        self.keep_last.setValue(current.backup_keep_last)
        self.add(
            "backup_keep_last",
            privacy_field_label("backup_keep_last"),
            self.keep_last,
            _line(self, self.keep_last, stretch=True),
        )
        self.note(
            self.tr(
                "A USB key or another disk as second folder keeps a copy of each backup "
                "there. Beyond the latest ones, backups age out: one a day for a week, one a "
                "week for a month, one a month for a year. Members past the retention period "
                "are listed in the Members menu."
            )
        )
        self.layout_.addStretch(1)

    def changes(self) -> dict[str, object]:
        return {
            "retention_months": self.retention.value(),
            "backup_folder_second": self.second_folder.text().strip() or None,
            "backup_keep_last": self.keep_last.value(),
        }

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


class DisplayTab(Tab):
    """The country (and the language and paper that follow it) and the size of the text."""

    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.country = CountryCombo(current.country, self)
        self.add("country", self.tr("Country"), self.country)
        self.language = LanguageCombo(current.language, self.country, self)
        self.add("language", field_label("language"), self.language)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("Follow the country (Letter in Québec, A4 in France)"), None)
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("US Letter"), "Letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(current.paper_size)))
        self.add("paper_size", field_label("paper_size"), self.paper)
        self.note(
            self.tr(
                "The language sets the screens, the charters and how dates are written. "
                "A change of language takes effect the next time Mentorat opens."
            )
        )
        self.text_size = QSpinBox(self)
        self.text_size.setRange(text_size.SMALLEST, text_size.LARGEST)
        self.text_size.setSingleStep(text_size.STEP)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(text_size.text_scale())
        self.add(
            "text_size",
            self.tr("Text size"),
            self.text_size,
            _line(self, self.text_size, stretch=True),
        )
        self.note(self.tr("The View menu changes it too: Ctrl++ and Ctrl+-."))

        # Kept on this computer, like the text size: the person at it, not the association.
        self.your_name = QLineEdit(coordinator.saved_name() or "", self)
        self.your_name.setMaxLength(MAX_LENGTH)
        self.your_name.setPlaceholderText(login_name() or "")
        self.add("your_name", self.tr("Your name"), self.your_name)
        self.note(
            self.tr(
                "Recorded on what you change, so that the coordinators who share the "
                "database see who changed what. Left empty: the name you log in with."
            )
        )
        self.layout_.addStretch(1)

    def changes(self) -> dict[str, object]:
        return {
            "country": self.country.currentData(),
            "language": self.language.currentData(),
            "paper_size": self.paper.currentData(),
        }

    def apply_coordinator_name(self) -> str | None:
        """Keep the name typed (on this computer, not in the database); returns the name
        now recorded on this computer's changes."""
        typed = self.your_name.text()
        if (coordinator.saved_name() or "") != typed.strip():
            coordinator.save_name(typed)
        return coordinator.cleaned_name(typed) or coordinator.coordinator_name()

    def apply_text_size(self) -> None:
        """Apply and keep the text size chosen (on this computer, not in the database)."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and self.text_size.value() != text_size.text_scale():
            text_size.set_text_scale(app, self.text_size.value())
