"""Long on purpose (about 600 lines): columns, plan and apply share a file's rows.
Why: recognising the columns, planning and applying share the rows of a members' file.

Importing members from a spreadsheet: recognise the columns, plan, then apply.

:func:`plan_member_import` reads the file and sorts every row into "to add", "duplicate"
or "refused" without writing anything, so that the coordinator can look before deciding.
:func:`apply_member_import` then reads the file again and writes the rows to add, a few
thousand per statement, in one transaction: all or nothing. A plan keeps counts and the
first rows of each kind, not every row: its memory does not grow with the file.

Column titles are recognised in French and English whatever their accents, case,
punctuation, plural or decorations ("Prénom(s) *", "E-mail", "Date de naissance
(JJ/MM/AAAA)", "Votre courriel"...). Problems are reported as codes
(:class:`~mentorat_desktop.core.errors.FieldError`), never as sentences.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from mentorat_desktop.core.database import Database, nothing_changed
from mentorat_desktop.core.enums import MemberStatus, SkillKind
from mentorat_desktop.core.errors import FieldError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.importing.cells import (
    MODE_INDEX,
    ROLE_INDEX,
    STATUS_INDEX,
    AmbiguousDateError,
    header_key,
    parse_birth_year,
    parse_date,
    parse_int,
    parse_yes_no,
    word_index,
)
from mentorat_desktop.core.importing.columns import (
    ColumnsMissing,
    add_samples,
    chosen_columns,
    complete,
    new_samples,
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
from mentorat_desktop.core.importing.titles import FULL_NAME, MEMBER_TITLES, STATUS
from mentorat_desktop.core.models import Member, MemberSkill, Skill
from mentorat_desktop.core.services.members import MemberInput, ensure_skills, validate
from mentorat_desktop.core.text import clean, fold, split_list

# The most member rows one file may hold: a bigger file is refused (TooManyRowsError)
# before anything is planned or written. Rows are read one at a time up to there.
MAX_ROWS = 50_000


# Reasons a row is a duplicate.
SAME_EMAIL = "same_email"
SAME_PERSON = "same_person"  # same first and last name (accents and case aside), same year

# Codes of the FieldErrors this module adds to those of members.validate(); each has the
# params {"value": the cell text, "column": the column title}.
YEAR_UNREADABLE = "year_unreadable"  # birth_year
DATE_UNREADABLE = "date_unreadable"  # consent_on, mentor_training_on, consent_withdrawn_on
DATE_AMBIGUOUS = "date_ambiguous"  # the same: 05/06/2026 in fr_CA or en (cells.parse_cell_date)
ROLE_UNKNOWN = "role_unknown"  # role
MODE_UNKNOWN = "mode_unknown"  # preferred_mode
NUMBER_UNREADABLE = "number_unreadable"  # years_experience, capacity
STATUS_UNKNOWN = "status_unknown"  # status
# consent_keep, consent_contact, consent_share: neither yes nor no (the shared code).
ANSWER_UNKNOWN = "invalid_choice"

_SKILL_FIELDS = ("skills_offered", "skills_wanted")
_YES_NO_FIELDS = ("consent_keep", "consent_contact", "consent_share")
_DATE_FIELDS = ("consent_on", "mentor_training_on", "consent_withdrawn_on")

__all__ = ["ImportFileChanged", "header_key", "parse_birth_year", "parse_date"]

_HEADER_INDEX = word_index(MEMBER_TITLES)


# -- errors and results --------------------------------------------------------------------


class MemberImportError(Exception):
    """The file cannot be imported as members (the file itself was read)."""


class MissingColumnsError(ColumnsMissing, MemberImportError):
    """No column gives the members' names. ``missing`` lists the fields not found:
    "first_name" and/or "last_name" (a full-name column would also do); the titles, the
    guesses and a few values of each column come with it (see columns.ColumnsMissing)."""


@dataclass(frozen=True)
class PlannedRow:
    """A row that will be added. ``data`` is cleaned and valid."""

    line: int
    data: MemberInput
    archived: bool = False

    @property
    def name(self) -> str:
        return f"{self.data.first_name} {self.data.last_name}".strip()


@dataclass(frozen=True)
class DuplicateRow:
    """A row left out because the person is already there. ``reason`` is SAME_EMAIL or
    SAME_PERSON; ``existing_line`` is set when the person is an earlier row of the same
    file (then ``existing_name`` is that row's name), None for a member already recorded."""

    line: int
    name: str
    reason: str
    existing_name: str
    existing_line: int | None = None


@dataclass(frozen=True)
class RefusedRow:
    """A row that cannot be imported as it is; ``errors`` say why, field by field."""

    line: int
    errors: list[FieldError]
    name: str = ""


@dataclass
class MemberImportPlan:
    """What importing a file would do, in memory bounded whatever the file's size: the
    rows of each kind counted (``*_count``), the first SHOWN_ROWS of each kept to show
    (``to_add``, ``duplicates``, ``refused``), the lines to add one bit each, and what the
    file was (``mark``): the import reads the file again."""

    column_map: dict[str, str]  # column title -> field (a MemberInput field, FULL_NAME, STATUS)
    ignored_headers: list[str]  # columns not recognised (or not needed), in file order
    to_add: list[PlannedRow] = field(default_factory=list)  # the first ones
    duplicates: list[DuplicateRow] = field(default_factory=list)  # the first ones
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


# The fields a column can be given to, in the order a form shows them.
TARGETS: tuple[str, ...] = (
    "first_name",
    "last_name",
    FULL_NAME,
    "email",
    "phone",
    "birth_year",
    "role",
    "city",
    "organisation",
    "department",
    "manager_name",
    "languages",
    "availability",
    "preferred_mode",
    "skills_offered",
    "skills_wanted",
    "years_experience",
    "capacity",
    "mentor_training_on",
    "consent_on",
    "consent_keep",
    "consent_contact",
    "consent_share",
    "consent_how",
    "consent_withdrawn_on",
    STATUS,
    "notes",
)


# -- columns -------------------------------------------------------------------------------


def recognise_headers(headers: list[str]) -> tuple[dict[str, str], list[str]]:
    """Map column titles to fields: (column_map, ignored_headers).

    Names come from separate first- and last-name columns when both are there, else from a
    full-name column; a lone "Nom" column (no first name, no full name) is read as a full
    name. Raises MissingColumnsError when no column gives the names.
    """
    column_map: dict[str, str] = {}
    for header in headers:
        target = _HEADER_INDEX.get(header_key(header))
        if target is not None:
            column_map[header] = target
    found = set(column_map.values())
    if {"first_name", "last_name"} <= found:
        unused = {FULL_NAME}
    elif FULL_NAME in found:
        unused = {"first_name", "last_name"}
    elif "last_name" in found:
        unused = set()
        for header, target in column_map.items():
            if target == "last_name":
                column_map[header] = FULL_NAME
    else:
        missing = [f for f in ("first_name", "last_name") if f not in found]
        raise MissingColumnsError(missing, column_map)
    column_map = {h: t for h, t in column_map.items() if t not in unused}
    ignored = [h for h in headers if h not in column_map]
    return column_map, ignored


def chosen_headers(headers: list[str], chosen: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The coordinator's own map of columns to fields (a column left out, or given "", is
    not imported): (column_map, ignored_headers). Unknown titles and fields are left out;
    MissingColumnsError when no column gives the names (first and last, or full)."""
    column_map, ignored = chosen_columns(headers, chosen, TARGETS)
    found = set(column_map.values())
    if not ({"first_name", "last_name"} <= found or FULL_NAME in found):
        missing = [f for f in ("first_name", "last_name") if f not in found]
        raise MissingColumnsError(missing, column_map)
    return column_map, ignored


# -- cells ---------------------------------------------------------------------------------


def _parse_flag_date(text: str, today: dt.date, language: str) -> dt.date | None:
    """A date, or a yes (today) or no (None) for consent and training columns."""
    stripped = text.strip()
    try:
        return today if parse_yes_no(stripped) else None
    except ValueError:
        return parse_date(stripped, today, language)


def _split_full_name(text: str) -> tuple[str, str]:
    """ "Marie Dupont" -> first "Marie", last "Dupont" (on the first space);
    "Dupont, Marie" -> first "Marie", last "Dupont"."""
    text = clean(text) or ""
    if "," in text:
        last, _, first = text.partition(",")
        return clean(first) or "", clean(last) or ""
    first, _, last = text.partition(" ")
    return first, last


def _read_row(
    values: dict[str, str], column_map: dict[str, str], today: dt.date, language: str
) -> tuple[MemberInput, bool, list[FieldError]]:
    """The member a row describes (not yet validated), whether it is archived, and the
    cells that could not be read."""
    cells: dict[str, tuple[str, str]] = {}  # field -> (column, text): first non-empty wins
    for header, target in column_map.items():
        text = values.get(header, "").strip()
        if text and target not in cells:
            cells[target] = (header, text)
    data = MemberInput()
    errors: list[FieldError] = []
    archived = False

    def problem(target: str, code: str) -> None:
        column, text = cells[target]
        errors.append(FieldError(target, code, {"value": text, "column": column}))

    for target, (_column, text) in cells.items():
        if target == FULL_NAME:
            data.first_name, data.last_name = _split_full_name(text)
        elif target == "birth_year":
            try:
                data.birth_year = parse_birth_year(text)
            except ValueError:
                problem(target, YEAR_UNREADABLE)
        elif target in ("years_experience", "capacity"):
            try:
                setattr(data, target, parse_int(text))
            except ValueError:
                problem(target, NUMBER_UNREADABLE)
        elif target == "consent_withdrawn_on":
            try:
                data.consent_withdrawn_on = parse_date(text, today, language)
            except AmbiguousDateError:
                problem(target, DATE_AMBIGUOUS)
            except ValueError:
                problem(target, DATE_UNREADABLE)
        elif target in _YES_NO_FIELDS:
            try:
                setattr(data, target, parse_yes_no(text))
            except ValueError:
                problem(target, ANSWER_UNKNOWN)
        elif target in ("consent_on", "mentor_training_on"):
            try:
                setattr(data, target, _parse_flag_date(text, today, language))
            except AmbiguousDateError:
                problem(target, DATE_AMBIGUOUS)
            except ValueError:
                problem(target, DATE_UNREADABLE)
        elif target == "role":
            role = ROLE_INDEX.get(header_key(text))
            if role is None:
                problem(target, ROLE_UNKNOWN)
            else:
                data.role = role
        elif target == "preferred_mode":
            mode = MODE_INDEX.get(header_key(text))
            if mode is None:
                problem(target, MODE_UNKNOWN)
            else:
                data.preferred_mode = mode
        elif target == STATUS:
            status = STATUS_INDEX.get(header_key(text))
            if status is None:
                problem(target, STATUS_UNKNOWN)
            else:
                archived = status == MemberStatus.ARCHIVED
        elif target in _SKILL_FIELDS:
            setattr(data, target, split_list(text))
        else:
            setattr(data, target, text)
    return data, archived, errors


# -- duplicates ----------------------------------------------------------------------------


def _person_key(data: MemberInput) -> tuple[str, str, int] | None:
    if data.birth_year is None:
        return None
    return fold(data.first_name), fold(data.last_name), data.birth_year


@dataclass
class _Known:
    """Who is already there: the recorded members (line None) and the rows accepted so
    far (their line), found by e-mail and by (name, year) without a query per row. The
    same rules as MemberService.find_duplicate."""

    emails: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    people: dict[tuple[str, str, int], tuple[str, int | None]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> _Known:
        known = cls()
        rows = session.execute(
            select(Member.first_name, Member.last_name, Member.birth_year, Member.email)
        )
        for first, last, year, email in rows:
            data = MemberInput(first_name=first, last_name=last, birth_year=year, email=email)
            known.add(data, None)
        return known

    def add(self, data: MemberInput, line: int | None) -> None:
        entry = (f"{data.first_name} {data.last_name}".strip(), line)
        if data.email:
            self.emails.setdefault(data.email.lower(), entry)
        key = _person_key(data)
        if key is not None:
            self.people.setdefault(key, entry)

    def find(self, data: MemberInput) -> tuple[str, str, int | None] | None:
        """(reason, existing name, existing line) when ``data`` is someone already known."""
        if data.email and (found := self.emails.get(data.email.lower())):
            return SAME_EMAIL, *found
        key = _person_key(data)
        if key is not None and (found := self.people.get(key)):
            return SAME_PERSON, *found
        return None


# -- planning ------------------------------------------------------------------------------


def plan_member_import(
    db: Database,
    path: Path,
    *,
    today: dt.date | None = None,
    column_map: dict[str, str] | None = None,
    language: str = "fr_FR",
) -> MemberImportPlan:
    """Read ``path`` and sort its rows, writing nothing.

    Raises TableReadError (tabular) when the file cannot be read, TooManyRowsError (a
    TableReadError) when it holds more than MAX_ROWS rows, and MissingColumnsError when no
    column gives the names. The rows are read one at a time, and only counts and the first
    few rows of each kind are kept.

    ``column_map`` (column title -> a field of TARGETS) replaces the columns recognised by
    their titles: the coordinator's choice in the preview (see chosen_headers).
    ``language`` says how dates are read (cells.parse_cell_date), as for sessions.
    """
    path = Path(path)
    try:
        mark = FileMark.of(path) if path.is_file() else None
    except OSError:  # open_table says why
        mark = None
    with open_table(path, max_rows=MAX_ROWS) as table:
        plan = plan_member_table(db, table, today=today, column_map=column_map, language=language)
    plan.path, plan.mark = path, mark
    return plan


def plan_member_table(
    db: Database,
    table: Table | TableStream,
    *,
    today: dt.date | None = None,
    column_map: dict[str, str] | None = None,
    language: str = "fr_FR",
) -> MemberImportPlan:
    """Sort the rows of a table, read or being read (see plan_member_import). A plan made
    from a table rather than a file cannot be applied (it has no ``path``)."""
    today = today or dt.date.today()
    try:
        if column_map is None:
            column_map, ignored = recognise_headers(table.headers)
        else:
            column_map, ignored = chosen_headers(table.headers, column_map)
    except MissingColumnsError as exc:
        complete(exc, table.headers, table.rows)
        raise
    plan = MemberImportPlan(
        column_map=column_map,
        ignored_headers=ignored,
        headers=list(table.headers),
        samples=new_samples(table.headers),
        language=language,
        today=today,
    )
    with db.reading() as session:
        known = _Known.load(session)
    to_add: Kept[PlannedRow] = Kept()
    duplicates: Kept[DuplicateRow] = Kept()
    refused: Kept[RefusedRow] = Kept()
    for row in limit_rows(table.rows, MAX_ROWS):
        add_samples(plan.samples, row.values)
        outcome = _sort(row, known, column_map, today, language)
        if isinstance(outcome, PlannedRow):
            to_add.add(outcome)
            plan.lines_to_add.add(row.line)
        elif isinstance(outcome, DuplicateRow):
            duplicates.add(outcome)
        else:
            refused.add(outcome)
    plan.to_add, plan.to_add_count = to_add.rows, to_add.count
    plan.duplicates, plan.duplicates_count = duplicates.rows, duplicates.count
    plan.refused, plan.refused_count = refused.rows, refused.count
    return plan


def _sort(
    row: TableRow,
    known: _Known,
    column_map: dict[str, str],
    today: dt.date,
    language: str,
    *,
    checked: bool = False,
) -> PlannedRow | DuplicateRow | RefusedRow:
    """A row to add (then known, so that the same person later in the file is a
    duplicate), a duplicate or refused. ``checked``: the row was valid in the plan (the
    same file, the same day): validate() depends on nothing else, it is not run again."""
    raw, archived, errors = _read_row(row.values, column_map, today, language)
    data = raw.cleaned()
    if not checked:
        errors += validate(data, today)
    name = f"{data.first_name} {data.last_name}".strip()
    if errors:
        return RefusedRow(row.line, _in_field_order(errors), name)
    found = known.find(data)
    if found is not None:
        reason, existing_name, existing_line = found
        return DuplicateRow(row.line, name, reason, existing_name, existing_line)
    known.add(data, row.line)
    return PlannedRow(row.line, data, archived)


_FIELD_ORDER = {name: i for i, name in enumerate([f.name for f in fields(MemberInput)])}


def _in_field_order(errors: list[FieldError]) -> list[FieldError]:
    return sorted(errors, key=lambda e: _FIELD_ORDER.get(e.field, len(_FIELD_ORDER)))


# -- applying ------------------------------------------------------------------------------

_SKILL_CHUNK = 500  # names per catalogue query, well under SQLite's variable limit
# Members written per statement by apply_member_import, all in its one transaction.
_MEMBER_CHUNK = 2000


def apply_member_import(
    db: Database, plan: MemberImportPlan, added_ids: list[int] | None = None
) -> int:
    """Add the rows the plan found to add, in one transaction, and return how many were
    added (their ids go into ``added_ids`` when given: an undo removes them).

    The file is read again (ImportFileChanged, before anything is written, when it is no
    longer the one previewed) and its rows written a few thousand per statement.
    Duplicates are checked again inside the transaction (someone may have been added since
    the plan was made); such rows are left out. On any error nothing is written and the
    error propagates.
    """
    if not plan.to_add_count:
        return 0
    if plan.path is None or plan.mark is None:
        raise ValueError("a plan of a table, not of a file, cannot be applied")
    plan.mark.check(plan.path)
    now = dt.datetime.now().replace(microsecond=0)
    added = 0
    with db.transaction(announces=(Topic.MEMBERS, Topic.SKILLS)) as session:
        known = _Known.load(session)
        chunk: list[PlannedRow] = []

        def write() -> None:
            skill_ids = _catalogue(session, chunk)
            # Bulk statements: the unit of work would take seconds for thousands of rows.
            member_ids = session.scalars(
                insert(Member).returning(Member.id, sort_by_parameter_order=True),
                [_member_values(row, now) for row in chunk],
            ).all()
            links = _skill_links(chunk, member_ids, skill_ids)
            if links:
                session.execute(insert(MemberSkill), links)
            if added_ids is not None:
                added_ids.extend(member_ids)
            chunk.clear()

        try:
            with open_table(plan.path, max_rows=MAX_ROWS) as table:
                if table.headers != plan.headers:
                    raise ImportFileChanged(plan.path.name)
                for row in limit_rows(table.rows, MAX_ROWS):
                    if row.line not in plan.lines_to_add:
                        continue
                    outcome = _sort(
                        row, known, plan.column_map, plan.today, plan.language, checked=True
                    )
                    if isinstance(outcome, PlannedRow):
                        chunk.append(outcome)
                        added += 1
                        if len(chunk) >= _MEMBER_CHUNK:
                            write()
                if chunk:
                    write()
        except TableReadError as exc:  # read once already: it changed since
            raise ImportFileChanged(plan.path.name) from exc
        if not added:
            nothing_changed(session)
    return added


def _catalogue(session: Session, rows: list[PlannedRow]) -> dict[str, int]:
    """The catalogue ids of every skill of ``rows`` by folded name, creating the skills
    not there yet (a new skill takes the spelling of its first appearance)."""
    names: dict[str, str] = {}
    for row in rows:
        for kind in _SKILL_FIELDS:
            for name in getattr(row.data, kind):
                names.setdefault(fold(name), name)
    spellings = list(names.values())
    skills: list[Skill] = []
    for start in range(0, len(spellings), _SKILL_CHUNK):
        skills += ensure_skills(session, spellings[start : start + _SKILL_CHUNK])
    session.flush()
    return {skill.key: skill.id for skill in skills}


def _member_values(row: PlannedRow, now: dt.datetime) -> dict[str, object]:
    values = {
        f.name: getattr(row.data, f.name)
        for f in fields(MemberInput)
        if f.name not in _SKILL_FIELDS
    }
    values["status"] = MemberStatus.ARCHIVED if row.archived else MemberStatus.ACTIVE
    values["archived_at"] = now if row.archived else None
    values["created_at"] = values["updated_at"] = now
    return values


def _skill_links(
    rows: list[PlannedRow], member_ids: Sequence[int], skill_ids: dict[str, int]
) -> list[dict[str, object]]:
    links: list[dict[str, object]] = []
    for row, member_id in zip(rows, member_ids, strict=True):
        for kind, names in (
            (SkillKind.OFFERED, row.data.skills_offered),
            (SkillKind.WANTED, row.data.skills_wanted),
        ):
            links += (
                {"member_id": member_id, "skill_id": skill_id, "kind": kind}
                for skill_id in dict.fromkeys(skill_ids[fold(name)] for name in names)
            )
    return links
