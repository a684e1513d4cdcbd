"""The read models of core/reads: each row type has one field per column of the SELECT next
to it (read from a real database holding every kind of record), and the rows give a
coordinator's data back under the names the services read them by."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import MemberStatus, PairStatus, Role, SkillKind, Speaker
from mentorat_desktop.core.feedback.rounds import CheckinRound
from mentorat_desktop.core.reads import cohorts as cohort_reads
from mentorat_desktop.core.reads import columns, rows
from mentorat_desktop.core.reads import feedback as feedback_reads
from mentorat_desktop.core.reads import followups as followup_reads
from mentorat_desktop.core.reads import groups as group_reads
from mentorat_desktop.core.reads import members as member_reads
from mentorat_desktop.core.reads import pairs as pair_reads
from mentorat_desktop.core.reads import refusals as refusal_reads
from mentorat_desktop.core.reads import sessions as session_reads
from mentorat_desktop.core.reads import training as training_reads
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.feedback import QUESTIONS, FeedbackInput, FeedbackService
from mentorat_desktop.core.services.followups import FollowUpInput, FollowUpService
from mentorat_desktop.core.services.groups import GroupService
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import ObjectiveInput, PairInput, PairService
from mentorat_desktop.core.services.sessions import SessionInput, SessionService
from mentorat_desktop.core.services.training import TrainingService

START = dt.date.today() - dt.timedelta(days=60)


@dataclass
class Register:
    """A small register holding one of every kind of record the reads cover."""

    mentor: int
    mentee: int
    pair: int
    session: int
    cohort: int
    group: int
    training: int
    answer: int
    entry: int


@pytest.fixture
def register(db: Database) -> Register:
    members = MemberService(db)
    mentor = members.add(
        MemberInput(
            first_name="Hélène",
            last_name="Dupré",
            birth_year=1960,
            email="helene.dupre@example.org",
            city="Lyon",
            role=Role.MENTOR,
            skills_offered=["Réseaux", "Comptabilité"],
        )
    ).id
    mentee = members.add(
        MemberInput(
            first_name="Yanis",
            last_name="Benali",
            birth_year=1999,
            role=Role.MENTEE,
            skills_wanted=["Comptabilité"],
        )
    ).id
    cohorts = CohortService(db)
    cohort = cohorts.create("Printemps", START, START + dt.timedelta(days=180)).id
    cohorts.add_objective(cohort, "Vingt binômes actifs", "binômes", "20")
    pairs = PairService(db)
    pair = pairs.create(
        PairInput(mentor, mentee, cohort_id=cohort, start_date=START, place="Médiathèque")
    ).id
    pairs.add_objective(pair, ObjectiveInput("Préparer un entretien"))
    pairs.refuse_match(mentee, mentor, "Même service")
    session = (
        SessionService(db)
        .log(SessionInput(pair, START + dt.timedelta(days=7), 90, topics="Le CV"))
        .id
    )
    groups = GroupService(db)
    group = groups.create("Rhône").id
    groups.assign_members([mentor], group)
    training = TrainingService(db)
    course = training.create("Accueillir un mentoré", START, 180, place="Salle B").id
    training.invite(course, [mentor])
    training.attend(course, [mentor])
    answer = (
        FeedbackService(db)
        .record(
            FeedbackInput(
                pair,
                Speaker.MENTEE,
                START + dt.timedelta(days=35),
                {"overall": 4, "listening": 5},
                checkin=CheckinRound.FIRST_MONTH,
                comment="Très utile",
            )
        )
        .id
    )
    entry = (
        FollowUpService(db)
        .add(FollowUpInput(pair, START + dt.timedelta(days=30), satisfaction=5, action="Rappeler"))
        .id
    )
    return Register(
        mentor, mentee, pair, session, cohort, group, training=course, answer=answer, entry=entry
    )


def _reads(r: Register) -> list[tuple[type[Any], str, tuple[Any, ...]]]:
    """Every read model with its SELECT, completed as the services complete it."""
    return [
        (member_reads.MemberSummaryRow, member_reads.MEMBER_SUMMARIES_SQL, ()),
        (member_reads.SkillRow, member_reads.SKILLS_SQL, ()),
        (member_reads.MemberSkillRow, member_reads.MEMBER_SKILLS_SQL, (r.mentor,)),
        (member_reads.MemberNameRow, member_reads.MEMBER_NAMES_SQL, ("active",)),
        (member_reads.PairingMemberRow, member_reads.PAIRING_MEMBERS_SQL, (r.mentor, r.mentee)),
        (pair_reads.PairRow, pair_reads.PAIRS_SQL, ()),
        (pair_reads.ObjectiveRow, pair_reads.OBJECTIVES_SQL, ()),
        (pair_reads.StatusChangeRow, pair_reads.STATUS_CHANGES_SQL, ()),
        (pair_reads.PairChoiceRow, pair_reads.PAIR_CHOICES_SQL, ()),
        (pair_reads.HistoryStepRow, pair_reads.PAIR_HISTORY_SQL, (r.pair,)),
        (refusal_reads.RefusedCoupleRow, refusal_reads.REFUSED_COUPLES_SQL, ()),
        (refusal_reads.RefusalRow, refusal_reads.REFUSALS_SQL, ()),
        (session_reads.SessionRow, session_reads.SESSIONS_SQL, ()),
        (session_reads.LastSessionRow, session_reads.LAST_SESSIONS_SQL, ()),
        (cohort_reads.CohortRow, cohort_reads.COHORTS_SQL, ()),
        (cohort_reads.CohortObjectiveRow, cohort_reads.COHORT_OBJECTIVES_SQL, ()),
        (group_reads.GroupRow, group_reads.GROUPS_SQL, ()),
        (group_reads.UngroupedRow, group_reads.UNGROUPED_SQL, ()),
        (training_reads.TrainingRow, training_reads.TRAININGS_SQL, ()),
        (training_reads.AttendeeRow, training_reads.ATTENDEES_SQL, (r.training,)),
        (training_reads.CandidateRow, training_reads.CANDIDATES_SQL, ("active",)),
        (feedback_reads.FeedbackRow, feedback_reads.FEEDBACK_SQL, ()),
        (feedback_reads.AnsweredCheckinRow, feedback_reads.ANSWERED_CHECKINS_SQL, ()),
        (feedback_reads.RunningPairRow, feedback_reads.RUNNING_PAIRS_SQL, ("active", "paused")),
        (followup_reads.FollowUpRow, followup_reads.FOLLOW_UPS_SQL, ()),
    ]


def _row_types() -> set[type[Any]]:
    """Every NamedTuple row type the read modules define."""
    modules = (
        member_reads,
        pair_reads,
        refusal_reads,
        session_reads,
        cohort_reads,
        group_reads,
        training_reads,
        feedback_reads,
        followup_reads,
    )
    return {
        value
        for module in modules
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, tuple)
        and hasattr(value, "_fields")
        and value.__module__ == module.__name__
    }


def test_each_row_type_has_one_field_per_column_of_its_select(
    db: Database, register: Register
) -> None:
    checked = _reads(register)
    # Every row type is checked here (the columns read of the skill links apart, below).
    assert {t for t, _sql, _params in checked} | {member_reads.SkillLinks} == _row_types()
    for row_type, sql, params in checked:
        found = db.query(sql, params)
        assert found, f"{row_type.__name__}: the register should fill it"
        assert {len(values) for values in found} == {len(row_type._fields)}, row_type.__name__
        assert all(isinstance(row, row_type) for row in rows(db, row_type, sql, params))


def test_the_skill_links_read_by_column(db: Database, register: Register) -> None:
    links = columns(db, member_reads.SkillLinks, member_reads.SKILL_LINKS_SQL)
    names = dict(db.query(member_reads.SKILLS_SQL))
    mentor_skills = {
        (kind, names[skill])
        for member, kind, skill in zip(links.member_id, links.kind, links.skill_id, strict=True)
        if member == register.mentor
    }
    assert mentor_skills == {
        (SkillKind.OFFERED.value, "Réseaux"),
        (SkillKind.OFFERED.value, "Comptabilité"),
    }
    nothing = columns(db, member_reads.SkillLinks, member_reads.SKILL_LINKS_SQL + " WHERE 0 = 1")
    assert nothing == member_reads.SkillLinks((), (), ())


def test_a_row_type_that_does_not_match_its_select_is_refused(
    db: Database, register: Register
) -> None:
    class Short(NamedTuple):
        id: int
        first_name: str

    with pytest.raises(TypeError, match="Short"):
        rows(db, Short, member_reads.MEMBER_SUMMARIES_SQL)
    with pytest.raises(TypeError, match="Short"):
        columns(db, Short, member_reads.SKILL_LINKS_SQL)


def test_the_feedback_row_scores_follow_the_questionnaire() -> None:
    assert feedback_reads.FeedbackRow._fields[6:] == tuple(f"score_{q}" for q in QUESTIONS)


def test_rows_give_what_the_coordinator_typed_by_name(db: Database, register: Register) -> None:
    r = register
    [helene] = [
        m
        for m in rows(db, member_reads.MemberSummaryRow, member_reads.MEMBER_SUMMARIES_SQL)
        if m.id == r.mentor
    ]
    assert (helene.first_name, helene.last_name, helene.birth_year, helene.city) == (
        "Hélène",
        "Dupré",
        1960,
        "Lyon",
    )
    assert (helene.email, helene.role, helene.status) == (
        "helene.dupre@example.org",
        Role.MENTOR.value,
        MemberStatus.ACTIVE.value,
    )

    [pair] = rows(db, pair_reads.PairRow, f"{pair_reads.PAIRS_SQL} WHERE p.id = ?", (r.pair,))
    assert (pair.mentor_last_name, pair.mentee_first_name, pair.cohort_name) == (
        "Dupré",
        "Yanis",
        "Printemps",
    )
    assert (pair.status, pair.start_date, pair.place) == (
        PairStatus.ACTIVE.value,
        START.isoformat(),
        "Médiathèque",
    )

    [refusal] = rows(db, refusal_reads.RefusalRow, refusal_reads.REFUSALS_SQL)
    assert (refusal.mentor_first_name, refusal.mentee_last_name, refusal.reason) == (
        "Yanis",
        "Dupré",
        "Même service",
    )

    [session] = rows(db, session_reads.SessionRow, session_reads.SESSIONS_SQL)
    assert (session.mentor_first_name, session.duration_minutes, session.topics) == (
        "Hélène",
        90,
        "Le CV",
    )

    [cohort] = rows(db, cohort_reads.CohortRow, cohort_reads.COHORTS_SQL)
    assert (cohort.name, cohort.pair_count) == ("Printemps", 1)

    [group] = rows(db, group_reads.GroupRow, group_reads.GROUPS_SQL)
    assert (group.name, group.members, group.cohorts, group.pairs) == ("Rhône", 1, 0, 0)
    [ungrouped] = rows(db, group_reads.UngroupedRow, group_reads.UNGROUPED_SQL)
    assert (ungrouped.members, ungrouped.cohorts, ungrouped.pairs) == (1, 1, 1)

    [course] = rows(db, training_reads.TrainingRow, training_reads.TRAININGS_SQL)
    assert (course.title, course.place, course.listed, course.attended) == (
        "Accueillir un mentoré",
        "Salle B",
        1,
        1,
    )
    [attendee] = rows(db, training_reads.AttendeeRow, training_reads.ATTENDEES_SQL, (r.training,))
    assert (attendee.last_name, bool(attendee.invited), bool(attendee.attended)) == (
        "Dupré",
        True,
        True,
    )

    [answer] = rows(db, feedback_reads.FeedbackRow, feedback_reads.FEEDBACK_SQL)
    assert (answer.respondent, answer.score_overall, answer.score_listening) == (
        Speaker.MENTEE.value,
        4,
        5,
    )
    assert (answer.score_meetings, answer.checkin, answer.comment) == (
        None,
        CheckinRound.FIRST_MONTH.value,
        "Très utile",
    )

    [entry] = rows(db, followup_reads.FollowUpRow, followup_reads.FOLLOW_UPS_SQL)
    assert (entry.mentee_last_name, entry.satisfaction, entry.action) == ("Benali", 5, "Rappeler")


def test_the_services_records_come_from_the_named_rows(db: Database, register: Register) -> None:
    """What a coordinator sees in the lists, read through the read models."""
    r = register
    [summary] = [s for s in MemberService(db).list_summaries() if s.id == r.mentor]
    assert summary.full_name == "Hélène Dupré"
    assert summary.skills_offered == ("Comptabilité", "Réseaux")  # alphabetical
    [choice] = PairService(db).list_choices()
    assert (choice.mentor_name, choice.mentee_name) == ("Hélène Dupré", "Yanis Benali")
    [record] = PairService(db).list_pairs()
    assert [o.text for o in record.objectives] == ["Préparer un entretien"]
    assert record.cohort_name == "Printemps"
    [answer] = FeedbackService(db).list_answers()
    assert answer.scores["overall"] == 4 and answer.scores["meetings"] is None
    # Born before the mentee (this program's mentors are the younger ones), but trained.
    [warning] = PairService(db).warnings_for(r.mentor, r.mentee)
    assert (warning.code, warning.params) == (
        "mentor_not_younger",
        {"mentor": "Hélène Dupré", "mentee": "Yanis Benali"},
    )
