"""Privacy: consent recorded with its withdrawal, the retention and backup settings, finding
a person, giving them their data, erasing it (figures unchanged, nothing left in the file),
retention and the members without consent."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from mentorat_desktop.core.dashboard import compute_dashboard
from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.enums import (
    EndReason,
    Generation,
    MemberStatus,
    ObjectiveStatus,
    Outcome,
    PairStatus,
    Role,
    Speaker,
    generation_of,
)
from mentorat_desktop.core.errors import NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.followup import compute_grid, month_report, to_follow_up
from mentorat_desktop.core.privacy import (
    ERASED_FIRST_NAME,
    ErasureSummary,
    RetentionCandidate,
    anonymise_past_retention,
    erase_person,
    export_person_csv,
    export_person_json,
    find_member_id,
    generation_year,
    members_past_retention,
    members_without_consent,
    person_data,
    person_rows,
)
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.settings import Settings, SettingsService

D = dt.date
TODAY = dt.date.today()


# -- building a register -----------------------------------------------------------------


def add_member(db: Database, first: str, last: str, **values: Any) -> int:
    """A member written through the model (no validation), with its skills."""
    from mentorat_desktop.core.enums import SkillKind
    from mentorat_desktop.core.models import Member, MemberSkill, Skill

    offered = values.pop("offered", [])
    wanted = values.pop("wanted", [])
    with db.transaction() as session:
        member = Member(first_name=first, last_name=last, **values)
        session.add(member)
        for kind, names in ((SkillKind.OFFERED, offered), (SkillKind.WANTED, wanted)):
            for name in names:
                key = name.casefold()
                skill = session.query(Skill).filter_by(key=key).one_or_none()
                if skill is None:
                    skill = Skill(name=name, key=key)
                member.skills.append(MemberSkill(skill=skill, kind=kind))
        session.flush()
        return member.id


def add_pair(
    db: Database,
    mentor_id: int,
    mentee_id: int,
    history: list[tuple[PairStatus, dt.date]],
    *,
    sessions: Sequence[tuple[dt.date, int]] = (),
    session_text: str | None = None,
    objectives: Sequence[ObjectiveStatus] = (),
    objective_text: str = "Objectif",
    follow_ups: Sequence[tuple[dt.date, int | None]] = (),
    follow_up_text: str | None = None,
    planned_end: dt.date | None = None,
    end_reason: EndReason | None = None,
    **values: Any,
) -> int:
    from mentorat_desktop.core.models import (
        FollowUpEntry,
        MentoringSession,
        Objective,
        Pair,
        PairStatusChange,
    )

    status, last = history[-1]
    starts = [d for s, d in history if s == PairStatus.ACTIVE]
    with db.transaction() as session:
        pair = Pair(
            mentor_id=mentor_id,
            mentee_id=mentee_id,
            status=status,
            start_date=starts[0] if starts else None,
            planned_end=planned_end,
            ended_on=last if status == PairStatus.ENDED else None,
            end_reason=end_reason,
            **values,
        )
        pair.history = [
            PairStatusChange(status=s, effective_on=d, note=session_text) for s, d in history
        ]
        pair.objectives = [
            Objective(text=objective_text, indicator=objective_text, status=o) for o in objectives
        ]
        session.add(pair)
        session.flush()
        for held_on, minutes in sessions:
            session.add(
                MentoringSession(
                    pair_id=pair.id,
                    held_on=held_on,
                    duration_minutes=minutes,
                    topics=session_text,
                    notes=session_text,
                    place=session_text,
                )
            )
        for held_on, satisfaction in follow_ups:
            session.add(
                FollowUpEntry(
                    pair_id=pair.id,
                    held_on=held_on,
                    speaker=Speaker.MENTEE,
                    satisfaction=satisfaction,
                    comment=follow_up_text,
                    action=follow_up_text,
                )
            )
        return pair.id


def set_dates(db: Database, member_id: int, day: dt.date) -> None:
    """Backdate a member's creation and last change (plain SQL: no automatic update)."""
    from sqlalchemy import text

    stamp = f"{day.isoformat()} 10:00:00.000000"
    with db.transaction() as session:
        session.execute(
            text("UPDATE member SET created_at = :s, updated_at = :s WHERE id = :i"),
            {"s": stamp, "i": member_id},
        )


def refuse(db: Database, mentor_id: int, mentee_id: int, reason: str) -> None:
    from mentorat_desktop.core.models import RefusedMatch

    with db.transaction() as session:
        session.add(RefusedMatch(mentor_id=mentor_id, mentee_id=mentee_id, reason=reason))


def refused(action: Any) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        action()
    return info.value


# -- settings ------------------------------------------------------------------------------


def test_privacy_and_backup_settings_defaults_and_update(db: Database) -> None:
    settings = SettingsService(db)
    assert settings.get() == Settings()
    assert Settings().retention_months == 36
    assert Settings().backup_keep_last == 10
    assert Settings().backup_folder_second is None

    new = settings.update(
        retention_months=24, backup_folder_second="  /media/CLE USB/Mentorat  ", backup_keep_last=5
    )
    assert new.backup_folder_second == "/media/CLE USB/Mentorat"
    assert settings.get() == new
    assert settings.update(backup_folder_second="   ").backup_folder_second is None
    assert settings.get().retention_months == 24


@pytest.mark.parametrize(
    ("changes", "field", "params"),
    [
        ({"retention_months": 5}, "retention_months", {"min": 6, "max": 120}),
        ({"retention_months": 121}, "retention_months", {"min": 6, "max": 120}),
        ({"retention_months": True}, "retention_months", {"min": 6, "max": 120}),
        ({"backup_keep_last": 0}, "backup_keep_last", {"min": 1, "max": 100}),
    ],
)
def test_privacy_settings_out_of_range_are_refused(
    db: Database, changes: dict[str, object], field: str, params: dict[str, object]
) -> None:
    settings = SettingsService(db)
    error = refused(lambda: settings.update(**changes)).for_field(field)
    assert error is not None
    assert (error.code, error.params) == ("number_range", params)
    assert settings.get() == Settings()


@pytest.mark.parametrize("months", [6, 120])
def test_retention_bounds_are_accepted(db: Database, months: int) -> None:
    assert SettingsService(db).update(retention_months=months).retention_months == months


def test_privacy_settings_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    db = open_database(path)
    SettingsService(db).update(retention_months=60, backup_keep_last=20)
    db.close()
    db = open_database(path)
    try:
        got = SettingsService(db).get()
        assert (got.retention_months, got.backup_keep_last) == (60, 20)
    finally:
        db.close()


# -- consent in the members register -------------------------------------------------------


def consenting(**changes: Any) -> MemberInput:
    data = MemberInput(
        first_name="Hélène",
        last_name="Côté",
        birth_year=1958,
        email="helene@exemple.qc.ca",
        consent_on=D(2024, 2, 15),
        consent_keep=True,
        consent_contact=True,
        consent_share=False,
        consent_how="  formulaire papier ",
    )
    return dataclasses.replace(data, **changes)


def test_consent_details_are_saved_and_read_back(members: MemberService) -> None:
    added = members.add(consenting())
    got = members.get(added.id)
    assert (got.consent_keep, got.consent_contact, got.consent_share) == (True, True, False)
    assert got.consent_how == "formulaire papier"
    assert got.consent_on == D(2024, 2, 15)
    assert got.consent_withdrawn_on is None
    assert not got.consent_withdrawn
    assert got.erased_at is None and not got.is_erased
    assert got.to_input().consent_contact is True
    assert [m for m in members.list_members() if m.id == added.id] == [got]


def test_a_new_member_has_not_consented_until_said(members: MemberService) -> None:
    added = members.add(MemberInput(first_name="Léo", last_name="Roy"))
    assert (added.consent_keep, added.consent_contact, added.consent_share) == (
        False,
        False,
        False,
    )


def test_a_withdrawal_ends_every_agreement(members: MemberService) -> None:
    added = members.add(consenting(consent_share=True))
    got = members.update(added.id, consenting(consent_withdrawn_on=D(2025, 1, 10)))
    assert got.consent_withdrawn_on == D(2025, 1, 10)
    assert (got.consent_keep, got.consent_contact, got.consent_share) == (False, False, False)
    assert got.consent_on == D(2024, 2, 15)  # the date given stays, as the record
    # A new consent: the withdrawal date is cleared and the new date entered.
    again = members.update(
        added.id, consenting(consent_on=D(2025, 3, 1), consent_withdrawn_on=None)
    )
    assert again.consent_keep and again.consent_withdrawn_on is None


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        (
            {"consent_withdrawn_on": D(2024, 2, 14)},
            "consent_withdrawn_on",
            "withdrawn_before_consent",
        ),
        (
            {"consent_withdrawn_on": TODAY + dt.timedelta(days=1)},
            "consent_withdrawn_on",
            "date_in_future",
        ),
        ({"consent_how": "x" * 61}, "consent_how", "too_long"),
    ],
)
def test_bad_consent_details_are_refused(
    members: MemberService, changes: dict[str, Any], field: str, code: str
) -> None:
    error = refused(lambda: members.add(consenting(**changes))).for_field(field)
    assert error is not None and error.code == code
    assert members.count() == 0


def test_a_withdrawal_on_the_day_of_consent_is_accepted(members: MemberService) -> None:
    got = members.add(consenting(consent_withdrawn_on=D(2024, 2, 15)))
    assert got.consent_withdrawn_on == D(2024, 2, 15)


def test_withdrawal_without_a_consent_date_is_accepted(members: MemberService) -> None:
    got = members.add(consenting(consent_on=None, consent_withdrawn_on=D(2024, 5, 1)))
    assert got.consent_withdrawn and not got.consent_keep


# -- finding a person ----------------------------------------------------------------------


def test_find_member_by_email_or_number(db: Database, members: MemberService) -> None:
    helene = members.add(consenting())
    archived = members.add(MemberInput(first_name="Old", last_name="Timer", email="old@x.org"))
    members.archive([archived.id])
    assert find_member_id(db, "HELENE@Exemple.qc.ca ") == helene.id
    assert find_member_id(db, str(helene.id)) == helene.id
    assert find_member_id(db, f"#{helene.id}") == helene.id
    assert find_member_id(db, f" # {helene.id} ") == helene.id
    assert find_member_id(db, "old@x.org") == archived.id  # archived members too
    for who in ("nobody@x.org", "#999", "999", "Hélène Côté", "", "#"):
        with pytest.raises(NotFoundError):
            find_member_id(db, who)


def test_find_member_by_a_shared_email_is_ambiguous(db: Database) -> None:
    add_member(db, "A", "One", email="same@x.org")
    add_member(db, "B", "Two", email="Same@X.org")
    error = refused(lambda: find_member_id(db, "same@x.org")).for_field("who")
    assert error is not None
    assert (error.code, error.params) == ("ambiguous", {"who": "same@x.org", "count": 2})


def test_an_erased_member_is_found_by_number_only(db: Database, members: MemberService) -> None:
    helene = members.add(consenting())
    erase_person(db, helene.id)
    assert find_member_id(db, f"#{helene.id}") == helene.id
    with pytest.raises(NotFoundError):
        find_member_id(db, "helene@exemple.qc.ca")


# -- a register for the data of one person and its erasure -----------------------------------


@dataclasses.dataclass
class Story:
    helene: int
    leo: int
    zoe: int
    ended_pair: int
    other_pair: int


def story(db: Database) -> Story:
    """Hélène (mentee) had an ended pair with Léo; Léo is now in an active pair with Zoé
    (the other mentee), who is not part of Hélène's story."""
    helene = add_member(
        db,
        "Hélène",
        "Côté",
        birth_year=1962,
        email="helene@exemple.qc.ca",
        phone="514 555-0142",
        city="Trois-Rivières",
        organisation="Caisse populaire",
        department="Comptabilité",
        manager_name="Jean Tremblay",
        years_experience=35,
        languages="français",
        role=Role.MENTEE,
        availability="mardi",
        notes="Aime le thé.",
        consent_on=D(2023, 1, 10),
        consent_keep=True,
        consent_contact=True,
        consent_how="courriel",
        mentor_training_on=None,
        offered=["Négociation"],
        wanted=["Réseaux sociaux"],
    )
    leo = add_member(
        db,
        "Léo",
        "Bélanger",
        birth_year=2001,
        email="leo@exemple.qc.ca",
        phone="418 555-0100",
        role=Role.MENTOR,
        offered=["Réseaux sociaux"],
    )
    zoe = add_member(db, "Zoé", "Gagnon", birth_year=1955, email="zoe@x.org", role=Role.MENTEE)
    ended_pair = add_pair(
        db,
        leo,
        helene,
        [(PairStatus.ACTIVE, D(2024, 1, 8)), (PairStatus.ENDED, D(2024, 9, 30))],
        sessions=[(D(2024, 1, 15), 90), (D(2024, 2, 12), 120), (D(2024, 3, 11), 60)],
        session_text="Hélène a ouvert son compte LinkedIn",
        objectives=[ObjectiveStatus.REACHED, ObjectiveStatus.DROPPED],
        objective_text="Hélène publie seule",
        follow_ups=[(D(2024, 2, 1), 4), (D(2024, 6, 1), 5)],
        follow_up_text="Hélène est ravie",
        planned_end=D(2024, 12, 31),
        end_reason=EndReason.OBJECTIVES_REACHED,
        outcome=Outcome.YES,
        place="Café chez Hélène",
        frequency="chaque lundi",
        mentor_learned="Hélène m'a appris à négocier",
        mentee_learned="LinkedIn",
        closing_comment="Belle fin avec Hélène",
        match_score=12.5,
        match_reasons=json.dumps(
            [{"code": "teaches", "params": {"mentor": "Léo", "mentee": "Hélène"}}]
        ),
    )
    other_pair = add_pair(
        db,
        leo,
        zoe,
        [(PairStatus.ACTIVE, D(2024, 10, 1))],
        sessions=[(D(2024, 10, 7), 60)],
        session_text="Zoé découvre Teams",
        objectives=[ObjectiveStatus.OPEN],
        objective_text="Zoé anime une visio",
        follow_ups=[(D(2024, 11, 1), 3)],
        follow_up_text="Zoé progresse",
    )
    refuse(db, leo, helene, "Même service que Hélène")
    return Story(helene, leo, zoe, ended_pair, other_pair)


def test_person_data_holds_everything_about_the_person(db: Database) -> None:
    s = story(db)
    data = person_data(db, s.helene)
    json.dumps(data)  # serialisable as it is
    assert data["format"] == "mentorat-person-data"
    assert data["member_id"] == s.helene

    profile = data["profile"]
    assert profile["first_name"] == "Hélène"
    assert profile["email"] == "helene@exemple.qc.ca"
    assert profile["manager_name"] == "Jean Tremblay"
    assert profile["notes"] == "Aime le thé."
    assert profile["consent_on"] == "2023-01-10"
    assert (profile["consent_keep"], profile["consent_contact"], profile["consent_share"]) == (
        True,
        True,
        False,
    )
    assert profile["consent_how"] == "courriel"
    assert profile["consent_withdrawn_on"] is None
    assert profile["erased_at"] is None
    assert profile["role"] == "mentee"
    assert dt.datetime.fromisoformat(profile["created_at"])  # ISO text
    from mentorat_desktop.core.models import Member

    # Every column but the bookkeeping of a shared record (its version, which coordinator
    # changed it); the local group by its name.
    bookkeeping = {"row_version", "changed_by", "changed_at", "group_id"}
    assert set(profile) == set(Member.__table__.columns.keys()) - bookkeeping | {"local_group"}
    assert profile["local_group"] is None
    assert data["skills"] == {"offered": ["Négociation"], "wanted": ["Réseaux sociaux"]}

    [pair] = data["pairs"]
    assert pair["pair_id"] == s.ended_pair
    assert pair["role"] == "mentee"
    assert pair["partner_name"] == "Léo Bélanger"
    assert pair["status"] == "ended"
    assert pair["start_date"] == "2024-01-08"
    assert pair["closing_comment"] == "Belle fin avec Hélène"
    assert pair["match_reasons"] == ["teaches"]  # the codes, not the partner's details
    assert "mentor_id" not in pair and "mentee_id" not in pair

    assert [o["status"] for o in data["objectives"]] == ["reached", "dropped"]
    assert [(x["held_on"], x["duration_minutes"]) for x in data["sessions"]] == [
        ("2024-01-15", 90),
        ("2024-02-12", 120),
        ("2024-03-11", 60),
    ]
    assert data["sessions"][0]["notes"] == "Hélène a ouvert son compte LinkedIn"
    assert [(f["held_on"], f["satisfaction"]) for f in data["follow_up"]] == [
        ("2024-02-01", 4),
        ("2024-06-01", 5),
    ]
    assert [(h["status"], h["effective_on"]) for h in data["status_history"]] == [
        ("active", "2024-01-08"),
        ("ended", "2024-09-30"),
    ]
    assert data["refused_matches"] == [
        {
            "role": "mentee",
            "other_name": "Léo Bélanger",
            "refused_on": TODAY.isoformat(),
            "reason": "Même service que Hélène",
        }
    ]

    # Nothing of the partner but the name, and nothing of the pair the person is not in.
    text = json.dumps(data, ensure_ascii=False)
    for foreign in ("leo@exemple.qc.ca", "418 555-0100", "2001", "Zoé", "Teams"):
        assert foreign not in text


def test_person_data_leaves_no_transaction_open(db: Database) -> None:
    """A read left open after the export held the -wal, so an erasure that followed left the
    erased values in it (a session used after its block): every connection goes back."""
    s = story(db)
    person_data(db, s.helene)
    assert db.engine.pool.checkedout() == 0


def test_person_data_of_an_unknown_member(db: Database) -> None:
    with pytest.raises(NotFoundError):
        person_data(db, 42)


def test_export_person_json(db: Database, tmp_path: Path) -> None:
    s = story(db)
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "helene.json"
    export_person_json(db, s.helene, path)
    written = json.loads(path.read_text(encoding="utf-8"))
    expected = person_data(db, s.helene)
    written.pop("exported_at")
    expected.pop("exported_at")
    assert written == expected
    assert "Hélène" in path.read_text(encoding="utf-8")  # not escaped
    assert list(folder.iterdir()) == [path]  # no temporary file left
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600  # personal data: the owner's only


def test_export_person_csv(db: Database, tmp_path: Path) -> None:
    s = story(db)
    path = tmp_path / "helene.csv"
    export_person_csv(db, s.helene, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["section", "field", "value"]
    assert ["profile", "email", "helene@exemple.qc.ca"] in rows
    assert ["profile", "consent_keep", "true"] in rows
    assert ["profile", "consent_withdrawn_on", ""] in rows
    assert ["skills", "skills_offered", "Négociation"] in rows
    assert ["pairs 1", "partner_name", "Léo Bélanger"] in rows
    assert ["sessions 2", "duration_minutes", "120"] in rows
    assert ["follow_up 2", "satisfaction", "5"] in rows
    assert ["status_history 2", "status", "ended"] in rows
    sections = [r[0].rsplit(" ", 1)[0] for r in rows[1:]]
    order = list(dict.fromkeys(sections))
    assert order == [
        "profile",
        "skills",
        "pairs",
        "objectives",
        "sessions",
        "follow_up",
        "status_history",
        "refused_matches",
    ]


def test_csv_rows_take_the_labels_given() -> None:
    data = {"profile": {"consent_keep": True, "email": None}, "sessions": [{"held_on": "x"}]}
    labels = {"profile": "Profil", "consent_keep": "Garder", "true": "oui", "sessions": "Séance"}
    assert person_rows(data, labels) == [
        ["Profil", "Garder", "oui"],
        ["Profil", "email", ""],
        ["Séance 1", "held_on", "x"],
    ]


# -- erasing -------------------------------------------------------------------------------


def test_generation_year_keeps_the_generation() -> None:
    for year in (1920, 1945, 1946, 1958, 1964, 1965, 1980, 1981, 1996, 1997, 2012, 2013, 2020):
        kept = generation_year(year)
        assert kept is not None and generation_of(kept) == generation_of(year)
        assert kept >= 1900
    assert generation_year(1962) == 1946
    assert generation_year(None) is None


def test_erase_person_removes_what_names_them_and_keeps_the_figures(db: Database) -> None:
    s = story(db)
    events: list[Topic] = []
    db.bus.subscribe(events.append)

    summary = erase_person(db, s.helene)

    assert summary == ErasureSummary(
        member_id=s.helene, pairs_kept=1, sessions_kept=3, minutes_kept=270
    )
    assert {Topic.MEMBERS, Topic.PAIRS, Topic.SESSIONS} <= set(events)
    got = MemberService(db).get(s.helene)
    assert (got.first_name, got.last_name) == (ERASED_FIRST_NAME, f"#{s.helene}")
    for name in (
        "email",
        "phone",
        "city",
        "organisation",
        "department",
        "manager_name",
        "years_experience",
        "languages",
        "availability",
        "notes",
        "consent_how",
    ):
        assert getattr(got, name) is None, name
    assert got.birth_year == 1946
    assert got.generation == Generation.BABY_BOOMER
    assert got.role == Role.MENTEE
    assert got.skills_offered == () and got.skills_wanted == ()
    assert got.status == MemberStatus.ARCHIVED
    assert got.is_erased
    assert got.consent_on == D(2023, 1, 10)  # the record of the consent stays

    rows = db.query(
        "SELECT place, frequency, match_reasons, capacity_override_reason, mentor_learned,"
        " mentee_learned, closing_comment, status, outcome, end_reason, match_score "
        "FROM pair WHERE id = ?",
        (s.ended_pair,),
    )
    assert rows == [(None,) * 7 + ("ended", "yes", "objectives_reached", 12.5)]
    assert db.query(
        "SELECT held_on, duration_minutes, topics, notes, place FROM mentoring_session "
        "WHERE pair_id = ? ORDER BY held_on",
        (s.ended_pair,),
    ) == [
        ("2024-01-15", 90, None, None, None),
        ("2024-02-12", 120, None, None, None),
        ("2024-03-11", 60, None, None, None),
    ]
    assert db.query(
        "SELECT text, indicator, status FROM objective WHERE pair_id = ? ORDER BY id",
        (s.ended_pair,),
    ) == [("—", None, "reached"), ("—", None, "dropped")]
    assert db.query(
        "SELECT satisfaction, comment, action FROM follow_up_entry WHERE pair_id = ?",
        (s.ended_pair,),
    ) == [(4, None, None), (5, None, None)]
    assert db.query(
        "SELECT status, effective_on, note FROM pair_status_change WHERE pair_id = ?",
        (s.ended_pair,),
    ) == [("active", "2024-01-08", None), ("ended", "2024-09-30", None)]
    assert db.query("SELECT count(*) FROM refused_match") == [(0,)]
    assert db.query("SELECT count(*) FROM member_skill WHERE member_id = ?", (s.helene,)) == [(0,)]

    # The others keep everything: Léo's profile and skills, the pair of Léo and Zoé.
    leo = MemberService(db).get(s.leo)
    assert (leo.email, leo.phone, leo.skills_offered) == (
        "leo@exemple.qc.ca",
        "418 555-0100",
        ("Réseaux sociaux",),
    )
    assert db.query("SELECT notes FROM mentoring_session WHERE pair_id = ?", (s.other_pair,)) == [
        ("Zoé découvre Teams",)
    ]
    assert db.query("SELECT text FROM objective WHERE pair_id = ?", (s.other_pair,)) == [
        ("Zoé anime une visio",)
    ]

    # The person's data, asked again, says nothing of them.
    text = json.dumps(person_data(db, s.helene), ensure_ascii=False)
    assert "Hélène" not in text and "Côté" not in text


def test_erasing_leaves_the_program_figures_as_they_were(db: Database) -> None:
    s = story(db)
    # A second ended pair with figures in this year, and the person archived beforehand
    # (the register's counts by generation and role are of the active members).
    anne = add_member(db, "Anne", "Roy", birth_year=1999, role=Role.MENTOR)
    add_pair(
        db,
        anne,
        s.helene,
        [(PairStatus.ACTIVE, D(TODAY.year, 1, 1)), (PairStatus.ENDED, TODAY)],
        sessions=[(D(TODAY.year, 1, 5), 75), (TODAY, 30)],
        objectives=[ObjectiveStatus.REACHED],
        follow_ups=[(TODAY, 2)],
        planned_end=TODAY + dt.timedelta(days=90),
        end_reason=EndReason.MISMATCH,
    )
    MemberService(db).archive([s.helene])

    def figures() -> tuple[Any, ...]:
        grid = compute_grid(db, TODAY, 36)
        cells = {row.pair_id: (row.cells, row.total_hours) for row in grid.rows}
        reports = [
            [(p.pair_id, p.hours, p.commitment_hours, p.state) for p in month_report(db, month)]
            for month in (D(2024, 2, 1), D(2024, 3, 1), D(TODAY.year, 1, 1))
        ]
        return (
            compute_dashboard(db, TODAY),
            grid.month_totals,
            grid.month_met_share,
            cells,
            reports,
        )

    before = figures()
    erase_person(db, s.helene)
    after = figures()
    assert after == before
    assert before[0].objectives_total == 4  # figures there to compare (not all empty)
    assert before[0].hours_this_year > 0


def test_erasing_someone_in_a_current_pair_is_refused(db: Database) -> None:
    s = story(db)
    before = person_data(db, s.zoe)
    error = refused(lambda: erase_person(db, s.zoe)).for_field("member_id")
    assert error is not None
    assert (error.code, error.params) == (
        "in_current_pair",
        {"count": 1, "pair_ids": [s.other_pair]},
    )
    after = person_data(db, s.zoe)
    before.pop("exported_at")
    after.pop("exported_at")
    assert after == before  # nothing written


def test_erasing_with_end_pairs_ends_them_first(db: Database) -> None:
    s = story(db)
    summary = erase_person(db, s.zoe, end_pairs=True, today=D(2025, 2, 3))
    assert summary == ErasureSummary(s.zoe, 1, 1, 60, pairs_ended=1)
    assert db.query(
        "SELECT status, ended_on, end_reason FROM pair WHERE id = ?", (s.other_pair,)
    ) == [("ended", "2025-02-03", "no_longer_available")]
    assert db.query(
        "SELECT status, effective_on FROM pair_status_change WHERE pair_id = ? ORDER BY id",
        (s.other_pair,),
    ) == [("active", "2024-10-01"), ("ended", "2025-02-03")]
    assert MemberService(db).get(s.zoe).is_erased
    # Léo's other (ended) pair with Hélène kept its texts: only Zoé's pair was cleared.
    assert db.query("SELECT closing_comment FROM pair WHERE id = ?", (s.ended_pair,)) == [
        ("Belle fin avec Hélène",)
    ]


def test_erasing_twice_clears_texts_written_since(db: Database) -> None:
    s = story(db)
    erase_person(db, s.helene, today=D(2025, 1, 2))
    first = MemberService(db).get(s.helene).erased_at
    from sqlalchemy import text

    with db.transaction() as session:
        session.execute(
            text("UPDATE member SET notes = 'nouvelle note' WHERE id = :i"), {"i": s.helene}
        )
    erase_person(db, s.helene)
    got = MemberService(db).get(s.helene)
    assert got.notes is None
    assert got.erased_at == first
    assert first is not None and first.date() == D(2025, 1, 2)


def test_erasing_an_unknown_member(db: Database) -> None:
    with pytest.raises(NotFoundError):
        erase_person(db, 404)


def test_the_follow_up_list_still_reads_after_an_erasure(db: Database) -> None:
    s = story(db)
    erase_person(db, s.zoe, end_pairs=True)
    assert all(item.pair_id != s.other_pair for item in to_follow_up(db, TODAY))


UNUSUAL = ("zxqvprivacy@example.org", "Quizzlewick", "Frobnitzia", "Blorptastic", "Wuggleton")


def _raw_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data


def _secure_delete_is_on(db: Database) -> bool:
    with db.engine.connect() as connection:
        return bool(connection.exec_driver_sql("PRAGMA secure_delete").scalar())


@pytest.mark.sqlite_only
def test_erased_values_are_gone_from_the_file_and_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    db = open_database(path)
    try:
        if not _secure_delete_is_on(db):
            pytest.skip("core/database.py does not set PRAGMA secure_delete = ON yet")
        email, last_name, note, session_note, comment = UNUSUAL
        person = add_member(
            db,
            "Ottoline",
            last_name,
            email=email,
            phone="555 0199 4242",
            notes=note,
            birth_year=1960,
        )
        partner = add_member(db, "Léo", "Roy", birth_year=2000)
        add_pair(
            db,
            partner,
            person,
            [(PairStatus.ACTIVE, D(2024, 1, 8)), (PairStatus.ENDED, D(2024, 6, 30))],
            sessions=[(D(2024, 1, 15), 60), (D(2024, 2, 15), 60)],
            session_text=session_note,
            objectives=[ObjectiveStatus.REACHED],
            objective_text=session_note,
            follow_ups=[(D(2024, 3, 1), 4)],
            follow_up_text=comment,
            closing_comment=comment,
        )
        # Move everything into the database file, so that the erasure has to overwrite it
        # there (not only in the -wal).
        with sqlite3.connect(path) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        assert all(s.encode() in path.read_bytes() for s in UNUSUAL)

        erase_person(db, person)

        wal = path.with_name(path.name + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0  # emptied at once
        data = _raw_bytes(path)
        for value in (*UNUSUAL, "Ottoline", "555 0199 4242"):
            assert value.encode() not in data, value
        assert MemberService(db).get(partner).full_name == "Léo Roy"
    finally:
        db.close()
    data = _raw_bytes(path)
    for value in (*UNUSUAL, "Ottoline"):
        assert value.encode() not in data, value


# -- retention -----------------------------------------------------------------------------


def test_members_past_retention(db: Database) -> None:
    today = D(2026, 6, 15)  # retention: 36 months, so kept until 2023-06-15 at the latest
    old = D(2020, 1, 1)
    alone = add_member(db, "Alone", "A")  # registered long ago, never paired
    recent_session = add_member(db, "Recent", "B")
    ended_long_ago = add_member(db, "Ended", "C")
    in_pair = add_member(db, "Busy", "D")
    erased = add_member(db, "Erased", "E")
    fresh = add_member(db, "Fresh", "F")
    edge = add_member(db, "Edge", "G")
    partner = add_member(db, "Partner", "H")
    followed = add_member(db, "Followed", "I")
    for member_id in (alone, recent_session, ended_long_ago, in_pair, erased, edge, partner):
        set_dates(db, member_id, old)
    set_dates(db, fresh, D(2025, 1, 1))
    set_dates(db, edge, D(2023, 6, 15))  # kept until today: not yet past
    set_dates(db, followed, old)
    ended = [(PairStatus.ACTIVE, D(2019, 1, 1)), (PairStatus.ENDED, D(2023, 1, 1))]
    add_pair(db, partner, ended_long_ago, ended, sessions=[(D(2022, 12, 1), 60)])
    add_pair(
        db,
        partner,
        recent_session,
        [(PairStatus.ACTIVE, D(2019, 1, 1)), (PairStatus.ENDED, D(2019, 6, 1))],
        sessions=[(D(2023, 7, 1), 60)],  # logged after the end: still an activity
    )
    add_pair(db, partner, in_pair, [(PairStatus.PAUSED, D(2019, 1, 1))])
    add_pair(
        db,
        partner,
        followed,
        [(PairStatus.ACTIVE, D(2019, 1, 1)), (PairStatus.ENDED, D(2019, 6, 1))],
        follow_ups=[(D(2024, 1, 1), None)],
    )
    erase_person(db, erased)

    found = members_past_retention(db, today)
    assert found == [
        RetentionCandidate(alone, "Alone", "A", MemberStatus.ACTIVE, old, D(2023, 1, 1)),
        RetentionCandidate(
            ended_long_ago, "Ended", "C", MemberStatus.ACTIVE, D(2023, 1, 1), D(2026, 1, 1)
        ),
    ]
    assert found[0].full_name == "Alone A"
    # The partner is in a current (paused) pair: kept. The edge member goes a day later.
    assert [c.member_id for c in members_past_retention(db, today + dt.timedelta(days=1))] == [
        alone,
        ended_long_ago,
        edge,
    ]
    SettingsService(db).update(retention_months=120)
    assert members_past_retention(db, today) == []


def test_anonymise_past_retention(db: Database) -> None:
    today = D(2026, 6, 15)
    a = add_member(db, "Anna", "Old", email="a@x.org")
    b = add_member(db, "Bert", "Old", email="b@x.org")
    keep = add_member(db, "Carl", "New", email="c@x.org")
    for member_id in (a, b):
        set_dates(db, member_id, D(2020, 1, 1))
    add_pair(
        db,
        a,
        b,
        [(PairStatus.ACTIVE, D(2020, 1, 1)), (PairStatus.ENDED, D(2020, 6, 1))],
        sessions=[(D(2020, 2, 1), 45)],
    )
    events: list[Topic] = []
    db.bus.subscribe(events.append)

    assert anonymise_past_retention(db, today) == 2
    assert Topic.MEMBERS in events
    service = MemberService(db)
    assert service.get(a).is_erased and service.get(b).is_erased
    assert service.get(keep).email == "c@x.org"
    assert db.query("SELECT SUM(duration_minutes) FROM mentoring_session") == [(45,)]
    assert anonymise_past_retention(db, today) == 0
    assert members_past_retention(db, today) == []


# -- consent -------------------------------------------------------------------------------


def test_members_without_consent(db: Database, members: MemberService) -> None:
    agreed = members.add(consenting())
    never = members.add(MemberInput(first_name="No", last_name="Consent"))
    withdrawn = members.add(
        consenting(first_name="Withdrawn", email="w@x.org", consent_withdrawn_on=D(2024, 3, 1))
    )
    contact_only = members.add(MemberInput(first_name="Call", last_name="Me", consent_contact=True))
    gone = members.add(MemberInput(first_name="Gone", last_name="Away"))
    erase_person(db, gone.id)
    assert members_without_consent(db) == [never.id, withdrawn.id, contact_only.id]
    assert agreed.id not in members_without_consent(db)


def test_csv_with_the_words_of_the_interface(db: Database, tmp_path: Path) -> None:
    from mentorat_desktop.i18n.privacy_messages import person_data_labels

    s = story(db)
    path = tmp_path / "helene.csv"
    export_person_csv(db, s.helene, path, labels=person_data_labels())
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["Section", "Field", "Value"]
    assert ["Profile", "E-mail", "helene@exemple.qc.ca"] in rows
    assert ["Profile", "Agrees to their data being kept", "yes"] in rows
    assert ["Pair 1", "Other member of the pair", "Léo Bélanger"] in rows
    assert ["Pair 1", "Status", "Ended"] in rows
    assert ["Pair 1", "Role", "Mentee"] in rows
    assert ["Follow-up 1", "Who spoke", "The mentee"] in rows
    # Every field has a title: no raw key is left in the second column.
    keys = {row[1] for row in person_rows(person_data(db, s.helene))}
    titled = {row[1] for row in rows[1:]}
    assert not keys & titled, keys & titled


def test_privacy_codes_have_sentences() -> None:
    from mentorat_desktop.core.errors import FieldError
    from mentorat_desktop.i18n.privacy_messages import privacy_error, privacy_field_label

    text = privacy_error(FieldError("member_id", "in_current_pair", {"count": 2}))
    assert text is not None and "2 current pair(s)" in text
    assert privacy_error(FieldError("consent_withdrawn_on", "withdrawn_before_consent"))
    assert privacy_error(FieldError("email", "email_invalid")) is None
    assert privacy_field_label("retention_months").startswith("Keep")
    assert privacy_field_label("email") == "E-mail"


def test_an_erased_member_can_be_neither_edited_nor_restored(db, members):
    import dataclasses

    from mentorat_desktop.core.errors import ValidationError
    from mentorat_desktop.core.privacy import erase_person
    from mentorat_desktop.core.services.members import MemberInput

    record = members.add(MemberInput(first_name="Quizzlewick", last_name="Zed", birth_year=1960))
    erase_person(db, record.id)
    erased = members.get(record.id)
    with pytest.raises(ValidationError) as refused:
        members.update(record.id, dataclasses.replace(_input_of(erased), first_name="Back"))
    assert refused.value.errors[0].code == "erased"
    with pytest.raises(ValidationError):
        members.restore([record.id])
    assert members.get(record.id).first_name != "Back"


def _input_of(record):
    from mentorat_desktop.core.services.members import MemberInput

    return MemberInput(
        first_name=record.first_name, last_name=record.last_name, birth_year=record.birth_year
    )


def test_a_person_in_a_local_group_gets_its_name_not_the_bookkeeping(
    db: Database, tmp_path: Path
) -> None:
    from mentorat_desktop.core.services.groups import GroupService
    from mentorat_desktop.i18n.privacy_messages import person_data_labels

    members = MemberService(db)
    db.coordinator = "Coordination Nord"
    helene = members.add(MemberInput(first_name="Hélène", last_name="Roy")).id
    groups = GroupService(db)
    groups.assign_members([helene], groups.create("Laurentides").id)
    profile = person_data(db, helene)["profile"]
    assert profile["local_group"] == "Laurentides"
    assert not {"group_id", "row_version", "changed_by", "changed_at"} & set(profile)
    path = tmp_path / "helene.csv"
    export_person_csv(db, helene, path, labels=person_data_labels())
    text = path.read_text(encoding="utf-8-sig")
    assert "Profile;Local group;Laurentides" in text
    assert "Coordination Nord" not in text
