"""Dates as people type them: every form each language reads, and the refusals with their
code."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorat_desktop.core.typed_dates import (
    EMPTY,
    IMPOSSIBLE,
    OUT_OF_RANGE,
    UNREADABLE,
    TypedDateError,
    format_typed_date,
    format_typed_month,
    full_year,
    parse_typed_date,
    parse_typed_month,
)

TODAY = dt.date(2026, 11, 20)  # a Friday
NOV_15 = dt.date(2026, 11, 15)  # a Sunday

# -- what each language reads ------------------------------------------------------------------

FR_FR = [
    ("15/11/2026", NOV_15),
    ("15/11/26", NOV_15),
    ("15/11", NOV_15),
    ("15-11-2026", NOV_15),
    ("15.11.2026", NOV_15),
    ("15 11 2026", NOV_15),
    ("15 / 11 / 2026", NOV_15),
    ("  15/11/2026  ", NOV_15),
    ("15/11/2026.", NOV_15),
    ("5/3/2026", dt.date(2026, 3, 5)),
    ("05/03/2026", dt.date(2026, 3, 5)),
    ("15 novembre 2026", NOV_15),
    ("15 Novembre", NOV_15),
    ("15 nov.", NOV_15),
    ("15 nov", NOV_15),
    ("15nov2026", NOV_15),
    ("15 nov. 26", NOV_15),
    ("le 15 novembre", NOV_15),
    ("1er décembre 2026", dt.date(2026, 12, 1)),
    ("1er déc.", dt.date(2026, 12, 1)),
    ("3 févr. 2026", dt.date(2026, 2, 3)),
    ("3 FÉVRIER", dt.date(2026, 2, 3)),
    ("14 juil.", dt.date(2026, 7, 14)),
    ("15 août", dt.date(2026, 8, 15)),
    ("15 aout", dt.date(2026, 8, 15)),
    ("dim. 15 nov. 2026", NOV_15),  # the reading the field shows, read back
    ("dimanche 15 novembre 2026", NOV_15),
    ("2026-11-15", NOV_15),  # ISO, always
    ("2026/11/15", NOV_15),
    ("aujourd'hui", TODAY),
    ("aujourd’hui", TODAY),
    ("Aujourd’hui", TODAY),
    ("AUJOURD'HUI", TODAY),
    ("auj", TODAY),
    ("auj.", TODAY),
    ("hier", TODAY - dt.timedelta(days=1)),
    ("Hier", TODAY - dt.timedelta(days=1)),
    ("avant-hier", TODAY - dt.timedelta(days=2)),
    ("demain", TODAY + dt.timedelta(days=1)),
    ("après-demain", TODAY + dt.timedelta(days=2)),
    ("today", TODAY),  # the other language's words too
    ("29/02/2028", dt.date(2028, 2, 29)),  # a leap year
]

FR_CA = [
    ("2026-11-15", NOV_15),
    ("2026-1-5", dt.date(2026, 1, 5)),
    ("15/11/2026", NOV_15),  # Québec writes day first too
    ("15-11-2026", NOV_15),
    ("15/11", NOV_15),
    ("15 novembre", NOV_15),
    ("15 novembre 2026", NOV_15),
    ("15 nov.", NOV_15),
    ("aujourd’hui", TODAY),
    ("hier", TODAY - dt.timedelta(days=1)),
    ("demain", TODAY + dt.timedelta(days=1)),
]

EN = [
    ("2026-11-15", NOV_15),
    ("Nov 15, 2026", NOV_15),
    ("nov 15 2026", NOV_15),
    ("November 15th, 2026", NOV_15),
    ("November 15", NOV_15),
    ("Sunday, November 15, 2026", NOV_15),
    ("Sun, Nov 15, 2026", NOV_15),  # the reading the field shows in English
    ("15 November 2026", NOV_15),
    ("the 15th of November", NOV_15),
    ("Dec 1st", dt.date(2026, 12, 1)),
    ("15/11/2026", NOV_15),  # day first: this application's English is Canada's
    ("15/11", NOV_15),
    ("15/11/26", NOV_15),
    ("today", TODAY),
    ("Today", TODAY),
    ("yesterday", TODAY - dt.timedelta(days=1)),
    ("tomorrow", TODAY + dt.timedelta(days=1)),
    ("hier", TODAY - dt.timedelta(days=1)),
]


@pytest.mark.parametrize(("text", "expected"), FR_FR)
def test_fr_fr_reads(text: str, expected: dt.date) -> None:
    assert parse_typed_date(text, "fr_FR", TODAY) == expected


@pytest.mark.parametrize(("text", "expected"), FR_CA)
def test_fr_ca_reads(text: str, expected: dt.date) -> None:
    assert parse_typed_date(text, "fr_CA", TODAY) == expected


@pytest.mark.parametrize(("text", "expected"), EN)
def test_english_reads(text: str, expected: dt.date) -> None:
    assert parse_typed_date(text, "en", TODAY) == expected


# -- what is refused, and why ------------------------------------------------------------------

REFUSED = [
    ("", EMPTY),
    ("   ", EMPTY),
    ("31/02/2026", IMPOSSIBLE),
    ("30/02/2026", IMPOSSIBLE),
    ("29/02/2027", IMPOSSIBLE),  # not a leap year
    ("32/01/2026", IMPOSSIBLE),
    ("00/01/2026", IMPOSSIBLE),
    ("15/00/2026", IMPOSSIBLE),
    ("15/13/2026", IMPOSSIBLE),
    ("2026-13-01", IMPOSSIBLE),
    ("2026-02-30", IMPOSSIBLE),
    ("11/15/2026", IMPOSSIBLE),  # month first (United States) is not guessed
    ("31 avril", IMPOSSIBLE),
    ("Feb 30, 2026", IMPOSSIBLE),
    ("lundi 15 novembre 2026", IMPOSSIBLE),  # the 15th is a Sunday
    ("abc", UNREADABLE),
    ("15", UNREADABLE),  # a day alone
    ("11/2026", UNREADABLE),  # a month: what the broken field used to leave behind
    ("2026-11", UNREADABLE),
    ("15/11/202", UNREADABLE),  # three-digit year
    ("15/11/2", UNREADABLE),
    ("150/11/2026", UNREADABLE),
    ("15/11/2026/1", UNREADABLE),
    ("15/11/2026 abc", UNREADABLE),
    ("1h30", UNREADABLE),  # a duration typed in the wrong field
    ("15 ju", UNREADABLE),  # too short to tell juin from juillet
    ("15 jui", UNREADABLE),  # still two months
    ("15 truc 2026", UNREADABLE),
    ("15 nov 2026 10", UNREADABLE),
    ("aujourd", UNREADABLE),  # half typed
    ("15 # 11 # 2026", UNREADABLE),
]


@pytest.mark.parametrize("language", ["fr_FR", "fr_CA", "en"])
@pytest.mark.parametrize(("text", "code"), REFUSED)
def test_refused_with_a_code(text: str, code: str, language: str) -> None:
    with pytest.raises(TypedDateError) as caught:
        parse_typed_date(text, language, TODAY)
    assert caught.value.code == code
    assert caught.value.value == text
    assert isinstance(caught.value, ValueError)


def test_bounds() -> None:
    today = dt.date(2026, 11, 20)
    assert parse_typed_date("20/11/2026", "fr_FR", today, maximum=today) == today
    with pytest.raises(TypedDateError) as caught:
        parse_typed_date("demain", "fr_FR", today, maximum=today)
    assert caught.value.code == OUT_OF_RANGE
    assert caught.value.date == dt.date(2026, 11, 21)  # the date read, for the message
    with pytest.raises(TypedDateError) as caught:
        parse_typed_date("2026-01-01", "en", today, minimum=dt.date(2026, 3, 1))
    assert (caught.value.code, caught.value.date) == (OUT_OF_RANGE, dt.date(2026, 1, 1))
    # an impossible date says so, whatever the bounds
    with pytest.raises(TypedDateError) as caught:
        parse_typed_date("31/02/2026", "fr_FR", today, maximum=today)
    assert caught.value.code == IMPOSSIBLE


def test_a_date_without_its_year_is_this_year() -> None:
    assert parse_typed_date("3/1", "fr_FR", dt.date(2027, 1, 5)) == dt.date(2027, 1, 3)
    assert parse_typed_date("15 nov", "en", dt.date(2027, 1, 5)) == dt.date(2027, 11, 15)


@pytest.mark.parametrize(
    ("digits", "today", "year"),
    [
        ("26", dt.date(2026, 11, 20), 2026),
        ("25", dt.date(2026, 11, 20), 2025),
        ("00", dt.date(2026, 11, 20), 2000),
        ("46", dt.date(2026, 11, 20), 2046),  # twenty years ahead at most...
        ("47", dt.date(2026, 11, 20), 1947),  # ...then back in the last century
        ("99", dt.date(2026, 11, 20), 1999),
        ("05", dt.date(2099, 6, 1), 2105),  # the window moves with today
        ("2026", dt.date(2026, 11, 20), 2026),
        ("1998", dt.date(2026, 11, 20), 1998),
        ("6", dt.date(2026, 11, 20), None),
        ("202", dt.date(2026, 11, 20), None),
    ],
)
def test_two_digit_years(digits: str, today: dt.date, year: int | None) -> None:
    assert full_year(digits, today) == year


def test_two_digit_years_in_dates() -> None:
    assert parse_typed_date("15/11/99", "fr_FR", TODAY) == dt.date(1999, 11, 15)
    assert parse_typed_date("1/1/00", "fr_FR", TODAY) == dt.date(2000, 1, 1)
    assert parse_typed_date("3 juin 30", "fr_CA", TODAY) == dt.date(2030, 6, 3)
    assert parse_typed_date("June 3, 50", "en", TODAY) == dt.date(1950, 6, 3)


def test_the_words_around_the_year_end() -> None:
    new_year = dt.date(2027, 1, 1)
    assert parse_typed_date("hier", "fr_FR", new_year) == dt.date(2026, 12, 31)
    assert parse_typed_date("yesterday", "en", dt.date(2028, 3, 1)) == dt.date(2028, 2, 29)


# -- written back as each language writes it ---------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"), [("fr_FR", "15/11/2026"), ("fr_CA", "2026-11-15"), ("en", "2026-11-15")]
)
def test_written_back_and_read_again(language: str, text: str) -> None:
    assert format_typed_date(NOV_15, language) == text
    assert parse_typed_date(text, language, TODAY) == NOV_15


# -- months (the follow-up grid's "up to the month of") ----------------------------------------

NOV = dt.date(2026, 11, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11/2026", NOV),
        ("11-2026", NOV),
        ("11/26", NOV),
        ("2026-11", NOV),
        ("2026/11", NOV),
        ("nov. 2026", NOV),
        ("Novembre 2026", NOV),
        ("November 26", NOV),
        ("novembre", NOV),
        ("mars", dt.date(2026, 3, 1)),
        ("15/11/2026", NOV),  # a whole date: its month
        ("2026-11-15", NOV),
        ("nov 5", NOV),  # a day, not a year
        ("aujourd’hui", NOV),
        ("today", NOV),
        ("1/2027", dt.date(2027, 1, 1)),
    ],
)
def test_months(text: str, expected: dt.date) -> None:
    assert parse_typed_month(text, "fr_FR", TODAY) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [("", EMPTY), ("13/2026", IMPOSSIBLE), ("2026-00", IMPOSSIBLE), ("abc", UNREADABLE)],
)
def test_months_refused(text: str, code: str) -> None:
    with pytest.raises(TypedDateError) as caught:
        parse_typed_month(text, "fr_FR", TODAY)
    assert caught.value.code == code


def test_month_bounds_compare_months() -> None:
    # the maximum is the 20th: its whole month may be chosen, not the next one
    assert parse_typed_month("11/2026", "fr_FR", TODAY, maximum=TODAY) == NOV
    with pytest.raises(TypedDateError) as caught:
        parse_typed_month("12/2026", "fr_FR", TODAY, maximum=TODAY)
    assert caught.value.code == OUT_OF_RANGE


@pytest.mark.parametrize(
    ("language", "text"), [("fr_FR", "11/2026"), ("fr_CA", "2026-11"), ("en", "2026-11")]
)
def test_months_written_back_and_read_again(language: str, text: str) -> None:
    assert format_typed_month(NOV, language) == text
    assert parse_typed_month(text, language, TODAY) == NOV
