"""The weights used to score suggestions: the soft preferences that add to the score, the
penalties that take from it, and, listed apart, the hard rules that no weight changes."""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.matching import AGE_GAP_YEARS, HARD_RULES, MatchWeights
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
            "small_gap": self.tr("Fewer than %n year(s) between them", "", AGE_GAP_YEARS),
            "paired_before": self.tr("They already formed a pair, which has ended"),
            "max_distance_km": self.tr("Farthest apart to meet in person (km)"),
        }
        penalties = ("small_gap", "paired_before")
        weights = settings.match_weights()
        form = QFormLayout()
        penalty_form = QFormLayout()
        self.spins: dict[str, QDoubleSpinBox] = {}
        for f in fields(MatchWeights):
            spin = QDoubleSpinBox(self)
            # A distance, not a weight: from the same town to across a region.
            spin.setRange(0, 500 if f.name == "max_distance_km" else 100)
            spin.setDecimals(0 if f.name == "max_distance_km" else 1)
            spin.setValue(getattr(weights, f.name))
            label = labels.get(f.name, f.name)
            spin.setAccessibleName(label)
            caption = QLabel(self.tr("{label}:").format(label=label), self)
            caption.setBuddy(spin)
            (penalty_form if f.name in penalties else form).addRow(caption, spin)
            self.spins[f.name] = spin
        note = QLabel(self.tr("A higher weight counts more in the score."), self)
        note.setWordWrap(True)
        self.penalties_box = QGroupBox(self.tr("Penalties, taken from the score"), self)
        penalty_note = QLabel(
            self.tr(
                "A pair whose score falls to zero or below is not suggested. The warning "
                "stays visible whatever the weight."
            ),
            self,
        )
        penalty_note.setWordWrap(True)
        penalty_layout = QVBoxLayout(self.penalties_box)
        penalty_layout.addLayout(penalty_form)
        penalty_layout.addWidget(penalty_note)
        rules = {
            "roles": self.tr("The mentor agreed to mentor and the mentee to be mentored."),
            "capacity": self.tr(
                "Each still has room: proposed, active and paused pairs count against what "
                "they agreed to hold; archived members are left out."
            ),
            "same_unit": self.tr("Not in the same organisation and department."),
            "manager": self.tr("Neither is the other’s manager."),
            "refused_or_paired": self.tr(
                "Not refused before, and not already in a pair together that has not ended."
            ),
            "mentor_not_younger": self.tr(
                "The mentor is younger than the mentee (when both birth years are known)."
            ),
            "teaches_nothing": self.tr(
                "The mentor offers at least one skill the mentee wants to learn."
            ),
            "too_far": self.tr(
                "Two people who meet in person live close enough: the same town, or within "
                "the distance set above; not in different countries when the towns are "
                "unknown."
            ),
        }
        self.hard_rules_box = QGroupBox(self.tr("Rules no weight changes"), self)
        self.hard_rules = QLabel(
            "\n".join("• " + rules.get(code, code) for code in HARD_RULES), self
        )
        self.hard_rules.setWordWrap(True)
        self.hard_rules.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hard_rules.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A dialog does not ask its wrapped labels how tall they are at their width (the
        # last rules were cut off): give the rules a width, and the height they need at it.
        rules_width = 30 * self.hard_rules.fontMetrics().averageCharWidth() * 2
        self.hard_rules.setMinimumWidth(rules_width)
        self.hard_rules.setMinimumHeight(self.hard_rules.heightForWidth(rules_width))
        QVBoxLayout(self.hard_rules_box).addWidget(self.hard_rules)
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
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.penalties_box)
        layout.addWidget(self.hard_rules_box)
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
