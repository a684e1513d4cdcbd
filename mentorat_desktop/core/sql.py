"""The few SQL fragments that SQLite and PostgreSQL write differently, chosen by dialect, and
the translation of a hand-written read (``?`` parameters, SQLite's value types) for the
server. Everything else the application writes in the SQL both engines speak.

Pure functions of strings: no import of SQLAlchemy or of a driver.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def month_of(column: str, dialect: str) -> str:
    """A date column's month as 'YYYY-MM' text. On SQLite the expression is the one the
    session index holds (``substr(held_on, 1, 7)``), so that the sums read the index."""
    if dialect == POSTGRESQL:
        return f"to_char({column}, 'YYYY-MM')"
    return f"substr({column}, 1, 7)"


def year_of(column: str, dialect: str) -> str:
    """A date column's year as 'YYYY' text."""
    if dialect == POSTGRESQL:
        return f"to_char({column}, 'YYYY')"
    return f"substr({column}, 1, 4)"


def as_text(column: str, dialect: str) -> str:
    """A date or number column as text ('YYYY-MM-DD' for a date on both engines)."""
    if dialect == POSTGRESQL:
        return f"CAST({column} AS TEXT)"
    return column


def joined(expression: str, separator: str, dialect: str) -> str:
    """The aggregate that joins texts with ``separator`` (a SQL literal, quoted)."""
    if dialect == POSTGRESQL:
        return f"string_agg(CAST({expression} AS TEXT), {separator})"
    return f"group_concat({expression}, {separator})"


def like_any_case(dialect: str) -> str:
    """The operator that matches a LIKE pattern whatever the case (SQLite's LIKE already
    ignores the case of ASCII letters; PostgreSQL's does not)."""
    return "ILIKE" if dialect == POSTGRESQL else "LIKE"


def days_between(later: str, earlier: str, dialect: str) -> str:
    """The number of days from one date column or ISO date parameter to another."""
    if dialect == POSTGRESQL:
        return f"(CAST({later} AS DATE) - CAST({earlier} AS DATE))"
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


def to_pyformat(sql: str) -> str:
    """A query written with ``?`` placeholders, for psycopg (``%s``): each ``?`` outside a
    quoted literal or identifier becomes ``%s``, and every ``%`` is doubled."""
    out: list[str] = []
    quote: str | None = None
    for char in sql:
        if quote is not None:
            if char == quote:
                quote = None
            out.append("%%" if char == "%" else char)
            continue
        if char in ("'", '"'):
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)


def as_sqlite_value(value: Any) -> Any:
    """A value read from the server, as SQLite gives it back: a date as 'YYYY-MM-DD', a time
    stamp as 'YYYY-MM-DD HH:MM:SS[.ffffff]', a boolean as 0 or 1, a decimal as a float."""
    if value is None or (isinstance(value, (str, int, float)) and not isinstance(value, bool)):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def char(code: int, dialect: str) -> str:
    """The one-character text of the character ``code`` (``char`` on SQLite, ``chr`` on
    PostgreSQL): a separator no ISO date, status or number holds, written in the SQL."""
    if dialect == POSTGRESQL:
        return f"chr({int(code)})"
    return f"char({int(code)})"


def in_json_ids(column: str, dialect: str) -> str:
    """The condition "``column`` is one of the ids of a JSON array" given as one ``?``
    parameter (``json.dumps`` of a list of integers): one parameter however many ids."""
    if dialect == POSTGRESQL:
        return (
            f"{column} IN (SELECT CAST(value AS INTEGER) FROM "
            "json_array_elements_text(CAST(? AS JSON)) AS ids(value))"
        )
    return f"{column} IN (SELECT value FROM json_each(?))"
