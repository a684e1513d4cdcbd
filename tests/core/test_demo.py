"""The demo association: deterministic, realistic, fictional, and fast enough to benchmark."""

from __future__ import annotations

import datetime as dt
import fnmatch
import hashlib
import itertools
import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from statistics import mean

import pytest
from sqlalchemy import inspect, select

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.demo import (
    CATALOGUE,
    MEDIATION_ACTIONS,
    SESSION_TOPICS,
    DatabaseNotEmptyError,
    DemoSummary,
    ascii_slug,
    generate_demo,
    write_demo_database,
)
from mentorat_desktop.core.enums import (
    Direction,
    EndReason,
    Generation,
    MemberStatus,
    Mode,
    ObjectiveStatus,
    PairStatus,
    Role,
    Speaker,
)
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.models import (
    Base,
    Cohort,
    CohortObjective,
    FollowUpEntry,
    Member,
    MemberSkill,
    MentoringSession,
    Objective,
    Pair,
    PairStatusChange,
    ProgramSettings,
    Skill,
)
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.members import MemberRecord, MemberService, validate
from mentorat_desktop.core.services.pairs import PairRecord, PairService, allowed_transitions
from mentorat_desktop.core.services.sessions import (
    MAX_MINUTES,
    SessionRecord,
    SessionService,
    active_periods,
    period_errors,
    validate_session,
    was_active_on,
)
from mentorat_desktop.core.services.settings import SettingsService

TODAY = dt.date(2026, 3, 15)
FICTIONAL_DOMAIN = re.compile(r"^(?:[a-z0-9-]+\.)*example\.(?:org|net|ca)$")
FRENCH_FICTION_PHONE = re.compile(
    r"^0(?:1 99 00|2 61 91|3 53 01|4 65 71|5 36 49|6 39 98)( \d\d){2}$"
)
QUEBEC_FICTION_PHONE = re.compile(r"^\d{3}-555-01\d\d$")


def _open(path: Path) -> Database:
    return open_database(path)


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    database = _open(tmp_path / "demo.sqlite3")
    yield database
    database.close()


@pytest.fixture(scope="module")
def demo200(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DemoSummary, Database]]:
    database = _open(tmp_path_factory.mktemp("demo200") / "demo.sqlite3")
    summary = generate_demo(database, members=200, seed=7, today=TODAY)
    yield summary, database
    database.close()


@pytest.fixture(scope="module")
def members200(demo200: tuple[DemoSummary, Database]) -> list[MemberRecord]:
    return MemberService(demo200[1]).list_members()


@pytest.fixture(scope="module")
def pairs200(demo200: tuple[DemoSummary, Database]) -> list[PairRecord]:
    return PairService(demo200[1]).list_pairs()


@pytest.fixture(scope="module")
def sessions200(demo200: tuple[DemoSummary, Database]) -> list[SessionRecord]:
    return SessionService(demo200[1]).list_sessions()


@pytest.fixture(scope="module")
def follow_ups200(demo200: tuple[DemoSummary, Database]) -> list[FollowUpEntry]:
    return _follow_ups(demo200[1])


def _follow_ups(database: Database) -> list[FollowUpEntry]:
    with database.reading() as session:
        rows = session.scalars(select(FollowUpEntry).order_by(FollowUpEntry.id)).all()
        session.expunge_all()
        return list(rows)


def _raw_rows(database: Database) -> list[tuple[object, ...]]:
    """Every stored value of the members, their skills, the catalogue, the settings, the
    cohorts and the pairs with their histories and objectives."""
    with database.reading() as session:
        rows: list[tuple[object, ...]] = []
        models: tuple[type[Base], ...] = (
            Member,
            MemberSkill,
            Skill,
            ProgramSettings,
            Cohort,
            CohortObjective,
            Pair,
            PairStatusChange,
            Objective,
            MentoringSession,
            FollowUpEntry,
        )
        for model in models:
            mapper = inspect(model)
            query = select(*mapper.columns).order_by(*mapper.primary_key)
            rows += [(model.__name__, *row) for row in session.execute(query)]
        return rows


# -- determinism -------------------------------------------------------------------------------


def test_same_seed_and_day_give_the_same_association(tmp_path: Path) -> None:
    first, second = _open(tmp_path / "a.sqlite3"), _open(tmp_path / "b.sqlite3")
    try:
        summary = generate_demo(first, members=80, seed=11, today=TODAY)
        assert summary == generate_demo(second, members=80, seed=11, today=TODAY)
        assert summary.sessions > 0 and summary.follow_up_entries > 0
        assert MemberService(first).list_members() == MemberService(second).list_members()
        assert _raw_rows(first) == _raw_rows(second)  # timestamps included
        assert SettingsService(first).get() == SettingsService(second).get()
        pairs = PairService(first).list_pairs()
        assert pairs and pairs == PairService(second).list_pairs()
        assert CohortService(first).list_cohorts() == CohortService(second).list_cohorts()
        sessions = SessionService(first).list_sessions()
        assert sessions and sessions == SessionService(second).list_sessions()
    finally:
        first.close()
        second.close()


# The rows a fixed seed and day give, column by column (named: a column added later does not
# change the digest). Pinned when the generator was split into modules and its word tables
# moved to data files: the demo of every seed stayed the same. A deliberate change to the demo
# (a step, a table, a word) changes this digest; update it in the same commit and say why.
PINNED_COLUMNS = {
    "skill": "id, name",
    "member": "id, first_name, last_name, birth_year, email, phone, city, organisation,"
    " department, manager_name, years_experience, languages, role, availability,"
    " preferred_mode, capacity, mentor_training_on, consent_on, notes, status, archived_at,"
    " created_at, updated_at",
    "member_skill": "member_id, skill_id, kind",
    "cohort": "id, name, start_date, end_date, description",
    "cohort_objective": "id, cohort_id, text, indicator, target",
    "pair": "id, mentor_id, mentee_id, cohort_id, status, start_date, planned_end,"
    " charter_signed_on, ended_on, end_reason, monthly_commitment_hours, place, mode,"
    " frequency, outcome, mentor_learned, mentee_learned, closing_comment, created_at",
    "pair_status_change": "id, pair_id, status, effective_on, note, recorded_at",
    "objective": "id, pair_id, text, indicator, target_date, status, direction",
    "mentoring_session": "id, pair_id, held_on, duration_minutes, mode, place, topics,"
    " direction, notes, created_at",
    "follow_up_entry": "id, pair_id, held_on, speaker, satisfaction, comment, action, recheck_on",
}
# Last changed when the texts took the typographic apostrophe (« l’association »): with
# "’" read back as "'", the rows gave the former digest, 27be5061…
PINNED_DIGEST = "617c59d59b2561952558d62f8aedad81f2a8a769fb3192d41da40e0a51431405"


def test_a_fixed_seed_and_day_give_the_pinned_association(empty_db: Database) -> None:
    generate_demo(empty_db, members=60, seed=5, today=TODAY)
    assert empty_db.query("SELECT first_name, last_name, city FROM member ORDER BY id LIMIT 2") == [
        ("Francis", "Bédard", "Rimouski"),
        ("Jocelyne", "Després", "Rimouski"),
    ]
    assert empty_db.query("SELECT count(*) FROM mentoring_session") == [(158,)]
    digest = hashlib.sha256()
    rows = 0
    for table, columns in PINNED_COLUMNS.items():
        for row in empty_db.query(f"SELECT {columns} FROM {table} ORDER BY rowid"):
            digest.update(repr(tuple(row)).encode())
            rows += 1
    assert rows == 721
    assert digest.hexdigest() == PINNED_DIGEST


def test_the_word_tables_ship_with_the_package() -> None:
    """pip install and the one-folder build carry the demo's data files."""
    root = Path(__file__).resolve().parents[2]
    package = root / "mentorat_desktop"
    files = sorted((package / "core" / "demo" / "data").glob("*.json"))
    assert len(files) >= 8
    setup = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    patterns = setup["package-data"]["mentorat_desktop"]
    for file in files:
        name = file.relative_to(package).as_posix()
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name
    spec = (root / "packaging" / "mentorat.spec").read_text("utf-8")
    carried = '"core" / "demo" / "data" / "*.json"), "mentorat_desktop/core/demo/data")'
    assert carried in spec


def test_the_sessions_do_not_change_what_came_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each step draws from its own stream: the sessions and follow-ups leave the members,
    pairs and objectives exactly as they would be without them."""
    from mentorat_desktop.core.demo import generate as demo_steps

    first, second = _open(tmp_path / "a.sqlite3"), _open(tmp_path / "b.sqlite3")
    try:
        generate_demo(first, members=90, seed=4, today=TODAY)
        # without the sessions and the follow-ups
        monkeypatch.setattr(demo_steps, "_STEPS", demo_steps._STEPS[:-2])
        generate_demo(second, members=90, seed=4, today=TODAY)
        assert PairService(first).list_pairs() == PairService(second).list_pairs()
        assert _raw_rows(second) == [
            row for row in _raw_rows(first) if row[0] not in ("MentoringSession", "FollowUpEntry")
        ]
    finally:
        first.close()
        second.close()


def test_different_seeds_give_different_members(tmp_path: Path) -> None:
    first, second = _open(tmp_path / "a.sqlite3"), _open(tmp_path / "b.sqlite3")
    try:
        generate_demo(first, members=50, seed=1, today=TODAY)
        generate_demo(second, members=50, seed=2, today=TODAY)
        names = [(m.first_name, m.last_name) for m in MemberService(first).list_members()]
        others = [(m.first_name, m.last_name) for m in MemberService(second).list_members()]
        assert names != others
    finally:
        first.close()
        second.close()


# -- what is generated -------------------------------------------------------------------------


def test_the_requested_number_of_members(empty_db: Database) -> None:
    summary = generate_demo(empty_db, members=37, today=TODAY)
    assert summary.members == 37
    assert MemberService(empty_db).count() == 37
    assert summary.mentors + summary.mentees + summary.either == 37


def test_zero_members_still_sets_up_the_association(empty_db: Database) -> None:
    summary = generate_demo(empty_db, members=0, today=TODAY)
    assert summary.members == 0
    assert summary.skills > 0
    assert SettingsService(empty_db).get().association_name


def test_settings_describe_a_fictional_association(empty_db: Database) -> None:
    generate_demo(empty_db, members=5, today=TODAY)
    settings = SettingsService(empty_db).get()
    assert settings.association_name
    assert settings.coordinator_name
    assert settings.coordinator_email is not None
    assert FICTIONAL_DOMAIN.match(settings.coordinator_email.split("@")[1])
    assert settings.coordinator_phone is not None
    assert FRENCH_FICTION_PHONE.match(settings.coordinator_phone)
    assert settings.default_commitment_hours == 3.0


def test_summary_counts_match_the_database(
    demo200: tuple[DemoSummary, Database], members200: list[MemberRecord]
) -> None:
    summary = demo200[0]
    assert summary.members == len(members200) == 200
    assert summary.mentors == sum(m.role == Role.MENTOR for m in members200)
    assert summary.mentees == sum(m.role == Role.MENTEE for m in members200)
    assert summary.archived == sum(m.status == MemberStatus.ARCHIVED for m in members200)
    assert summary.without_email == sum(m.email is None for m in members200)
    links = sum(len(m.skills_offered) + len(m.skills_wanted) for m in members200)
    assert summary.member_skills == links
    assert summary.skills == len(MemberService(demo200[1]).skill_names())


def test_all_four_generations_are_present(members200: list[MemberRecord]) -> None:
    generations = {m.generation for m in members200}
    assert {Generation.BABY_BOOMER, Generation.X, Generation.Y, Generation.Z} <= generations


def test_mentors_are_younger_than_mentees(members200: list[MemberRecord]) -> None:
    mentors = [m.birth_year for m in members200 if m.role == Role.MENTOR and m.birth_year]
    mentees = [m.birth_year for m in members200 if m.role == Role.MENTEE and m.birth_year]
    assert mentors and mentees
    assert mean(mentors) > mean(mentees) + 10
    assert Role.EITHER in {m.role for m in members200}


def test_high_school_students_mentor(members200: list[MemberRecord]) -> None:
    minors = [m for m in members200 if m.birth_year and TODAY.year - m.birth_year < 18]
    assert len(minors) >= 2
    assert all(m.role == Role.MENTOR for m in minors)


def test_names_carry_accents_and_hyphens(members200: list[MemberRecord]) -> None:
    names = [m.full_name for m in members200]
    assert any(not name.isascii() for name in names)
    assert any("-" in name for name in names)
    everyone = " ".join(names)
    assert any(ord(c) > 0xFF for c in everyone)  # a newcomer beyond Latin-1


def test_every_member_passes_validation(members200: list[MemberRecord]) -> None:
    for member in members200:
        assert validate(member.to_input().cleaned(), today=TODAY) == [], member.full_name


def test_emails_are_unique_lower_case_and_fictional(members200: list[MemberRecord]) -> None:
    emails = [m.email for m in members200 if m.email]
    assert len(emails) == len(set(emails))
    for email in emails:
        assert email == email.lower() and email.isascii()
        local, domain = email.split("@")
        assert local and FICTIONAL_DOMAIN.match(domain), email


def test_members_without_email_have_a_phone(members200: list[MemberRecord]) -> None:
    without = [m for m in members200 if not m.email]
    assert without  # some seniors have no e-mail
    assert all(m.phone for m in without)
    assert all(m.generation == Generation.BABY_BOOMER for m in without)


def test_phones_are_in_ranges_reserved_for_fiction(members200: list[MemberRecord]) -> None:
    phones = [m.phone for m in members200 if m.phone]
    assert any(QUEBEC_FICTION_PHONE.match(p) for p in phones)
    assert any(FRENCH_FICTION_PHONE.match(p) for p in phones)
    for phone in phones:
        assert FRENCH_FICTION_PHONE.match(phone) or QUEBEC_FICTION_PHONE.match(phone), phone


def test_cities_from_quebec_and_france(members200: list[MemberRecord]) -> None:
    quebec = {"Montréal", "Québec", "Sherbrooke", "Trois-Rivières", "Gatineau", "Rimouski"}
    quebec |= {"Saguenay", "Laval", "Longueuil"}
    share = sum(m.city in quebec for m in members200) / len(members200)
    assert 0.2 < share < 0.5


def test_skills_on_both_sides_meet(members200: list[MemberRecord]) -> None:
    active = [m for m in members200 if m.status == MemberStatus.ACTIVE]
    for member in members200:
        assert 2 <= len(member.skills_offered) <= 4
        assert 2 <= len(member.skills_wanted) <= 4
        assert not set(member.skills_offered) & set(member.skills_wanted)
    wanted_by_mentees = {s for m in active if m.role == Role.MENTEE for s in m.skills_wanted}
    mentor_offers = [s for m in active if m.role == Role.MENTOR for s in m.skills_offered]
    met = sum(s in wanted_by_mentees for s in mentor_offers)
    assert met / len(mentor_offers) > 0.6


def test_teams_and_reporting_lines_give_exclusions(members200: list[MemberRecord]) -> None:
    teams = Counter((m.organisation, m.department) for m in members200 if m.department)
    assert any(count >= 2 for count in teams.values())
    names = {m.full_name for m in members200}
    assert any(m.manager_name in names for m in members200 if m.manager_name)


def test_dates_are_in_the_past_and_in_range(members200: list[MemberRecord]) -> None:
    trained = [m for m in members200 if m.mentor_training_on]
    mentors = [m for m in members200 if m.role == Role.MENTOR]
    assert 0.5 < sum(m.mentor_training_on is not None for m in mentors) / len(mentors) < 0.9
    for m in trained:
        assert m.mentor_training_on is not None
        assert TODAY - dt.timedelta(days=366) <= m.mentor_training_on <= TODAY
        assert m.role != Role.MENTEE
    consented = [m.consent_on for m in members200 if m.consent_on]
    assert len(consented) / len(members200) > 0.85
    assert all(TODAY - dt.timedelta(days=731) <= d <= TODAY for d in consented)
    archived = [m for m in members200 if m.status == MemberStatus.ARCHIVED]
    assert len(archived) == 10


def test_years_of_experience_fit_the_age(members200: list[MemberRecord]) -> None:
    for m in members200:
        assert m.birth_year is not None and m.years_experience is not None
        assert 0 <= m.years_experience <= max(0, TODAY.year - m.birth_year - 16)


def test_announces_what_changed(empty_db: Database) -> None:
    heard: list[Topic] = []
    empty_db.bus.subscribe(heard.append)
    generate_demo(empty_db, members=3, today=TODAY)
    assert set(heard) == {
        Topic.MEMBERS,
        Topic.SKILLS,
        Topic.SETTINGS,
        Topic.PAIRS,
        Topic.SESSIONS,
        Topic.FOLLOW_UP,
    }


def test_refuses_a_database_that_already_has_members(empty_db: Database) -> None:
    generate_demo(empty_db, members=10, today=TODAY)
    before = _raw_rows(empty_db)
    with pytest.raises(DatabaseNotEmptyError):
        generate_demo(empty_db, members=10, seed=3, today=TODAY)
    assert _raw_rows(empty_db) == before


def test_five_thousand_members(empty_db: Database) -> None:
    summary = generate_demo(empty_db, members=5000, today=TODAY)
    assert summary.members == 5000
    assert MemberService(empty_db).count() == 5000
    assert 1500 <= summary.pairs <= 1667  # about one pair for three members
    pairs = PairService(empty_db).list_pairs()
    assert len(pairs) == summary.pairs
    members = MemberService(empty_db).list_members()
    _assert_pairs_obey_the_rules(pairs, members, TODAY)
    sessions = SessionService(empty_db).list_sessions()
    assert len(sessions) == summary.sessions
    assert 8 * summary.pairs <= summary.sessions <= 15 * summary.pairs
    _assert_sessions_obey_the_rules(sessions, pairs, members, TODAY)
    follow_ups = _follow_ups(empty_db)
    assert len(follow_ups) == summary.follow_up_entries
    _assert_follow_ups_obey_the_rules(follow_ups, pairs, TODAY)


def test_ascii_slug_folds_names_for_addresses() -> None:
    assert ascii_slug("Jean-Philippe") == "jean-philippe"
    assert ascii_slug("Côté") == "cote"
    assert ascii_slug("Łukasz") == "lukasz"
    assert ascii_slug("Nguyễn") == "nguyen"
    assert ascii_slug("Şahin") == "sahin"
    assert ascii_slug("Øyvind") == "oyvind"
    assert ascii_slug("D'Amours") == "damours"
    assert ascii_slug("Thị Hoa") == "thi-hoa"


# -- cohorts, pairs and objectives ---------------------------------------------------------------


def _assert_pairs_obey_the_rules(
    pairs: list[PairRecord], members: list[MemberRecord], today: dt.date
) -> None:
    """What PairService would demand of each pair, and what a careful coordinator would."""
    by_id = {m.id: m for m in members}
    held: Counter[int] = Counter()
    for pair in pairs:
        mentor, mentee = by_id[pair.mentor_id], by_id[pair.mentee_id]
        label = f"pair {pair.id}: {pair.mentor_name} -> {pair.mentee_name}"
        assert mentor.role in (Role.MENTOR, Role.EITHER), label
        assert mentee.role in (Role.MENTEE, Role.EITHER), label
        if mentor.birth_year is not None and mentee.birth_year is not None:
            assert mentor.birth_year > mentee.birth_year, label  # the younger one mentors
        assert mentor.status == mentee.status == MemberStatus.ACTIVE, label
        if mentor.organisation is not None:
            team = (mentor.organisation, mentor.department)
            assert team != (mentee.organisation, mentee.department), label
        assert mentor.manager_name != mentee.full_name, label
        assert mentee.manager_name != mentor.full_name, label
        if pair.status in (PairStatus.ACTIVE, PairStatus.PAUSED):
            held[mentor.id] += 1
            held[mentee.id] += 1

        # The history: from the proposal to the current status, in order, never ahead of today.
        steps = pair.history
        assert steps and steps[0].status == PairStatus.PROPOSED, label
        assert steps[-1].status == pair.status, label
        for before, after in itertools.pairwise(steps):
            assert after.status in allowed_transitions(before.status), label
            assert before.effective_on <= after.effective_on, label
            assert before.recorded_at <= after.recorded_at, label
        assert all(step.effective_on <= today for step in steps), label

        if pair.status == PairStatus.PROPOSED:
            assert pair.start_date is None and pair.charter_signed_on is None, label
            assert pair.ended_on is None and pair.end_reason is None, label
        else:
            assert pair.start_date is not None and pair.planned_end is not None, label
            assert pair.charter_signed_on == pair.start_date <= today, label
            assert pair.start_date <= pair.planned_end, label
            first_active = next(s for s in steps if s.status == PairStatus.ACTIVE)
            assert first_active.effective_on == pair.start_date, label
        if pair.status == PairStatus.ENDED:
            assert pair.ended_on == steps[-1].effective_on, label
            assert pair.end_reason in (
                EndReason.OBJECTIVES_REACHED,
                EndReason.NO_LONGER_AVAILABLE,
                EndReason.MISMATCH,
            ), label
            assert pair.outcome is not None and pair.closing_comment, label
        else:
            assert pair.ended_on is None and pair.outcome is None, label

        assert pair.monthly_commitment_hours in (2.0, 3.0, 4.0), label
        assert pair.place and pair.frequency, label
        assert pair.match_score is None and pair.match_reasons is None, label
        assert pair.charter_version >= 1, label

    for member_id, count in held.items():
        assert count <= by_id[member_id].capacity, by_id[member_id].full_name
    couples = Counter(frozenset((p.mentor_id, p.mentee_id)) for p in pairs)
    assert max(couples.values(), default=1) == 1  # never the same two twice


def test_pairs_obey_the_rules(pairs200: list[PairRecord], members200: list[MemberRecord]) -> None:
    assert pairs200
    _assert_pairs_obey_the_rules(pairs200, members200, TODAY)


@pytest.mark.parametrize(
    "today", [dt.date(2024, 2, 29), dt.date(2026, 1, 31), dt.date(2026, 12, 31)]
)
def test_pairs_obey_the_rules_whatever_the_day(empty_db: Database, today: dt.date) -> None:
    summary = generate_demo(empty_db, members=150, seed=3, today=today)
    pairs = PairService(empty_db).list_pairs()
    assert len(pairs) == summary.pairs > 0
    members = MemberService(empty_db).list_members()
    _assert_pairs_obey_the_rules(pairs, members, today)
    sessions = SessionService(empty_db).list_sessions()
    assert len(sessions) == summary.sessions > 0
    _assert_sessions_obey_the_rules(sessions, pairs, members, today)
    _assert_follow_ups_obey_the_rules(_follow_ups(empty_db), pairs, today)


@pytest.mark.parametrize("members", [0, 1, 2, 4, 12])
def test_small_associations_get_few_pairs(empty_db: Database, members: int) -> None:
    summary = generate_demo(empty_db, members=members, seed=5, today=TODAY)
    assert summary.pairs <= round(members / 3)
    pairs = PairService(empty_db).list_pairs()
    assert len(pairs) == summary.pairs
    member_records = MemberService(empty_db).list_members()
    _assert_pairs_obey_the_rules(pairs, member_records, TODAY)
    sessions = SessionService(empty_db).list_sessions()
    assert len(sessions) == summary.sessions
    _assert_sessions_obey_the_rules(sessions, pairs, member_records, TODAY)
    _assert_follow_ups_obey_the_rules(_follow_ups(empty_db), pairs, TODAY)


def test_about_one_pair_for_three_members(demo200: tuple[DemoSummary, Database]) -> None:
    summary = demo200[0]
    assert 60 <= summary.pairs <= 67


def test_every_status_is_present_active_first(
    demo200: tuple[DemoSummary, Database], pairs200: list[PairRecord]
) -> None:
    summary = demo200[0]
    statuses = Counter(p.status for p in pairs200)
    assert statuses[PairStatus.PROPOSED] == summary.pairs_proposed > 0
    assert statuses[PairStatus.ACTIVE] == summary.pairs_active > 0
    assert statuses[PairStatus.PAUSED] == summary.pairs_paused > 0
    assert statuses[PairStatus.ENDED] == summary.pairs_ended > 0
    assert summary.pairs == len(pairs200) == sum(statuses.values())
    assert statuses.most_common(1)[0][0] == PairStatus.ACTIVE
    assert summary.status_changes == sum(len(p.history) for p in pairs200)


def test_pairs_have_a_varied_life(pairs200: list[PairRecord]) -> None:
    paused_once = [
        p
        for p in pairs200
        if p.status != PairStatus.PAUSED and PairStatus.PAUSED in {s.status for s in p.history}
    ]
    assert paused_once  # some went through a pause and came back (or ended)
    ended = [p for p in pairs200 if p.status == PairStatus.ENDED]
    assert len({p.end_reason for p in ended}) >= 2
    assert all(p.mentee_learned for p in ended)
    assert any(p.charter_version > 1 for p in pairs200)
    assert any(p.monthly_commitment_hours != 3.0 for p in pairs200)
    assert any(p.place == "En visio" for p in pairs200)
    assert any(
        p.place and p.place.startswith(("Médiathèque", "Bibliothèque", "Café")) for p in pairs200
    )
    running = [p.start_date for p in pairs200 if p.is_held]
    earliest = TODAY - dt.timedelta(days=336)  # started two to eleven months ago
    assert all(start is not None and earliest <= start <= TODAY for start in running)


def test_cohorts_with_their_objectives(
    demo200: tuple[DemoSummary, Database], pairs200: list[PairRecord]
) -> None:
    summary, database = demo200
    cohorts = CohortService(database).list_cohorts()
    assert len(cohorts) == summary.cohorts == 2
    assert sum(len(c.objectives) for c in cohorts) == summary.cohort_objectives
    for cohort in cohorts:
        assert cohort.name and cohort.description
        assert cohort.start_date is not None and cohort.end_date is not None
        assert cohort.start_date <= TODAY and cohort.start_date < cohort.end_date
        assert 2 <= len(cohort.objectives) <= 3
        assert all(o.text and o.indicator and o.target for o in cohort.objectives)
    in_a_cohort = [p for p in pairs200 if p.cohort_id is not None]
    assert len(in_a_cohort) > len(pairs200) / 2
    starts = {c.id: c.start_date or TODAY for c in cohorts}
    for pair in in_a_cohort:
        assert pair.cohort_id in starts
        if pair.start_date is not None:
            assert starts[pair.cohort_id] <= pair.start_date  # no pair before its cohort


def test_objectives_have_text_and_fit_the_pair(
    demo200: tuple[DemoSummary, Database], pairs200: list[PairRecord]
) -> None:
    summary = demo200[0]
    objectives = [o for p in pairs200 for o in p.objectives]
    assert len(objectives) == summary.objectives > 0
    assert sum(o.status == ObjectiveStatus.REACHED for o in objectives) == (
        summary.objectives_reached
    )
    assert all(o.text.strip() and o.indicator for o in objectives)
    for pair in pairs200:
        assert len(pair.objectives) <= 3
        assert len({o.text for o in pair.objectives}) == len(pair.objectives)
        if pair.status == PairStatus.PROPOSED:
            assert all(o.status == ObjectiveStatus.OPEN for o in pair.objectives)
            continue
        assert pair.objectives, pair.id
        assert pair.objectives[0].direction == Direction.MENTOR_TO_MENTEE
        if pair.status == PairStatus.ENDED:
            closed = (ObjectiveStatus.REACHED, ObjectiveStatus.DROPPED)
            assert all(o.status in closed for o in pair.objectives)
        assert pair.planned_end is not None
        assert all(o.target_date and o.target_date <= pair.planned_end for o in pair.objectives)
    assert any(not p.objectives for p in pairs200 if p.status == PairStatus.PROPOSED)
    directions = {o.direction for o in objectives}
    assert Direction.MENTEE_TO_MENTOR in directions  # the mentee passes on know-how too
    ended = [o for p in pairs200 if p.status == PairStatus.ENDED for o in p.objectives]
    reached = sum(o.status == ObjectiveStatus.REACHED for o in ended)
    assert reached > len(ended) / 2  # ended pairs mostly reached their objectives


def test_the_pairs_service_reads_them_all(
    demo200: tuple[DemoSummary, Database], pairs200: list[PairRecord]
) -> None:
    service = PairService(demo200[1])
    assert len(pairs200) == demo200[0].pairs
    for status in PairStatus:
        assert len(service.list_pairs(status=status)) == sum(p.status == status for p in pairs200)
    first = pairs200[0]
    assert service.get(first.id) == first
    held = [p for p in pairs200 if p.is_held]
    assert service.count_active_for(held[0].mentor_id) >= 1


# -- sessions and follow-ups ------------------------------------------------------------------


def _assert_sessions_obey_the_rules(
    sessions: list[SessionRecord],
    pairs: list[PairRecord],
    members: list[MemberRecord],
    today: dt.date,
) -> None:
    """What SessionService would demand of each session, and what the pair makes likely."""
    by_pair = {p.id: p for p in pairs}
    by_member = {m.id: m for m in members}
    periods = {p.id: active_periods(p.history) for p in pairs}
    seen: set[tuple[int, dt.date]] = set()
    for record in sessions:
        pair = by_pair[record.pair_id]
        label = f"session {record.id} of pair {pair.id} on {record.held_on}"
        assert validate_session(record.to_input(), today) == [], label
        assert 1 <= record.duration_minutes <= MAX_MINUTES, label
        assert 45 <= record.duration_minutes <= 120, label
        assert record.held_on <= today, label
        assert period_errors(periods[pair.id], record.held_on) == [], label
        assert was_active_on(periods[pair.id], record.held_on), label
        assert (pair.id, record.held_on) not in seen, label  # one session a day at most
        seen.add((pair.id, record.held_on))

        mentor, mentee = by_member[pair.mentor_id], by_member[pair.mentee_id]
        assert record.mode != Mode.ANY, label
        if record.mode == Mode.IN_PERSON:
            assert mentor.city == mentee.city, label
            assert record.place and record.place not in ("En visio", "Par téléphone"), label
            assert not record.place.endswith(" ou en visio"), label
        else:
            expected = "En visio" if record.mode == Mode.VIDEO else "Par téléphone"
            assert record.place == expected, label
        assert record.topics, label
        known = {*mentor.skills_offered, *mentee.skills_offered}
        for part in record.topics.split(" ; "):
            skill, _, subject = part.partition(" : ")
            assert skill in known and subject, label
        if record.direction == Direction.MENTOR_TO_MENTEE:
            skill = record.topics.partition(" : ")[0]
            assert skill in mentor.skills_offered and skill in mentee.skills_wanted, label
    never_started = {p.id for p in pairs if p.start_date is None}
    assert not never_started & {pair_id for pair_id, _ in seen}


def _assert_follow_ups_obey_the_rules(
    entries: list[FollowUpEntry], pairs: list[PairRecord], today: dt.date
) -> None:
    by_pair = {p.id: p for p in pairs}
    for entry in entries:
        pair = by_pair[entry.pair_id]
        label = f"entry {entry.id} of pair {pair.id} on {entry.held_on}"
        assert pair.start_date is not None and pair.start_date <= entry.held_on <= today, label
        assert entry.satisfaction is not None and 1 <= entry.satisfaction <= 5, label
        assert 2 <= entry.satisfaction <= 5, label
        assert entry.comment and "{" not in entry.comment, label
        assert entry.speaker in (Speaker.COORDINATOR, Speaker.MENTOR, Speaker.MENTEE), label
        if entry.action is not None:
            assert entry.speaker == Speaker.COORDINATOR, label
        if entry.recheck_on is not None:
            assert entry.recheck_on > entry.held_on, label
            assert entry.action, label
        if pair.ended_on is not None and entry.recheck_on is not None:
            assert entry.recheck_on <= pair.ended_on + dt.timedelta(days=45), label
    days = Counter((e.pair_id, e.held_on) for e in entries)
    assert max(days.values(), default=1) == 1


def _month_minutes(sessions: list[SessionRecord], month: dt.date) -> Counter[int]:
    return Counter(
        {
            pair_id: sum(
                s.duration_minutes
                for s in sessions
                if s.pair_id == pair_id
                and (s.held_on.year, s.held_on.month) == (month.year, month.month)
            )
            for pair_id in {s.pair_id for s in sessions}
        }
    )


def test_every_catalogue_skill_has_session_topics() -> None:
    assert set(SESSION_TOPICS) == set(CATALOGUE)
    for skill, (subjects, note) in SESSION_TOPICS.items():
        assert len(set(subjects)) == 3 and all(subjects), skill
        assert note.endswith("."), skill


def test_sessions_obey_the_rules(
    sessions200: list[SessionRecord],
    pairs200: list[PairRecord],
    members200: list[MemberRecord],
) -> None:
    assert sessions200
    _assert_sessions_obey_the_rules(sessions200, pairs200, members200, TODAY)


def test_summary_counts_sessions_and_follow_ups(
    demo200: tuple[DemoSummary, Database],
    sessions200: list[SessionRecord],
    follow_ups200: list[FollowUpEntry],
    pairs200: list[PairRecord],
) -> None:
    summary = demo200[0]
    assert summary.sessions == len(sessions200)
    minutes = sum(s.duration_minutes for s in sessions200)
    assert summary.session_hours == round(minutes / 60, 1)
    assert summary.follow_up_entries == len(follow_ups200)
    started = [p for p in pairs200 if p.start_date is not None]
    # About a dozen sessions per pair that has started, most of them 45 min to 1 h 30.
    assert 8 * len(started) <= summary.sessions <= 16 * len(started)
    assert 55 <= minutes / len(sessions200) <= 90
    # Every pair that has been active for more than a month has met.
    met = {s.pair_id for s in sessions200}
    for pair in started:
        periods = active_periods(pair.history)
        days = sum(((end or TODAY) - start).days for start, end in periods)
        if days > 45:
            assert pair.id in met, pair.id
    assert not met & {p.id for p in pairs200 if p.start_date is None}
    # Follow-up entries for about half the pairs that have started, one to four each (and
    # now and then a call about a silence, or the closing conversation).
    followed = Counter(e.pair_id for e in follow_ups200)
    assert 0.35 * len(started) <= len(followed) <= 0.75 * len(started)
    assert max(followed.values()) <= 4


def test_sessions_span_about_a_year_up_to_today(sessions200: list[SessionRecord]) -> None:
    days = [s.held_on for s in sessions200]
    assert max(days) >= TODAY - dt.timedelta(days=7)
    assert TODAY - dt.timedelta(days=500) <= min(days) <= TODAY - dt.timedelta(days=300)
    months = {(d.year, d.month) for d in days}
    # no month without a session in the last six (the pairs are fewer before)
    month, last = (TODAY - dt.timedelta(days=180)).replace(day=1), TODAY.replace(day=1)
    while month <= last:
        assert (month.year, month.month) in months, month
        month = (month + dt.timedelta(days=31)).replace(day=1)


def test_some_pairs_meet_the_commitment_last_month_and_some_do_not(
    sessions200: list[SessionRecord], pairs200: list[PairRecord]
) -> None:
    last_month = dt.date(TODAY.year, TODAY.month, 1) - dt.timedelta(days=1)
    first_day = last_month.replace(day=1)
    minutes = _month_minutes(sessions200, first_day)
    # the pairs active the whole of last month, with the usual three hours
    whole = [
        p
        for p in pairs200
        if p.monthly_commitment_hours == 3.0
        and all(
            was_active_on(active_periods(p.history), first_day + dt.timedelta(days=d))
            for d in range(last_month.day)
        )
    ]
    assert len(whole) >= 15
    met = [p for p in whole if minutes[p.id] >= 180]
    short = [p for p in whole if minutes[p.id] < 180]
    assert len(met) >= len(whole) / 3  # many pairs keep their commitment...
    assert len(short) >= 2  # ... and some do not


def test_most_months_meet_the_commitment(
    sessions200: list[SessionRecord], pairs200: list[PairRecord]
) -> None:
    """Over the last six full months, the months a pair was active throughout mostly reach
    its commitment, yet not all of them."""
    counted = met = 0
    month = dt.date(TODAY.year, TODAY.month, 1)
    for _ in range(6):
        month = (month - dt.timedelta(days=1)).replace(day=1)
        minutes = _month_minutes(sessions200, month)
        days = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - month
        for pair in pairs200:
            periods = active_periods(pair.history)
            if all(was_active_on(periods, month + dt.timedelta(days=d)) for d in range(days.days)):
                counted += 1
                met += minutes[pair.id] >= pair.monthly_commitment_hours * 60
    assert counted >= 60
    assert 0.55 <= met / counted <= 0.85


def test_some_active_pairs_have_gone_silent(
    sessions200: list[SessionRecord], pairs200: list[PairRecord]
) -> None:
    last = {
        p.id: max((s.held_on for s in sessions200 if s.pair_id == p.id), default=None)
        for p in pairs200
    }
    active = [p for p in pairs200 if p.status == PairStatus.ACTIVE]
    silent = [
        p
        for p in active
        if (TODAY - (last[p.id] or p.start_date or TODAY)).days >= 30
        and (TODAY - active_periods(p.history)[-1][0]).days >= 30
    ]
    assert silent  # on the coordinator's list
    assert len(silent) <= len(active) / 3  # but only a few
    # a silent pair had met before going quiet
    assert any(last[p.id] is not None for p in silent)
    recent = [p for p in active if last[p.id] and (TODAY - last[p.id]).days < 30]
    assert len(recent) > len(active) / 2


def test_some_pairs_started_strong_then_faded(
    sessions200: list[SessionRecord], pairs200: list[PairRecord]
) -> None:
    def monthly(pair: PairRecord) -> list[int]:
        assert pair.start_date is not None
        first = pair.start_date.replace(day=1)
        counts = [0] * 24
        for s in sessions200:
            if s.pair_id == pair.id:
                counts[(s.held_on.year - first.year) * 12 + s.held_on.month - first.month] += 1
        return counts

    faded = 0
    for pair in pairs200:
        if pair.start_date is None or (TODAY - pair.start_date).days < 180:
            continue
        counts = monthly(pair)
        if min(counts[1:3]) >= 2 and sum(counts[4:7]) <= 3:
            faded += 1
    assert faded >= 1


def test_teaching_turns_two_way_over_time(
    sessions200: list[SessionRecord], pairs200: list[PairRecord]
) -> None:
    """Mostly the mentor teaching in the first two months; both ways far more often after
    five."""
    starts = {p.id: p.start_date for p in pairs200}
    early: Counter[Direction] = Counter()
    late: Counter[Direction] = Counter()
    for s in sessions200:
        start = starts[s.pair_id]
        assert start is not None
        age = (s.held_on - start).days
        if age < 60:
            early[s.direction] += 1
        elif age >= 150:
            late[s.direction] += 1

    def two_way(directions: Counter[Direction]) -> float:
        other = directions[Direction.BOTH] + directions[Direction.MENTEE_TO_MENTOR]
        return other / directions.total()

    assert early.most_common(1)[0][0] == Direction.MENTOR_TO_MENTEE
    assert late[Direction.BOTH] and late[Direction.MENTEE_TO_MENTOR]
    assert two_way(late) > 1.5 * two_way(early)


def test_sessions_meet_as_the_pair_said(
    sessions200: list[SessionRecord], pairs200: list[PairRecord]
) -> None:
    modes = {p.id: p.mode for p in pairs200}
    same = sum(s.mode == modes[s.pair_id] for s in sessions200 if modes[s.pair_id] != Mode.ANY)
    fixed = sum(modes[s.pair_id] != Mode.ANY for s in sessions200)
    assert same > 0.8 * fixed
    assert {s.mode for s in sessions200} == {Mode.IN_PERSON, Mode.VIDEO, Mode.PHONE}
    notes = [s.notes for s in sessions200 if s.notes]
    assert 0.1 * len(sessions200) <= len(notes) <= 0.45 * len(sessions200)
    assert any(n.startswith("Première rencontre") for n in notes)
    assert all("{" not in n for n in notes)
    topics = {s.topics for s in sessions200}
    assert len(topics) > 50


def test_follow_ups_tell_a_story(
    follow_ups200: list[FollowUpEntry], pairs200: list[PairRecord]
) -> None:
    _assert_follow_ups_obey_the_rules(follow_ups200, pairs200, TODAY)
    speakers = Counter(e.speaker for e in follow_ups200)
    assert speakers.most_common(1)[0][0] == Speaker.COORDINATOR
    assert speakers[Speaker.MENTOR] + speakers[Speaker.MENTEE] > 0
    satisfaction = [e.satisfaction or 0 for e in follow_ups200]
    assert min(satisfaction) <= 3 and max(satisfaction) == 5
    actions = [e.action for e in follow_ups200 if e.action]
    assert 0.1 * len(follow_ups200) <= len(actions) <= 0.7 * len(follow_ups200)
    assert set(actions) & set(MEDIATION_ACTIONS)
    # Some pairs come back on the list: a recheck date just come that nobody answered yet,
    # and others in the coming weeks.
    running = {p.id for p in pairs200 if p.status in (PairStatus.ACTIVE, PairStatus.PAUSED)}
    latest: dict[int, dt.date] = {}
    for e in follow_ups200:
        latest[e.pair_id] = max(latest.get(e.pair_id, e.held_on), e.held_on)
    due = [
        e
        for e in follow_ups200
        if e.recheck_on is not None
        and e.recheck_on <= TODAY
        and e.pair_id in running
        and latest[e.pair_id] < e.recheck_on
    ]
    coming = [e for e in follow_ups200 if e.recheck_on is not None and e.recheck_on > TODAY]
    assert due and coming
    assert all(TODAY - e.recheck_on <= dt.timedelta(days=10) for e in due if e.recheck_on)
    assert all(e.recheck_on - TODAY <= dt.timedelta(days=21) for e in coming if e.recheck_on)


# -- the demo file -----------------------------------------------------------------------------


def test_write_demo_database_creates_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    summary = write_demo_database(path, members=25, today=TODAY)
    assert summary.members == 25
    database = open_database(path)
    try:
        assert MemberService(database).count() == 25
    finally:
        database.close()


def test_write_demo_database_accepts_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    assert write_demo_database(path, members=5, today=TODAY).members == 5


def test_write_demo_database_never_overwrites_a_file(tmp_path: Path) -> None:
    path = tmp_path / "precious.sqlite3"
    content = b"SQLite format 3\x00 not really, but precious all the same"
    path.write_bytes(content)
    with pytest.raises(FileExistsError):
        write_demo_database(path, members=5, today=TODAY)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["precious.sqlite3"]


def test_write_demo_database_refuses_an_existing_demo(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    write_demo_database(path, members=5, today=TODAY)
    content = path.read_bytes()
    with pytest.raises(FileExistsError):
        write_demo_database(path, members=5, today=TODAY)
    assert path.read_bytes() == content


def test_demo_members_with_a_consent_date_agree_to_keeping_their_data(tmp_path):
    from mentorat_desktop.core.database import open_database
    from mentorat_desktop.core.demo import write_demo_database
    from mentorat_desktop.core.privacy import members_without_consent

    path = tmp_path / "demo.sqlite3"
    write_demo_database(path, members=40)
    db = open_database(path)
    try:
        without = set(members_without_consent(db))
        dated = {r[0] for r in db.query("SELECT id FROM member WHERE consent_on IS NOT NULL")}
        everyone = {r[0] for r in db.query("SELECT id FROM member")}
        assert without == everyone - dated
        assert db.query("SELECT count(*) FROM member WHERE consent_share")[0][0] < len(dated)
    finally:
        db.close()
