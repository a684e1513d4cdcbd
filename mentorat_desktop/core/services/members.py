"""The members register: list, validate, add, edit, archive and restore members.

Reading the whole register is one plain SQL query (it is on the start-up path); changes go
through SQLAlchemy sessions in ``member_store``, imported when the first change is made.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, NamedTuple

from mentorat_desktop.core.conflicts import check_version, stale_as_conflict
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import (
    Generation,
    MemberStatus,
    Mode,
    Role,
    SkillKind,
    generation_of,
)
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.reads import columns, rows
from mentorat_desktop.core.reads.members import (
    MEMBER_SKILLS_SQL,
    MEMBER_SUMMARIES_SQL,
    SKILL_LINKS_SQL,
    SKILLS_SQL,
    MemberSkillRow,
    SkillLinks,
    SkillRow,
)
from mentorat_desktop.core.services.groups import GROUP_TOPICS, group_errors, place_member
from mentorat_desktop.core.services.keep import KEEP, Keep
from mentorat_desktop.core.text import fold

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy.orm import Session

    from mentorat_desktop.core.models import Member
    from mentorat_desktop.core.services.member_input import (
        EMAIL_RE,
        MAX_LENGTHS,
        MIN_AGE,
        MIN_BIRTH_YEAR,
        PHONE_RE,
        MemberInput,
        validate,
    )

# The input and its checks live in ``member_input``; kept importable from here, where the
# views, importers and tests have always found them. It is loaded when first asked for (a
# change, a dialog, an import), not to draw the register at start-up.
_FROM_INPUT = (
    "EMAIL_RE",
    "MAX_LENGTHS",
    "MIN_AGE",
    "MIN_BIRTH_YEAR",
    "PHONE_RE",
    "MemberInput",
    "validate",
)
__all__ = [
    "EMAIL_RE",
    "MAX_LENGTHS",
    "MIN_AGE",
    "MIN_BIRTH_YEAR",
    "PHONE_RE",
    "MemberInput",
    "MemberRecord",
    "MemberService",
    "MemberSummary",
    "validate",
]


@dataclass(frozen=True)
class MemberRecord:
    """One member, detached from the database, as the views show it."""

    id: int
    first_name: str
    last_name: str
    birth_year: int | None
    email: str | None
    phone: str | None
    city: str | None
    organisation: str | None
    department: str | None
    manager_name: str | None
    years_experience: int | None
    languages: str | None
    role: Role
    availability: str | None
    preferred_mode: Mode
    capacity: int
    mentor_training_on: dt.date | None
    consent_on: dt.date | None
    notes: str | None
    status: MemberStatus
    skills_offered: tuple[str, ...]
    skills_wanted: tuple[str, ...]
    # Added with migration 0004, after the skills so that a record can still be built
    # without them (read from the database, they are always filled).
    consent_keep: bool = False
    consent_contact: bool = False
    consent_share: bool = False
    consent_how: str | None = None
    consent_withdrawn_on: dt.date | None = None
    erased_at: dt.datetime | None = None  # the person's data was erased (privacy.py)
    # The version the record was read at (a change from an older one is refused), and who
    # changed it last, when (migration 0011; None before any change).
    # Left out of comparisons: two readings of the same content are equal.
    row_version: int = field(default=1, compare=False)
    changed_by: str | None = field(default=None, compare=False)
    changed_at: dt.datetime | None = field(default=None, compare=False)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def generation(self) -> Generation | None:
        return generation_of(self.birth_year)

    @property
    def consent_withdrawn(self) -> bool:
        return self.consent_withdrawn_on is not None

    @property
    def is_erased(self) -> bool:
        return self.erased_at is not None

    def to_input(self) -> MemberInput:
        # lazy: the members' input, on the way to a change (not at start-up)
        from mentorat_desktop.core.services.member_input import MemberInput

        values = {f.name: getattr(self, f.name) for f in fields(MemberInput)}
        values["skills_offered"] = list(self.skills_offered)
        values["skills_wanted"] = list(self.skills_wanted)
        return MemberInput(**values)


class MemberSummary(NamedTuple):
    """What the register's table shows of a member: light enough to list thousands fast."""

    id: int
    first_name: str
    last_name: str
    birth_year: int | None
    email: str | None
    city: str | None
    role: Role
    status: MemberStatus
    # None until loaded (see MemberService.list_summaries).
    skills_offered: tuple[str, ...] | None
    skills_wanted: tuple[str, ...] | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def generation(self) -> Generation | None:
        return generation_of(self.birth_year)


_SKILL_FIELDS = ("skills_offered", "skills_wanted")
_RECORD_NAMES = [f.name for f in fields(MemberRecord)]
# The columns before the two skills, then those after (MemberRecord's order).
_SKILLS_AT = _RECORD_NAMES.index(_SKILL_FIELDS[0])
_RECORD_COLUMNS = [name for name in _RECORD_NAMES if name not in _SKILL_FIELDS]
# MemberRecord's columns are named by its fields: the whole record is read in one SELECT.
_RECORD_SQL = f"SELECT {', '.join(_RECORD_COLUMNS)} FROM member"
_DATE_COLUMNS = {"mentor_training_on", "consent_on", "consent_withdrawn_on"}
_BOOL_COLUMNS = {"consent_keep", "consent_contact", "consent_share"}
_DATETIME_COLUMNS = {"erased_at", "changed_at"}


_ROLES = {r.value: r for r in Role}
_MODES = {m.value: m for m in Mode}
_STATUSES = {m.value: m for m in MemberStatus}
_ENUM_COLUMNS = {
    i: table
    for i, name in enumerate(_RECORD_COLUMNS)
    for column, table in (("role", _ROLES), ("preferred_mode", _MODES), ("status", _STATUSES))
    if name == column
}
_DATE_INDEXES = [i for i, name in enumerate(_RECORD_COLUMNS) if name in _DATE_COLUMNS]
_BOOL_INDEXES = [i for i, name in enumerate(_RECORD_COLUMNS) if name in _BOOL_COLUMNS]
_DATETIME_INDEXES = [i for i, name in enumerate(_RECORD_COLUMNS) if name in _DATETIME_COLUMNS]


def _row_to_record(
    row: tuple[Any, ...], offered: tuple[str, ...], wanted: tuple[str, ...]
) -> MemberRecord:
    values = list(row)
    for i in _DATE_INDEXES:
        if values[i]:
            values[i] = dt.date.fromisoformat(values[i])
    for i in _DATETIME_INDEXES:
        if values[i]:
            values[i] = dt.datetime.fromisoformat(values[i])
    for i in _BOOL_INDEXES:
        values[i] = bool(values[i])
    for i, table in _ENUM_COLUMNS.items():
        values[i] = table[values[i]]
    values[_SKILLS_AT:_SKILLS_AT] = [offered, wanted]
    return MemberRecord(*values)


def _check_group_exists(session: Session, group_id: int | None) -> None:
    """A group chosen in a form may have been deleted since (by another coordinator):
    ValidationError on the group field, nothing written."""
    errors = group_errors(session, group_id)
    if errors:
        raise ValidationError(errors)


def _differences(member: Member, wanted: MemberInput) -> Iterator[str]:
    """The fields whose stored value differs from what is being saved (skills compared
    whatever their order). A generator: worked out only when a conflict is reported."""
    # lazy: the members' input, on the way to a change (not at start-up)
    from mentorat_desktop.core.services.member_input import MemberInput

    kinds = {"skills_offered": SkillKind.OFFERED, "skills_wanted": SkillKind.WANTED}
    for f in fields(MemberInput):
        after = getattr(wanted, f.name)
        if f.name in kinds:
            stored = (s.skill.name for s in member.skills if s.kind == kinds[f.name])
            before, after = sorted(map(fold, stored)), sorted(map(fold, after))
        else:
            before = getattr(member, f.name)
        if before != after:
            yield f.name


def __getattr__(name: str) -> Any:
    if name in _FROM_INPUT:
        # lazy: the members' input and its checks, when first asked for (not at start-up)
        from mentorat_desktop.core.services import member_input

        return getattr(member_input, name)
    # Kept importable from here for the importers; they live with the SQLAlchemy code.
    if name in ("ensure_skills", "find_duplicate"):
        # lazy: member_store (SQLAlchemy), loaded when an importer first asks for it
        from mentorat_desktop.core.services import member_store

        return getattr(member_store, name)
    raise AttributeError(name)


class MemberService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -------------------------------------------------------------------------
    def _skills_by_member(
        self, member_ids: list[int] | None = None
    ) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
        """Offered and wanted skill names per member id (all members, or those given), each
        list in alphabetical order."""
        catalogue = rows(self._db, SkillRow, SKILLS_SQL)
        catalogue.sort(key=lambda skill: fold(skill.name))
        rank = {skill.id: i for i, skill in enumerate(catalogue)}
        names = {skill.id: skill.name for skill in catalogue}
        if member_ids is None:
            links = columns(self._db, SkillLinks, SKILL_LINKS_SQL)
        else:
            marks = ", ".join("?" * len(member_ids))
            links = columns(
                self._db,
                SkillLinks,
                f"{SKILL_LINKS_SQL} WHERE member_id IN ({marks})",
                tuple(member_ids),
            )
        member_of, kind_of, skill_of = links.member_id, links.kind, links.skill_id
        # The links in the catalogue's order of their skill: each member's lists come out
        # alphabetical (a sort of row numbers, by a key computed once per link).
        ranks = list(map(rank.__getitem__, skill_of))
        offered: dict[int, list[str]] = {}
        wanted: dict[int, list[str]] = {}
        offered_kind = SkillKind.OFFERED.value
        for i in sorted(range(len(ranks)), key=ranks.__getitem__):
            target = offered if kind_of[i] == offered_kind else wanted
            target.setdefault(member_of[i], []).append(names[skill_of[i]])
        return offered, wanted

    def list_members(
        self, include_archived: bool = True, group_id: int | None = None
    ) -> list[MemberRecord]:
        """All members (of one local group when ``group_id`` is given), whole, ordered by
        last then first name (accents ignored)."""
        offered, wanted = self._skills_by_member()
        sql = _RECORD_SQL
        conditions = [] if include_archived else ["status = 'active'"]
        params: tuple[Any, ...] = ()
        if group_id is not None:
            conditions.append("group_id = ?")
            params = (group_id,)
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        records = [
            _row_to_record(row, tuple(offered.get(row[0], ())), tuple(wanted.get(row[0], ())))
            for row in self._db.query(sql, params)
        ]
        records.sort(key=lambda r: (fold(r.last_name), fold(r.first_name), r.id))
        return records

    def list_summaries(
        self, with_skills: bool = True, group_id: int | None = None
    ) -> list[MemberSummary]:
        """Every member (archived too; of one local group when ``group_id`` is given) as
        the table shows them, in name order.

        ``with_skills=False`` leaves both skill fields None, for a first screen that asks
        ``skills_of`` for the rows it shows and the rest once it is on screen."""
        empty: tuple[str, ...] = ()
        offered: dict[int, list[str]] = {}
        wanted: dict[int, list[str]] = {}
        if with_skills:
            offered, wanted = self._skills_by_member()
        sql: str = MEMBER_SUMMARIES_SQL
        params: tuple[Any, ...] = ()
        if group_id is not None:
            sql, params = f"{MEMBER_SUMMARIES_SQL} WHERE group_id = ?", (group_id,)
        # On the start-up path (5,000 members), so made without a Python call per row: each
        # summary straight from its row's columns (those of ``MemberSummaryRow``, in
        # core/reads), then sorted on a key looked up in a dictionary. A register repeats its
        # names a great deal (about 500 distinct among 5,000 members): each is folded once.
        new = tuple.__new__
        roles, statuses = _ROLES, _STATUSES
        summaries = [
            new(
                MemberSummary,
                (
                    id_,
                    first_name,
                    last_name,
                    birth_year,
                    email,
                    city,
                    roles[role],
                    statuses[status],
                    (tuple(offered[id_]) if id_ in offered else empty) if with_skills else None,
                    (tuple(wanted[id_]) if id_ in wanted else empty) if with_skills else None,
                ),
            )
            for id_, first_name, last_name, birth_year, email, city, role, status in self._db.query(
                sql, params
            )
        ]
        folded = {name: fold(name) for name in {s.last_name for s in summaries}}
        folded.update((name, fold(name)) for name in {s.first_name for s in summaries})
        summaries.sort(key=lambda s: (folded[s.last_name], folded[s.first_name], s.id))
        return summaries

    def skills_of(
        self, member_ids: list[int] | None = None
    ) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
        """(offered, wanted) skill names of the members given (None: of every member)."""
        offered, wanted = self._skills_by_member(member_ids)
        ids = set(offered) | set(wanted) if member_ids is None else set(member_ids)
        return {i: (tuple(offered.get(i, ())), tuple(wanted.get(i, ()))) for i in ids}

    def get(self, member_id: int) -> MemberRecord:
        for record in self._query_one(member_id):
            return record
        raise NotFoundError(member_id)

    def _query_one(self, member_id: int) -> list[MemberRecord]:
        found = self._db.query(f"{_RECORD_SQL} WHERE id = ?", (member_id,))
        if not found:
            return []
        skills = rows(self._db, MemberSkillRow, MEMBER_SKILLS_SQL, (member_id,))
        skills.sort(key=lambda skill: fold(skill.name))
        offered = tuple(s.name for s in skills if s.kind == SkillKind.OFFERED.value)
        wanted = tuple(s.name for s in skills if s.kind == SkillKind.WANTED.value)
        return [_row_to_record(found[0], offered, wanted)]

    def count(self) -> int:
        return int(self._db.query("SELECT count(*) FROM member")[0][0])

    def skill_names(self) -> list[str]:
        """The skills catalogue, alphabetically."""
        return sorted((skill.name for skill in rows(self._db, SkillRow, SKILLS_SQL)), key=fold)

    def find_duplicate(
        self, session: Session, data: MemberInput, exclude_id: int | None = None
    ) -> Member | None:
        """An existing member who is the same person: same e-mail, or same name and year."""
        # lazy: member_store (SQLAlchemy), loaded on the first change (not at start-up)
        from mentorat_desktop.core.services.member_store import find_duplicate

        return find_duplicate(session, data, exclude_id)

    # -- changing ------------------------------------------------------------------------
    def _check(
        self, session: Session, data: MemberInput, exclude_id: int | None = None
    ) -> MemberInput:
        # lazy: the members' input checks, on the way to a change (not at start-up)
        from mentorat_desktop.core.services.member_input import validate

        data = data.cleaned()
        errors = validate(data)
        if not errors:
            other = self.find_duplicate(session, data, exclude_id)
            if other is not None:
                same_email = bool(data.email) and (other.email or "").lower() == data.email
                errors.append(
                    FieldError(
                        "email" if same_email else "last_name",
                        "duplicate_email" if same_email else "duplicate_person",
                        {"name": other.full_name},
                    )
                )
        if errors:
            raise ValidationError(errors)
        return data

    def add(self, data: MemberInput, group_id: int | None = None) -> MemberRecord:
        """Add a member (to the local group ``group_id``, if given); raises ValidationError
        (and writes nothing) on bad input, or when that group no longer exists."""
        # lazy: the models and member_store (SQLAlchemy), loaded on the first change
        from mentorat_desktop.core.models import Member
        from mentorat_desktop.core.services.member_store import apply_input

        with self._db.transaction(announces=(Topic.MEMBERS, Topic.SKILLS)) as session:
            data = self._check(session, data)
            _check_group_exists(session, group_id)
            member = Member(group_id=group_id)
            session.add(member)
            apply_input(session, member, data)
            session.flush()
            member_id = member.id
        return self.get(member_id)

    def update(
        self,
        member_id: int,
        data: MemberInput,
        expected_version: int | None = None,
        group_id: int | Keep | None = KEEP,
    ) -> MemberRecord:
        """Change a member, and their local group when ``group_id`` is given (None: in no
        group; their pairs follow as ``GroupService.assign_members`` says), all in one
        transaction. ``expected_version``: the ``row_version`` the edit was read at; when
        another coordinator changed the member since, ConflictError (nothing written)."""
        # lazy: the models and member_store (SQLAlchemy), loaded on the first change
        from mentorat_desktop.core.models import Member
        from mentorat_desktop.core.services.member_store import apply_input

        topics: tuple[Topic, ...] = (Topic.MEMBERS, Topic.SKILLS)
        if not isinstance(group_id, Keep):
            topics += GROUP_TOPICS
        with (
            stale_as_conflict(self._db, "member", member_id),
            self._db.transaction(announces=topics) as session,
        ):
            member = session.get(Member, member_id)
            if member is None:
                raise NotFoundError(member_id)
            if member.erased_at is not None:
                # An erased member stays an anonymous line: nothing personal comes back.
                raise ValidationError([FieldError("member_id", "erased")])
            check_version(
                member,
                "member",
                member_id,
                expected_version,
                _differences(member, data.cleaned()),
            )
            data = self._check(session, data, exclude_id=member_id)
            apply_input(session, member, data)
            if not isinstance(group_id, Keep):
                _check_group_exists(session, group_id)
                place_member(session, member, group_id)
        return self.get(member_id)

    def set_status(self, member_ids: list[int], status: MemberStatus) -> None:
        """Archive or restore members (archiving keeps everything; nothing is deleted)."""
        # lazy: SQLAlchemy, loaded on the first change (not at start-up)
        from sqlalchemy import select

        # lazy: the models (SQLAlchemy tables), likewise
        from mentorat_desktop.core.models import Member

        with self._db.transaction(announces=(Topic.MEMBERS,)) as session:
            members = list(session.scalars(select(Member).where(Member.id.in_(member_ids))))
            if len(members) != len(set(member_ids)):
                raise NotFoundError(member_ids)
            if status == MemberStatus.ACTIVE and any(m.erased_at is not None for m in members):
                raise ValidationError([FieldError("member_id", "erased")])
            for member in members:
                member.status = status
                member.archived_at = (
                    dt.datetime.now().replace(microsecond=0)
                    if status == MemberStatus.ARCHIVED
                    else None
                )

    def archive(self, member_ids: list[int]) -> None:
        self.set_status(member_ids, MemberStatus.ARCHIVED)

    def restore(self, member_ids: list[int]) -> None:
        self.set_status(member_ids, MemberStatus.ACTIVE)
