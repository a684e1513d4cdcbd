"""Mentor training: sessions, the members invited to them, and who attended.

Reading is plain SQL; changes go through SQLAlchemy sessions, imported on the first change.
Each change is one transaction and announces ``Topic.TRAINING`` after the commit, and
``Topic.MEMBERS`` too when a member's training date moved.

A member's training date (``Member.mentor_training_on``, which the matching's warning, the
follow-up list, the members view and the exports read) is kept in step with attendance, in
the same transaction as the change:

- recording that a member attended a session dated D sets their date to D when they had
  none or an earlier one (a later date typed by hand is kept: it may be a training given
  elsewhere);
- when that attendance is removed (unticked, the session deleted, or its date changed), a
  date that came from the session (equal to its old date) goes back to the last session the
  member still attended, or to none.

A full day is signed for in the morning and in the afternoon; a session of ``FULL_DAY_MINUTES``
or more is a full day unless said otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mentorat_desktop.core.conflicts import check_version, differing, stale_as_conflict
from mentorat_desktop.core.database import Database, announce
from mentorat_desktop.core.enums import MemberStatus, Role
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.reads import rows
from mentorat_desktop.core.reads.training import (
    ATTENDEES_SQL,
    CANDIDATES_SQL,
    TRAININGS_SQL,
    AttendeeRow,
    CandidateRow,
    TrainingRow,
)
from mentorat_desktop.core.services.keep import KEEP, Keep
from mentorat_desktop.core.text import clean, fold

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentorat_desktop.core.models import TrainingSession

TITLE_MAX = 200
PLACE_MAX = 200
TRAINER_MAX = 200
FULL_DAY_MINUTES = 6 * 60
MAX_MINUTES = 12 * 60


@dataclass(frozen=True)
class TrainingRecord:
    id: int
    title: str
    held_on: dt.date
    duration_minutes: int
    place: str | None
    trainer: str | None
    topics: str | None
    full_day: bool
    # On the session's list: invited, or recorded as present without an invitation.
    listed_count: int = 0
    attended_count: int = 0
    # The version read (migration 0012): a change made from it is refused once another
    # coordinator has changed the session.
    row_version: int = 1


@dataclass(frozen=True)
class AttendeeRecord:
    """A member on a session's list: invited, attended, or both."""

    member_id: int
    first_name: str
    last_name: str
    email: str | None
    role: Role
    invited: bool
    attended: bool
    recorded_at: dt.datetime | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class CandidateRecord:
    """An active member who could be invited, with their training date."""

    member_id: int
    first_name: str
    last_name: str
    email: str | None
    role: Role
    trained_on: dt.date | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


_ROLES = {role.value: role for role in Role}


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _clean_text(text: str | None) -> str | None:
    """Free text (several lines allowed): trimmed, None when empty."""
    if text is None:
        return None
    return text.strip() or None


def _validate(
    title: str | None,
    held_on: dt.date | None,
    duration_minutes: int | None,
    place: str | None,
    trainer: str | None,
) -> list[FieldError]:
    errors: list[FieldError] = []
    if not title:
        errors.append(FieldError("title", "required"))
    elif len(title) > TITLE_MAX:
        errors.append(FieldError("title", "too_long", {"max": TITLE_MAX}))
    if held_on is None:
        errors.append(FieldError("held_on", "required"))
    if duration_minutes is None:
        errors.append(FieldError("duration_minutes", "required"))
    elif duration_minutes <= 0:
        errors.append(FieldError("duration_minutes", "duration_zero"))
    elif duration_minutes > MAX_MINUTES:
        errors.append(FieldError("duration_minutes", "duration_too_long"))
    if place and len(place) > PLACE_MAX:
        errors.append(FieldError("place", "too_long", {"max": PLACE_MAX}))
    if trainer and len(trainer) > TRAINER_MAX:
        errors.append(FieldError("trainer", "too_long", {"max": TRAINER_MAX}))
    return errors


def is_full_day(duration_minutes: int) -> bool:
    """Whether a session this long is a full day by default (morning and afternoon)."""
    return duration_minutes >= FULL_DAY_MINUTES


class TrainingService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -------------------------------------------------------------------------
    def _records(self, where: str = "", params: tuple[Any, ...] = ()) -> list[TrainingRecord]:
        found = rows(
            self._db,
            TrainingRow,
            f"{TRAININGS_SQL} {where} ORDER BY t.held_on DESC, t.id DESC",
            params,
        )
        return [
            TrainingRecord(
                row.id,
                row.title,
                dt.date.fromisoformat(row.held_on),
                int(row.duration_minutes),
                row.place,
                row.trainer,
                row.topics,
                bool(row.full_day),
                int(row.listed),
                int(row.attended),
                row.row_version,
            )
            for row in found
        ]

    def list_sessions(self) -> list[TrainingRecord]:
        """Every training session, the latest first."""
        return self._records()

    def get(self, session_id: int) -> TrainingRecord:
        for record in self._records("WHERE t.id = ?", (session_id,)):
            return record
        raise NotFoundError(session_id)

    def attendance(self, session_id: int) -> list[AttendeeRecord]:
        """The members on a session's list (invited or attended), by name."""
        self.get(session_id)
        records = [
            AttendeeRecord(
                row.member_id,
                row.first_name,
                row.last_name,
                row.email,
                _ROLES.get(row.role, Role.EITHER),
                bool(row.invited),
                bool(row.attended),
                dt.datetime.fromisoformat(row.recorded_at) if row.recorded_at else None,
            )
            for row in rows(self._db, AttendeeRow, ATTENDEES_SQL, (session_id,))
        ]
        records.sort(key=lambda r: (fold(r.last_name), fold(r.first_name), r.member_id))
        return records

    def candidates(self) -> list[CandidateRecord]:
        """The active members who may be invited (mentors and either first, then mentees,
        each by name), with their training date."""
        records = [
            CandidateRecord(
                row.member_id,
                row.first_name,
                row.last_name,
                row.email,
                _ROLES.get(row.role, Role.EITHER),
                _date(row.mentor_training_on),
            )
            for row in rows(self._db, CandidateRow, CANDIDATES_SQL, (MemberStatus.ACTIVE.value,))
        ]
        records.sort(
            key=lambda r: (
                r.role is Role.MENTEE,
                fold(r.last_name),
                fold(r.first_name),
                r.member_id,
            )
        )
        return records

    def trained_on(self, member_id: int) -> dt.date | None:
        """A member's training date (None: not trained, or no such member)."""
        found = self._db.query("SELECT mentor_training_on FROM member WHERE id = ?", (member_id,))
        return _date(found[0][0]) if found else None

    def trained_member_ids(self) -> set[int]:
        """The members with a training date (from a session or typed by hand)."""
        return {
            int(i)
            for (i,) in self._db.query("SELECT id FROM member WHERE mentor_training_on IS NOT NULL")
        }

    # -- changing sessions ---------------------------------------------------------------
    def create(
        self,
        title: str,
        held_on: dt.date,
        duration_minutes: int,
        *,
        place: str | None = None,
        trainer: str | None = None,
        topics: str | None = None,
        full_day: bool | None = None,
    ) -> TrainingRecord:
        """Plan a session; ValidationError (nothing written) on a missing title, date or
        duration. ``full_day`` None: a full day when it lasts ``FULL_DAY_MINUTES`` or more."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import TrainingSession

        title_ = clean(title)
        place_, trainer_ = clean(place), clean(trainer)
        errors = _validate(title_, held_on, duration_minutes, place_, trainer_)
        if errors or title_ is None:
            raise ValidationError(errors)
        with self._db.transaction(announces=(Topic.TRAINING,)) as session:
            training = TrainingSession(
                title=title_,
                held_on=held_on,
                duration_minutes=duration_minutes,
                place=place_,
                trainer=trainer_,
                topics=_clean_text(topics),
                full_day=is_full_day(duration_minutes) if full_day is None else full_day,
            )
            session.add(training)
            session.flush()
            training_id = training.id
        return self.get(training_id)

    def update(
        self,
        session_id: int,
        *,
        title: str | Keep = KEEP,
        held_on: dt.date | Keep = KEEP,
        duration_minutes: int | Keep = KEEP,
        place: str | Keep | None = KEEP,
        trainer: str | Keep | None = KEEP,
        topics: str | Keep | None = KEEP,
        full_day: bool | Keep = KEEP,
        expected_version: int | None = None,
    ) -> TrainingRecord:
        """Change the fields given (the others are kept). A new date moves the training
        date of those who attended (see the module's docstring). ConflictError (nothing
        written) when another coordinator changed the session after ``expected_version``
        was read."""
        moved: list[int] = []
        with (
            stale_as_conflict(self._db, "training_session", session_id),
            self._db.transaction(announces=(Topic.TRAINING,)) as session,
        ):
            training = self._load(session, session_id)
            # What is being saved, as it would be stored (the fields given only).
            given = {
                "title": title if isinstance(title, Keep) else clean(title),
                "held_on": held_on,
                "duration_minutes": duration_minutes,
                "place": place if isinstance(place, Keep) else clean(place),
                "trainer": trainer if isinstance(trainer, Keep) else clean(trainer),
                "topics": topics if isinstance(topics, Keep) else _clean_text(topics),
                "full_day": full_day,
            }
            check_version(
                training,
                "training_session",
                session_id,
                expected_version,
                differing(training, {k: v for k, v in given.items() if not isinstance(v, Keep)}),
            )
            new_title = training.title if isinstance(title, Keep) else clean(title)
            new_day = training.held_on if isinstance(held_on, Keep) else held_on
            new_minutes = (
                training.duration_minutes
                if isinstance(duration_minutes, Keep)
                else duration_minutes
            )
            new_place = training.place if isinstance(place, Keep) else clean(place)
            new_trainer = training.trainer if isinstance(trainer, Keep) else clean(trainer)
            errors = _validate(new_title, new_day, new_minutes, new_place, new_trainer)
            if (
                not errors
                and new_day != training.held_on
                and new_day > dt.date.today()
                and any(a.attended for a in training.attendance)
            ):
                errors.append(FieldError("held_on", "date_in_future"))
            if errors or new_title is None:
                raise ValidationError(errors)
            old_day = training.held_on
            training.title = new_title
            training.held_on = new_day
            training.duration_minutes = new_minutes
            training.place = new_place
            training.trainer = new_trainer
            if not isinstance(topics, Keep):
                training.topics = _clean_text(topics)
            if not isinstance(full_day, Keep):
                training.full_day = full_day
            if old_day != new_day:
                session.flush()
                for row in training.attendance:
                    if row.attended and _resync(session, row.member_id, dropped=old_day):
                        moved.append(row.member_id)
            if moved:
                announce(session, Topic.MEMBERS)
        return self.get(session_id)

    def delete(self, session_id: int) -> None:
        """Remove a session and its list; the training dates it gave go back to the last
        session each member still attended (or to none)."""
        moved: list[int] = []
        with self._db.transaction(announces=(Topic.TRAINING,)) as session:
            training = self._load(session, session_id)
            day = training.held_on
            attendees = [row.member_id for row in training.attendance if row.attended]
            session.delete(training)
            session.flush()
            moved = [m for m in attendees if _resync(session, m, dropped=day)]
            if moved:
                announce(session, Topic.MEMBERS)

    # -- the list of a session -----------------------------------------------------------
    def invite(self, session_id: int, member_ids: Iterable[int]) -> int:
        """Put members on a session's list (invited); returns how many were added."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Member, TrainingAttendance

        added = 0
        with self._db.transaction(announces=(Topic.TRAINING,)) as session:
            training = self._load(session, session_id)
            rows = {row.member_id: row for row in training.attendance}
            for member_id in dict.fromkeys(member_ids):
                if session.get(Member, member_id) is None:
                    raise NotFoundError(member_id)
                row = rows.get(member_id)
                if row is None:
                    training.attendance.append(
                        TrainingAttendance(member_id=member_id, invited=True, attended=False)
                    )
                    added += 1
                elif not row.invited:
                    row.invited = True
                    added += 1
        return added

    def remove(self, session_id: int, member_ids: Iterable[int]) -> None:
        """Take members off a session's list (invitation and attendance)."""
        moved: list[int] = []
        with self._db.transaction(announces=(Topic.TRAINING,)) as session:
            training = self._load(session, session_id)
            wanted = set(member_ids)
            gone = [row for row in training.attendance if row.member_id in wanted]
            for row in gone:
                training.attendance.remove(row)
            session.flush()
            moved = [
                r.member_id
                for r in gone
                if r.attended and _resync(session, r.member_id, dropped=training.held_on)
            ]
            if moved:
                announce(session, Topic.MEMBERS)

    def record_attendance(
        self, session_id: int, attended: Mapping[int, bool], *, today: dt.date | None = None
    ) -> list[int]:
        """Record who attended (True) and who did not (False), ticked on the day or typed
        back from the signed sheet, in one transaction. A member not on the list yet is
        added (not invited, attended). Refused with ("held_on", "date_in_future") when the
        session has not happened yet. Returns the members whose training date moved."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Member, TrainingAttendance

        today = today or dt.date.today()
        moved: list[int] = []
        with self._db.transaction(announces=(Topic.TRAINING,)) as session:
            training = self._load(session, session_id)
            if training.held_on > today and any(attended.values()):
                raise ValidationError([FieldError("held_on", "date_in_future")])
            rows = {row.member_id: row for row in training.attendance}
            changed: list[tuple[int, bool]] = []
            now = dt.datetime.now().replace(microsecond=0)
            for member_id, present in attended.items():
                row = rows.get(member_id)
                if row is None:
                    if not present:
                        continue
                    if session.get(Member, member_id) is None:
                        raise NotFoundError(member_id)
                    training.attendance.append(
                        TrainingAttendance(
                            member_id=member_id, invited=False, attended=True, recorded_at=now
                        )
                    )
                    changed.append((member_id, True))
                elif row.attended != present:
                    row.attended = present
                    row.recorded_at = now
                    changed.append((member_id, present))
            session.flush()
            for member_id, present in changed:
                dropped = None if present else training.held_on
                if _resync(session, member_id, dropped=dropped):
                    moved.append(member_id)
            if moved:
                announce(session, Topic.MEMBERS)
        return moved

    def attend(self, session_id: int, member_ids: Iterable[int]) -> list[int]:
        """Record that these members attended (see ``record_attendance``)."""
        return self.record_attendance(session_id, dict.fromkeys(member_ids, True))

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _load(session: Session, session_id: int) -> TrainingSession:
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import TrainingSession

        training = session.get(TrainingSession, session_id)
        if training is None:
            raise NotFoundError(session_id)
        return training


def _resync(session: Session, member_id: int, *, dropped: dt.date | None) -> bool:
    """Bring a member's training date in step with the sessions they attended (the rule is
    in the module's docstring); ``dropped``: the date of an attendance just removed.
    Returns whether the date changed."""
    # lazy: SQLAlchemy, loaded on the first change (not at start-up)
    from sqlalchemy import func, select

    # lazy: the models (SQLAlchemy tables), likewise
    from mentorat_desktop.core.models import Member, TrainingAttendance, TrainingSession

    member = session.get(Member, member_id)
    if member is None:
        return False
    last = session.scalar(
        select(func.max(TrainingSession.held_on))
        .join(TrainingAttendance, TrainingAttendance.session_id == TrainingSession.id)
        .where(TrainingAttendance.member_id == member_id, TrainingAttendance.attended.is_(True))
    )
    current = member.mentor_training_on
    if last is not None and (current is None or last > current):
        member.mentor_training_on = last
        return True
    if dropped is not None and current == dropped and current != last:
        member.mentor_training_on = last
        return True
    return False
