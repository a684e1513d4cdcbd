"""What a session import checks its rows against: members, pairs and logged sessions.

Loaded once per plan (and once more inside the transaction that applies it), then looked
up without a query per row: members by name ("First Last" or "Last First", case and
accents aside) or e-mail, pairs by their two people, sessions by (pair, day, minutes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import MemberStatus, Mode, PairStatus
from mentorat_desktop.core.errors import FieldError
from mentorat_desktop.core.importing.streaming import SeenKeys
from mentorat_desktop.core.importing.titles import MENTEE, MENTOR
from mentorat_desktop.core.services.sessions import (
    HistoryStep,
    Period,
    active_periods,
    closing_status,
    was_active_on,
)
from mentorat_desktop.core.text import fold

# Codes of the FieldErrors find_pair gives (the session import's codes, see sessions.py).
REQUIRED = "required"  # mentor, mentee, held_on, duration_minutes: the cell is empty
NOT_FOUND = "not_found"  # mentor, mentee: {"who"}: nobody by that name or e-mail
AMBIGUOUS = "ambiguous"  # mentor, mentee: {"who", "count"}: several members match
NO_PAIR = "no_pair"  # pair_id: {"mentor", "mentee"}: these two do not form a pair


@dataclass(frozen=True)
class PairInfo:
    id: int
    mentor_id: int
    mentee_id: int
    mode: Mode
    periods: tuple[Period, ...]
    closed_as: PairStatus | None = None  # paused or ended by its last step (None: active)


@dataclass
class Register:
    """Members, pairs and logged sessions, loaded once, looked up without queries."""

    names: dict[str, dict[int, str]] = field(default_factory=dict)  # folded name -> people
    emails: dict[str, dict[int, str]] = field(default_factory=dict)
    active: set[int] = field(default_factory=set)
    pairs_of: dict[frozenset[int], list[PairInfo]] = field(default_factory=dict)
    pairs: dict[int, PairInfo] = field(default_factory=dict)
    # Sessions by session_key(): 0 for one logged already, else the line of the file.
    logged: SeenKeys = field(default_factory=SeenKeys)

    @classmethod
    def load(cls, rows: RegisterRows) -> Register:
        register = cls()
        for member in map(MemberRow._make, rows.members):
            first, last = member.first_name, member.last_name
            name = f"{first or ''} {last or ''}".strip()
            for key in {fold(f"{first} {last}"), fold(f"{last} {first}")}:
                register.names.setdefault(key, {})[member.id] = name
            if member.email and member.email.strip():
                register.emails.setdefault(member.email.strip().lower(), {})[member.id] = name
            if member.status == MemberStatus.ACTIVE.value:
                register.active.add(member.id)
        history: dict[int, list[tuple[PairStatus, dt.date]]] = {}
        for pair_id, status, day in rows.history:
            history.setdefault(pair_id, []).append((PairStatus(status), as_date(day)))
        for pair in map(PairRow._make, rows.pairs):
            steps = [HistoryStep(s, d) for s, d in history.get(pair.id, [])]
            periods = tuple(active_periods(steps))
            info = PairInfo(
                pair.id,
                pair.mentor_id,
                pair.mentee_id,
                Mode(pair.mode),
                periods,
                closing_status(steps),
            )
            register.pairs[pair.id] = info
            couple = frozenset((pair.mentor_id, pair.mentee_id))
            register.pairs_of.setdefault(couple, []).append(info)
        for pair_id, day, minutes in rows.sessions:
            register.logged.add(session_key(pair_id, as_date(day), int(minutes)), 0)
        return register

    def people(self, who: str) -> dict[int, str]:
        """The members ``who`` names (e-mail or name); active ones when there are any,
        else archived ones (an old log names people who have left since)."""
        text = " ".join(who.split())
        found = self.emails.get(text.lower(), {}) if "@" in text else self.names.get(fold(text), {})
        active = {i: n for i, n in found.items() if i in self.active}
        return active or found


@dataclass
class RegisterRows:
    members: list[tuple[Any, ...]]
    pairs: list[tuple[Any, ...]]
    history: list[tuple[Any, ...]]
    sessions: list[tuple[Any, ...]]


class MemberRow(NamedTuple):
    id: int
    first_name: str | None
    last_name: str | None
    email: str | None
    status: str


class PairRow(NamedTuple):
    id: int
    mentor_id: int
    mentee_id: int
    mode: str


MEMBERS_SQL = "SELECT id, first_name, last_name, email, status FROM member"  # MemberRow's
PAIRS_SQL = "SELECT id, mentor_id, mentee_id, mode FROM pair"  # PairRow's
HISTORY_SQL = "SELECT pair_id, status, effective_on FROM pair_status_change ORDER BY id"
SESSIONS_SQL = "SELECT pair_id, held_on, duration_minutes FROM mentoring_session"


def session_key(pair_id: int, day: dt.date, minutes: int) -> int:
    """(pair, day, minutes) as one integer of 63 bits, for Register.logged: 25 bits of pair
    id, 22 of the day's ordinal, 16 of minutes (a session lasts at most 12 hours)."""
    return (int(pair_id) << 38) | (day.toordinal() << 16) | (int(minutes) & 0xFFFF)


def as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def rows_from_db(db: Database) -> RegisterRows:
    return RegisterRows(
        db.query(MEMBERS_SQL),
        db.query(PAIRS_SQL),
        db.query(HISTORY_SQL),
        db.query(SESSIONS_SQL),
    )


def find_pair(
    register: Register,
    mentor_text: str,
    mentee_text: str,
    day: dt.date | None,
    errors: list[FieldError],
) -> int | None:
    """The pair of the two people named, or None with the problems added to ``errors``.

    When a name fits several members, or the two people formed several pairs over time,
    the pair active on the row's date is chosen (the mentor and mentee written the other
    way round are accepted)."""
    found: dict[str, dict[int, str]] = {}
    for target, text in ((MENTOR, mentor_text), (MENTEE, mentee_text)):
        if not text:
            errors.append(FieldError(target, REQUIRED))
            continue
        people = register.people(text)
        if not people:
            errors.append(FieldError(target, NOT_FOUND, {"who": text}))
        found[target] = people
    if errors:
        return None
    mentors, mentees = found[MENTOR], found[MENTEE]
    straight: list[PairInfo] = []
    swapped: list[PairInfo] = []
    for a in mentors:
        for b in mentees:
            for info in register.pairs_of.get(frozenset((a, b)), []):
                (straight if info.mentor_id == a else swapped).append(info)
    candidates = straight or swapped
    if not candidates:
        for target, people, text in (
            (MENTOR, mentors, mentor_text),
            (MENTEE, mentees, mentee_text),
        ):
            if len(people) > 1:
                errors.append(FieldError(target, AMBIGUOUS, {"who": text, "count": len(people)}))
        if not errors:
            errors.append(
                FieldError(
                    "pair_id",
                    NO_PAIR,
                    {
                        "mentor": next(iter(mentors.values())),
                        "mentee": next(iter(mentees.values())),
                    },
                )
            )
        return None
    if len(candidates) == 1:
        return candidates[0].id
    if day is not None:
        on_day = [c for c in candidates if was_active_on(c.periods, day)]
        if len(on_day) == 1:
            return on_day[0].id
        if on_day:
            candidates = on_day
    involved = {c.mentor_id for c in candidates} | {c.mentee_id for c in candidates}
    for target, people, text in ((MENTOR, mentors, mentor_text), (MENTEE, mentees, mentee_text)):
        matching = [i for i in people if i in involved]
        if len(matching) > 1:
            errors.append(FieldError(target, AMBIGUOUS, {"who": text, "count": len(matching)}))
    if errors:
        return None
    # The same two people, several pairs, none active that day: the latest one is meant
    # (its active period is what the refusal will show).
    return max(candidates, key=lambda c: c.id).id
