"""Events and the wishes after a speed-meeting: "I would like to continue with…", typed in
quickly after the evening; the matching raises those couples' scores (``met_at_event``).

Every change is one transaction and is announced on the bus (Topic.MEMBERS: the wishes are
the members' data, and the suggestions that read them reload with the members)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import delete

from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.event.rota import MAX_ROUNDS
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.models import Event, EventKind, EventWish, Member
from mentorat_desktop.core.text import clean

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database


@dataclass(frozen=True)
class EventRecord:
    id: int
    kind: str  # "speed_meeting" or "fair" (models.EventKind)
    name: str | None
    held_on: dt.date
    rounds: int | None


class _EventRow(NamedTuple):
    id: int
    kind: str
    name: str | None
    held_on: str  # ISO date
    rounds: int | None


_EVENT_SQL = "SELECT id, kind, name, held_on, rounds FROM event"  # _EventRow's columns


class EventService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(
        self,
        kind: str,
        held_on: dt.date,
        name: str | None = None,
        rounds: int | None = None,
    ) -> EventRecord:
        """Record an event; ValidationError (nothing written) for a number of rounds out of
        1..MAX_ROUNDS, ValueError for an unknown kind."""
        if kind not in {k.value for k in EventKind}:
            raise ValueError(f"unknown event kind {kind!r}")
        if rounds is not None and not 1 <= rounds <= MAX_ROUNDS:
            raise ValidationError(
                [FieldError("rounds", "number_range", {"min": 1, "max": MAX_ROUNDS})]
            )
        with self._db.transaction(announces=(Topic.MEMBERS,)) as session:
            event = Event(kind=EventKind(kind), name=clean(name), held_on=held_on, rounds=rounds)
            session.add(event)
            session.flush()
            event_id = event.id
        return self.get(event_id)

    def get(self, event_id: int) -> EventRecord:
        rows = self._db.query(_EVENT_SQL + " WHERE id = ?", (event_id,))
        if not rows:
            raise NotFoundError(event_id)
        return _record(rows[0])

    def list_events(self, kind: str | None = None) -> list[EventRecord]:
        """The events, the latest first."""
        sql = _EVENT_SQL
        params: tuple[object, ...] = ()
        if kind is not None:
            sql += " WHERE kind = ?"
            params = (kind,)
        return [
            _record(row) for row in self._db.query(sql + " ORDER BY held_on DESC, id DESC", params)
        ]

    def set_wishes(self, event_id: int, member_id: int, wished: Iterable[int]) -> None:
        """What ``member_id`` wished after the event: the people they would like to
        continue with (replacing what was typed before for them at this event), in one
        transaction. ValidationError for oneself; NotFoundError for an unknown event or
        member."""
        wanted = list(dict.fromkeys(wished))
        if member_id in wanted:
            raise ValidationError([FieldError("wished_id", "same_person")])
        with self._db.transaction(announces=(Topic.MEMBERS,)) as session:
            if session.get(Event, event_id) is None:
                raise NotFoundError(event_id)
            for person in (member_id, *wanted):
                if session.get(Member, person) is None:
                    raise NotFoundError(person)
            session.execute(
                delete(EventWish).where(
                    EventWish.event_id == event_id, EventWish.member_id == member_id
                )
            )
            session.add_all(
                EventWish(event_id=event_id, member_id=member_id, wished_id=other)
                for other in wanted
            )

    def wishes(self, event_id: int) -> dict[int, list[int]]:
        """Each member's wishes at this event: member id -> the ids they wished."""
        found: dict[int, list[int]] = {}
        for member_id, wished_id in self._db.query(
            "SELECT member_id, wished_id FROM event_wish WHERE event_id = ? ORDER BY id",
            (event_id,),
        ):
            found.setdefault(member_id, []).append(wished_id)
        return found


def _record(values: tuple[object, ...]) -> EventRecord:
    row = _EventRow._make(values)
    return EventRecord(
        int(row.id),
        str(row.kind),
        row.name if isinstance(row.name, str) else None,
        dt.date.fromisoformat(str(row.held_on)),
        int(row.rounds) if isinstance(row.rounds, int) else None,
    )


def wishes_by_member(db: Database) -> dict[int, dict[int, dt.date]]:
    """For the matching: each member's wishes after speed-meetings, member id -> {the
    person wished: the date of the latest speed-meeting where they said so}."""
    found: dict[int, dict[int, dt.date]] = {}
    for member_id, wished_id, held_on in db.query(
        "SELECT w.member_id, w.wished_id, max(e.held_on) FROM event_wish w "
        "JOIN event e ON e.id = w.event_id GROUP BY w.member_id, w.wished_id"
    ):
        found.setdefault(member_id, {})[wished_id] = dt.date.fromisoformat(held_on)
    return found
