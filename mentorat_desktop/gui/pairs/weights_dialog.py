"""The weights of the soft preferences used to score suggestions (the hard rules stay)."""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.matching import MatchWeights
from mentorat_desktop.core.services.settings import SettingsService


class WeightsDialog(QDialog):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Weights of the suggestions"))
        self.setAccessibleName(self.windowTitle())
        labels = {
            "teaches": self.tr("Each skill the mentor offers and the mentee wants"),
            "two_way": self.tr("Each skill the mentee offers in return"),
            "availability": self.tr("Free at the same moments"),
            "mode": self.tr("The same way of meeting"),
            "city": self.tr("The same city"),
            "language": self.tr("A language in common"),
            "age_gap": self.tr("Ten years or more between them"),
        }
        weights = settings.match_weights()
        form = QFormLayout()
        self.spins: dict[str, QDoubleSpinBox] = {}
        for f in fields(MatchWeights):
            spin = QDoubleSpinBox(self)
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setValue(getattr(weights, f.name))
            label = labels.get(f.name, f.name)
            spin.setAccessibleName(label)
            caption = QLabel(self.tr("{label}:").format(label=label), self)
            caption.setBuddy(spin)
            form.addRow(caption, spin)
            self.spins[f.name] = spin
        note = QLabel(
            self.tr(
                "A higher weight counts more in the score. The rules that exclude a pair "
                "(same team, refused before, mentor not younger…) do not change."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        for which, name in (
            (QDialogButtonBox.StandardButton.Save, self.tr("Save")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel")),
            (QDialogButtonBox.StandardButton.RestoreDefaults, self.tr("Restore defaults")),
        ):
            buttons.button(which).setAccessibleName(name)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def restore_defaults(self) -> None:
        defaults = MatchWeights()
        for name, spin in self.spins.items():
            spin.setValue(getattr(defaults, name))

    def weights(self) -> MatchWeights:
        values = {name: spin.value() for name, spin in self.spins.items()}
        return replace(MatchWeights(), **values)

    def accept(self) -> None:
        self._settings.set_match_weights(self.weights())
        super().accept()
