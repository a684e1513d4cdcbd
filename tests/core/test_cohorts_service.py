"""Cohorts: create, read, refuse a missing or taken name, edit, objectives, delete."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.services.cohorts import CohortObjectiveRecord, CohortService
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import PairInput, PairService


@pytest.fixture
def cohorts(db: Database) -> CohortService:
    return CohortService(db)


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    return {t: db.query(f"SELECT * FROM {t} ORDER BY id") for t in ("cohort", "cohort_objective")}


def refused(db: Database, action: Callable[[], object]) -> ValidationError:
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


def test_create_and_read(cohorts: CohortService) -> None:
    cohort = cohorts.create(
        "  Automne   2024 ",
        start_date=dt.date(2024, 9, 1),
        end_date=dt.date(2025, 6, 30),
        description="  Lancement à la bibliothèque.\nDeuxième ligne. ",
    )
    assert cohort.name == "Automne 2024"
    assert cohort.start_date == dt.date(2024, 9, 1)
    assert cohort.end_date == dt.date(2025, 6, 30)
    assert cohort.description == "Lancement à la bibliothèque.\nDeuxième ligne."
    assert cohort.objectives == ()
    assert cohorts.get(cohort.id) == cohort
    bare = cohorts.create("Été")
    assert (bare.start_date, bare.end_date, bare.description) == (None, None, None)


def test_list_is_ordered_by_name(cohorts: CohortService) -> None:
    names = ["Printemps", "été 2025", "Automne"]
    for name in names:
        cohorts.create(name)
    assert [c.name for c in cohorts.list_cohorts()] == ["Automne", "été 2025", "Printemps"]


def test_get_unknown(cohorts: CohortService) -> None:
    with pytest.raises(NotFoundError):
        cohorts.get(42)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"name": ""}, FieldError("name", "required")),
        ({"name": "   "}, FieldError("name", "required")),
        ({"name": "x" * 151}, FieldError("name", "too_long", {"max": 150})),
        (
            {"name": "Hiver", "start_date": dt.date(2025, 2, 1), "end_date": dt.date(2025, 1, 1)},
            FieldError("end_date", "end_before_start"),
        ),
    ],
)
def test_create_refuses_bad_input(
    db: Database, cohorts: CohortService, kwargs: dict[str, Any], error: FieldError
) -> None:
    assert refused(db, lambda: cohorts.create(**kwargs)).errors == [error]


def test_names_are_unique_ignoring_case_and_accents(db: Database, cohorts: CohortService) -> None:
    cohorts.create("Été 2025")
    for name in ("été 2025", "ETE 2025", "  Ete   2025 "):
        error = refused(db, functools.partial(cohorts.create, name))
        assert [(e.field, e.code) for e in error.errors] == [("name", "duplicate_name")]


def test_update(db: Database, cohorts: CohortService) -> None:
    cohort = cohorts.create("Hiver", start_date=dt.date(2025, 1, 1), description="Notes")
    other = cohorts.create("Printemps")
    renamed = cohorts.update(cohort.id, name="HIVER 2025")
    assert renamed.name == "HIVER 2025"
    assert renamed.start_date == dt.date(2025, 1, 1)  # kept
    assert renamed.description == "Notes"  # kept
    assert cohorts.update(cohort.id, name="hiver 2025").name == "hiver 2025"  # its own name
    changed = cohorts.update(cohort.id, end_date=dt.date(2025, 3, 31), description=None)
    assert changed.end_date == dt.date(2025, 3, 31)
    assert changed.description is None

    error = refused(db, lambda: cohorts.update(cohort.id, name="printemps"))
    assert [(e.field, e.code) for e in error.errors] == [("name", "duplicate_name")]
    error = refused(db, lambda: cohorts.update(cohort.id, name=" "))
    assert error.errors == [FieldError("name", "required")]
    error = refused(db, lambda: cohorts.update(cohort.id, start_date=dt.date(2025, 4, 1)))
    assert error.errors == [FieldError("end_date", "end_before_start")]
    with pytest.raises(NotFoundError):
        cohorts.update(999, name="x")
    assert cohorts.get(other.id).name == "Printemps"


def test_objectives(db: Database, cohorts: CohortService) -> None:
    cohort = cohorts.create("Automne")
    first = cohorts.add_objective(
        cohort.id, " 20 binômes actifs ", indicator="Binômes actifs en juin", target="20"
    )
    assert first == CohortObjectiveRecord(
        first.id, "20 binômes actifs", "Binômes actifs en juin", "20"
    )
    second = cohorts.add_objective(cohort.id, "80 % de satisfaction")
    assert cohorts.get(cohort.id).objectives == (first, second)

    assert refused(db, lambda: cohorts.add_objective(cohort.id, "  ")).errors == [
        FieldError("text", "required")
    ]
    assert refused(db, lambda: cohorts.add_objective(cohort.id, "x", target="9" * 101)).errors == [
        FieldError("target", "too_long", {"max": 100})
    ]
    with pytest.raises(NotFoundError):
        cohorts.add_objective(999, "x")

    edited = cohorts.update_objective(second.id, "85 % de satisfaction", target="85 %")
    assert edited == CohortObjectiveRecord(second.id, "85 % de satisfaction", None, "85 %", 2)
    cohorts.remove_objective(first.id)
    assert cohorts.get(cohort.id).objectives == (edited,)
    with pytest.raises(NotFoundError):
        cohorts.remove_objective(first.id)
    with pytest.raises(NotFoundError):
        cohorts.update_objective(first.id, "x")


def test_delete_keeps_the_pairs(db: Database, cohorts: CohortService) -> None:
    members = MemberService(db)
    mentor = members.add(MemberInput(first_name="Léa", last_name="Roy", birth_year=2000))
    mentee = members.add(MemberInput(first_name="Guy", last_name="Roy", birth_year=1950))
    cohort = cohorts.create("Automne")
    cohorts.add_objective(cohort.id, "Dix binômes")
    pairs = PairService(db)
    pair = pairs.create(PairInput(mentor.id, mentee.id, cohort_id=cohort.id))
    assert pairs.get(pair.id).cohort_name == "Automne"
    cohorts.delete(cohort.id)
    assert cohorts.list_cohorts() == []
    assert db.query("SELECT count(*) FROM cohort_objective")[0][0] == 0
    kept = pairs.get(pair.id)
    assert (kept.cohort_id, kept.cohort_name) == (None, None)
    with pytest.raises(NotFoundError):
        cohorts.delete(cohort.id)


def test_the_bus_hears_every_change(db: Database, cohorts: CohortService) -> None:
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    cohort = cohorts.create("Automne")
    cohorts.update(cohort.id, description="x")
    objective = cohorts.add_objective(cohort.id, "x")
    cohorts.update_objective(objective.id, "y")
    cohorts.remove_objective(objective.id)
    cohorts.delete(cohort.id)
    assert heard == [Topic.PAIRS] * 6
