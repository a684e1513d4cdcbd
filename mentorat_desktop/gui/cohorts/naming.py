"""The name proposed for next year's copy of a cohort ("Printemps 2026" → "Printemps 2027")."""

from __future__ import annotations

import datetime as dt
import re

_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def next_year_name(name: str, start_date: dt.date | None, today: dt.date | None = None) -> str:
    """Every year in ``name`` one year on ("2025-2026" → "2026-2027"); a name without a
    year gets the year after the cohort's start (or after this year)."""
    if _YEAR.search(name):
        return _YEAR.sub(lambda m: str(int(m.group(1)) + 1), name)
    year = (start_date or today or dt.date.today()).year + 1
    return f"{name} {year}"
