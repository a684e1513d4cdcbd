"""The demo's first steps: the program settings, the skills catalogue, and the register of members
with their skills, teams and reporting lines."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from mentorat_desktop.core.demo.common import ascii_slug, at_time, bulk_insert, weighted
from mentorat_desktop.core.demo.model import (
    ASSOCIATION_LANGUAGE,
    ASSOCIATION_NAME,
    COORDINATOR_EMAIL,
    COORDINATOR_NAME,
    COORDINATOR_PHONE,
    Country,
    DemoContext,
    DemoMember,
    Profile,
)
from mentorat_desktop.core.demo.words import (
    AVAILABILITY,
    CATALOGUE,
    CITIES,
    DIGITAL_SKILLS,
    FIRST_NAMES,
    FRANCE_LANDLINE_BLOCKS,
    FRANCE_MOBILE_BLOCK,
    LANGUAGES,
    LAST_NAMES,
    LOCAL_SKILLS,
    NEWCOMER_TRADES,
    NOTES_ARCHIVED,
    NOTES_EITHER,
    NOTES_JUNIOR,
    NOTES_NEWCOMER,
    NOTES_NO_EMAIL,
    NOTES_SENIOR,
    NOTES_STUDENT,
    ORGANISATIONS,
    ORIGINS,
    PERSONAL_DOMAINS,
    QUEBEC_AREA_CODES,
    SCHOOLS,
    TRADE_SKILLS,
    Organisation,
)
from mentorat_desktop.core.enums import MemberStatus, Mode, Role, SkillKind
from mentorat_desktop.core.models import (
    DEFAULT_COMMITMENT_HOURS,
    Member,
    MemberSkill,
    ProgramSettings,
    Skill,
)
from mentorat_desktop.core.text import fold

MODES_YOUNG: tuple[tuple[Mode, int], ...] = (
    (Mode.VIDEO, 35),
    (Mode.ANY, 30),
    (Mode.IN_PERSON, 30),
    (Mode.PHONE, 5),
)
MODES_SENIOR: tuple[tuple[Mode, int], ...] = (
    (Mode.IN_PERSON, 45),
    (Mode.ANY, 25),
    (Mode.VIDEO, 15),
    (Mode.PHONE, 15),
)

# Share of each profile among the members who are neither students nor newcomers.
PROFILE_SHARES: tuple[tuple[Profile, float], ...] = (
    (Profile.BOOMER, 0.24),
    (Profile.X, 0.22),
    (Profile.Y, 0.24),
    (Profile.Z, 0.30),
)

ROLE_WEIGHTS: dict[Profile, tuple[tuple[Role, int], ...]] = {
    Profile.STUDENT: ((Role.MENTOR, 1),),
    Profile.Z: ((Role.MENTOR, 85), (Role.EITHER, 10), (Role.MENTEE, 5)),
    Profile.Y: ((Role.MENTOR, 55), (Role.EITHER, 25), (Role.MENTEE, 20)),
    Profile.X: ((Role.MENTEE, 72), (Role.EITHER, 18), (Role.MENTOR, 10)),
    Profile.BOOMER: ((Role.MENTEE, 92), (Role.EITHER, 8)),
    Profile.NEWCOMER: ((Role.MENTEE, 80), (Role.EITHER, 20)),
}


def _sample_weighted(
    rng: random.Random, pool: Sequence[tuple[str, int]], k: int, exclude: Sequence[str] = ()
) -> list[str]:
    """``k`` distinct names drawn by weight, none of them in ``exclude``."""
    chosen: list[str] = []
    candidates = [(name, weight) for name, weight in pool if name not in exclude]
    while candidates and len(chosen) < k:
        index = rng.choices(range(len(candidates)), [w for _, w in candidates])[0]
        chosen.append(candidates.pop(index)[0])
    return chosen


def _days_before(rng: random.Random, today: dt.date, low: int, high: int) -> dt.date:
    return today - dt.timedelta(days=rng.randint(low, high))


def _profile_counts(total: int) -> list[Profile]:
    """The profile of every member, in a fixed order (shuffled by the caller)."""
    students = 0 if total < 5 else (1 if total < 20 else max(2, total // 60))
    newcomers = round(total * 0.06) if total >= 10 else 0
    rest = total - students - newcomers
    counts = {profile: int(rest * share) for profile, share in PROFILE_SHARES}
    remainders = sorted(
        PROFILE_SHARES, key=lambda item: rest * item[1] - int(rest * item[1]), reverse=True
    )
    for profile, _ in remainders[: rest - sum(counts.values())]:
        counts[profile] += 1
    profiles = [Profile.STUDENT] * students + [Profile.NEWCOMER] * newcomers
    for profile, _ in PROFILE_SHARES:
        profiles += [profile] * counts[profile]
    return profiles


class _Directory:
    """Hands out unique e-mail addresses and, as far as the ranges allow, unique phones."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._emails: set[str] = {COORDINATOR_EMAIL}
        self._phones: set[str] = {COORDINATOR_PHONE}

    def email(self, first: str, last: str, domain: str) -> str:
        rng = self._rng
        given, family = ascii_slug(first), ascii_slug(last)
        style = rng.random()
        if style < 0.7:
            local = f"{given}.{family}"
        elif style < 0.85:
            local = f"{given[:1]}{family}"
        elif style < 0.95:
            local = f"{given}-{family}"
        else:
            local = f"{family}.{given}"
        candidate, n = f"{local}@{domain}", 1
        while candidate in self._emails:
            n += 1
            candidate = f"{local}{n}@{domain}"
        self._emails.add(candidate)
        return candidate

    def phone(self, country: Country, city: str, mobile: bool) -> str:
        rng = self._rng
        candidate = ""
        for _ in range(20):
            if country == Country.QUEBEC:
                area = rng.choice(QUEBEC_AREA_CODES[city])
                candidate = f"{area}-555-01{rng.randint(0, 99):02d}"
            else:
                block = FRANCE_MOBILE_BLOCK if mobile else FRANCE_LANDLINE_BLOCKS[city]
                number = rng.randint(0, 9999)
                candidate = f"{block} {number // 100:02d} {number % 100:02d}"
            if candidate not in self._phones:
                break
        self._phones.add(candidate)
        return candidate


# -- the steps ---------------------------------------------------------------------------------


def add_settings(ctx: DemoContext) -> None:
    """The association, its coordinator and the default commitment."""
    row = ctx.session.get(ProgramSettings, 1)
    if row is None:
        row = ProgramSettings(id=1)
        ctx.session.add(row)
    row.association_name = ASSOCIATION_NAME
    row.coordinator_name = COORDINATOR_NAME
    row.coordinator_email = COORDINATOR_EMAIL
    row.coordinator_phone = COORDINATOR_PHONE
    row.default_commitment_hours = DEFAULT_COMMITMENT_HOURS
    row.language = ASSOCIATION_LANGUAGE
    row.updated_at = dt.datetime.combine(ctx.today, dt.time(9, 0))
    ctx.session.flush()


def add_skills(ctx: DemoContext) -> None:
    """The skills catalogue, in one insert (entries already there are reused)."""
    session = ctx.session
    existing: dict[str, int] = {
        key: skill_id for skill_id, key in session.execute(select(Skill.id, Skill.key))
    }
    next_id = (session.scalar(select(func.max(Skill.id))) or 0) + 1
    rows: list[dict[str, Any]] = []
    for name in CATALOGUE:
        key = fold(name)
        if key in existing:
            ctx.skill_ids[name] = existing[key]
            continue
        rows.append({"id": next_id, "name": name, "key": key})
        ctx.skill_ids[name] = next_id
        next_id += 1
    if rows:
        bulk_insert(session, Skill.__table__, rows)


def add_members(ctx: DemoContext) -> None:
    """The register: ``ctx.member_count`` members, then their skills, in two bulk inserts."""
    rng = ctx.rng("members")
    today = ctx.today
    directory = _Directory(rng)
    profiles = _profile_counts(ctx.member_count)
    rng.shuffle(profiles)
    archived = set(rng.sample(range(len(profiles)), round(len(profiles) * 0.05)))
    first_id = (ctx.session.scalar(select(func.max(Member.id))) or 0) + 1
    for index, profile in enumerate(profiles):
        member = _make_member(rng, today, directory, first_id + index, profile)
        if index in archived:
            _archive(rng, today, member)
        ctx.members.append(member)
    _link_managers(rng, ctx.members)
    if not ctx.members:
        return
    bulk_insert(ctx.session, Member.__table__, [m.row() for m in ctx.members])
    links: list[dict[str, Any]] = []
    for m in ctx.members:
        for kind, names in ((SkillKind.OFFERED, m.offered), (SkillKind.WANTED, m.wanted)):
            links += [
                {"member_id": m.id, "skill_id": ctx.skill_ids[n], "kind": kind} for n in names
            ]
    bulk_insert(ctx.session, MemberSkill.__table__, links)
    ctx.member_skill_count += len(links)


def _birth_year(rng: random.Random, today: dt.date, profile: Profile) -> int:
    year = today.year
    if profile == Profile.STUDENT:
        return year - rng.randint(15, 17)
    if profile == Profile.BOOMER:
        return rng.randint(1955, 1964) if rng.random() < 0.65 else rng.randint(1946, 1954)
    if profile == Profile.X:
        return rng.randint(1965, 1980)
    if profile == Profile.Y:
        return rng.randint(1981, 1996)
    if profile == Profile.Z:
        return rng.randint(1997, max(1997, min(2012, year - 19)))
    return year - rng.randint(30, 55)  # a newcomer with a career behind them


def _experience(rng: random.Random, age: int, profile: Profile) -> tuple[int, bool]:
    """Years of experience and whether the person has retired."""
    if profile == Profile.STUDENT:
        return 0, False
    start = rng.randint(18, 21) if profile == Profile.Z else rng.randint(20, 25)
    retired = profile == Profile.BOOMER and age >= rng.randint(61, 67)
    worked_until = min(age, rng.randint(60, 66)) if retired else age
    years = worked_until - start - (rng.randint(0, 3) if age > 35 else 0)
    return max(0, min(years, 70)), retired


def _skills(
    rng: random.Random, role: Role, profile: Profile, country: Country
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    local = LOCAL_SKILLS[country]
    offered_count, wanted_count = rng.randint(2, 4), rng.randint(2, 4)
    if profile == Profile.NEWCOMER:
        offered = _sample_weighted(rng, TRADE_SKILLS, offered_count)
        wanted = [local, *_sample_weighted(rng, TRADE_SKILLS, 1, offered)]
        wanted += _sample_weighted(rng, DIGITAL_SKILLS, wanted_count - len(wanted))
    elif role == Role.MENTOR:
        offered = _sample_weighted(rng, DIGITAL_SKILLS, offered_count)
        if profile != Profile.STUDENT and rng.random() < 0.2:
            offered[-1] = local  # a local who can explain the workplace to a newcomer
        wanted = _sample_weighted(rng, TRADE_SKILLS, wanted_count)
    elif role == Role.MENTEE:
        offered = _sample_weighted(rng, TRADE_SKILLS, offered_count)
        if country == Country.QUEBEC and rng.random() < 0.1:
            offered[-1] = local
        wanted = _sample_weighted(rng, DIGITAL_SKILLS, wanted_count)
    else:  # both ways: some of each side
        young = profile in (Profile.Z, Profile.Y)
        first, second = (DIGITAL_SKILLS, TRADE_SKILLS) if young else (TRADE_SKILLS, DIGITAL_SKILLS)
        offered = _sample_weighted(rng, first, offered_count - 1)
        offered += _sample_weighted(rng, second, 1)
        wanted = _sample_weighted(rng, second, wanted_count - 1, offered)
        wanted += _sample_weighted(rng, first, 1, offered)
    return tuple(offered), tuple(wanted)


def _make_member(
    rng: random.Random, today: dt.date, directory: _Directory, member_id: int, profile: Profile
) -> DemoMember:
    if profile == Profile.STUDENT:
        country = Country.QUEBEC if member_id % 2 else Country.FRANCE
    elif profile == Profile.NEWCOMER:
        country = Country.QUEBEC if rng.random() < 0.75 else Country.FRANCE
    else:
        country = Country.QUEBEC if rng.random() < 0.31 else Country.FRANCE
    languages: str
    if profile == Profile.NEWCOMER:
        origin = rng.choice(ORIGINS)
        first, last = rng.choice(origin.first_names), rng.choice(origin.last_names)
        languages = origin.languages
    else:
        first = rng.choice(FIRST_NAMES[(country, profile)])
        last = rng.choice(LAST_NAMES[country])
        if (
            country == Country.QUEBEC
            and profile in (Profile.Y, Profile.Z, Profile.STUDENT)
            and rng.random() < 0.12
        ):
            other = rng.choice(LAST_NAMES[country])
            if other != last:
                last = f"{last}-{other}"  # a double family name, common in Québec
        languages = weighted(rng, LANGUAGES[country])
    city = weighted(rng, CITIES[country])
    birth_year = _birth_year(rng, today, profile)
    age = today.year - birth_year
    years, retired = _experience(rng, age, profile)
    role: Role = weighted(rng, ROLE_WEIGHTS[profile])
    young = profile in (Profile.STUDENT, Profile.Z, Profile.Y)
    senior = profile in (Profile.BOOMER, Profile.X)

    # Where they work (or study) and who they report to.
    organisation = department = manager = None
    org: Organisation | None = None
    if profile == Profile.STUDENT:
        organisation, department = SCHOOLS[country]
    elif rng.random() < (0.4 if retired else 0.85):
        org = rng.choice(ORGANISATIONS[country])
        organisation, department = org.name, rng.choice(org.departments)
        if not retired and rng.random() < 0.25:
            manager = (
                f"{rng.choice(FIRST_NAMES[(country, Profile.X)])} {rng.choice(LAST_NAMES[country])}"
            )

    # How to reach them: ~15% of the baby-boomers have no e-mail, only a phone.
    email: str | None = None
    if not (profile == Profile.BOOMER and rng.random() < 0.15):
        work = org is not None and not retired and rng.random() < 0.35
        domain = org.domain if work and org else rng.choice(PERSONAL_DOMAINS[country])
        email = directory.email(first, last, domain)
    phone: str | None = None
    if email is None or rng.random() < 0.6:
        mobile = not (profile == Profile.BOOMER and rng.random() < 0.5)
        phone = directory.phone(country, city, mobile)

    if profile == Profile.STUDENT:
        availability = rng.choice(AVAILABILITY["student"])
    elif retired:
        availability = rng.choice(AVAILABILITY["retired"])
    else:
        availability = rng.choice(AVAILABILITY["young" if young else "working"])
    mode: Mode = weighted(rng, MODES_YOUNG if young else MODES_SENIOR)
    if role == Role.MENTOR and profile != Profile.STUDENT:
        capacity = weighted(rng, ((1, 80), (2, 18), (3, 2)))
    elif role == Role.MENTEE:
        capacity = weighted(rng, ((1, 92), (2, 8)))
    else:
        capacity = 1

    consent_on = _days_before(rng, today, 0, 730) if rng.random() < 0.95 else None
    training_on = None
    if role in (Role.MENTOR, Role.EITHER) and rng.random() < 0.7:
        earliest = today - dt.timedelta(days=365)
        if consent_on is not None and consent_on > earliest:
            earliest = consent_on  # trained after joining
        training_on = earliest + dt.timedelta(days=rng.randint(0, (today - earliest).days))
    created_on = consent_on or _days_before(rng, today, 30, 700)
    offered, wanted = _skills(rng, role, profile, country)

    notes: list[str] = []
    if profile == Profile.STUDENT:
        notes.append(NOTES_STUDENT[country])
    elif profile == Profile.NEWCOMER:
        notes.append(NOTES_NEWCOMER[country].format(trade=rng.choice(NEWCOMER_TRADES)))
    elif rng.random() < 0.25:
        if role == Role.EITHER:
            notes.append(rng.choice(NOTES_EITHER))
        else:
            notes.append(rng.choice(NOTES_SENIOR if senior else NOTES_JUNIOR))
    if email is None:
        notes.append(NOTES_NO_EMAIL[country])

    return DemoMember(
        id=member_id,
        profile=profile,
        country=country,
        first_name=first,
        last_name=last,
        birth_year=birth_year,
        role=role,
        city=city,
        email=email,
        phone=phone,
        organisation=organisation,
        department=department,
        manager_name=manager,
        years_experience=years,
        languages=languages,
        availability=availability,
        preferred_mode=mode,
        capacity=capacity,
        mentor_training_on=training_on,
        consent_on=consent_on,
        notes=" ".join(notes) or None,
        status=MemberStatus.ACTIVE,
        archived_at=None,
        created_at=at_time(rng, created_on),
        retired=retired,
        offered=offered,
        wanted=wanted,
    )


def _archive(rng: random.Random, today: dt.date, member: DemoMember) -> None:
    created = member.created_at.date()
    day = created + dt.timedelta(days=rng.randint(0, max(0, (today - created).days)))
    member.status = MemberStatus.ARCHIVED
    member.archived_at = at_time(rng, day)
    reason = rng.choice(NOTES_ARCHIVED)
    member.notes = f"{member.notes} {reason}" if member.notes else reason


def _link_managers(rng: random.Random, members: list[DemoMember]) -> None:
    """Make some juniors report to a senior member of their own team.

    Such two must never be paired (one reporting line), which gives the matching real
    exclusions to respect.
    """
    teams: dict[tuple[str, str], list[DemoMember]] = {}
    for m in members:
        if m.organisation and m.department and m.profile != Profile.STUDENT and not m.retired:
            teams.setdefault((m.organisation, m.department), []).append(m)
    for team in teams.values():
        seniors = [m for m in team if m.profile in (Profile.BOOMER, Profile.X)]
        if not seniors:
            continue
        for m in team:
            if m.profile in (Profile.Y, Profile.Z) and rng.random() < 0.35:
                m.manager_name = rng.choice(seniors).full_name
