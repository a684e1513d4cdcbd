"""Reads of members and their skills (the register, the pickers, the checks before a pair)."""

from __future__ import annotations

from typing import NamedTuple


class MemberSummaryRow(NamedTuple):
    """A line of the register's table (its skills are read apart)."""

    id: int
    first_name: str
    last_name: str
    birth_year: int | None
    email: str | None
    city: str | None
    role: str
    status: str


MEMBER_SUMMARIES_SQL = (
    "SELECT id, first_name, last_name, birth_year, email, city, role, status FROM member"
)


class SkillRow(NamedTuple):
    """An entry of the skills catalogue."""

    id: int
    name: str


SKILLS_SQL = "SELECT id, name FROM skill"


class SkillLinks(NamedTuple):
    """The skills members offer or want, by column (read with ``reads.columns``: the whole
    register's links are read at start-up, tens of thousands of them). Row ``i`` is member
    ``member_id[i]`` offering or wanting (``kind[i]``, a ``SkillKind`` value) skill
    ``skill_id[i]``."""

    member_id: tuple[int, ...]
    kind: tuple[str, ...]
    skill_id: tuple[int, ...]


SKILL_LINKS_SQL = "SELECT member_id, kind, skill_id FROM member_skill"


class MemberSkillRow(NamedTuple):
    """One member's skill, by name."""

    kind: str
    name: str


MEMBER_SKILLS_SQL = (
    "SELECT ms.kind, s.name FROM member_skill ms JOIN skill s ON s.id = ms.skill_id "
    "WHERE ms.member_id = ?"
)


class MemberNameRow(NamedTuple):
    """Who a member is, to find them by name or e-mail."""

    id: int
    first_name: str
    last_name: str
    email: str | None


MEMBER_NAMES_SQL = "SELECT id, first_name, last_name, email FROM member WHERE status = ?"


class PairingMemberRow(NamedTuple):
    """What is checked of a member before a pair is formed with them."""

    id: int
    first_name: str
    last_name: str
    birth_year: int | None
    mentor_training_on: str | None  # ISO date


PAIRING_MEMBERS_SQL = (
    "SELECT id, first_name, last_name, birth_year, mentor_training_on FROM member "
    "WHERE id IN (?, ?)"
)
