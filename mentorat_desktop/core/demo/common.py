"""Helpers the demo's generation steps share: weighted draws, dates, bulk inserts, the names
in notes."""

from __future__ import annotations

import calendar
import datetime as dt
import random
import unicodedata
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from mentorat_desktop.core.demo.model import DemoPair
from mentorat_desktop.core.elision import begins_with_vowel_sound

_ASCII_EXTRA = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "ı": "i",
    }
)


def ascii_slug(text: str) -> str:
    """Lower-case ASCII for an e-mail address: "Jean-Philippe Côté" -> "jean-philippe-cote"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_EXTRA))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    out: list[str] = []
    for char in plain:
        if "a" <= char <= "z" or "0" <= char <= "9":
            out.append(char)
        elif char in " -" and out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def weighted(rng: random.Random, items: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([value for value, _ in items], [weight for _, weight in items])[0]


def bulk_insert(session: Session, table: object, rows: list[dict[str, Any]]) -> None:
    """One executemany on the table itself.

    Every row must carry the same keys. The ORM's bulk insert would split the rows into one
    statement per pattern of None values, which is much slower for thousands of members.
    """
    assert isinstance(table, Table)
    if rows:
        session.execute(insert(table), rows)


def at_time(rng: random.Random, day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(9, 20), rng.randint(0, 59)))


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), kept within the month: 31 Jan + 1 = 28 Feb."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def day_between(rng: random.Random, low: dt.date, high: dt.date) -> dt.date:
    return low + dt.timedelta(days=rng.randint(0, (high - low).days))


def note_names(pair: DemoPair) -> dict[str, str]:
    """The values of a note's fields: {mentor} "Anaïs", {of_mentor} "d’Anaïs"."""
    mentor, mentee = pair.mentor.first_name, pair.mentee.first_name
    return {
        "mentor": mentor,
        "mentee": mentee,
        "of_mentor": with_de(mentor),
        "of_mentee": with_de(mentee),
    }


def with_de(name: str) -> str:
    """ "de Lyon", "d’Angers", "d’Hélène" (the typographic apostrophe, as the texts')."""
    return f"d’{name}" if begins_with_vowel_sound(name) else f"de {name}"
