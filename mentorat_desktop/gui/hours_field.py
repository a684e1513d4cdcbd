"""Hours a month in a spin box that reads them as people type them: "3", "2,5", "2h30",
"2 h 30" (the session dialog's way with durations), shown back as "2 h 30".

A plain QDoubleSpinBox takes digits only: "2h30" typed there dropped the "h" and kept
"23", saved as 23 hours a month without a word. The arrows and the keyboard's up and down
keys still step by half an hour."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from mentorat_desktop.core.durations import (
    MAX_COMMITMENT_HOURS,
    MIN_COMMITMENT_HOURS,
    CommitmentError,
    hours_text,
    parse_monthly_hours,
)
from mentorat_desktop.i18n import current_language

# What may still become a number of hours while it is typed: digits, a comma or a point, an
# hour's unit and minutes after it, a minutes' unit ("2", "2,", "2h", "2 h 3", "90 mi").
_ON_THE_WAY = re.compile(
    r"^\d*(?:[.,]\d*)?\s*(?:h(?:e(?:u(?:r(?:e(?:s)?)?)?)?|o(?:u(?:r(?:s)?)?)?)?\s*\d{0,2}\s*"
    r"(?:m(?:i(?:n(?:u(?:t(?:e(?:s)?)?)?)?)?|n)?)?|m(?:i(?:n)?|n)?)?\.?$"
)


_HOURS_AND_MINUTES = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:h\w*)?\s*(?:(\d{1,2})\s*(?:m\w*)?)?$")


def _whole_hours(typed: str) -> float | None:
    """The hours of "45", "45 h" or "41h30" past the bounds (parse_monthly_hours refuses
    them), or None."""
    match = _HOURS_AND_MINUTES.match(typed)
    if match is None:
        return None
    hours, minutes = match.groups()
    return float(hours.replace(",", ".")) + int(minutes or 0) / 60


class MonthlyHoursBox(QDoubleSpinBox):
    """A monthly commitment between MIN_ and MAX_COMMITMENT_HOURS, to the minute."""

    def __init__(self, suffix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = current_language()
        self.setDecimals(4)  # minutes survive: 2 h 20 is 2.3333 hours
        self.setRange(MIN_COMMITMENT_HOURS, MAX_COMMITMENT_HOURS)
        self.setSingleStep(0.5)
        self.setSuffix(suffix)
        self.setCorrectionMode(QDoubleSpinBox.CorrectionMode.CorrectToNearestValue)

    def _typed(self, text: str) -> str:
        if self.suffix() and text.endswith(self.suffix()):
            text = text[: -len(self.suffix())]
        return " ".join(text.split()).lower()

    def textFromValue(self, value: float) -> str:
        return hours_text(value, self._language)

    def valueFromText(self, text: str) -> float:
        typed = self._typed(text)
        try:
            return parse_monthly_hours(typed)
        except CommitmentError as exc:
            hours = _whole_hours(typed) if exc.code == "range" else None
            if hours is None:
                return self.value()
            # Beyond the bounds, the nearest bound, as any spin box does.
            return min(max(hours, MIN_COMMITMENT_HOURS), MAX_COMMITMENT_HOURS)

    def fixup(self, text: str) -> str:
        # Left unfinished ("2 h" half typed, "45" past the bound): what valueFromText makes
        # of it, written back. Qt's own fix-up would read "0,2" as the number 2 (the comma
        # taken for a thousands separator) and anything else as the lowest bound.
        return self.textFromValue(self.valueFromText(text)) + self.suffix()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = self._typed(text)
        if not typed:
            return QValidator.State.Intermediate, text, pos
        try:
            parse_monthly_hours(typed)
        except CommitmentError as exc:
            if exc.code == "range" or _ON_THE_WAY.match(typed):
                return QValidator.State.Intermediate, text, pos
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos
