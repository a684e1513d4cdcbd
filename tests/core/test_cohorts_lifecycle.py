"""Cohorts over the years: close, reopen, duplicate for next year, count and move pairs."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.errors import NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.services.cohorts import CohortService, a_year_on
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import PairInput, PairService


@pytest.fixture
def cohorts(db: Database) -> CohortService:
    return CohortService(db)


def heard(db: Database) -> list[Topic]:
    events: list[Topic] = []
    db.bus.subscribe(events.append)
    return events


def make_pair(db: Database, cohort_id: int | None, n: int = 0) -> int:
    members = MemberService(db)
    mentor = members.add(MemberInput(first_name=f"Léa{n}", last_name="Roy", birth_year=2000))
    mentee = members.add(MemberInput(first_name=f"Guy{n}", last_name="Roy", birth_year=1950))
    return PairService(db).create(PairInput(mentor.id, mentee.id, cohort_id=cohort_id)).id


def test_close_keeps_the_pairs_and_leaves_the_offer(db: Database, cohorts: CohortService) -> None:
    spring = cohorts.create("Printemps 2026", start_date=dt.date(2026, 3, 1))
    autumn = cohorts.create("Automne 2026")
    pair_id = make_pair(db, spring.id)
    events = heard(db)

    closed = cohorts.close(spring.id, on=dt.date(2026, 7, 1))

    assert events == [Topic.PAIRS]
    assert closed.closed_on == dt.date(2026, 7, 1)
    assert closed.is_closed
    assert closed.pair_count == 1
    assert PairService(db).get(pair_id).cohort_name == "Printemps 2026"
    assert [c.name for c in cohorts.list_cohorts()] == ["Automne 2026", "Printemps 2026"]
    assert [c.id for c in cohorts.list_cohorts(open_only=True)] == [autumn.id]

    reopened = cohorts.reopen(spring.id)
    assert events == [Topic.PAIRS, Topic.PAIRS]
    assert reopened.closed_on is None and not reopened.is_closed
    assert len(cohorts.list_cohorts(open_only=True)) == 2


def test_close_is_today_by_default(cohorts: CohortService) -> None:
    cohort = cohorts.create("Été")
    assert cohorts.close(cohort.id).closed_on == dt.date.today()


def test_close_before_the_start_is_refused(db: Database, cohorts: CohortService) -> None:
    cohort = cohorts.create("Automne", start_date=dt.date(2026, 9, 1))
    events = heard(db)
    with pytest.raises(ValidationError) as info:
        cohorts.close(cohort.id, on=dt.date(2026, 8, 31))
    assert info.value.for_field("closed_on") is not None
    assert cohorts.get(cohort.id).closed_on is None
    assert events == []


def test_unknown_cohort(cohorts: CohortService) -> None:
    for action in (cohorts.close, cohorts.reopen):
        with pytest.raises(NotFoundError):
            action(404)
    with pytest.raises(NotFoundError):
        cohorts.duplicate(404, "Copie")


def test_pairs_are_counted(db: Database, cohorts: CohortService) -> None:
    one = cohorts.create("Un")
    two = cohorts.create("Deux")
    make_pair(db, one.id, 1)
    make_pair(db, one.id, 2)
    make_pair(db, None, 3)
    counts = {c.name: c.pair_count for c in cohorts.list_cohorts()}
    assert counts == {"Un": 2, "Deux": 0}
    assert cohorts.get(two.id).pair_count == 0


def test_duplicate_for_next_year(db: Database, cohorts: CohortService) -> None:
    source = cohorts.create(
        "Printemps 2024",
        start_date=dt.date(2024, 2, 29),
        end_date=dt.date(2024, 12, 31),
        description="Lancement à la médiathèque.",
    )
    cohorts.add_objective(source.id, "Dix binômes actifs", "Binômes actifs en juin", "10")
    cohorts.add_objective(source.id, "Réduire l’isolement numérique", "Questionnaire de fin")
    make_pair(db, source.id)
    cohorts.close(source.id, on=dt.date(2025, 1, 10))
    events = heard(db)

    copy = cohorts.duplicate(source.id, "  Printemps   2025 ")

    assert events == [Topic.PAIRS]
    assert copy.id != source.id
    assert copy.name == "Printemps 2025"
    assert copy.start_date == dt.date(2025, 2, 28)  # 29 February a year on
    assert copy.end_date == dt.date(2025, 12, 31)
    assert copy.description == "Lancement à la médiathèque."
    assert [(o.text, o.indicator, o.target) for o in copy.objectives] == [
        ("Dix binômes actifs", "Binômes actifs en juin", "10"),
        ("Réduire l’isolement numérique", "Questionnaire de fin", None),
    ]
    assert {o.id for o in copy.objectives}.isdisjoint(
        {o.id for o in cohorts.get(source.id).objectives}
    )
    assert (copy.closed_on, copy.pair_count) == (None, 0)
    # The source is untouched.
    kept = cohorts.get(source.id)
    assert (kept.pair_count, kept.closed_on, len(kept.objectives)) == (1, dt.date(2025, 1, 10), 2)


@pytest.mark.parametrize("name", ["", "   ", "printemps 2024", "A" * 151])
def test_duplicate_refuses_a_missing_or_taken_name(
    db: Database, cohorts: CohortService, name: str
) -> None:
    source = cohorts.create("Printemps 2024")
    events = heard(db)
    with pytest.raises(ValidationError) as info:
        cohorts.duplicate(source.id, name)
    assert info.value.for_field("name") is not None
    assert [c.name for c in cohorts.list_cohorts()] == ["Printemps 2024"]
    assert events == []


def test_a_year_on() -> None:
    assert a_year_on(None) is None
    assert a_year_on(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)
    assert a_year_on(dt.date(2025, 3, 1)) == dt.date(2026, 3, 1)


def test_find_ignores_case_accents_and_spaces(cohorts: CohortService) -> None:
    cohort = cohorts.create("Été 2026")
    found = cohorts.find("  ete   2026 ")
    assert found is not None and found.id == cohort.id
    assert cohorts.find("Hiver") is None


def test_a_pair_moves_between_cohorts(db: Database, cohorts: CohortService) -> None:
    one = cohorts.create("Un")
    two = cohorts.create("Deux")
    pair_id = make_pair(db, one.id)
    pairs = PairService(db)
    events = heard(db)

    moved = pairs.update_means(pair_id, cohort_id=two.id)

    assert events == [Topic.PAIRS]
    assert (moved.cohort_id, moved.cohort_name) == (two.id, "Deux")
    assert {c.name: c.pair_count for c in cohorts.list_cohorts()} == {"Un": 0, "Deux": 1}
    assert pairs.update_means(pair_id, cohort_id=None).cohort_id is None
