"""Long on purpose (about 1,200 lines): a pair's writes share its checks and history.
Why: a pair's writes (forming it, its status changes, objectives and charter versions) share its
checks, its history and its version.

Pairs (binômes): forming them, their life from proposal to end, their objectives and
the versions of their charter.

Reading is plain SQL: the whole list of pairs, with objectives and history, is three queries.
Changes go through SQLAlchemy sessions (imported on the first change), one transaction per
change, after which ``Topic.PAIRS`` is announced. Bad input raises ValidationError with
codes (never sentences) and writes nothing.

The life of a pair::

    PROPOSED --activate--> ACTIVE <--pause/resume--> PAUSED
        \\________________________\\___________________\\____end____> ENDED
         \\__cancel_proposal (no evaluation)____________________> ENDED, never started

A proposal withdrawn before it started (``cancel_proposal``) is stored as ENDED with no
start date, no end reason and no evaluation; the date is ``ended_on`` and the history's last
step (with its note). "Cancelled" is read as *ended with no reason and never started*
(``PairRecord.is_cancelled``; in SQL, ``CANCELLED_SQL``): ``end`` always stores a reason, so
a pair that ran and ended, or a proposal ended with ``end``, is never read as cancelled.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from typing import TYPE_CHECKING, Any, Protocol

from mentorat_desktop.core.conflicts import check_version, differing, stale_as_conflict
from mentorat_desktop.core.database import Database, nothing_changed
from mentorat_desktop.core.enums import (
    Direction,
    EndReason,
    MemberStatus,
    Mode,
    ObjectiveStatus,
    Outcome,
    PairStatus,
)
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.reads import rows
from mentorat_desktop.core.reads.members import (
    MEMBER_NAMES_SQL,
    PAIRING_MEMBERS_SQL,
    MemberNameRow,
    PairingMemberRow,
)
from mentorat_desktop.core.reads.pairs import (
    OBJECTIVES_SQL,
    PAIR_CHOICES_SQL,
    PAIRS_SQL,
    STATUS_CHANGES_SQL,
    ObjectiveRow,
    PairChoiceRow,
    PairRow,
    StatusChangeRow,
)
from mentorat_desktop.core.reads.refusals import REFUSED_COUPLES_SQL, RefusedCoupleRow
from mentorat_desktop.core.services.keep import KEEP, Keep
from mentorat_desktop.core.services.settings import SettingsService
from mentorat_desktop.core.text import clean, fold

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentorat_desktop.core.models import Member, Objective, Pair

MIN_COMMITMENT_HOURS = 0.5
MAX_COMMITMENT_HOURS = 40.0
MAX_LENGTHS = {"place": 200, "frequency": 100}

# Statuses in which a pair has started and not ended: the pairs a member holds now.
HELD_STATUSES = (PairStatus.ACTIVE, PairStatus.PAUSED)

# Statuses in which a pair takes up a place in each member's capacity: a proposal holds its
# place as soon as it is made (as ``matching.COUNTED_STATUSES``); a withdrawn or ended one
# (ENDED, ``CANCELLED_SQL`` included) frees it.
CAPACITY_STATUSES = (PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED)


# A proposal withdrawn before it started: ended with no reason, never started (a SQL
# condition on the table ``pair``, for the figures that must not count it as ended).
def cancelled_sql(table: str = "") -> str:
    """The SQL condition of a withdrawn proposal, on ``table`` (an alias) or unqualified."""
    t = f"{table}." if table else ""
    return f"({t}status = 'ended' AND {t}end_reason IS NULL AND {t}start_date IS NULL)"


CANCELLED_SQL = cancelled_sql()

_TRANSITIONS: dict[PairStatus, frozenset[PairStatus]] = {
    PairStatus.PROPOSED: frozenset({PairStatus.ACTIVE, PairStatus.ENDED}),
    PairStatus.ACTIVE: frozenset({PairStatus.PAUSED, PairStatus.ENDED}),
    PairStatus.PAUSED: frozenset({PairStatus.ACTIVE, PairStatus.ENDED}),
    PairStatus.ENDED: frozenset(),
}


def allowed_transitions(status: PairStatus) -> set[PairStatus]:
    """The statuses a pair in ``status`` may move to."""
    return set(_TRANSITIONS[status])


# -- records and inputs --------------------------------------------------------------------


@dataclass(frozen=True)
class ObjectiveRecord:
    id: int
    pair_id: int
    text: str
    indicator: str | None
    target_date: dt.date | None
    status: ObjectiveStatus
    direction: Direction
    # The version read (migration 0012): a change made from it is refused once another
    # coordinator has changed the objective.
    row_version: int = 1


@dataclass(frozen=True)
class StatusChangeRecord:
    status: PairStatus
    effective_on: dt.date
    note: str | None
    recorded_at: dt.datetime


@dataclass(frozen=True)
class PairRecord:
    """One pair, detached from the database, with its objectives and its history (oldest
    step first)."""

    id: int
    mentor_id: int
    mentee_id: int
    mentor_name: str
    mentee_name: str
    mentor_birth_year: int | None
    mentee_birth_year: int | None
    cohort_id: int | None
    cohort_name: str | None
    status: PairStatus
    start_date: dt.date | None
    planned_end: dt.date | None
    charter_signed_on: dt.date | None
    ended_on: dt.date | None
    end_reason: EndReason | None
    monthly_commitment_hours: float
    place: str | None
    mode: Mode
    frequency: str | None
    match_score: float | None
    match_reasons: str | None
    capacity_override_reason: str | None
    outcome: Outcome | None
    mentor_learned: str | None
    mentee_learned: str | None
    closing_comment: str | None
    charter_version: int
    charter_changed_at: dt.datetime | None
    objectives: tuple[ObjectiveRecord, ...]
    history: tuple[StatusChangeRecord, ...]
    # The version the record was read at (a change from an older one is refused), and who
    # changed the pair last, when (migration 0011; None before any change).
    # Left out of comparisons: two readings of the same content are equal.
    row_version: int = dataclass_field(default=1, compare=False)
    changed_by: str | None = dataclass_field(default=None, compare=False)
    changed_at: dt.datetime | None = dataclass_field(default=None, compare=False)

    @property
    def last_change_on(self) -> dt.date | None:
        """The date of the latest step of the pair's life."""
        return self.history[-1].effective_on if self.history else self.start_date

    @property
    def is_cancelled(self) -> bool:
        """A proposal withdrawn before it started (see CANCELLED_SQL)."""
        return (
            self.status == PairStatus.ENDED and self.end_reason is None and self.start_date is None
        )

    @property
    def is_held(self) -> bool:
        """Active or paused: the pair takes up a place in both members' capacity."""
        return self.status in HELD_STATUSES


@dataclass(frozen=True)
class PairChoice:
    """One pair as a list to choose from shows it: its two names and its status."""

    id: int
    mentor_name: str
    mentee_name: str
    status: PairStatus


@dataclass
class PairInput:
    """What the new-pair form (or an accepted suggestion) hands to the service.

    ``start_date`` None makes a PROPOSED pair; a date makes it ACTIVE from that date, with
    its charter signed on that date. ``monthly_commitment_hours`` None takes the program's
    default."""

    mentor_id: int
    mentee_id: int
    cohort_id: int | None = None
    start_date: dt.date | None = None
    planned_end: dt.date | None = None
    monthly_commitment_hours: float | None = None
    place: str | None = None
    mode: Mode = Mode.ANY
    frequency: str | None = None
    match_score: float | None = None
    match_reasons: str | None = None
    capacity_override_reason: str | None = None

    def cleaned(self) -> PairInput:
        return replace(
            self,
            place=clean(self.place),
            mode=Mode(self.mode),
            frequency=clean(self.frequency),
            match_reasons=_clean_text(self.match_reasons),
            capacity_override_reason=_clean_text(self.capacity_override_reason),
        )


@dataclass
class ObjectiveInput:
    text: str
    indicator: str | None = None
    target_date: dt.date | None = None
    status: ObjectiveStatus = ObjectiveStatus.OPEN
    direction: Direction = Direction.MENTOR_TO_MENTEE

    def cleaned(self) -> ObjectiveInput:
        return replace(
            self,
            text=_clean_text(self.text) or "",
            indicator=_clean_text(self.indicator),
            status=ObjectiveStatus(self.status),
            direction=Direction(self.direction),
        )


def _clean_text(text: str | None) -> str | None:
    """Free text (several lines allowed): trimmed, None when empty."""
    if text is None:
        return None
    return str(text).strip() or None


# -- checks that need no database ----------------------------------------------------------


def _commitment_errors(hours: float | None) -> list[FieldError]:
    if hours is not None and not MIN_COMMITMENT_HOURS <= hours <= MAX_COMMITMENT_HOURS:
        return [
            FieldError(
                "monthly_commitment_hours",
                "number_range",
                {"min": MIN_COMMITMENT_HOURS, "max": MAX_COMMITMENT_HOURS},
            )
        ]
    return []


def _means_errors(
    place: str | None,
    frequency: str | None,
    hours: float | None,
    start: dt.date | None,
    planned_end: dt.date | None,
) -> list[FieldError]:
    errors = _commitment_errors(hours)
    for name, value in (("place", place), ("frequency", frequency)):
        if value and len(value) > MAX_LENGTHS[name]:
            errors.append(FieldError(name, "too_long", {"max": MAX_LENGTHS[name]}))
    if start is not None and planned_end is not None and planned_end < start:
        errors.append(FieldError("planned_end", "end_before_start"))
    return errors


def validate_pair(data: PairInput, today: dt.date | None = None) -> list[FieldError]:
    """The problems with ``data`` (already cleaned) that need no database."""
    today = today or dt.date.today()
    errors: list[FieldError] = []
    if data.mentor_id == data.mentee_id:
        errors.append(FieldError("mentee_id", "same_person"))
    if data.start_date is not None and data.start_date > today:
        errors.append(FieldError("start_date", "date_in_future"))
    errors += _means_errors(
        data.place, data.frequency, data.monthly_commitment_hours, data.start_date, data.planned_end
    )
    return errors


def validate_objective(data: ObjectiveInput) -> list[FieldError]:
    """The problems with ``data`` (already cleaned)."""
    return [] if data.text else [FieldError("text", "required")]


# -- reading -------------------------------------------------------------------------------


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _datetime(value: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


def _objective_record(row: ObjectiveRow) -> ObjectiveRecord:
    return ObjectiveRecord(
        row.id,
        row.pair_id,
        row.text,
        row.indicator,
        _date(row.target_date),
        ObjectiveStatus(row.status),
        Direction(row.direction),
        row.row_version,
    )


def _objective_from_model(objective: Objective) -> ObjectiveRecord:
    return ObjectiveRecord(
        objective.id,
        objective.pair_id,
        objective.text,
        objective.indicator,
        objective.target_date,
        ObjectiveStatus(objective.status),
        Direction(objective.direction),
        objective.row_version,
    )


def _pair_record(
    row: PairRow,
    objectives: tuple[ObjectiveRecord, ...],
    history: tuple[StatusChangeRecord, ...],
) -> PairRecord:
    return PairRecord(
        id=row.id,
        mentor_id=row.mentor_id,
        mentee_id=row.mentee_id,
        mentor_name=_name(row.mentor_first_name, row.mentor_last_name),
        mentee_name=_name(row.mentee_first_name, row.mentee_last_name),
        mentor_birth_year=row.mentor_birth_year,
        mentee_birth_year=row.mentee_birth_year,
        cohort_id=row.cohort_id,
        cohort_name=row.cohort_name,
        status=PairStatus(row.status),
        start_date=_date(row.start_date),
        planned_end=_date(row.planned_end),
        charter_signed_on=_date(row.charter_signed_on),
        ended_on=_date(row.ended_on),
        end_reason=EndReason(row.end_reason) if row.end_reason else None,
        monthly_commitment_hours=float(row.monthly_commitment_hours),
        place=row.place,
        mode=Mode(row.mode),
        frequency=row.frequency,
        match_score=row.match_score,
        match_reasons=row.match_reasons,
        capacity_override_reason=row.capacity_override_reason,
        outcome=Outcome(row.outcome) if row.outcome else None,
        mentor_learned=row.mentor_learned,
        mentee_learned=row.mentee_learned,
        closing_comment=row.closing_comment,
        charter_version=int(row.charter_version),
        charter_changed_at=_datetime(row.charter_changed_at),
        objectives=objectives,
        history=history,
        row_version=int(row.row_version),
        changed_by=row.changed_by,
        changed_at=_datetime(row.changed_at),
    )


def _choice(row: PairChoiceRow) -> PairChoice:
    return PairChoice(
        row.id,
        _name(row.mentor_first_name, row.mentor_last_name),
        _name(row.mentee_first_name, row.mentee_last_name),
        PairStatus(row.status),
    )


def pair_warnings(db: Database, mentor_id: int, mentee_id: int) -> list[FieldError]:
    """What the coordinator should know before forming this pair (nothing is refused):

    - ("mentor_id", "mentor_not_younger", {"mentor", "mentee"}): the mentor was born the
      same year as the mentee or earlier (only when both years are known);
    - ("mentor_id", "mentor_untrained", {"mentor"}): the mentor has not had the training.
    """
    found = {
        row.id: row
        for row in rows(db, PairingMemberRow, PAIRING_MEMBERS_SQL, (mentor_id, mentee_id))
    }
    for member_id in (mentor_id, mentee_id):
        if member_id not in found:
            raise NotFoundError(member_id)
    mentor_row, mentee_row = found[mentor_id], found[mentee_id]
    mentor_year, mentee_year = mentor_row.birth_year, mentee_row.birth_year
    mentor = _name(mentor_row.first_name, mentor_row.last_name)
    mentee = _name(mentee_row.first_name, mentee_row.last_name)
    warnings: list[FieldError] = []
    if (
        mentor_id != mentee_id
        and mentor_year is not None
        and mentee_year is not None
        and mentor_year <= mentee_year
    ):
        warnings.append(
            FieldError("mentor_id", "mentor_not_younger", {"mentor": mentor, "mentee": mentee})
        )
    if mentor_row.mentor_training_on is None:
        warnings.append(FieldError("mentor_id", "mentor_untrained", {"mentor": mentor}))
    return warnings


# -- the service ---------------------------------------------------------------------------


class _Named(Protocol):
    """A pair's row with its two people's names (PairRow, PairChoiceRow)."""

    @property
    def id(self) -> int: ...
    @property
    def mentor_first_name(self) -> str: ...
    @property
    def mentor_last_name(self) -> str: ...
    @property
    def mentee_first_name(self) -> str: ...
    @property
    def mentee_last_name(self) -> str: ...


def _by_names(row: _Named) -> tuple[str, str, str, str, int]:
    """The pairs' order: by mentor, then mentee, each by last then first name (accents and
    case ignored), then by number."""
    return (
        fold(row.mentor_last_name),
        fold(row.mentor_first_name),
        fold(row.mentee_last_name),
        fold(row.mentee_first_name),
        row.id,
    )


class PairService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -------------------------------------------------------------------------
    def _records(self, where: str, params: tuple[Any, ...]) -> list[PairRecord]:
        found = rows(self._db, PairRow, f"{PAIRS_SQL} {where}", params)
        if not found:
            return []
        found.sort(key=_by_names)
        subquery = f"SELECT p.id FROM pair p {where}"
        objectives: dict[int, list[ObjectiveRecord]] = {}
        for objective in rows(
            self._db,
            ObjectiveRow,
            f"{OBJECTIVES_SQL} WHERE pair_id IN ({subquery}) ORDER BY id",
            params,
        ):
            objectives.setdefault(objective.pair_id, []).append(_objective_record(objective))
        history: dict[int, list[StatusChangeRecord]] = {}
        for change in rows(
            self._db,
            StatusChangeRow,
            f"{STATUS_CHANGES_SQL} WHERE pair_id IN ({subquery}) ORDER BY id",
            params,
        ):
            history.setdefault(change.pair_id, []).append(
                StatusChangeRecord(
                    PairStatus(change.status),
                    dt.date.fromisoformat(change.effective_on),
                    change.note,
                    dt.datetime.fromisoformat(change.recorded_at),
                )
            )
        return [
            _pair_record(row, tuple(objectives.get(row.id, ())), tuple(history.get(row.id, ())))
            for row in found
        ]

    def list_pairs(
        self,
        status: PairStatus | None = None,
        cohort_id: int | None = None,
        group_id: int | None = None,
    ) -> list[PairRecord]:
        """The pairs (those of one status, of one cohort, of one local group, or all), with
        their objectives and history, ordered by mentor then mentee (last, then first name;
        accents ignored)."""
        conditions: list[str] = []
        params: list[Any] = []
        if group_id is not None:
            conditions.append("p.group_id = ?")
            params.append(group_id)
        if status is not None:
            conditions.append("p.status = ?")
            params.append(PairStatus(status).value)
        if cohort_id is not None:
            conditions.append("p.cohort_id = ?")
            params.append(cohort_id)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        return self._records(where, tuple(params))

    def list_choices(self) -> list[PairChoice]:
        """Every pair with only its two names and status, in the order of ``list_pairs``:
        one light query, for the lists where a pair is picked by name."""
        found = rows(self._db, PairChoiceRow, PAIR_CHOICES_SQL)
        found.sort(key=_by_names)
        return [_choice(row) for row in found]

    def get(self, pair_id: int) -> PairRecord:
        for record in self._records("WHERE p.id = ?", (pair_id,)):
            return record
        raise NotFoundError(pair_id)

    def get_objective(self, objective_id: int) -> ObjectiveRecord:
        """One objective as stored now (NotFoundError when it is gone)."""
        for row in rows(self._db, ObjectiveRow, f"{OBJECTIVES_SQL} WHERE id = ?", (objective_id,)):
            return _objective_record(row)
        raise NotFoundError(objective_id)

    def means_of(self, pair_id: int) -> tuple[Mode, str | None]:
        """How and where the pair meets (its mode and place), read alone: what a new
        session of the pair starts from. NotFoundError when it is gone."""
        found = self._db.query("SELECT mode, place FROM pair WHERE id = ?", (pair_id,))
        if not found:
            raise NotFoundError(pair_id)
        mode, place = found[0]
        return Mode(mode), place

    def count_active_for(self, member_id: int) -> int:
        """How many pairs the member holds now (active or paused), in either role."""
        marks = ", ".join("?" * len(HELD_STATUSES))
        counted = self._db.query(
            "SELECT count(*) FROM pair WHERE (mentor_id = ? OR mentee_id = ?) "
            f"AND status IN ({marks})",
            (member_id, member_id, *(s.value for s in HELD_STATUSES)),
        )
        return int(counted[0][0])

    def find_member(self, who: str) -> int:
        """The id of the active member named by ``who``: an e-mail (case ignored) or a name,
        "First Last" or "Last First" (case and accents ignored). Archived members are not
        matched. NotFoundError when nobody matches; ValidationError
        ("who", "ambiguous", {"who", "count"}) when several do."""
        text = clean(who) or ""
        if not text:
            raise NotFoundError(who)
        found = rows(self._db, MemberNameRow, MEMBER_NAMES_SQL, (MemberStatus.ACTIVE.value,))
        if "@" in text:
            email = text.lower()
            matches = {m.id for m in found if m.email and m.email.strip().lower() == email}
        else:
            key = fold(text)
            matches = {
                m.id
                for m in found
                if key
                in (fold(f"{m.first_name} {m.last_name}"), fold(f"{m.last_name} {m.first_name}"))
            }
        if not matches:
            raise NotFoundError(who)
        if len(matches) > 1:
            raise ValidationError(
                [FieldError("who", "ambiguous", {"who": text, "count": len(matches)})]
            )
        return int(matches.pop())

    def warnings_for(self, mentor_id: int, mentee_id: int) -> list[FieldError]:
        """See ``pair_warnings``."""
        return pair_warnings(self._db, mentor_id, mentee_id)

    def refused_pairs(self) -> set[tuple[int, int]]:
        """The (mentor_id, mentee_id) pairs the coordinator has refused."""
        return {
            (couple.mentor_id, couple.mentee_id)
            for couple in rows(self._db, RefusedCoupleRow, REFUSED_COUPLES_SQL)
        }

    # -- forming a pair ------------------------------------------------------------------
    def create(self, data: PairInput) -> PairRecord:
        """Form a pair: PROPOSED, or ACTIVE from ``data.start_date``. Either takes a place in
        each member's capacity (``CAPACITY_STATUSES``): refused when it is full, unless
        ``data.capacity_override_reason`` says why. ValidationError (and nothing written) on
        bad input."""
        return self.get(self.create_many([data])[0])

    def create_many(self, inputs: list[PairInput]) -> list[int]:
        """Form several pairs in one transaction (a whole-pool proposal): all of them, or,
        at the first refused one, none (ValidationError). Returns their ids."""
        today = dt.date.today()
        default_hours = SettingsService(self._db).get().default_commitment_hours or 3.0
        ids = []
        with self._db.transaction(announces=(Topic.PAIRS,)) as session:
            for data in inputs:
                data = data.cleaned()
                if data.monthly_commitment_hours is None:
                    data = replace(data, monthly_commitment_hours=default_hours)
                ids.append(self._insert(session, data, today))
            if not ids:
                nothing_changed(session)
        return ids

    def _insert(self, session: Session, data: PairInput, today: dt.date) -> int:
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Pair, PairStatusChange

        errors = validate_pair(data, today)
        mentor = self._member(session, data.mentor_id, "mentor_id", errors)
        mentee = self._member(session, data.mentee_id, "mentee_id", errors)
        if data.cohort_id is not None:
            errors += self._cohort_errors(session, data.cohort_id)
        override_used = False
        if mentor is not None and mentee is not None and mentor.id != mentee.id:
            if self._open_pair_exists(session, mentor.id, mentee.id):
                # Refused whatever the capacity (the open pair already holds its place).
                errors.append(
                    FieldError(
                        "mentee_id",
                        "pair_exists",
                        {"mentor": mentor.full_name, "mentee": mentee.full_name},
                    )
                )
            else:
                problems = self._capacity_problems(session, mentor, mentee)
                override_used = bool(problems) and bool(data.capacity_override_reason)
                if not override_used:
                    errors += problems
        if errors:
            raise ValidationError(errors)
        assert data.monthly_commitment_hours is not None
        active = data.start_date is not None
        pair = Pair(
            mentor_id=data.mentor_id,
            mentee_id=data.mentee_id,
            cohort_id=data.cohort_id,
            status=PairStatus.ACTIVE if active else PairStatus.PROPOSED,
            start_date=data.start_date,
            planned_end=data.planned_end,
            charter_signed_on=data.start_date,
            monthly_commitment_hours=float(data.monthly_commitment_hours),
            place=data.place,
            mode=data.mode,
            frequency=data.frequency,
            match_score=data.match_score,
            match_reasons=data.match_reasons,
            capacity_override_reason=(data.capacity_override_reason if override_used else None),
            charter_version=1,
            # A new pair belongs to its mentee's local group (core/services/groups.py).
            group_id=mentee.group_id if mentee is not None else None,
        )
        pair.history.append(
            PairStatusChange(
                status=pair.status,
                effective_on=data.start_date if data.start_date is not None else today,
            )
        )
        session.add(pair)
        session.flush()
        return pair.id

    def refuse_match(self, mentor_id: int, mentee_id: int, reason: str | None = None) -> None:
        """Remember that this mentor and this mentee must not be suggested together again.
        Refusing twice keeps one refusal (a new reason, when given, replaces the old)."""
        # lazy: SQLAlchemy, loaded on the first change (not at start-up)
        from sqlalchemy import select

        # lazy: the models (SQLAlchemy tables), likewise
        from mentorat_desktop.core.models import RefusedMatch

        errors: list[FieldError] = []
        if mentor_id == mentee_id:
            errors.append(FieldError("mentee_id", "same_person"))
        with self._db.transaction(announces=(Topic.PAIRS,)) as session:
            self._member(session, mentor_id, "mentor_id", errors, allow_archived=True)
            self._member(session, mentee_id, "mentee_id", errors, allow_archived=True)
            if errors:
                raise ValidationError(errors)
            existing = session.scalars(
                select(RefusedMatch).where(
                    RefusedMatch.mentor_id == mentor_id, RefusedMatch.mentee_id == mentee_id
                )
            ).first()
            reason = _clean_text(reason)
            if existing is None:
                session.add(RefusedMatch(mentor_id=mentor_id, mentee_id=mentee_id, reason=reason))
            elif reason:
                existing.reason = reason

    # -- the life of a pair --------------------------------------------------------------
    def activate(
        self,
        pair_id: int,
        signed_on: dt.date,
        override_reason: str | None = None,
        note: str | None = None,
        *,
        expected_version: int | None = None,
    ) -> PairRecord:
        """PROPOSED -> ACTIVE: the charter was signed on ``signed_on`` (also the start date
        unless one is set). Refused when a member's other proposed, active or paused pairs
        fill their capacity (the proposal already holds its own place), unless
        ``override_reason`` says why (it is then stored)."""
        override_reason = _clean_text(override_reason)
        with (
            stale_as_conflict(self._db, "pair", pair_id),
            self._db.transaction(announces=(Topic.PAIRS,)) as session,
        ):
            pair = self._pair(session, pair_id, expected_version)
            errors = self._transition_errors(
                pair, PairStatus.ACTIVE, signed_on, PairStatus.PROPOSED
            )
            problems: list[FieldError] = []
            if not errors:
                for field, member in (("mentor_id", pair.mentor), ("mentee_id", pair.mentee)):
                    if member.status == MemberStatus.ARCHIVED:
                        errors.append(
                            FieldError(field, "member_archived", {"name": member.full_name})
                        )
                start = pair.start_date or signed_on
                if pair.planned_end is not None and pair.planned_end < start:
                    errors.append(FieldError("planned_end", "end_before_start"))
                problems = self._capacity_problems(
                    session, pair.mentor, pair.mentee, besides=pair.id
                )
                if problems and not override_reason:
                    errors += problems
            if errors:
                raise ValidationError(errors)
            if problems:
                pair.capacity_override_reason = override_reason
            pair.charter_signed_on = signed_on
            if pair.start_date is None:
                pair.start_date = signed_on
            self._record_change(pair, PairStatus.ACTIVE, signed_on, note)
        return self.get(pair_id)

    def activate_many(self, pair_ids: list[int], signed_on: dt.date) -> list[PairRecord]:
        """PROPOSED -> ACTIVE for several pairs whose charters were signed on ``signed_on``
        (a kickoff evening), in ONE transaction: all of them, or, when any is refused (not
        proposed any more, a member archived, an end before the start, a capacity full;
        no override here), none (ValidationError with every problem). NotFoundError when a
        pair does not exist. Announced once."""
        if not pair_ids:
            return []
        with self._db.transaction(announces=(Topic.PAIRS,)) as session:
            errors: list[FieldError] = []
            pairs = [self._pair(session, pair_id) for pair_id in dict.fromkeys(pair_ids)]
            for pair in pairs:
                errors += self._transition_errors(
                    pair, PairStatus.ACTIVE, signed_on, PairStatus.PROPOSED
                )
                for field, member in (("mentor_id", pair.mentor), ("mentee_id", pair.mentee)):
                    if member.status == MemberStatus.ARCHIVED:
                        errors.append(
                            FieldError(field, "member_archived", {"name": member.full_name})
                        )
                start = pair.start_date or signed_on
                if pair.planned_end is not None and pair.planned_end < start:
                    errors.append(FieldError("planned_end", "end_before_start"))
                errors += self._capacity_problems(
                    session, pair.mentor, pair.mentee, besides=pair.id
                )
            if errors:
                raise ValidationError(errors)
            for pair in pairs:
                pair.charter_signed_on = signed_on
                if pair.start_date is None:
                    pair.start_date = signed_on
                self._record_change(pair, PairStatus.ACTIVE, signed_on, None)
        return [self.get(pair.id) for pair in pairs]

    def open_pairs_of(self, member_ids: list[int]) -> list[PairChoice]:
        """The proposed, active and paused pairs of these members, in either role."""
        if not member_ids:
            return []
        marks = ", ".join("?" * len(member_ids))
        open_statuses = (PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED)
        found = rows(
            self._db,
            PairChoiceRow,
            f"{PAIR_CHOICES_SQL} "
            f"WHERE (p.mentor_id IN ({marks}) OR p.mentee_id IN ({marks})) "
            "AND p.status IN (?, ?, ?) ORDER BY p.id",
            (*member_ids, *member_ids, *(s.value for s in open_statuses)),
        )
        return [_choice(row) for row in found]

    def hold_pairs_and_archive(
        self, member_ids: list[int], on: dt.date, note: str | None = None
    ) -> tuple[int, int]:
        """Archive members after putting their active pairs on hold (paused) and withdrawing
        their proposals, in one transaction: an archived member is left in no pair that
        expects sessions. Returns how many pairs were paused and how many withdrawn."""
        # lazy: SQLAlchemy, loaded on the first change (not at start-up)
        from sqlalchemy import or_, select

        # lazy: the models (SQLAlchemy tables), likewise
        from mentorat_desktop.core.models import Member, Pair

        paused = withdrawn = 0
        with self._db.transaction(announces=(Topic.PAIRS, Topic.MEMBERS)) as session:
            members = list(session.scalars(select(Member).where(Member.id.in_(member_ids))))
            if len(members) != len(set(member_ids)):
                raise NotFoundError(member_ids)
            pairs = session.scalars(
                select(Pair)
                .where(
                    or_(Pair.mentor_id.in_(member_ids), Pair.mentee_id.in_(member_ids)),
                    Pair.status.in_((PairStatus.ACTIVE, PairStatus.PROPOSED)),
                )
                .order_by(Pair.id)  # the same order of changes and problems on both engines
            )
            errors: list[FieldError] = []
            for pair in pairs:
                if pair.status == PairStatus.ACTIVE:
                    errors += self._transition_errors(pair, PairStatus.PAUSED, on)
                    self._record_change(pair, PairStatus.PAUSED, on, note)
                    paused += 1
                else:
                    errors += self._transition_errors(
                        pair, PairStatus.ENDED, on, PairStatus.PROPOSED
                    )
                    pair.ended_on = on
                    self._record_change(pair, PairStatus.ENDED, on, note)
                    withdrawn += 1
            if errors:
                raise ValidationError(errors)
            archived_at = dt.datetime.now().replace(microsecond=0)
            for member in members:
                member.status = MemberStatus.ARCHIVED
                member.archived_at = archived_at
        return paused, withdrawn

    def take_back_last_change(self, pair_id: int, before: PairRecord) -> PairRecord:
        """Undo the pair's last change of status, made a moment ago from ``before`` (the
        record as it was): its history line is removed and what the change set (the
        signature and start of an activation, the end and its evaluation) is put back as it
        was, in one transaction. Refused (ValidationError, nothing written) when the pair
        has changed since, so that no later change is lost."""
        with self._db.transaction(announces=(Topic.PAIRS,)) as session:
            pair = self._pair(session, pair_id)
            if (
                len(pair.history) != len(before.history) + 1
                or len(pair.history) < 2
                or PairStatus(pair.history[-2].status) != before.status
            ):
                raise ValidationError([FieldError("status", "changed_since")])
            session.delete(pair.history[-1])
            pair.history.pop()
            pair.status = before.status
            pair.start_date = before.start_date
            pair.charter_signed_on = before.charter_signed_on
            pair.capacity_override_reason = before.capacity_override_reason
            pair.ended_on = before.ended_on
            pair.end_reason = before.end_reason
            pair.outcome = before.outcome
            pair.mentor_learned = before.mentor_learned
            pair.mentee_learned = before.mentee_learned
            pair.closing_comment = before.closing_comment
        return self.get(pair_id)

    def pause(
        self,
        pair_id: int,
        on: dt.date,
        note: str | None = None,
        *,
        expected_version: int | None = None,
    ) -> PairRecord:
        """ACTIVE -> PAUSED. ``expected_version`` (here and in every change of a pair): the
        ``row_version`` the change was read at; ConflictError when the pair moved since."""
        return self._simple_change(pair_id, PairStatus.PAUSED, on, note, None, expected_version)

    def resume(
        self,
        pair_id: int,
        on: dt.date,
        note: str | None = None,
        *,
        expected_version: int | None = None,
    ) -> PairRecord:
        """PAUSED -> ACTIVE (a proposal is activated with ``activate``, which records the
        signature)."""
        return self._simple_change(
            pair_id, PairStatus.ACTIVE, on, note, PairStatus.PAUSED, expected_version
        )

    def cancel_proposal(
        self,
        pair_id: int,
        on: dt.date,
        note: str | None = None,
        *,
        expected_version: int | None = None,
    ) -> PairRecord:
        """PROPOSED -> ENDED without an evaluation: the proposal is withdrawn on ``on`` (a
        pair proposed by mistake, or that will not start). Only a proposal may be withdrawn;
        the two members are free to be paired again."""
        with (
            stale_as_conflict(self._db, "pair", pair_id),
            self._db.transaction(announces=(Topic.PAIRS,)) as session,
        ):
            pair = self._pair(session, pair_id, expected_version)
            errors = self._transition_errors(pair, PairStatus.ENDED, on, PairStatus.PROPOSED)
            if errors:
                raise ValidationError(errors)
            pair.ended_on = on
            pair.end_reason = None
            pair.outcome = None
            pair.mentor_learned = None
            pair.mentee_learned = None
            pair.closing_comment = None
            self._record_change(pair, PairStatus.ENDED, on, note)
        return self.get(pair_id)

    def end(
        self,
        pair_id: int,
        on: dt.date,
        reason: EndReason | None,
        outcome: Outcome | None = None,
        mentor_learned: str | None = None,
        mentee_learned: str | None = None,
        comment: str | None = None,
        *,
        expected_version: int | None = None,
    ) -> PairRecord:
        """PROPOSED, ACTIVE or PAUSED -> ENDED, with the closing evaluation. The reason is
        required ("end_reason", "required"); a reason of OTHER needs a comment. (A proposal
        that will not start is better withdrawn with ``cancel_proposal``.)"""
        reason = EndReason(reason) if reason is not None else None
        comment = _clean_text(comment)
        with (
            stale_as_conflict(self._db, "pair", pair_id),
            self._db.transaction(announces=(Topic.PAIRS,)) as session,
        ):
            pair = self._pair(session, pair_id, expected_version)
            errors = self._transition_errors(pair, PairStatus.ENDED, on)
            if reason is None and not errors:
                errors.append(FieldError("end_reason", "required"))
            if reason == EndReason.OTHER and not comment:
                errors.append(FieldError("closing_comment", "required"))
            if errors:
                raise ValidationError(errors)
            pair.ended_on = on
            pair.end_reason = reason
            pair.outcome = Outcome(outcome) if outcome is not None else None
            pair.mentor_learned = _clean_text(mentor_learned)
            pair.mentee_learned = _clean_text(mentee_learned)
            pair.closing_comment = comment
            self._record_change(pair, PairStatus.ENDED, on, None)
        return self.get(pair_id)

    def _simple_change(
        self,
        pair_id: int,
        target: PairStatus,
        on: dt.date,
        note: str | None,
        source: PairStatus | None = None,
        expected_version: int | None = None,
    ) -> PairRecord:
        with (
            stale_as_conflict(self._db, "pair", pair_id),
            self._db.transaction(announces=(Topic.PAIRS,)) as session,
        ):
            pair = self._pair(session, pair_id, expected_version)
            errors = self._transition_errors(pair, target, on, source)
            if errors:
                raise ValidationError(errors)
            self._record_change(pair, target, on, note)
        return self.get(pair_id)

    # -- means and objectives (the charter) ----------------------------------------------
    def update_means(
        self,
        pair_id: int,
        *,
        place: str | Keep | None = KEEP,
        mode: Mode | Keep = KEEP,
        frequency: str | Keep | None = KEEP,
        monthly_commitment_hours: float | Keep = KEEP,
        planned_end: dt.date | Keep | None = KEEP,
        cohort_id: int | Keep | None = KEEP,
        expected_version: int | None = None,
    ) -> PairRecord:
        """Change the means of a pair (the arguments given; the others are kept). After
        the charter is signed, a change of place, mode, frequency, commitment or planned
        end makes a new charter version (so does a move to another cohort: the charter prints
        the cohort and its objectives)."""
        with (
            stale_as_conflict(self._db, "pair", pair_id),
            self._db.transaction(announces=(Topic.PAIRS,)) as session,
        ):
            pair = self._pair(session, pair_id)
            new: dict[str, Any] = {
                "place": pair.place if isinstance(place, Keep) else clean(place),
                "mode": pair.mode if isinstance(mode, Keep) else Mode(mode),
                "frequency": pair.frequency if isinstance(frequency, Keep) else clean(frequency),
                "monthly_commitment_hours": (
                    pair.monthly_commitment_hours
                    if isinstance(monthly_commitment_hours, Keep)
                    else monthly_commitment_hours
                ),
                "planned_end": pair.planned_end if isinstance(planned_end, Keep) else planned_end,
            }
            new_cohort = pair.cohort_id if isinstance(cohort_id, Keep) else cohort_id
            check_version(
                pair,
                "pair",
                pair_id,
                expected_version,
                differing(pair, {**new, "cohort_id": new_cohort}),
            )
            errors = _means_errors(
                new["place"],
                new["frequency"],
                new["monthly_commitment_hours"],
                pair.start_date,
                new["planned_end"],
            )
            if new_cohort is not None and new_cohort != pair.cohort_id:
                errors += self._cohort_errors(session, new_cohort)
            if errors:
                raise ValidationError(errors)
            kinds = []
            for name, value in new.items():
                if getattr(pair, name) != value:
                    setattr(pair, name, value)
                    kinds.append("period" if name == "planned_end" else "means")
            if new_cohort != pair.cohort_id:
                # The charter prints the cohort and its objectives: a new version too.
                pair.cohort_id = new_cohort
                kinds.append("cohort")
            if kinds:
                _bump_charter(pair, *kinds)
        return self.get(pair_id)

    def add_objective(self, pair_id: int, data: ObjectiveInput) -> ObjectiveRecord:
        """Add an objective; after the charter is signed, this makes a new charter version."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Objective

        data = data.cleaned()
        errors = validate_objective(data)
        with self._db.transaction(announces=(Topic.PAIRS,)) as session:
            pair = self._pair(session, pair_id)
            if errors:
                raise ValidationError(errors)
            objective = Objective(
                text=data.text,
                indicator=data.indicator,
                target_date=data.target_date,
                status=data.status,
                direction=data.direction,
            )
            pair.objectives.append(objective)
            _bump_charter(pair, "objectives")
            session.flush()
            record = _objective_from_model(objective)
        return record

    def update_objective(
        self, objective_id: int, data: ObjectiveInput, expected_version: int | None = None
    ) -> ObjectiveRecord:
        """Change an objective. After the charter is signed, a change of its text,
        indicator, target date or direction makes a new charter version; a change of its
        status alone (progress) does not. ConflictError (nothing written) when another
        coordinator changed it after ``expected_version`` was read."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Objective

        data = data.cleaned()
        errors = validate_objective(data)
        with (
            stale_as_conflict(self._db, "objective", objective_id),
            self._db.transaction(announces=(Topic.PAIRS,)) as session,
        ):
            objective = session.get(Objective, objective_id)
            if objective is None:
                raise NotFoundError(objective_id)
            wanted = {
                "text": data.text,
                "indicator": data.indicator,
                "target_date": data.target_date,
                "status": data.status,
                "direction": data.direction,
            }
            check_version(
                objective, "objective", objective_id, expected_version, differing(objective, wanted)
            )
            if errors:
                raise ValidationError(errors)
            charter_changed = (
                objective.text,
                objective.indicator,
                objective.target_date,
                objective.direction,
            ) != (data.text, data.indicator, data.target_date, data.direction)
            objective.text = data.text
            objective.indicator = data.indicator
            objective.target_date = data.target_date
            objective.status = data.status
            objective.direction = data.direction
            if charter_changed:
                _bump_charter(self._pair(session, objective.pair_id), "objectives")
            session.flush()
            record = _objective_from_model(objective)
        return record

    def remove_objective(self, objective_id: int) -> None:
        """Remove an objective; after the charter is signed, this makes a new version."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Objective

        with self._db.transaction(announces=(Topic.PAIRS,)) as session:
            objective = session.get(Objective, objective_id)
            if objective is None:
                raise NotFoundError(objective_id)
            pair = self._pair(session, objective.pair_id)
            pair.objectives.remove(objective)
            _bump_charter(pair, "objectives")

    # -- helpers inside a transaction ----------------------------------------------------
    @staticmethod
    def _pair(session: Session, pair_id: int, expected_version: int | None = None) -> Pair:
        """The pair, checked to be still at ``expected_version`` (ConflictError otherwise)."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Pair

        pair = session.get(Pair, pair_id)
        if pair is None:
            raise NotFoundError(pair_id)
        check_version(pair, "pair", pair_id, expected_version)
        return pair

    @staticmethod
    def _member(
        session: Session,
        member_id: int,
        field: str,
        errors: list[FieldError],
        allow_archived: bool = False,
    ) -> Member | None:
        """The member, or None with the problem added to ``errors``."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Member

        member = session.get(Member, member_id)
        if member is None:
            errors.append(FieldError(field, "not_found"))
            return None
        if not allow_archived and member.status == MemberStatus.ARCHIVED:
            errors.append(FieldError(field, "member_archived", {"name": member.full_name}))
        return member

    @staticmethod
    def _cohort_errors(session: Session, cohort_id: int) -> list[FieldError]:
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Cohort

        if session.get(Cohort, cohort_id) is None:
            return [FieldError("cohort_id", "not_found")]
        return []

    @staticmethod
    def _open_pair_exists(session: Session, a: int, b: int) -> bool:
        """Whether these two people already form a pair that has not ended (either way
        round)."""
        # lazy: SQLAlchemy, loaded on the first change (not at start-up)
        from sqlalchemy import and_, or_, select

        # lazy: the models (SQLAlchemy tables), likewise
        from mentorat_desktop.core.models import Pair

        query = select(Pair.id).where(
            or_(
                and_(Pair.mentor_id == a, Pair.mentee_id == b),
                and_(Pair.mentor_id == b, Pair.mentee_id == a),
            ),
            Pair.status != PairStatus.ENDED,
        )
        return session.scalars(query).first() is not None

    @staticmethod
    def _held(session: Session, member_id: int, besides: int | None = None) -> int:
        """How many places of the member's capacity are taken (``CAPACITY_STATUSES``, in
        either role), not counting the pair ``besides`` (a proposal being activated already
        holds its place)."""
        # lazy: SQLAlchemy, loaded on the first change (not at start-up)
        from sqlalchemy import func, or_, select

        # lazy: the models (SQLAlchemy tables), likewise
        from mentorat_desktop.core.models import Pair

        query = select(func.count(Pair.id)).where(
            or_(Pair.mentor_id == member_id, Pair.mentee_id == member_id),
            Pair.status.in_(CAPACITY_STATUSES),
        )
        if besides is not None:
            query = query.where(Pair.id != besides)
        return int(session.scalar(query) or 0)

    def _capacity_problems(
        self, session: Session, mentor: Member, mentee: Member, besides: int | None = None
    ) -> list[FieldError]:
        """("mentor_id"/"mentee_id", "capacity_reached", {"name", "capacity", "held"}) for
        each member whose proposed, active and paused pairs (other than ``besides``) already
        fill their capacity."""
        problems: list[FieldError] = []
        for field, member in (("mentor_id", mentor), ("mentee_id", mentee)):
            held = self._held(session, member.id, besides)
            if held >= member.capacity:
                problems.append(
                    FieldError(
                        field,
                        "capacity_reached",
                        {"name": member.full_name, "capacity": member.capacity, "held": held},
                    )
                )
        return problems

    @staticmethod
    def _transition_errors(
        pair: Pair, target: PairStatus, on: dt.date, source: PairStatus | None = None
    ) -> list[FieldError]:
        """Whether the pair may move to ``target`` on ``on`` (and, when ``source`` is given,
        only from that status)."""
        current = PairStatus(pair.status)
        if target not in _TRANSITIONS[current] or source not in (None, current):
            return [FieldError("status", "invalid_transition", {"from": current, "to": target})]
        errors: list[FieldError] = []
        if on > dt.date.today():
            errors.append(FieldError("effective_on", "date_in_future"))
        bounds = [d for d in (pair.start_date, *(c.effective_on for c in pair.history)) if d]
        if bounds and on < max(bounds):
            errors.append(
                FieldError("effective_on", "date_before_last_change", {"last": max(bounds)})
            )
        return errors

    @staticmethod
    def _record_change(pair: Pair, target: PairStatus, on: dt.date, note: str | None) -> None:
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import PairStatusChange

        pair.status = target
        pair.history.append(
            PairStatusChange(status=target, effective_on=on, note=_clean_text(note))
        )


def _bump_charter(pair: Pair, *kinds: str) -> None:
    """A new version of a signed charter (an unsigned charter is still a draft), recording
    what it changes among "objectives", "means", "period" and "cohort" (the charter says
    it)."""
    if pair.charter_signed_on is not None:
        pair.charter_version = (pair.charter_version or 1) + 1
        pair.charter_changed_at = dt.datetime.now().replace(microsecond=0)
        pair.charter_changes = ",".join(dict.fromkeys(kinds)) or None
