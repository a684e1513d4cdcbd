"""The sessions of every demo pair, about a year of them, only on days the pair was active."""

from __future__ import annotations

import calendar
import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from mentorat_desktop.core.demo.common import (
    add_months,
    at_time,
    bulk_insert,
    months_between,
    note_names,
    weighted,
    with_de,
)
from mentorat_desktop.core.demo.model import DemoContext, DemoPair, Pace
from mentorat_desktop.core.demo.words import (
    EITHER_PLACE_SUFFIX,
    FIRST_SESSION_NOTE,
    LAST_SESSION_NOTE,
    ONLINE_PLACE,
    PHONE_PLACE,
    PLACES,
    SESSION_NOTES,
    SESSION_TOPICS,
)
from mentorat_desktop.core.enums import Direction, EndReason, Mode, PairStatus
from mentorat_desktop.core.models import MentoringSession
from mentorat_desktop.core.services.sessions import Period, was_active_on

PACE_WEIGHTS: dict[PairStatus, tuple[tuple[Pace, int], ...]] = {
    PairStatus.ACTIVE: ((Pace.STEADY, 65), (Pace.LOW, 15), (Pace.FADED, 10), (Pace.SILENT, 10)),
    PairStatus.PAUSED: ((Pace.STEADY, 55), (Pace.LOW, 25), (Pace.FADED, 20)),
}
ENDED_PACE_WEIGHTS: dict[EndReason, tuple[tuple[Pace, int], ...]] = {
    EndReason.OBJECTIVES_REACHED: ((Pace.STEADY, 85), (Pace.LOW, 15)),
    EndReason.NO_LONGER_AVAILABLE: ((Pace.STEADY, 50), (Pace.LOW, 30), (Pace.FADED, 20)),
    EndReason.MISMATCH: ((Pace.FADED, 60), (Pace.LOW, 40)),
}
# The chance that a month reaches the commitment, and that the pair does not meet at all.
MEET_CHANCE: dict[Pace, float] = {
    Pace.STEADY: 0.9,
    Pace.LOW: 0.3,
    Pace.FADED: 0.9,
    Pace.SILENT: 0.8,
}
SKIP_CHANCE: dict[Pace, float] = {
    Pace.STEADY: 0.02,
    Pace.LOW: 0.08,
    Pace.FADED: 0.02,
    Pace.SILENT: 0.03,
}
HOLIDAY_SKIP = {8: 0.2, 7: 0.06, 12: 0.08}  # summer and year-end holidays
FADED_MEET_CHANCE = 0.12
DURATIONS = (45, 60, 60, 60, 75, 90, 90, 120)  # minutes, as people round them
SHORT_DURATIONS = (45, 45, 60, 60, 75, 90)
LONGEST_SESSION = 120

SESSION_MODES: dict[Mode, tuple[tuple[Mode, int], ...]] = {
    Mode.IN_PERSON: ((Mode.IN_PERSON, 88), (Mode.VIDEO, 10), (Mode.PHONE, 2)),
    Mode.VIDEO: ((Mode.VIDEO, 90), (Mode.PHONE, 6), (Mode.IN_PERSON, 4)),
    Mode.PHONE: ((Mode.PHONE, 85), (Mode.VIDEO, 15)),
    Mode.ANY: ((Mode.IN_PERSON, 55), (Mode.VIDEO, 40), (Mode.PHONE, 5)),
}


def _month_minutes(rng: random.Random, need: int, meets: bool) -> list[int]:
    """The durations of a month's sessions: ``meets`` reaches ``need`` minutes (two to four
    sessions), otherwise one to three sessions that fall short of it."""
    if meets:
        minutes = [rng.choice(DURATIONS) for _ in range(weighted(rng, ((2, 30), (3, 50), (4, 20))))]
        while sum(minutes) < need:
            shortest = min(range(len(minutes)), key=minutes.__getitem__)
            if minutes[shortest] < LONGEST_SESSION:
                minutes[shortest] += 15
            else:
                minutes.append(rng.choice(DURATIONS))
        while sum(minutes) > need * 1.5 and max(minutes) > 45:  # keep it plausible
            minutes[minutes.index(max(minutes))] -= 15
        return minutes
    minutes = [
        rng.choice(SHORT_DURATIONS) for _ in range(weighted(rng, ((1, 45), (2, 45), (3, 10))))
    ]
    while sum(minutes) >= need:
        if len(minutes) > 1:
            minutes.pop()
        else:
            minutes[0] = max(45, min(minutes[0], need - 15))
            break
    return minutes


def _spread(rng: random.Random, month: dt.date, count: int) -> list[dt.date]:
    """``count`` days spread over ``month``: one in each equal slice of it."""
    days = calendar.monthrange(month.year, month.month)[1]
    result: list[dt.date] = []
    for index in range(count):
        low, high = index * days // count, (index + 1) * days // count - 1
        result.append(month + dt.timedelta(days=rng.randint(low, max(low, high))))
    return result


def _direction(rng: random.Random, months: int) -> Direction:
    """Mostly the mentor teaching at first; more and more both ways as the months pass."""
    draw = rng.random()
    both = min(0.45, 0.04 + 0.05 * months)
    if draw < both:
        return Direction.BOTH
    if draw < both + min(0.18, 0.04 + 0.02 * months):
        return Direction.MENTEE_TO_MENTOR
    return Direction.MENTOR_TO_MENTEE


def _topic(rng: random.Random, skills: Sequence[str]) -> str:
    skill = rng.choice(skills)
    return f"{skill} : {rng.choice(SESSION_TOPICS[skill][0])}"


def _topics_and_note(
    rng: random.Random, pair: DemoPair, direction: Direction, used: set[str]
) -> tuple[str, str | None]:
    """What the session was about (from the pair's skills, in the direction of the
    teaching) and, for some, a short note; a note about a skill tells a first time, so it
    comes once per pair (``used``)."""
    back = pair.give_back or pair.mentee.offered or pair.teach  # what the senior knows
    if direction == Direction.MENTOR_TO_MENTEE:
        topics = _topic(rng, pair.teach)
    elif direction == Direction.MENTEE_TO_MENTOR:
        topics = _topic(rng, back)
    else:
        topics = f"{_topic(rng, pair.teach)} ; {_topic(rng, back)}"
    draw = rng.random()
    if draw < 0.12:
        note = SESSION_TOPICS[topics.split(" : ", 1)[0]][1]
        if note in used:
            return topics, None
        used.add(note)
        return topics, note
    if draw < 0.3:
        return topics, rng.choice(SESSION_NOTES[direction]).format(**note_names(pair))
    return topics, None


def _meeting_place(rng: random.Random, pair: DemoPair) -> str | None:
    """Where the pair meets in person, or None when they live in different cities."""
    if pair.mentor.city != pair.mentee.city:
        return None
    if pair.mode == Mode.IN_PERSON and pair.place:
        return pair.place
    if pair.mode == Mode.ANY and pair.place and pair.place.endswith(EITHER_PLACE_SUFFIX):
        return pair.place.removesuffix(EITHER_PLACE_SUFFIX)
    mentee = pair.mentee
    return rng.choice(PLACES[mentee.country]).format(de=with_de(mentee.city), city=mentee.city)


def _pace(rng: random.Random, pair: DemoPair) -> Pace:
    if pair.status == PairStatus.ENDED:
        weights = ENDED_PACE_WEIGHTS.get(pair.end_reason or EndReason.OTHER, ((Pace.LOW, 1),))
    else:
        weights = PACE_WEIGHTS[pair.status]
    pace: Pace = weighted(rng, weights)
    return pace


def _quiet_since(
    rng: random.Random, pair: DemoPair, periods: list[Period], today: dt.date
) -> dt.date | None:
    """The day a pair stops meeting (SILENT: one to three months before ``today``) or starts
    to fade (FADED: after one to four months); None for the others. A silent pair has met
    for a month at least before its silence (shortened if need be), and becomes LOW when
    that leaves less than a month of silence."""
    assert pair.start_date is not None
    if pair.pace == Pace.FADED:
        months = 1 if pair.end_reason == EndReason.MISMATCH else rng.randint(2, 4)
        return add_months(pair.start_date, months)
    if pair.pace != Pace.SILENT:
        return None
    silence = rng.randint(31, 95)
    since = periods[-1][0]
    silence = min(silence, (today - since).days - 30)
    if silence < 31:
        pair.pace = Pace.LOW
        return None
    return today - dt.timedelta(days=silence)


def _pair_sessions(
    rng: random.Random, pair: DemoPair, today: dt.date
) -> list[tuple[dt.date, int, Direction]]:
    """The days, durations and directions of a pair's sessions, month by month over its
    life, kept only on days it was active and before its silence."""
    assert pair.start_date is not None
    periods = pair.periods()
    pair.pace = _pace(rng, pair)
    pair.quiet_since = _quiet_since(rng, pair, periods, today)
    pace = pair.pace
    last_day = min(today, pair.ended_on or today)
    if pace == Pace.SILENT and pair.quiet_since is not None:
        last_day = pair.quiet_since - dt.timedelta(days=1)
    need = round(pair.commitment * 60)
    held: dict[dt.date, tuple[int, Direction]] = {}

    def keep(day: dt.date, minutes: int, direction: Direction) -> None:
        if day <= last_day and day not in held and was_active_on(periods, day):
            held[day] = (minutes, direction)

    if rng.random() < 0.4:  # the charter signed at a first meeting
        keep(pair.start_date, rng.choice((60, 75, 90)), Direction.MENTOR_TO_MENTEE)
    month = pair.start_date.replace(day=1)
    while month <= last_day:
        age = months_between(pair.start_date, month)
        meet, skip = MEET_CHANCE[pace], SKIP_CHANCE[pace] + HOLIDAY_SKIP.get(month.month, 0.0)
        if pace == Pace.FADED and pair.quiet_since is not None and month >= pair.quiet_since:
            faded = months_between(pair.quiet_since, month) + 1
            meet, skip = FADED_MEET_CHANCE, skip + min(0.65, 0.2 * faded)
        if rng.random() >= skip:
            minutes = _month_minutes(rng, need, rng.random() < meet)
            for day, length in zip(_spread(rng, month, len(minutes)), minutes, strict=True):
                keep(day, length, _direction(rng, age))
        month = add_months(month, 1)
    first_month = pair.start_date + dt.timedelta(days=30)
    if not any(day <= first_month for day in held):  # every pair meets in its first month
        keep(
            pair.start_date + dt.timedelta(days=rng.randint(2, 20)), 60, Direction.MENTOR_TO_MENTEE
        )
    if pair.end_reason == EndReason.OBJECTIVES_REACHED and pair.ended_on and rng.random() < 0.5:
        held.pop(pair.ended_on, None)
        keep(pair.ended_on, rng.choice((60, 90)), Direction.BOTH)  # the closing conversation
    return [(day, *held[day]) for day in sorted(held)]


def add_sessions(ctx: DemoContext) -> None:
    """The sessions of every pair that has been active, in one insert."""
    rng = ctx.rng("sessions")
    next_id = (ctx.session.scalar(select(func.max(MentoringSession.id))) or 0) + 1
    rows: list[dict[str, Any]] = []
    for pair in ctx.pairs:
        if pair.start_date is None:
            continue
        in_person = _meeting_place(rng, pair)
        modes = [(m, w) for m, w in SESSION_MODES[pair.mode] if in_person or m != Mode.IN_PERSON]
        held = _pair_sessions(rng, pair, ctx.today)
        used: set[str] = set()
        for index, (day, minutes, direction) in enumerate(held):
            mode: Mode = weighted(rng, modes)
            topics, note = _topics_and_note(rng, pair, direction, used)
            if index == 0 and day == pair.start_date:
                note = FIRST_SESSION_NOTE
            elif day == pair.ended_on and pair.end_reason == EndReason.OBJECTIVES_REACHED:
                note = LAST_SESSION_NOTE
            place = {Mode.IN_PERSON: in_person, Mode.VIDEO: ONLINE_PLACE}.get(mode, PHONE_PLACE)
            logged = min(
                ctx.today, day + dt.timedelta(days=weighted(rng, ((0, 60), (1, 25), (3, 15))))
            )
            rows.append(
                {
                    "id": next_id,
                    "pair_id": pair.id,
                    "held_on": day,
                    "duration_minutes": minutes,
                    "mode": mode,
                    "place": place,
                    "topics": topics,
                    "direction": direction,
                    "notes": note,
                    "created_at": max(at_time(rng, logged), dt.datetime.combine(day, dt.time(9))),
                }
            )
            next_id += 1
            ctx.session_minutes += minutes
        pair.last_session = held[-1][0] if held else None
    bulk_insert(ctx.session, MentoringSession.__table__, rows)
    ctx.session_count += len(rows)
