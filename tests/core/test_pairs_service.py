"""Pairs: forming them (and refusing bad ones without writing), their life from proposal to
end, capacity, finding members, objectives and charter versions, refused matches, warnings."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import (
    Direction,
    EndReason,
    Mode,
    ObjectiveStatus,
    Outcome,
    PairStatus,
    Role,
)
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.members import MemberInput, MemberRecord, MemberService
from mentorat_desktop.core.services.pairs import (
    CANCELLED_SQL,
    ObjectiveInput,
    PairInput,
    PairService,
    allowed_transitions,
)
from mentorat_desktop.core.services.settings import SettingsService

TODAY = dt.date.today()


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


TABLES = ("pair", "pair_status_change", "objective", "refused_match", "cohort")


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables pairs touch, to show that a refused change wrote nothing."""
    return {table: db.query(f"SELECT * FROM {table} ORDER BY id") for table in TABLES}


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


@pytest.fixture
def pairs(db: Database) -> PairService:
    return PairService(db)


class People:
    """A few members: two young mentors and two older mentees."""

    def __init__(self, members: MemberService) -> None:
        self.members = members
        self.leo = self.add("Léo", "Bélanger", 2001, Role.MENTOR, trained=True)
        self.chloe = self.add("Chloé", "Nguyen", 1999, Role.MENTOR)
        self.helene = self.add("Hélène", "Côté", 1958, Role.MENTEE, capacity=2)
        self.marc = self.add("Marc", "Lévesque", 1962, Role.MENTEE)

    def add(
        self,
        first: str,
        last: str,
        year: int | None,
        role: Role = Role.EITHER,
        trained: bool = False,
        capacity: int = 1,
        email: str | None = None,
    ) -> MemberRecord:
        return self.members.add(
            MemberInput(
                first_name=first,
                last_name=last,
                birth_year=year,
                email=email,
                role=role,
                capacity=capacity,
                mentor_training_on=dt.date(2024, 1, 15) if trained else None,
            )
        )


@pytest.fixture
def people(members: MemberService) -> People:
    return People(members)


# -- allowed transitions -------------------------------------------------------------------


def test_allowed_transitions() -> None:
    assert allowed_transitions(PairStatus.PROPOSED) == {PairStatus.ACTIVE, PairStatus.ENDED}
    assert allowed_transitions(PairStatus.ACTIVE) == {PairStatus.PAUSED, PairStatus.ENDED}
    assert allowed_transitions(PairStatus.PAUSED) == {PairStatus.ACTIVE, PairStatus.ENDED}
    assert allowed_transitions(PairStatus.ENDED) == set()
    allowed_transitions(PairStatus.PROPOSED).clear()  # a copy: the table is unchanged
    assert allowed_transitions(PairStatus.PROPOSED)


# -- creating ------------------------------------------------------------------------------


def test_create_proposed_pair(pairs: PairService, people: People) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id))
    assert pair.status == PairStatus.PROPOSED
    assert (pair.mentor_id, pair.mentee_id) == (people.leo.id, people.helene.id)
    assert (pair.mentor_name, pair.mentee_name) == ("Léo Bélanger", "Hélène Côté")
    assert (pair.mentor_birth_year, pair.mentee_birth_year) == (2001, 1958)
    assert pair.start_date is None
    assert pair.charter_signed_on is None
    assert pair.monthly_commitment_hours == 3.0
    assert pair.mode == Mode.ANY
    assert pair.charter_version == 1
    assert pair.charter_changed_at is None
    assert pair.capacity_override_reason is None
    assert pair.objectives == ()
    assert [(h.status, h.effective_on) for h in pair.history] == [(PairStatus.PROPOSED, TODAY)]
    assert pair.history[0].recorded_at.date() == TODAY
    assert pair.last_change_on == TODAY
    assert not pair.is_held
    assert pairs.get(pair.id) == pair


def test_create_active_pair_from_its_start_date(pairs: PairService, people: People) -> None:
    start = days_ago(10)
    pair = pairs.create(
        PairInput(people.leo.id, people.helene.id, start_date=start, planned_end=days_ago(-180))
    )
    assert pair.status == PairStatus.ACTIVE
    assert pair.start_date == start
    assert pair.charter_signed_on == start
    assert pair.planned_end == days_ago(-180)
    assert [(h.status, h.effective_on) for h in pair.history] == [(PairStatus.ACTIVE, start)]
    assert pair.is_held


def test_create_stores_every_field(db: Database, pairs: PairService, people: People) -> None:
    cohort = CohortService(db).create("Automne 2024")
    pair = pairs.create(
        PairInput(
            people.leo.id,
            people.helene.id,
            cohort_id=cohort.id,
            monthly_commitment_hours=4.5,
            place="  Bibliothèque   municipale ",
            mode=Mode.VIDEO,
            frequency="toutes les deux semaines",
            match_score=0.82,
            match_reasons="Réseaux sociaux ↔ Gestion de projet\nmême ville",
        )
    )
    assert pair.cohort_id == cohort.id
    assert pair.cohort_name == "Automne 2024"
    assert pair.monthly_commitment_hours == 4.5
    assert pair.place == "Bibliothèque municipale"
    assert pair.mode == Mode.VIDEO
    assert pair.frequency == "toutes les deux semaines"
    assert pair.match_score == 0.82
    assert pair.match_reasons == "Réseaux sociaux ↔ Gestion de projet\nmême ville"


def test_commitment_defaults_to_the_program_setting(
    db: Database, pairs: PairService, people: People
) -> None:
    SettingsService(db).update(default_commitment_hours=2.5)
    assert pairs.create(PairInput(people.leo.id, people.helene.id)).monthly_commitment_hours == 2.5


@pytest.mark.parametrize("hours", [0.5, 40])
def test_commitment_bounds_are_accepted(pairs: PairService, people: People, hours: float) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id, monthly_commitment_hours=hours))
    assert pair.monthly_commitment_hours == hours


@pytest.mark.parametrize(
    ("changes", "field", "code", "params"),
    [
        ({"monthly_commitment_hours": 0}, "monthly_commitment_hours", "number_range", None),
        ({"monthly_commitment_hours": -2}, "monthly_commitment_hours", "number_range", None),
        ({"monthly_commitment_hours": 0.25}, "monthly_commitment_hours", "number_range", None),
        ({"monthly_commitment_hours": 40.5}, "monthly_commitment_hours", "number_range", None),
        (
            {"start_date": days_ago(5), "planned_end": days_ago(6)},
            "planned_end",
            "end_before_start",
            {},
        ),
        ({"start_date": days_ago(-1)}, "start_date", "date_in_future", {}),
        ({"place": "x" * 201}, "place", "too_long", {"max": 200}),
        ({"frequency": "x" * 101}, "frequency", "too_long", {"max": 100}),
        ({"cohort_id": 999}, "cohort_id", "not_found", {}),
        ({"mentor_id": 999}, "mentor_id", "not_found", {}),
        ({"mentee_id": 999}, "mentee_id", "not_found", {}),
    ],
)
def test_create_refuses_bad_input(
    db: Database,
    pairs: PairService,
    people: People,
    changes: dict[str, Any],
    field: str,
    code: str,
    params: dict[str, object] | None,
) -> None:
    data = dataclasses.replace(PairInput(people.leo.id, people.helene.id), **changes)
    error = refused(db, lambda: pairs.create(data))
    found = error.for_field(field)
    assert found is not None and found.code == code, error.errors
    expected = {"min": 0.5, "max": 40} if params is None else params
    assert found.params == expected


def test_create_refuses_the_same_person_twice(
    db: Database, pairs: PairService, people: People
) -> None:
    error = refused(db, lambda: pairs.create(PairInput(people.leo.id, people.leo.id)))
    assert codes(error) == {("mentee_id", "same_person")}


def test_create_refuses_archived_members(
    db: Database, pairs: PairService, people: People, members: MemberService
) -> None:
    members.archive([people.leo.id, people.helene.id])
    error = refused(db, lambda: pairs.create(PairInput(people.leo.id, people.helene.id)))
    assert error.errors == [
        FieldError("mentor_id", "member_archived", {"name": "Léo Bélanger"}),
        FieldError("mentee_id", "member_archived", {"name": "Hélène Côté"}),
    ]


def test_create_refuses_a_pair_that_already_exists(
    db: Database, pairs: PairService, people: People
) -> None:
    first = pairs.create(PairInput(people.leo.id, people.helene.id))
    # Léo's capacity is full too, but that is not what stops it: no capacity error.
    for mentor, mentee in ((people.leo, people.helene), (people.helene, people.leo)):
        data = PairInput(mentor.id, mentee.id)
        error = refused(db, functools.partial(pairs.create, data))
        names: dict[str, object] = {"mentor": mentor.full_name, "mentee": mentee.full_name}
        assert error.errors == [FieldError("mentee_id", "pair_exists", names)]
    # Once the first pair has ended, the same two people may be paired again.
    pairs.end(first.id, TODAY, EndReason.NO_LONGER_AVAILABLE)
    again = pairs.create(PairInput(people.leo.id, people.helene.id))
    assert again.id != first.id


def test_create_reports_every_problem_at_once(
    db: Database, pairs: PairService, people: People
) -> None:
    data = PairInput(
        people.leo.id,
        999,
        monthly_commitment_hours=0,
        start_date=days_ago(1),
        planned_end=days_ago(2),
    )
    error = refused(db, lambda: pairs.create(data))
    assert codes(error) == {
        ("mentee_id", "not_found"),
        ("monthly_commitment_hours", "number_range"),
        ("planned_end", "end_before_start"),
    }


def test_get_unknown_pair(pairs: PairService) -> None:
    with pytest.raises(NotFoundError):
        pairs.get(4242)


# -- capacity ------------------------------------------------------------------------------


def test_capacity_refuses_a_second_active_pair(
    db: Database, pairs: PairService, people: People
) -> None:
    pairs.create(PairInput(people.leo.id, people.helene.id, start_date=days_ago(30)))
    assert pairs.count_active_for(people.leo.id) == 1
    error = refused(
        db, lambda: pairs.create(PairInput(people.leo.id, people.marc.id, start_date=TODAY))
    )
    assert error.errors == [
        FieldError(
            "mentor_id", "capacity_reached", {"name": "Léo Bélanger", "capacity": 1, "held": 1}
        )
    ]
    # A proposal takes up a place too: refused the same way, unless a reason is given.
    error = refused(db, lambda: pairs.create(PairInput(people.leo.id, people.marc.id)))
    assert error.errors == [
        FieldError(
            "mentor_id", "capacity_reached", {"name": "Léo Bélanger", "capacity": 1, "held": 1}
        )
    ]
    proposal = pairs.create(
        PairInput(people.leo.id, people.marc.id, capacity_override_reason="relève en juin")
    )
    assert proposal.status == PairStatus.PROPOSED
    assert proposal.capacity_override_reason == "relève en juin"
    assert pairs.count_active_for(people.leo.id) == 1  # active or paused only


def test_a_proposal_holds_its_place(db: Database, pairs: PairService, people: People) -> None:
    """Issue 9: someone who takes one pair at a time, already in a proposed pair, is not
    given a second one, proposed or active."""
    proposal = pairs.create(PairInput(people.leo.id, people.helene.id))
    held = {"name": "Léo Bélanger", "capacity": 1, "held": 1}
    for start in (None, TODAY):
        data = PairInput(people.leo.id, people.marc.id, start_date=start)
        error = refused(db, functools.partial(pairs.create, data))
        assert error.errors == [FieldError("mentor_id", "capacity_reached", held)]
    # Hélène takes two: her proposal with Léo leaves her one place.
    other = pairs.create(PairInput(people.chloe.id, people.helene.id))
    error = refused(db, lambda: pairs.create(PairInput(people.chloe.id, people.marc.id)))
    assert codes(error) == {("mentor_id", "capacity_reached")}
    busy = people.add("Zoé", "Martin", 2003, Role.MENTOR, capacity=3)
    error = refused(db, lambda: pairs.create(PairInput(busy.id, people.helene.id)))
    assert error.errors == [
        FieldError(
            "mentee_id", "capacity_reached", {"name": "Hélène Côté", "capacity": 2, "held": 2}
        )
    ]
    # The proposal's own place is not counted against it when it starts.
    assert pairs.activate(proposal.id, TODAY).status == PairStatus.ACTIVE
    assert pairs.activate(other.id, TODAY).capacity_override_reason is None


def test_create_many_respects_capacity_as_a_whole(
    db: Database, pairs: PairService, people: People
) -> None:
    """A whole-pool proposal that fits everyone's capacity applies; one that gives a member
    more than their capacity writes nothing."""
    fits = [
        PairInput(people.leo.id, people.helene.id),
        PairInput(people.chloe.id, people.helene.id),
    ]
    too_many = [
        PairInput(people.chloe.id, people.marc.id),
        PairInput(people.leo.id, people.marc.id),
    ]
    error = refused(db, lambda: pairs.create_many([*fits, *too_many]))
    assert codes(error) == {("mentor_id", "capacity_reached")}
    assert len(pairs.create_many(fits)) == 2
    assert {p.status for p in pairs.list_pairs()} == {PairStatus.PROPOSED}


def test_capacity_can_be_overridden_with_a_reason(
    db: Database, pairs: PairService, people: People
) -> None:
    pairs.create(PairInput(people.leo.id, people.helene.id, start_date=days_ago(30)))
    blank = PairInput(
        people.leo.id, people.marc.id, start_date=TODAY, capacity_override_reason="   "
    )
    refused(db, lambda: pairs.create(blank))
    pair = pairs.create(
        dataclasses.replace(blank, capacity_override_reason=" Léo a du temps cet été ")
    )
    assert pair.status == PairStatus.ACTIVE
    assert pair.capacity_override_reason == "Léo a du temps cet été"
    assert pairs.count_active_for(people.leo.id) == 2


def test_override_reason_is_kept_only_when_it_was_needed(
    pairs: PairService, people: People
) -> None:
    pair = pairs.create(
        PairInput(
            people.leo.id,
            people.helene.id,
            start_date=TODAY,
            capacity_override_reason="au cas où",
        )
    )
    assert pair.capacity_override_reason is None


def test_capacity_of_the_mentee_and_a_capacity_of_zero(
    db: Database, pairs: PairService, people: People
) -> None:
    pairs.create(PairInput(people.leo.id, people.marc.id, start_date=days_ago(3)))
    error = refused(
        db, lambda: pairs.create(PairInput(people.chloe.id, people.marc.id, start_date=TODAY))
    )
    assert codes(error) == {("mentee_id", "capacity_reached")}
    busy = people.add("Zoé", "Martin", 2003, Role.MENTOR, capacity=0)
    error = refused(
        db, lambda: pairs.create(PairInput(busy.id, people.helene.id, start_date=TODAY))
    )
    assert error.errors == [
        FieldError(
            "mentor_id", "capacity_reached", {"name": "Zoé Martin", "capacity": 0, "held": 0}
        )
    ]


def test_paused_pairs_hold_a_place_and_ended_ones_free_it(
    db: Database, pairs: PairService, people: People
) -> None:
    first = pairs.create(PairInput(people.leo.id, people.helene.id, start_date=days_ago(30)))
    pairs.pause(first.id, days_ago(10))
    assert pairs.count_active_for(people.leo.id) == 1
    assert pairs.count_active_for(people.helene.id) == 1
    refused(db, lambda: pairs.create(PairInput(people.leo.id, people.marc.id, start_date=TODAY)))
    pairs.end(first.id, days_ago(5), EndReason.MISMATCH)
    assert pairs.count_active_for(people.leo.id) == 0
    second = pairs.create(PairInput(people.leo.id, people.marc.id, start_date=TODAY))
    assert second.status == PairStatus.ACTIVE


def test_activate_checks_capacity_too(db: Database, pairs: PairService, people: People) -> None:
    proposal = pairs.create(PairInput(people.leo.id, people.marc.id))
    # The proposal holds Léo's only place: a second pair needs a reason...
    refused(db, lambda: pairs.create(PairInput(people.leo.id, people.helene.id, start_date=TODAY)))
    pairs.create(
        PairInput(
            people.leo.id, people.helene.id, start_date=TODAY, capacity_override_reason="stage"
        )
    )
    # ...and so does starting the proposal, now that another pair fills his capacity.
    error = refused(db, lambda: pairs.activate(proposal.id, TODAY))
    assert error.errors == [
        FieldError(
            "mentor_id", "capacity_reached", {"name": "Léo Bélanger", "capacity": 1, "held": 1}
        )
    ]
    active = pairs.activate(proposal.id, TODAY, override_reason="binôme de relève")
    assert active.status == PairStatus.ACTIVE
    assert active.capacity_override_reason == "binôme de relève"


# -- finding members -----------------------------------------------------------------------


def test_find_member_by_email_and_by_name(
    pairs: PairService, people: People, members: MemberService
) -> None:
    sam = people.add("Samuel", "Ouellet", 1990, email="sam.ouellet@exemple.ca")
    assert pairs.find_member("Sam.Ouellet@EXEMPLE.ca ") == sam.id
    assert pairs.find_member("helene cote") == people.helene.id
    assert pairs.find_member("  HÉLÈNE   Côté ") == people.helene.id
    assert pairs.find_member("Côté Hélène") == people.helene.id  # "Last First" too
    assert pairs.find_member("leo belanger") == people.leo.id
    with pytest.raises(NotFoundError):
        pairs.find_member("Personne Inconnue")
    with pytest.raises(NotFoundError):
        pairs.find_member("inconnu@exemple.ca")
    with pytest.raises(NotFoundError):
        pairs.find_member("   ")


def test_find_member_ambiguous(pairs: PairService, people: People) -> None:
    people.add("Helene", "Cote", 1970)
    with pytest.raises(ValidationError) as info:
        pairs.find_member("Hélène Côté")
    assert info.value.errors == [FieldError("who", "ambiguous", {"who": "Hélène Côté", "count": 2})]


def test_find_member_ignores_archived_members(
    pairs: PairService, people: People, members: MemberService
) -> None:
    other = people.add("Helene", "Cote", 1970, email="h.cote@exemple.ca")
    members.archive([other.id])
    assert pairs.find_member("Hélène Côté") == people.helene.id  # no longer ambiguous
    with pytest.raises(NotFoundError):
        pairs.find_member("h.cote@exemple.ca")
    members.archive([people.helene.id])
    with pytest.raises(NotFoundError):
        pairs.find_member("Hélène Côté")


# -- the life of a pair --------------------------------------------------------------------


def test_the_whole_life_of_a_pair(db: Database, pairs: PairService, people: People) -> None:
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    pair = pairs.create(PairInput(people.leo.id, people.helene.id, planned_end=days_ago(-200)))
    assert pair.status == PairStatus.PROPOSED

    pair = pairs.activate(pair.id, TODAY, note="Charte signée à la soirée de lancement")
    assert pair.status == PairStatus.ACTIVE
    assert pair.charter_signed_on == TODAY
    assert pair.start_date == TODAY

    pair = pairs.pause(pair.id, TODAY, note="  Vacances  ")
    assert pair.status == PairStatus.PAUSED
    pair = pairs.resume(pair.id, TODAY)
    assert pair.status == PairStatus.ACTIVE

    pair = pairs.end(
        pair.id,
        TODAY,
        EndReason.OBJECTIVES_REACHED,
        outcome=Outcome.MOSTLY,
        mentor_learned="La négociation d'un budget",
        mentee_learned="Publier sur LinkedIn",
        comment="Très beau binôme.",
    )
    assert pair.status == PairStatus.ENDED
    assert pair.ended_on == TODAY
    assert pair.end_reason == EndReason.OBJECTIVES_REACHED
    assert pair.outcome == Outcome.MOSTLY
    assert pair.mentor_learned == "La négociation d'un budget"
    assert pair.mentee_learned == "Publier sur LinkedIn"
    assert pair.closing_comment == "Très beau binôme."
    assert [(h.status, h.effective_on, h.note) for h in pair.history] == [
        (PairStatus.PROPOSED, TODAY, None),
        (PairStatus.ACTIVE, TODAY, "Charte signée à la soirée de lancement"),
        (PairStatus.PAUSED, TODAY, "Vacances"),
        (PairStatus.ACTIVE, TODAY, None),
        (PairStatus.ENDED, TODAY, None),
    ]
    assert heard == [Topic.PAIRS] * 5
    assert pairs.get(pair.id) == pair


def test_life_with_dates_spread_out(pairs: PairService, people: People) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id, start_date=days_ago(100)))
    pairs.pause(pair.id, days_ago(60))
    pairs.resume(pair.id, days_ago(30))
    pair = pairs.end(pair.id, days_ago(1), EndReason.NO_LONGER_AVAILABLE)
    assert [(h.status, h.effective_on) for h in pair.history] == [
        (PairStatus.ACTIVE, days_ago(100)),
        (PairStatus.PAUSED, days_ago(60)),
        (PairStatus.ACTIVE, days_ago(30)),
        (PairStatus.ENDED, days_ago(1)),
    ]
    assert pair.last_change_on == days_ago(1)
    assert pair.outcome is None


def test_a_proposal_can_be_ended(pairs: PairService, people: People) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id))
    ended = pairs.end(pair.id, TODAY, EndReason.MISMATCH)
    assert ended.status == PairStatus.ENDED
    assert ended.charter_signed_on is None
    assert not ended.is_cancelled  # ended with a reason, not withdrawn


# -- withdrawing a proposal ----------------------------------------------------------------


def test_a_proposal_is_withdrawn_without_an_evaluation(
    db: Database, pairs: PairService, people: People
) -> None:
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    proposal = pairs.create(PairInput(people.leo.id, people.helene.id, planned_end=days_ago(-200)))
    pairs.add_objective(proposal.id, ObjectiveInput("Visioconférence"))
    cancelled = pairs.cancel_proposal(proposal.id, TODAY, note="  Proposé par erreur  ")
    assert cancelled.status == PairStatus.ENDED
    assert cancelled.is_cancelled
    assert cancelled.ended_on == TODAY
    assert (cancelled.end_reason, cancelled.outcome) == (None, None)
    assert (cancelled.start_date, cancelled.charter_signed_on) == (None, None)
    assert [(h.status, h.effective_on, h.note) for h in cancelled.history] == [
        (PairStatus.PROPOSED, TODAY, None),
        (PairStatus.ENDED, TODAY, "Proposé par erreur"),
    ]
    assert heard == [Topic.PAIRS] * 3
    assert pairs.get(proposal.id) == cancelled
    # It is read as cancelled in SQL too, and nothing else is.
    rows = db.query(f"SELECT id FROM pair WHERE {CANCELLED_SQL}")
    assert rows == [(proposal.id,)]


def test_a_withdrawn_proposal_frees_both_members(
    db: Database, pairs: PairService, people: People
) -> None:
    proposal = pairs.create(PairInput(people.leo.id, people.helene.id))
    refused(db, lambda: pairs.create(PairInput(people.leo.id, people.marc.id)))
    pairs.cancel_proposal(proposal.id, TODAY)
    assert pairs.count_active_for(people.leo.id) == 0
    again = pairs.create(PairInput(people.leo.id, people.helene.id, start_date=TODAY))
    assert again.status == PairStatus.ACTIVE
    assert not again.is_cancelled


def test_a_pair_that_ran_and_ended_is_not_cancelled(
    db: Database, pairs: PairService, people: People
) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id, start_date=days_ago(5)))
    ended = pairs.end(pair.id, TODAY, EndReason.MISMATCH)
    assert not ended.is_cancelled
    assert db.query(f"SELECT id FROM pair WHERE {CANCELLED_SQL}") == []


@pytest.mark.parametrize("setup", [["activate"], ["activate", "pause"], ["cancel"]])
def test_only_a_proposal_can_be_withdrawn(
    db: Database, pairs: PairService, people: People, setup: list[str]
) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id))
    steps: dict[str, Callable[[], object]] = {
        "activate": lambda: pairs.activate(pair.id, TODAY),
        "pause": lambda: pairs.pause(pair.id, TODAY),
        "cancel": lambda: pairs.cancel_proposal(pair.id, TODAY),
    }
    for step in setup:
        steps[step]()
    current = pairs.get(pair.id).status
    error = refused(db, steps["cancel"])
    assert error.errors == [
        FieldError("status", "invalid_transition", {"from": current, "to": PairStatus.ENDED})
    ]


def test_withdrawal_dates_are_checked(db: Database, pairs: PairService, people: People) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id))
    error = refused(db, lambda: pairs.cancel_proposal(pair.id, days_ago(-1)))
    assert codes(error) == {("effective_on", "date_in_future")}
    error = refused(db, lambda: pairs.cancel_proposal(pair.id, days_ago(1)))
    assert codes(error) == {("effective_on", "date_before_last_change")}
    with pytest.raises(NotFoundError):
        pairs.cancel_proposal(99, TODAY)


def test_ending_needs_a_reason(db: Database, pairs: PairService, people: People) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id, start_date=days_ago(5)))
    error = refused(db, lambda: pairs.end(pair.id, TODAY, None))
    assert error.errors == [FieldError("end_reason", "required")]


@pytest.mark.parametrize(
    ("setup", "action", "from_", "to"),
    [
        ([], "pause", PairStatus.PROPOSED, PairStatus.PAUSED),
        ([], "resume", PairStatus.PROPOSED, PairStatus.ACTIVE),
        (["activate"], "activate", PairStatus.ACTIVE, PairStatus.ACTIVE),
        (["activate"], "resume", PairStatus.ACTIVE, PairStatus.ACTIVE),
        (["activate", "pause"], "pause", PairStatus.PAUSED, PairStatus.PAUSED),
        (["activate", "pause"], "activate", PairStatus.PAUSED, PairStatus.ACTIVE),
        (["end"], "activate", PairStatus.ENDED, PairStatus.ACTIVE),
        (["end"], "pause", PairStatus.ENDED, PairStatus.PAUSED),
        (["end"], "resume", PairStatus.ENDED, PairStatus.ACTIVE),
        (["end"], "end", PairStatus.ENDED, PairStatus.ENDED),
    ],
)
def test_invalid_transitions(
    db: Database,
    pairs: PairService,
    people: People,
    setup: list[str],
    action: str,
    from_: PairStatus,
    to: PairStatus,
) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id))
    steps: dict[str, Callable[[], object]] = {
        "activate": lambda: pairs.activate(pair.id, TODAY),
        "pause": lambda: pairs.pause(pair.id, TODAY),
        "resume": lambda: pairs.resume(pair.id, TODAY),
        "end": lambda: pairs.end(pair.id, TODAY, EndReason.MISMATCH),
    }
    for step in setup:
        steps[step]()
    error = refused(db, steps[action])
    assert error.errors == [FieldError("status", "invalid_transition", {"from": from_, "to": to})]


def test_change_dates_cannot_be_in_the_future_or_before_the_last_change(
    db: Database, pairs: PairService, people: People
) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id, start_date=days_ago(20)))
    error = refused(db, lambda: pairs.pause(pair.id, days_ago(-1)))
    assert codes(error) == {("effective_on", "date_in_future")}
    error = refused(db, lambda: pairs.pause(pair.id, days_ago(21)))
    assert error.errors == [
        FieldError("effective_on", "date_before_last_change", {"last": days_ago(20)})
    ]
    pairs.pause(pair.id, days_ago(10))
    error = refused(db, lambda: pairs.resume(pair.id, days_ago(11)))
    assert codes(error) == {("effective_on", "date_before_last_change")}
    error = refused(db, lambda: pairs.end(pair.id, days_ago(15), EndReason.MISMATCH))
    assert codes(error) == {("effective_on", "date_before_last_change")}
    # The same day as the last change is fine.
    assert pairs.resume(pair.id, days_ago(10)).status == PairStatus.ACTIVE


def test_activation_date_checks(db: Database, pairs: PairService, people: People) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id, planned_end=TODAY))
    error = refused(db, lambda: pairs.activate(pair.id, days_ago(-3)))
    assert codes(error) == {("effective_on", "date_in_future")}
    error = refused(db, lambda: pairs.activate(pair.id, days_ago(1)))  # proposed today
    assert codes(error) == {("effective_on", "date_before_last_change")}


def test_activation_refused_when_planned_end_is_before_it(
    db: Database, pairs: PairService, people: People
) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id, planned_end=days_ago(1)))
    error = refused(db, lambda: pairs.activate(pair.id, TODAY))
    assert codes(error) == {("planned_end", "end_before_start")}


def test_activation_refused_for_an_archived_member(
    db: Database, pairs: PairService, people: People, members: MemberService
) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id))
    members.archive([people.helene.id])
    error = refused(db, lambda: pairs.activate(pair.id, TODAY))
    assert error.errors == [FieldError("mentee_id", "member_archived", {"name": "Hélène Côté"})]


def test_ending_for_another_reason_needs_a_comment(
    db: Database, pairs: PairService, people: People
) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id, start_date=days_ago(5)))
    for comment in (None, "   "):
        end = functools.partial(pairs.end, pair.id, TODAY, EndReason.OTHER, comment=comment)
        error = refused(db, end)
        assert error.errors == [FieldError("closing_comment", "required")]
    ended = pairs.end(pair.id, TODAY, EndReason.OTHER, comment="Déménagement à Gatineau")
    assert ended.closing_comment == "Déménagement à Gatineau"


def test_life_changes_on_an_unknown_pair(pairs: PairService) -> None:
    for action in (
        lambda: pairs.activate(99, TODAY),
        lambda: pairs.pause(99, TODAY),
        lambda: pairs.resume(99, TODAY),
        lambda: pairs.end(99, TODAY, EndReason.MISMATCH),
        lambda: pairs.update_means(99, place="x"),
        lambda: pairs.add_objective(99, ObjectiveInput("x")),
        lambda: pairs.update_objective(99, ObjectiveInput("x")),
        lambda: pairs.remove_objective(99),
    ):
        with pytest.raises(NotFoundError):
            action()


# -- means, objectives and the charter version ---------------------------------------------


def test_update_means_changes_only_what_is_given(pairs: PairService, people: People) -> None:
    pair = pairs.create(
        PairInput(people.leo.id, people.helene.id, place="Café du coin", frequency="hebdo")
    )
    updated = pairs.update_means(pair.id, mode=Mode.PHONE, monthly_commitment_hours=2)
    assert updated.mode == Mode.PHONE
    assert updated.monthly_commitment_hours == 2
    assert updated.place == "Café du coin"
    assert updated.frequency == "hebdo"
    cleared = pairs.update_means(pair.id, place="  ", frequency=None, planned_end=days_ago(-90))
    assert cleared.place is None
    assert cleared.frequency is None
    assert cleared.planned_end == days_ago(-90)
    assert cleared.charter_version == 1  # not signed yet: still a draft


def test_update_means_refuses_bad_values(db: Database, pairs: PairService, people: People) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id, start_date=days_ago(10)))
    error = refused(db, lambda: pairs.update_means(pair.id, monthly_commitment_hours=0))
    assert codes(error) == {("monthly_commitment_hours", "number_range")}
    error = refused(db, lambda: pairs.update_means(pair.id, planned_end=days_ago(11)))
    assert codes(error) == {("planned_end", "end_before_start")}
    error = refused(db, lambda: pairs.update_means(pair.id, cohort_id=77))
    assert codes(error) == {("cohort_id", "not_found")}
    error = refused(db, lambda: pairs.update_means(pair.id, place="p" * 201))
    assert codes(error) == {("place", "too_long")}


def test_charter_version_bumps_only_after_signature(
    pairs: PairService, people: People, db: Database
) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id))
    pairs.update_means(pair.id, place="Médiathèque")
    objective = pairs.add_objective(pair.id, ObjectiveInput("Créer un profil LinkedIn"))
    pairs.update_objective(objective.id, ObjectiveInput("Créer et animer un profil LinkedIn"))
    pair = pairs.get(pair.id)
    assert pair.charter_version == 1
    assert pair.charter_changed_at is None

    pair = pairs.activate(pair.id, TODAY)
    assert pair.charter_version == 1  # signing is not a change

    # Several means in one call: one new version.
    pair = pairs.update_means(pair.id, place="Café", frequency="mensuel", mode=Mode.IN_PERSON)
    assert pair.charter_version == 2
    assert pair.charter_changed_at is not None
    assert pair.charter_changed_at.date() == TODAY

    # Nothing actually changed: no new version.
    pair = pairs.update_means(pair.id, place="Café")
    assert pair.charter_version == 2
    # The cohort is printed on the charter, with its objectives: moving is a new version.
    cohort = CohortService(db).create("Printemps")
    pair = pairs.update_means(pair.id, cohort_id=cohort.id)
    assert pair.cohort_id == cohort.id
    assert pair.charter_version == 3

    second = pairs.add_objective(pair.id, ObjectiveInput("Monter une vidéo courte"))
    assert pairs.get(pair.id).charter_version == 4
    pairs.update_objective(
        second.id, ObjectiveInput("Monter une vidéo courte", status=ObjectiveStatus.REACHED)
    )
    assert pairs.get(pair.id).charter_version == 4  # progress is not a charter change
    pairs.update_objective(
        second.id,
        ObjectiveInput("Monter une vidéo courte", indicator="Une vidéo publiée"),
    )
    assert pairs.get(pair.id).charter_version == 5
    pairs.remove_objective(objective.id)
    assert pairs.get(pair.id).charter_version == 6


def test_charter_version_for_a_pair_created_active(pairs: PairService, people: People) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id, start_date=days_ago(3)))
    pairs.add_objective(pair.id, ObjectiveInput("Utiliser Teams"))
    assert pairs.get(pair.id).charter_version == 2


def test_objectives(db: Database, pairs: PairService, people: People) -> None:
    pair = pairs.create(PairInput(people.leo.id, people.helene.id))
    first = pairs.add_objective(
        pair.id,
        ObjectiveInput(
            "  Animer une page Facebook ",
            indicator="Trois publications par mois",
            target_date=days_ago(-60),
            direction=Direction.MENTOR_TO_MENTEE,
        ),
    )
    assert first.text == "Animer une page Facebook"
    assert first.pair_id == pair.id
    assert first.status == ObjectiveStatus.OPEN
    second = pairs.add_objective(
        pair.id,
        ObjectiveInput(
            "Préparer un entretien annuel",
            status=ObjectiveStatus.IN_PROGRESS,
            direction=Direction.MENTEE_TO_MENTOR,
        ),
    )
    assert pairs.get(pair.id).objectives == (first, second)

    error = refused(db, lambda: pairs.add_objective(pair.id, ObjectiveInput("   ")))
    assert error.errors == [FieldError("text", "required")]
    error = refused(db, lambda: pairs.update_objective(first.id, ObjectiveInput("")))
    assert error.errors == [FieldError("text", "required")]

    changed = pairs.update_objective(
        second.id,
        ObjectiveInput(
            "Préparer un entretien annuel",
            indicator=" ",
            status=ObjectiveStatus.REACHED,
            direction=Direction.BOTH,
        ),
    )
    assert changed.status == ObjectiveStatus.REACHED
    assert changed.direction == Direction.BOTH
    assert changed.indicator is None
    pairs.remove_objective(first.id)
    assert pairs.get(pair.id).objectives == (changed,)


# -- refused matches and warnings ----------------------------------------------------------


def test_refuse_match_is_remembered_once(db: Database, pairs: PairService, people: People) -> None:
    assert pairs.refused_pairs() == set()
    pairs.refuse_match(people.leo.id, people.helene.id, "Même service")
    pairs.refuse_match(people.leo.id, people.helene.id)
    pairs.refuse_match(people.chloe.id, people.marc.id)
    assert pairs.refused_pairs() == {
        (people.leo.id, people.helene.id),
        (people.chloe.id, people.marc.id),
    }
    assert db.query("SELECT count(*) FROM refused_match")[0][0] == 2
    assert db.query("SELECT reason FROM refused_match WHERE mentor_id = ?", (people.leo.id,)) == [
        ("Même service",)
    ]
    pairs.refuse_match(people.leo.id, people.helene.id, "Même équipe")
    assert db.query("SELECT reason FROM refused_match WHERE mentor_id = ?", (people.leo.id,)) == [
        ("Même équipe",)
    ]


def test_refuse_match_checks_its_members(db: Database, pairs: PairService, people: People) -> None:
    error = refused(db, lambda: pairs.refuse_match(people.leo.id, people.leo.id))
    assert codes(error) == {("mentee_id", "same_person")}
    error = refused(db, lambda: pairs.refuse_match(people.leo.id, 999))
    assert codes(error) == {("mentee_id", "not_found")}


def test_warnings(pairs: PairService, people: People) -> None:
    assert pairs.warnings_for(people.leo.id, people.helene.id) == []
    assert pairs.warnings_for(people.chloe.id, people.helene.id) == [
        FieldError("mentor_id", "mentor_untrained", {"mentor": "Chloé Nguyen"})
    ]
    assert pairs.warnings_for(people.helene.id, people.leo.id) == [
        FieldError(
            "mentor_id", "mentor_not_younger", {"mentor": "Hélène Côté", "mentee": "Léo Bélanger"}
        ),
        FieldError("mentor_id", "mentor_untrained", {"mentor": "Hélène Côté"}),
    ]
    twin = people.add("Jeanne", "Roy", 2001, Role.MENTEE)
    assert [w.code for w in pairs.warnings_for(people.leo.id, twin.id)] == ["mentor_not_younger"]
    unknown_year = people.add("Paul", "Roy", None, Role.MENTEE)
    assert pairs.warnings_for(people.leo.id, unknown_year.id) == []
    with pytest.raises(NotFoundError):
        pairs.warnings_for(people.leo.id, 999)


def test_warnings_do_not_stop_a_pair(pairs: PairService, people: People) -> None:
    pair = pairs.create(PairInput(people.helene.id, people.leo.id))
    assert pair.mentor_id == people.helene.id


# -- listing -------------------------------------------------------------------------------


def test_list_pairs_filters(db: Database, pairs: PairService, people: People) -> None:
    cohort = CohortService(db).create("Hiver")
    ended = pairs.create(PairInput(people.chloe.id, people.helene.id, cohort_id=cohort.id))
    pairs.end(ended.id, TODAY, EndReason.MISMATCH)
    proposed = pairs.create(PairInput(people.chloe.id, people.marc.id, cohort_id=cohort.id))
    active = pairs.create(PairInput(people.leo.id, people.helene.id, start_date=days_ago(9)))
    pairs.add_objective(active.id, ObjectiveInput("Visioconférence"))

    everything = pairs.list_pairs()
    # Ordered by mentor, then mentee: Bélanger/Côté, Nguyen/Côté, Nguyen/Lévesque.
    assert [p.id for p in everything] == [active.id, ended.id, proposed.id]
    assert [p.id for p in pairs.list_pairs(PairStatus.PROPOSED)] == [proposed.id]
    assert [p.id for p in pairs.list_pairs(PairStatus.ACTIVE)] == [active.id]
    assert [p.id for p in pairs.list_pairs(PairStatus.ENDED)] == [ended.id]
    assert pairs.list_pairs(PairStatus.PAUSED) == []
    assert [p.id for p in pairs.list_pairs(cohort_id=cohort.id)] == [ended.id, proposed.id]
    assert [p.id for p in pairs.list_pairs(PairStatus.ENDED, cohort_id=cohort.id)] == [ended.id]
    by_id = {p.id: p for p in everything}
    assert by_id == {p.id: pairs.get(p.id) for p in everything}
    assert [o.text for o in by_id[active.id].objectives] == ["Visioconférence"]
    assert [h.status for h in by_id[ended.id].history] == [PairStatus.PROPOSED, PairStatus.ENDED]


def test_list_pairs_makes_few_queries(
    db: Database, pairs: PairService, members: MemberService, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(25):
        mentor = members.add(MemberInput(first_name=f"Jeune{i}", last_name="Test", birth_year=2000))
        mentee = members.add(MemberInput(first_name=f"Aîné{i}", last_name="Test", birth_year=1955))
        pair = pairs.create(PairInput(mentor.id, mentee.id, start_date=days_ago(5)))
        pairs.add_objective(pair.id, ObjectiveInput(f"Objectif {i}"))
    calls: list[str] = []
    real_query = db.query

    def counting(sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        calls.append(sql)
        return real_query(sql, params)

    monkeypatch.setattr(db, "query", counting)
    listed = pairs.list_pairs()
    assert len(listed) == 25
    assert all(len(p.objectives) == 1 and len(p.history) == 1 for p in listed)
    assert len(calls) <= 3


def test_the_bus_hears_every_change(db: Database, pairs: PairService, people: People) -> None:
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    pair = pairs.create(PairInput(people.leo.id, people.helene.id, start_date=days_ago(2)))
    objective = pairs.add_objective(pair.id, ObjectiveInput("Excel"))
    pairs.update_objective(objective.id, ObjectiveInput("Excel avancé"))
    pairs.remove_objective(objective.id)
    pairs.update_means(pair.id, place="Salle communautaire")
    pairs.refuse_match(people.chloe.id, people.marc.id)
    assert heard == [Topic.PAIRS] * 6


def test_a_new_charter_version_records_what_it_changes(db):
    import datetime as dt

    from mentorat_desktop.core.charters.data import load_charter_data
    from mentorat_desktop.core.services.members import MemberInput, MemberService
    from mentorat_desktop.core.services.pairs import ObjectiveInput, PairInput, PairService

    members, pairs = MemberService(db), PairService(db)
    young = members.add(MemberInput(first_name="Yanis", last_name="Roy", birth_year=2001))
    old = members.add(MemberInput(first_name="Odile", last_name="Roy", birth_year=1958))
    start = dt.date.today() - dt.timedelta(days=30)
    pair = pairs.create(PairInput(mentor_id=young.id, mentee_id=old.id, start_date=start))
    pairs.add_objective(pair.id, ObjectiveInput(text="Découvrir la visioconférence"))
    (charter,) = load_charter_data(db, [pair.id])
    assert charter.charter_changes == ("objectives",)
    pairs.update_means(pair.id, planned_end=start + dt.timedelta(days=200), frequency="Le mardi")
    (charter,) = load_charter_data(db, [pair.id])
    assert charter.charter_changes == ("means", "period")
    # moved to a cohort: the charter prints the cohort and its objectives, so a new version
    from mentorat_desktop.core.services.cohorts import CohortService

    spring = CohortService(db).create("Printemps 2026")
    version = pairs.get(pair.id).charter_version
    pairs.update_means(pair.id, cohort_id=spring.id)
    assert pairs.get(pair.id).charter_version == version + 1
    (charter,) = load_charter_data(db, [pair.id])
    assert charter.charter_changes == ("cohort",)


# -- archiving a member who is in a pair ---------------------------------------------------


def test_archiving_puts_the_pairs_on_hold_and_withdraws_proposals_at_once(
    db: Database, pairs: PairService, members: MemberService, people: People
) -> None:
    running = pairs.create(PairInput(people.leo.id, people.helene.id, start_date=days_ago(30)))
    proposal = pairs.create(PairInput(people.chloe.id, people.helene.id))
    sam = people.add("Sam", "Roy", 2003, Role.MENTOR)
    other = pairs.create(PairInput(sam.id, people.marc.id))
    assert [c.id for c in pairs.open_pairs_of([people.helene.id])] == [
        running.id,
        proposal.id,
    ]
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    assert pairs.hold_pairs_and_archive([people.helene.id], TODAY) == (1, 1)
    assert pairs.get(running.id).status == PairStatus.PAUSED
    withdrawn = pairs.get(proposal.id)
    assert withdrawn.status == PairStatus.ENDED and withdrawn.end_reason is None
    assert pairs.get(other.id).status == PairStatus.PROPOSED  # not Hélène's
    assert members.get(people.helene.id).status.value == "archived"
    assert pairs.open_pairs_of([people.helene.id])[0].status == PairStatus.PAUSED
    assert set(heard) == {Topic.PAIRS, Topic.MEMBERS}


def test_archiving_with_a_date_before_the_pair_began_changes_nothing(
    db: Database, pairs: PairService, members: MemberService, people: People
) -> None:
    pairs.create(PairInput(people.leo.id, people.helene.id, start_date=days_ago(3)))
    refused(db, lambda: pairs.hold_pairs_and_archive([people.leo.id], days_ago(10)))
    assert members.get(people.leo.id).status.value == "active"
