"""The kickoff evening: the pairs expected at their tables, all the ticked pairs activated in
one transaction (or none), and who did not come listed for a call."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import PairStatus, Role
from mentorat_desktop.core.errors import NotFoundError, ValidationError
from mentorat_desktop.core.event.kickoff import expected_pairs, to_call
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import PairInput, PairService

TODAY = dt.date.today()


def _member(members: MemberService, first: str, last: str, year: int, role: Role) -> int:
    return members.add(
        MemberInput(
            first_name=first,
            last_name=last,
            birth_year=year,
            role=role,
            phone="06 12 34 56 78" if role == Role.MENTEE else None,
            email=f"{first.lower()}@exemple.org",
        )
    ).id


@pytest.fixture
def evening(db: Database, members: MemberService) -> dict[str, Any]:
    """Three proposed pairs (two in the spring cohort), and an active one."""
    cohort = CohortService(db).create("Printemps")
    service = PairService(db)
    made = {}
    for key, (older, younger, cohort_id) in {
        "zola": (("Émile", "Zola", 1950), ("Zoé", "Martin", 2001), cohort.id),
        "andre": (("Odile", "André", 1955), ("Léo", "Roy", 2000), cohort.id),
        "morel": (("Marc", "Morel", 1960), ("Inès", "Côté", 2003), None),
        "active": (("Rose", "Blanc", 1952), ("Tom", "Gagnon", 2002), None),
    }.items():
        mentee = _member(members, *older, Role.MENTEE)
        mentor = _member(members, *younger, Role.MENTOR)
        pair = service.create(PairInput(mentor_id=mentor, mentee_id=mentee, cohort_id=cohort_id))
        made[key] = pair.id
    service.activate(made["active"], TODAY)
    return {"cohort": cohort.id, **made}


def test_expected_pairs_are_the_proposed_ones_at_numbered_tables(
    db: Database, evening: dict[str, Any]
) -> None:
    expected = expected_pairs(db)
    # By the older member's last name, accents ignored: André, Morel, Zola.
    assert [p.pair_id for p in expected] == [evening["andre"], evening["morel"], evening["zola"]]
    assert [p.table for p in expected] == [1, 2, 3]
    assert expected[0].mentee_name == "Odile André"
    assert expected[0].mentor_name == "Léo Roy"
    assert expected[0].mentee_phone == "06 12 34 56 78"
    assert expected[0].mentor_email == "léo@exemple.org"
    of_cohort = expected_pairs(db, evening["cohort"])
    assert [p.pair_id for p in of_cohort] == [evening["andre"], evening["zola"]]
    assert of_cohort[0].cohort == "Printemps"


def test_ticked_pairs_become_active_together_and_the_others_are_to_call(
    db: Database, evening: dict[str, Any]
) -> None:
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    signed_on = TODAY  # the evening (proposals made earlier today in this test)
    ticked = [evening["zola"], evening["andre"]]
    records = PairService(db).activate_many(ticked, signed_on)
    assert heard == [Topic.PAIRS]  # announced once
    assert {r.status for r in records} == {PairStatus.ACTIVE}
    assert {r.charter_signed_on for r in records} == {signed_on}
    assert {r.start_date for r in records} == {signed_on}
    assert [p.mentee_name for p in to_call(expected_pairs(db), ticked)] == ["Marc Morel"]
    # Activated, they are no longer expected.
    assert [p.pair_id for p in expected_pairs(db)] == [evening["morel"]]


def test_one_refused_pair_leaves_every_pair_as_it_was(
    db: Database, evening: dict[str, Any]
) -> None:
    before = db.query("SELECT id, status, charter_signed_on FROM pair ORDER BY id")
    changes = db.query("SELECT count(*) FROM pair_status_change")
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    with pytest.raises(ValidationError) as info:
        # The active pair cannot be activated again: nothing is done, not even the others.
        PairService(db).activate_many([evening["zola"], evening["active"]], TODAY)
    assert "invalid_transition" in {e.code for e in info.value.errors}
    with pytest.raises(ValidationError) as info:
        PairService(db).activate_many([evening["zola"]], TODAY + dt.timedelta(days=1))
    assert {e.code for e in info.value.errors} == {"date_in_future"}
    with pytest.raises(NotFoundError):
        PairService(db).activate_many([evening["zola"], 9999], TODAY)
    assert db.query("SELECT id, status, charter_signed_on FROM pair ORDER BY id") == before
    assert db.query("SELECT count(*) FROM pair_status_change") == changes
    assert heard == []


def test_nothing_ticked_does_nothing(db: Database, evening: dict[str, Any]) -> None:
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    assert PairService(db).activate_many([], TODAY) == []
    assert heard == []
