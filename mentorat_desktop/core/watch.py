"""Noticing what another coordinator changed, so that the views refresh by themselves.

A change made here is announced by its own transaction. One made by another copy of the
application (another coordinator on the same server, or the copy that holds the laptop's
file while this one reads it) is not: ``ChangeWatcher.announce``, called every few seconds,
reads one small summary per table (how many rows, the sum of their versions, the highest
id) in ONE query, and announces on the database's bus the topics of the tables whose
summary moved since the last call. Every change of a shared record raises its version, so
the sum moves; an added or removed row moves the count or the highest id.

A change made here moves the summary too: when this copy announces a topic, the summary of
that topic's tables is read again at once, so that the next poll does not announce the
same change a second time.

No Qt here: the GUI calls ``announce`` from a timer (gui/remote_changes.py).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from typing import TYPE_CHECKING, Any

from mentorat_desktop.core.database import BUSY_TIMEOUT_MS, _storage_errors
from mentorat_desktop.core.errors import StorageError
from mentorat_desktop.core.events import Topic

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database

# The tables watched, and what a change in each announces (what their services announce).
WATCHED: dict[str, tuple[Topic, ...]] = {
    "member": (Topic.MEMBERS,),
    "skill": (Topic.SKILLS,),
    "cohort": (Topic.PAIRS,),
    "pair": (Topic.PAIRS,),
    "pair_status_change": (Topic.PAIRS,),
    "objective": (Topic.PAIRS,),
    "mentoring_session": (Topic.SESSIONS,),
    "follow_up_entry": (Topic.FOLLOW_UP,),
    "feedback_answer": (Topic.FOLLOW_UP,),
    "training_session": (Topic.TRAINING,),
    "training_attendance": (Topic.TRAINING,),
}
# The tables with a version raised by every change (migrations 0011 and 0012): a change of a
# row is seen, not only an addition or a removal.
VERSIONED = frozenset(
    {"member", "cohort", "pair", "objective", "mentoring_session", "training_session"}
)

Summary = tuple[int, int, int]  # rows, sum of versions, highest id


def summary_sql(tables: tuple[str, ...]) -> str:
    """One query giving (table, rows, sum of versions, highest id) for each of ``tables``;
    the same SQL on SQLite and PostgreSQL."""
    parts = []
    for table in tables:
        if table not in WATCHED:
            raise ValueError(table)
        versions = "coalesce(sum(row_version), 0)" if table in VERSIONED else "0"
        parts.append(f"SELECT '{table}', count(*), {versions}, coalesce(max(id), 0) FROM {table}")
    return " UNION ALL ".join(parts)


class ChangeWatcher:
    """Announces the changes made to the database by someone else since the last call."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._reader: sqlite3.Connection | None = None
        self._announcing = False
        self._data_version: int | None = None
        self._seen: dict[str, Summary] = self._read(tuple(WATCHED))
        db.bus.subscribe(self._changed_here)

    # -- reading the summary ---------------------------------------------------------------
    def _read(self, tables: tuple[str, ...]) -> dict[str, Summary]:
        """The summary of ``tables``, on a connection of the watcher's own (it may be called
        from a thread that committed a change, while the GUI thread reads)."""
        sql = summary_sql(tables)
        if self._db.on_server:
            rows: list[Any] = self._db.query(sql)  # a pooled connection per call
        else:
            with self._lock, _storage_errors():
                rows = self._sqlite().execute(sql).fetchall()
        return {table: (int(n), int(versions), int(top)) for table, n, versions, top in rows}

    def _sqlite(self) -> sqlite3.Connection:
        if self._reader is None:
            assert self._db.path is not None
            self._reader = sqlite3.connect(
                self._db.path, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
            )
            self._reader.execute("PRAGMA query_only = ON")
        return self._reader

    def _file_unchanged(self) -> bool:
        """On the laptop's file: nothing was committed by any other connection since the
        last look (SQLite's data_version, a few microseconds, spares the summary's scan of
        the members and sessions: 14 ms on a 5,000-member register)."""
        if self._db.on_server:
            return False
        with self._lock, _storage_errors():
            version = int(self._sqlite().execute("PRAGMA data_version").fetchone()[0])
        unchanged = version == self._data_version
        self._data_version = version
        return unchanged

    # -- polling ---------------------------------------------------------------------------
    def changed_topics(self) -> list[Topic]:
        """The topics whose tables changed since the last call (or since this copy's own
        last change of them), in the order of WATCHED; the summary is then taken as seen.

        Safe to call from a worker thread (it reads on its own connection)."""
        if self._file_unchanged():
            return []
        now = self._read(tuple(WATCHED))
        topics: list[Topic] = []
        for table, summary in now.items():
            if self._seen.get(table) != summary:
                topics += [t for t in WATCHED[table] if t not in topics]
        self._seen = now
        return topics

    def announce(self, topics: list[Topic] | None = None) -> list[Topic]:
        """Announce on the bus what someone else changed since the last call; returns it.
        ``topics``: what ``changed_topics`` found on a worker thread, announced here on the
        thread the views live on. A database that stopped answering announces nothing (the
        next call tries again)."""
        if topics is None:
            try:
                topics = self.changed_topics()
            except StorageError:
                return []
        if topics:
            self._announcing = True
            try:
                self._db.bus.emit(*topics)
            finally:
                self._announcing = False
        return topics

    def _changed_here(self, topic: Topic) -> None:
        """This copy changed ``topic``: its views reload on that announcement, so its tables'
        summary is read again now rather than announced again at the next poll."""
        if self._announcing:
            return
        tables = tuple(table for table, topics in WATCHED.items() if topic in topics)
        if not tables:
            return
        with contextlib.suppress(StorageError):  # the next poll announces it instead
            self._seen = {**self._seen, **self._read(tables)}

    def close(self) -> None:
        with contextlib.suppress(ValueError):  # closed twice
            self._db.bus.unsubscribe(self._changed_here)
        with self._lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
