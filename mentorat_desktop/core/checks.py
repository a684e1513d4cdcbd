"""Long on purpose (about 700 lines): every check, each short, in the list both UIs run.
Why: every check of the database, each short, in one list that the check dialog and the command
both run.

Checking the database: is the file sound, and do its rows keep the application's rules?

Three kinds of checks, each giving ``Problem`` records (codes, ids and counts; never a name,
an e-mail or any other personal data; ``mentorat_desktop.i18n.check_messages`` turns them into
sentences):

- the file itself: ``PRAGMA integrity_check`` (code ``integrity``, never repairable) and, for a
  file that cannot be read at all, ``unreadable``; a SQLite file that is not a Mentorat
  database gives ``not_mentorat``;
- the links between rows: ``PRAGMA foreign_key_check`` (code ``foreign_key``, one problem per
  missing parent row; ``FK_REPAIRS`` says which can be repaired and how);
- the rules the services enforce on input, for rows written around them (an import from an
  older version, a hand edit, a bug):

  - ``over_capacity``: a member is in more pairs (proposed, active or paused: what
    ``pairs.py`` counts against capacity, ``CAPACITY_STATUSES``) than their capacity, beyond
    the pairs formed with a recorded reason to go beyond it
    (``Pair.capacity_override_reason``). Not repairable: only the coordinator can say which
    pair to end or which proposal to withdraw;
  - ``session_outside_pair``: a session dated on a day its pair was not active, by the rule
    ``sessions.py`` applies when a session is logged (``active_periods``). Not repairable:
    the date of the session or the history of the pair may be the wrong one;
  - ``duplicate_pair``: the same two people (either way round) in two pairs that have not
    ended, which ``pairs.py`` refuses. Repairable when at most one of the pairs has a life
    of its own (active or paused, or with objectives, sessions or follow-up entries): that
    one is kept (the oldest when none has), and the others, proposals nobody worked on, are
    ended (reason "other", today, with an entry in their history). Nothing is deleted.

A damaged file reports its damage alone (what the other checks would read there cannot be
trusted). ``repair_database`` repairs what it safely can in one transaction, and nothing at
all in a damaged file (a write could spread the damage: the way out is a backup).

``check_file`` checks a file the application has not opened (a backup) through a read-only
connection; nothing is written to it nor beside it.

On a PostgreSQL server the first two kinds are the server's own business: it keeps its pages
sound itself and enforces every foreign key (no connection can turn them off as SQLite's can),
so only the application's rules are checked and repaired there; the same SQL serves both,
through ``Database.query`` (the few fragments written per dialect come from ``core/sql.py``).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy.exc import DBAPIError

from mentorat_desktop.core.database import Database, announce
from mentorat_desktop.core.enums import EndReason, PairStatus
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.models import Pair, PairStatusChange
from mentorat_desktop.core.services.pairs import CAPACITY_STATUSES, HELD_STATUSES
from mentorat_desktop.core.sql import POSTGRESQL, SQLITE, as_sqlite_value, joined, to_pyformat

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

Rows = list[tuple[Any, ...]]
Query = Callable[[str, tuple[Any, ...]], Rows]

INTEGRITY = "integrity"
UNREADABLE = "unreadable"
NOT_MENTORAT = "not_mentorat"
FOREIGN_KEY = "foreign_key"
OVER_CAPACITY = "over_capacity"
SESSION_OUTSIDE_PAIR = "session_outside_pair"
DUPLICATE_PAIR = "duplicate_pair"

# At most this many lines of SQLite's own diagnosis are kept in an integrity problem.
MAX_INTEGRITY_DETAILS = 10

DELETE = "delete"
SET_NULL = "set_null"

# What the repair does with a row whose parent row is gone, by (child table, parent table).
# A link missing here is reported but not repaired.
FK_REPAIRS: dict[tuple[str, str], str] = {
    # Rows that only mean something with their parent, and that the schema deletes with it
    # (ON DELETE CASCADE): deleting them is what deleting the parent would have done.
    ("member_skill", "member"): DELETE,
    ("refused_match", "member"): DELETE,
    ("cohort_objective", "cohort"): DELETE,
    ("objective", "pair"): DELETE,
    ("pair_status_change", "pair"): DELETE,
    ("mentoring_session", "pair"): DELETE,
    ("follow_up_entry", "pair"): DELETE,
    ("feedback_answer", "pair"): DELETE,
    ("training_attendance", "training_session"): DELETE,
    ("training_attendance", "member"): DELETE,
    ("event_wish", "event"): DELETE,
    ("event_wish", "member"): DELETE,
    # A member's skill whose catalogue entry is gone (the schema would have refused to
    # delete it, RESTRICT): the link no longer names any skill, deleting it loses nothing.
    ("member_skill", "skill"): DELETE,
    # The schema forgets the cohort of its pairs (ON DELETE SET NULL); the pair stays.
    ("pair", "cohort"): SET_NULL,
    # A sign-up forgets its event or the member it became (ON DELETE SET NULL).
    ("kiosk_signup", "event"): SET_NULL,
    ("kiosk_signup", "member"): SET_NULL,
    # A member, cohort or pair forgets its local group (ON DELETE SET NULL).
    ("member", "local_group"): SET_NULL,
    ("cohort", "local_group"): SET_NULL,
    ("pair", "local_group"): SET_NULL,
    # Not repairable: ("pair", "member"). A pair whose mentor or mentee is gone still holds
    # its history, objectives and sessions, and nobody but the coordinator knows who it was.
}

# Which views to reload after a repair in each table.
_TOPICS: dict[str, tuple[Topic, ...]] = {
    "member_skill": (Topic.MEMBERS, Topic.SKILLS),
    "refused_match": (Topic.PAIRS,),
    "cohort_objective": (Topic.PAIRS,),
    "objective": (Topic.PAIRS,),
    "pair_status_change": (Topic.PAIRS,),
    "pair": (Topic.PAIRS,),
    "mentoring_session": (Topic.SESSIONS,),
    "follow_up_entry": (Topic.FOLLOW_UP,),
    "feedback_answer": (Topic.FOLLOW_UP,),
    "training_attendance": (Topic.TRAINING, Topic.MEMBERS),
    "event_wish": (Topic.PAIRS,),
    "kiosk_signup": (Topic.MEMBERS,),
    "member": (Topic.MEMBERS,),
    "cohort": (Topic.PAIRS,),
}

# Tables the application rules read: a file without them is not a Mentorat database.
_APP_TABLES = frozenset({"member", "pair", "pair_status_change", "mentoring_session"})


@dataclass(frozen=True)
class Problem:
    """One problem found: a code, its parameters (ids, counts, dates; no personal data) and
    whether ``repair_database`` would fix it."""

    code: str
    params: dict[str, object]
    repairable: bool


@dataclass(frozen=True)
class CheckReport:
    problems: list[Problem]

    @property
    def sound(self) -> bool:
        """No problem at all."""
        return not self.problems

    @property
    def repairable(self) -> list[Problem]:
        return [p for p in self.problems if p.repairable]


# -- the checks, on any read function -------------------------------------------------------


def _integrity_problems(query: Query) -> list[Problem]:
    """One problem summing up what ``PRAGMA integrity_check`` says, when it is not "ok"."""
    lines: list[str] = []
    for (text,) in query("PRAGMA integrity_check", ()):
        for line in str(text).splitlines():
            line = line.strip()
            if line and line != "ok" and not line.startswith("***"):
                lines.append(line)
    if not lines:
        return []
    return [
        Problem(
            INTEGRITY,
            {"count": len(lines), "details": tuple(lines[:MAX_INTEGRITY_DETAILS])},
            False,
        )
    ]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _chunks(values: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


@dataclass(frozen=True)
class _Orphans:
    """The rows of ``table`` whose ``column`` names a missing row of ``parent``."""

    table: str
    column: str
    parent: str
    missing: object
    rowids: tuple[int, ...]

    @property
    def fix(self) -> str | None:
        return FK_REPAIRS.get((self.table, self.parent))


class _BrokenLink(NamedTuple):
    """A row of ``PRAGMA foreign_key_check``: a row of ``table`` whose foreign key number
    ``fkid`` names a missing row of ``parent``."""

    table: str
    rowid: int
    parent: str
    fkid: int


class _ForeignKey(NamedTuple):
    """A row of ``PRAGMA foreign_key_list``: one column of a table's foreign key ``id``."""

    id: int
    seq: int
    parent: str
    column: str  # SQLite's "from"
    parent_column: str | None  # its "to"
    on_update: str
    on_delete: str
    match: str


def _find_orphans(query: Query) -> list[_Orphans]:
    by_link: dict[tuple[str, int], list[int]] = defaultdict(list)
    parents: dict[tuple[str, int], str] = {}
    for link in map(_BrokenLink._make, query("PRAGMA foreign_key_check", ())):
        by_link[(link.table, link.fkid)].append(link.rowid)
        parents[(link.table, link.fkid)] = link.parent
    found: list[_Orphans] = []
    for (table, fkid), rowids in sorted(by_link.items()):
        keys = query(f"PRAGMA foreign_key_list({_quote(table)})", ())
        columns = [key.column for key in map(_ForeignKey._make, keys) if key.id == fkid]
        column = columns[0] if len(columns) == 1 else ",".join(columns)
        by_value: dict[object, list[int]] = defaultdict(list)
        if len(columns) == 1:
            for chunk in _chunks(sorted(rowids)):
                marks = ", ".join("?" * len(chunk))
                for rowid, value in query(
                    f"SELECT rowid, {_quote(column)} FROM {_quote(table)} WHERE rowid IN ({marks})",
                    tuple(chunk),
                ):
                    by_value[value].append(rowid)
        else:  # not in our schema: several columns, reported as one
            by_value[None] = sorted(rowids)
        for value, ids in sorted(by_value.items(), key=lambda item: str(item[0])):
            found.append(_Orphans(table, column, parents[(table, fkid)], value, tuple(sorted(ids))))
    return found


def _foreign_key_problems(orphans: Iterable[_Orphans]) -> list[Problem]:
    return [
        Problem(
            FOREIGN_KEY,
            {
                "table": o.table,
                "column": o.column,
                "parent": o.parent,
                "missing": o.missing,
                "count": len(o.rowids),
                "rows": o.rowids,
            },
            o.fix is not None,
        )
        for o in orphans
    ]


def _capacity_marks() -> tuple[str, tuple[str, ...]]:
    return ", ".join("?" * len(CAPACITY_STATUSES)), tuple(s.value for s in CAPACITY_STATUSES)


# 1 for a pair formed with a recorded reason to go beyond capacity (a sum of booleans is
# SQLite's only).
_OVERRIDDEN = "CASE WHEN coalesce(trim(h.why), '') <> '' THEN 1 ELSE 0 END"
_COMMA = "','"


class _OverCapacity(NamedTuple):
    """A member holding more pairs than their capacity (the query below)."""

    member_id: int
    capacity: int
    held: int
    overridden: int  # of which formed with a recorded reason to go beyond capacity
    pair_ids: str  # comma-separated


def _capacity_problems(query: Query, dialect: str) -> list[Problem]:
    marks, held = _capacity_marks()
    rows = query(
        # _OverCapacity's columns
        f"SELECT m.id, m.capacity, count(*), sum({_OVERRIDDEN}), "
        f"{joined('h.pair_id', _COMMA, dialect)} "
        f"FROM (SELECT id AS pair_id, mentor_id AS member_id, capacity_override_reason AS why "
        f"      FROM pair WHERE status IN ({marks}) "
        f"      UNION ALL "
        f"      SELECT id, mentee_id, capacity_override_reason "
        f"      FROM pair WHERE status IN ({marks})) AS h "
        "JOIN member m ON m.id = h.member_id "
        f"GROUP BY m.id, m.capacity HAVING count(*) - sum({_OVERRIDDEN}) > m.capacity "
        "ORDER BY m.id",
        held + held,
    )
    return [
        Problem(
            OVER_CAPACITY,
            {
                "member": row.member_id,
                "capacity": row.capacity,
                "held": row.held,
                "overridden": row.overridden,
                "pairs": tuple(sorted(int(i) for i in str(row.pair_ids).split(","))),
            },
            False,
        )
        for row in map(_OverCapacity._make, rows)
    ]


# The days each pair was active, as ``sessions.active_periods`` computes them from its
# history, here in SQL (a hundred thousand sessions are compared in the database, not fetched):
# only the steps that change the state count (ACTIVE opens, PAUSED or ENDED closes; PROPOSED
# and a repeated step change nothing), in the order of ``active_periods`` (by date, then as
# recorded), and each opening step is paired with the next closing one, that day included.
# tests/core/test_checks.py checks that both give the same periods.
_PERIODS_SQL = """
WITH step AS (
    SELECT pair_id, effective_on AS day, id, CASE WHEN status = ? THEN 1 ELSE 0 END AS open
    FROM pair_status_change WHERE status IN (?, ?, ?)
), state AS (
    SELECT pair_id, day, id, open,
           lag(open, 1, 0) OVER (PARTITION BY pair_id ORDER BY day, id) AS was_open
    FROM step
), edge AS (
    SELECT pair_id, day, id, open FROM state WHERE open <> was_open
), period AS (
    SELECT pair_id, open, day AS first,
           lead(day) OVER (PARTITION BY pair_id ORDER BY day, id) AS last
    FROM edge
)
"""

_OUTSIDE_SQL = (
    _PERIODS_SQL
    + """
SELECT s.id, s.pair_id, s.held_on
FROM mentoring_session s
JOIN pair p ON p.id = s.pair_id
LEFT JOIN period q ON q.open = 1 AND q.pair_id = s.pair_id
    AND q.first <= s.held_on AND (q.last IS NULL OR s.held_on <= q.last)
WHERE q.pair_id IS NULL
ORDER BY s.pair_id, s.held_on, s.id
"""
)

# The parameters of _PERIODS_SQL: the status that opens, then those that count.
_PERIOD_PARAMS = (
    PairStatus.ACTIVE.value,
    PairStatus.ACTIVE.value,
    PairStatus.PAUSED.value,
    PairStatus.ENDED.value,
)


def active_periods_sql(query: Query) -> dict[int, list[tuple[str, str | None]]]:
    """Every pair's active periods as the session check sees them (first and last day as
    ISO text, last None while open), oldest first: for the tests, which compare them with
    ``sessions.active_periods``."""
    periods: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
    for pair_id, first, last in query(
        _PERIODS_SQL
        + "SELECT pair_id, first, last FROM period WHERE open = 1 ORDER BY pair_id, first",
        _PERIOD_PARAMS,
    ):
        periods[pair_id].append((first, last))
    return dict(periods)


def _session_problems(query: Query) -> list[Problem]:
    """The sessions logged on a day their pair was not active (sessions of a missing pair
    are foreign-key problems, not these)."""
    return [
        Problem(
            SESSION_OUTSIDE_PAIR,
            {"pair": pair_id, "session": session_id, "held_on": str(held_on)},
            False,
        )
        for session_id, pair_id, held_on in query(_OUTSIDE_SQL, _PERIOD_PARAMS)
    ]


@dataclass(frozen=True)
class _Duplicates:
    members: tuple[int, int]
    pairs: tuple[int, ...]
    kept: int | None  # None: not repairable

    @property
    def to_end(self) -> tuple[int, ...]:
        return tuple(p for p in self.pairs if p != self.kept) if self.kept is not None else ()


class _PairRow(NamedTuple):
    id: int
    mentor_id: int
    mentee_id: int
    status: str


def _find_duplicates(query: Query) -> list[_Duplicates]:
    groups: dict[tuple[int, int], list[tuple[int, str]]] = defaultdict(list)
    for pair in map(
        _PairRow._make,
        query(
            "SELECT id, mentor_id, mentee_id, status FROM pair WHERE status <> ? ORDER BY id",
            (PairStatus.ENDED.value,),
        ),
    ):
        key = (min(pair.mentor_id, pair.mentee_id), max(pair.mentor_id, pair.mentee_id))
        groups[key].append((pair.id, pair.status))
    found: list[_Duplicates] = []
    for members, group in sorted(groups.items()):
        if len(group) < 2:
            continue
        ids = tuple(pair_id for pair_id, _ in group)
        marks = ", ".join("?" * len(ids))
        lived = {
            row[0]
            for row in query(
                f"SELECT pair_id FROM mentoring_session WHERE pair_id IN ({marks}) "
                f"UNION SELECT pair_id FROM objective WHERE pair_id IN ({marks}) "
                f"UNION SELECT pair_id FROM follow_up_entry WHERE pair_id IN ({marks})",
                ids * 3,
            )
        }
        held = {s.value for s in HELD_STATUSES}
        lived |= {pair_id for pair_id, status in group if status in held}
        proposed = all(
            status == PairStatus.PROPOSED.value for pair_id, status in group if pair_id not in lived
        )
        kept: int | None = None
        if len(lived) <= 1 and proposed:
            kept = min(lived) if lived else min(ids)
        found.append(_Duplicates(members, ids, kept))
    return found


def _duplicate_problems(duplicates: Iterable[_Duplicates]) -> list[Problem]:
    return [
        Problem(
            DUPLICATE_PAIR,
            {"members": d.members, "pairs": d.pairs, "kept": d.kept, "ended": d.to_end},
            d.kept is not None,
        )
        for d in duplicates
    ]


@dataclass
class _Findings:
    problems: list[Problem]
    orphans: list[_Orphans]
    duplicates: list[_Duplicates]
    damaged: bool

    @property
    def report(self) -> CheckReport:
        return CheckReport(self.problems)


def _unreadable(exc: sqlite3.DatabaseError) -> Problem:
    """The problem for an error SQLite raised while reading: damage it found on its way
    (SQLITE_CORRUPT) is an integrity problem, anything else makes the file unreadable."""
    if str(getattr(exc, "sqlite_errorname", "")).startswith("SQLITE_CORRUPT"):
        return Problem(INTEGRITY, {"count": 1, "details": (str(exc),)}, False)
    return Problem(UNREADABLE, {"detail": str(exc)}, False)


def _run_checks(query: Query, dialect: str = SQLITE) -> _Findings:
    """Every check, through ``query``. In a damaged file only the damage is reported (what
    the other checks would read there cannot be trusted) and nothing is repairable.

    On a server (``dialect`` "postgresql") only the application's rules are checked: the
    server keeps its storage sound and its foreign keys enforced itself, and the migrations
    made its tables when the database was opened."""
    if dialect == POSTGRESQL:
        duplicates = _find_duplicates(query)
        problems = _capacity_problems(query, dialect)
        problems += _session_problems(query)
        problems += _duplicate_problems(duplicates)
        return _Findings(problems, [], duplicates, damaged=False)
    try:
        problems = _integrity_problems(query)
        if problems:
            return _Findings(problems, [], [], damaged=True)
        tables = {
            row[0] for row in query("SELECT name FROM sqlite_master WHERE type = 'table'", ())
        }
        if not _APP_TABLES.issubset(tables):
            return _Findings([Problem(NOT_MENTORAT, {}, False)], [], [], damaged=True)
        orphans = _find_orphans(query)
        duplicates = _find_duplicates(query)
        problems += _foreign_key_problems(orphans)
        problems += _capacity_problems(query, dialect)
        problems += _session_problems(query)
        problems += _duplicate_problems(duplicates)
    except sqlite3.DatabaseError as exc:
        return _Findings([_unreadable(exc)], [], [], damaged=True)
    return _Findings(problems, orphans, duplicates, damaged=False)


# -- the public functions -------------------------------------------------------------------


def check_database(db: Database) -> CheckReport:
    """Check the database the application has open (plain reads, nothing written), on a
    connection of its own: integrity_check reads every page, several times for the indexes,
    and goes about twice as fast with the whole file in its cache, a cache that the app's
    reader (``db.query``) would otherwise keep for the rest of the session.

    On a server, the application's rules only, through ``db.query``; a server out of reach
    raises StorageError, as every other read there does."""
    if db.path is None:
        return _run_checks(db.query, db.dialect).report
    try:  # mode=rw: never create a file where the database should be
        connection = sqlite3.connect(f"{db.path.resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error as exc:
        return CheckReport([Problem(UNREADABLE, {"detail": str(exc)}, False)])
    return _check_connection(connection, db.path)


def check_file(path: Path) -> CheckReport:
    """Check a database file the application has not opened (a backup, say), read-only:
    nothing is written to it nor beside it. Never raises for a damaged, foreign or missing
    file: that is the problem the report gives."""
    path = Path(path)
    wal = path.with_name(f"{path.name}-wal")
    if not wal.exists():
        # Everything is in the main file: read it as immutable, so that SQLite creates no
        # -wal/-shm beside a WAL-mode file (as database.inspect_file does).
        return _check_read_only(path, immutable=True)
    # Part of the data is still in the -wal beside it, which SQLite can only read through a
    # -shm index it would create there: check a copy of both, in a folder of our own.
    with tempfile.TemporaryDirectory(prefix="mentorat-check-") as folder:
        copy = Path(folder) / "copy.sqlite3"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, copy.with_name(f"{copy.name}-wal"))
        except OSError as exc:
            return CheckReport([Problem(UNREADABLE, {"detail": exc.strerror or str(exc)}, False)])
        return _check_read_only(copy, immutable=False)


def _check_read_only(path: Path, immutable: bool) -> CheckReport:
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        return CheckReport([Problem(UNREADABLE, {"detail": str(exc)}, False)])
    return _check_connection(connection, path)


# The page cache of a checking connection: the whole file when it fits in this (KiB).
MAX_CACHE_KIB = 256 * 1024


def _check_connection(connection: sqlite3.Connection, path: Path) -> CheckReport:
    """Run every check on ``connection`` (made read-only here), then close it."""
    try:
        connection.execute("PRAGMA query_only = ON")
        size_kib = path.stat().st_size // 1024 + 1024
        connection.execute(f"PRAGMA cache_size = -{min(size_kib, MAX_CACHE_KIB)}")

        def query(sql: str, params: tuple[Any, ...] = ()) -> Rows:
            return connection.execute(sql, params).fetchall()

        return _run_checks(query).report
    except sqlite3.DatabaseError as exc:
        return CheckReport([_unreadable(exc)])
    except OSError as exc:
        return CheckReport([Problem(UNREADABLE, {"detail": exc.strerror or str(exc)}, False)])
    finally:
        connection.close()


def repair_database(
    db: Database, closing_note: str | None = None, today: dt.date | None = None
) -> tuple[CheckReport, int]:
    """Repair what can safely be repaired, in one transaction, and return the report of a
    check made after it with the number of problems repaired.

    The checks run inside the same transaction as the repairs: SQLite refuses the writes
    if another connection changed the file since the checks read it (on a server, a pair
    changed meanwhile by another coordinator fails the row-version check of its UPDATE,
    StaleDataError, and the whole repair is rolled back). Nothing is
    written when nothing is repairable, nor in a damaged file. After the commit, the topics
    of the tables changed are announced on ``db.bus``.

    ``closing_note`` (already in the user's language, see check_messages.repair_note) is
    stored as the closing comment and history note of the duplicate pairs ended; ``today``
    is the date they end on (default: the current date)."""
    repaired = 0
    topics: set[Topic] = set()
    # What it announces is known once the repairs are made (announce, at the end).
    with db.transaction(announces=()) as session:
        connection = session.connection()
        dbapi = connection.connection.dbapi_connection
        if db.dialect == SQLITE and not getattr(dbapi, "in_transaction", True):
            # A driver that would only begin at the first write: begin now, for writing.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        findings = _run_checks(_reader(connection, db.dialect), db.dialect)
        if not findings.damaged:
            for orphans in findings.orphans:
                if orphans.fix is not None:
                    _repair_orphans(connection, orphans)
                    repaired += 1
                    topics.update(_TOPICS.get(orphans.table, ()))
            ended = [d for d in findings.duplicates if d.to_end]
            if ended:
                _end_duplicates(session, ended, closing_note, today or dt.date.today())
                repaired += len(ended)
                topics.add(Topic.PAIRS)
        announce(session, *sorted(topics))
    return check_database(db), repaired


# -- repairing ------------------------------------------------------------------------------


def _reader(connection: Connection, dialect: str = SQLITE) -> Query:
    """A read function on the transaction's connection, raising sqlite3's own errors (as
    the checks expect) rather than SQLAlchemy's wrappers. On a server, the ``?`` of the
    queries are translated and the values come back as SQLite gives them (as
    ``Database.query`` does)."""

    def query(sql: str, params: tuple[Any, ...] = ()) -> Rows:
        if dialect == POSTGRESQL:
            rows = _fetch(connection, to_pyformat(sql) if params else sql, params)
            return [tuple(as_sqlite_value(v) for v in row) for row in rows]
        try:
            return _fetch(connection, sql, params)
        except DBAPIError as exc:
            if isinstance(exc.orig, sqlite3.DatabaseError):
                raise exc.orig from exc
            raise

    return query


def _fetch(connection: Connection, sql: str, params: tuple[Any, ...]) -> Rows:
    result = connection.exec_driver_sql(sql, params) if params else connection.exec_driver_sql(sql)
    return [tuple(row) for row in result.fetchall()]


def _repair_orphans(connection: Connection, orphans: _Orphans) -> None:
    table = _quote(orphans.table)
    for chunk in _chunks(orphans.rowids):
        marks = ", ".join("?" * len(chunk))
        if orphans.fix == DELETE:
            sql = f"DELETE FROM {table} WHERE rowid IN ({marks})"
        else:
            sql = f"UPDATE {table} SET {_quote(orphans.column)} = NULL WHERE rowid IN ({marks})"
        connection.exec_driver_sql(sql, tuple(chunk))


def _end_duplicates(
    session: Session, duplicates: Sequence[_Duplicates], note: str | None, today: dt.date
) -> None:
    """End the untouched proposals of each group, as PairService.end would: status, date,
    reason and a step in their history (never before the last step)."""
    for group in duplicates:
        for pair_id in group.to_end:
            pair = session.get(Pair, pair_id)
            if pair is None:  # found in this same transaction: cannot happen
                continue
            last = max((step.effective_on for step in pair.history), default=today)
            on = max(today, last)
            pair.status = PairStatus.ENDED
            pair.ended_on = on
            pair.end_reason = EndReason.OTHER
            if note and not pair.closing_comment:
                pair.closing_comment = note
            pair.history.append(
                PairStatusChange(status=PairStatus.ENDED, effective_on=on, note=note)
            )
