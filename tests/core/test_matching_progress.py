"""The whole-pool proposal tells its steps and can be stopped between two of them."""

from __future__ import annotations

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.matching import propose_pool
from mentorat_desktop.core.matching.pool import PROPOSAL_STEPS
from mentorat_desktop.core.services.members import MemberInput, MemberService


@pytest.fixture
def two(members: MemberService) -> None:
    members.add(
        MemberInput(
            first_name="Zoé",
            last_name="Vidal",
            birth_year=2001,
            role=Role.MENTOR,
            skills_offered=["Réseaux sociaux"],
        )
    )
    members.add(
        MemberInput(
            first_name="François",
            last_name="Roy",
            birth_year=1956,
            role=Role.MENTEE,
            skills_wanted=["Réseaux sociaux"],
        )
    )


def test_every_step_is_told_in_order(db: Database, two: None) -> None:
    told: list[tuple[int, int]] = []
    proposal = propose_pool(db, progress=lambda done, total: told.append((done, total)))
    assert len(proposal) == 1
    assert told == [(k, PROPOSAL_STEPS) for k in range(PROPOSAL_STEPS + 1)]


class Stop(Exception):
    pass


@pytest.mark.parametrize("at", range(PROPOSAL_STEPS + 1))
def test_an_exception_from_progress_stops_the_work(db: Database, two: None, at: int) -> None:
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done == at:
            raise Stop

    with pytest.raises(Stop):
        propose_pool(db, progress=progress)
    assert seen == list(range(at + 1))
