"""The sign-up kiosk's core: a sign-up refused without consent or a way to reach the person,
kept waiting, spotted when it is someone already in the register, accepted as a member in
one transaction (its personal fields then cleared), or deleted."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Mode, Role
from mentorat_desktop.core.errors import NotFoundError, ValidationError
from mentorat_desktop.core.event.kiosk import CONSENT_HOW, KioskService, SignupInput
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.services.members import MemberInput, MemberService

GINETTE = SignupInput(
    first_name=" Ginette ",
    last_name="Tremblay",
    birth_year=1954,
    phone="819 555-0199",
    role=Role.MENTEE,
    offered="Couture, Cuisine",
    wanted="Tablette; Photos",
    availability="mardi après-midi",
    preferred_mode=Mode.IN_PERSON,
    language="fr_CA",
    consent_keep=True,
    consent_contact=True,
)


def test_a_signup_without_consent_or_contact_is_refused(db: Database) -> None:
    kiosk = KioskService(db)
    with pytest.raises(ValidationError) as info:
        kiosk.submit(SignupInput(first_name="Ana", last_name="Roy", birth_year=1990))
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("email", "required"),
        ("consent_keep", "required"),
    }
    with pytest.raises(ValidationError) as info:
        kiosk.submit(SignupInput(first_name="Ana", last_name="Roy", email="pas un courriel",
                                 consent_keep=True))  # fmt: skip
    assert {e.code for e in info.value.errors} == {"email_invalid"}
    assert kiosk.waiting() == []


def test_a_signup_waits_then_becomes_a_member(db: Database, members: MemberService) -> None:
    kiosk = KioskService(db)
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    signup_id = kiosk.submit(GINETTE)
    assert heard == [Topic.MEMBERS]
    (waiting,) = kiosk.waiting()
    assert waiting.data.first_name == "Ginette"
    assert waiting.duplicate_of is None
    assert kiosk.count_waiting() == 1
    member_id = kiosk.accept(signup_id)
    member = members.get(member_id)
    assert (member.first_name, member.last_name, member.birth_year) == ("Ginette", "Tremblay", 1954)
    assert member.role == Role.MENTEE and member.preferred_mode == Mode.IN_PERSON
    assert list(member.skills_offered) == ["Couture", "Cuisine"]
    assert sorted(member.skills_wanted) == ["Photos", "Tablette"]
    assert member.consent_keep and member.consent_contact and not member.consent_share
    assert member.consent_on == dt.date.today() and member.consent_how == CONSENT_HOW
    assert kiosk.waiting() == []
    # The waiting list keeps nothing personal once accepted.
    row = db.query("SELECT first_name, phone, wanted, status, member_id FROM kiosk_signup")
    assert row == [(None, None, None, "accepted", member_id)]
    with pytest.raises(NotFoundError):
        kiosk.accept(signup_id)


def test_someone_already_registered_is_spotted_and_not_added_twice(
    db: Database, members: MemberService
) -> None:
    members.add(MemberInput(first_name="Ginette", last_name="TREMBLAY", birth_year=1954))
    kiosk = KioskService(db)
    signup_id = kiosk.submit(GINETTE)
    (waiting,) = kiosk.waiting()
    assert waiting.duplicate_of == "Ginette TREMBLAY"
    before = db.query("SELECT count(*) FROM member")
    with pytest.raises(ValidationError) as info:
        kiosk.accept(signup_id)
    assert {e.code for e in info.value.errors} == {"duplicate_person"}
    assert db.query("SELECT count(*) FROM member") == before
    kiosk.delete(signup_id)
    assert kiosk.waiting() == []
    assert db.query("SELECT count(*) FROM kiosk_signup") == [(0,)]
