"""The SQLAlchemy side of the members register: skills catalogue, writing a member, and
finding the same person twice. Imported on the first change, not at start-up."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorat_desktop.core.enums import SkillKind
from mentorat_desktop.core.models import Member, MemberSkill, Skill
from mentorat_desktop.core.services.member_input import MemberInput
from mentorat_desktop.core.text import fold


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


def apply_input(session: Session, member: Member, data: MemberInput) -> None:
    """Write ``data`` (cleaned and valid) onto ``member``, skills included."""
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


def find_duplicate(
    session: Session, data: MemberInput, exclude_id: int | None = None
) -> Member | None:
    """An existing member who is the same person: same e-mail, or same name and year."""
    query = select(Member)
    if exclude_id is not None:
        query = query.where(Member.id != exclude_id)
    if data.email:
        found = session.scalars(query.where(func.lower(Member.email) == data.email.lower())).first()
        if found:
            return found
    if data.birth_year is not None:
        for member in session.scalars(query.where(Member.birth_year == data.birth_year)):
            if fold(member.first_name) == fold(data.first_name) and fold(member.last_name) == fold(
                data.last_name
            ):
                return member
    return None
