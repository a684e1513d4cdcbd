"""The pages of the first-run assistant: the association, the coordinator, the country, the
monthly commitment, and how to start (a first cohort; import, demo or nothing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from mentorat_desktop.core.durations import (
    MAX_COMMITMENT_HOURS,
    MIN_COMMITMENT_HOURS,
    CommitmentError,
    hours_text,
    parse_monthly_hours,
)
from mentorat_desktop.core.errors import FieldError
from mentorat_desktop.core.services.settings import Settings
from mentorat_desktop.gui.preferences.fields import (
    CountryCombo,
    LanguageCombo,
    LogoField,
    sample_date,
)
from mentorat_desktop.gui.widgets import FieldWithError, OptionalDate, fit_placeholder
from mentorat_desktop.i18n.fields import field_label
from mentorat_desktop.i18n.messages import field_error

# What to do once the assistant is finished (StartPage.then()).
NOTHING = "nothing"
IMPORT = "import"
DEMO = "demo"


class FormPage(QWizardPage):
    """A page holding a form whose rows are kept by setting name (for their errors)."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.rows: dict[str, FieldWithError] = {}
        # What the settings would refuse in this page's changes (the wizard sets it): asked
        # on Next, so that a mistyped e-mail is said on its page, not three pages later.
        self.checker: Callable[..., list[FieldError]] | None = None
        # Finish is offered on every page: what was not asked yet stays as it is.
        self.setFinalPage(True)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)

    def changes(self) -> dict[str, object]:
        """The settings this page changes (none here; each form page says its own)."""
        return {}

    def validatePage(self) -> bool:
        """Next (or Finish) leaves the page only when the settings would take its answers;
        each refusal is said beside its field."""
        if self.checker is None:
            return True
        for row in self.rows.values():
            row.error.clear_error()
        mine = [e for e in self.checker(**self.changes()) if e.field in self.rows]
        for error in mine:
            self.rows[error.field].error.show_error(field_error(error))
        if mine:
            self.rows[mine[0].field].field.setFocus()
        return not mine

    def add_below(self, widget: QWidget) -> None:
        """``widget`` under the form (above the page's free space)."""
        self.layout_.insertWidget(self.layout_.count() - 1, widget)

    def add(
        self,
        name: str,
        label: str,
        widget: QWidget,
        shown: QWidget | None = None,
        form: QFormLayout | None = None,
    ) -> FieldWithError:
        widget.setAccessibleName(label)
        row = FieldWithError(shown or widget, self)
        # The assistant keeps its width: a long refusal wraps instead of being cut off.
        row.error.setWordWrap(True)
        caption = QLabel(self.tr("{label}:").format(label=label), self)
        caption.setBuddy(widget)
        (form or self.form).addRow(caption, row)
        self.rows[name] = row
        return row

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.error.clear_error()


class AssociationPage(FormPage):
    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Your association"),
            self.tr(
                "A few words to set Mentorat up: the charters print them. Every answer can "
                "be changed later in Preferences, and “Skip” leaves this for now."
            ),
            parent,
        )
        self.name = QLineEdit(current.association_name, self)
        self.name.setPlaceholderText(self.tr("e.g. Entre Générations"))
        self.add("association_name", self.tr("Association's name"), self.name)
        self.address = QPlainTextEdit(current.association_address or "", self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.add("association_address", self.tr("Address"), self.address)
        self.logo = LogoField(current.logo_path, self)
        row = self.add("logo_path", self.tr("Logo"), self.logo)
        self.logo.refused.connect(row.error.show_error)
        self.logo.changed.connect(row.error.clear_error)

    def changes(self) -> dict[str, object]:
        return {
            "association_name": self.name.text().strip(),
            "association_address": self.address.toPlainText().strip() or None,
            "logo_path": self.logo.path(),
        }


class CoordinatorPage(FormPage):
    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("The coordinator"),
            self.tr(
                "The person the pairs turn to when something goes wrong: the charters give "
                "this name and how to reach them."
            ),
            parent,
        )
        self.name = QLineEdit(current.coordinator_name, self)
        self.add("coordinator_name", self.tr("Coordinator's name"), self.name)
        self.email = QLineEdit(current.coordinator_email or "", self)
        self.email.setPlaceholderText(self.tr("name@example.org"))
        fit_placeholder(self.email)
        self.add("coordinator_email", self.tr("Coordinator's e-mail"), self.email)
        self.phone = QLineEdit(current.coordinator_phone or "", self)
        self.add("coordinator_phone", self.tr("Coordinator's phone"), self.phone)

    def changes(self) -> dict[str, object]:
        return {
            "coordinator_name": self.name.text().strip(),
            "coordinator_email": self.email.text().strip() or None,
            "coordinator_phone": self.phone.text().strip() or None,
        }


class CountryPage(FormPage):
    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Country and language"),
            self.tr(
                "The country sets the language, how dates are written and the paper the "
                "charters print on. English remains possible."
            ),
            parent,
        )
        self.country = CountryCombo(current.country, self)
        self.add("country", self.tr("Country"), self.country)
        self.language = LanguageCombo(current.language, self.country, self)
        self.add("language", field_label("language"), self.language)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("What the country changes"))
        self.form.addRow(self.outcome)
        self.country.currentIndexChanged.connect(self._show_outcome)
        self.language.currentIndexChanged.connect(self._show_outcome)
        self._current = current
        self._show_outcome()

    def _show_outcome(self, *_: object) -> None:
        language = self.language.currentData()
        settings = self._current._replace(country=self.country.currentData(), language=language)
        paper = settings.effective_paper_size(language)
        paper_name = self.tr("US Letter") if paper == "Letter" else self.tr("A4")
        self.outcome.setText(
            self.tr("Dates will read {date}; charters print on {paper} paper.").format(
                date=sample_date(language), paper=paper_name
            )
        )

    def changes(self) -> dict[str, object]:
        return {"country": self.country.currentData(), "language": self.language.currentData()}


class CommitmentPage(FormPage):
    def __init__(self, current: Settings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("The program's commitment"),
            self.tr(
                "How long each pair commits to meet every month. Three hours is usual; write "
                "it as you would say it: 3, 2,5 or 2h30."
            ),
            parent,
        )
        self._language = language
        self.hours = QLineEdit(hours_text(current.default_commitment_hours, language), self)
        self.hours.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.reading = QLabel(self)
        self.reading.setAccessibleName(self.tr("Commitment as read"))
        shown = QWidget(self)
        column = QVBoxLayout(shown)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.hours)
        column.addWidget(self.reading)
        self.add(
            "default_commitment_hours", self.tr("Hours per month for each pair"), self.hours, shown
        )
        self.hours.textChanged.connect(self._show_reading)
        self._show_reading()

    def _show_reading(self, *_: object) -> None:
        try:
            hours = parse_monthly_hours(self.hours.text())
        except CommitmentError:
            self.reading.setText("")
            return
        self.reading.setText(
            self.tr("Read as {hours} a month.").format(hours=hours_text(hours, self._language))
        )

    def problem(self) -> str | None:
        """The sentence to show beside the field, or None when the hours read."""
        try:
            parse_monthly_hours(self.hours.text())
        except CommitmentError as exc:
            if exc.code == "range":
                return self.tr("Write between {min} and {max} hours a month.").format(
                    min=hours_text(MIN_COMMITMENT_HOURS, self._language),
                    max=hours_text(MAX_COMMITMENT_HOURS, self._language),
                )
            return self.tr(
                "“{value}” is not a number of hours: write it like 3, 2,5 or 2h30."
            ).format(value=exc.value)
        return None

    def validatePage(self) -> bool:
        row = self.rows["default_commitment_hours"]
        text = self.problem()
        if text is None:
            row.error.clear_error()
            return True
        row.error.show_error(text)
        self.hours.setFocus()
        return False

    def changes(self) -> dict[str, object]:
        return {"default_commitment_hours": parse_monthly_hours(self.hours.text())}


def _future_date(check_text: str, name: str, parent: QWidget) -> OptionalDate:
    """A date that may lie in the future (OptionalDate stops at today for what was done)."""
    field = OptionalDate(check_text, name, parent)
    field.date.setMaximumDate(QDate(2100, 12, 31))
    return field


class StartPage(FormPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Getting started"),
            self.tr("A cohort gathers the pairs that start together, like “Spring 2027”."),
            parent,
        )
        cohort = QGroupBox(self.tr("The first cohort (optional)"), self)
        form = QFormLayout(cohort)
        self.add_below(cohort)
        self.cohort_name = QLineEdit(self)
        self.cohort_name.setPlaceholderText(self.tr("Leave empty to create it later"))
        fit_placeholder(self.cohort_name)
        self.add("name", self.tr("Cohort's name"), self.cohort_name, form=form)
        self.start = _future_date(self.tr("Starts on"), self.tr("Cohort's start"), self)
        self.add("start_date", self.tr("Start"), self.start.check, self.start, form)
        self.end = _future_date(self.tr("Ends on"), self.tr("Cohort's end"), self)
        self.add("end_date", self.tr("End"), self.end.check, self.end, form)
        then = QGroupBox(self.tr("Then"), self)
        column = QVBoxLayout(then)
        self.add_below(then)
        self.choices = QButtonGroup(self)
        self._choice: dict[str, QRadioButton] = {}
        for key, text, name in (
            (
                NOTHING,
                self.tr("&Add the members one by one"),
                self.tr("Add the members one by one"),
            ),
            (
                IMPORT,
                self.tr("&Import the members from a spreadsheet"),
                self.tr("Import the members from a spreadsheet"),
            ),
            (
                DEMO,
                self.tr("&Open the demonstration to look around first"),
                self.tr("Open the demonstration to look around first"),
            ),
        ):
            button = QRadioButton(text, then)
            button.setAccessibleName(name)
            self.choices.addButton(button)
            column.addWidget(button)
            self._choice[key] = button
        self._choice[NOTHING].setChecked(True)

    def then(self) -> str:
        for key, button in self._choice.items():
            if button.isChecked():
                return key
        return NOTHING

    def choose(self, key: str) -> None:
        self._choice[key].setChecked(True)
