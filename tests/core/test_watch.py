"""The watcher: what another coordinator changed is announced here within a poll, what this
copy changed is not announced twice, and nothing is announced when nothing changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.watch import WATCHED, ChangeWatcher, summary_sql


@pytest.fixture
def watcher(alice: Database) -> Iterator[ChangeWatcher]:
    watching = ChangeWatcher(alice)
    try:
        yield watching
    finally:
        watching.close()


def listen(db: Database) -> list[Topic]:
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    return heard


def member(first: str = "Odile", **changes: object) -> MemberInput:
    data = MemberInput(first_name=first, last_name="Fortin", birth_year=1955, role=Role.MENTEE)
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def test_nothing_changed_nothing_announced(alice: Database, watcher: ChangeWatcher) -> None:
    heard = listen(alice)
    assert watcher.announce() == []
    assert heard == []


def test_another_coordinators_new_member_is_announced_once(
    alice: Database, bruno: Database, watcher: ChangeWatcher
) -> None:
    heard = listen(alice)
    MemberService(bruno).add(member())
    assert watcher.announce() == [Topic.MEMBERS]
    assert heard == [Topic.MEMBERS]
    assert watcher.announce() == []
    assert heard == [Topic.MEMBERS]


def test_another_coordinators_edit_is_announced_to_the_first(
    alice: Database, bruno: Database, watcher: ChangeWatcher
) -> None:
    """A and B read member 1; B saves; A's watcher tells A's views, which then read B's
    change."""
    member_id = MemberService(alice).add(member()).id
    watcher.announce()
    seen = MemberService(bruno).get(member_id)
    data = seen.to_input()
    data.city = "Villeurbanne"
    MemberService(bruno).update(member_id, data, seen.row_version)

    shown: list[str | None] = []
    alice.bus.subscribe(lambda _topic: shown.append(MemberService(alice).get(member_id).city))
    assert watcher.announce() == [Topic.MEMBERS]
    assert shown == ["Villeurbanne"]


def test_archiving_and_cohorts_and_sessions_each_announce_their_topic(
    alice: Database, bruno: Database, watcher: ChangeWatcher
) -> None:
    member_id = MemberService(bruno).add(member()).id
    assert watcher.announce() == [Topic.MEMBERS]
    MemberService(bruno).archive([member_id])
    assert watcher.announce() == [Topic.MEMBERS]
    cohort = CohortService(bruno).create("Automne", dt.date(2026, 9, 1))
    assert watcher.announce() == [Topic.PAIRS]
    CohortService(bruno).close(cohort.id, dt.date(2026, 12, 1))
    assert watcher.announce() == [Topic.PAIRS]


def test_a_change_made_here_is_not_announced_a_second_time(
    alice: Database, watcher: ChangeWatcher
) -> None:
    heard = listen(alice)
    MemberService(alice).add(member())
    assert heard == [Topic.MEMBERS, Topic.SKILLS]
    assert watcher.announce() == []
    assert heard == [Topic.MEMBERS, Topic.SKILLS]


def test_a_change_here_does_not_hide_another_coordinators_change_elsewhere(
    alice: Database, bruno: Database, watcher: ChangeWatcher
) -> None:
    CohortService(bruno).create("Printemps")
    MemberService(alice).add(member())
    assert watcher.announce() == [Topic.PAIRS]


def test_the_summary_is_one_query_on_every_watched_table(alice: Database) -> None:
    rows = alice.query(summary_sql(tuple(WATCHED)))
    assert [row[0] for row in rows] == list(WATCHED)
    assert all(tuple(row[1:]) == (0, 0, 0) for row in rows)
