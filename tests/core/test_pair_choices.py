"""The light list of pairs that pickers offer: names and status only, in the same order as
the full list (mentor then mentee, last then first name, accents ignored)."""

from __future__ import annotations

import datetime as dt

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import EndReason, PairStatus, Role
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import PairChoice, PairInput, PairService

TODAY = dt.date.today()


def add(members: MemberService, first: str, last: str, role: Role) -> int:
    data = MemberInput(first_name=first, last_name=last, role=role, capacity=3)
    return members.add(data).id


def test_no_pairs(db: Database) -> None:
    assert PairService(db).list_choices() == []


def test_choices_give_names_and_status_in_the_order_of_the_full_list(
    db: Database, members: MemberService
) -> None:
    pairs = PairService(db)
    emile = add(members, "Émile", "Émery", Role.MENTOR)
    zoe = add(members, "Zoé", "Adam", Role.MENTOR)
    leo = add(members, "Léo", "Bélanger", Role.MENTOR)
    anne = add(members, "Anne", "Dupont", Role.MENTEE)
    helene = add(members, "Hélène", "Côté", Role.MENTEE)
    started = TODAY - dt.timedelta(days=90)
    proposed = pairs.create(PairInput(leo, anne)).id
    active = pairs.create(PairInput(zoe, anne, start_date=started)).id
    paused = pairs.create(PairInput(emile, helene, start_date=started)).id
    pairs.pause(paused, TODAY - dt.timedelta(days=10))
    ended = pairs.create(PairInput(zoe, helene, start_date=started)).id
    pairs.end(ended, TODAY, EndReason.MISMATCH)

    choices = pairs.list_choices()

    assert choices == [
        PairChoice(ended, "Zoé Adam", "Hélène Côté", PairStatus.ENDED),
        PairChoice(active, "Zoé Adam", "Anne Dupont", PairStatus.ACTIVE),
        PairChoice(proposed, "Léo Bélanger", "Anne Dupont", PairStatus.PROPOSED),
        PairChoice(paused, "Émile Émery", "Hélène Côté", PairStatus.PAUSED),
    ]  # "Côté" as "cote", "Émery" as "emery": accents ignored
    assert choices == [
        PairChoice(p.id, p.mentor_name, p.mentee_name, p.status) for p in pairs.list_pairs()
    ]
