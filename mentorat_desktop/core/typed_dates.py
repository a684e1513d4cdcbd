"""Dates as people type them, in French and English, read into ``datetime.date``.

A coordinator types a date in one go, the way they would write it on paper: "15/11/2026",
"15/11", "15 nov.", "2026-11-15", "Nov 15, 2026", "hier" or "today". This module reads such
text; the date field of the interface (gui/widgets.py) shows what it understood.

The forms read, in each of the three languages (fr_FR, fr_CA, en):

- ISO, year first, always: "2026-11-15", "2026/11/15", "2026.11.15".
- Day first, then month, then the year or not: "15/11/2026", "15/11/26", "15/11" (this
  year), "15-11-2026", "15.11.2026", "15 11 2026". Québec writes dates both ways (ISO and
  day first) and this application's English is Canada's, which does the same: day first
  is the only order of three numbers read, in every language. "11/15/2026" (month first,
  as in the United States) is refused as impossible rather than guessed.
- A month name, French or English, full or cut after three letters or more, accents, dot
  and case ignored: "15 novembre 2026", "15 nov.", "1er déc.", "Nov 15, 2026",
  "November 15th", "le 3 juin". A weekday may come first ("dim. 15 nov. 2026", "Sunday,
  November 15"); it must be the right one.
- Words: "today", "aujourd'hui" (any apostrophe), "auj", "yesterday", "hier",
  "avant-hier", "tomorrow", "demain", "après-demain".

The words of both languages are read whatever the language: a French coordinator running
the English interface still writes "15 nov." or "hier". ``language`` is taken so that a
language reading three numbers otherwise (month first) can be added in one place.

A two-digit year is the one within 79 years before and 20 years after today ("26" is 2026,
"99" is 1999 in 2026). Problems are reported as :class:`TypedDateError` with a code, never
as a sentence.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from mentorat_desktop.core.formatting import SHORT_DATE_PATTERNS, format_date

# Codes of TypedDateError.
EMPTY = "empty"  # nothing typed
UNREADABLE = "unreadable"  # not a date at all ("abc", "11/2026", "15/11/202")
IMPOSSIBLE = "impossible"  # a date that does not exist ("31/02/2026", "2026-13-01")
OUT_OF_RANGE = "out_of_range"  # a real date, outside the bounds asked for

YEARS_BACK = 79  # a two-digit year is at most this many years before today...
YEARS_AHEAD = 20  # ...and at most this many after

_MONTHS = {
    # French
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
    # English
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_WEEKDAYS = {  # Monday is 0, as date.weekday() counts
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_RELATIVE = {
    "today": 0,
    "aujourd'hui": 0,
    "aujourdhui": 0,
    "aujourd hui": 0,
    "auj": 0,
    "yesterday": -1,
    "hier": -1,
    "avant-hier": -2,
    "avant hier": -2,
    "tomorrow": 1,
    "demain": 1,
    "apres-demain": 2,
    "apres demain": 2,
}
_FILLERS = {"le", "the", "of", "de", "du", "on"}  # "le 3 juin", "the 3rd of June"
_ORDINALS = {"er", "re", "st", "nd", "rd", "th"}  # "1er", "1st", "15th"
_SEPARATOR = r"(?:\s*[/.\-]\s*|\s+)"
# "15/11/2026", "15-11", "15 11 26", "2026-11-15", "2026/11/15."
_NUMERIC = re.compile(rf"^(\d{{1,4}}){_SEPARATOR}(\d{{1,4}})(?:{_SEPARATOR}(\d{{1,4}}))?\.?$")
_PIECES = re.compile(r"\d+|[a-z]+|[^\da-z]+")
_SEPARATORS_ONLY = re.compile(r"^[\s,./\-']+$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})


class TypedDateError(ValueError):
    """``value`` (the text as given) is not a usable date; ``code`` says why.

    For OUT_OF_RANGE, ``date`` is the date read (it exists, but lies outside the bounds)."""

    def __init__(self, code: str, value: str, date: dt.date | None = None) -> None:
        super().__init__(f"{code}: {value!r}")
        self.code = code
        self.value = value
        self.date = date


def _normalise(text: str) -> str:
    """Lower case, no accents, one kind of apostrophe, single spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text).translate(_APOSTROPHES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.lower().split())


def _by_prefix(word: str, names: dict[str, int]) -> int | None:
    """The value of the names ``word`` begins (three letters or more), if they agree."""
    if len(word) < 3:
        return None
    found = {value for name, value in names.items() if name.startswith(word)}
    return found.pop() if len(found) == 1 else None


def full_year(digits: str, today: dt.date) -> int | None:
    """The year of a typed year: four digits as they are, two digits near ``today``
    (YEARS_BACK before to YEARS_AHEAD after); None for one or three digits."""
    if len(digits) == 4:
        return int(digits)
    if len(digits) != 2:
        return None
    year = today.year // 100 * 100 + int(digits)
    if year > today.year + YEARS_AHEAD:
        year -= 100
    elif year < today.year - YEARS_BACK:
        year += 100
    return year


def _relative(text: str, today: dt.date) -> dt.date | None:
    offset = _RELATIVE.get(text.rstrip(". "))
    return None if offset is None else today + dt.timedelta(days=offset)


def _make(year: int, month: int, day: int, original: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise TypedDateError(IMPOSSIBLE, original) from None


def _numeric(text: str, today: dt.date, original: str) -> dt.date | None:
    """Three numbers (or two: day and month), day first; or year first when it has four
    digits. None when ``text`` is not numbers; TypedDateError when they make no date."""
    match = _NUMERIC.match(text)
    if not match:
        return None
    first, second, third = match.groups()
    if len(first) == 4:  # year first: 2026-11-15
        if third is None or len(second) > 2 or len(third) > 2:
            raise TypedDateError(UNREADABLE, original)
        return _make(int(first), int(second), int(third), original)
    if len(first) > 2 or len(second) > 2:
        raise TypedDateError(UNREADABLE, original)
    year = today.year if third is None else full_year(third, today)
    if year is None:
        raise TypedDateError(UNREADABLE, original)
    return _make(year, int(second), int(first), original)


def _tokens(text: str) -> list[tuple[str, str]] | None:
    """``text`` as ("number", "15") and ("word", "nov") tokens, separators dropped, ordinal
    endings ("1er", "15th") and fillers ("le", "of") too; None if anything else is in it."""
    tokens: list[tuple[str, str]] = []
    previous = ""
    for piece in _PIECES.findall(text):
        if piece.isdigit():
            tokens.append(("number", piece))
        elif piece.isalpha():
            if piece in _ORDINALS and previous.isdigit():
                pass
            elif piece not in _FILLERS:
                tokens.append(("word", piece))
        elif not _SEPARATORS_ONLY.match(piece):
            return None
        previous = piece
    return tokens


def _worded(text: str, today: dt.date, original: str) -> dt.date | None:
    """A date with its month in letters: "15 nov. 2026", "Nov 15, 2026", "dim. 15 nov.".
    None when ``text`` does not read as one."""
    tokens = _tokens(text)
    if not tokens:
        return None
    weekday = None
    if len(tokens) > 2 and tokens[0][0] == "word" and sum(k == "word" for k, _ in tokens) == 2:
        weekday = _by_prefix(tokens[0][1], _WEEKDAYS)
        if weekday is None:
            return None
        tokens = tokens[1:]
    kinds = [kind for kind, _ in tokens]
    if kinds[:2] == ["number", "word"]:  # 15 nov [2026]
        day, month_word = tokens[0][1], tokens[1][1]
    elif kinds[:2] == ["word", "number"]:  # nov 15 [2026]
        month_word, day = tokens[0][1], tokens[1][1]
    else:
        return None
    if kinds[2:] not in ([], ["number"]) or len(day) > 2:
        return None
    month = _by_prefix(month_word, _MONTHS)
    if month is None:
        return None
    year = today.year if len(tokens) == 2 else full_year(tokens[2][1], today)
    if year is None:
        return None
    value = _make(year, month, int(day), original)
    if weekday is not None and value.weekday() != weekday:
        raise TypedDateError(IMPOSSIBLE, original)
    return value


def _check_range(
    value: dt.date, original: str, minimum: dt.date | None, maximum: dt.date | None
) -> dt.date:
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise TypedDateError(OUT_OF_RANGE, original, value)
    return value


def parse_typed_date(
    text: str,
    language: str,
    today: dt.date,
    *,
    minimum: dt.date | None = None,
    maximum: dt.date | None = None,
) -> dt.date:
    """The date ``text`` stands for, as typed in ``language`` (fr_FR, fr_CA or en) on
    ``today``; see the module's documentation for the forms read.

    Raises TypedDateError: EMPTY (nothing typed), UNREADABLE (not a date), IMPOSSIBLE (no
    such day: "31/02/2026", "2026-13-01", a wrong weekday) or OUT_OF_RANGE (before
    ``minimum`` or after ``maximum``, with the date read in ``.date``)."""
    del language  # the same forms in the three languages (see the module's documentation)
    original = text
    normalised = _normalise(text)
    if not normalised:
        raise TypedDateError(EMPTY, original)
    value = _relative(normalised, today)
    if value is None:
        value = _numeric(normalised, today, original)
    if value is None:
        value = _worded(normalised, today, original)
    if value is None:
        raise TypedDateError(UNREADABLE, original)
    return _check_range(value, original, minimum, maximum)


def _month_numbers(text: str, today: dt.date, original: str) -> dt.date | None:
    """A month as numbers: "11/2026", "11-26", "2026-11"; None when it is not two numbers."""
    match = _NUMERIC.match(text)
    if not match or match.group(3) is not None:
        return None
    first, second, _ = match.groups()
    if len(first) == 4:  # 2026-11
        year: int | None = int(first)
        month_text = second
    else:  # 11/2026, 11/26
        year = full_year(second, today)
        month_text = first
    if year is None or len(month_text) > 2:
        raise TypedDateError(UNREADABLE, original)
    return _make(year, int(month_text), 1, original)


def _month_words(text: str, today: dt.date) -> dt.date | None:
    """A month in letters: "nov. 2026", "novembre", "November 26"."""
    tokens = _tokens(text)
    if not tokens or tokens[0][0] != "word" or len(tokens) > 2:
        return None
    month = _by_prefix(tokens[0][1], _MONTHS)
    if month is None:
        return None
    if len(tokens) == 1:
        return dt.date(today.year, month, 1)
    if tokens[1][0] != "number" or len(tokens[1][1]) == 1:
        return None  # "nov 5" is a day, not a year
    year = full_year(tokens[1][1], today)
    return None if year is None else dt.date(year, month, 1)


def parse_typed_month(
    text: str,
    language: str,
    today: dt.date,
    *,
    minimum: dt.date | None = None,
    maximum: dt.date | None = None,
) -> dt.date:
    """The first day of the month ``text`` stands for: "11/2026", "11/26", "2026-11",
    "nov. 2026", "novembre" (this year), or any date parse_typed_date reads ("15/11/2026",
    "today") for its month. Same errors as parse_typed_date; the bounds compare months."""
    original = text
    normalised = _normalise(text)
    if not normalised:
        raise TypedDateError(EMPTY, original)
    value = _month_numbers(normalised, today, original)
    if value is None:
        value = _month_words(normalised, today)
    if value is None:
        value = parse_typed_date(text, language, today).replace(day=1)
    return _check_range(
        value,
        original,
        minimum.replace(day=1) if minimum is not None else None,
        maximum.replace(day=1) if maximum is not None else None,
    )


def format_typed_date(value: dt.date, language: str) -> str:
    """A date as the field writes it back, and as parse_typed_date reads it: 15/11/2026 in
    fr_FR, 2026-11-15 in fr_CA and English."""
    return format_date(value, language)


def format_typed_month(value: dt.date, language: str) -> str:
    """A month as the field writes it back: 11/2026 in fr_FR, 2026-11 in fr_CA and English."""
    if SHORT_DATE_PATTERNS.get(language) == "dd/MM/yyyy":
        return f"{value.month:02d}/{value.year:04d}"
    return f"{value.year:04d}-{value.month:02d}"
