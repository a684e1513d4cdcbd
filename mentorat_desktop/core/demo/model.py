"""What the demo's generation steps share: the summary, the context each step receives, and the
members, cohorts and pairs kept in memory as they are written."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from mentorat_desktop.core.enums import (
    EndReason,
    Generation,
    MemberStatus,
    Mode,
    Outcome,
    PairStatus,
    Role,
    generation_of,
)
from mentorat_desktop.core.models import DEFAULT_COMMITMENT_HOURS
from mentorat_desktop.core.services.sessions import HistoryStep, Period, active_periods

DEFAULT_MEMBERS = 120
DEFAULT_SEED = 2026

# -- the association ---------------------------------------------------------------------------

ASSOCIATION_NAME = "Trait d’union entre les âges"
COORDINATOR_NAME = "Mireille Thibodeau-Roux"
COORDINATOR_EMAIL = "coordination@traitdunion.example.org"
COORDINATOR_PHONE = "01 99 00 42 17"
ASSOCIATION_LANGUAGE = "fr_FR"


class DatabaseNotEmptyError(Exception):
    """The demo association only goes into a database that has no member yet."""


@dataclass(frozen=True)
class DemoSummary:
    """What the generator wrote."""

    members: int = 0
    mentors: int = 0
    mentees: int = 0
    either: int = 0
    archived: int = 0
    without_email: int = 0
    skills: int = 0
    member_skills: int = 0
    cohorts: int = 0
    cohort_objectives: int = 0
    pairs: int = 0
    pairs_proposed: int = 0
    pairs_active: int = 0
    pairs_paused: int = 0
    pairs_ended: int = 0
    status_changes: int = 0
    objectives: int = 0
    objectives_reached: int = 0
    sessions: int = 0
    session_hours: float = 0.0  # rounded to the tenth of an hour
    follow_up_entries: int = 0


class Country(StrEnum):
    FRANCE = "FR"
    QUEBEC = "QC"


class Profile(StrEnum):
    """The kind of person a generated member is."""

    STUDENT = "student"  # a high-school student, under 18, who mentors
    NEWCOMER = "newcomer"  # an experienced professional newly arrived in the country
    BOOMER = "boomer"
    X = "x"
    Y = "y"
    Z = "z"


@dataclass
class DemoMember:
    """A generated member, kept in memory so that later steps can build on it."""

    id: int
    profile: Profile
    country: Country
    first_name: str
    last_name: str
    birth_year: int
    role: Role
    city: str
    email: str | None
    phone: str | None
    organisation: str | None
    department: str | None
    manager_name: str | None
    years_experience: int
    languages: str
    availability: str
    preferred_mode: Mode
    capacity: int
    mentor_training_on: dt.date | None
    consent_on: dt.date | None
    notes: str | None
    status: MemberStatus
    archived_at: dt.datetime | None
    created_at: dt.datetime
    retired: bool
    offered: tuple[str, ...]
    wanted: tuple[str, ...]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def generation(self) -> Generation:
        result = generation_of(self.birth_year)
        assert result is not None
        return result

    def row(self) -> dict[str, Any]:
        """The values of the ``member`` table."""
        return {
            "id": self.id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "birth_year": self.birth_year,
            "email": self.email,
            "phone": self.phone,
            "city": self.city,
            "organisation": self.organisation,
            "department": self.department,
            "manager_name": self.manager_name,
            "years_experience": self.years_experience,
            "languages": self.languages,
            "role": self.role,
            "availability": self.availability,
            "preferred_mode": self.preferred_mode,
            "capacity": self.capacity,
            "mentor_training_on": self.mentor_training_on,
            "consent_on": self.consent_on,
            # Consent given covers keeping the data and being contacted; one in five did not
            # agree to their details being passed to the partner (no draw: the rest of the
            # demo stays the same for a seed).
            "consent_keep": self.consent_on is not None,
            "consent_contact": self.consent_on is not None,
            "consent_share": self.consent_on is not None and self.id % 5 != 0,
            "notes": self.notes,
            "status": self.status,
            "archived_at": self.archived_at,
            "created_at": self.created_at,
            "updated_at": self.archived_at or self.created_at,
        }


@dataclass
class DemoContext:
    """What every generation step shares."""

    session: Session
    seed: int
    today: dt.date
    member_count: int
    members: list[DemoMember] = field(default_factory=list)
    skill_ids: dict[str, int] = field(default_factory=dict)  # skill name -> id
    member_skill_count: int = 0
    cohorts: list[DemoCohort] = field(default_factory=list)  # oldest first
    cohort_objective_count: int = 0
    pairs: list[DemoPair] = field(default_factory=list)
    status_change_count: int = 0
    objective_count: int = 0
    objectives_reached: int = 0
    session_count: int = 0
    session_minutes: int = 0
    follow_up_count: int = 0

    def rng(self, step: str) -> random.Random:
        """The random stream of one step: depends on the seed and the step's name only."""
        return random.Random(f"{self.seed}:{step}")

    def summary(self) -> DemoSummary:
        return DemoSummary(
            members=len(self.members),
            mentors=sum(m.role == Role.MENTOR for m in self.members),
            mentees=sum(m.role == Role.MENTEE for m in self.members),
            either=sum(m.role == Role.EITHER for m in self.members),
            archived=sum(m.status == MemberStatus.ARCHIVED for m in self.members),
            without_email=sum(m.email is None for m in self.members),
            skills=len(self.skill_ids),
            member_skills=self.member_skill_count,
            cohorts=sum(c.new for c in self.cohorts),
            cohort_objectives=self.cohort_objective_count,
            pairs=len(self.pairs),
            pairs_proposed=sum(p.status == PairStatus.PROPOSED for p in self.pairs),
            pairs_active=sum(p.status == PairStatus.ACTIVE for p in self.pairs),
            pairs_paused=sum(p.status == PairStatus.PAUSED for p in self.pairs),
            pairs_ended=sum(p.status == PairStatus.ENDED for p in self.pairs),
            status_changes=self.status_change_count,
            objectives=self.objective_count,
            objectives_reached=self.objectives_reached,
            sessions=self.session_count,
            session_hours=round(self.session_minutes / 60, 1),
            follow_up_entries=self.follow_up_count,
        )


@dataclass
class DemoCohort:
    """A generated cohort."""

    id: int
    name: str
    start_date: dt.date
    end_date: dt.date
    new: bool = True  # False: a cohort of that name was already there and is reused


@dataclass
class DemoPair:
    """A generated pair, kept in memory for the objectives (and later the sessions)."""

    id: int
    mentor: DemoMember
    mentee: DemoMember
    status: PairStatus
    proposed_on: dt.date
    start_date: dt.date | None
    planned_end: dt.date | None
    ended_on: dt.date | None
    end_reason: EndReason | None
    outcome: Outcome | None
    cohort_id: int | None
    # What the mentor passes on that the mentee wants (never empty), and the other way round.
    teach: tuple[str, ...]
    give_back: tuple[str, ...]
    # The life of the pair, oldest first: (status, effective on, note).
    history: list[tuple[PairStatus, dt.date, str | None]] = field(default_factory=list)
    # The means written in the pair's row.
    mode: Mode = Mode.ANY
    place: str | None = None
    commitment: float = DEFAULT_COMMITMENT_HOURS
    # Set by the sessions: how the pair kept its commitment, the day things started to go
    # wrong (the fading or the silence; None when they never did) and the last session.
    pace: Pace | None = None
    quiet_since: dt.date | None = None
    last_session: dt.date | None = None

    def periods(self) -> list[Period]:
        """The days the pair was active, from its history (see ``active_periods``)."""
        return active_periods(HistoryStep(status, on) for status, on, _ in self.history)


class Pace(StrEnum):
    """How a pair keeps its monthly commitment, for the sessions and the follow-ups."""

    STEADY = "steady"  # meets it most months
    LOW = "low"  # often falls below it
    FADED = "faded"  # a strong start, then fewer and fewer sessions
    SILENT = "silent"  # regular, then nothing for the last one to three months


DemoStep = Callable[[DemoContext], None]


class Tone(StrEnum):
    """How things go for a pair, in a follow-up entry."""

    GOOD = "good"
    MIXED = "mixed"
    POOR = "poor"
