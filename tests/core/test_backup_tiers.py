"""The tiers of kept backups never keep anything older than a year (but the newest), even
when the application was used rarely: an erased person's data ages out within a year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mentorat_desktop.core.backups import to_keep


def _stamped(ages_in_days: list[float], now: dt.datetime) -> list[tuple[dt.datetime, Path]]:
    items = [
        (now - dt.timedelta(days=a), Path(f"b{i}.sqlite3")) for i, a in enumerate(ages_in_days)
    ]
    return sorted(items, reverse=True)


def test_a_rarely_used_installation_keeps_nothing_older_than_a_year():
    now = dt.datetime(2026, 12, 2, 12, 0).astimezone()
    # Used a few times long ago, then once today.
    stamped = _stamped([0, 400, 401, 402, 500, 700], now)
    kept = to_keep(stamped, now, keep_last=10)
    assert kept == {stamped[0][1]}


def test_the_newest_is_kept_even_when_old():
    now = dt.datetime(2026, 12, 2, 12, 0).astimezone()
    stamped = _stamped([380, 390], now)
    assert to_keep(stamped, now, keep_last=10) == {stamped[0][1]}


def test_the_last_ones_within_the_year_are_all_kept():
    now = dt.datetime(2026, 12, 2, 12, 0).astimezone()
    stamped = _stamped([0.1 * k for k in range(15)], now)
    kept = to_keep(stamped, now, keep_last=10)
    assert {p for _s, p in stamped[:10]} <= kept
