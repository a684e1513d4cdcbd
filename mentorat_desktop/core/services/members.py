"""The members register: list, validate, add, edit, archive and restore members."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
from mentorat_desktop.core.models import Member, MemberSkill, Skill
from mentorat_desktop.core.text import clean, fold

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^[0-9+().\-\s/]+$")
MIN_BIRTH_YEAR = 1900
MIN_AGE = 10
MAX_LENGTHS = {
    "first_name": 100,
    "last_name": 100,
    "email": 254,
    "phone": 40,
    "city": 100,
    "organisation": 150,
    "department": 150,
    "manager_name": 200,
    "languages": 200,
    "availability": 300,
}


@dataclass
class MemberInput:
    """What the add/edit form and the importers hand to the service."""

    first_name: str = ""
    last_name: str = ""
    birth_year: int | None = None
    email: str | None = None
    phone: str | None = None
    city: str | None = None
    organisation: str | None = None
    department: str | None = None
    manager_name: str | None = None
    years_experience: int | None = None
    languages: str | None = None
    role: Role = Role.EITHER
    availability: str | None = None
    preferred_mode: Mode = Mode.ANY
    capacity: int = 1
    mentor_training_on: dt.date | None = None
    consent_on: dt.date | None = None
    notes: str | None = None
    skills_offered: list[str] = field(default_factory=list)
    skills_wanted: list[str] = field(default_factory=list)

    def cleaned(self) -> MemberInput:
        """A copy with surrounding spaces trimmed and empty text turned into None."""
        changes: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and f.name not in ("first_name", "last_name"):
                changes[f.name] = clean(value)
        changes["first_name"] = clean(self.first_name) or ""
        changes["last_name"] = clean(self.last_name) or ""
        if self.email:
            changes["email"] = self.email.strip().lower() or None
        changes["skills_offered"] = _unique(self.skills_offered)
        changes["skills_wanted"] = _unique(self.skills_wanted)
        return replace(self, **changes)  # type: ignore[arg-type]


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for name in names:
        value = clean(name)
        if value and fold(value) not in seen:
            seen.add(fold(value))
            result.append(value)
    return result


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

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def generation(self) -> Generation | None:
        return generation_of(self.birth_year)

    def to_input(self) -> MemberInput:
        values = {f.name: getattr(self, f.name) for f in fields(MemberInput)}
        values["skills_offered"] = list(self.skills_offered)
        values["skills_wanted"] = list(self.skills_wanted)
        return MemberInput(**values)


def validate(data: MemberInput, today: dt.date | None = None) -> list[FieldError]:
    """Every problem with ``data`` (already cleaned), field by field."""
    today = today or dt.date.today()
    errors: list[FieldError] = []
    if not data.first_name:
        errors.append(FieldError("first_name", "required"))
    if not data.last_name:
        errors.append(FieldError("last_name", "required"))
    for name, limit in MAX_LENGTHS.items():
        value = getattr(data, name)
        if value and len(value) > limit:
            errors.append(FieldError(name, "too_long", {"max": limit}))
    max_year = today.year - MIN_AGE
    if data.birth_year is not None and not MIN_BIRTH_YEAR <= data.birth_year <= max_year:
        errors.append(
            FieldError("birth_year", "year_range", {"min": MIN_BIRTH_YEAR, "max": max_year})
        )
    if data.email and not EMAIL_RE.match(data.email):
        errors.append(FieldError("email", "email_invalid"))
    if data.phone and (
        not PHONE_RE.match(data.phone) or sum(c.isdigit() for c in data.phone) < 6
    ):
        errors.append(FieldError("phone", "phone_invalid"))
    if data.years_experience is not None and not 0 <= data.years_experience <= 70:
        errors.append(FieldError("years_experience", "number_range", {"min": 0, "max": 70}))
    if not 0 <= data.capacity <= 10:
        errors.append(FieldError("capacity", "number_range", {"min": 0, "max": 10}))
    for name in ("mentor_training_on", "consent_on"):
        value = getattr(data, name)
        if value is not None and value > today:
            errors.append(FieldError(name, "date_in_future"))
    for kind in ("skills_offered", "skills_wanted"):
        if any(len(s) > 120 for s in getattr(data, kind)):
            errors.append(FieldError(kind, "too_long", {"max": 120}))
    return errors


def ensure_skills(session: Session, names: list[str]) -> list[Skill]:
    """The catalogue entries for ``names``, creating the ones not yet there."""
    keys = {fold(n): n for n in names}
    existing = {s.key: s for s in session.scalars(select(Skill).where(Skill.key.in_(keys)))}
    result = []
    for key, name in keys.items():
        skill = existing.get(key)
        if skill is None:
            skill = Skill(name=name, key=key)
            session.add(skill)
            existing[key] = skill
        result.append(skill)
    return result


def _apply(session: Session, member: Member, data: MemberInput) -> None:
    for f in fields(MemberInput):
        if f.name not in ("skills_offered", "skills_wanted"):
            setattr(member, f.name, getattr(data, f.name))
    member.skills.clear()
    session.flush()
    for kind, names in (
        (SkillKind.OFFERED, data.skills_offered),
        (SkillKind.WANTED, data.skills_wanted),
    ):
        for skill in ensure_skills(session, names):
            member.skills.append(MemberSkill(skill=skill, kind=kind))


def _record(member: Member) -> MemberRecord:
    offered = tuple(ms.skill.name for ms in member.skills if ms.kind == SkillKind.OFFERED)
    wanted = tuple(ms.skill.name for ms in member.skills if ms.kind == SkillKind.WANTED)
    values = {
        f.name: getattr(member, f.name)
        for f in fields(MemberRecord)
        if f.name not in ("skills_offered", "skills_wanted")
    }
    return MemberRecord(**values, skills_offered=offered, skills_wanted=wanted)


class MemberService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -------------------------------------------------------------------------
    def list_members(self, include_archived: bool = True) -> list[MemberRecord]:
        """All members, with their skills, in one pass (ordered by last then first name)."""
        with self._db.reading() as session:
            skill_rows = session.execute(
                select(MemberSkill.member_id, MemberSkill.kind, Skill.name)
                .join(Skill)
                .order_by(Skill.name)
            ).all()
            offered: dict[int, list[str]] = {}
            wanted: dict[int, list[str]] = {}
            for member_id, kind, name in skill_rows:
                (offered if kind == SkillKind.OFFERED else wanted).setdefault(
                    member_id, []
                ).append(name)
            columns = [
                getattr(Member, f.name)
                for f in fields(MemberRecord)
                if f.name not in ("skills_offered", "skills_wanted")
            ]
            query = select(*columns).order_by(Member.last_name, Member.first_name)
            if not include_archived:
                query = query.where(Member.status == MemberStatus.ACTIVE)
            rows = session.execute(query).all()
        return [
            MemberRecord(
                *row,
                skills_offered=tuple(offered.get(row.id, ())),
                skills_wanted=tuple(wanted.get(row.id, ())),
            )
            for row in rows
        ]

    def get(self, member_id: int) -> MemberRecord:
        with self._db.reading() as session:
            member = session.get(Member, member_id)
            if member is None:
                raise NotFoundError(member_id)
            return _record(member)

    def count(self) -> int:
        with self._db.reading() as session:
            return session.scalar(select(func.count(Member.id))) or 0

    def skill_names(self) -> list[str]:
        """The skills catalogue, alphabetically."""
        with self._db.reading() as session:
            return sorted(session.scalars(select(Skill.name)), key=fold)

    def find_duplicate(
        self, session: Session, data: MemberInput, exclude_id: int | None = None
    ) -> Member | None:
        """An existing member who is the same person: same e-mail, or same name and year."""
        query = select(Member)
        if exclude_id is not None:
            query = query.where(Member.id != exclude_id)
        if data.email:
            found = session.scalars(
                query.where(func.lower(Member.email) == data.email.lower())
            ).first()
            if found:
                return found
        if data.birth_year is not None:
            for member in session.scalars(query.where(Member.birth_year == data.birth_year)):
                if fold(member.first_name) == fold(data.first_name) and fold(
                    member.last_name
                ) == fold(data.last_name):
                    return member
        return None

    # -- changing ------------------------------------------------------------------------
    def _check(
        self, session: Session, data: MemberInput, exclude_id: int | None = None
    ) -> MemberInput:
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

    def add(self, data: MemberInput) -> MemberRecord:
        """Add a member; raises ValidationError (and writes nothing) on bad input."""
        with self._db.transaction() as session:
            data = self._check(session, data)
            member = Member()
            session.add(member)
            _apply(session, member, data)
            session.flush()
            record = _record(member)
        self._db.bus.emit(Topic.MEMBERS, Topic.SKILLS)
        return record

    def update(self, member_id: int, data: MemberInput) -> MemberRecord:
        with self._db.transaction() as session:
            member = session.get(Member, member_id)
            if member is None:
                raise NotFoundError(member_id)
            data = self._check(session, data, exclude_id=member_id)
            _apply(session, member, data)
            session.flush()
            record = _record(member)
        self._db.bus.emit(Topic.MEMBERS, Topic.SKILLS)
        return record

    def set_status(self, member_ids: list[int], status: MemberStatus) -> None:
        """Archive or restore members (archiving keeps everything; nothing is deleted)."""
        with self._db.transaction() as session:
            members = list(session.scalars(select(Member).where(Member.id.in_(member_ids))))
            if len(members) != len(set(member_ids)):
                raise NotFoundError(member_ids)
            for member in members:
                member.status = status
                member.archived_at = (
                    dt.datetime.now().replace(microsecond=0)
                    if status == MemberStatus.ARCHIVED
                    else None
                )
        self._db.bus.emit(Topic.MEMBERS)

    def archive(self, member_ids: list[int]) -> None:
        self.set_status(member_ids, MemberStatus.ARCHIVED)

    def restore(self, member_ids: list[int]) -> None:
        self.set_status(member_ids, MemberStatus.ACTIVE)
