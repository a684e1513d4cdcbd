"""Which charters to print at once: proposed and active pairs, a cohort, or a selection."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.enums import PairStatus
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.pairs import PairService


class CharterBatchDialog(QDialog):
    def __init__(
        self,
        pairs: PairService,
        cohorts: CohortService,
        selected_ids: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pairs = pairs
        self._selected = selected_ids
        self.setWindowTitle(self.tr("Print charters"))
        self.setAccessibleName(self.windowTitle())
        self.current = QRadioButton(self.tr("All proposed and active pairs"), self)
        self.by_cohort = QRadioButton(self.tr("The pairs of a cohort:"), self)
        self.selection = QRadioButton(
            self.tr("The %n selected pair(s)", "", len(selected_ids)), self
        )
        self.selection.setEnabled(bool(selected_ids))
        group = QButtonGroup(self)
        for button in (self.current, self.by_cohort, self.selection):
            button.setAccessibleName(button.text().rstrip(": \u00a0"))
            group.addButton(button)
        self.current.setChecked(True)
        self.cohort = QComboBox(self)
        self.cohort.setAccessibleName(self.tr("Cohort"))
        for cohort in cohorts.list_cohorts():
            self.cohort.addItem(cohort.name, cohort.id)
        self.by_cohort.setEnabled(self.cohort.count() > 0)
        self.cohort.setEnabled(False)
        self.by_cohort.toggled.connect(self.cohort.setEnabled)
        self.two_copies = QCheckBox(self.tr("Two copies of each charter (one for each person)"))
        self.two_copies.setAccessibleName(self.tr("Two copies of each charter"))
        hint = QLabel(self.tr("Each charter starts on a new page."), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            self.current,
            self.by_cohort,
            self.cohort,
            self.selection,
            self.two_copies,
            hint,
            buttons,
        ):
            layout.addWidget(widget)

    def pair_ids(self) -> list[int]:
        if self.selection.isChecked():
            return list(self._selected)
        if self.by_cohort.isChecked():
            cohort_id = self.cohort.currentData()
            return [
                p.id
                for p in self._pairs.list_pairs(cohort_id=cohort_id)
                if p.status != PairStatus.ENDED
            ]
        return [
            p.id
            for p in self._pairs.list_pairs()
            if p.status in (PairStatus.PROPOSED, PairStatus.ACTIVE)
        ]

    def copies(self) -> int:
        return 2 if self.two_copies.isChecked() else 1
