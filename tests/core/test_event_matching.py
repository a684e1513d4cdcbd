"""Wishes after a speed-meeting raise the couple's score in the matching, with the reason
("met at the speed-meeting of 12 March; both wish to continue"), in the score of one couple
and in the whole-pool matrix alike."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.event.wishes import EventService
from mentorat_desktop.core.matching import (
    Candidate,
    MatchWeights,
    SkillIndex,
    best_for,
    candidate,
    score,
    score_matrix,
)
from mentorat_desktop.core.matching.weights import WISH_BOTH_BONUS, WISH_ONE_BONUS
from mentorat_desktop.core.services.members import MemberInput, MemberService

MARCH, JANUARY = "2026-03-12", "2026-01-08"


def _couple() -> tuple[Candidate, Candidate]:
    skills = SkillIndex()
    mentor = candidate(
        1, "Zoé", "Martin", skills=skills, role=Role.MENTOR, birth_year=2001, offered=["Excel"]
    )
    mentee = candidate(
        2, "Odile", "Roy", skills=skills, role=Role.MENTEE, birth_year=1955, wanted=["Excel"]
    )
    return mentor, mentee


@pytest.mark.parametrize(
    ("mentor_wishes", "mentee_wishes", "bonus", "params"),
    [
        ({2: MARCH}, {1: MARCH}, WISH_BOTH_BONUS, {"date": MARCH, "both": True}),
        ({2: MARCH}, {}, WISH_ONE_BONUS, {"date": MARCH, "both": False, "who": "Zoé"}),
        ({}, {1: JANUARY}, WISH_ONE_BONUS, {"date": JANUARY, "both": False, "who": "Odile"}),
    ],
)
def test_a_wish_adds_its_bonus_and_its_reason(
    mentor_wishes: dict[int, str],
    mentee_wishes: dict[int, str],
    bonus: float,
    params: dict[str, Any],
) -> None:
    mentor, mentee = _couple()
    weights = MatchWeights()
    base, base_reasons = score(mentor, mentee, weights) or (0.0, ())
    mentor = dataclasses.replace(mentor, wishes=mentor_wishes)
    mentee = dataclasses.replace(mentee, wishes=mentee_wishes)
    scored = score(mentor, mentee, weights)
    assert scored is not None
    assert scored[0] == pytest.approx(base + bonus)
    met = [r for r in scored[1] if r.code == "met_at_event"]
    assert [r.params for r in met] == [params]
    assert "met_at_event" not in {r.code for r in base_reasons}
    # The whole-pool matrix gives the same score.
    assert score_matrix([mentor], [mentee], weights)[0, 0] == pytest.approx(scored[0])


def test_the_matrix_counts_each_wish_once_on_a_larger_pool() -> None:
    skills = SkillIndex()
    mentors = [
        candidate(i, f"M{i}", "X", skills=skills, role=Role.MENTOR, birth_year=2000, offered=["A"])
        for i in range(1, 5)
    ]
    mentees = [
        candidate(i, f"E{i}", "Y", skills=skills, role=Role.MENTEE, birth_year=1950, wanted=["A"])
        for i in range(11, 15)
    ]
    mentors[0] = dataclasses.replace(mentors[0], wishes={11: "2026-03-12", 12: "2026-03-12"})
    mentees[0] = dataclasses.replace(mentees[0], wishes={1: "2026-03-12"})
    mentees[3] = dataclasses.replace(mentees[3], wishes={2: "2026-03-12"})
    weights = MatchWeights()
    matrix = score_matrix(mentors, mentees, weights)
    for i, mentor in enumerate(mentors):
        for j, mentee in enumerate(mentees):
            scored = score(mentor, mentee, weights)
            assert scored is not None
            assert matrix[i, j] == pytest.approx(scored[0])
    plain = matrix[2, 2]
    assert matrix[0, 0] == pytest.approx(plain + WISH_BOTH_BONUS)
    assert matrix[0, 1] == pytest.approx(plain + WISH_ONE_BONUS)
    assert matrix[1, 3] == pytest.approx(plain + WISH_ONE_BONUS)
    assert np.count_nonzero(matrix > plain) == 3


def test_wishes_recorded_after_an_evening_lift_that_couple_first(
    db: Database, members: MemberService
) -> None:
    def add(
        first: str, year: int, role: Role, offered: Sequence[str] = (), wanted: Sequence[str] = ()
    ) -> int:
        return members.add(
            MemberInput(
                first_name=first,
                last_name="Martin",
                birth_year=year,
                role=role,
                skills_offered=list(offered),
                skills_wanted=list(wanted),
            )
        ).id

    odile = add("Odile", 1952, Role.MENTEE, wanted=["Excel", "Vidéo"])
    # Zoé teaches two things Odile wants, Léo one: without wishes Zoé comes first.
    zoe = add("Zoé", 2001, Role.MENTOR, offered=["Excel", "Vidéo"])
    leo = add("Léo", 2000, Role.MENTOR, offered=["Excel"])
    assert [s.mentor_id for s in best_for(db, odile)] == [zoe, leo]
    events = EventService(db)
    evening = events.create("speed_meeting", dt.date(2026, 3, 12), rounds=4)
    events.set_wishes(evening.id, odile, [leo])
    events.set_wishes(evening.id, leo, [odile])
    found = best_for(db, odile)
    assert [s.mentor_id for s in found] == [leo, zoe]
    reasons = {r.code: r.params for r in found[0].reasons}
    assert reasons["met_at_event"] == {"date": "2026-03-12", "both": True}
