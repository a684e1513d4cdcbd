"""A register copied whole from one database to another: the laptop's file into an empty
server database (``migrate_to``), or the server into a new file for an event with no network
(``export_to_file``).

Every table of the models, in the order of their foreign keys, read in one consistent
snapshot of the source and written in batches in one transaction on the target: the
server's numbering is moved past the copied numbers, the rows of each table are counted
before the commit, and any failure (or a progress callback that raises) leaves the target
as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, Table, func, select, text
from sqlalchemy.engine import Connection

from mentorat_desktop.core import models
from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.migrations import HEAD_REVISION
from mentorat_desktop.core.moving import MovingError, MovingProblem, Progress, snapshot

# Rows read and written at a time.
BATCH = 2000
# What a database just created may already hold: the settings' one row (written when it is
# first opened) and the skills catalogue. They are replaced by the copy's.
PREFILLED = frozenset({"program_settings", "skill"})
# Everything a copy may change, for the views showing the target.
EVERYTHING = tuple(Topic)


def ordered_tables() -> list[Table]:
    """Every table of the register, each after the tables it points to."""
    return list(models.Base.metadata.sorted_tables)


def count_rows(connection: Connection, table: Table) -> int:
    return int(connection.scalar(select(func.count()).select_from(table)) or 0)


def database_name(db: Database, connection: Connection) -> str:
    """What names a database for a later merge back: the server's database name, or the
    file's name."""
    if db.dialect == "postgresql":
        return str(connection.scalar(text("SELECT current_database()")))
    assert db.path is not None
    return db.path.name


@contextmanager
def reading(db: Database) -> Iterator[Connection]:
    """A connection that sees one state of ``db`` from start to end, whatever other
    coordinators write meanwhile (a snapshot; SQLite's read transaction gives one too)."""
    with db.engine.connect() as connection:
        if db.dialect == "postgresql":
            connection = connection.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        with connection.begin():
            yield connection


def migrate_to(
    source: Database, target: Database, progress: Progress | None = None
) -> dict[str, int]:
    """Copy the register of ``source`` into ``target``, which must hold no register yet
    (MovingError TARGET_NOT_EMPTY otherwise). Returns the rows copied per table."""
    with reading(source) as src:
        return _copy(src, target, progress)


def export_to_file(
    source: Database, path: Path, progress: Progress | None = None
) -> dict[str, int]:
    """Copy the register of ``source`` (a server) into the new file ``path``, with the record
    of where it came from and of each row as exported (``snapshot``). A file that fails
    half-way is removed. Returns the rows copied per table."""
    if path.exists() and not (path.is_file() and path.stat().st_size == 0):
        raise MovingError(MovingProblem.FILE_EXISTS, path=str(path))
    target = open_database(path)
    try:
        with reading(source) as src:
            origin = {
                "source": source.location,
                "database": database_name(source, src),
                "revision": HEAD_REVISION,
                "exported_at": dt.datetime.now().replace(microsecond=0).isoformat(sep=" "),
                "exported_by": source.coordinator,
                "merged_at": None,
            }
            counts = _copy(src, target, progress, origin=origin)
    except BaseException:
        target.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        raise
    target.close()
    return counts


def _copy(
    src: Connection,
    target: Database,
    progress: Progress | None,
    origin: dict[str, str | None] | None = None,
) -> dict[str, int]:
    tables = ordered_tables()
    counts = {table.name: count_rows(src, table) for table in tables}
    total = sum(counts.values())
    with target.transaction(announces=EVERYTHING) as session:
        dst = session.connection()
        held = {
            table.name: n
            for table in tables
            if table.name not in PREFILLED and (n := count_rows(dst, table))
        }
        if held:
            raise MovingError(MovingProblem.TARGET_NOT_EMPTY, members=held.get("member", 0))
        for table in reversed(tables):
            dst.execute(table.delete())
        if origin is not None:
            snapshot.create(dst)
            snapshot.write_origin(dst, origin)
        done = 0
        if progress is not None:
            progress(done, total)
        for table in tables:
            names = [column.name for column in table.columns]
            query = select(table).order_by(*table.primary_key.columns)
            result = src.execution_options(yield_per=BATCH).execute(query)
            for part in result.partitions():
                write_rows(dst, table, part, target.dialect)
                if origin is not None:
                    rows = [dict(zip(names, row, strict=True)) for row in part]
                    dst.execute(
                        snapshot.snapshot_table.insert(), snapshot.snapshot_rows(table, rows)
                    )
                done += len(part)
                if progress is not None:
                    progress(done, total)
        if target.dialect == "postgresql":
            move_sequences(dst, tables)
        for table in tables:
            found = count_rows(dst, table)
            if found != counts[table.name]:
                raise MovingError(
                    MovingProblem.COUNT_MISMATCH,
                    table=table.name,
                    expected=counts[table.name],
                    found=found,
                )
    return counts


def write_rows(
    connection: Connection, table: Table, rows: Sequence[Sequence[Any]], dialect: str
) -> None:
    """Insert a batch of rows (their values in the order of the table's columns). On
    PostgreSQL through COPY, in the transaction under way: the whole copy takes half the
    time it takes with psycopg's executemany (one INSERT a row)."""
    names = [column.name for column in table.columns]
    if dialect != "postgresql":
        connection.execute(table.insert(), [dict(zip(names, row, strict=True)) for row in rows])
        return
    columns = ", ".join(f'"{name}"' for name in names)
    driver = connection.connection.driver_connection
    assert driver is not None
    statement = f'COPY "{table.name}" ({columns}) FROM STDIN'
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row([_copy_value(value) for value in row])


def _copy_value(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def move_sequences(connection: Connection, tables: list[Table]) -> None:
    """On PostgreSQL, each table's numbering set past the highest number copied (rows
    written with their own numbers leave the sequence where it was)."""
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, Integer):
            continue
        sequence = connection.scalar(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": f'"{table.name}"', "column": key[0].name},
        )
        if sequence is None:
            continue
        top = connection.scalar(select(func.max(key[0])))
        connection.execute(
            text("SELECT setval(CAST(:sequence AS regclass), :value, :called)"),
            {"sequence": sequence, "value": top or 1, "called": top is not None},
        )
