"""Dates, numbers and hours formatted for the chosen language, with babel.

fr_FR writes 22/11/2026 and fr_CA writes 2026-11-22; numbers group with different spaces.
Babel is imported on first use, keeping it off the start-up path (short dates, all digits,
are written without it).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

BABEL_LOCALES = {"fr_FR": "fr_FR", "fr_CA": "fr_CA", "en": "en_CA"}

# The short date of each language, in babel's pattern syntax (other languages: yyyy-MM-dd).
SHORT_DATE_PATTERNS = {"fr_FR": "dd/MM/yyyy", "fr_CA": "yyyy-MM-dd", "en": "yyyy-MM-dd"}


def babel_locale(language: str) -> str:
    return BABEL_LOCALES.get(language, "fr_FR")


@lru_cache(maxsize=8)
def _locale(language: str) -> Any:
    from babel import Locale  # lazy: babel, off the start-up path

    return Locale.parse(babel_locale(language))


def format_date(value: dt.date | None, language: str, style: str = "short") -> str:
    """A date as the locale writes it; "" for no date."""
    if value is None:
        return ""
    if style == "short":
        # babel's short French date has a two-digit year; people expect four digits, so the
        # short style is our own all-digit pattern (SHORT_DATE_PATTERNS). Written directly:
        # babel would give the same digits (tests/core/test_formatting.py checks it), and
        # loading it costs the start-up some 15 ms for the first member's detail.
        if SHORT_DATE_PATTERNS.get(language) == "dd/MM/yyyy":
            return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    # lazy: babel, only for a long date
    from babel.dates import format_date as babel_format_date

    text = str(babel_format_date(value, style, locale=_locale(language)))
    return first_of_month(text, value.day, language)


def first_of_month(text: str, day: int, language: str) -> str:
    """A date written with words (``text``, of day ``day``) as French writes the first of a
    month, an ordinal: "1er janvier 2026", "jeu. 1er janv. 2026"; other days and languages
    as they are. Babel and Qt both write "1 janvier"."""
    if day != 1 or not language.startswith("fr"):
        return text
    # the day: a "1" that is a word of its own (not the end of 2021 or 11), before a space
    words = text.split(" ")
    for n, word in enumerate(words):
        if word == "1" and n + 1 < len(words):
            words[n] = "1er"
            return " ".join(words)
    return text


def format_number(value: float, language: str, decimals: int = 1) -> str:
    from babel.numbers import format_decimal  # lazy: babel, off the start-up path

    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return str(format_decimal(value, format=pattern, locale=_locale(language)))


def format_hours(hours: float, language: str) -> str:
    """Hours as people read them: "1 h 30" in French, "45 min" under an hour (as a duration
    is typed and as the session dialog reads it back; "0 h 45" reads like a time of night),
    "1.5 h" in English."""
    if language.startswith("fr"):
        whole = int(hours)
        minutes = round((hours - whole) * 60)
        if minutes == 60:
            whole, minutes = whole + 1, 0
        if whole == 0 and minutes:
            return f"{minutes} min"
        whole_text = format_number(whole, language, 0)
        return f"{whole_text} h {minutes:02d}" if minutes else f"{whole_text} h"
    return f"{format_number(hours, language, 2)} h"


def format_month(value: dt.date, language: str) -> str:
    """A month as a column title: "nov. 2026", "Nov 2026"."""
    # lazy: babel, off the start-up path
    from babel.dates import format_date as babel_format_date

    return str(babel_format_date(value, "MMM yyyy", locale=_locale(language)))
