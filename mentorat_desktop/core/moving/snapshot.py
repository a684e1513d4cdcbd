"""What an exported file remembers of the server it came from.

Two tables of its own in the exported file, beside the register (they are not among the
models: the register's tables, migrations and checks do not see them):

- ``moving_origin``: where the file came from (the server's address as it may be shown,
  never a password; the database's name), when, the schema revision, and once merged back,
  when that was (a file is merged back once).
- ``moving_snapshot``: every exported row, by table and key: its row version (the tables
  shared by several coordinators have one), a digest of its values (to find what the laptop
  changed in any table), and for the shared records their values as exported (the base of
  a field-by-field merge).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Column, Integer, MetaData, String, Table, Text, inspect, select
from sqlalchemy.engine import Connection

# The records shared by several coordinators (models.SharedRecord): a row version, and who
# changed them. Their values as exported are kept, for a field-by-field merge.
VERSIONED = ("member", "cohort", "pair", "mentoring_session")
# The bookkeeping of a row, never compared nor merged: the row's identity and version, who
# changed it, when it was created or last written.
BOOKKEEPING = frozenset(
    {"id", "row_version", "changed_by", "changed_at", "created_at", "updated_at"}
)

snapshot_metadata = MetaData()
origin_table = Table(
    "moving_origin",
    snapshot_metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text),
)
snapshot_table = Table(
    "moving_snapshot",
    snapshot_metadata,
    Column("table_name", String(60), primary_key=True),
    Column("row_key", String(200), primary_key=True),
    Column("row_version", Integer),
    Column("digest", String(40), nullable=False),
    Column("base", Text),
)


_AS_THEY_ARE = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """A value as JSON holds it, the same whichever engine it was read from."""
    if type(value) in _AS_THEY_ARE:
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def plain_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {name: plain(value) for name, value in row.items()}


def row_key(table: Table, row: Mapping[str, Any]) -> str:
    """The row's primary key as text: "12", or "3|7|offered" for a key of several columns."""
    return "|".join(str(plain(row[c.name])) for c in table.primary_key.columns)


def digest(values: Mapping[str, Any]) -> str:
    """A digest of a row's plain values (``plain_row``), its bookkeeping left out."""
    kept = tuple((k, values[k]) for k in sorted(values) if k not in BOOKKEEPING)
    return hashlib.sha1(repr(kept).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class SnapshotRow:
    row_version: int | None
    digest: str
    base: dict[str, Any] | None


def create(connection: Connection) -> None:
    snapshot_metadata.create_all(connection)


def snapshot_rows(table: Table, rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The snapshot's rows for rows of ``table`` as they are exported."""
    out = []
    versioned = table.name in VERSIONED
    for row in rows:
        values = plain_row(row)
        out.append(
            {
                "table_name": table.name,
                "row_key": row_key(table, row),
                "row_version": values.get("row_version") if versioned else None,
                "digest": digest(values),
                "base": json.dumps(values, ensure_ascii=False) if versioned else None,
            }
        )
    return out


def write_origin(connection: Connection, values: Mapping[str, str | None]) -> None:
    connection.execute(origin_table.insert(), [{"key": k, "value": v} for k, v in values.items()])


def read_origin(connection: Connection) -> dict[str, str | None] | None:
    """The file's origin, or None when it was not written by an export."""
    if not inspect(connection).has_table("moving_origin"):
        return None
    return {k: v for k, v in connection.execute(select(origin_table.c.key, origin_table.c.value))}


def set_origin(connection: Connection, key: str, value: str) -> None:
    updated = connection.execute(
        origin_table.update().where(origin_table.c.key == key).values(value=value)
    )
    if not updated.rowcount:
        connection.execute(origin_table.insert().values(key=key, value=value))


def read_snapshot(connection: Connection, table: str) -> dict[str, SnapshotRow]:
    found: dict[str, SnapshotRow] = {}
    query = select(
        snapshot_table.c.row_key,
        snapshot_table.c.row_version,
        snapshot_table.c.digest,
        snapshot_table.c.base,
    ).where(snapshot_table.c.table_name == table)
    for key, version, row_digest, base in connection.execute(query):
        found[key] = SnapshotRow(version, row_digest, json.loads(base) if base else None)
    return found


def clear_bases(connection: Connection) -> None:
    """Forget the values as exported (once merged back: they copy members' data)."""
    connection.execute(snapshot_table.update().values(base=None))
