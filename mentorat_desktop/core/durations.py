"""Durations as people type them, in French and English, to and from minutes.

A session lasts "1h30", "1 h 30 min", "90 min", "1,5", "1:30" or "2 heures". A bare number
is read as hours up to 12 ("2" is two hours, "1,5" an hour and a half) and as minutes above
("45", "90"), because nobody meets for 45 hours. Problems are reported as
:class:`DurationError` with a code, never as a sentence.
"""

from __future__ import annotations

import re

MAX_MINUTES = 12 * 60  # a session longer than 12 hours is a typing mistake
BARE_HOURS_LIMIT = 12  # a bare number up to this is hours, above it minutes

# Codes of DurationError.
UNREADABLE = "unreadable"  # not a duration at all ("", "abc", "1h75", "1,5h30")
ZERO = "zero"  # zero (or rounds to zero minutes)
NEGATIVE = "negative"  # a minus sign before a duration
TOO_LONG = "too_long"  # more than MAX_MINUTES


class DurationError(ValueError):
    """``value`` (the text as given) is not a usable duration; ``code`` says why."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(f"{code}: {value!r}")
        self.code = code
        self.value = value


_NUMBER = r"(\d+(?:[.,]\d+)?|[.,]\d+)"
_HOUR_UNIT = r"(?:h|hr|hrs|heures?|hours?)"
_MINUTE_UNIT = r"(?:m|mn|mns|min|mins|minutes?)"

# "1:30", "0:45", "01:30:00" (a workbook time cell).
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")
# "1h", "1h30", "1 h 30 min", "1,5 h", "2 heures", "1 hour 30 minutes", "1h et 30".
_HOURS = re.compile(
    rf"^{_NUMBER}\s*{_HOUR_UNIT}\.?(?:\s*(?:et|and)?\s*(\d{{1,2}})\s*(?:{_MINUTE_UNIT}\.?)?)?$"
)
# "90 min", "90min", "90 mn", "45 minutes".
_MINUTES = re.compile(rf"^{_NUMBER}\s*{_MINUTE_UNIT}\.?$")
_BARE = re.compile(rf"^{_NUMBER}$")
_SPACES = re.compile(r"\s+")


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _minutes_of(text: str, bare_minutes: bool) -> float | None:
    """The minutes ``text`` (lower-case, single-spaced, no sign) stands for, or None."""
    match = _CLOCK.match(text)
    if match:
        hours, minutes, seconds = match.groups()
        if int(minutes) >= 60 or (seconds is not None and int(seconds) >= 60):
            return None
        return int(hours) * 60 + int(minutes) + int(seconds or 0) / 60
    match = _HOURS.match(text)
    if match:
        hours_text, minutes_text = match.groups()
        if minutes_text is None:
            return _number(hours_text) * 60
        if not hours_text.isdigit() or int(minutes_text) >= 60:
            return None  # "1,5 h 30" or "1 h 75"
        return int(hours_text) * 60 + int(minutes_text)
    match = _MINUTES.match(text)
    if match:
        return _number(match.group(1))
    match = _BARE.match(text)
    if match:
        value = _number(match.group(1))
        if bare_minutes or value > BARE_HOURS_LIMIT:
            return value
        return value * 60
    return None


def parse_duration(text: str, *, bare_minutes: bool = False) -> int:
    """The minutes (rounded) of a duration typed in French or English.

    Reads "1h30", "1 h 30", "1h", "1,5", "1.5 h", "90 min", "90 mn", "1:30", "45 minutes",
    "2 heures", "1 hour", "1h30min" (case and spaces ignored). A bare number is hours up to
    12 and minutes above; ``bare_minutes`` reads every bare number as minutes (a column
    titled "Minutes"). Raises DurationError with UNREADABLE, ZERO, NEGATIVE or TOO_LONG.
    """
    original = text
    normalised = _SPACES.sub(" ", str(text)).strip().lower()
    negative = normalised[:1] in ("-", "\u2212")
    if negative or normalised[:1] == "+":
        normalised = normalised[1:].strip()
    minutes = _minutes_of(normalised, bare_minutes) if normalised else None
    if minutes is None:
        raise DurationError(UNREADABLE, original)
    rounded = int(minutes + 0.5)  # half a minute up, as people round
    if rounded == 0:
        raise DurationError(ZERO, original)
    if negative:
        raise DurationError(NEGATIVE, original)
    if rounded > MAX_MINUTES:
        raise DurationError(TOO_LONG, original)
    return rounded


def format_minutes(minutes: int, language: str) -> str:
    """A duration as people write it, and as :func:`parse_duration` reads it back.

    Like ``formatting.format_hours`` in French: "1 h 30", "1 h 05", "2 h"; in English
    "1 h 30 min", "1 h 5 min", "2 h". Under an hour: "45 min" in both."""
    minutes = int(minutes)
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    if hours == 0:
        return f"{sign}{rest} min"
    if rest == 0:
        return f"{sign}{hours} h"
    if language.startswith("fr"):
        return f"{sign}{hours} h {rest:02d}"
    return f"{sign}{hours} h {rest} min"


# -- a monthly commitment ------------------------------------------------------------------

# The monthly commitment the settings and a pair accept, in hours (SettingsService.update,
# PairService).
MIN_COMMITMENT_HOURS = 0.5
MAX_COMMITMENT_HOURS = 40.0


class CommitmentError(ValueError):
    """The monthly commitment typed cannot be used; ``code`` says why ("unreadable",
    "range")."""

    def __init__(self, code: str, value: str) -> None:
        super().__init__(code)
        self.code = code
        self.value = value


_BARE_HOURS = re.compile(r"^(\d+(?:[.,]\d+)?|[.,]\d+)\s*(?:h|hr|hrs|heures?|hours?)?\.?$")


def parse_monthly_hours(text: str) -> float:
    """The hours a month typed as people type them: "3", "2,5", "2.5 h", "2h30", "90 min".

    A bare number is hours (a month's commitment is never counted in minutes), unlike a
    session's duration. Raises CommitmentError("unreadable" or "range")."""
    cleaned = " ".join(text.split()).lower()
    match = _BARE_HOURS.match(cleaned)
    if match:
        hours = float(match.group(1).replace(",", "."))
    else:
        # Read as a duration, without a session's twelve-hour cap ("20h30" a month is fine).
        minutes = _minutes_of(cleaned, bare_minutes=False) if cleaned[:1].isdigit() else None
        if minutes is None:
            raise CommitmentError("unreadable", text)
        hours = minutes / 60
    if not MIN_COMMITMENT_HOURS <= hours <= MAX_COMMITMENT_HOURS:
        raise CommitmentError("range", text)
    return round(hours * 60) / 60


def hours_text(hours: float, language: str) -> str:
    """``hours`` as people write them ("3 h", "2 h 30"), readable by parse_monthly_hours."""
    return format_minutes(round(hours * 60), language)
