"""Mentor training: sessions, invitations, attendance, and the training date it gives."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.followup import ReasonCode, to_follow_up
from mentorat_desktop.core.privacy import person_data, person_rows
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.core.services.training import TrainingService

DAY = dt.date(2026, 3, 14)


@pytest.fixture
def training(db: Database) -> TrainingService:
    return TrainingService(db)


def _member(members: MemberService, first: str, role: Role = Role.MENTOR, **kw: Any) -> int:
    return members.add(
        MemberInput(
            first_name=first,
            last_name="Martin",
            birth_year=2000 if role is Role.MENTOR else 1955,
            email=f"{first.lower()}@exemple.org",
            role=role,
            **kw,
        )
    ).id


def _trained_on(members: MemberService, member_id: int) -> dt.date | None:
    return members.get(member_id).mentor_training_on


def test_create_reads_back_and_derives_the_full_day(training: TrainingService) -> None:
    short = training.create(
        "  Écouter   sans juger ",
        DAY,
        150,
        place=" Maison des associations ",
        trainer="Chloé Gagnon",
        topics=" Écoute active\nTransmettre ",
    )
    assert short.title == "Écouter sans juger"
    assert (short.held_on, short.duration_minutes, short.full_day) == (DAY, 150, False)
    assert short.place == "Maison des associations"
    assert short.topics == "Écoute active\nTransmettre"
    day = training.create("Journée", DAY + dt.timedelta(days=7), 7 * 60)
    assert day.full_day  # six hours or more: morning and afternoon
    assert not training.create("Long mais en une fois", DAY, 420, full_day=False).full_day
    assert training.list_sessions()[0].title == "Journée"  # the latest first
    assert training.get(short.id) == short


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("", DAY, 60), FieldError("title", "required")),
        (("x" * 201, DAY, 60), FieldError("title", "too_long", {"max": 200})),
        (("T", DAY, 0), FieldError("duration_minutes", "duration_zero")),
        (("T", DAY, 13 * 60), FieldError("duration_minutes", "duration_too_long")),
    ],
)
def test_bad_sessions_are_refused_and_nothing_is_written(
    db: Database, training: TrainingService, args: tuple[Any, ...], error: FieldError
) -> None:
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    with pytest.raises(ValidationError) as info:
        training.create(*args)
    assert error in info.value.errors
    assert training.list_sessions() == []
    assert heard == []


def test_attending_gives_the_training_date_and_announces_members(
    db: Database, training: TrainingService, members: MemberService
) -> None:
    leo = _member(members, "Léo")
    zoe = _member(members, "Zoé")
    session = training.create("Formation", DAY, 180)
    assert training.invite(session.id, [leo, zoe, leo]) == 2
    assert [(a.first_name, a.invited, a.attended) for a in training.attendance(session.id)] == [
        ("Léo", True, False),
        ("Zoé", True, False),
    ]
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    assert training.attend(session.id, [leo]) == [leo]
    assert heard == [Topic.TRAINING, Topic.MEMBERS]
    assert _trained_on(members, leo) == DAY
    assert _trained_on(members, zoe) is None
    record = training.get(session.id)
    assert (record.listed_count, record.attended_count) == (2, 1)
    assert training.trained_member_ids() == {leo}


def test_typed_back_from_the_sheet_adds_someone_not_invited(
    training: TrainingService, members: MemberService
) -> None:
    leo = _member(members, "Léo")
    session = training.create("Formation", DAY, 180)
    training.record_attendance(session.id, {leo: True})
    [row] = training.attendance(session.id)
    assert (row.invited, row.attended) == (False, True)
    assert _trained_on(members, leo) == DAY


def test_a_later_date_typed_by_hand_is_kept(
    training: TrainingService, members: MemberService
) -> None:
    later = DAY + dt.timedelta(days=30)
    leo = _member(members, "Léo", mentor_training_on=later)
    session = training.create("Formation", DAY, 180)
    assert training.attend(session.id, [leo]) == []
    assert _trained_on(members, leo) == later
    training.record_attendance(session.id, {leo: False})
    assert _trained_on(members, leo) == later


def test_unticking_or_deleting_goes_back_to_the_last_session_attended(
    training: TrainingService, members: MemberService
) -> None:
    leo = _member(members, "Léo")
    first = training.create("Première", DAY, 180)
    second = training.create("Seconde", DAY + dt.timedelta(days=10), 180)
    training.attend(first.id, [leo])
    training.attend(second.id, [leo])
    assert _trained_on(members, leo) == second.held_on
    training.record_attendance(second.id, {leo: False})
    assert _trained_on(members, leo) == DAY
    training.attend(second.id, [leo])
    training.delete(second.id)
    assert _trained_on(members, leo) == DAY
    training.remove(first.id, [leo])
    assert _trained_on(members, leo) is None
    with pytest.raises(NotFoundError):
        training.get(second.id)


def test_moving_the_session_moves_the_training_date(
    training: TrainingService, members: MemberService
) -> None:
    leo = _member(members, "Léo")
    session = training.create("Formation", DAY, 180)
    training.attend(session.id, [leo])
    moved = training.update(session.id, held_on=DAY - dt.timedelta(days=2), trainer="Ana")
    assert moved.trainer == "Ana" and moved.title == "Formation"
    assert _trained_on(members, leo) == DAY - dt.timedelta(days=2)


def test_attendance_cannot_be_recorded_before_the_day(
    db: Database, training: TrainingService, members: MemberService
) -> None:
    leo = _member(members, "Léo")
    session = training.create("Formation", dt.date.today() + dt.timedelta(days=5), 180)
    training.invite(session.id, [leo])
    with pytest.raises(ValidationError) as info:
        training.attend(session.id, [leo])
    assert info.value.errors == [FieldError("held_on", "date_in_future")]
    assert _trained_on(members, leo) is None
    assert [a.attended for a in training.attendance(session.id)] == [False]


def test_unknown_session_or_member(training: TrainingService) -> None:
    with pytest.raises(NotFoundError):
        training.attendance(99)
    session = training.create("Formation", DAY, 60)
    with pytest.raises(NotFoundError):
        training.invite(session.id, [99])


def test_an_untrained_mentor_of_a_proposed_pair_is_on_the_follow_up_list(
    db: Database, training: TrainingService, members: MemberService
) -> None:
    leo = _member(members, "Léo")
    helene = _member(members, "Hélène", Role.MENTEE)
    pair = PairService(db).create(PairInput(mentor_id=leo, mentee_id=helene))
    [item] = to_follow_up(db, DAY)
    assert item.pair_id == pair.id
    assert item.reason(ReasonCode.MENTOR_UNTRAINED) is not None
    assert item.reason(ReasonCode.MENTOR_UNTRAINED).params == {"mentor": "Léo Martin"}
    session = training.create("Formation", DAY, 180)
    training.attend(session.id, [leo])
    assert to_follow_up(db, DAY) == []


def test_the_person_data_lists_the_training(
    db: Database, training: TrainingService, members: MemberService
) -> None:
    from mentorat_desktop.i18n.privacy_messages import person_data_labels

    leo = _member(members, "Léo")
    session = training.create("Formation", DAY, 180, trainer="Chloé Gagnon")
    training.attend(session.id, [leo])
    [entry] = person_data(db, leo)["training"]
    assert entry["title"] == "Formation"
    assert entry["held_on"] == DAY.isoformat()
    assert (entry["invited"], entry["attended"]) == (False, True)
    # Every field of the section has a title in the words of the interface.
    labels = person_data_labels()
    rows = [r for r in person_rows(person_data(db, leo), labels) if r[0].startswith("Train")]
    assert rows and not {r[1] for r in rows} & set(entry)


def test_erasing_a_member_keeps_the_attendance_anonymous(
    db: Database, training: TrainingService, members: MemberService
) -> None:
    from mentorat_desktop.core.privacy import erase_person

    leo = _member(members, "Léo")
    session = training.create("Formation", DAY, 180)
    training.attend(session.id, [leo])
    erase_person(db, leo)
    [row] = training.attendance(session.id)
    assert row.attended and row.email is None and "Léo" not in row.full_name
    assert training.get(session.id).attended_count == 1
