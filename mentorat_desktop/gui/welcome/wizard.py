"""The first-run assistant: five short pages, skippable at each, saved in one settings
update at the end (and the first cohort created, if named)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from mentorat_desktop.core.errors import FieldError, ValidationError
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.settings import Settings, SettingsService
from mentorat_desktop.core.text import fold
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.welcome.first_run import remember_welcome_seen
from mentorat_desktop.gui.welcome.pages import (
    DEMO,
    IMPORT,
    AssociationPage,
    CommitmentPage,
    CoordinatorPage,
    CountryPage,
    FormPage,
    StartPage,
)
from mentorat_desktop.i18n.messages import field_error


class WelcomeWizard(QWizard):
    """Asks for the association, the coordinator, the country, the commitment and how to
    start. ``import_requested`` and ``demo_requested`` are emitted once it is closed, for
    the main window to open the import or the demo."""

    import_requested = Signal()
    demo_requested = Signal()
    # The coordinator's name as saved in the set-up (open_welcome may take it as this
    # computer's own name, recorded on its changes).
    coordinator_named = Signal(str)

    def __init__(
        self,
        settings: SettingsService,
        cohorts: CohortService,
        language: str,
        parent: QWidget | None = None,
        *,
        remember: bool = True,
    ) -> None:
        """``remember``: finishing or skipping keeps the assistant from opening by itself
        again (False for a screenshot, which closes it unseen)."""
        super().__init__(parent)
        self._remember = remember
        self._settings = settings
        self._cohorts = cohorts
        self.summary = ""
        current = settings.get()
        self._language_before = current.language
        self.setWindowTitle(self.tr("Set up the association"))
        self.setAccessibleName(self.tr("Set up the association"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Finishing early keeps what was typed and the rest as it was.
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.association = AssociationPage(current, self)
        self.coordinator = CoordinatorPage(current, self)
        self.country = CountryPage(_guessed_country(current, language), self)
        self.commitment = CommitmentPage(current, language, self)
        self.start = StartPage(self)
        self.pages: list[FormPage] = [
            self.association,
            self.coordinator,
            self.country,
            self.commitment,
            self.start,
        ]
        self._ids = [self.addPage(page) for page in self.pages]
        # The texts typed are checked as the settings will check them, on leaving the page.
        for page in (self.association, self.coordinator):
            page.checker = settings.check
        # Next, Back and Finish keep Qt's own words (its French catalogue has them); they
        # get names for screen readers, and Cancel says what it does here: skip.
        for button, name in (
            (QWizard.WizardButton.NextButton, self.tr("Next")),
            (QWizard.WizardButton.BackButton, self.tr("Back")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Skip the set-up")),
        ):
            self.button(button).setAccessibleName(name)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Skip"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)

    # -- finishing -------------------------------------------------------------------------
    def _show(self, errors: list[FieldError]) -> None:
        """Each error beside its field; the first page holding one comes to the front."""
        first = None
        for error in errors:
            for index, page in enumerate(self.pages):
                if error.field in page.rows:
                    page.rows[error.field].error.show_error(field_error(error))
                    first = index if first is None else min(first, index)
        if first is not None:
            self.setCurrentId(self._ids[first])

    def _cohort_problems(
        self, name: str, start: dt.date | None, end: dt.date | None
    ) -> list[FieldError]:
        """What would refuse the cohort, found before anything is saved (the service
        checks again when it creates it)."""
        problems = []
        if any(fold(c.name) == fold(name) for c in self._cohorts.list_cohorts()):
            problems.append(FieldError("name", "duplicate_name", {"name": name}))
        if start is not None and end is not None and end < start:
            problems.append(FieldError("end_date", "end_before_start"))
        return problems

    def accept(self) -> None:
        for page in self.pages:
            page.clear_errors()
        if self.commitment.problem() is not None:
            self.setCurrentId(self._ids[self.pages.index(self.commitment)])
            self.commitment.validatePage()
            return
        cohort_name = self.start.cohort_name.text().strip()
        date_errors: list[FieldError] = []
        start = self.start.start.checked_value("start_date", date_errors)
        end = self.start.end.checked_value("end_date", date_errors)
        if cohort_name:
            date_errors += self._cohort_problems(cohort_name, start, end)
        if cohort_name and date_errors:
            self._show(date_errors)
            return
        changes: dict[str, object] = {}
        for page in (self.association, self.coordinator, self.country, self.commitment):
            changes.update(page.changes())
        try:
            saved = self._settings.update(**changes)  # one update: one change announced
        except ValidationError as exc:
            self._show(exc.errors)
            return
        done = [self.tr("The association's set-up is saved.")]
        if cohort_name:
            try:
                cohort = self._cohorts.create(cohort_name, start, end)
            except ValidationError as exc:
                self._show(exc.errors)
                return
            done.append(self.tr("Cohort “{name}” created.").format(name=cohort.name))
        if saved.language != self._language_before:
            done.append(self.tr("The new language shows the next time Mentorat opens."))
        self.summary = " ".join(done)
        if self._remember:
            remember_welcome_seen()
        then = self.start.then()
        super().accept()
        tell(self.parentWidget(), self.summary)
        if saved.coordinator_name:
            self.coordinator_named.emit(saved.coordinator_name)
        if then == IMPORT:
            self.import_requested.emit()
        elif then == DEMO:
            self.demo_requested.emit()

    def reject(self) -> None:
        """Skip: nothing is saved, and the assistant does not open by itself again."""
        if not self._remember:
            super().reject()
            return
        remember_welcome_seen()
        super().reject()
        tell(
            self.parentWidget(),
            self.tr("Set-up skipped: File > Set up the association… opens it again."),
        )


def _guessed_country(current: Settings, language: str) -> Settings:
    """On a first set-up (no association's name yet), the country and language the
    application was opened in: Québec for Québec French, English kept; otherwise the
    settings as they are."""
    if current.association_name.strip():
        return current
    country = "CA" if language == "fr_CA" else current.country
    return current._replace(country=country, language=language)
