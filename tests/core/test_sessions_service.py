"""Sessions: logging them only on days the pair was active (and writing nothing otherwise),
editing, deleting and undoing, listing with filters, and the pairs' active periods."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Direction, EndReason, Mode, PairStatus
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import PairInput, PairRecord, PairService
from mentorat_desktop.core.services.sessions import (
    MAX_LENGTHS,
    HistoryStep,
    SessionInput,
    SessionRecord,
    SessionService,
    active_periods,
    closing_status,
    period_errors,
    was_active_on,
)

TODAY = dt.date.today()


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


@dataclass(frozen=True)
class Step:
    status: PairStatus
    effective_on: dt.date


D = dt.date


# -- active periods (pure) -----------------------------------------------------------------


def test_active_periods_of_histories() -> None:
    assert active_periods([]) == []
    assert active_periods([Step(PairStatus.PROPOSED, D(2026, 1, 5))]) == []
    assert active_periods([Step(PairStatus.ACTIVE, D(2026, 1, 5))]) == [(D(2026, 1, 5), None)]
    proposed_then_active = [
        Step(PairStatus.PROPOSED, D(2026, 1, 5)),
        Step(PairStatus.ACTIVE, D(2026, 1, 20)),
    ]
    assert active_periods(proposed_then_active) == [(D(2026, 1, 20), None)]
    paused_resumed_ended = [
        Step(PairStatus.ACTIVE, D(2026, 1, 1)),
        Step(PairStatus.PAUSED, D(2026, 3, 1)),
        Step(PairStatus.ACTIVE, D(2026, 4, 1)),
        Step(PairStatus.ENDED, D(2026, 6, 30)),
    ]
    assert active_periods(paused_resumed_ended) == [
        (D(2026, 1, 1), D(2026, 3, 1)),
        (D(2026, 4, 1), D(2026, 6, 30)),
    ]
    ended_while_paused = [
        Step(PairStatus.ACTIVE, D(2026, 1, 1)),
        Step(PairStatus.PAUSED, D(2026, 2, 1)),
        Step(PairStatus.ENDED, D(2026, 5, 1)),
    ]
    assert active_periods(ended_while_paused) == [(D(2026, 1, 1), D(2026, 2, 1))]
    ended_before_start = [
        Step(PairStatus.PROPOSED, D(2026, 1, 1)),
        Step(PairStatus.ENDED, D(2026, 2, 1)),
    ]
    assert active_periods(ended_before_start) == []


def test_active_periods_keep_same_day_steps_in_order() -> None:
    same_day = [
        Step(PairStatus.ACTIVE, D(2026, 1, 1)),
        Step(PairStatus.PAUSED, D(2026, 1, 1)),
        Step(PairStatus.ACTIVE, D(2026, 2, 1)),
    ]
    assert active_periods(same_day) == [(D(2026, 1, 1), D(2026, 1, 1)), (D(2026, 2, 1), None)]


def test_was_active_on_includes_both_ends() -> None:
    periods = [(D(2026, 1, 1), D(2026, 3, 1)), (D(2026, 4, 1), None)]
    assert was_active_on(periods, D(2026, 1, 1))
    assert was_active_on(periods, D(2026, 3, 1))
    assert not was_active_on(periods, D(2026, 3, 2))
    assert not was_active_on(periods, D(2026, 3, 31))
    assert was_active_on(periods, D(2026, 4, 1))
    assert was_active_on(periods, D(2030, 1, 1))
    assert not was_active_on(periods, D(2025, 12, 31))
    assert period_errors(periods, D(2026, 2, 1)) == []
    assert period_errors(periods, D(2025, 12, 31)) == [
        FieldError("held_on", "outside_active_period", {"start": D(2026, 1, 1), "end": None})
    ]
    assert period_errors([], D(2026, 1, 1)) == [
        FieldError("held_on", "outside_active_period", {"start": None, "end": None})
    ]


def test_what_the_last_step_made_the_pair() -> None:
    started = HistoryStep(PairStatus.ACTIVE, D(2026, 1, 1))
    paused = HistoryStep(PairStatus.PAUSED, D(2026, 3, 1))
    assert closing_status([]) is None
    assert closing_status([started]) is None
    assert closing_status([paused, started]) is PairStatus.PAUSED  # in date order
    ended = HistoryStep(PairStatus.ENDED, D(2026, 6, 30))
    assert closing_status([started, paused, ended]) is PairStatus.ENDED
    assert (
        period_errors([(D(2026, 1, 1), D(2026, 3, 1))], D(2026, 5, 1), PairStatus.PAUSED)[0].params[
            "inactive_as"
        ]
        == "paused"
    )


def test_the_stretch_of_inactivity_a_day_falls_in() -> None:
    periods = [(D(2026, 1, 1), D(2026, 3, 1)), (D(2026, 4, 1), D(2026, 6, 30))]
    gap = {"start": D(2026, 1, 1), "end": D(2026, 6, 30)}
    # In the pause: from the day after it began to the day before the pair resumed.
    assert period_errors(periods, D(2026, 3, 15)) == [
        FieldError(
            "held_on",
            "outside_active_period",
            {**gap, "inactive_from": D(2026, 3, 2), "inactive_to": D(2026, 3, 31)},
        )
    ]
    # After the last period: inactive since, with no end.
    assert period_errors(periods, D(2026, 9, 1))[0].params == {
        **gap,
        "inactive_from": D(2026, 7, 1),
        "inactive_to": None,
    }


# -- fixtures ------------------------------------------------------------------------------

TABLES = ("mentoring_session", "pair", "pair_status_change")


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    return {table: db.query(f"SELECT * FROM {table} ORDER BY id") for table in TABLES}


def refused(db: Database, action: Callable[[], object]) -> set[tuple[str, str]]:
    """Run ``action``, expect ValidationError, check nothing was written or announced, and
    return the (field, code) of the problems."""
    before = snapshot(db)
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    try:
        with pytest.raises(ValidationError) as info:
            action()
    finally:
        db.bus.unsubscribe(heard.append)
    assert snapshot(db) == before
    assert heard == []
    return {(e.field, e.code) for e in info.value.errors}


@dataclass
class World:
    db: Database
    sessions: SessionService
    pairs: PairService
    active: PairRecord  # active for 200 days
    paused: PairRecord  # active 300 -> 200 days ago, paused until 100 days ago, active since
    ended: PairRecord  # active 300 -> 30 days ago, then ended
    proposed: PairRecord


@pytest.fixture
def world(db: Database) -> World:
    members = MemberService(db)
    pairs = PairService(db)

    def person(first: str, last: str, year: int) -> int:
        return members.add(
            MemberInput(first_name=first, last_name=last, birth_year=year, capacity=3)
        ).id

    zoe = person("Zoé", "Côté", 2000)
    leo = person("Léo", "Bélanger", 2002)
    francois = person("François", "Lévesque", 1958)
    helene = person("Hélène", "Tremblay", 1961)
    active = pairs.create(PairInput(zoe, francois, start_date=days_ago(200)))
    paused = pairs.create(PairInput(leo, helene, start_date=days_ago(300)))
    pairs.pause(paused.id, days_ago(200))
    paused = pairs.resume(paused.id, days_ago(100))
    ended = pairs.create(PairInput(zoe, helene, start_date=days_ago(300)))
    ended = pairs.end(ended.id, days_ago(30), EndReason.OBJECTIVES_REACHED)
    proposed = pairs.create(PairInput(leo, francois))
    return World(db, SessionService(db), pairs, active, paused, ended, proposed)


def session_of(pair: PairRecord, held_on: dt.date, minutes: int = 90, **kw: Any) -> SessionInput:
    return SessionInput(pair.id, held_on, minutes, **kw)


# -- logging -------------------------------------------------------------------------------


def test_log_a_session(world: World) -> None:
    heard: list[Topic] = []
    world.db.bus.subscribe(heard.append)
    record = world.sessions.log(
        session_of(
            world.active,
            days_ago(3),
            75,
            mode=Mode.VIDEO,
            place="  Bibliothèque   Mile-End ",
            topics=" LinkedIn, Canva ",
            direction=Direction.BOTH,
            notes="  Très bonne rencontre.\nÀ refaire.  ",
        )
    )
    assert heard == [Topic.SESSIONS]
    assert record == SessionRecord(
        id=record.id,
        pair_id=world.active.id,
        mentor_name="Zoé Côté",
        mentee_name="François Lévesque",
        held_on=days_ago(3),
        duration_minutes=75,
        mode=Mode.VIDEO,
        place="Bibliothèque Mile-End",
        topics="LinkedIn, Canva",
        direction=Direction.BOTH,
        notes="Très bonne rencontre.\nÀ refaire.",
    )
    assert world.sessions.get(record.id) == record
    assert world.sessions.last_session_on(world.active.id) == days_ago(3)


def test_defaults_and_empty_text(world: World) -> None:
    record = world.sessions.log(session_of(world.active, TODAY, 60, place="  ", notes=""))
    assert record.mode == Mode.IN_PERSON
    assert record.direction == Direction.MENTOR_TO_MENTEE
    assert (record.place, record.topics, record.notes) == (None, None, None)


def test_today_and_first_day_allowed(world: World) -> None:
    world.sessions.log(session_of(world.active, TODAY))
    world.sessions.log(session_of(world.active, days_ago(200)))


def test_unknown_pair_refused(world: World) -> None:
    assert refused(world.db, lambda: world.sessions.log(SessionInput(9999, days_ago(1), 60))) == {
        ("pair_id", "not_found")
    }


@pytest.mark.parametrize(
    ("minutes", "code"), [(0, "zero"), (-30, "zero"), (721, "too_long"), (24 * 60, "too_long")]
)
def test_duration_bounds(world: World, minutes: int, code: str) -> None:
    action = lambda: world.sessions.log(session_of(world.active, days_ago(1), minutes))  # noqa: E731
    assert refused(world.db, action) == {("duration_minutes", code)}


def test_duration_limits_allowed(world: World) -> None:
    assert world.sessions.log(session_of(world.active, days_ago(1), 1)).duration_minutes == 1
    assert world.sessions.log(session_of(world.active, days_ago(1), 720)).duration_minutes == 720


def test_future_date_refused(world: World) -> None:
    action = lambda: world.sessions.log(session_of(world.active, TODAY + dt.timedelta(days=1)))  # noqa: E731
    assert refused(world.db, action) == {("held_on", "date_in_future")}


def test_before_the_start_refused(world: World) -> None:
    with pytest.raises(ValidationError) as info:
        world.sessions.log(session_of(world.active, days_ago(201)))
    assert info.value.errors == [
        FieldError("held_on", "outside_active_period", {"start": days_ago(200), "end": None})
    ]
    assert world.sessions.list_sessions() == []


def test_proposed_pair_refused(world: World) -> None:
    action = lambda: world.sessions.log(session_of(world.proposed, TODAY))  # noqa: E731
    assert refused(world.db, action) == {("held_on", "outside_active_period")}
    with pytest.raises(ValidationError) as info:
        world.sessions.log(session_of(world.proposed, TODAY))
    assert info.value.errors[0].params == {"start": None, "end": None}


def test_paused_months_refused(world: World) -> None:
    for day in (days_ago(199), days_ago(150), days_ago(101)):
        action = functools.partial(world.sessions.log, session_of(world.paused, day))
        assert refused(world.db, action) == {("held_on", "outside_active_period")}
    # Before the pause, on the day it paused, on the day it resumed, and after.
    for day in (days_ago(250), days_ago(200), days_ago(100), days_ago(10)):
        world.sessions.log(session_of(world.paused, day))
    assert len(world.sessions.list_sessions(pair_id=world.paused.id)) == 4


def test_ended_pair_until_its_end_date(world: World) -> None:
    world.sessions.log(session_of(world.ended, days_ago(30)))  # the end date itself
    world.sessions.log(session_of(world.ended, days_ago(290)))
    action = lambda: world.sessions.log(session_of(world.ended, days_ago(29)))  # noqa: E731
    assert refused(world.db, action) == {("held_on", "outside_active_period")}
    with pytest.raises(ValidationError) as info:
        world.sessions.log(session_of(world.ended, days_ago(1)))
    assert info.value.errors[0].params == {
        "start": days_ago(300),
        "end": days_ago(30),
        "inactive_from": days_ago(29),
        "inactive_to": None,
        "inactive_as": "ended",
    }


def test_text_too_long_refused(world: World) -> None:
    def texts(extra: int) -> SessionInput:
        return session_of(
            world.active,
            days_ago(1),
            place="x" * (MAX_LENGTHS["place"] + extra),
            topics="x" * (MAX_LENGTHS["topics"] + extra),
            notes="x" * (MAX_LENGTHS["notes"] + extra),
        )

    assert set(MAX_LENGTHS) == {"place", "topics", "notes"}
    action = functools.partial(world.sessions.log, texts(1))
    assert refused(world.db, action) == {(name, "too_long") for name in MAX_LENGTHS}
    world.sessions.log(texts(0))


def test_every_problem_reported_at_once(world: World) -> None:
    action = lambda: world.sessions.log(  # noqa: E731
        session_of(world.active, TODAY + dt.timedelta(days=3), 0, place="x" * 201)
    )
    assert refused(world.db, action) == {
        ("duration_minutes", "zero"),
        ("held_on", "date_in_future"),
        ("place", "too_long"),
    }


# -- editing, deleting, undoing ------------------------------------------------------------


def test_update(world: World) -> None:
    record = world.sessions.log(session_of(world.active, days_ago(5), 60, topics="Excel"))
    heard: list[Topic] = []
    world.db.bus.subscribe(heard.append)
    changed = world.sessions.update(
        record.id, replace(record.to_input(), duration_minutes=120, topics="Excel, Teams")
    )
    assert heard == [Topic.SESSIONS]
    assert changed == replace(record, duration_minutes=120, topics="Excel, Teams")
    moved = world.sessions.update(record.id, session_of(world.paused, days_ago(50), 45))
    assert (moved.pair_id, moved.mentor_name, moved.held_on) == (
        world.paused.id,
        "Léo Bélanger",
        days_ago(50),
    )


def test_update_refusals_write_nothing(world: World) -> None:
    record = world.sessions.log(session_of(world.paused, days_ago(5)))
    action = lambda: world.sessions.update(record.id, session_of(world.paused, days_ago(150)))  # noqa: E731
    assert refused(world.db, action) == {("held_on", "outside_active_period")}
    action = lambda: world.sessions.update(record.id, session_of(world.paused, days_ago(5), 0))  # noqa: E731
    assert refused(world.db, action) == {("duration_minutes", "zero")}
    with pytest.raises(NotFoundError):
        world.sessions.update(9999, session_of(world.paused, days_ago(5)))
    assert world.sessions.get(record.id) == record


def test_delete_then_restore(world: World) -> None:
    first = world.sessions.log(session_of(world.active, days_ago(10), 60, topics="Canva"))
    second = world.sessions.log(session_of(world.active, days_ago(5), 90, notes="Notes"))
    heard: list[Topic] = []
    world.db.bus.subscribe(heard.append)
    deleted = world.sessions.delete(first.id)
    assert deleted == first
    assert world.sessions.list_sessions() == [second]
    with pytest.raises(NotFoundError):
        world.sessions.get(first.id)
    with pytest.raises(NotFoundError):
        world.sessions.delete(first.id)
    restored = world.sessions.restore(deleted)
    assert restored == first  # same id, same content
    assert world.sessions.list_sessions() == [second, first]
    assert heard == [Topic.SESSIONS, Topic.SESSIONS]


def test_restore_under_a_new_id_when_the_old_one_is_taken(world: World) -> None:
    first = world.sessions.log(session_of(world.active, days_ago(10)))
    world.sessions.delete(first.id)
    other = world.sessions.log(session_of(world.active, days_ago(3)))
    restored = world.sessions.restore(first)
    if other.id == first.id:
        assert restored.id != first.id
    assert replace(restored, id=first.id) == first


def test_restore_after_the_pair_moved_on(world: World) -> None:
    record = world.sessions.log(session_of(world.active, days_ago(10)))
    world.sessions.delete(record.id)
    world.pairs.end(world.active.id, days_ago(20), EndReason.MISMATCH)  # before the session
    assert world.sessions.restore(record) == record  # an undo is not refused


def test_restore_when_the_pair_is_gone(world: World) -> None:
    record = world.sessions.log(session_of(world.active, days_ago(10)))
    world.sessions.delete(record.id)
    with world.db.transaction() as session:
        from mentorat_desktop.core.models import Pair

        pair = session.get(Pair, world.active.id)
        assert pair is not None
        session.delete(pair)
    action = lambda: world.sessions.restore(record)  # noqa: E731
    assert refused(world.db, action) == {("pair_id", "not_found")}


# -- reading -------------------------------------------------------------------------------


def test_list_order_and_filters(world: World) -> None:
    s = world.sessions
    a = s.log(session_of(world.active, days_ago(40)))
    b = s.log(session_of(world.paused, days_ago(20)))
    c = s.log(session_of(world.active, days_ago(20)))
    d = s.log(session_of(world.ended, days_ago(250)))
    e = s.log(session_of(world.active, days_ago(1)))
    assert s.list_sessions() == [e, c, b, a, d]  # newest first; same day: latest logged first
    assert s.list_sessions(pair_id=world.active.id) == [e, c, a]
    assert s.list_sessions(since=days_ago(20)) == [e, c, b]
    assert s.list_sessions(until=days_ago(20)) == [c, b, a, d]
    assert s.list_sessions(since=days_ago(40), until=days_ago(20)) == [c, b, a]
    assert s.list_sessions(pair_id=world.active.id, since=days_ago(30), until=days_ago(2)) == [c]
    assert s.list_sessions(pair_id=world.proposed.id) == []
    assert s.last_session_on(world.active.id) == days_ago(1)
    assert s.last_session_on(world.proposed.id) is None
    assert s.last_session_dates() == {
        world.active.id: days_ago(1),
        world.paused.id: days_ago(20),
        world.ended.id: days_ago(250),
    }


def test_periods_of(world: World) -> None:
    s = world.sessions
    assert s.periods_of(world.active.id) == [(days_ago(200), None)]
    assert s.periods_of(world.paused.id) == [
        (days_ago(300), days_ago(200)),
        (days_ago(100), None),
    ]
    assert s.periods_of(world.ended.id) == [(days_ago(300), days_ago(30))]
    assert s.periods_of(world.proposed.id) == []
    assert active_periods(world.pairs.get(world.paused.id).history) == s.periods_of(world.paused.id)
    with pytest.raises(NotFoundError):
        s.periods_of(9999)


def test_deleting_a_pair_deletes_its_sessions(world: World) -> None:
    world.sessions.log(session_of(world.active, days_ago(1)))
    kept = world.sessions.log(session_of(world.paused, days_ago(1)))
    with world.db.transaction() as session:
        from mentorat_desktop.core.models import Pair

        session.delete(session.get(Pair, world.active.id))
    assert world.sessions.list_sessions() == [kept]
