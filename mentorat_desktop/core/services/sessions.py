"""Sessions (rencontres): the meetings of a pair, logged against its monthly commitment.

Reading is plain SQL (the list of every session is one query); changes go through
SQLAlchemy sessions, one transaction per change, after which ``Topic.SESSIONS`` is
announced. Bad input raises ValidationError with codes and writes nothing.

A session may only be logged on a day the pair was active, as its status history tells:
from each ACTIVE step until the next PAUSED or ENDED step, that last day included (the
last meeting is often the day the pair decides to pause or to stop).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol

from mentorat_desktop.core.conflicts import (
    as_datetime,
    check_version,
    differing,
    stale_as_conflict,
)
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.durations import MAX_MINUTES
from mentorat_desktop.core.enums import Direction, Mode, PairStatus
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.reads import rows
from mentorat_desktop.core.reads.pairs import PAIR_HISTORY_SQL, HistoryStepRow
from mentorat_desktop.core.reads.sessions import (
    LAST_SESSIONS_SQL,
    SESSIONS_SQL,
    LastSessionRow,
    SessionRow,
)
from mentorat_desktop.core.text import clean

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentorat_desktop.core.models import MentoringSession

MAX_LENGTHS = {"place": 200, "topics": 1000, "notes": 5000}

Period = tuple[dt.date, dt.date | None]  # first and last active day (None: still active)


class _Step(Protocol):
    @property
    def status(self) -> PairStatus: ...

    @property
    def effective_on(self) -> dt.date: ...


@dataclass(frozen=True)
class HistoryStep:
    """One step of a pair's status history, enough for active_periods."""

    status: PairStatus
    effective_on: dt.date


# -- inputs and records --------------------------------------------------------------------


@dataclass
class SessionInput:
    """What the session form (or an importer) hands to the service."""

    pair_id: int
    held_on: dt.date
    duration_minutes: int
    mode: Mode = Mode.IN_PERSON
    place: str | None = None
    topics: str | None = None
    direction: Direction = Direction.MENTOR_TO_MENTEE
    notes: str | None = None

    def cleaned(self) -> SessionInput:
        """A copy with text trimmed (empty text becomes None) and the enums checked."""
        return replace(
            self,
            mode=Mode(self.mode),
            place=clean(self.place),
            topics=_clean_text(self.topics),
            direction=Direction(self.direction),
            notes=_clean_text(self.notes),
        )


@dataclass(frozen=True)
class SessionRecord:
    """One logged session, detached from the database."""

    id: int
    pair_id: int
    mentor_name: str
    mentee_name: str
    held_on: dt.date
    duration_minutes: int
    mode: Mode
    place: str | None
    topics: str | None
    direction: Direction
    notes: str | None
    # The version the record was read at (a change from an older one is refused), and who
    # changed the session last, when (migration 0011; None before any change).
    # Left out of comparisons: two readings of the same content are equal.
    row_version: int = field(default=1, compare=False)
    changed_by: str | None = field(default=None, compare=False)
    changed_at: dt.datetime | None = field(default=None, compare=False)

    def to_input(self) -> SessionInput:
        """The input that logs this session again (or edits it)."""
        return SessionInput(
            pair_id=self.pair_id,
            held_on=self.held_on,
            duration_minutes=self.duration_minutes,
            mode=self.mode,
            place=self.place,
            topics=self.topics,
            direction=self.direction,
            notes=self.notes,
        )


def _clean_text(text: str | None) -> str | None:
    """Free text (several lines allowed): trimmed, None when empty."""
    if text is None:
        return None
    return str(text).strip() or None


# -- rules that need no database -----------------------------------------------------------


def active_periods(history: Iterable[_Step]) -> list[Period]:
    """The periods in which a pair was active, from its status history (oldest step first;
    steps of the same day keep their order): each (first day, last day), both included,
    the last one open (None) while the pair is still active. A proposal that was never
    activated has none."""
    steps = sorted(history, key=lambda step: step.effective_on)  # stable: ties keep order
    periods: list[Period] = []
    start: dt.date | None = None
    for step in steps:
        status = PairStatus(step.status)
        if status == PairStatus.ACTIVE:
            if start is None:
                start = step.effective_on
        elif status in (PairStatus.PAUSED, PairStatus.ENDED) and start is not None:
            periods.append((start, step.effective_on))
            start = None
    if start is not None:
        periods.append((start, None))
    return periods


def was_active_on(periods: Sequence[Period], day: dt.date) -> bool:
    """Whether ``day`` falls in one of ``periods`` (see active_periods)."""
    return any(start <= day and (end is None or day <= end) for start, end in periods)


def closing_status(history: Iterable[_Step]) -> PairStatus | None:
    """What the pair's last step made it, when that ended its activity (paused or ended);
    None while it is active or was never activated."""
    steps = sorted(history, key=lambda step: step.effective_on)  # stable: ties keep order
    if not steps:
        return None
    status = PairStatus(steps[-1].status)
    return status if status in (PairStatus.PAUSED, PairStatus.ENDED) else None


def period_errors(
    periods: Sequence[Period], day: dt.date, closed_as: PairStatus | None = None
) -> list[FieldError]:
    """("held_on", "outside_active_period", params) when the pair was not active on ``day``:
    ``start`` is its first active day (None if it never was), ``end`` the last day of its
    last period (None while it is still active or never was). After its start, the stretch
    of inactivity ``day`` falls in: ``inactive_from``, its first day, and ``inactive_to``,
    its last (None: the pair has not been active since); then ``inactive_as``, what its
    last step made it ("paused" or "ended", from ``closed_as``), when known."""
    if was_active_on(periods, day):
        return []
    start = periods[0][0] if periods else None
    end = periods[-1][1] if periods else None
    params: dict[str, dt.date | str | None] = {"start": start, "end": end}
    if start is not None and day > start:
        closed = [last for _first, last in periods if last is not None and last < day]
        resumed = [first for first, _last in periods if first > day]
        params["inactive_from"] = closed[-1] + dt.timedelta(days=1)
        params["inactive_to"] = resumed[0] - dt.timedelta(days=1) if resumed else None
        if not resumed and closed_as is not None:
            params["inactive_as"] = closed_as.value
    return [FieldError("held_on", "outside_active_period", params)]


def validate_session(data: SessionInput, today: dt.date | None = None) -> list[FieldError]:
    """The problems with ``data`` (already cleaned) that need no database."""
    today = today or dt.date.today()
    errors: list[FieldError] = []
    if data.duration_minutes <= 0:
        errors.append(FieldError("duration_minutes", "zero"))
    elif data.duration_minutes > MAX_MINUTES:
        errors.append(FieldError("duration_minutes", "too_long", {"max": MAX_MINUTES}))
    if data.held_on > today:
        errors.append(FieldError("held_on", "date_in_future"))
    for name, limit in MAX_LENGTHS.items():
        value = getattr(data, name)
        if value and len(value) > limit:
            errors.append(FieldError(name, "too_long", {"max": limit}))
    return errors


# -- reading -------------------------------------------------------------------------------

_ORDER = "ORDER BY s.held_on DESC, s.id DESC"

_MODES = {m.value: m for m in Mode}
_DIRECTIONS = {d.value: d for d in Direction}


def _name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


def _record(row: SessionRow) -> SessionRecord:
    return SessionRecord(
        id=row.id,
        pair_id=row.pair_id,
        mentor_name=_name(row.mentor_first_name, row.mentor_last_name),
        mentee_name=_name(row.mentee_first_name, row.mentee_last_name),
        held_on=dt.date.fromisoformat(row.held_on),
        duration_minutes=int(row.duration_minutes),
        mode=_MODES[row.mode],
        place=row.place,
        topics=row.topics,
        direction=_DIRECTIONS[row.direction],
        notes=row.notes,
        row_version=int(row.row_version),
        changed_by=row.changed_by,
        changed_at=as_datetime(row.changed_at),
    )


# -- the service ---------------------------------------------------------------------------


class SessionService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -------------------------------------------------------------------------
    def list_sessions(
        self,
        pair_id: int | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        group_id: int | None = None,
    ) -> list[SessionRecord]:
        """The sessions (of one pair, or all; of the pairs of one local group when
        ``group_id`` is given), newest first; ``since`` and ``until`` are included."""
        conditions: list[str] = []
        params: list[Any] = []
        if pair_id is not None:
            conditions.append("s.pair_id = ?")
            params.append(pair_id)
        if group_id is not None:
            conditions.append("p.group_id = ?")
            params.append(group_id)
        if since is not None:
            conditions.append("s.held_on >= ?")
            params.append(since.isoformat())
        if until is not None:
            conditions.append("s.held_on <= ?")
            params.append(until.isoformat())
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        found = rows(self._db, SessionRow, f"{SESSIONS_SQL} {where} {_ORDER}", tuple(params))
        return [_record(row) for row in found]

    def get(self, session_id: int) -> SessionRecord:
        found = rows(self._db, SessionRow, f"{SESSIONS_SQL} WHERE s.id = ?", (session_id,))
        if not found:
            raise NotFoundError(session_id)
        return _record(found[0])

    def last_session_on(self, pair_id: int) -> dt.date | None:
        """The day of the pair's latest session, None when it has none."""
        latest = self._db.query(
            "SELECT max(held_on) FROM mentoring_session WHERE pair_id = ?", (pair_id,)
        )
        return dt.date.fromisoformat(latest[0][0]) if latest and latest[0][0] else None

    def last_session_dates(self) -> dict[int, dt.date]:
        """The day of the latest session of every pair that has one, by pair id."""
        return {
            last.pair_id: dt.date.fromisoformat(last.held_on)
            for last in rows(self._db, LastSessionRow, LAST_SESSIONS_SQL)
        }

    def periods_of(self, pair_id: int) -> list[Period]:
        """The active periods of a pair (see active_periods). NotFoundError if it does not
        exist."""
        if not self._db.query("SELECT 1 FROM pair WHERE id = ?", (pair_id,)):
            raise NotFoundError(pair_id)
        return active_periods(
            HistoryStep(PairStatus(step.status), dt.date.fromisoformat(step.effective_on))
            for step in rows(self._db, HistoryStepRow, PAIR_HISTORY_SQL, (pair_id,))
        )

    # -- changes -------------------------------------------------------------------------
    def log(self, data: SessionInput) -> SessionRecord:
        """Log a session. ValidationError (nothing written) on bad input."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import MentoringSession

        data = data.cleaned()
        with self._db.transaction(announces=(Topic.SESSIONS,)) as session:
            self._check(session, data)
            row = MentoringSession()
            _apply(row, data)
            session.add(row)
            session.flush()
            session_id = row.id
        return self.get(session_id)

    def update(
        self, session_id: int, data: SessionInput, expected_version: int | None = None
    ) -> SessionRecord:
        """Change a logged session (its pair too). NotFoundError when it is gone;
        ValidationError (nothing written) on bad input; ConflictError (nothing written) when
        another coordinator changed it after ``expected_version`` was read."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import MentoringSession

        data = data.cleaned()
        with (
            stale_as_conflict(self._db, "mentoring_session", session_id),
            self._db.transaction(announces=(Topic.SESSIONS,)) as session,
        ):
            row = session.get(MentoringSession, session_id)
            if row is None:
                raise NotFoundError(session_id)
            wanted = {
                "pair_id": data.pair_id,
                "held_on": data.held_on,
                "duration_minutes": int(data.duration_minutes),
                "mode": data.mode,
                "place": data.place,
                "topics": data.topics,
                "direction": data.direction,
                "notes": data.notes,
            }
            check_version(
                row, "mentoring_session", session_id, expected_version, differing(row, wanted)
            )
            self._check(session, data)
            _apply(row, data)
        return self.get(session_id)

    def delete(self, session_id: int) -> SessionRecord:
        """Delete a session and return it as it was, so that ``restore`` can undo."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import MentoringSession

        record = self.get(session_id)
        with self._db.transaction(announces=(Topic.SESSIONS,)) as session:
            row = session.get(MentoringSession, session_id)
            if row is None:
                raise NotFoundError(session_id)
            session.delete(row)
        return record

    def restore(self, record: SessionRecord) -> SessionRecord:
        """Put back a deleted session (undo), under its former id when that is free.

        Only the pair must still exist (("pair_id", "not_found") otherwise): the session
        was valid when it was logged, and undoing must not fail because the rules or the
        pair's history moved since."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import MentoringSession, Pair

        data = record.to_input().cleaned()
        with self._db.transaction(announces=(Topic.SESSIONS,)) as session:
            if session.get(Pair, data.pair_id) is None:
                raise ValidationError([FieldError("pair_id", "not_found")])
            row = MentoringSession()
            if session.get(MentoringSession, record.id) is None:
                row.id = record.id
            _apply(row, data)
            session.add(row)
            session.flush()
            session_id = row.id
        return self.get(session_id)

    # -- helpers inside a transaction ----------------------------------------------------
    @staticmethod
    def _check(session: Session, data: SessionInput) -> None:
        """Raise ValidationError with every problem of ``data``."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Pair

        errors = validate_session(data)
        pair = session.get(Pair, data.pair_id)
        if pair is None:
            errors.insert(0, FieldError("pair_id", "not_found"))
        elif not any(e.field == "held_on" for e in errors):
            history = pair.history
            errors += period_errors(active_periods(history), data.held_on, closing_status(history))
        if errors:
            raise ValidationError(errors)


def _apply(row: MentoringSession, data: SessionInput) -> None:
    row.pair_id = data.pair_id
    row.held_on = data.held_on
    row.duration_minutes = int(data.duration_minutes)
    row.mode = data.mode
    row.place = data.place
    row.topics = data.topics
    row.direction = data.direction
    row.notes = data.notes
