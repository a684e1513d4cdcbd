"""Long on purpose (about 600 lines): every table in one declarative model.
Why: every table of the data model in one place, as SQLAlchemy's declarative base and Alembic
read it.

The data model of the whole program (SQLAlchemy 2, typed).

Members and their skills, pairs with their status history and objectives, cohorts, sessions,
follow-up entries and the program settings. Later capabilities extend this model through
Alembic migrations rather than rewriting it.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from mentorat_desktop.core.enums import (
    Direction,
    EndReason,
    MemberStatus,
    Mode,
    ObjectiveStatus,
    Outcome,
    PairStatus,
    Role,
    SkillKind,
    Speaker,
)
from mentorat_desktop.core.feedback.rounds import CheckinRound

DEFAULT_COMMITMENT_HOURS = 3.0
DEFAULT_RETENTION_MONTHS = 36  # three years after the last activity
DEFAULT_BACKUP_KEEP_LAST = 10


def _enum(cls: type) -> Enum:
    """Store an enum as its string value, checked by the database."""
    return Enum(
        cls,
        native_enum=False,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
        length=24,
        create_constraint=True,
        name=f"ck_{cls.__name__.lower()}",
    )


class Base(DeclarativeBase):
    pass


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Skill(Base):
    """An entry of the skills catalogue, which the coordinator can extend."""

    __tablename__ = "skill"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    # Lower-case, accent-free form used to recognise "Réseaux sociaux" and "reseaux sociaux".
    key: Mapped[str] = mapped_column(String(120), unique=True)


class MemberSkill(Base):
    __tablename__ = "member_skill"

    member_id: Mapped[int] = mapped_column(
        ForeignKey("member.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(
        ForeignKey("skill.id", ondelete="RESTRICT"), primary_key=True
    )
    kind: Mapped[SkillKind] = mapped_column(_enum(SkillKind), primary_key=True)

    skill: Mapped[Skill] = relationship(lazy="joined")


class SharedRecord:
    """What a record shared by several coordinators carries (migration 0011; objectives and
    training sessions since 0012): its version, raised by every change, so that a change made
    from an older version fails instead of overwriting another coordinator's (SQLAlchemy's
    version counter); who changed it last, and when (set on every flush by
    core/authorship.py)."""

    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    changed_by: Mapped[str | None] = mapped_column(String(120))
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


class LocalGroup(Base):
    """A local group of a network of associations: members, cohorts and pairs belong to
    one (none on a laptop without groups)."""

    __tablename__ = "local_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(150), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


def _group_column() -> Mapped[int | None]:
    return mapped_column(ForeignKey("local_group.id", ondelete="SET NULL"), index=True)


class Member(SharedRecord, Base):
    __tablename__ = "member"
    __table_args__ = (
        Index("ix_member_email", "email"),
        Index("ix_member_name", "last_name", "first_name"),
        CheckConstraint("capacity >= 0", name="ck_member_capacity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    city: Mapped[str | None] = mapped_column(String(100))
    organisation: Mapped[str | None] = mapped_column(String(150))
    department: Mapped[str | None] = mapped_column(String(150))
    # The person this member reports to, when recorded (pairs inside one line are avoided).
    manager_name: Mapped[str | None] = mapped_column(String(200))
    years_experience: Mapped[int | None] = mapped_column(Integer)
    languages: Mapped[str | None] = mapped_column(String(200))  # comma-separated
    role: Mapped[Role] = mapped_column(_enum(Role), default=Role.EITHER)
    availability: Mapped[str | None] = mapped_column(String(300))
    preferred_mode: Mapped[Mode] = mapped_column(_enum(Mode), default=Mode.ANY)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    mentor_training_on: Mapped[dt.date | None] = mapped_column(Date)
    # The date consent was given (migration 0004 added what it covers and its withdrawal).
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[MemberStatus] = mapped_column(_enum(MemberStatus), default=MemberStatus.ACTIVE)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    # What the member agreed to: keeping their data, being contacted, sharing their contact
    # details with the other member of their pair; how the consent was collected (a short
    # free text: paper form, e-mail, orally...) and when it was withdrawn, if it was.
    consent_keep: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    consent_share: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    consent_how: Mapped[str | None] = mapped_column(String(60))
    consent_withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    # When the member's personal data was erased (core/privacy.py): the row stays, without
    # anything that names the person, so that the program's figures do not change.
    erased_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    group_id: Mapped[int | None] = _group_column()

    skills: Mapped[list[MemberSkill]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Cohort(SharedRecord, Base):
    """A program or cohort: a group of pairs started together."""

    __tablename__ = "cohort"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(150), unique=True)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)
    # When the cohort was closed: its pairs stay, it is no longer offered for new pairs.
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    group_id: Mapped[int | None] = _group_column()

    objectives: Mapped[list[CohortObjective]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )


class CohortObjective(SharedRecord, Base):
    __tablename__ = "cohort_objective"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str | None] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(String(100))


class Pair(SharedRecord, Base):
    """A pair (binôme): a younger mentor and an older mentee."""

    __tablename__ = "pair"
    __table_args__ = (
        CheckConstraint("mentor_id <> mentee_id", name="ck_pair_two_people"),
        CheckConstraint("monthly_commitment_hours > 0", name="ck_pair_commitment"),
        Index("ix_pair_members", "mentor_id", "mentee_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    mentee_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohort.id", ondelete="SET NULL"))
    status: Mapped[PairStatus] = mapped_column(_enum(PairStatus), default=PairStatus.PROPOSED)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    planned_end: Mapped[dt.date | None] = mapped_column(Date)
    charter_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[EndReason | None] = mapped_column(_enum(EndReason))
    monthly_commitment_hours: Mapped[float] = mapped_column(Float, default=DEFAULT_COMMITMENT_HOURS)
    place: Mapped[str | None] = mapped_column(String(200))
    mode: Mapped[Mode] = mapped_column(_enum(Mode), default=Mode.ANY)
    frequency: Mapped[str | None] = mapped_column(String(100))
    match_score: Mapped[float | None] = mapped_column(Float)
    match_reasons: Mapped[str | None] = mapped_column(Text)
    capacity_override_reason: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[Outcome | None] = mapped_column(_enum(Outcome))
    mentor_learned: Mapped[str | None] = mapped_column(Text)
    mentee_learned: Mapped[str | None] = mapped_column(Text)
    closing_comment: Mapped[str | None] = mapped_column(Text)
    # Charter versioning: bumped when objectives or means change after a first print.
    charter_version: Mapped[int] = mapped_column(Integer, default=1)
    charter_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # What the current version changes: "objectives", "means", "period" (comma-separated).
    charter_changes: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    group_id: Mapped[int | None] = _group_column()

    mentor: Mapped[Member] = relationship(foreign_keys=[mentor_id])
    mentee: Mapped[Member] = relationship(foreign_keys=[mentee_id])
    cohort: Mapped[Cohort | None] = relationship()
    history: Mapped[list[PairStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="PairStatusChange.id"
    )
    objectives: Mapped[list[Objective]] = relationship(
        cascade="all, delete-orphan", order_by="Objective.id"
    )


class PairStatusChange(Base):
    """One step in the life of a pair."""

    __tablename__ = "pair_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pair.id", ondelete="CASCADE"), index=True)
    status: Mapped[PairStatus] = mapped_column(_enum(PairStatus))
    effective_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class RefusedMatch(Base):
    """A pair the coordinator has refused: never suggested again."""

    __tablename__ = "refused_match"
    __table_args__ = (UniqueConstraint("mentor_id", "mentee_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    mentee_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    refused_on: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)
    reason: Mapped[str | None] = mapped_column(Text)


class Objective(SharedRecord, Base):
    """An objective of a pair, with its success indicator."""

    __tablename__ = "objective"

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pair.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str | None] = mapped_column(Text)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ObjectiveStatus] = mapped_column(
        _enum(ObjectiveStatus), default=ObjectiveStatus.OPEN
    )
    direction: Mapped[Direction] = mapped_column(
        _enum(Direction), default=Direction.MENTOR_TO_MENTEE
    )


class MentoringSession(SharedRecord, Base):
    """A meeting of a pair, logged against the monthly commitment."""

    __tablename__ = "mentoring_session"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0", name="ck_session_duration"),
        Index("ix_session_pair_date", "pair_id", "held_on"),
        # The follow-up grid's sum per pair and month, read from this index alone
        # (migration 0003 says why held_on is there too).
        Index(
            "ix_session_pair_month",
            "pair_id",
            text("substr(held_on, 1, 7)"),
            "held_on",
            "duration_minutes",
        ).ddl_if(dialect="sqlite"),
        # PostgreSQL stores a date, not its text: the same sums walk (pair, date) with the
        # minutes carried in the index (migration 0003).
        Index(
            "ix_session_pair_month",
            "pair_id",
            "held_on",
            postgresql_include=["duration_minutes"],
        ).ddl_if(dialect="postgresql"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pair.id", ondelete="CASCADE"))
    held_on: Mapped[dt.date] = mapped_column(Date)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    mode: Mapped[Mode] = mapped_column(_enum(Mode), default=Mode.IN_PERSON)
    place: Mapped[str | None] = mapped_column(String(200))
    topics: Mapped[str | None] = mapped_column(Text)
    direction: Mapped[Direction] = mapped_column(
        _enum(Direction), default=Direction.MENTOR_TO_MENTEE
    )
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class FollowUpEntry(Base):
    """A follow-up by the coordinator: a call, a check-in, a mediation."""

    __tablename__ = "follow_up_entry"
    __table_args__ = (
        CheckConstraint(
            "satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="ck_followup_sat"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pair.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    speaker: Mapped[Speaker] = mapped_column(_enum(Speaker), default=Speaker.COORDINATOR)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(Text)
    recheck_on: Mapped[dt.date | None] = mapped_column(Date)
    # A "called / handled" mark (since 0005): the pair leaves the follow-up list while the
    # reasons it had then (stable keys, as JSON, see core.followup.reason_keys) still hold.
    handled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    handled_reasons: Mapped[str | None] = mapped_column(Text)


class ProgramSettings(Base):
    """The program's settings: a single row."""

    __tablename__ = "program_settings"
    __table_args__ = (CheckConstraint("id = 1", name="ck_settings_single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    association_name: Mapped[str] = mapped_column(String(200), default="")
    coordinator_name: Mapped[str] = mapped_column(String(200), default="")
    coordinator_email: Mapped[str | None] = mapped_column(String(254))
    coordinator_phone: Mapped[str | None] = mapped_column(String(40))
    default_commitment_hours: Mapped[float] = mapped_column(Float, default=DEFAULT_COMMITMENT_HOURS)
    language: Mapped[str] = mapped_column(String(10), default="fr_FR")
    # "A4" or "Letter"; None follows the language (Letter for fr_CA).
    paper_size: Mapped[str | None] = mapped_column(String(10))
    logo_path: Mapped[str | None] = mapped_column(Text)
    charter_commitments: Mapped[str | None] = mapped_column(Text)
    silent_days: Mapped[int] = mapped_column(Integer, default=30)
    end_soon_days: Mapped[int] = mapped_column(Integer, default=30)
    # The weights of the matching's soft preferences, as JSON (None: the defaults).
    match_weights: Mapped[str | None] = mapped_column(Text)
    # How long a member's data is kept after their last activity, in months.
    retention_months: Mapped[int] = mapped_column(
        Integer, default=DEFAULT_RETENTION_MONTHS, server_default=text("36")
    )
    # A second folder that receives a copy of each backup (a USB key, another disk).
    backup_folder_second: Mapped[str | None] = mapped_column(Text)
    # How many of the latest backups are kept whatever their age.
    backup_keep_last: Mapped[int] = mapped_column(
        Integer, default=DEFAULT_BACKUP_KEEP_LAST, server_default=text("10")
    )
    # The association's postal address (several lines), printed on the charters.
    association_address: Mapped[str | None] = mapped_column(Text)
    # "FR" or "CA": the paper follows it (Letter in Québec), and the language when it is set.
    country: Mapped[str] = mapped_column(String(2), default="FR", server_default=text("'FR'"))
    # The feedback check-ins (since 0009, core.feedback.rounds): days after the start, how
    # far through the pair (percent), days before the planned end.
    checkin_first_days: Mapped[int] = mapped_column(Integer, default=30, server_default=text("30"))
    checkin_mid_percent: Mapped[int] = mapped_column(Integer, default=50, server_default=text("50"))
    checkin_end_days: Mapped[int] = mapped_column(Integer, default=14, server_default=text("14"))
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=_now, onupdate=_now, server_default=func.current_timestamp()
    )


class TrainingSession(SharedRecord, Base):
    """A training session for mentors (since 0008): what reverse mentoring is, how to
    listen, how to pass on a skill; its sign-in sheet and attestations are printed."""

    __tablename__ = "training_session"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0", name="ck_training_duration"),
        Index("ix_training_session_held_on", "held_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[dt.date] = mapped_column(Date)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    place: Mapped[str | None] = mapped_column(String(200))
    trainer: Mapped[str | None] = mapped_column(String(200))
    topics: Mapped[str | None] = mapped_column(Text)
    # A full day has a morning and an afternoon to sign for (see core.services.training).
    full_day: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    attendance: Mapped[list[TrainingAttendance]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="TrainingAttendance.id"
    )


class TrainingAttendance(Base):
    """A member invited to a training session, and whether they attended (ticked on the
    day or typed back from the signed sheet)."""

    __tablename__ = "training_attendance"
    __table_args__ = (UniqueConstraint("session_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    invited: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    attended: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    member: Mapped[Member] = relationship()


class FeedbackAnswer(Base):
    """A feedback questionnaire answered by the mentor or the mentee of a pair (since
    0009): typed back from paper, or after a call. Its scores (1 to 5) feed the report's
    satisfaction figures (``score_overall``); ``checkin`` says which planned check-in it
    answers (core.feedback.rounds), None for one asked at another time."""

    __tablename__ = "feedback_answer"
    __table_args__ = (
        CheckConstraint("respondent <> 'coordinator'", name="ck_feedback_respondent"),
        CheckConstraint(
            "(score_overall IS NULL OR score_overall BETWEEN 1 AND 5) "
            "AND (score_meetings IS NULL OR score_meetings BETWEEN 1 AND 5) "
            "AND (score_learning IS NULL OR score_learning BETWEEN 1 AND 5) "
            "AND (score_listening IS NULL OR score_listening BETWEEN 1 AND 5) "
            "AND (score_recommend IS NULL OR score_recommend BETWEEN 1 AND 5)",
            name="ck_feedback_scores",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pair.id", ondelete="CASCADE"), index=True)
    respondent: Mapped[Speaker] = mapped_column(_enum(Speaker))  # mentor or mentee
    checkin: Mapped[CheckinRound | None] = mapped_column(_enum(CheckinRound))
    answered_on: Mapped[dt.date] = mapped_column(Date)
    score_overall: Mapped[int | None] = mapped_column(Integer)
    score_meetings: Mapped[int | None] = mapped_column(Integer)
    score_learning: Mapped[int | None] = mapped_column(Integer)
    score_listening: Mapped[int | None] = mapped_column(Integer)
    score_recommend: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class EventKind(StrEnum):
    """What an event of the program was (since 0010)."""

    SPEED_MEETING = "speed_meeting"  # younger and older members meet in rounds
    FAIR = "fair"  # an association fair where visitors sign up at the kiosk


class SignupStatus(StrEnum):
    WAITING = "waiting"  # typed at the kiosk, waiting for the coordinator
    ACCEPTED = "accepted"  # became a member (member_id); the personal fields are cleared


class Event(Base):
    """An event of the program (since 0010): a speed-meeting evening or a fair."""

    __tablename__ = "event"
    __table_args__ = (CheckConstraint("rounds IS NULL OR rounds > 0", name="ck_event_rounds"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind))
    name: Mapped[str | None] = mapped_column(String(150))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    rounds: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class EventWish(Base):
    """After a speed-meeting, a member's wish to continue with someone they met there
    (since 0010): it raises that couple's score in the matching, with its reason."""

    __tablename__ = "event_wish"
    __table_args__ = (
        UniqueConstraint("event_id", "member_id", "wished_id"),
        CheckConstraint("member_id <> wished_id", name="ck_event_wish_two_people"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    wished_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class KioskSignup(Base):
    """A sign-up typed by a visitor at the kiosk (since 0010), waiting for the coordinator
    to accept it (it then becomes a member, and its personal fields are cleared) or to
    delete it."""

    __tablename__ = "kiosk_signup"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    status: Mapped[SignupStatus] = mapped_column(_enum(SignupStatus), default=SignupStatus.WAITING)
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    role: Mapped[Role] = mapped_column(_enum(Role), default=Role.EITHER)
    offered: Mapped[str | None] = mapped_column(Text)  # skills, comma-separated
    wanted: Mapped[str | None] = mapped_column(Text)
    availability: Mapped[str | None] = mapped_column(String(300))
    preferred_mode: Mapped[Mode] = mapped_column(_enum(Mode), default=Mode.ANY)
    language: Mapped[str | None] = mapped_column(String(10))  # the kiosk's language then
    consent_keep: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_share: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


def for_this_dialect(dialect: str) -> Any:
    """An Alembic ``include_object`` hook: leave out the indexes declared for the other
    engine (``Index(...).ddl_if(dialect=...)``), so that a comparison of the schema with the
    models on one engine does not miss the other's."""

    def include(obj: Any, _name: Any, type_: str, _reflected: Any, _compare_to: Any) -> bool:
        condition = getattr(obj, "_ddl_if", None) if type_ == "index" else None
        wanted = getattr(condition, "dialect", None)
        return wanted is None or wanted == dialect

    return include
