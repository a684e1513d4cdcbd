"""Refused suggestions: listing them, forgetting one, and the matching suggesting the couple
again once forgotten."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.errors import NotFoundError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.matching import propose_pool
from mentorat_desktop.core.services.members import MemberInput, MemberRecord, MemberService
from mentorat_desktop.core.services.pairs import PairService
from mentorat_desktop.core.services.refusals import RefusalRecord, RefusalService


def add(
    members: MemberService,
    first: str,
    last: str,
    year: int,
    role: Role,
    offered: list[str],
    wanted: list[str],
) -> MemberRecord:
    return members.add(
        MemberInput(
            first_name=first,
            last_name=last,
            birth_year=year,
            role=role,
            skills_offered=offered,
            skills_wanted=wanted,
        )
    )


Trio = tuple[MemberRecord, MemberRecord, MemberRecord]


@pytest.fixture
def people(members: MemberService) -> Trio:
    adrien = add(members, "Adrien", "Morel", 2001, Role.MENTOR, ["Réseaux sociaux"], ["Vente"])
    odile = add(members, "Odile", "Roy", 1957, Role.MENTEE, ["Vente"], ["Réseaux sociaux"])
    zoe = add(members, "Zoé", "Vidal", 1999, Role.MENTOR, ["Tableur"], ["Gestion"])
    return adrien, odile, zoe


def test_empty(db: Database) -> None:
    assert RefusalService(db).list() == []


def test_list_gives_names_dates_and_reasons(db: Database, people: Trio) -> None:
    adrien, odile, zoe = people
    pairs = PairService(db)
    pairs.refuse_match(zoe.id, odile.id)
    pairs.refuse_match(adrien.id, odile.id, "  Même service ")
    with db.transaction() as session:  # an older refusal, to see the order
        from sqlalchemy import text

        session.execute(
            text("UPDATE refused_match SET refused_on = '2025-03-04' WHERE mentor_id = :m"),
            {"m": zoe.id},
        )
    today = dt.date.today()
    assert RefusalService(db).list() == [
        RefusalRecord(adrien.id, "Adrien Morel", odile.id, "Odile Roy", today, "Même service"),
        RefusalRecord(zoe.id, "Zoé Vidal", odile.id, "Odile Roy", dt.date(2025, 3, 4), None),
    ]


def test_forget_removes_only_that_refusal_and_announces(db: Database, people: Trio) -> None:
    adrien, odile, zoe = people
    pairs = PairService(db)
    pairs.refuse_match(adrien.id, odile.id)
    pairs.refuse_match(zoe.id, odile.id)
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    RefusalService(db).forget(adrien.id, odile.id)
    db.bus.unsubscribe(heard.append)
    assert heard == [Topic.PAIRS]
    assert pairs.refused_pairs() == {(zoe.id, odile.id)}
    assert [(r.mentor_id, r.mentee_id) for r in RefusalService(db).list()] == [(zoe.id, odile.id)]


def test_forget_what_was_not_refused(db: Database, people: Trio) -> None:
    adrien, odile, zoe = people
    PairService(db).refuse_match(adrien.id, odile.id)
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    with pytest.raises(NotFoundError):
        RefusalService(db).forget(odile.id, adrien.id)  # the other way round: not refused
    with pytest.raises(NotFoundError):
        RefusalService(db).forget(zoe.id, 999)
    db.bus.unsubscribe(heard.append)
    assert heard == []
    assert PairService(db).refused_pairs() == {(adrien.id, odile.id)}


def test_a_forgotten_refusal_may_be_suggested_again(db: Database, people: Trio) -> None:
    adrien, odile, _zoe = people

    def couples() -> set[tuple[int, int]]:
        return {(s.mentor_id, s.mentee_id) for s in propose_pool(db)}

    assert (adrien.id, odile.id) in couples()
    PairService(db).refuse_match(adrien.id, odile.id)
    assert (adrien.id, odile.id) not in couples()
    RefusalService(db).forget(adrien.id, odile.id)
    assert (adrien.id, odile.id) in couples()
