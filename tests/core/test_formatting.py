"""Dates, numbers and hours as each language writes them."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from mentorat_desktop.core.formatting import (
    SHORT_DATE_PATTERNS,
    babel_locale,
    format_date,
    format_hours,
    format_number,
)

DAY = dt.date(2026, 11, 22)
SPACES = {" ", "\u00a0", "\u202f"}  # space, no-break space, narrow no-break space


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr_FR", "22/11/2026"), ("fr_CA", "2026-11-22"), ("en", "2026-11-22")],
)
def test_short_date(language: str, expected: str) -> None:
    assert format_date(DAY, language) == expected


def test_short_date_keeps_four_digit_years_and_leading_zeros() -> None:
    assert format_date(dt.date(1958, 3, 5), "fr_FR") == "05/03/1958"
    assert format_date(dt.date(1958, 3, 5), "fr_CA") == "1958-03-05"


@pytest.mark.parametrize("language", ["fr_FR", "fr_CA"])
def test_long_date_in_french(language: str) -> None:
    text = format_date(DAY, language, "long")
    assert "novembre" in text
    assert "22" in text
    assert "2026" in text


def test_long_date_in_english() -> None:
    assert "November" in format_date(DAY, "en", "long")


@pytest.mark.parametrize("language", ["fr_FR", "fr_CA"])
def test_the_first_of_a_month_is_an_ordinal_in_french(language: str) -> None:
    """French writes "1er janvier" (France and Québec alike); babel writes "1 janvier"."""
    first = dt.date(2026, 1, 1)
    assert format_date(first, language, "long") == "1er janvier 2026"
    assert format_date(first, language, "full") == "jeudi 1er janvier 2026"
    assert format_date(dt.date(2026, 1, 11), language, "long") == "11 janvier 2026"
    assert format_date(dt.date(2021, 3, 21), language, "long") == "21 mars 2021"
    assert format_date(dt.date(2021, 3, 1), language, "long") == "1er mars 2021"
    assert format_date(first, language) in ("01/01/2026", "2026-01-01")  # digits: as they are


def test_the_first_of_a_month_in_english_is_a_number() -> None:
    assert format_date(dt.date(2026, 1, 1), "en", "long") == "January 1, 2026"


@pytest.mark.parametrize("language", ["fr_FR", "fr_CA", "en"])
def test_no_date_is_empty(language: str) -> None:
    assert format_date(None, language) == ""


@pytest.mark.parametrize("language", ["fr_FR", "fr_CA"])
def test_french_number_groups_with_a_space_and_uses_a_decimal_comma(language: str) -> None:
    text = format_number(1234.5, language)
    assert text.endswith(",5")
    separator = text[1]
    assert text[0] + text[2:] == "1234,5"
    assert separator in SPACES, f"{separator!r} ({unicodedata.name(separator)})"
    assert separator != ","


def test_french_number_separator_is_no_break_in_france() -> None:
    # A plain space would let a line break split "1 234" in two.
    assert format_number(1234567, "fr_FR", 0)[1] in {"\u00a0", "\u202f"}


def test_english_number() -> None:
    assert format_number(1234.5, "en") == "1,234.5"
    assert format_number(1234567, "en", 0) == "1,234,567"


@pytest.mark.parametrize("language", ["fr_FR", "fr_CA", "en"])
def test_whole_numbers_have_no_decimals(language: str) -> None:
    assert format_number(12.0, language) == "12"
    assert format_number(7, language, 0) == "7"


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        (1.5, "1 h 30"),
        (2.0, "2 h"),
        (0.25, "15 min"),
        (0.0, "0 h"),
        (1.75, "1 h 45"),
        (2.999, "3 h"),
    ],
)
def test_hours_in_french(hours: float, expected: str) -> None:
    assert format_hours(hours, "fr_FR") == expected
    assert format_hours(hours, "fr_CA") == expected


def test_many_hours_in_french_are_grouped() -> None:
    text = format_hours(1234.5, "fr_FR")
    assert text.endswith(" h 30")
    assert text[0] == "1"
    assert text[1] in SPACES
    assert text[2:5] == "234"


@pytest.mark.parametrize(("hours", "expected"), [(1.5, "1.5 h"), (2.0, "2 h"), (0.25, "0.25 h")])
def test_hours_in_english(hours: float, expected: str) -> None:
    assert format_hours(hours, "en") == expected


@pytest.mark.parametrize("language", ["fr_FR", "fr_CA", "en", "de"])
def test_short_dates_are_what_babel_writes_with_the_same_pattern(language: str) -> None:
    # Short dates are written without babel (kept off the start-up path): the same text.
    from babel.dates import format_date as babel_format_date

    pattern = SHORT_DATE_PATTERNS.get(language, "yyyy-MM-dd")
    locale = babel_locale(language)
    day = dt.date(1, 1, 1)
    while day.year < 2100:
        assert format_date(day, language) == babel_format_date(day, pattern, locale=locale)
        day += dt.timedelta(days=97 if day.year > 1900 else 9973)
