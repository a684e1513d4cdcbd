"""Free-text availability ("mardi soir, samedi matin") read as slots of the week."""

from __future__ import annotations

import re
from functools import lru_cache

from mentorat_desktop.core.text import fold

DAY_CODES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TIME_CODES = ("morning", "midday", "afternoon", "evening")
# The slot codes an "availability" reason may hold: days, times of day, or "any_time".
SLOT_CODES = (*DAY_CODES, *TIME_CODES, "any_time")

_ALL_DAYS = (1 << 7) - 1
_WEEKDAYS = (1 << 5) - 1
_WEEKEND = (1 << 5) | (1 << 6)
_ALL_TIMES = (1 << 4) - 1
_DAYTIME = 0b0111  # morning, midday, afternoon

_DAY_WORDS: dict[str, int] = {}
for _index, _words in enumerate(
    (
        ("lundi", "monday"),
        ("mardi", "tuesday"),
        ("mercredi", "wednesday"),
        ("jeudi", "thursday"),
        ("vendredi", "friday"),
        ("samedi", "saturday"),
        ("dimanche", "sunday"),
    )
):
    for _word in _words:
        _DAY_WORDS[_word] = _index
        _DAY_WORDS[_word + "s"] = _index
_GROUP_WORDS = {
    "weekend": _WEEKEND,
    "weekends": _WEEKEND,
    "semaine": _WEEKDAYS,
    "weekday": _WEEKDAYS,
    "weekdays": _WEEKDAYS,
    "everyday": _ALL_DAYS,
}
_TIME_WORDS = {
    "matin": 0b0001,
    "matins": 0b0001,
    "matinee": 0b0001,
    "morning": 0b0001,
    "mornings": 0b0001,
    "midi": 0b0010,
    "lunch": 0b0010,
    "lunchtime": 0b0010,
    "noon": 0b0010,
    "afternoon": 0b0100,
    "afternoons": 0b0100,
    "soir": 0b1000,
    "soirs": 0b1000,
    "soiree": 0b1000,
    "soirees": 0b1000,
    "evening": 0b1000,
    "evenings": 0b1000,
    "night": 0b1000,
    "nights": 0b1000,
    "daytime": _DAYTIME,
}
_EXCEPT_WORDS = frozenset({"sauf", "except", "excepte", "hors", "but"})
_SEGMENTS = re.compile(r"[,;/|+\n]|\bou\b|\bor\b")
_PHRASES = (
    (re.compile(r"\b(?:par|chaque|per|a|every) (?:semaine|week|mois|month)\b"), " "),  # how often
    (re.compile(r"\bfins? de semaine\b"), " weekend "),  # Québec: the weekend
    (re.compile(r"\bweek\s*-?\s*ends?\b"), " weekend "),
    (re.compile(r"\bapres\s*-?\s*midis?\b"), " afternoon "),
    (re.compile(r"\bfins? de journee\b|\bend of (the )?day\b"), " evening "),
    (re.compile(r"\bpause dejeuner\b|\bheure du dejeuner\b"), " lunch "),
    (re.compile(r"\ben journee\b|\bla journee\b|\bjournees?\b|\bduring the day\b"), " daytime "),
    (re.compile(r"\btous les jours\b|\bchaque jour\b|\bevery\s*day\b|\bdaily\b"), " everyday "),
    (re.compile(r"\ben semaine\b|\bla semaine\b"), " semaine "),
)
_DAY_NAMES = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
_RANGE = re.compile(
    rf"\b({_DAY_NAMES})\s*(?:-|\bau\b|\ba\b|\bto\b|\bthrough\b|\bthru\b|\buntil\b)\s*"
    rf"\b({_DAY_NAMES})\b"
)
_HOUR = re.compile(r"\b(\d{1,2})\s*(?:h\b|h\d|:\d|heures?\b|(am|pm)\b)")
_WORD = re.compile(r"[a-z]+")


def _day_range(match: re.Match[str]) -> str:
    first, last = _DAY_WORDS[match.group(1)], _DAY_WORDS[match.group(2)]
    days, day = [], first
    while True:
        days.append(DAY_CODES[day])
        if day == last:
            break
        day = (day + 1) % 7
    return " " + " ".join(days) + " "


def _hour_time(hour: int, suffix: str | None) -> int:
    if suffix == "pm" and hour < 12:
        hour += 12
    if hour < 12:
        return 0b0001
    if hour < 14:
        return 0b0010
    if hour < 17:
        return 0b0100
    return 0b1000


def _segment(text: str) -> tuple[int, int]:
    """Days (7 bits, Monday first) and times of day (4 bits) named in one part of a text."""
    text = _RANGE.sub(_day_range, text)
    times = 0
    for match in _HOUR.finditer(text):
        times |= _hour_time(int(match.group(1)), match.group(2))
    days = removed = 0
    excluding = False
    for word in _WORD.findall(text):
        if word in _EXCEPT_WORDS:
            excluding = True
        elif word in _DAY_WORDS or word in _GROUP_WORDS:
            bits = 1 << _DAY_WORDS[word] if word in _DAY_WORDS else _GROUP_WORDS[word]
            if excluding:
                removed |= bits
            else:
                days |= bits
        elif word in _TIME_WORDS:
            times |= _TIME_WORDS[word]
    if removed:
        days = (days or _ALL_DAYS) & ~removed
    return days, times


@lru_cache(maxsize=4096)
def availability_cells(text: str | None) -> int:
    """The week slots an availability text names, as a bitset (bit ``day * 4 + time``).

    The text is folded and cut into parts (at commas, semicolons, slashes, "ou", "or"); a
    part naming days and times gives those days at those times ("lundi et mercredi soir").
    Parts naming only days and parts naming only times are combined ("le midi, du lundi au
    vendredi"). Days: lundi..dimanche / monday..sunday, ranges ("du lundi au vendredi"),
    (en) semaine / weekdays, week-end / fin de semaine, tous les jours / every day, and "sauf"
    / "except". Times: matin / morning, midi / lunch, après-midi / afternoon, soir / evening,
    en journée / daytime, hours such as "17 h" or "5 pm". 0 when nothing is recognised.
    """
    if not text:
        return 0
    folded = fold(text)
    for pattern, replacement in _PHRASES:
        folded = pattern.sub(replacement, folded)
    cells = 0
    loose_days = loose_times = 0
    for part in _SEGMENTS.split(folded):
        days, times = _segment(part)
        if days and times:
            cells |= _cells(days, times)
        else:
            loose_days |= days
            loose_times |= times
    if loose_days or loose_times:
        cells |= _cells(loose_days or _ALL_DAYS, loose_times or _ALL_TIMES)
    return cells


def _cells(days: int, times: int) -> int:
    cells = 0
    for day in range(7):
        if days >> day & 1:
            cells |= times << (day * 4)
    return cells


def slots_of(cells: int) -> list[str]:
    """Slot codes describing a set of cells: the days (unless all seven), the times of day
    (unless all four), or ["any_time"] when it is every slot of the week."""
    days = [DAY_CODES[d] for d in range(7) if cells >> (d * 4) & 0b1111]
    times = [TIME_CODES[t] for t in range(4) if any(cells >> (d * 4 + t) & 1 for d in range(7))]
    slots = (days if len(days) < 7 else []) + (times if len(times) < 4 else [])
    return slots or ["any_time"]
