"""The demo's pairs, formed the way a careful coordinator would, each with its dated history."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from mentorat_desktop.core.demo.common import (
    add_months,
    at_time,
    bulk_insert,
    day_between,
    note_names,
    weighted,
    with_de,
)
from mentorat_desktop.core.demo.model import DemoCohort, DemoContext, DemoMember, DemoPair, Profile
from mentorat_desktop.core.demo.words import (
    CLOSING_COMMENTS,
    EITHER_PLACE_SUFFIX,
    FREQUENCIES,
    LEARNED_LITTLE,
    MENTOR_LEARNED_GENERIC,
    MINOR_SIGNING_NOTE,
    ONLINE_PLACE,
    PAUSE_NOTES,
    PHONE_PLACE,
    PLACES,
    PROPOSAL_NOTES,
    RESUME_NOTES,
    SIGNING_NOTES,
    SKILL_TOPICS,
)
from mentorat_desktop.core.enums import EndReason, MemberStatus, Mode, Outcome, PairStatus, Role
from mentorat_desktop.core.models import Pair, PairStatusChange

MENTOR_ROLES = (Role.MENTOR, Role.EITHER)
MENTEE_ROLES = (Role.MENTEE, Role.EITHER)
MIN_AGE_GAP = 5  # years between a mentor and an older mentee
MEMBERS_PER_PAIR = 3

# Statuses the pairs are drawn with. A pair whose members joined too recently for the status
# drawn falls back to active, or stays proposed: most proposals come from that.
PAIR_STATUS_WEIGHTS: tuple[tuple[PairStatus, int], ...] = (
    (PairStatus.ACTIVE, 62),
    (PairStatus.PROPOSED, 2),
    (PairStatus.PAUSED, 10),
    (PairStatus.ENDED, 26),
)
END_REASON_WEIGHTS: tuple[tuple[EndReason, int], ...] = (
    (EndReason.OBJECTIVES_REACHED, 55),
    (EndReason.NO_LONGER_AVAILABLE, 30),
    (EndReason.MISMATCH, 15),
)
OUTCOME_WEIGHTS: dict[EndReason, tuple[tuple[Outcome, int], ...]] = {
    EndReason.OBJECTIVES_REACHED: ((Outcome.YES, 65), (Outcome.MOSTLY, 35)),
    EndReason.NO_LONGER_AVAILABLE: ((Outcome.MOSTLY, 20), (Outcome.PARTLY, 55), (Outcome.NO, 25)),
    EndReason.MISMATCH: ((Outcome.PARTLY, 30), (Outcome.NO, 70)),
}
COMMITMENT_WEIGHTS: tuple[tuple[float, int], ...] = ((3.0, 76), (2.0, 13), (4.0, 11))


# Days before ``today`` a pair of each kind may have started (earliest, latest).
ACTIVE_STARTS = (335, 61)
PAUSED_STARTS = (335, 75)
ENDED_STARTS: dict[EndReason, tuple[int, int]] = {
    EndReason.OBJECTIVES_REACHED: (480, 190),
    EndReason.NO_LONGER_AVAILABLE: (450, 60),
    EndReason.MISMATCH: (450, 35),
}
PICK_TRIES = 24  # draws among the mentors who offer what a mentee wants (locally, then anywhere)
PICK_CANDIDATES = 5  # valid candidates compared before choosing


def _may_pair(mentor: DemoMember, mentee: DemoMember) -> bool:
    """The hard rules: a clearly younger mentor, never two people of one team or of one
    reporting line, and a pair across the ocean only when both are happy to meet online."""
    if mentor.id == mentee.id or mentor.birth_year - mentee.birth_year < MIN_AGE_GAP:
        return False
    if mentor.organisation is not None and (mentor.organisation, mentor.department) == (
        mentee.organisation,
        mentee.department,
    ):
        return False
    if mentor.manager_name == mentee.full_name or mentee.manager_name == mentor.full_name:
        return False
    online = (Mode.VIDEO, Mode.ANY)
    return mentor.country == mentee.country or (
        mentor.preferred_mode in online and mentee.preferred_mode in online
    )


def _affinity(mentor: DemoMember, mentee: DemoMember) -> float:
    """How well two people who may be paired fit (the soft preferences)."""
    score = 3.0 * sum(s in mentee.wanted for s in mentor.offered)
    score += 1.5 * sum(s in mentor.wanted for s in mentee.offered)
    if mentor.city == mentee.city:
        score += 4.0
    elif mentor.country == mentee.country:
        score += 1.5
    if Mode.ANY in (mentor.preferred_mode, mentee.preferred_mode) or (
        mentor.preferred_mode == mentee.preferred_mode
    ):
        score += 1.0
    if mentor.mentor_training_on is not None:
        score += 1.0
    if mentor.birth_year - mentee.birth_year >= 15:
        score += 1.0
    return score


def _pick_mentor(
    rng: random.Random,
    mentee: DemoMember,
    offering: dict[tuple[str, str], list[DemoMember]],
    free: dict[int, int],
    formed: set[tuple[int, int]],
) -> DemoMember | None:
    """The best of a few mentors drawn among those who offer a skill the mentee wants: first
    in the mentee's city, then anywhere."""
    best: DemoMember | None = None
    best_score = 0.0
    for where in (mentee.city, ""):
        pools = [offering[(where, s)] for s in mentee.wanted if (where, s) in offering]
        mentor, score = _draw_mentor(rng, mentee, pools, free, formed)
        if mentor is not None and (best is None or score > best_score):
            best, best_score = mentor, score
    return best


def _draw_mentor(
    rng: random.Random,
    mentee: DemoMember,
    pools: list[list[DemoMember]],
    free: dict[int, int],
    formed: set[tuple[int, int]],
) -> tuple[DemoMember | None, float]:
    """The best of a few mentors drawn from ``pools``, with their score.

    A mentor found full is dropped from the list drawn from, so that the lists shrink as the
    pool fills and every draw stays cheap.
    """
    best: DemoMember | None = None
    best_score = 0.0
    candidates = 0
    for _ in range(PICK_TRIES):
        total = sum(len(p) for p in pools)
        if not total:
            break
        index = rng.randrange(total)
        pool = pools[0]
        for pool in pools:
            if index < len(pool):
                break
            index -= len(pool)
        mentor = pool[index]
        if free[mentor.id] <= 0:
            pool[index] = pool[-1]
            pool.pop()
            continue
        if (
            not _may_pair(mentor, mentee)
            or (mentor.id, mentee.id) in formed
            or (mentee.id, mentor.id) in formed
        ):
            continue
        score = _affinity(mentor, mentee) + rng.random()  # ties broken at random
        if best is None or score > best_score:
            best, best_score = mentor, score
        candidates += 1
        if candidates >= PICK_CANDIDATES:
            break
    return best, best_score


def _match(
    rng: random.Random, members: list[DemoMember], target: int
) -> list[tuple[DemoMember, DemoMember]]:
    """Up to ``target`` (mentor, mentee) couples, mentees taken in random order, within
    everyone's capacity (a pair, whatever its status, takes a place), never twice the same
    two, never an archived member."""
    free = {m.id: m.capacity for m in members if m.status == MemberStatus.ACTIVE}
    # (city, skill) and ("", skill) -> the mentors who offer the skill there, or anywhere.
    offering: dict[tuple[str, str], list[DemoMember]] = {}
    for m in members:
        if m.id in free and m.role in MENTOR_ROLES:
            for skill in m.offered:
                offering.setdefault((m.city, skill), []).append(m)
                offering.setdefault(("", skill), []).append(m)
    mentees = [m for m in members if m.id in free and m.role in MENTEE_ROLES]
    rng.shuffle(mentees)
    formed: set[tuple[int, int]] = set()
    matches: list[tuple[DemoMember, DemoMember]] = []
    for _ in range(2):  # a second round for whoever can take one more pair
        for mentee in mentees:
            if len(matches) >= target:
                return matches
            if free[mentee.id] <= 0:
                continue
            mentor = _pick_mentor(rng, mentee, offering, free, formed)
            if mentor is None:
                continue
            matches.append((mentor, mentee))
            formed.add((mentor.id, mentee.id))
            free[mentor.id] -= 1
            free[mentee.id] -= 1
    return matches


def _start_window(
    today: dt.date, earliest: dt.date, days: tuple[int, int]
) -> tuple[dt.date, dt.date] | None:
    """The days a pair may have started on: within ``days`` before today and not before
    both members had joined."""
    low = max(earliest, today - dt.timedelta(days=days[0]))
    high = today - dt.timedelta(days=days[1])
    return (low, high) if low <= high else None


def _start_in(
    rng: random.Random, window: tuple[dt.date, dt.date], cohorts: list[DemoCohort]
) -> dt.date:
    """A start day in ``window``; half the time close after a cohort's kickoff, some on the
    kickoff evening itself."""
    low, high = window
    kickoffs = [c.start_date for c in cohorts if low <= c.start_date <= high]
    if kickoffs and rng.random() < 0.5:
        kickoff = rng.choice(kickoffs)
        return min(
            high, kickoff + dt.timedelta(days=0 if rng.random() < 0.4 else rng.randint(1, 42))
        )
    return day_between(rng, low, high)


def _planned_end(rng: random.Random, start: dt.date, today: dt.date) -> dt.date:
    """Six to twelve months after the start; for a running pair, mostly not yet past."""
    ahead = [m for m in range(6, 13) if add_months(start, m) >= today]
    months = rng.choice(ahead) if ahead and rng.random() < 0.9 else rng.randint(6, 12)
    return add_months(start, months)


def _begin(
    rng: random.Random, pair: DemoPair, start: dt.date, joined: dt.date, kickoffs: set[dt.date]
) -> None:
    """The proposal, then the signature of the charter on ``start``."""
    pair.start_date = start
    pair.proposed_on = max(joined, start - dt.timedelta(days=rng.randint(5, 40)))
    pair.history.append((PairStatus.PROPOSED, pair.proposed_on, rng.choice(PROPOSAL_NOTES)))
    if pair.mentor.profile == Profile.STUDENT:
        note: str | None = MINOR_SIGNING_NOTE
    elif start in kickoffs:
        note = SIGNING_NOTES[1]
    else:
        note = rng.choice((None, *SIGNING_NOTES[2:]))
    pair.history.append((PairStatus.ACTIVE, start, note))


def _pause(rng: random.Random, pair: DemoPair, on: dt.date, resume_on: dt.date | None) -> None:
    pair.history.append((PairStatus.PAUSED, on, rng.choice(PAUSE_NOTES).format(**note_names(pair))))
    if resume_on is not None:
        pair.history.append((PairStatus.ACTIVE, resume_on, rng.choice(RESUME_NOTES)))


def _live(
    rng: random.Random,
    pair: DemoPair,
    status: PairStatus,
    today: dt.date,
    joined: dt.date,
    cohorts: list[DemoCohort],
) -> bool:
    """Give ``pair`` the life of a pair now ``status``; False when the members joined too
    recently for it (nothing is drawn then)."""
    earliest = joined + dt.timedelta(days=7)
    kickoffs = {c.start_date for c in cohorts}
    if status == PairStatus.ENDED:
        reason: EndReason = weighted(rng, END_REASON_WEIGHTS)
        window = _start_window(today, earliest, ENDED_STARTS[reason])
    else:
        days = ACTIVE_STARTS if status == PairStatus.ACTIVE else PAUSED_STARTS
        window = _start_window(today, earliest, days)
    if window is None:
        return False
    start = _start_in(rng, window, cohorts)
    _begin(rng, pair, start, joined, kickoffs)
    pair.status = status
    elapsed = (today - start).days
    if status == PairStatus.ACTIVE:
        pair.planned_end = _planned_end(rng, start, today)
        if elapsed >= 110 and rng.random() < 0.12:  # paused once, then back on track
            pause_on = start + dt.timedelta(days=rng.randint(30, elapsed - 70))
            _pause(rng, pair, pause_on, pause_on + dt.timedelta(days=rng.randint(14, 40)))
    elif status == PairStatus.PAUSED:
        pair.planned_end = _planned_end(rng, start, today)
        _pause(rng, pair, start + dt.timedelta(days=rng.randint(30, elapsed - 7)), None)
    else:
        _end(rng, pair, reason, today)
    return True


def _end(rng: random.Random, pair: DemoPair, reason: EndReason, today: dt.date) -> None:
    assert pair.start_date is not None
    start = pair.start_date
    if reason == EndReason.OBJECTIVES_REACHED:  # at the planned end, or a little before
        done = [m for m in range(6, 13) if add_months(start, m) <= today - dt.timedelta(days=3)]
        pair.planned_end = add_months(start, rng.choice(done))
        ended = pair.planned_end - dt.timedelta(days=rng.randint(0, 14))
        span = (ended - start).days
        if rng.random() < 0.1:
            pause_on = start + dt.timedelta(days=rng.randint(30, span - 80))
            _pause(rng, pair, pause_on, pause_on + dt.timedelta(days=rng.randint(14, 45)))
    else:  # early
        shortest, longest = (30, 240) if reason == EndReason.NO_LONGER_AVAILABLE else (21, 120)
        longest = min(longest, (today - start).days - 3)
        ended = start + dt.timedelta(days=rng.randint(shortest, longest))
        later = [m for m in range(6, 13) if add_months(start, m) > ended]
        pair.planned_end = add_months(start, rng.choice(later))
        span = (ended - start).days
        if reason == EndReason.NO_LONGER_AVAILABLE and span >= 40 and rng.random() < 0.35:
            # paused first, and never resumed
            _pause(rng, pair, ended - dt.timedelta(days=rng.randint(14, span - 20)), None)
    pair.ended_on = ended
    pair.end_reason = reason
    pair.outcome = weighted(rng, OUTCOME_WEIGHTS[reason])
    pair.history.append((PairStatus.ENDED, ended, None))


def _plan_pair(
    rng: random.Random,
    today: dt.date,
    pair_id: int,
    mentor: DemoMember,
    mentee: DemoMember,
    cohorts: list[DemoCohort],
) -> DemoPair:
    """A pair with a status drawn at random and the dated life leading to it."""
    pair = DemoPair(
        id=pair_id,
        mentor=mentor,
        mentee=mentee,
        status=PairStatus.PROPOSED,
        proposed_on=today,
        start_date=None,
        planned_end=None,
        ended_on=None,
        end_reason=None,
        outcome=None,
        cohort_id=None,
        teach=tuple(s for s in mentor.offered if s in mentee.wanted),
        give_back=tuple(s for s in mentee.offered if s in mentor.wanted),
    )
    joined = max(mentor.created_at.date(), mentee.created_at.date())
    wanted: PairStatus = weighted(rng, PAIR_STATUS_WEIGHTS)
    tries = {
        PairStatus.ENDED: (PairStatus.ENDED, PairStatus.ACTIVE),
        PairStatus.PAUSED: (PairStatus.PAUSED, PairStatus.ACTIVE),
        PairStatus.ACTIVE: (PairStatus.ACTIVE,),
        PairStatus.PROPOSED: (),
    }[wanted]
    if not any(_live(rng, pair, status, today, joined, cohorts) for status in tries):
        pair.proposed_on = day_between(rng, max(joined, today - dt.timedelta(days=60)), today)
        pair.history.append((PairStatus.PROPOSED, pair.proposed_on, rng.choice(PROPOSAL_NOTES)))
    # Most pairs belong to the latest cohort started before them; a proposal, to the latest.
    if pair.start_date is not None:
        started = [c for c in cohorts if c.start_date <= pair.start_date]
        if started and rng.random() < 0.92:
            pair.cohort_id = started[-1].id
    elif cohorts and rng.random() < 0.55:
        pair.cohort_id = cohorts[-1].id
    return pair


def _means(rng: random.Random, mentor: DemoMember, mentee: DemoMember) -> tuple[Mode, str]:
    """How and where the pair meets, from where they live and how they like to meet."""
    modes = (mentor.preferred_mode, mentee.preferred_mode)
    if mentor.city != mentee.city:
        if Mode.PHONE in modes and set(modes) <= {Mode.PHONE, Mode.ANY}:
            return Mode.PHONE, PHONE_PLACE
        return Mode.VIDEO, ONLINE_PLACE
    place = rng.choice(PLACES[mentee.country]).format(de=with_de(mentee.city), city=mentee.city)
    if Mode.IN_PERSON in modes:
        return Mode.IN_PERSON, place
    if Mode.VIDEO in modes:
        return Mode.VIDEO, ONLINE_PLACE
    if Mode.PHONE in modes:
        return Mode.PHONE, PHONE_PLACE
    return Mode.ANY, f"{place}{EITHER_PLACE_SUFFIX}"


def _learned(skills: Sequence[str]) -> str:
    return "A appris à " + " et à ".join(SKILL_TOPICS[s][0] for s in skills) + "."


def _closing(rng: random.Random, pair: DemoPair) -> tuple[str | None, str | None, str]:
    """What the mentor and the mentee learned, and the coordinator's closing comment."""
    assert pair.end_reason is not None
    comment = rng.choice(CLOSING_COMMENTS[pair.end_reason]).format(**note_names(pair))
    if pair.outcome == Outcome.NO:
        return (LEARNED_LITTLE if rng.random() < 0.5 else None), LEARNED_LITTLE, comment
    mentee_learned = _learned(pair.teach[: 1 if pair.outcome == Outcome.PARTLY else 2])
    if pair.give_back:
        mentor_learned = _learned(pair.give_back[:1])
    else:
        mentor_learned = rng.choice(MENTOR_LEARNED_GENERIC)
    return mentor_learned, mentee_learned, comment


def _pair_row(rng: random.Random, today: dt.date, pair: DemoPair) -> dict[str, Any]:
    """The values of the ``pair`` table: the means, the charter, the closing evaluation."""
    hours: float = weighted(rng, COMMITMENT_WEIGHTS)
    mode, place = _means(rng, pair.mentor, pair.mentee)
    version, changed_at = 1, None
    if pair.start_date is not None and rng.random() < 0.12:  # an objective added after signing
        span = ((pair.ended_on or today) - pair.start_date).days
        if span >= 20:
            version = 2
            changed = pair.start_date + dt.timedelta(days=rng.randint(14, min(120, span)))
            changed_at = at_time(rng, changed)
    mentor_learned = mentee_learned = comment = None
    if pair.status == PairStatus.ENDED:
        mentor_learned, mentee_learned, comment = _closing(rng, pair)
    return {
        "id": pair.id,
        "mentor_id": pair.mentor.id,
        "mentee_id": pair.mentee.id,
        "cohort_id": pair.cohort_id,
        "status": pair.status,
        "start_date": pair.start_date,
        "planned_end": pair.planned_end,
        "charter_signed_on": pair.start_date,
        "ended_on": pair.ended_on,
        "end_reason": pair.end_reason,
        "monthly_commitment_hours": hours,
        "place": place,
        "mode": mode,
        "frequency": rng.choice(FREQUENCIES[hours]),
        "match_score": None,
        "match_reasons": None,
        "capacity_override_reason": None,
        "outcome": pair.outcome,
        "mentor_learned": mentor_learned,
        "mentee_learned": mentee_learned,
        "closing_comment": comment,
        "charter_version": version,
        "charter_changed_at": changed_at,
        "created_at": at_time(rng, pair.proposed_on),
    }


def add_pairs(ctx: DemoContext) -> None:
    """About one pair for three members, with their status histories, in two bulk inserts."""
    rng = ctx.rng("pairs")
    session = ctx.session
    matches = _match(rng, ctx.members, round(len(ctx.members) / MEMBERS_PER_PAIR))
    next_id = (session.scalar(select(func.max(Pair.id))) or 0) + 1
    next_change = (session.scalar(select(func.max(PairStatusChange.id))) or 0) + 1
    rows: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    for mentor, mentee in matches:
        pair = _plan_pair(rng, ctx.today, next_id, mentor, mentee, ctx.cohorts)
        next_id += 1
        row = _pair_row(rng, ctx.today, pair)
        pair.mode, pair.place = row["mode"], row["place"]
        pair.commitment = row["monthly_commitment_hours"]
        rows.append(row)
        ctx.pairs.append(pair)
        for index, (status, on, note) in enumerate(pair.history):
            changes.append(
                {
                    "id": next_change,
                    "pair_id": pair.id,
                    "status": status,
                    "effective_on": on,
                    "note": note,
                    "recorded_at": row["created_at"] if index == 0 else at_time(rng, on),
                }
            )
            next_change += 1
    bulk_insert(session, Pair.__table__, rows)
    bulk_insert(session, PairStatusChange.__table__, changes)
    ctx.status_change_count += len(changes)
