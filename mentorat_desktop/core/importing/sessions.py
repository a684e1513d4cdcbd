"""Long on purpose (about 600 lines): columns, plan and apply share a file's rows.
Why: recognising the columns, planning and applying share the rows of a sessions' file.

Importing sessions from a spreadsheet: recognise the columns, plan, then apply.

The coordinator's log often lives in a spreadsheet: one line per meeting, with the two
people (two columns, or one "Binôme" column "Zoé Côté / François Lévesque"), the date, the
duration ("1h30", "90 min", "1,5"), and perhaps the mode, place, topics, the direction of
the learning and notes. :func:`plan_session_import` sorts every row into "to add",
"duplicate" or "refused" without writing, keeping counts and the first rows of each kind
(memory bounded whatever the file's size); :func:`apply_session_import` reads the file
again and writes the rows to add, a few thousand per statement, in one transaction: all or
nothing.

Members are found by e-mail or by name, "First Last" or "Last First" (case and accents
ignored), as ``PairService.find_member`` does, then the pair of those two people. Every
member, pair and logged session is loaded once: no query per row.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from mentorat_desktop.core.database import Database, nothing_changed
from mentorat_desktop.core.durations import MAX_MINUTES, DurationError, parse_duration
from mentorat_desktop.core.enums import Direction, Mode
from mentorat_desktop.core.errors import FieldError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.importing.cells import (
    AmbiguousDateError,
    header_key,
    parse_cell_date,
    parse_direction,
    parse_mode,
    split_pair,
    word_index,
)
from mentorat_desktop.core.importing.columns import (
    ColumnsMissing,
    add_samples,
    chosen_columns,
    complete,
    new_samples,
)
from mentorat_desktop.core.importing.members import RefusedRow
from mentorat_desktop.core.importing.session_register import (
    HISTORY_SQL,
    MEMBERS_SQL,
    PAIRS_SQL,
    REQUIRED,
    SESSIONS_SQL,
    Register,
    RegisterRows,
    find_pair,
    rows_from_db,
    session_key,
)
from mentorat_desktop.core.importing.streaming import (
    FileMark,
    ImportFileChanged,
    Kept,
    LineSet,
)
from mentorat_desktop.core.importing.tabular import (
    Table,
    TableReadError,
    TableRow,
    TableStream,
    limit_rows,
    open_table,
)
from mentorat_desktop.core.importing.titles import MENTEE, MENTOR, PAIR, SESSION_TITLES
from mentorat_desktop.core.models import MentoringSession
from mentorat_desktop.core.services.sessions import (
    SessionInput,
    period_errors,
    validate_session,
)
from mentorat_desktop.core.text import fold

__all__ = [
    "TARGETS",
    "AmbiguousDateError",
    "DuplicateSessionRow",
    "ImportFileChanged",
    "MissingSessionColumnsError",
    "PlannedSession",
    "RefusedRow",
    "SessionImportError",
    "SessionImportPlan",
    "apply_session_import",
    "chosen_session_headers",
    "parse_direction",
    "parse_session_date",
    "plan_session_import",
    "plan_session_table",
    "recognise_session_headers",
]

# The most session rows one file may hold: a bigger file is refused (TooManyRowsError)
# before anything is planned or written. Rows are read one at a time up to there.
MAX_ROWS = 200_000


# The reason a row is a duplicate: same pair, same day, same duration.
SAME_SESSION = "same_session"

# Codes of the FieldErrors this module adds to those of sessions.validate_session():
# REQUIRED, NOT_FOUND, AMBIGUOUS and NO_PAIR (see session_register), and
PAIR_UNREADABLE = "pair_unreadable"  # pair: {"value", "column"}: not two names
DATE_UNREADABLE = "date_unreadable"  # held_on: {"value", "column"}
DATE_AMBIGUOUS = "date_ambiguous"  # held_on: {"value", "column"}: 05/06/2026 in fr_CA or en
MODE_UNKNOWN = "mode_unknown"  # mode: {"value", "column"}
DIRECTION_UNKNOWN = "direction_unknown"  # direction: {"value", "column"}
# duration_minutes: "duration_" and a DurationError code, as the session form says them:
# "duration_unreadable", "duration_zero", "duration_negative", "duration_too_long" (then
# also {"max": the most minutes the session service accepts}), each with {"value",
# "column"}. The limits are those of durations.parse_duration and of
# sessions.validate_session, the rules the service applies when it logs a session, so
# that a row the plan accepts is one the service and the database accept too.


_HEADER_INDEX: dict[str, str] = word_index(SESSION_TITLES)

# The fields a column can be given to in the preview, in the order the session form shows
# them (the people first: two columns, or one naming the pair).
TARGETS: tuple[str, ...] = (
    MENTOR,
    MENTEE,
    PAIR,
    "held_on",
    "duration_minutes",
    "mode",
    "place",
    "topics",
    "direction",
    "notes",
)


# -- errors and results --------------------------------------------------------------------


class SessionImportError(Exception):
    """The file cannot be imported as sessions (the file itself was read)."""


class MissingSessionColumnsError(ColumnsMissing, SessionImportError):
    """Columns the import needs are missing. ``missing`` lists them among "mentor" and
    "mentee" (neither their two columns nor a "Binôme" column), "held_on" (the date) and
    "duration_minutes"; the titles, the guesses and a few values of each column come with
    it (see columns.ColumnsMissing)."""


@dataclass(frozen=True, slots=True)
class PlannedSession:
    """A row that will be added. ``data`` is cleaned and valid; ``name`` is
    "Mentor / Mentee" as recorded. A plan holds one per row (up to MAX_ROWS): slots."""

    line: int
    data: SessionInput
    name: str


@dataclass(frozen=True)
class DuplicateSessionRow:
    """A row left out because the same session (same pair, day and duration) is already
    logged (``existing_line`` None) or is an earlier row of the file (its line)."""

    line: int
    name: str
    held_on: dt.date
    duration_minutes: int
    existing_line: int | None = None
    reason: str = SAME_SESSION


@dataclass
class SessionImportPlan:
    """What importing a file would do, in memory bounded whatever the file's size: the
    rows of each kind counted (``*_count``), the first SHOWN_ROWS of each kept to show
    (``to_add``, ``duplicates``, ``refused``), the lines to add one bit each, and what the
    file was (``mark``): the import reads the file again."""

    column_map: dict[str, str]  # column title -> field (a SessionInput field, MENTOR...)
    ignored_headers: list[str]  # columns not recognised (or not used), in file order
    to_add: list[PlannedSession] = field(default_factory=list)  # the first ones
    duplicates: list[DuplicateSessionRow] = field(default_factory=list)  # the first ones
    refused: list[RefusedRow] = field(default_factory=list)  # the first ones
    path: Path | None = None
    headers: list[str] = field(default_factory=list)  # every column title, in file order
    # A few different values of each column (the first ones met), to show what a column
    # held, whether it is imported or not.
    samples: dict[str, list[str]] = field(default_factory=dict)
    to_add_count: int = 0
    duplicates_count: int = 0
    refused_count: int = 0
    language: str = "fr_FR"
    today: dt.date = field(default_factory=dt.date.today)
    lines_to_add: LineSet = field(default_factory=LineSet)
    mark: FileMark | None = None

    @property
    def total_rows(self) -> int:
        return self.to_add_count + self.duplicates_count + self.refused_count


# -- columns -------------------------------------------------------------------------------


def recognise_session_headers(headers: list[str]) -> tuple[dict[str, str], list[str]]:
    """Map column titles to fields: (column_map, ignored_headers). The first column of a
    field wins. The people come from a mentor and a mentee column, or else from a pair
    column. Raises MissingSessionColumnsError when the people, the date or the duration
    have no column."""
    column_map: dict[str, str] = {}
    for header in headers:
        target = _HEADER_INDEX.get(header_key(header))
        if target is not None and target not in column_map.values():
            column_map[header] = target
    found = set(column_map.values())
    if {MENTOR, MENTEE} <= found:
        column_map = {h: t for h, t in column_map.items() if t != PAIR}
    elif PAIR in found:
        column_map = {h: t for h, t in column_map.items() if t not in (MENTOR, MENTEE)}
    _check_needed(column_map)
    ignored = [h for h in headers if h not in column_map]
    return column_map, ignored


def chosen_session_headers(
    headers: list[str], chosen: dict[str, str]
) -> tuple[dict[str, str], list[str]]:
    """The coordinator's own map of columns to fields (a column left out, or given "", is
    not imported): (column_map, ignored_headers). Unknown titles and fields are left out.
    When several columns are given one field, the first that is not empty on a row is
    read. MissingSessionColumnsError as recognise_session_headers."""
    column_map, ignored = chosen_columns(headers, chosen, TARGETS)
    _check_needed(column_map)
    return column_map, ignored


def _check_needed(column_map: dict[str, str]) -> None:
    """MissingSessionColumnsError unless the people, the date and the duration have a
    column each."""
    found = set(column_map.values())
    missing: list[str] = []
    if PAIR not in found:
        missing += [f for f in (MENTOR, MENTEE) if f not in found]
    missing += [f for f in ("held_on", "duration_minutes") if f not in found]
    if missing:
        raise MissingSessionColumnsError(missing, column_map)


def _minutes_column(header: str) -> bool:
    """Whether a duration column says its numbers are minutes ("Minutes", "Durée (min)")."""
    words = set(re.findall(r"[a-z]+", fold(header)))
    return bool(words & {"min", "mins", "minute", "minutes", "mn"})


# -- cells ---------------------------------------------------------------------------------


def parse_session_date(text: str, language: str = "fr_FR") -> dt.date:
    """A session date as the locale writes it: cells.parse_cell_date, the members
    importer's reading too ("15/10/2026", "2026-10-15", "15 octobre 2026", "October 15,
    2026"; in fr_CA and en an ambiguous 05/06/2026 raises AmbiguousDateError)."""
    return parse_cell_date(text, language)


# -- planning ------------------------------------------------------------------------------


def plan_session_import(
    db: Database,
    path: Path,
    *,
    language: str = "fr_FR",
    today: dt.date | None = None,
    column_map: dict[str, str] | None = None,
) -> SessionImportPlan:
    """Read ``path`` and sort its rows, writing nothing.

    Raises TableReadError (tabular) when the file cannot be read, TooManyRowsError (a
    TableReadError) when it holds more than MAX_ROWS rows, and MissingSessionColumnsError
    when the people, the date or the duration have no column. The rows are read one at a
    time, and only counts and the first few rows of each kind are kept.

    ``column_map`` (column title -> a field of TARGETS) replaces the columns recognised by
    their titles: the coordinator's choice in the preview (see chosen_session_headers).
    """
    path = Path(path)
    mark = _mark_of(path)
    with open_table(path, max_rows=MAX_ROWS) as table:
        plan = plan_session_table(db, table, language=language, today=today, column_map=column_map)
    plan.path, plan.mark = path, mark
    return plan


def _mark_of(path: Path) -> FileMark | None:
    """The file's mark, None when it cannot be read (open_table then says why)."""
    try:
        return FileMark.of(path) if path.is_file() else None
    except OSError:
        return None


def plan_session_table(
    db: Database,
    table: Table | TableStream,
    *,
    language: str = "fr_FR",
    today: dt.date | None = None,
    column_map: dict[str, str] | None = None,
) -> SessionImportPlan:
    """Sort the rows of a table, read or being read (see plan_session_import). A plan made
    from a table rather than a file cannot be applied (it has no ``path``)."""
    today = today or dt.date.today()
    try:
        if column_map is None:
            column_map, ignored = recognise_session_headers(table.headers)
        else:
            column_map, ignored = chosen_session_headers(table.headers, column_map)
    except MissingSessionColumnsError as exc:
        complete(exc, table.headers, table.rows)
        raise
    plan = SessionImportPlan(
        column_map=column_map,
        ignored_headers=ignored,
        headers=list(table.headers),
        samples=new_samples(table.headers),
        language=language,
        today=today,
    )
    sorter = _Sorter(Register.load(rows_from_db(db)), column_map, language, today)
    to_add: Kept[PlannedSession] = Kept()
    duplicates: Kept[DuplicateSessionRow] = Kept()
    refused: Kept[RefusedRow] = Kept()
    for row in limit_rows(table.rows, MAX_ROWS):
        add_samples(plan.samples, row.values)
        outcome = sorter.sort(row)
        if isinstance(outcome, PlannedSession):
            to_add.add(outcome)
            plan.lines_to_add.add(row.line)
        elif isinstance(outcome, DuplicateSessionRow):
            duplicates.add(outcome)
        else:
            refused.add(outcome)
    plan.to_add, plan.to_add_count = to_add.rows, to_add.count
    plan.duplicates, plan.duplicates_count = duplicates.rows, duplicates.count
    plan.refused, plan.refused_count = refused.rows, refused.count
    return plan


class _Sorter:
    """Sorts rows one at a time against a register: to add, duplicate or refused. A row
    to add is remembered, so that the same session later in the file is a duplicate."""

    def __init__(
        self, register: Register, column_map: dict[str, str], language: str, today: dt.date
    ) -> None:
        self.register = register
        self.language = language
        self.today = today
        self.minutes_columns = {
            h for h, t in column_map.items() if t == "duration_minutes" and _minutes_column(h)
        }
        self.columns_of: dict[str, list[str]] = {}  # field -> its columns, in file order
        for header, target in column_map.items():
            self.columns_of.setdefault(target, []).append(header)

    def sort(self, row: TableRow) -> PlannedSession | DuplicateSessionRow | RefusedRow:
        register, columns_of = self.register, self.columns_of
        data, name, errors = _read_row(
            row.values, columns_of, register, self.language, self.minutes_columns
        )
        if data is not None:
            data = data.cleaned()
            duration_column = _cell_of(row.values, columns_of["duration_minutes"])[0]
            text = row.values.get(duration_column, "").strip()
            errors += [
                _duration_problem(e.code, duration_column, text) if _is_duration(e) else e
                for e in validate_session(data, self.today)
            ]
            if not any(e.field == "held_on" for e in errors):
                info = register.pairs[data.pair_id]
                errors += period_errors(info.periods, data.held_on, info.closed_as)
        if errors or data is None:
            return RefusedRow(row.line, errors, name)
        key = session_key(data.pair_id, data.held_on, data.duration_minutes)
        existing = register.logged.get(key)
        if existing is not None:
            return DuplicateSessionRow(
                row.line, name, data.held_on, data.duration_minutes, existing or None
            )
        register.logged.add(key, row.line)
        return PlannedSession(row.line, data, name)


def _read_row(
    values: dict[str, str],
    columns_of: dict[str, list[str]],
    register: Register,
    language: str,
    minutes_columns: set[str],
) -> tuple[SessionInput | None, str, list[FieldError]]:
    """The session a row describes (not yet validated; None when its pair, date or
    duration cannot be told), a name for the row, and the problems found."""
    cells = {target: _cell_of(values, columns) for target, columns in columns_of.items()}

    def problem(target: str, code: str) -> FieldError:
        column, text = cells[target]
        return FieldError(target, code, {"value": text, "column": column})

    def text_of(target: str) -> str:
        return cells[target][1] if target in cells else ""

    # The date, read first: it tells which pair is meant when two people formed several.
    held_on: dt.date | None = None
    date_errors: list[FieldError] = []
    if not text_of("held_on"):
        date_errors.append(FieldError("held_on", REQUIRED))
    else:
        try:
            held_on = parse_session_date(text_of("held_on"), language)
        except AmbiguousDateError:
            date_errors.append(problem("held_on", DATE_AMBIGUOUS))
        except ValueError:
            date_errors.append(problem("held_on", DATE_UNREADABLE))

    # The two people, then their pair.
    errors: list[FieldError] = []
    mentor_text, mentee_text = text_of(MENTOR), text_of(MENTEE)
    name = " / ".join(t for t in (mentor_text, mentee_text) if t)
    pair_id: int | None = None
    if text_of(PAIR):
        name = text_of(PAIR)
        try:
            mentor_text, mentee_text = split_pair(text_of(PAIR))
        except ValueError:
            errors.append(problem(PAIR, PAIR_UNREADABLE))
    if not errors:
        pair_id = find_pair(register, mentor_text, mentee_text, held_on, errors)
    errors += date_errors

    # The duration.
    minutes: int | None = None
    duration_column, duration_text = cells["duration_minutes"]
    if not duration_text:
        errors.append(FieldError("duration_minutes", REQUIRED))
    else:
        try:
            minutes = parse_duration(duration_text, bare_minutes=duration_column in minutes_columns)
        except DurationError as exc:
            errors.append(_duration_problem(exc.code, duration_column, duration_text))

    # The rest.
    mode: Mode | None = None
    if text_of("mode"):
        try:
            mode = parse_mode(text_of("mode"))
        except ValueError:
            errors.append(problem("mode", MODE_UNKNOWN))
    direction = Direction.MENTOR_TO_MENTEE
    if text_of("direction"):
        try:
            direction = parse_direction(text_of("direction"))
        except ValueError:
            errors.append(problem("direction", DIRECTION_UNKNOWN))

    if pair_id is None or held_on is None or minutes is None:
        return None, name, errors
    if mode is None:
        pair_mode = register.pairs[pair_id].mode
        mode = pair_mode if pair_mode != Mode.ANY else Mode.IN_PERSON
    data = SessionInput(
        pair_id=pair_id,
        held_on=held_on,
        duration_minutes=minutes,
        mode=mode,
        place=text_of("place") or None,
        topics=text_of("topics") or None,
        direction=direction,
        notes=text_of("notes") or None,
    )
    return data, name, errors


def _cell_of(values: dict[str, str], columns: list[str]) -> tuple[str, str]:
    """(column, text) of the first of a field's ``columns`` not empty on this row (the
    first column when all are empty)."""
    for header in columns:
        text = values.get(header, "").strip()
        if text:
            return header, text
    return columns[0], ""


def _is_duration(error: FieldError) -> bool:
    return error.field == "duration_minutes" and error.code != REQUIRED


# The import's code for each refusal of a duration (a durations.DurationError code, or a
# code of sessions.validate_session for duration_minutes): the session form's codes.
_DURATION_CODES = {
    "unreadable": "duration_unreadable",
    "zero": "duration_zero",
    "negative": "duration_negative",
    "too_long": "duration_too_long",
}


def _duration_problem(code: str, column: str, text: str) -> FieldError:
    """A duration refused by parse_duration or validate_session, as the import says it."""
    params: dict[str, object] = {"value": text, "column": column}
    if code == "too_long":
        params["max"] = MAX_MINUTES
    import_code = _DURATION_CODES.get(code, code)
    return FieldError("duration_minutes", import_code, params)


# -- applying ------------------------------------------------------------------------------


def apply_session_import(
    db: Database, plan: SessionImportPlan, added_ids: list[int] | None = None
) -> int:
    """Add the rows the plan found to add, in one transaction, and return how many were
    added (their ids go into ``added_ids`` when given: an undo removes them).

    The file is read again (ImportFileChanged, before anything is written, when it is no
    longer the one previewed) and its rows written a few thousand per statement. Inside the
    transaction, each row is checked again against the database as it is now (the pair may
    have gone, its history changed, or the same session been logged since the plan was
    made); such rows are left out. On any error nothing is written and the error
    propagates.
    """
    if not plan.to_add_count:
        return 0
    if plan.path is None or plan.mark is None:
        raise ValueError("a plan of a table, not of a file, cannot be applied")
    plan.mark.check(plan.path)

    now = dt.datetime.now().replace(microsecond=0)
    added = 0
    with db.transaction(announces=(Topic.SESSIONS,)) as session:

        def rows(sql: str) -> list[tuple[Any, ...]]:
            return [tuple(r) for r in session.execute(text(sql))]

        register = Register.load(
            RegisterRows(rows(MEMBERS_SQL), rows(PAIRS_SQL), rows(HISTORY_SQL), rows(SESSIONS_SQL))
        )
        sorter = _Sorter(register, plan.column_map, plan.language, plan.today)
        statement = insert(MentoringSession)
        chunk: list[dict[str, object]] = []

        def write() -> None:
            if added_ids is None:
                session.execute(statement, chunk)
            else:
                returning = statement.returning(MentoringSession.id, sort_by_parameter_order=True)
                added_ids.extend(session.scalars(returning, chunk).all())
            chunk.clear()

        try:
            with open_table(plan.path, max_rows=MAX_ROWS) as table:
                if table.headers != plan.headers:
                    raise ImportFileChanged(plan.path.name)
                for row in limit_rows(table.rows, MAX_ROWS):
                    if row.line not in plan.lines_to_add:
                        continue
                    outcome = sorter.sort(row)
                    if isinstance(outcome, PlannedSession):
                        chunk.append(_session_values(outcome, now))
                        added += 1
                        if len(chunk) >= _INSERT_CHUNK:
                            write()
                if chunk:
                    write()
        except TableReadError as exc:  # read once already: it changed since
            raise ImportFileChanged(plan.path.name) from exc
        if not added:
            nothing_changed(session)
    return added


# Rows per INSERT statement of apply_session_import, all in its one transaction: the
# statement's parameters of a 200,000-row file at once took more memory than the rest.
_INSERT_CHUNK = 5000


def _session_values(row: PlannedSession, now: dt.datetime) -> dict[str, object]:
    data = row.data
    return {
        "pair_id": data.pair_id,
        "held_on": data.held_on,
        "duration_minutes": data.duration_minutes,
        "mode": data.mode,
        "place": data.place,
        "topics": data.topics,
        "direction": data.direction,
        "notes": data.notes,
        "created_at": now,
    }
