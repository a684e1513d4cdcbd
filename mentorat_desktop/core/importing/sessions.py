"""Importing sessions from a spreadsheet: recognise the columns, plan, then apply.

The coordinator's log often lives in a spreadsheet: one line per meeting, with the two
people (two columns, or one "Binôme" column "Zoé Côté / François Lévesque"), the date, the
duration ("1h30", "90 min", "1,5"), and perhaps the mode, place, topics, the direction of
the learning and notes. :func:`plan_session_import` sorts every row into "to add",
"duplicate" or "refused" without writing; :func:`apply_session_import` writes the rows to
add in one transaction: all or nothing.

Members are found by e-mail or by name, "First Last" or "Last First" (case and accents
ignored), as ``PairService.find_member`` does, then the pair of those two people. Every
member, pair and logged session is loaded once: no query per row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.durations import MAX_MINUTES, DurationError, parse_duration
from mentorat_desktop.core.enums import Direction, MemberStatus, Mode, PairStatus
from mentorat_desktop.core.errors import FieldError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.importing.cells import (
    MODE_TITLES,
    NOTES_TITLES,
    AmbiguousDateError,
    header_key,
    parse_cell_date,
    parse_mode,
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
from mentorat_desktop.core.importing.tabular import Table, TableStream, limit_rows, open_table
from mentorat_desktop.core.services.sessions import (
    HistoryStep,
    Period,
    SessionInput,
    active_periods,
    period_errors,
    validate_session,
    was_active_on,
)
from mentorat_desktop.core.text import fold

__all__ = [
    "TARGETS",
    "AmbiguousDateError",
    "DuplicateSessionRow",
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

# Pseudo-fields a column can map to besides the SessionInput fields.
MENTOR = "mentor"
MENTEE = "mentee"
PAIR = "pair"  # one column naming both: "Zoé Côté / François Lévesque"

# The reason a row is a duplicate: same pair, same day, same duration.
SAME_SESSION = "same_session"

# Codes of the FieldErrors this module adds to those of sessions.validate_session().
REQUIRED = "required"  # mentor, mentee, held_on, duration_minutes: the cell is empty
NOT_FOUND = "not_found"  # mentor, mentee: {"who"}: nobody by that name or e-mail
AMBIGUOUS = "ambiguous"  # mentor, mentee: {"who", "count"}: several members match
NO_PAIR = "no_pair"  # pair_id: {"mentor", "mentee"}: these two do not form a pair
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


_HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    MENTOR: (
        "Mentor",
        "Mentor(e)",
        "Jeune",
        "Junior",
        "Nom du mentor",
        "Mentor name",
        "Jeune mentor",
        "Mentor junior",
    ),
    MENTEE: (
        "Mentoré",
        "Mentorée",
        "Mentoré(e)",
        "Mentee",
        "Mentoree",
        "Senior",
        "Aîné",
        "Aînée",
        "Nom du mentoré",
        "Mentee name",
        "Mentoré senior",
    ),
    PAIR: ("Binôme", "Pair", "Duo", "Mentor et mentoré", "Mentor / mentoré", "Mentor - mentoré"),
    "held_on": (
        "Date",
        "Date de la rencontre",
        "Date de rencontre",
        "Date de la séance",
        "Date de séance",
        "Date de la session",
        "Session date",
        "Meeting date",
        "Date of the meeting",
        "Date of the session",
        "Jour",
        "Day",
    ),
    "duration_minutes": (
        "Durée",
        "Duration",
        "Temps",
        "Heures",
        "Hours",
        "Nombre d'heures",
        "Durée de la rencontre",
        "Durée de la séance",
        "Temps passé",
        "Time",
        "Time spent",
        "Length",
        "Minutes",
        "Nombre de minutes",
    ),
    "mode": (*MODE_TITLES, "Format"),
    "place": ("Lieu", "Place", "Location", "Endroit", "Lieu de la rencontre", "Où", "Where"),
    "topics": (
        "Sujets",
        "Thèmes",
        "Topics",
        "Sujets abordés",
        "Thèmes abordés",
        "Subjects",
        "Themes",
        "Contenu",
        "Topics covered",
        "Ordre du jour",
    ),
    "direction": (
        "Sens",
        "Direction",
        "Sens de l'apprentissage",
        "Sens de la transmission",
        "Learning direction",
        "Qui a appris de qui",
        "Who taught whom",
        "Qui a transmis",
        "Who taught",
    ),
    "notes": (*NOTES_TITLES, "Compte rendu"),
}

# Words that name one side of the pair, or both, in a "direction" cell.
_MENTOR_SIDE = frozenset({"mentor", "mentors", "jeune", "junior"})
_MENTEE_SIDE = frozenset(
    {"mentore", "mentoree", "mentores", "mentee", "mentees", "senior", "aine", "ainee"}
)
_BOTH_WORDS = frozenset(
    {
        "deux",
        "both",
        "reciproque",
        "reciprocal",
        "mutuel",
        "mutuelle",
        "mutual",
        "bidirectionnel",
        "bidirectional",
        "echange",
        "croise",
        "twoway",
    }
)
# Verbs that make a lone side the one who taught ("le mentor transmet").
_TEACHES = frozenset({"transmet", "transmis", "enseigne", "passes", "passed", "teaches", "taught"})
_LEFT_ARROWS = ("←", "<-", "<=", "⇐", "<")


_HEADER_INDEX: dict[str, str] = word_index(_HEADER_ALIASES)

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


@dataclass(frozen=True)
class PlannedSession:
    """A row that will be added. ``data`` is cleaned and valid; ``name`` is
    "Mentor / Mentee" as recorded."""

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
    column_map: dict[str, str]  # column title -> field (a SessionInput field, MENTOR...)
    ignored_headers: list[str]  # columns not recognised (or not used), in file order
    to_add: list[PlannedSession] = field(default_factory=list)
    duplicates: list[DuplicateSessionRow] = field(default_factory=list)
    refused: list[RefusedRow] = field(default_factory=list)
    path: Path | None = None
    headers: list[str] = field(default_factory=list)  # every column title, in file order
    # A few different values of each column (the first ones met), to show what a column
    # held, whether it is imported or not.
    samples: dict[str, list[str]] = field(default_factory=dict)

    @property
    def total_rows(self) -> int:
        return len(self.to_add) + len(self.duplicates) + len(self.refused)


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


def parse_direction(text: str) -> Direction:
    """Which way the learning went, from "mentor → mentoré", "Mentor vers mentoré",
    "mentoré vers mentor", "mentee to mentor", "jeune > senior", "les deux", "both",
    "réciproque"... An empty cell is the usual way (mentor to mentee). ValueError when
    the cell names neither a way nor both."""
    folded = fold(text)
    words = re.findall(r"[a-z]+", folded)
    if not words:
        if folded.strip(" -") == "":
            return Direction.MENTOR_TO_MENTEE
        raise ValueError(text)
    if any(word in _BOTH_WORDS for word in words) or "2 sens" in folded or "<->" in folded:
        return Direction.BOTH
    sides = [
        "mentor" if word in _MENTOR_SIDE else "mentee"
        for word in words
        if word in _MENTOR_SIDE or word in _MENTEE_SIDE
    ]
    if len(sides) == 1 and _TEACHES & set(words):
        # The screens' words: "Le mentor transmet", "The mentee passes it on".
        sides.append("mentee" if sides[0] == "mentor" else "mentor")
    if len(sides) < 2 or sides[0] == sides[-1]:
        raise ValueError(text)
    direction = Direction.MENTOR_TO_MENTEE if sides[0] == "mentor" else Direction.MENTEE_TO_MENTOR
    if any(arrow in text for arrow in _LEFT_ARROWS) and not any(
        arrow in text for arrow in ("→", "->", "=>", "⇒", ">")
    ):
        direction = (
            Direction.MENTEE_TO_MENTOR
            if direction == Direction.MENTOR_TO_MENTEE
            else Direction.MENTOR_TO_MENTEE
        )
    return direction


_PAIR_SEPARATORS = re.compile(r"\s*/\s*|\s+(?:et|and|avec|with)\s+|\s*&\s*|\s+[-–—+]\s+|\s*;\s*")


def split_pair(text: str) -> tuple[str, str]:
    """The two people of "Zoé Côté / François Lévesque", "Zoé Côté et François Lévesque",
    "Zoé Côté - François Lévesque" or "Zoé Côté & François Lévesque". ValueError otherwise."""
    parts = [p.strip() for p in _PAIR_SEPARATORS.split(text.strip())]
    parts = [p for p in parts if p]
    if len(parts) != 2:
        raise ValueError(text)
    return parts[0], parts[1]


# -- what is already recorded --------------------------------------------------------------


@dataclass(frozen=True)
class _PairInfo:
    id: int
    mentor_id: int
    mentee_id: int
    mode: Mode
    periods: tuple[Period, ...]


@dataclass
class _Register:
    """Members, pairs and logged sessions, loaded once, looked up without queries."""

    names: dict[str, dict[int, str]] = field(default_factory=dict)  # folded name -> people
    emails: dict[str, dict[int, str]] = field(default_factory=dict)
    active: set[int] = field(default_factory=set)
    pairs_of: dict[frozenset[int], list[_PairInfo]] = field(default_factory=dict)
    pairs: dict[int, _PairInfo] = field(default_factory=dict)
    logged: dict[tuple[int, dt.date, int], int | None] = field(default_factory=dict)

    @classmethod
    def load(cls, rows: _Rows) -> _Register:
        register = cls()
        for member_id, first, last, email, status in rows.members:
            name = f"{first or ''} {last or ''}".strip()
            for key in {fold(f"{first} {last}"), fold(f"{last} {first}")}:
                register.names.setdefault(key, {})[member_id] = name
            if email and email.strip():
                register.emails.setdefault(email.strip().lower(), {})[member_id] = name
            if status == MemberStatus.ACTIVE.value:
                register.active.add(member_id)
        history: dict[int, list[tuple[PairStatus, dt.date]]] = {}
        for pair_id, status, day in rows.history:
            history.setdefault(pair_id, []).append((PairStatus(status), _date(day)))
        for pair_id, mentor_id, mentee_id, mode in rows.pairs:
            steps = [HistoryStep(s, d) for s, d in history.get(pair_id, [])]
            info = _PairInfo(
                pair_id, mentor_id, mentee_id, Mode(mode), tuple(active_periods(steps))
            )
            register.pairs[pair_id] = info
            register.pairs_of.setdefault(frozenset((mentor_id, mentee_id)), []).append(info)
        for pair_id, day, minutes in rows.sessions:
            register.logged[(pair_id, _date(day), int(minutes))] = None
        return register

    def people(self, who: str) -> dict[int, str]:
        """The members ``who`` names (e-mail or name); active ones when there are any,
        else archived ones (an old log names people who have left since)."""
        text = " ".join(who.split())
        found = self.emails.get(text.lower(), {}) if "@" in text else self.names.get(fold(text), {})
        active = {i: n for i, n in found.items() if i in self.active}
        return active or found


@dataclass
class _Rows:
    members: list[tuple[Any, ...]]
    pairs: list[tuple[Any, ...]]
    history: list[tuple[Any, ...]]
    sessions: list[tuple[Any, ...]]


_MEMBERS_SQL = "SELECT id, first_name, last_name, email, status FROM member"
_PAIRS_SQL = "SELECT id, mentor_id, mentee_id, mode FROM pair"
_HISTORY_SQL = "SELECT pair_id, status, effective_on FROM pair_status_change ORDER BY id"
_SESSIONS_SQL = "SELECT pair_id, held_on, duration_minutes FROM mentoring_session"


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _rows_from_db(db: Database) -> _Rows:
    return _Rows(
        db.query(_MEMBERS_SQL),
        db.query(_PAIRS_SQL),
        db.query(_HISTORY_SQL),
        db.query(_SESSIONS_SQL),
    )


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
    time, not the whole file at once.

    ``column_map`` (column title -> a field of TARGETS) replaces the columns recognised by
    their titles: the coordinator's choice in the preview (see chosen_session_headers).
    """
    with open_table(path, max_rows=MAX_ROWS) as table:
        plan = plan_session_table(db, table, language=language, today=today, column_map=column_map)
    plan.path = Path(path)
    return plan


def plan_session_table(
    db: Database,
    table: Table | TableStream,
    *,
    language: str = "fr_FR",
    today: dt.date | None = None,
    column_map: dict[str, str] | None = None,
) -> SessionImportPlan:
    """Sort the rows of a table, read or being read (see plan_session_import)."""
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
    )
    register = _Register.load(_rows_from_db(db))
    minutes_columns = {
        h for h, t in column_map.items() if t == "duration_minutes" and _minutes_column(h)
    }
    for row in limit_rows(table.rows, MAX_ROWS):
        add_samples(plan.samples, row.values)
        data, name, errors = _read_row(row.values, column_map, register, language, minutes_columns)
        if data is not None:
            data = data.cleaned()
            duration_column = _cell_of(row.values, column_map, "duration_minutes")[0]
            text = row.values.get(duration_column, "").strip()
            errors += [
                _duration_problem(e.code, duration_column, text) if _is_duration(e) else e
                for e in validate_session(data, today)
            ]
            if not any(e.field == "held_on" for e in errors):
                errors += period_errors(register.pairs[data.pair_id].periods, data.held_on)
        if errors or data is None:
            plan.refused.append(RefusedRow(row.line, errors, name))
            continue
        key = (data.pair_id, data.held_on, data.duration_minutes)
        if key in register.logged:
            plan.duplicates.append(
                DuplicateSessionRow(
                    row.line, name, data.held_on, data.duration_minutes, register.logged[key]
                )
            )
            continue
        register.logged[key] = row.line
        plan.to_add.append(PlannedSession(row.line, data, name))
    return plan


def _read_row(
    values: dict[str, str],
    column_map: dict[str, str],
    register: _Register,
    language: str,
    minutes_columns: set[str],
) -> tuple[SessionInput | None, str, list[FieldError]]:
    """The session a row describes (not yet validated; None when its pair, date or
    duration cannot be told), a name for the row, and the problems found."""
    cells = {target: _cell_of(values, column_map, target) for target in set(column_map.values())}

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
        pair_id = _find_pair(register, mentor_text, mentee_text, held_on, errors)
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


def _cell_of(values: dict[str, str], column_map: dict[str, str], target: str) -> tuple[str, str]:
    """(column, text) of the first column of ``target`` not empty on this row (the first
    column of ``target`` when all are empty)."""
    columns = [h for h, t in column_map.items() if t == target]
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


def _find_pair(
    register: _Register,
    mentor_text: str,
    mentee_text: str,
    day: dt.date | None,
    errors: list[FieldError],
) -> int | None:
    """The pair of the two people named, or None with the problems added to ``errors``.

    When a name fits several members, or the two people formed several pairs over time,
    the pair active on the row's date is chosen (the mentor and mentee written the other
    way round are accepted)."""
    found: dict[str, dict[int, str]] = {}
    for target, text in ((MENTOR, mentor_text), (MENTEE, mentee_text)):
        if not text:
            errors.append(FieldError(target, REQUIRED))
            continue
        people = register.people(text)
        if not people:
            errors.append(FieldError(target, NOT_FOUND, {"who": text}))
        found[target] = people
    if errors:
        return None
    mentors, mentees = found[MENTOR], found[MENTEE]
    straight: list[_PairInfo] = []
    swapped: list[_PairInfo] = []
    for a in mentors:
        for b in mentees:
            for info in register.pairs_of.get(frozenset((a, b)), []):
                (straight if info.mentor_id == a else swapped).append(info)
    candidates = straight or swapped
    if not candidates:
        for target, people, text in (
            (MENTOR, mentors, mentor_text),
            (MENTEE, mentees, mentee_text),
        ):
            if len(people) > 1:
                errors.append(FieldError(target, AMBIGUOUS, {"who": text, "count": len(people)}))
        if not errors:
            errors.append(
                FieldError(
                    "pair_id",
                    NO_PAIR,
                    {
                        "mentor": next(iter(mentors.values())),
                        "mentee": next(iter(mentees.values())),
                    },
                )
            )
        return None
    if len(candidates) == 1:
        return candidates[0].id
    if day is not None:
        on_day = [c for c in candidates if was_active_on(c.periods, day)]
        if len(on_day) == 1:
            return on_day[0].id
        if on_day:
            candidates = on_day
    involved = {c.mentor_id for c in candidates} | {c.mentee_id for c in candidates}
    for target, people, text in ((MENTOR, mentors, mentor_text), (MENTEE, mentees, mentee_text)):
        matching = [i for i in people if i in involved]
        if len(matching) > 1:
            errors.append(FieldError(target, AMBIGUOUS, {"who": text, "count": len(matching)}))
    if errors:
        return None
    # The same two people, several pairs, none active that day: the latest one is meant
    # (its active period is what the refusal will show).
    return max(candidates, key=lambda c: c.id).id


# -- applying ------------------------------------------------------------------------------


def apply_session_import(db: Database, plan: SessionImportPlan) -> int:
    """Add the planned rows in one transaction and return how many were added.

    Inside the transaction, each row is checked again against the database as it is now
    (the pair may have gone, its history changed, or the same session been logged since
    the plan was made); such rows are left out. On any error nothing is written and the
    error propagates.
    """
    if not plan.to_add:
        return 0
    from sqlalchemy import insert, text

    from mentorat_desktop.core.models import MentoringSession

    now = dt.datetime.now().replace(microsecond=0)
    with db.transaction() as session:

        def rows(sql: str) -> list[tuple[Any, ...]]:
            return [tuple(r) for r in session.execute(text(sql))]

        register = _Register.load(
            _Rows([], rows(_PAIRS_SQL), rows(_HISTORY_SQL), rows(_SESSIONS_SQL))
        )
        values: list[dict[str, object]] = []
        for planned in _still_valid(register, plan.to_add):
            values.append(_session_values(planned, now))
        if values:
            session.execute(insert(MentoringSession), values)
    if values:
        db.bus.emit(Topic.SESSIONS)
    return len(values)


def _still_valid(register: _Register, planned: Iterable[PlannedSession]) -> list[PlannedSession]:
    kept: list[PlannedSession] = []
    for row in planned:
        data = row.data
        info = register.pairs.get(data.pair_id)
        key = (data.pair_id, data.held_on, data.duration_minutes)
        if info is None or not was_active_on(info.periods, data.held_on) or key in register.logged:
            continue
        register.logged[key] = row.line
        kept.append(row)
    return kept


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
