"""Read models: what the services read with plain SQL, by name instead of by position.

One module per kind of record (``members``, ``pairs``, ``sessions``, ``cohorts``,
``groups``, ``training``, ``feedback``, ``followups``, ``refusals``). Each holds, for every
read, a ``NamedTuple`` row whose fields are the columns of the SELECT written next to it,
in the same order: the shape of a read is written once, and a service reads
``row.last_name`` where it read ``row[4]``. Rows are plain tuples made with ``_make`` (no
ORM on the read path, which is on the start-up path and benchmarked); a service turns them
into its records (dates parsed, enums looked up).

    members = rows(db, MemberSummaryRow, MEMBER_SUMMARIES_SQL)
    for member in members:
        print(member.last_name)

A SELECT that grows a column without its row type fails at once: ``rows`` checks the
count (and ``tests/core/test_reads.py`` reads each of them from a real database).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database

RowT = TypeVar("RowT", bound="tuple[Any, ...]")


class _Fields(Protocol):
    """A NamedTuple class: its fields are the SELECT's columns, in order."""

    _fields: tuple[str, ...]


def rows(db: Database, row_type: type[RowT], sql: str, params: tuple[Any, ...] = ()) -> list[RowT]:
    """The rows of ``sql`` (read-only, ``?`` parameters), each as a ``row_type`` (a
    NamedTuple class whose fields are the SELECT's columns, in order).

    Made as ``_make`` would, without its call per row (the register's reads are on the
    start-up path): the column count is checked once, on the first row."""
    found = db.query(sql, params)
    if found and len(found[0]) != len(cast("_Fields", row_type)._fields):
        raise TypeError(f"{row_type.__name__} does not match the columns of its SELECT")
    new = tuple.__new__
    return [new(row_type, values) for values in found]


def columns(db: Database, columns_type: type[RowT], sql: str, params: tuple[Any, ...] = ()) -> RowT:
    """The result of ``sql`` by column: a ``columns_type`` (a NamedTuple whose fields are
    the SELECT's columns, in order) holding each column's values as a tuple, row by row.
    For the reads of tens of thousands of rows on the start-up path, where an object per
    row would cost more than the query."""
    found = db.query(sql, params)
    width = len(cast("_Fields", columns_type)._fields)
    if found and len(found[0]) != width:
        raise TypeError(f"{columns_type.__name__} does not match the columns of its SELECT")
    return tuple.__new__(columns_type, tuple(zip(*found, strict=True)) if found else ((),) * width)
