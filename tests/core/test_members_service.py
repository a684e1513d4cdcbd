"""The members register: add, read, validate, refuse duplicates, edit, archive and restore."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Generation, MemberStatus, Mode, Role
from mentorat_desktop.core.errors import NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.models import Member
from mentorat_desktop.core.services.members import MemberInput, MemberService

TODAY = dt.date.today()


def full_input(**changes: object) -> MemberInput:
    """A member with every field filled in."""
    data = MemberInput(
        first_name="Hélène",
        last_name="Côté",
        birth_year=1958,
        email="helene.cote@exemple.qc.ca",
        phone="+1 (514) 555-0142",
        city="Trois-Rivières",
        organisation="Caisse populaire",
        department="Comptabilité",
        manager_name="Jean Tremblay",
        years_experience=35,
        languages="français, anglais",
        role=Role.MENTEE,
        availability="mardi après-midi",
        preferred_mode=Mode.IN_PERSON,
        capacity=2,
        mentor_training_on=dt.date(2024, 3, 1),
        consent_on=dt.date(2024, 2, 15),
        notes="Souhaite apprivoiser la visioconférence.",
        skills_offered=["Gestion de projet", "Négociation"],
        skills_wanted=["Réseaux sociaux", "Visioconférence"],
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def young_input(**changes: object) -> MemberInput:
    data = MemberInput(
        first_name="Léo",
        last_name="Bélanger",
        birth_year=2001,
        email="leo@exemple.qc.ca",
        role=Role.MENTOR,
        skills_offered=["Réseaux sociaux"],
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def refused(action: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        action()  # type: ignore[operator]
    return info.value


# -- adding and reading ------------------------------------------------------------------


def test_add_with_every_field_and_read_back(members: MemberService) -> None:
    data = full_input()
    added = members.add(data)
    assert added.id > 0
    got = members.get(added.id)
    for field in dataclasses.fields(MemberInput):
        expected = getattr(data, field.name)
        actual = getattr(got, field.name)
        if field.name.startswith("skills_"):
            assert sorted(actual) == sorted(expected), field.name
        else:
            assert actual == expected, field.name
    assert got.status == MemberStatus.ACTIVE
    assert got.full_name == "Hélène Côté"
    assert got.generation == Generation.BABY_BOOMER
    no_skills = {"skills_offered": (), "skills_wanted": ()}
    assert dataclasses.replace(added, **no_skills) == dataclasses.replace(got, **no_skills)
    assert got.to_input().skills_wanted == list(got.skills_wanted)


def test_list_members_includes_skills_and_is_ordered(members: MemberService) -> None:
    helene = members.add(full_input())
    leo = members.add(young_input())
    listed = members.list_members()
    assert [m.id for m in listed] == [leo.id, helene.id]  # Bélanger before Côté
    by_id = {m.id: m for m in listed}
    assert by_id[helene.id].skills_offered == ("Gestion de projet", "Négociation")
    assert by_id[helene.id].skills_wanted == ("Réseaux sociaux", "Visioconférence")
    assert by_id[leo.id].skills_offered == ("Réseaux sociaux",)
    assert by_id[leo.id].skills_wanted == ()
    assert by_id[helene.id] == members.get(helene.id)
    assert members.count() == 2


def test_input_is_cleaned(members: MemberService) -> None:
    record = members.add(
        MemberInput(
            first_name="  Marie   Ève ",
            last_name=" Tremblay ",
            email="  Marie.Tremblay@Exemple.CA ",
            city="   ",
            skills_offered=["  Excel ", "", "excel"],
        )
    )
    assert record.first_name == "Marie Ève"
    assert record.last_name == "Tremblay"
    assert record.email == "marie.tremblay@exemple.ca"
    assert record.city is None
    assert record.skills_offered == ("Excel",)


def test_get_unknown_member(members: MemberService) -> None:
    with pytest.raises(NotFoundError):
        members.get(4242)


# -- validation: the right field and code, and nothing written -----------------------------


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"first_name": ""}, "first_name", "required"),
        ({"first_name": "   "}, "first_name", "required"),
        ({"last_name": ""}, "last_name", "required"),
        ({"email": "helene.exemple.qc.ca"}, "email", "email_invalid"),
        ({"email": "helene@exemple"}, "email", "email_invalid"),
        ({"phone": "514 555 CAFE"}, "phone", "phone_invalid"),
        ({"phone": "12-34"}, "phone", "phone_too_short"),
        ({"birth_year": 1899}, "birth_year", "year_range"),
        ({"birth_year": TODAY.year}, "birth_year", "year_range"),
        ({"consent_on": TODAY + dt.timedelta(days=1)}, "consent_on", "date_in_future"),
        (
            {"mentor_training_on": TODAY + dt.timedelta(days=1)},
            "mentor_training_on",
            "date_in_future",
        ),
        ({"capacity": 11}, "capacity", "number_range"),
        ({"capacity": -1}, "capacity", "number_range"),
        ({"years_experience": 71}, "years_experience", "number_range"),
        ({"city": "x" * 101}, "city", "too_long"),
        ({"skills_offered": ["x" * 121]}, "skills_offered", "too_long"),
    ],
)
def test_invalid_input_is_refused_and_nothing_is_written(
    db: Database, members: MemberService, changes: dict[str, object], field: str, code: str
) -> None:
    members.add(young_input())
    count, skills = members.count(), members.skill_names()
    events: list[Topic] = []
    db.bus.subscribe(events.append)

    error = refused(lambda: members.add(full_input(**changes)))

    found = error.for_field(field)
    assert found is not None, error.errors
    assert found.code == code
    assert members.count() == count
    assert members.skill_names() == skills
    assert events == []


def test_birth_year_range_params(members: MemberService) -> None:
    error = refused(lambda: members.add(full_input(birth_year=1899)))
    found = error.for_field("birth_year")
    assert found is not None
    assert found.params == {"min": 1900, "max": TODAY.year - 10}


def test_every_problem_is_reported_at_once(members: MemberService) -> None:
    error = refused(
        lambda: members.add(MemberInput(email="non", phone="abc", capacity=99, birth_year=1800))
    )
    assert {e.field for e in error.errors} == {
        "first_name",
        "last_name",
        "email",
        "phone",
        "capacity",
        "birth_year",
    }
    assert members.count() == 0


@pytest.mark.parametrize(
    "changes",
    [
        {"birth_year": 1900},
        {"birth_year": TODAY.year - 10},
        {"consent_on": TODAY, "mentor_training_on": TODAY},
        {"capacity": 0},
        {"capacity": 10},
        {"email": None, "phone": None, "birth_year": None},
        {"phone": "06 12 34 56 78"},
    ],
)
def test_limits_are_accepted(members: MemberService, changes: dict[str, object]) -> None:
    members.add(full_input(**changes))
    assert members.count() == 1


def test_invalid_update_changes_nothing(members: MemberService) -> None:
    record = members.add(full_input())
    refused(lambda: members.update(record.id, full_input(capacity=50, skills_offered=["Excel"])))
    assert members.get(record.id) == record
    assert "Excel" not in members.skill_names()


# -- duplicates --------------------------------------------------------------------------


def test_same_email_in_another_case_is_a_duplicate(members: MemberService) -> None:
    members.add(full_input(email="Helene.Cote@Exemple.QC.ca"))
    error = refused(
        lambda: members.add(young_input(email="HELENE.COTE@exemple.qc.ca", first_name="Autre"))
    )
    found = error.for_field("email")
    assert found is not None
    assert found.code == "duplicate_email"
    assert found.params == {"name": "Hélène Côté"}
    assert members.count() == 1


def test_same_folded_name_and_birth_year_is_a_duplicate(members: MemberService) -> None:
    members.add(full_input(first_name="Helene", last_name="Cote", email=None))
    error = refused(lambda: members.add(full_input(email="autre@exemple.ca")))
    found = error.for_field("last_name")
    assert found is not None
    assert found.code == "duplicate_person"
    assert found.params == {"name": "Helene Cote"}
    assert members.count() == 1


def test_same_name_other_birth_year_is_not_a_duplicate(members: MemberService) -> None:
    members.add(full_input(email=None))
    members.add(full_input(email=None, birth_year=1990))
    assert members.count() == 2


# -- editing -----------------------------------------------------------------------------


def test_update_changes_fields_and_skills(db: Database, members: MemberService) -> None:
    record = members.add(full_input())
    events: list[Topic] = []
    db.bus.subscribe(events.append)

    updated = members.update(
        record.id,
        full_input(
            city="Sherbrooke",
            capacity=1,
            role=Role.EITHER,
            notes=None,
            skills_offered=["Négociation", "Comptabilité"],
            skills_wanted=[],
        ),
    )

    assert Topic.MEMBERS in events
    assert updated.id == record.id
    got = members.get(record.id)
    assert got.city == "Sherbrooke"
    assert got.capacity == 1
    assert got.role == Role.EITHER
    assert got.notes is None
    assert sorted(got.skills_offered) == ["Comptabilité", "Négociation"]
    assert got.skills_wanted == ()
    assert members.count() == 1
    # The catalogue keeps skills nobody holds any more.
    assert "Visioconférence" in members.skill_names()


def test_update_keeping_own_email_is_fine(members: MemberService) -> None:
    record = members.add(full_input())
    members.update(record.id, full_input(email=record.email.upper(), city="Lévis"))
    assert members.get(record.id).city == "Lévis"


def test_update_to_another_members_email_is_refused(members: MemberService) -> None:
    helene = members.add(full_input())
    leo = members.add(young_input())
    error = refused(lambda: members.update(leo.id, young_input(email=helene.email)))
    found = error.for_field("email")
    assert found is not None
    assert found.code == "duplicate_email"
    assert members.get(leo.id).email == "leo@exemple.qc.ca"


def test_update_unknown_member(members: MemberService) -> None:
    with pytest.raises(NotFoundError):
        members.update(4242, full_input())


# -- archiving ---------------------------------------------------------------------------


def archived_at(db: Database, member_id: int) -> dt.datetime | None:
    with db.reading() as session:
        member = session.get(Member, member_id)
        assert member is not None
        return member.archived_at


def test_archive_then_restore(db: Database, members: MemberService) -> None:
    helene = members.add(full_input())
    leo = members.add(young_input())

    before = dt.datetime.now().replace(microsecond=0)
    members.archive([helene.id])
    after = dt.datetime.now()

    assert members.get(helene.id).status == MemberStatus.ARCHIVED
    stamp = archived_at(db, helene.id)
    assert stamp is not None
    assert before <= stamp <= after
    assert [m.id for m in members.list_members(include_archived=False)] == [leo.id]
    assert {m.id for m in members.list_members()} == {helene.id, leo.id}
    assert members.count() == 2  # archiving deletes nothing
    assert members.get(helene.id).skills_wanted  # skills kept

    members.restore([helene.id])
    assert members.get(helene.id).status == MemberStatus.ACTIVE
    assert archived_at(db, helene.id) is None
    assert {m.id for m in members.list_members(include_archived=False)} == {helene.id, leo.id}


def test_archive_unknown_member_changes_nothing(members: MemberService) -> None:
    helene = members.add(full_input())
    with pytest.raises(NotFoundError):
        members.archive([helene.id, 4242])
    assert members.get(helene.id).status == MemberStatus.ACTIVE


# -- skills catalogue --------------------------------------------------------------------


def test_skill_spellings_are_one_catalogue_entry(members: MemberService) -> None:
    members.add(full_input(skills_wanted=["Réseaux sociaux"], skills_offered=[]))
    leo = members.add(young_input(skills_offered=["reseaux  sociaux", "RÉSEAUX SOCIAUX"]))
    assert members.skill_names() == ["Réseaux sociaux"]
    assert leo.skills_offered == ("Réseaux sociaux",)  # the catalogue's spelling


def test_same_skill_offered_and_wanted(members: MemberService) -> None:
    record = members.add(
        full_input(skills_offered=["Réseaux sociaux"], skills_wanted=["reseaux sociaux"])
    )
    got = members.get(record.id)
    assert got.skills_offered == ("Réseaux sociaux",)
    assert got.skills_wanted == ("Réseaux sociaux",)
    assert members.skill_names() == ["Réseaux sociaux"]


def test_skill_names_sort_ignoring_accents(members: MemberService) -> None:
    members.add(full_input(skills_offered=["Tableur", "Écriture", "animation"], skills_wanted=[]))
    assert members.skill_names() == ["animation", "Écriture", "Tableur"]


# -- change announcements and transactions -----------------------------------------------


def test_bus_announces_member_changes(db: Database, members: MemberService) -> None:
    events: list[Topic] = []
    db.bus.subscribe(events.append)

    record = members.add(full_input())
    assert Topic.MEMBERS in events

    events.clear()
    members.update(record.id, full_input(city="Gatineau"))
    assert Topic.MEMBERS in events

    events.clear()
    members.archive([record.id])
    assert events == [Topic.MEMBERS]

    events.clear()
    members.restore([record.id])
    assert events == [Topic.MEMBERS]

    events.clear()
    refused(lambda: members.add(full_input(email="pas-un-courriel")))
    refused(lambda: members.add(full_input()))  # duplicate
    assert events == []


def test_transaction_that_raises_leaves_nothing(db: Database, members: MemberService) -> None:
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Member(first_name="Hélène", last_name="Côté"))
        session.flush()
        raise RuntimeError("midway")
    assert members.count() == 0
    members.add(full_input())  # the database is still usable
    assert members.count() == 1
