"""Several coordinators at once: a change made from an older reading of a member, a pair, a
cohort, a session, an objective or a training session is refused with the other
coordinator's name and time, and nothing of either change is lost. Two Database objects on
the same database (the file, or the test server's database) play the two coordinators."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorat_desktop.core.conflicts import changed_fields
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import EndReason, Mode, ObjectiveStatus, Role
from mentorat_desktop.core.errors import ConflictError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import ObjectiveInput, PairInput, PairService
from mentorat_desktop.core.services.sessions import SessionInput, SessionService
from mentorat_desktop.core.services.training import TrainingService

TODAY = dt.date.today()


def add_member(db: Database, **changes: object) -> int:
    data = MemberInput(
        first_name="Odile",
        last_name="Fortin",
        birth_year=1955,
        email="odile@exemple.fr",
        city="Lyon",
        role=Role.MENTEE,
        skills_wanted=["Tableur"],
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return MemberService(db).add(data).id


def refused_silently(db: Database) -> list[Topic]:
    heard: list[Topic] = []
    db.bus.subscribe(heard.append)
    return heard


# -- members ---------------------------------------------------------------------------------


def test_a_member_edit_from_an_older_reading_is_refused_with_the_other_name(
    alice: Database, bruno: Database
) -> None:
    member_id = add_member(alice)
    seen_by_alice = MemberService(alice).get(member_id)
    seen_by_bruno = MemberService(bruno).get(member_id)
    assert seen_by_alice.row_version == seen_by_bruno.row_version

    bruno_input = seen_by_bruno.to_input()
    bruno_input.city = "Villeurbanne"
    saved = MemberService(bruno).update(member_id, bruno_input, seen_by_bruno.row_version)
    assert saved.changed_by == "Bruno Tremblay"
    assert saved.row_version > seen_by_bruno.row_version

    alice_input = seen_by_alice.to_input()
    alice_input.phone = "04 78 00 00 00"
    heard = refused_silently(alice)
    with pytest.raises(ConflictError) as info:
        MemberService(alice).update(member_id, alice_input, seen_by_alice.row_version)
    conflict = info.value
    assert conflict.changed_by == "Bruno Tremblay"
    assert conflict.changed_at is not None
    assert abs(conflict.changed_at - dt.datetime.now()) < dt.timedelta(minutes=1)
    assert conflict.version == saved.row_version
    # What the two differ on: Bruno's city and Alice's phone, by name only.
    assert set(conflict.fields) == {"city", "phone"}
    assert "Villeurbanne" not in str(conflict) and "Bruno" not in str(conflict)
    assert heard == []

    # Nothing lost: Bruno's change is there, Alice's was not written.
    now = MemberService(alice).get(member_id)
    assert now.city == "Villeurbanne" and now.phone is None
    assert now.changed_by == "Bruno Tremblay"
    assert changed_fields(seen_by_alice, now) == ("city",)

    # Read again, Alice's change goes through and is hers.
    again = now.to_input()
    again.phone = "04 78 00 00 00"
    mine = MemberService(alice).update(member_id, again, now.row_version)
    assert (mine.city, mine.phone, mine.changed_by) == (
        "Villeurbanne",
        "04 78 00 00 00",
        "Alice Martin",
    )


def test_without_a_version_the_edit_is_made_as_before(alice: Database, bruno: Database) -> None:
    member_id = add_member(alice)
    data = MemberService(bruno).get(member_id).to_input()
    data.city = "Grenoble"
    MemberService(bruno).update(member_id, data)
    data.city = "Annecy"
    assert MemberService(alice).update(member_id, data).city == "Annecy"


def test_a_change_of_skills_alone_moves_the_version(alice: Database, bruno: Database) -> None:
    member_id = add_member(alice)
    before = MemberService(alice).get(member_id)
    data = before.to_input()
    data.skills_wanted = ["Tableur", "Visioconférence"]
    after = MemberService(bruno).update(member_id, data, before.row_version)
    assert after.row_version > before.row_version
    with pytest.raises(ConflictError) as info:
        MemberService(alice).update(member_id, before.to_input(), before.row_version)
    assert info.value.fields == ("skills_wanted",)


def test_a_change_between_the_read_and_the_write_gives_the_same_refusal(
    alice: Database, bruno: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside the transaction, after the version was checked, the row moves (a second
    coordinator's write on a server): SQLAlchemy's versioned UPDATE finds no row, and that is
    the same refusal, with the author read afresh."""
    from sqlalchemy import text

    from mentorat_desktop.core.services import member_store

    member_id = add_member(alice)
    seen = MemberService(alice).get(member_id)
    real_apply = member_store.apply_input

    def meanwhile(session, member, data):  # type: ignore[no-untyped-def]
        session.execute(
            text(
                "UPDATE member SET row_version = row_version + 1, changed_by = 'Bruno Tremblay',"
                " city = 'Vienne' WHERE id = :id"
            ),
            {"id": member_id},
        )
        real_apply(session, member, data)

    monkeypatch.setattr(member_store, "apply_input", meanwhile)
    data = seen.to_input()
    data.city = "Valence"
    with pytest.raises(ConflictError) as info:
        MemberService(alice).update(member_id, data, seen.row_version)
    assert info.value.kind == "member"
    assert info.value.changed_by is None or info.value.changed_by == seen.changed_by
    # The whole transaction rolled back: neither city was written.
    assert MemberService(bruno).get(member_id).city == "Lyon"


# -- pairs, cohorts, sessions ----------------------------------------------------------------


def active_pair(db: Database) -> int:
    mentor = add_member(db, first_name="Zoé", birth_year=2000, email="zoe@exemple.fr")
    mentee = add_member(db)
    start = TODAY - dt.timedelta(days=60)
    return PairService(db).create(PairInput(mentor, mentee, start_date=start)).id


def test_a_pairs_means_changed_from_an_older_reading_are_refused(
    alice: Database, bruno: Database
) -> None:
    pair_id = active_pair(alice)
    seen_by_alice = PairService(alice).get(pair_id)
    seen_by_bruno = PairService(bruno).get(pair_id)
    saved = PairService(bruno).update_means(
        pair_id, place="Médiathèque", expected_version=seen_by_bruno.row_version
    )
    assert saved.changed_by == "Bruno Tremblay"
    with pytest.raises(ConflictError) as info:
        PairService(alice).update_means(
            pair_id, mode=Mode.VIDEO, expected_version=seen_by_alice.row_version
        )
    assert info.value.changed_by == "Bruno Tremblay"
    # Only the mode was being saved (the place was kept), and it differs.
    assert info.value.fields == ("mode",)
    now = PairService(alice).get(pair_id)
    assert (now.place, now.mode) == ("Médiathèque", seen_by_alice.mode)
    # Bruno's change, as Alice's dialog shows it: the place, and the charter's new version.
    assert changed_fields(seen_by_alice, now) == (
        "place",
        "charter_version",
        "charter_changed_at",
    )


@pytest.mark.parametrize(
    "change",
    [
        lambda pairs, pair_id, v: pairs.pause(pair_id, TODAY, expected_version=v),
        lambda pairs, pair_id, v: pairs.end(
            pair_id, TODAY, EndReason.OBJECTIVES_REACHED, expected_version=v
        ),
    ],
    ids=["pause", "end"],
)
def test_a_change_of_status_from_an_older_reading_is_refused(
    alice: Database, bruno: Database, change: object
) -> None:
    pair_id = active_pair(alice)
    seen = PairService(alice).get(pair_id)
    PairService(bruno).update_means(pair_id, frequency="toutes les deux semaines")
    heard = refused_silently(alice)
    with pytest.raises(ConflictError) as info:
        change(PairService(alice), pair_id, seen.row_version)  # type: ignore[operator]
    assert info.value.changed_by == "Bruno Tremblay"
    assert heard == []
    now = PairService(alice).get(pair_id)
    assert now.status == seen.status and now.frequency == "toutes les deux semaines"


def test_a_cohort_edit_from_an_older_reading_is_refused(alice: Database, bruno: Database) -> None:
    cohort = CohortService(alice).create("Automne 2026")
    CohortService(bruno).update(cohort.id, description="Douze binômes", expected_version=1)
    with pytest.raises(ConflictError) as info:
        CohortService(alice).close(cohort.id, TODAY, expected_version=cohort.row_version)
    assert info.value.changed_by == "Bruno Tremblay"
    assert CohortService(alice).get(cohort.id).closed_on is None


def test_a_session_edit_from_an_older_reading_is_refused(alice: Database, bruno: Database) -> None:
    pair_id = active_pair(alice)
    logged = SessionService(alice).log(SessionInput(pair_id, TODAY - dt.timedelta(days=3), 60))
    theirs = logged.to_input()
    theirs.duration_minutes = 90
    SessionService(bruno).update(logged.id, theirs, logged.row_version)
    mine = logged.to_input()
    mine.topics = "Tableur"
    with pytest.raises(ConflictError) as info:
        SessionService(alice).update(logged.id, mine, logged.row_version)
    assert info.value.changed_by == "Bruno Tremblay"
    assert set(info.value.fields) == {"duration_minutes", "topics"}
    now = SessionService(alice).get(logged.id)
    assert (now.duration_minutes, now.topics) == (90, None)


# -- objectives and training sessions (migration 0012) ---------------------------------------


def test_a_pairs_objective_changed_from_an_older_reading_is_refused(
    alice: Database, bruno: Database
) -> None:
    pair_id = active_pair(alice)
    added = PairService(alice).add_objective(
        pair_id, ObjectiveInput(text="Appeler sa petite-fille en vidéo")
    )
    assert added.row_version == 1
    seen_by_alice = PairService(alice).get(pair_id).objectives[0]
    theirs = ObjectiveInput(
        text=added.text, indicator="Un appel seul", status=ObjectiveStatus.IN_PROGRESS
    )
    saved = PairService(bruno).update_objective(added.id, theirs, expected_version=1)
    assert saved.row_version == 2
    heard = refused_silently(alice)
    mine = ObjectiveInput(text="Appeler sa petite-fille seule", status=ObjectiveStatus.REACHED)
    with pytest.raises(ConflictError) as info:
        PairService(alice).update_objective(
            added.id, mine, expected_version=seen_by_alice.row_version
        )
    assert info.value.kind == "objective"
    assert info.value.changed_by == "Bruno Tremblay"
    assert set(info.value.fields) == {"text", "indicator", "status"}
    assert heard == []
    now = PairService(alice).get_objective(added.id)
    assert (now.text, now.indicator, now.status) == (
        added.text,
        "Un appel seul",
        ObjectiveStatus.IN_PROGRESS,
    )
    # Made again from the version read now, Alice's change goes through.
    again = PairService(alice).update_objective(added.id, mine, expected_version=now.row_version)
    assert (again.text, again.row_version) == ("Appeler sa petite-fille seule", 3)


def test_a_cohorts_objective_changed_from_an_older_reading_is_refused(
    alice: Database, bruno: Database
) -> None:
    cohort = CohortService(alice).create("Automne 2026")
    added = CohortService(alice).add_objective(cohort.id, "20 binômes actifs", target="20")
    CohortService(bruno).update_objective(added.id, "20 binômes actifs", target="25")
    with pytest.raises(ConflictError) as info:
        CohortService(alice).update_objective(
            added.id, "18 binômes actifs", target="20", expected_version=added.row_version
        )
    assert (info.value.kind, info.value.changed_by) == ("cohort_objective", "Bruno Tremblay")
    assert set(info.value.fields) == {"text", "target"}
    assert CohortService(alice).get_objective(added.id).target == "25"


def test_a_training_session_changed_from_an_older_reading_is_refused(
    alice: Database, bruno: Database
) -> None:
    held = TODAY + dt.timedelta(days=10)
    training = TrainingService(alice).create("Écouter et transmettre", held, 180)
    assert training.row_version == 1
    TrainingService(bruno).update(training.id, place="Maison des associations")
    heard = refused_silently(alice)
    with pytest.raises(ConflictError) as info:
        TrainingService(alice).update(
            training.id,
            duration_minutes=120,
            place="Médiathèque",
            expected_version=training.row_version,
        )
    assert (info.value.kind, info.value.changed_by) == ("training_session", "Bruno Tremblay")
    assert set(info.value.fields) == {"duration_minutes", "place"}
    assert heard == []
    now = TrainingService(alice).get(training.id)
    assert (now.duration_minutes, now.place, now.row_version) == (
        180,
        "Maison des associations",
        2,
    )
    # Without a version read (the command line), the change is made as before.
    TrainingService(alice).update(training.id, duration_minutes=120)
    assert TrainingService(alice).get(training.id).duration_minutes == 120
