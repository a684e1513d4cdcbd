"""Matching: hard rules, reasons and warnings, weights, suggestions for one member, and the
whole-pool proposal (optimal, checked against brute force)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from mentorat_desktop.core import matching as mt
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Mode, PairStatus, Role
from mentorat_desktop.core.errors import NotFoundError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.matching import (
    Candidate,
    MatchWeights,
    Reason,
    SkillIndex,
    Suggestion,
    availability_cells,
    best_for,
    candidate,
    load_pool,
    propose,
    propose_pool,
    reasons_from_json,
    reasons_to_json,
    score,
    score_matrix,
    slots_of,
)
from mentorat_desktop.core.matching import blossom as mt_blossom
from mentorat_desktop.core.matching import pool as mt_pool
from mentorat_desktop.core.matching import solver as mt_solver
from mentorat_desktop.core.models import Pair, RefusedMatch
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.settings import SettingsService

TRAINED = dt.date(2025, 9, 1)


def zoe(**changes: object) -> MemberInput:
    """A young mentor who knows social networks and wants to learn to negotiate."""
    data = MemberInput(
        first_name="Zoé",
        last_name="Martin",
        birth_year=2000,
        email="zoe@example.org",
        city="Lyon",
        organisation="Ville de Lyon",
        department="Numérique",
        languages="français, anglais",
        role=Role.MENTOR,
        availability="mardi soir, samedi matin",
        preferred_mode=Mode.IN_PERSON,
        capacity=1,
        mentor_training_on=TRAINED,
        skills_offered=["Réseaux sociaux", "Tableur Excel"],
        skills_wanted=["Négociation"],
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def francois(**changes: object) -> MemberInput:
    """An older mentee who wants social networks and can pass on negotiation."""
    data = MemberInput(
        first_name="François",
        last_name="Lefèvre",
        birth_year=1958,
        email="francois@example.org",
        city="lyon",
        organisation="Ville de Lyon",
        department="Finances",
        languages="Français",
        role=Role.MENTEE,
        availability="le mardi en soirée",
        preferred_mode=Mode.ANY,
        capacity=1,
        skills_offered=["Négociation", "Gestion de projet"],
        skills_wanted=["Réseaux sociaux", "Visioconférence"],
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def add_pair(
    db: Database,
    mentor_id: int,
    mentee_id: int,
    status: PairStatus,
    start_date: dt.date | None = None,
) -> None:
    with db.transaction() as session:
        session.add(
            Pair(mentor_id=mentor_id, mentee_id=mentee_id, status=status, start_date=start_date)
        )


def refuse(db: Database, mentor_id: int, mentee_id: int) -> None:
    with db.transaction() as session:
        session.add(RefusedMatch(mentor_id=mentor_id, mentee_id=mentee_id))


def couples(suggestions: list[Suggestion]) -> set[tuple[int, int]]:
    return {(s.mentor_id, s.mentee_id) for s in suggestions}


# -- reasons, warnings and the score ------------------------------------------------------------


def test_the_suggestion_explains_itself_with_data(members: MemberService, db: Database) -> None:
    mentor = members.add(zoe())
    mentee = members.add(francois())

    [suggestion] = best_for(db, mentee.id)

    assert (suggestion.mentor_id, suggestion.mentee_id) == (mentor.id, mentee.id)
    assert (suggestion.mentor_name, suggestion.mentee_name) == ("Zoé Martin", "François Lefèvre")
    reasons = {r.code: r.params for r in suggestion.reasons}
    assert reasons["teaches"] == {
        "mentor": "Zoé",
        "mentee": "François",
        "skills": ["Réseaux sociaux"],
    }
    assert reasons["two_way"] == {"mentor": "Zoé", "mentee": "François", "skills": ["Négociation"]}
    assert reasons["same_city"] == {"city": "Lyon"}  # as the mentor wrote it
    assert reasons["same_mode"] == {"mode": "in_person"}  # François accepts any mode
    assert reasons["availability"] == {
        "slots": ["tuesday", "evening"],
        "mentor": "Zoé",
        "mentee": "François",
        "mentor_text": "mardi soir, samedi matin",  # as recorded
        "mentee_text": "le mardi en soirée",
    }
    assert reasons["common_language"] == {"language": "français"}
    assert reasons["age_gap"] == {"years": 42}
    assert [r.code for r in suggestion.reasons] == [
        "teaches",
        "two_way",
        "availability",
        "same_mode",
        "same_city",
        "common_language",
        "age_gap",
    ]
    w = MatchWeights()
    expected = w.teaches + w.two_way + w.availability + w.mode + w.city + w.language + w.age_gap
    assert suggestion.score == round(expected, 1)
    assert suggestion.warnings == ()
    # The same suggestion, seen from the mentor's side.
    assert best_for(db, mentor.id) == [suggestion]


def test_the_skills_are_named_as_recorded_and_in_order(
    members: MemberService, db: Database
) -> None:
    members.add(zoe(skills_offered=["Visioconférence", "réseaux sociaux", "Montage vidéo"]))
    mentee = members.add(francois())
    [suggestion] = best_for(db, mentee.id)
    teaches = next(r for r in suggestion.reasons if r.code == "teaches")
    # One catalogue entry per skill, named as first recorded (here by Zoé).
    assert teaches.params["skills"] == ["réseaux sociaux", "Visioconférence"]
    assert suggestion.score == pytest.approx(
        round(
            sum(
                (
                    2 * MatchWeights().teaches,
                    MatchWeights().two_way,
                    MatchWeights().availability,
                    MatchWeights().mode,
                    MatchWeights().city,
                    MatchWeights().language,
                    MatchWeights().age_gap,
                )
            ),
            1,
        )
    )


def test_an_untrained_mentor_is_suggested_with_a_warning(
    members: MemberService, db: Database
) -> None:
    members.add(zoe(mentor_training_on=None))
    mentee = members.add(francois())
    [suggestion] = best_for(db, mentee.id)
    assert suggestion.warnings == (Reason("mentor_untrained", {"mentor": "Zoé"}),)
    [proposed] = propose_pool(db)
    assert proposed.warnings == suggestion.warnings


def test_soft_preferences_only_add(members: MemberService, db: Database) -> None:
    # Nothing in common but one skill: still suggested, on that skill alone.
    members.add(
        zoe(
            city="Paris",
            languages="anglais",
            availability="dimanche matin",
            preferred_mode=Mode.VIDEO,
            birth_year=None,
            skills_wanted=[],
        )
    )
    # (Phone, not in person: Paris is too far from Lyon to meet in person.)
    mentee = members.add(francois(preferred_mode=Mode.PHONE, birth_year=None))
    [suggestion] = best_for(db, mentee.id)
    assert [r.code for r in suggestion.reasons] == ["teaches"]
    assert suggestion.score == MatchWeights().teaches


# -- hard rules ---------------------------------------------------------------------------------

Setup = Callable[[MemberService, Database, int, int], None]


def _same_department(members: MemberService, db: Database, zoe_id: int, fr_id: int) -> None:
    members.update(fr_id, francois(organisation="ville de LYON", department="numerique"))


def _zoe_reports_to_francois(members: MemberService, db: Database, zoe_id: int, fr_id: int) -> None:
    members.update(zoe_id, zoe(manager_name="francois lefevre"))


def _francois_reports_to_zoe(members: MemberService, db: Database, zoe_id: int, fr_id: int) -> None:
    members.update(fr_id, francois(manager_name="Martin Zoé"))


def _refused(members: MemberService, db: Database, zoe_id: int, fr_id: int) -> None:
    refuse(db, zoe_id, fr_id)


def _paired(status: PairStatus) -> Setup:
    def setup(members: MemberService, db: Database, zoe_id: int, fr_id: int) -> None:
        add_pair(db, zoe_id, fr_id, status)

    return setup


def _mentor_older(members: MemberService, db: Database, zoe_id: int, fr_id: int) -> None:
    members.update(zoe_id, zoe(birth_year=1950))


def _same_year(members: MemberService, db: Database, zoe_id: int, fr_id: int) -> None:
    members.update(zoe_id, zoe(birth_year=1958))


def _capacity_used(members: MemberService, db: Database, zoe_id: int, fr_id: int) -> None:
    other = members.add(francois(first_name="Odile", email="odile@example.org"))
    add_pair(db, zoe_id, other.id, PairStatus.ACTIVE)


def _capacity_used_by_a_paused_pair(
    members: MemberService, db: Database, zoe_id: int, fr_id: int
) -> None:
    other = members.add(zoe(first_name="Lina", email="lina@example.org"))
    add_pair(db, other.id, fr_id, PairStatus.PAUSED)


def _capacity_used_by_a_proposal(
    members: MemberService, db: Database, zoe_id: int, fr_id: int
) -> None:
    other = members.add(francois(first_name="Odile", email="odile@example.org"))
    add_pair(db, zoe_id, other.id, PairStatus.PROPOSED)


def _archived(members: MemberService, db: Database, zoe_id: int, fr_id: int) -> None:
    members.archive([zoe_id])


def _wrong_roles(members: MemberService, db: Database, zoe_id: int, fr_id: int) -> None:
    members.update(zoe_id, zoe(role=Role.MENTEE))


def _mentee_wants_to_mentor(members: MemberService, db: Database, zoe_id: int, fr_id: int) -> None:
    members.update(fr_id, francois(role=Role.MENTOR))


def _no_skill_in_common(members: MemberService, db: Database, zoe_id: int, fr_id: int) -> None:
    members.update(zoe_id, zoe(skills_offered=["Montage vidéo"], skills_wanted=["Comptabilité"]))


def _mentor_teaches_nothing_wanted(
    members: MemberService, db: Database, zoe_id: int, fr_id: int
) -> None:
    # François could still teach Zoé to negotiate, but reverse mentoring needs the younger
    # one to teach something the older one wants.
    members.update(zoe_id, zoe(skills_offered=["Montage vidéo"]))


HARD_RULES: dict[str, Setup] = {
    "same department": _same_department,
    "the mentor reports to the mentee": _zoe_reports_to_francois,
    "the mentee reports to the mentor": _francois_reports_to_zoe,
    "refused before": _refused,
    "already proposed": _paired(PairStatus.PROPOSED),
    "already active": _paired(PairStatus.ACTIVE),
    "paused": _paired(PairStatus.PAUSED),
    "mentor older": _mentor_older,
    "mentor born the same year": _same_year,
    "capacity used up (mentor)": _capacity_used,
    "capacity used up (mentee)": _capacity_used_by_a_paused_pair,
    "archived": _archived,
    "mentor who wants to be mentored": _wrong_roles,
    "mentee who wants to mentor": _mentee_wants_to_mentor,
    "no skill in common": _no_skill_in_common,
    "the mentor teaches nothing the mentee wants": _mentor_teaches_nothing_wanted,
    "capacity used up by a proposed pair": _capacity_used_by_a_proposal,
}


@pytest.mark.parametrize("setup", HARD_RULES.values(), ids=HARD_RULES.keys())
def test_a_hard_rule_excludes_the_couple(
    setup: Setup, members: MemberService, db: Database
) -> None:
    zoe_id = members.add(zoe()).id
    fr_id = members.add(francois()).id
    assert couples(propose_pool(db)) == {(zoe_id, fr_id)}  # the couple is fine to start with

    setup(members, db, zoe_id, fr_id)

    assert (zoe_id, fr_id) not in couples(best_for(db, fr_id))
    assert (zoe_id, fr_id) not in couples(best_for(db, zoe_id))
    assert (zoe_id, fr_id) not in couples(propose_pool(db))


def test_a_pair_that_ran_and_ended_is_not_suggested_again(
    members: MemberService, db: Database
) -> None:
    zoe_id = members.add(zoe()).id
    fr_id = members.add(francois()).id
    add_pair(db, fr_id, zoe_id, PairStatus.ENDED, dt.date(2025, 1, 6))  # either way round
    assert best_for(db, fr_id) == [] and best_for(db, zoe_id) == []
    assert propose_pool(db) == []
    # The coordinator may lower the penalty: the couple comes back, with a warning.
    weights = MatchWeights(paired_before=0)
    [suggestion] = best_for(db, fr_id, weights)
    assert Reason("paired_before", {"mentor": "Zoé", "mentee": "François"}) in (suggestion.warnings)
    assert couples(propose_pool(db, weights)) == {(zoe_id, fr_id)}
    # Neither member's capacity is taken by the ended pair.
    assert load_pool(db).candidates[zoe_id].remaining == 1


def test_a_withdrawn_proposal_does_not_count_as_a_pair_that_ended(
    members: MemberService, db: Database
) -> None:
    zoe_id = members.add(zoe()).id
    fr_id = members.add(francois()).id
    add_pair(db, zoe_id, fr_id, PairStatus.ENDED)  # never started: no start date
    [suggestion] = propose_pool(db)
    assert (suggestion.mentor_id, suggestion.mentee_id) == (zoe_id, fr_id)
    assert suggestion.warnings == ()


def test_a_proposed_pair_counts_against_capacity(members: MemberService, db: Database) -> None:
    zoe_id = members.add(zoe()).id  # takes one pair at a time
    fr_id = members.add(francois()).id
    odile_id = members.add(francois(first_name="Odile", email="odile@example.org")).id
    add_pair(db, zoe_id, fr_id, PairStatus.PROPOSED)
    pool = load_pool(db)
    assert zoe_id not in pool.candidates and fr_id not in pool.candidates
    assert best_for(db, odile_id) == []
    assert propose_pool(db) == []
    assert mt.room_left(db, [zoe_id, fr_id, odile_id, 999]) == {
        zoe_id: 0,
        fr_id: 0,
        odile_id: 1,
    }
    members.update(zoe_id, zoe(capacity=2))
    assert couples(propose_pool(db)) == {(zoe_id, odile_id)}
    assert mt.room_left(db, [zoe_id]) == {zoe_id: 1}


def test_room_left_of_an_archived_member_is_zero(members: MemberService, db: Database) -> None:
    zoe_id = members.add(zoe()).id
    members.archive([zoe_id])
    assert mt.room_left(db, [zoe_id]) == {zoe_id: 0}
    assert mt.room_left(db, []) == {}


def test_a_small_gap_is_penalised_and_said(members: MemberService, db: Database) -> None:
    members.add(zoe(birth_year=1961))
    fr_id = members.add(francois(birth_year=1958))
    [suggestion] = best_for(db, fr_id.id)
    assert "age_gap" not in {r.code for r in suggestion.reasons}
    assert suggestion.warnings == (Reason("small_gap", {"years": 3}),)
    unpenalised = best_for(db, fr_id.id, MatchWeights(small_gap=0))[0].score
    assert suggestion.score == unpenalised - MatchWeights().small_gap
    # A penalty above the score keeps the couple out.
    assert best_for(db, fr_id.id, MatchWeights(small_gap=99)) == []
    assert propose_pool(db, MatchWeights(small_gap=99)) == []


def test_remaining_capacity_counts_active_and_paused_pairs(
    members: MemberService, db: Database
) -> None:
    zoe_id = members.add(zoe(capacity=3)).id
    mentees = [
        members.add(francois(first_name=name, email=f"{name}@example.org")).id
        for name in ("Anne", "Bruno", "Chloé", "Denis")
    ]
    add_pair(db, zoe_id, mentees[0], PairStatus.ACTIVE)
    add_pair(db, zoe_id, mentees[1], PairStatus.PAUSED)
    add_pair(db, zoe_id, mentees[2], PairStatus.ENDED)
    pool = load_pool(db)
    assert pool.candidates[zoe_id].remaining == 1
    assert mentees[0] not in pool.candidates  # capacity 1, held by the active pair
    assert couples(propose_pool(db)) in ({(zoe_id, mentees[2])}, {(zoe_id, mentees[3])})


def test_birth_years_unknown_do_not_exclude(members: MemberService, db: Database) -> None:
    zoe_id = members.add(zoe(birth_year=None)).id
    fr_id = members.add(francois()).id
    [suggestion] = best_for(db, fr_id)
    assert (suggestion.mentor_id, suggestion.mentee_id) == (zoe_id, fr_id)
    assert "age_gap" not in {r.code for r in suggestion.reasons}


def test_a_different_department_of_the_same_organisation_is_fine(
    members: MemberService, db: Database
) -> None:
    zoe_id = members.add(zoe()).id
    fr_id = members.add(francois(organisation="Ville de Lyon", department=None)).id
    assert couples(best_for(db, fr_id)) == {(zoe_id, fr_id)}


def test_a_member_is_never_paired_with_themselves() -> None:
    skills = SkillIndex()
    both = candidate(1, "Ana", "Roy", skills=skills, offered=["A"], wanted=["A"])
    assert score(both, both, MatchWeights()) is None
    assert propose([both]) == []


# -- weights ------------------------------------------------------------------------------------


def test_weights_change_the_ranking(members: MemberService, db: Database) -> None:
    fr_id = members.add(francois()).id
    far = members.add(
        zoe(
            first_name="Inès",
            email="ines@example.org",
            city="Villeurbanne",  # near enough to meet in person
            skills_offered=["Réseaux sociaux", "Visioconférence"],
        )
    ).id
    near = members.add(zoe(first_name="Lou", email="lou@example.org")).id

    by_skills = best_for(db, fr_id)
    assert [s.mentor_id for s in by_skills] == [far, near]

    by_place = best_for(db, fr_id, MatchWeights(teaches=1.0, city=50.0))
    assert [s.mentor_id for s in by_place] == [near, far]
    assert by_place[0].score == round(1.0 + 4.0 + 3.0 + 2.0 + 50.0 + 3.0 + 1.0, 1)


def test_weights_round_trip_through_json_and_settings(db: Database) -> None:
    settings = SettingsService(db)
    assert settings.match_weights() == MatchWeights()
    events: list[Topic] = []
    db.bus.subscribe(events.append)

    custom = MatchWeights(teaches=12.5, city=0.0, age_gap=3)
    settings.set_match_weights(custom)

    assert events == [Topic.SETTINGS]
    assert settings.match_weights() == custom
    assert MatchWeights.from_json(custom.to_json()) == custom
    assert settings.get().association_name == ""  # the other settings are untouched


def test_weights_from_json_are_forgiving() -> None:
    assert MatchWeights.from_json(None) == MatchWeights()
    assert MatchWeights.from_json("not json") == MatchWeights()
    assert MatchWeights.from_json("[1, 2]") == MatchWeights()
    partial = MatchWeights.from_json(
        json.dumps({"city": 7, "mode": -1, "language": "x", "age_gap": True, "other": 3})
    )
    assert partial == MatchWeights(city=7.0)


def test_weights_are_checked() -> None:
    with pytest.raises(ValueError):
        MatchWeights(teaches=-1)
    with pytest.raises(ValueError):
        MatchWeights(city=float("nan"))
    with pytest.raises(TypeError):
        MatchWeights(mode="2")  # type: ignore[arg-type]


# -- reasons as JSON ----------------------------------------------------------------------------


def test_reasons_round_trip_through_json() -> None:
    reasons = (
        Reason("teaches", {"mentor": "Zoé", "mentee": "François", "skills": ["Réseaux sociaux"]}),
        Reason("availability", {"slots": ["tuesday", "evening"]}),
        Reason("age_gap", {"years": 42}),
    )
    text = reasons_to_json(reasons)
    assert "Zoé" in text  # readable in the database
    assert reasons_from_json(text) == reasons


def test_reasons_from_json_are_forgiving() -> None:
    assert reasons_from_json(None) == ()
    assert reasons_from_json("") == ()
    assert reasons_from_json("{oops") == ()
    assert reasons_from_json('{"code": "teaches"}') == ()
    assert reasons_from_json('[{"code": "same_city", "params": 3}, 7, {"params": {}}]') == (
        Reason("same_city", {}),
    )


def test_suggestions_can_be_hashed_and_compared() -> None:
    a = Suggestion(1, 2, "A", "B", 3.0, (Reason("same_city", {"city": "Lyon"}),))
    b = Suggestion(1, 2, "A", "B", 3.0, (Reason("same_city", {"city": "Lyon"}),))
    assert a == b
    assert hash(a) == hash(b)


# -- availability -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("mardi soir", ["tuesday", "evening"]),
        ("Tuesday evenings", ["tuesday", "evening"]),
        ("le midi, du lundi au vendredi", [*mt.DAY_CODES[:5], "midday"]),
        ("en semaine après 17 h", [*mt.DAY_CODES[:5], "evening"]),
        ("le week-end", ["saturday", "sunday"]),
        ("fin de semaine", ["saturday", "sunday"]),
        (
            "tous les jours sauf le mercredi",
            ["monday", "tuesday", "thursday", "friday", "saturday", "sunday"],
        ),
        ("lundi et mercredi soir", ["monday", "wednesday", "evening"]),
        ("mercredi après-midi", ["wednesday", "afternoon"]),
        ("vers 16 h 30", ["afternoon"]),
        ("5 pm", ["evening"]),
        ("en journée", ["morning", "midday", "afternoon"]),
        ("tous les jours", ["any_time"]),
        ("deux fois par semaine, le soir", ["evening"]),
    ],
)
def test_availability_words_are_understood(text: str, slots: list[str]) -> None:
    assert slots_of(availability_cells(text)) == slots


def test_availability_keeps_days_with_their_times() -> None:
    evening_tuesday = availability_cells("mardi soir, samedi matin")
    assert not evening_tuesday & availability_cells("mardi matin, samedi soir")
    assert evening_tuesday & availability_cells("samedi en matinée")
    assert availability_cells("pendant les vacances scolaires") == 0
    assert availability_cells(None) == 0


# -- one member ---------------------------------------------------------------------------------


def test_best_for_gives_at_most_five_sorted(members: MemberService, db: Database) -> None:
    fr_id = members.add(francois()).id
    offers = [
        ["Réseaux sociaux"],
        ["Réseaux sociaux", "Visioconférence"],
        ["Visioconférence"],
        ["Réseaux sociaux", "Visioconférence", "Tableur"],
        ["Visioconférence", "Montage vidéo"],
        ["Réseaux sociaux", "Montage vidéo"],
        ["Visioconférence", "Tableur"],
        ["Réseaux sociaux", "Tableur"],
    ]
    for k, offered in enumerate(offers):
        members.add(
            zoe(
                first_name=f"Mentor{k}",
                email=f"m{k}@example.org",
                city=["Lyon", "Villeurbanne"][k % 2],
                skills_offered=offered,
            )
        )
    found = best_for(db, fr_id)
    assert len(found) == 5
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    everyone = best_for(db, fr_id, limit=100)
    assert len(everyone) == len(offers)
    assert found == everyone[:5]
    assert best_for(db, fr_id, limit=2) == everyone[:2]


def test_best_for_a_member_of_either_role_looks_both_ways(
    members: MemberService, db: Database
) -> None:
    middle = members.add(
        zoe(
            first_name="Sam",
            email="sam@example.org",
            birth_year=1985,
            department="Culture",
            role=Role.EITHER,
            skills_offered=["Tableur Excel"],
            skills_wanted=["Réseaux sociaux"],
        )
    ).id
    younger = members.add(zoe(first_name="Jade", email="jade@example.org", birth_year=2004)).id
    older = members.add(francois(skills_wanted=["Tableur Excel"])).id
    found = best_for(db, middle)
    assert couples(found) == {(younger, middle), (middle, older)}


def test_best_for_an_unknown_or_unavailable_member(members: MemberService, db: Database) -> None:
    with pytest.raises(NotFoundError):
        best_for(db, 999)
    zoe_id = members.add(zoe()).id
    members.add(francois())
    members.archive([zoe_id])
    assert best_for(db, zoe_id) == []


# -- random pools: the pure functions -----------------------------------------------------------

SKILLS = ["Réseaux sociaux", "Tableur", "Vidéo", "Négociation", "Gestion", "Décision", "IA"]
CITIES = [None, "Lyon", "Québec", "Trois-Rivières"]
LANGUAGES = [None, "français", "français, anglais", "English", "espagnol"]
AVAILABILITY = [None, "mardi soir", "samedi matin", "en semaine", "le week-end", "lundi midi"]


def random_candidates(
    rng: random.Random, mentors: int, mentees: int, either: int, capacities: tuple[int, ...]
) -> list[Candidate]:
    skills = SkillIndex()
    roles = [Role.MENTOR] * mentors + [Role.MENTEE] * mentees + [Role.EITHER] * either
    names = [f"P{k}" for k in range(len(roles))]
    people = []
    for k, role in enumerate(roles):
        year = None if rng.random() < 0.25 else rng.randint(1950, 2006)
        unit = rng.random() < 0.3
        people.append(
            candidate(
                k + 1,
                names[k],
                "X",
                skills=skills,
                role=role,
                birth_year=year,
                remaining=rng.choice(capacities),
                trained=rng.random() < 0.7,
                offered=rng.sample(SKILLS, rng.randint(0, 3)),
                wanted=rng.sample(SKILLS, rng.randint(0, 3)),
                city=rng.choice(CITIES),
                languages=rng.choice(LANGUAGES),
                availability=rng.choice(AVAILABILITY),
                mode=rng.choice(list(Mode)),
                organisation="Org" if unit else None,
                department=rng.choice(["A", "B"]) if unit else None,
                manager_name=f"{rng.choice(names)} X" if rng.random() < 0.15 else None,
                blocked=[rng.randint(1, len(roles))] if rng.random() < 0.2 else [],
                archived=rng.random() < 0.05,
                ended=[rng.randint(1, len(roles))] if rng.random() < 0.2 else [],
            )
        )
    return people


def brute_force(people: list[Candidate], weights: MatchWeights) -> float:
    """The best total, by trying every set of couples (each couple in its better direction:
    either way uses the same capacity)."""
    worth: dict[tuple[int, int], float] = {}
    for a in people:
        for b in people:
            found = score(a, b, weights)
            if found is not None and found[0] > 0:
                key = (min(a.id, b.id), max(a.id, b.id))
                worth[key] = max(worth.get(key, 0.0), found[0])
    items = sorted(worth.items())
    position = {p.id: k for k, p in enumerate(people)}

    @functools.cache
    def best(i: int, room: tuple[int, ...]) -> float:
        if i == len(items):
            return 0.0
        result = best(i + 1, room)
        (a, b), w = items[i]
        pa, pb = position[a], position[b]
        if room[pa] > 0 and room[pb] > 0:
            left = list(room)
            left[pa] -= 1
            left[pb] -= 1
            result = max(result, w + best(i + 1, tuple(left)))
        return result

    return best(0, tuple(p.remaining if p.available else 0 for p in people))


def check_proposal(
    people: list[Candidate], proposal: list[Suggestion], weights: MatchWeights
) -> float:
    """The proposal's exact total, after checking that it breaks no rule."""
    by_id = {p.id: p for p in people}
    use: Counter[int] = Counter()
    seen: set[frozenset[int]] = set()
    total = 0.0
    for s in proposal:
        assert s.mentor_id != s.mentee_id
        pair = frozenset((s.mentor_id, s.mentee_id))
        assert pair not in seen, "a couple proposed twice"
        seen.add(pair)
        use[s.mentor_id] += 1
        use[s.mentee_id] += 1
        scored = score(by_id[s.mentor_id], by_id[s.mentee_id], weights)
        assert scored is not None, "an excluded couple was proposed"
        assert scored[0] > 0
        assert s.score == round(scored[0], 1)
        total += scored[0]
    for member, times in use.items():
        assert by_id[member].available
        assert times <= by_id[member].remaining
    assert [s.score for s in proposal] == sorted((s.score for s in proposal), reverse=True)
    return total


WEIGHTS = [
    MatchWeights(),
    MatchWeights(teaches=7.5, two_way=6.25, availability=0.5, city=1.1, age_gap=4),
    MatchWeights(teaches=1, two_way=1, availability=1, mode=1, city=1, language=1, age_gap=1),
    MatchWeights(small_gap=3.5, paired_before=6),  # penalties that leave some couples in
]


def test_propose_is_optimal_on_many_random_pools() -> None:
    rng = random.Random(20260101)
    for trial in range(200):
        people = random_candidates(
            rng,
            mentors=rng.randint(2, 5),
            mentees=rng.randint(2, 5),
            either=rng.choice([0, 0, 1, 2, 3]),
            capacities=(1, 1, 2),
        )
        weights = WEIGHTS[trial % len(WEIGHTS)]
        proposal = propose(people, weights)
        total = check_proposal(people, proposal, weights)
        assert total == pytest.approx(brute_force(people, weights), abs=1e-6), trial


def test_the_general_solver_is_optimal_on_pools_of_either_members() -> None:
    # Members of role EITHER only, ages often unknown: odd cycles everywhere, so the
    # bipartite relaxation is rarely enough.
    rng = random.Random(7)
    for trial in range(120):
        people = random_candidates(
            rng, mentors=0, mentees=0, either=rng.randint(3, 9), capacities=(1, 1, 2, 3)
        )
        weights = WEIGHTS[trial % len(WEIGHTS)]
        proposal = propose(people, weights)
        total = check_proposal(people, proposal, weights)
        assert total == pytest.approx(brute_force(people, weights), abs=1e-6), trial


@pytest.mark.parametrize("good_start", [True, False], ids=["good start", "poor start"])
def test_the_general_solver_alone_is_optimal(
    good_start: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # _general is also exact where the bipartite relaxation would have sufficed; and its
    # blossom stage is exact without the head start of a good first solution.
    if not good_start:
        monkeypatch.setattr(mt_solver, "_good_solution", lambda *args: [])
    rng = random.Random(11)
    for trial in range(80):
        people = random_candidates(
            rng,
            mentors=rng.randint(1, 4),
            mentees=rng.randint(1, 4),
            either=rng.randint(0, 4),
            capacities=(1, 2),
        )
        weights = WEIGHTS[trial % len(WEIGHTS)]
        best = _solve_with(mt_solver._general, people, weights)
        assert best == pytest.approx(brute_force(people, weights), abs=1e-6), trial


@pytest.mark.parametrize("relaxation", ["warm", "afresh"])
def test_the_general_solver_is_optimal_whichever_way_its_relaxation_is_solved(
    relaxation: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The relaxation keeps one HiGHS model from round to round where SciPy ships it, and
    # is solved afresh by linprog each round otherwise: both ways give the optimum.
    calls: list[str] = []
    warm = mt_solver._relaxation_warm
    afresh = mt_solver._relaxation

    def spy_warm(*args: Any) -> Any:
        calls.append("warm")
        if relaxation == "afresh":
            raise ImportError("no HiGHS object in this SciPy")
        return warm(*args)

    def spy_afresh(*args: Any) -> Any:
        calls.append("afresh")
        return afresh(*args)

    monkeypatch.setattr(mt_solver, "_relaxation_warm", spy_warm)
    monkeypatch.setattr(mt_solver, "_relaxation", spy_afresh)
    rng = random.Random(23)
    for trial in range(60):
        people = random_candidates(
            rng, mentors=rng.randint(0, 2), mentees=0, either=rng.randint(3, 9), capacities=(1, 2)
        )
        weights = WEIGHTS[trial % len(WEIGHTS)]
        best = _solve_with(mt_solver._general, people, weights)
        assert best == pytest.approx(brute_force(people, weights), abs=1e-6), trial
    assert "afresh" in calls if relaxation == "afresh" else "afresh" not in calls
    assert "warm" in calls


def _solve_with(
    solver: Callable[..., list[tuple[int, int]]], people: list[Candidate], w: MatchWeights
) -> float:
    people = [p for p in people if p.available]
    mentors = [p for p in people if p.can_mentor]
    mentees = [p for p in people if p.can_be_mentee]
    if not mentors or not mentees:
        return 0.0
    scores = score_matrix(mentors, mentees, w)
    mt_pool._keep_better_direction(scores, mentors, mentees)
    scores = np.where(scores > 0, scores, 0.0)
    if not (scores > 0).any():
        return 0.0
    chosen = solver(
        scores,
        scores > 0,
        np.array([p.remaining for p in mentors]),
        np.array([p.remaining for p in mentees]),
        [p.id for p in mentors],
        [p.id for p in mentees],
    )
    use: Counter[int] = Counter()
    for i, j in chosen:
        use[mentors[i].id] += 1
        use[mentees[j].id] += 1
    assert len(set(chosen)) == len(chosen)
    assert all(times <= next(p.remaining for p in people if p.id == m) for m, times in use.items())
    return float(sum(scores[i, j] for i, j in chosen))


def integer_program(people: list[Candidate], weights: MatchWeights) -> float:
    """The best total by SciPy's exact integer programming: a 0-1 variable per couple (in
    its better direction), each member within their remaining capacity."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    worth: dict[tuple[int, int], float] = {}
    for a in people:
        for b in people:
            found = score(a, b, weights)
            if found is not None and found[0] > 0:
                key = (min(a.id, b.id), max(a.id, b.id))
                worth[key] = max(worth.get(key, 0.0), found[0])
    keys = sorted(worth)
    if not keys:
        return 0.0
    position = {p.id: k for k, p in enumerate(people)}
    matrix = np.zeros((len(people), len(keys)))
    for e, (first, second) in enumerate(keys):
        matrix[position[first], e] = matrix[position[second], e] = 1
    room = [p.remaining if p.available else 0 for p in people]
    result = milp(
        -np.array([worth[k] for k in keys]),
        constraints=LinearConstraint(matrix, 0, room),
        integrality=np.ones(len(keys)),
        bounds=Bounds(0, 1),
        options={"mip_rel_gap": 0},
    )
    return float(-result.fun)


def test_propose_matches_an_integer_program_on_larger_pools() -> None:
    # Larger pools than brute force can handle, against scipy's exact integer programming.
    rng = random.Random(3)
    for trial in range(12):
        people = random_candidates(
            rng, mentors=12, mentees=12, either=rng.randint(4, 14), capacities=(1, 1, 1, 2, 3)
        )
        weights = WEIGHTS[trial % len(WEIGHTS)]
        total = check_proposal(people, propose(people, weights), weights)
        assert total == pytest.approx(integer_program(people, weights), abs=1e-6), trial


@pytest.mark.parametrize("rounds", [0, 1, mt_solver._CUT_ROUNDS], ids=lambda r: f"{r} rounds")
def test_pools_of_either_members_whose_relaxation_is_fractional(
    rounds: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Many members of role EITHER: the relaxation's optimum is often fractional (odd
    # cycles of half couples). Blossom cuts make it integral (all the rounds allowed), or
    # the solver goes on with the bound they give (one round), or with the plain
    # relaxation's (none): the total is the integer program's, whichever way.
    monkeypatch.setattr(mt_solver, "_CUT_ROUNDS", rounds)
    outcomes: Counter[str] = Counter()
    cuts = mt_solver._blossom_cuts

    def spy(*args: Any) -> Any:
        result = cuts(*args)
        outcomes["integral" if result[0] is not None else "fallback"] += 1
        return result

    monkeypatch.setattr(mt_solver, "_blossom_cuts", spy)
    for seed in (41, 42, 43):
        rng = random.Random(seed)
        for trial in range(14):
            people = random_candidates(
                rng,
                mentors=rng.randint(0, 3),
                mentees=rng.randint(0, 3),
                either=rng.randint(8, 20),
                capacities=(1, 1, 2, 3),
            )
            weights = WEIGHTS[trial % len(WEIGHTS)]
            total = check_proposal(people, propose(people, weights), weights)
            assert total == pytest.approx(integer_program(people, weights), abs=1e-6), (
                seed,
                trial,
            )
    assert outcomes["integral"] + outcomes["fallback"] >= 5  # fractional relaxations met
    if rounds == 0:
        assert not outcomes["integral"]
    elif rounds == 1:
        assert outcomes["integral"] and outcomes["fallback"]
    else:
        assert outcomes["integral"]


def test_members_on_both_sides_skip_the_assignment(monkeypatch: pytest.MonkeyPatch) -> None:
    # The assignment with members of role EITHER doubled on both sides nearly always used
    # one of them beyond their capacity and was thrown away: a member with couples on both
    # sides sends the problem to the general solver at once; without one, the assignment
    # (and its ties) is kept, even for a member who is a row and a column.
    calls: list[str] = []
    for name in ("_assignment", "_general"):
        original = getattr(mt_solver, name)

        def spy(*args: Any, _name: str = name, _original: Any = original) -> Any:
            calls.append(_name)
            return _original(*args)

        monkeypatch.setattr(mt_solver, name, spy)
    weights = np.array([[3.0, 1.5], [2.0, 0.0]])
    caps = np.array([1, 1])
    for col_ids, expected, best in (
        # Member 11 mentors member 10 (2) and is mentored by member 1 (1.5): not both.
        ([10, 11], "_general", [(0, 0)]),
        ([10, 12], "_assignment", [(0, 1), (1, 0)]),  # two different members
    ):
        calls.clear()
        assert mt_solver.solve(weights, caps, caps, [1, 11], col_ids) == best
        assert calls == [expected]
    weights[:, 1] = 0.0  # member 11 has no couple as a mentee any more
    calls.clear()
    assert mt_solver.solve(weights, caps, caps, [1, 11], [10, 11]) == [(0, 0)]
    assert calls == ["_assignment"]


def test_the_matrix_agrees_with_the_score_of_each_couple() -> None:
    rng = random.Random(5)
    for trial in range(30):
        people = random_candidates(rng, 6, 6, 4, (0, 1, 2))
        mentors = [p for p in people if p.can_mentor]
        mentees = [p for p in people if p.can_be_mentee]
        weights = WEIGHTS[trial % len(WEIGHTS)]
        matrix = score_matrix(mentors, mentees, weights)
        for i, a in enumerate(mentors):
            for j, b in enumerate(mentees):
                found = score(a, b, weights)
                if found is None:
                    assert np.isnan(matrix[i, j])
                else:
                    assert matrix[i, j] == found[0]


def _brute_force_matching(edges: list[tuple[int, int, int]], room: list[int]) -> int:
    @functools.cache
    def best(i: int, left: tuple[int, ...]) -> int:
        if i == len(edges):
            return 0
        result = best(i + 1, left)
        a, b, w = edges[i]
        if left[a] > 0 and left[b] > 0:
            rest = list(left)
            rest[a] -= 1
            rest[b] -= 1
            result = max(result, w + best(i + 1, tuple(rest)))
        return result

    return best(0, tuple(room))


def test_the_blossom_algorithm_on_random_graphs() -> None:
    rng = random.Random(2)
    for trial in range(1500):
        n = rng.randint(1, 9)
        density = rng.random()
        edges = [
            (a, b, rng.choice([1, 2, 3, 5, 8, 13]) * rng.randint(1, 4))
            for a in range(n)
            for b in range(a + 1, n)
            if rng.random() < density
        ]
        mate, dual = mt_blossom.max_weight_matching(n, edges)
        weight = {(a, b): w for a, b, w in edges} | {(b, a): w for a, b, w in edges}
        for v in range(n):
            assert mate[v] == -1 or mate[mate[v]] == v
            assert dual[v] >= 0
            assert mate[v] != -1 or dual[v] == 0  # single vertices end at zero
        value = sum(weight[v, mate[v]] for v in range(n) if mate[v] > v)
        assert value == _brute_force_matching(edges, [1] * n), trial


def test_b_matching_on_random_graphs() -> None:
    rng = random.Random(3)
    for trial in range(1500):
        n = rng.randint(1, 8)
        caps = [rng.randint(0, 3) for _ in range(n)]
        edges = [
            (a, b, rng.randint(1, 30))
            for a in range(n)
            for b in range(a + 1, n)
            if rng.random() < 0.6
        ]
        degree = Counter(v for a, b, _w in edges for v in (a, b))
        room = [min(caps[v], degree[v]) for v in range(n)]
        taken, duals = mt_solver._b_matching(edges, room)
        assert len(set(taken)) == len(taken)
        use = Counter(v for k in taken for v in edges[k][:2])
        assert all(use[v] <= caps[v] for v in range(n))
        assert sum(edges[k][2] for k in taken) == _brute_force_matching(edges, caps), trial
        assert duals is not None


def test_the_blossom_duals_certify_an_optimum_found_on_part_of_the_graph() -> None:
    # When no edge left out is worth more than its two ends' duals, the optimum on the part
    # is the optimum of the whole graph (the property _general relies on).
    rng = random.Random(4)
    certified = 0
    for trial in range(1500):
        n = rng.randint(2, 8)
        caps = [rng.randint(1, 3) for _ in range(n)]
        edges = [
            (a, b, rng.randint(1, 12))
            for a in range(n)
            for b in range(a + 1, n)
            if rng.random() < 0.7
        ]
        if not edges:
            continue
        degree = Counter(v for a, b, _w in edges for v in (a, b))
        room = [min(caps[v], degree[v]) for v in range(n)]
        part = [e for e in edges if rng.random() < 0.6]
        taken, duals = mt_solver._b_matching(part, room)
        assert duals is not None
        if all(duals[a] + duals[b] >= 2 * w for a, b, w in edges if (a, b, w) not in part):
            certified += 1
            best = _brute_force_matching(edges, caps)
            assert sum(part[k][2] for k in taken) == best, trial
    assert certified > 100


def test_capacity_two_on_both_sides_pairs_a_couple_once() -> None:
    skills = SkillIndex()
    mentor = candidate(
        1, "Zoé", "M", skills=skills, role=Role.MENTOR, remaining=2, offered=["A", "B"]
    )
    mentee = candidate(2, "Jean", "L", skills=skills, role=Role.MENTEE, remaining=2, wanted=["A"])
    other = candidate(3, "Ana", "L", skills=skills, role=Role.MENTEE, remaining=1, wanted=["B"])
    proposal = propose([mentor, mentee, other])
    assert couples(proposal) == {(1, 2), (1, 3)}


def test_an_either_member_shares_one_capacity_between_both_sides() -> None:
    skills = SkillIndex()
    young = candidate(1, "A", "A", skills=skills, role=Role.MENTOR, birth_year=2000, offered=["X"])
    middle = candidate(
        2, "B", "B", skills=skills, role=Role.EITHER, birth_year=1980, wanted=["X"], offered=["Y"]
    )
    old = candidate(
        3, "C", "C", skills=skills, role=Role.MENTEE, birth_year=1950, wanted=["Y", "X"]
    )
    # The triangle: only one pair can be formed from B's single place and A's.
    proposal = propose([young, middle, old], MatchWeights(age_gap=0))
    assert len(proposal) == 1
    roomy = dataclasses.replace(middle, remaining=2)
    assert couples(propose([young, roomy, old], MatchWeights(age_gap=0))) == {(1, 2), (2, 3)}


# -- the whole pool from the database -----------------------------------------------------------


def test_propose_pool_on_a_register(members: MemberService, db: Database) -> None:
    rng = random.Random(42)
    digital = ["Réseaux sociaux", "Visioconférence", "Tableur", "Montage vidéo", "IA"]
    trade = ["Négociation", "Gestion de projet", "Prise de décision", "Management"]
    ids = []
    for k in range(8):
        ids.append(
            members.add(
                MemberInput(
                    first_name=f"Jeune{k}",
                    last_name="Martin",
                    birth_year=rng.randint(1995, 2006),
                    role=Role.MENTOR if k < 6 else Role.EITHER,
                    capacity=rng.choice([1, 2]),
                    city=rng.choice(["Lyon", "Paris"]),
                    availability=rng.choice(AVAILABILITY[1:]),
                    mentor_training_on=TRAINED if k % 2 else None,
                    skills_offered=rng.sample(digital, 2),
                    skills_wanted=rng.sample(trade, 1),
                )
            ).id
        )
    for k in range(8):
        ids.append(
            members.add(
                MemberInput(
                    first_name=f"Senior{k}",
                    last_name="Durand",
                    birth_year=rng.randint(1950, 1975),
                    role=Role.MENTEE,
                    capacity=rng.choice([1, 1, 2]),
                    city=rng.choice(["Lyon", "Paris"]),
                    availability=rng.choice(AVAILABILITY[1:]),
                    skills_offered=rng.sample(trade, 2),
                    skills_wanted=rng.sample(digital, 2),
                )
            ).id
        )
    refuse(db, ids[0], ids[8])
    add_pair(db, ids[1], ids[9], PairStatus.ACTIVE)
    members.archive([ids[10]])

    proposal = propose_pool(db)

    pool = load_pool(db)
    people = list(pool.candidates.values())
    total = check_proposal(people, proposal, MatchWeights())
    assert total == pytest.approx(brute_force(people, MatchWeights()), abs=1e-6)
    assert (ids[0], ids[8]) not in couples(proposal)
    assert all(ids[10] not in (s.mentor_id, s.mentee_id) for s in proposal)
    assert proposal == propose(pool)
    untrained = {ids[k] for k in range(0, 8, 2)}
    for s in proposal:
        codes = [w.code for w in s.warnings]
        assert codes == (["mentor_untrained"] if s.mentor_id in untrained else [])


def test_propose_pool_on_an_empty_register(db: Database) -> None:
    assert propose_pool(db) == []
    assert load_pool(db).candidates == {}


# -- the command line ---------------------------------------------------------------------------


def test_match_command_numbers_the_members_and_writes_scores_in_french(
    members: MemberService, db: Database, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from mentorat_desktop.cli import main

    zoe_id = members.add(zoe(city="Villeurbanne")).id  # 10 + 4 + 3 + 2 + 3 + 1 - 0.5: 22.5
    fr_id = members.add(francois()).id
    SettingsService(db).set_match_weights(MatchWeights(age_gap=0.5))
    path = db.location  # the file, or the test server's database
    db.close()
    app = QCoreApplication.instance()
    assert app is not None
    locale = QLocale()

    def reset() -> None:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.setParent(None)

    try:
        reset()
        capsys.readouterr()
        assert main(["match", "--db", str(path), "--json", "--lang", "en"]) == 0
        [item] = json.loads(capsys.readouterr().out)
        assert (item["mentor_id"], item["mentee_id"]) == (zoe_id, fr_id)
        assert item["score"] == 22.5
        reset()
        assert main(["match", "--db", str(path), "--lang", "fr_FR"]) == 0
        first = capsys.readouterr().out.splitlines()[0]
        assert first.split("  ")[0].strip() == "22,5"
    finally:
        reset()
        QLocale.setDefault(locale)


# -- places: distance for in-person meetings, time zones for the others -----------------------


def _pair(
    mentor_city: str, mentee_city: str, mode: Mode = Mode.IN_PERSON
) -> tuple[Candidate, Candidate]:
    skills = SkillIndex()
    mentor = candidate(
        1,
        "Zoé",
        "Martin",
        skills=skills,
        role=Role.MENTOR,
        birth_year=2000,
        offered=["Réseaux sociaux"],
        city=mentor_city,
        mode=mode,
        availability="samedi matin",
    )
    mentee = candidate(
        2,
        "Odile",
        "Roy",
        skills=skills,
        role=Role.MENTEE,
        birth_year=1958,
        wanted=["Réseaux sociaux"],
        city=mentee_city,
        mode=Mode.ANY,
        availability="samedi matin",
    )
    return mentor, mentee


@pytest.mark.parametrize(
    ("mentor_city", "mentee_city", "kept"),
    [
        ("Angers", "Sherbrooke", False),
        ("Lyon", "Villeurbanne", True),
        ("Montréal", "Laval", True),  # Laval in Québec, not in Mayenne: the nearest counts
        ("Paris", "Lyon", False),
        ("Lyon", "lyon", True),
        ("Nulle-Part", "Sherbrooke", True),  # a place not in the table: not excluded
        ("Nulle-Part, France", "Sherbrooke", False),  # the countries differ
        ("", "Sherbrooke", True),
    ],
)
def test_in_person_needs_the_two_near(mentor_city: str, mentee_city: str, kept: bool) -> None:
    mentor, mentee = _pair(mentor_city, mentee_city)
    weights = MatchWeights()
    assert (score(mentor, mentee, weights) is not None) is kept
    assert bool(np.isfinite(score_matrix([mentor], [mentee], weights))[0, 0]) is kept
    assert (mt.too_far(mentor, mentee) is None) is kept


def test_too_far_says_how_far_and_the_distance_is_a_setting() -> None:
    from mentorat_desktop.i18n.reasons import reason_text

    mentor, mentee = _pair("Lyon", "Grenoble")  # about 95 km
    reason = mt.too_far(mentor, mentee)
    assert reason is not None and reason.code == "too_far"
    assert reason.params["mentor_city"] == "Lyon" and 80 < int(str(reason.params["km"])) < 110
    assert "Grenoble" in reason_text(reason.code, reason.params)
    assert score(mentor, mentee, MatchWeights(max_distance_km=120)) is not None
    saved = MatchWeights(max_distance_km=120).to_json()
    assert MatchWeights.from_json(saved).max_distance_km == 120


def test_video_across_the_atlantic_has_no_availability_on_paper() -> None:
    from mentorat_desktop.i18n.reasons import reason_text

    mentor, mentee = _pair("Angers", "Sherbrooke", mode=Mode.VIDEO)
    scored = score(mentor, mentee, MatchWeights())
    assert scored is not None
    assert "availability" not in [r.code for r in scored[1]]
    [warning] = [w for w in mt.warnings_for(mentor, mentee) if w.code == "time_zones"]
    assert warning.params["hours"] == 6
    assert "samedi matin" in reason_text(warning.code, warning.params)
    assert score_matrix([mentor], [mentee], MatchWeights())[0, 0] == pytest.approx(scored[0])
    # The same two in one country share their Saturday morning.
    near, other = _pair("Angers", "Nantes", mode=Mode.VIDEO)
    kept = score(near, other, MatchWeights())
    assert kept is not None and "availability" in [r.code for r in kept[1]]
    assert not [w for w in mt.warnings_for(near, other) if w.code == "time_zones"]


def test_the_demo_pool_has_no_in_person_pair_across_the_atlantic(tmp_path: Path) -> None:
    from mentorat_desktop.core.database import open_database
    from mentorat_desktop.core.demo import write_demo_database
    from mentorat_desktop.core.places import country_of

    path = tmp_path / "demo.sqlite"
    write_demo_database(path)
    demo = open_database(path)
    try:
        pool = load_pool(demo)
        proposed = propose_pool(demo)
    finally:
        demo.close()
    assert proposed
    for s in proposed:
        mentor, mentee = pool.candidates[s.mentor_id], pool.candidates[s.mentee_id]
        if Mode.IN_PERSON in (mentor.mode, mentee.mode):
            assert country_of(mentor.city) == country_of(mentee.city), (mentor.city, mentee.city)
            assert mt.too_far(mentor, mentee) is None
