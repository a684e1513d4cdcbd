"""Follow-up entries: recording, listing, changing and deleting them; bad input refused with
codes, writing nothing and announcing nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import PairStatus, Role, Speaker
from mentorat_desktop.core.errors import NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.services.followups import (
    FollowUpInput,
    FollowUpRecord,
    FollowUpService,
)

TODAY = dt.date.today()


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def make_pair(db: Database, mentor: tuple[str, str], mentee: tuple[str, str]) -> int:
    from mentorat_desktop.core.models import Member, Pair, PairStatusChange

    with db.transaction() as session:
        people = [
            Member(first_name=first, last_name=last, role=role)
            for (first, last), role in ((mentor, Role.MENTOR), (mentee, Role.MENTEE))
        ]
        session.add_all(people)
        session.flush()
        start = days_ago(90)
        pair = Pair(
            mentor_id=people[0].id,
            mentee_id=people[1].id,
            status=PairStatus.ACTIVE,
            start_date=start,
        )
        pair.history = [PairStatusChange(status=PairStatus.ACTIVE, effective_on=start)]
        session.add(pair)
        session.flush()
        return pair.id


@pytest.fixture
def service(db: Database) -> FollowUpService:
    return FollowUpService(db)


@pytest.fixture
def pair(db: Database) -> int:
    return make_pair(db, ("Léa", "Roy"), ("Jean", "Côté"))


def snapshot(db: Database) -> list[tuple[Any, ...]]:
    return db.query("SELECT * FROM follow_up_entry ORDER BY id")


def refused(db: Database, action: Callable[[], object]) -> ValidationError:
    """Run ``action``, expect ValidationError, and check nothing was written or announced."""
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
    return info.value


def codes(error: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in error.errors}


def test_add_records_the_entry_and_announces_it(
    db: Database, service: FollowUpService, pair: int
) -> None:
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    record = service.add(
        FollowUpInput(
            pair,
            days_ago(3),
            speaker=Speaker.MENTEE,
            satisfaction=4,
            comment="  Bonne dynamique.  ",
            action=" ",
            recheck_on=TODAY + dt.timedelta(days=30),
        )
    )
    assert heard == [Topic.FOLLOW_UP]
    assert record == FollowUpRecord(
        id=record.id,
        pair_id=pair,
        mentor_name="Léa Roy",
        mentee_name="Jean Côté",
        held_on=days_ago(3),
        speaker=Speaker.MENTEE,
        satisfaction=4,
        comment="Bonne dynamique.",
        action=None,
        recheck_on=TODAY + dt.timedelta(days=30),
    )
    assert service.get(record.id) == record


def test_defaults_today_and_recheck_the_same_day(service: FollowUpService, pair: int) -> None:
    record = service.add(FollowUpInput(pair, TODAY, recheck_on=TODAY))
    assert record.speaker == Speaker.COORDINATOR
    assert record.satisfaction is None
    assert record.recheck_on == TODAY
    # A speaker given as its text is accepted.
    other = service.add(FollowUpInput(pair, TODAY, speaker="mentor"))  # type: ignore[arg-type]
    assert other.speaker == Speaker.MENTOR


def test_list_entries_latest_first_and_by_pair(
    db: Database, service: FollowUpService, pair: int
) -> None:
    other = make_pair(db, ("Inès", "Gagnon"), ("Paul", "Morel"))
    a = service.add(FollowUpInput(pair, days_ago(10)))
    b = service.add(FollowUpInput(other, days_ago(5)))
    c = service.add(FollowUpInput(pair, days_ago(1)))
    d = service.add(FollowUpInput(pair, days_ago(10)))
    assert [r.id for r in service.list_entries()] == [c.id, b.id, d.id, a.id]
    assert [r.id for r in service.list_entries(pair)] == [c.id, d.id, a.id]
    assert [r.id for r in service.list_entries(other)] == [b.id]
    assert service.list_entries(9999) == []


@pytest.mark.parametrize("value", [0, 6, -1, True])
def test_satisfaction_out_of_range_is_refused(
    db: Database, service: FollowUpService, pair: int, value: int
) -> None:
    error = refused(db, lambda: service.add(FollowUpInput(pair, TODAY, satisfaction=value)))
    assert codes(error) == {("satisfaction", "number_range")}
    problem = error.for_field("satisfaction")
    assert problem is not None
    assert problem.params == {"min": 1, "max": 5}


@pytest.mark.parametrize("value", [1, 5])
def test_satisfaction_bounds_are_accepted(service: FollowUpService, pair: int, value: int) -> None:
    assert service.add(FollowUpInput(pair, TODAY, satisfaction=value)).satisfaction == value


def test_date_in_the_future_is_refused(db: Database, service: FollowUpService, pair: int) -> None:
    tomorrow = TODAY + dt.timedelta(days=1)
    error = refused(db, lambda: service.add(FollowUpInput(pair, tomorrow)))
    assert codes(error) == {("held_on", "date_in_future")}


def test_recheck_before_the_entry_is_refused(
    db: Database, service: FollowUpService, pair: int
) -> None:
    error = refused(
        db, lambda: service.add(FollowUpInput(pair, days_ago(2), recheck_on=days_ago(3)))
    )
    assert codes(error) == {("recheck_on", "recheck_before_date")}


def test_unknown_pair_and_speaker_and_several_problems(
    db: Database, service: FollowUpService
) -> None:
    error = refused(
        db,
        lambda: service.add(
            FollowUpInput(
                9999,
                TODAY + dt.timedelta(days=2),
                speaker="someone",  # type: ignore[arg-type]
                satisfaction=9,
                recheck_on=TODAY,
            )
        ),
    )
    assert codes(error) == {
        ("pair_id", "not_found"),
        ("held_on", "date_in_future"),
        ("speaker", "invalid_choice"),
        ("satisfaction", "number_range"),
        ("recheck_on", "recheck_before_date"),
    }


def test_update_changes_the_entry(db: Database, service: FollowUpService, pair: int) -> None:
    other = make_pair(db, ("Inès", "Gagnon"), ("Paul", "Morel"))
    record = service.add(FollowUpInput(pair, days_ago(4), satisfaction=2, comment="Tendu"))
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    changed = service.update(
        record.id,
        FollowUpInput(other, days_ago(3), speaker=Speaker.MENTOR, satisfaction=3, action="Appel"),
    )
    assert heard == [Topic.FOLLOW_UP]
    assert changed.id == record.id
    assert (changed.pair_id, changed.mentor_name) == (other, "Inès Gagnon")
    assert (changed.held_on, changed.speaker, changed.satisfaction) == (
        days_ago(3),
        Speaker.MENTOR,
        3,
    )
    assert (changed.comment, changed.action, changed.recheck_on) == (None, "Appel", None)
    assert service.list_entries() == [changed]


def test_refused_update_writes_nothing(db: Database, service: FollowUpService, pair: int) -> None:
    record = service.add(FollowUpInput(pair, days_ago(4), satisfaction=2))
    error = refused(
        db, lambda: service.update(record.id, FollowUpInput(pair, days_ago(4), satisfaction=8))
    )
    assert codes(error) == {("satisfaction", "number_range")}
    error = refused(db, lambda: service.update(record.id, FollowUpInput(4242, days_ago(4))))
    assert codes(error) == {("pair_id", "not_found")}
    assert service.get(record.id) == record


def test_missing_entries(service: FollowUpService, pair: int) -> None:
    with pytest.raises(NotFoundError):
        service.get(12345)
    with pytest.raises(NotFoundError):
        service.update(12345, FollowUpInput(pair, TODAY))
    with pytest.raises(NotFoundError):
        service.delete(12345)


def test_delete(db: Database, service: FollowUpService, pair: int) -> None:
    keep = service.add(FollowUpInput(pair, days_ago(2)))
    gone = service.add(FollowUpInput(pair, days_ago(1)))
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    service.delete(gone.id)
    assert heard == [Topic.FOLLOW_UP]
    assert service.list_entries() == [keep]


# -- called / handled ----------------------------------------------------------------------


def test_mark_handled_records_the_reasons_and_announces(
    db: Database, service: FollowUpService, pair: int
) -> None:
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    record = service.mark_handled(pair, days_ago(1), "  Rappel fait.  ")
    db.bus.unsubscribe(heard.append)
    assert heard == [Topic.FOLLOW_UP]
    assert (record.handled, record.held_on, record.comment) == (True, days_ago(1), "Rappel fait.")
    assert record.speaker == Speaker.COORDINATOR
    # Started 90 days ago and never met: silent since the start.
    assert "silent:never" in record.handled_reasons
    assert service.list_entries(pair)[0] == record
    plain = service.add(FollowUpInput(pair, TODAY))
    assert (plain.handled, plain.handled_reasons) == (False, ())


def test_mark_handled_refuses_a_future_date_or_an_unknown_pair(
    db: Database, service: FollowUpService, pair: int
) -> None:
    error = refused(db, lambda: service.mark_handled(pair, TODAY + dt.timedelta(days=1)))
    assert [(e.field, e.code) for e in error.errors] == [("held_on", "date_in_future")]
    error = refused(db, lambda: service.mark_handled(pair + 99, TODAY))
    assert [(e.field, e.code) for e in error.errors] == [("pair_id", "not_found")]
