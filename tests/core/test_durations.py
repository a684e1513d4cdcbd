"""Durations as people type them (French and English) and as the application writes them."""

from __future__ import annotations

import pytest

from mentorat_desktop.core.durations import (
    MAX_MINUTES,
    DurationError,
    format_minutes,
    parse_duration,
)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        # hours and minutes
        ("1h30", 90),
        ("1 h 30", 90),
        ("1h30min", 90),
        ("1 h 30 min", 90),
        ("1h 30m", 90),
        (" 1H30 ", 90),
        ("1 H 30 MIN", 90),
        ("1 h 05", 65),
        ("1 heure 30", 90),
        ("1 hour 30 minutes", 90),
        ("1 hr 30 mins", 90),
        ("1 h et 30", 90),
        ("1\u00a0h\u00a030", 90),  # non-breaking spaces, as a word processor writes them
        # hours
        ("1h", 60),
        ("2 h", 120),
        ("1,5 h", 90),
        ("1.5h", 90),
        ("1 heure", 60),
        ("2 heures", 120),
        ("1 hour", 60),
        ("2 hours", 120),
        ("0,75 h", 45),
        ("12 h", 720),
        # minutes
        ("90 min", 90),
        ("90min", 90),
        ("90 mn", 90),
        ("45 minutes", 45),
        ("1 minute", 1),
        ("45 min.", 45),
        ("30 m", 30),
        # clock
        ("1:30", 90),
        ("0:45", 45),
        ("01:30:00", 90),  # a workbook time cell
        ("2:00", 120),
        # bare numbers: hours up to 12, minutes above
        ("1", 60),
        ("2", 120),
        ("1,5", 90),
        ("1.5", 90),
        (",5", 30),
        ("12", 720),
        ("13", 13),
        ("45", 45),
        ("90", 90),
        ("720", 720),
        ("+1h", 60),
        # rounded to the minute
        ("1,33 h", 80),  # 79.8
        ("0,01 h", 1),  # 0.6
        ("45.5 min", 46),
    ],
)
def test_parse_duration(text: str, minutes: int) -> None:
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "unreadable"),
        ("   ", "unreadable"),
        ("abc", "unreadable"),
        ("une heure", "unreadable"),
        ("1h75", "unreadable"),  # not minutes of an hour
        ("1:75", "unreadable"),
        ("1,5 h 30", "unreadable"),
        ("1h30h", "unreadable"),
        ("-", "unreadable"),
        ("1 jour", "unreadable"),
        ("0", "zero"),
        ("0 h", "zero"),
        ("0 min", "zero"),
        ("0:00", "zero"),
        ("0,001", "zero"),  # rounds to no minute
        ("-1h", "negative"),
        ("-30 min", "negative"),
        ("\u221290", "negative"),  # the minus sign, not the hyphen
        ("12h01", "too_long"),
        ("13 h", "too_long"),
        ("721", "too_long"),
        ("800 min", "too_long"),
        ("24:00", "too_long"),
    ],
)
def test_parse_duration_refuses(text: str, code: str) -> None:
    with pytest.raises(DurationError) as info:
        parse_duration(text)
    assert info.value.code == code
    assert info.value.value == text
    assert isinstance(info.value, ValueError)


def test_bare_numbers_in_a_minutes_column() -> None:
    assert parse_duration("10", bare_minutes=True) == 10
    assert parse_duration("1,5", bare_minutes=True) == 2
    assert parse_duration("1h", bare_minutes=True) == 60  # a unit still wins


@pytest.mark.parametrize(
    ("minutes", "french", "english"),
    [
        (90, "1 h 30", "1 h 30 min"),
        (65, "1 h 05", "1 h 5 min"),
        (60, "1 h", "1 h"),
        (120, "2 h", "2 h"),
        (45, "45 min", "45 min"),
        (1, "1 min", "1 min"),
        (MAX_MINUTES, "12 h", "12 h"),
        (0, "0 min", "0 min"),
    ],
)
def test_format_minutes(minutes: int, french: str, english: str) -> None:
    assert format_minutes(minutes, "fr_FR") == french
    assert format_minutes(minutes, "fr_CA") == french
    assert format_minutes(minutes, "en") == english


@pytest.mark.parametrize("minutes", [1, 5, 30, 45, 59, 60, 61, 65, 90, 125, 600, MAX_MINUTES])
@pytest.mark.parametrize("language", ["fr_FR", "fr_CA", "en"])
def test_formatted_durations_read_back(minutes: int, language: str) -> None:
    assert parse_duration(format_minutes(minutes, language)) == minutes


def test_a_monthly_commitment_is_read_past_a_sessions_twelve_hours() -> None:
    """« 20h30 » a month is a commitment (a session stops at 12 hours, a month at 40)."""
    from mentorat_desktop.core.durations import CommitmentError, parse_monthly_hours

    assert parse_monthly_hours("20h30") == 20.5
    assert parse_monthly_hours("2 h 30") == 2.5
    assert parse_monthly_hours("90 min") == 1.5
    for typed, code in (
        ("45", "range"),
        ("0", "range"),
        ("1h75", "unreadable"),
        ("-2", "unreadable"),
    ):
        with pytest.raises(CommitmentError) as refused:
            parse_monthly_hours(typed)
        assert refused.value.code == code, typed
