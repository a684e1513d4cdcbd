"""Speed-meeting rounds: who meets whom, at which table, round after round.

The members present are split into two sides: the older ones (who would be mentored) and
the younger ones (who would mentor). The rule:

- a member whose role is *mentee* is on the older side, a member whose role is *mentor* on
  the younger side;
- members who may hold either role are sorted by birth year, and the oldest of them join the
  older side, the youngest the younger side, so that the two sides end up as even as they
  can be (an even room fills every table in every round). A member whose birth year is
  unknown counts as the youngest of them.

Each round, every member of the smaller side meets one member of the other side; nobody meets
the same person twice. The smaller side keeps its tables all evening (the older side when the
two are even: nobody asks the older members to move); the other side reads its table for each
round on the rota (one table along each round when the sides are even). When the two sides
differ in size, the extra members of the larger side sit a round out in turn: at every round,
the numbers of rounds each has sat out differ by one at most.

With s members on the smaller side (seated, tables 1..s) and l on the larger (moving), round r
has an offset o(r) and seats moving member (t - o(r)) mod l at table t + 1. Offsets that differ
mod l never seat the same two people together, so rounds keep coming until everyone has met
everyone, after l rounds: the rota stops there. It thus holds min(rounds, l) x s meetings, the
most that the rounds allow, with every table filled in every round. With g = gcd(s, l), the
offsets are o(r) = q*s + k (mod l) for r = k*(l/g) + q: within a block of l/g rounds the members
seated form consecutive arcs of the moving side that go round it s/g times exactly (everyone
meets as often), and a block cut short still seats them in consecutive arcs (one more meeting
at most for some).

No Qt, no database: ``load_present`` in ``core.event.people`` reads the members.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import gcd

from mentorat_desktop.core.enums import Role

MAX_ROUNDS = 99


@dataclass(frozen=True)
class Present:
    """A member present at the event."""

    member_id: int
    name: str
    birth_year: int | None
    role: Role


@dataclass(frozen=True)
class Meeting:
    round: int  # from 1
    table: int  # from 1
    older: int  # member ids
    younger: int


@dataclass(frozen=True)
class Rota:
    older: tuple[int, ...]  # member ids, in seating order
    younger: tuple[int, ...]
    rounds_asked: int
    rounds: tuple[tuple[Meeting, ...], ...]  # one tuple per round held, by table

    @property
    def meetings(self) -> list[Meeting]:
        return [meeting for round_ in self.rounds for meeting in round_]

    @property
    def tables(self) -> int:
        return min(len(self.older), len(self.younger))

    @property
    def older_moves(self) -> bool:
        """Whether the older side changes tables (it is then the larger side)."""
        return len(self.older) > len(self.younger)

    def sitting_out(self, round_number: int) -> list[int]:
        """The members who meet nobody in this round (from 1), in seating order."""
        seated = {
            m for meeting in self.rounds[round_number - 1] for m in (meeting.older, meeting.younger)
        }
        return [m for m in (*self.older, *self.younger) if m not in seated]

    def schedule_of(self, member_id: int) -> list[Meeting | None]:
        """The member's meeting in each round held, None for a round they sit out."""
        found: list[Meeting | None] = []
        for round_ in self.rounds:
            found.append(next((m for m in round_ if member_id in (m.older, m.younger)), None))
        return found


def split_sides(people: Sequence[Present]) -> tuple[list[Present], list[Present]]:
    """The older side and the younger side (see the module's rule), each ordered by birth
    year, oldest first (unknown years last), then by name."""
    older = [p for p in people if p.role == Role.MENTEE]
    younger = [p for p in people if p.role == Role.MENTOR]
    either = sorted((p for p in people if p.role not in (Role.MENTEE, Role.MENTOR)), key=_age_key)
    # k of the "either" members join the older side: the k that make the sides most even.
    best = min(
        range(len(either) + 1),
        key=lambda k: (abs(len(older) + k - (len(younger) + len(either) - k)), k),
    )
    older += either[:best]
    younger += either[best:]
    return sorted(older, key=_age_key), sorted(younger, key=_age_key)


def _age_key(person: Present) -> tuple[int, int, str, int]:
    year = person.birth_year
    return (year is None, year or 0, person.name.casefold(), person.member_id)


def make_rota(older: Sequence[int], younger: Sequence[int], rounds: int) -> Rota:
    """The rounds for these two sides (member ids, seating order), at most ``rounds`` of
    them: fewer only when everyone has met everyone before. ValueError for rounds < 1 or
    a member on both sides."""
    if rounds < 1:
        raise ValueError("rounds must be at least 1")
    if set(older) & set(younger) or len(set(older)) != len(older):
        raise ValueError("a member is listed twice")
    if len(set(younger)) != len(younger):
        raise ValueError("a member is listed twice")
    older_t, younger_t = tuple(older), tuple(younger)
    older_moves = len(older_t) > len(younger_t)
    seated, moving = (younger_t, older_t) if older_moves else (older_t, younger_t)
    tables = len(seated)
    held = min(rounds, len(moving)) if tables else 0
    schedule: list[tuple[Meeting, ...]] = []
    block = len(moving) // gcd(tables, len(moving)) if tables else 1
    for r in range(held):
        k, q = divmod(r, block)
        offset = (q * tables + k) % len(moving)
        round_meetings = []
        for t in range(tables):
            a, b = seated[t], moving[(t - offset) % len(moving)]
            old, young = (b, a) if older_moves else (a, b)
            round_meetings.append(Meeting(r + 1, t + 1, old, young))
        schedule.append(tuple(round_meetings))
    return Rota(older_t, younger_t, rounds, tuple(schedule))


def rota_for(people: Sequence[Present], rounds: int) -> Rota:
    """Split the people present into their two sides and seat them for ``rounds`` rounds."""
    older, younger = split_sides(people)
    return make_rota([p.member_id for p in older], [p.member_id for p in younger], rounds)


def rota_json(rota: Rota, numbers: dict[int, int] | None = None) -> dict[str, object]:
    """The rota as plain data: per round, its meetings (older member's number, younger
    member's number, table) and who sits out. ``numbers`` maps member ids to the numbers
    shown (default: the ids themselves, the members' numbers in the application)."""

    def number(member_id: int) -> int:
        return numbers.get(member_id, member_id) if numbers else member_id

    return {
        "rounds_asked": rota.rounds_asked,
        "rounds_held": len(rota.rounds),
        "tables": rota.tables,
        "older": [number(m) for m in rota.older],
        "younger": [number(m) for m in rota.younger],
        "rounds": [
            {
                "round": index,
                "meetings": [
                    {"older": number(m.older), "younger": number(m.younger), "table": m.table}
                    for m in round_
                ],
                "sitting_out": [number(m) for m in rota.sitting_out(index)],
            }
            for index, round_ in enumerate(rota.rounds, start=1)
        ],
    }
