"""The pool of members who can take one more pair, read from the database, and what the
matching proposes from it: the best partners of one member (``best_for``) and the whole-pool
proposal (``propose_pool``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, NamedTuple

from mentorat_desktop.core.enums import MemberStatus, Mode, PairStatus, Role, SkillKind
from mentorat_desktop.core.errors import NotFoundError
from mentorat_desktop.core.event.wishes import wishes_by_member
from mentorat_desktop.core.matching.candidates import Candidate, SkillIndex, make_candidate
from mentorat_desktop.core.matching.scoring import score_matrix, suggestion
from mentorat_desktop.core.matching.solver import solve
from mentorat_desktop.core.matching.weights import COUNTED_STATUSES, MatchWeights, Suggestion
from mentorat_desktop.core.text import fold

if TYPE_CHECKING:
    import numpy as np  # lazy: numpy, only for a proposal
    from numpy.typing import NDArray

    from mentorat_desktop.core.database import Database

# Told the steps done out of the steps of a whole-pool proposal, between two of them; it may
# raise to stop the work there (the user interface runs the proposal in a thread and stops it
# when the coordinator cancels: the work is then simply dropped, nothing was written).
Progress = Callable[[int, int], None]
PROPOSAL_STEPS = 4  # the pool read, every couple scored, the solution found, its reasons

_COUNTED = tuple(s.value for s in COUNTED_STATUSES)
_COUNTED_MARKS = ", ".join("?" * len(_COUNTED))


@dataclass(frozen=True)
class Pool:
    """The members who can take one more pair (not archived, capacity not used up by
    proposed, active or paused pairs)."""

    candidates: dict[int, Candidate]
    skills: SkillIndex

    def mentors(self) -> list[Candidate]:
        return [c for c in self.candidates.values() if c.can_mentor]

    def mentees(self) -> list[Candidate]:
        return [c for c in self.candidates.values() if c.can_be_mentee]


class _MemberRow(NamedTuple):
    """One active member as the matching reads it (the columns of ``_MEMBER_SELECT``)."""

    id: int
    first_name: str
    last_name: str
    role: str
    birth_year: int | None
    capacity: int
    mentor_training_on: str | None
    city: str | None
    languages: str | None
    availability: str | None
    preferred_mode: str
    organisation: str | None
    department: str | None
    manager_name: str | None


# In the order of the members' numbers, on both engines (PostgreSQL's rows come back in the
# order they lie on disk, which changes as they are updated): the candidates, and so the
# proposal among equal scores, do not depend on where the register is kept.
_MEMBER_SELECT = f"SELECT {', '.join(_MemberRow._fields)} FROM member WHERE status = ? ORDER BY id"


def load_pool(db: Database) -> Pool:
    """Everything the matching needs, in a handful of plain SQL reads."""
    holding = _holding(db)
    rows = [_MemberRow._make(r) for r in db.query(_MEMBER_SELECT, (MemberStatus.ACTIVE.value,))]
    remaining = {row.id: row.capacity - holding.get(row.id, 0) for row in rows}
    ids = {member_id for member_id, room in remaining.items() if room > 0}

    skills = SkillIndex()
    catalogue = db.query("SELECT id, name FROM skill ORDER BY id")
    catalogue.sort(key=lambda r: fold(r[1]))
    bit_of = {skill_id: 1 << skills.bit(name) for skill_id, name in catalogue}
    offered: dict[int, int] = {}
    wanted: dict[int, int] = {}
    offered_kind = SkillKind.OFFERED.value
    for member_id, kind, skill_id in db.query("SELECT member_id, kind, skill_id FROM member_skill"):
        if member_id in ids:
            target = offered if kind == offered_kind else wanted
            target[member_id] = target.get(member_id, 0) | bit_of[skill_id]

    blocked: dict[int, set[int]] = {}
    couples = db.query("SELECT mentor_id, mentee_id FROM refused_match") + db.query(
        "SELECT mentor_id, mentee_id FROM pair WHERE status <> ?", (PairStatus.ENDED.value,)
    )
    for a, b in couples:
        blocked.setdefault(a, set()).add(b)
        blocked.setdefault(b, set()).add(a)
    # A pair that ran and ended (a proposal withdrawn before it started never ran: it has
    # no start date, and does not count).
    ended: dict[int, set[int]] = {}
    for a, b in db.query(
        "SELECT mentor_id, mentee_id FROM pair WHERE status = ? AND start_date IS NOT NULL",
        (PairStatus.ENDED.value,),
    ):
        ended.setdefault(a, set()).add(b)
        ended.setdefault(b, set()).add(a)

    roles = {r.value: r for r in Role}
    modes = {m.value: m for m in Mode}
    empty: frozenset[int] = frozenset()
    candidates = {}
    for row in rows:
        member_id = row.id
        if member_id not in ids:
            continue
        candidates[member_id] = make_candidate(
            member_id,
            row.first_name,
            row.last_name,
            roles[row.role],
            row.birth_year,
            remaining[member_id],
            row.mentor_training_on is not None,
            offered.get(member_id, 0),
            wanted.get(member_id, 0),
            skills,
            row.city,
            row.languages,
            row.availability,
            modes[row.preferred_mode],
            row.organisation,
            row.department,
            row.manager_name,
            frozenset(blocked[member_id]) if member_id in blocked else empty,
            False,
            frozenset(ended[member_id]) if member_id in ended else empty,
        )
    # Wishes after a speed-meeting (few): "met_at_event" in the scores.
    for member_id, wished in wishes_by_member(db).items():
        if member_id in candidates:
            dates = {other: day.isoformat() for other, day in wished.items()}
            candidates[member_id] = replace(candidates[member_id], wishes=dates)
    return Pool(candidates, skills)


def _holding(db: Database, member_ids: Iterable[int] | None = None) -> dict[int, int]:
    """How many proposed, active or paused pairs each member is in (either role)."""
    rows = db.query(
        "SELECT member_id, count(*) FROM ("
        f" SELECT mentor_id AS member_id FROM pair WHERE status IN ({_COUNTED_MARKS})"
        f" UNION ALL SELECT mentee_id FROM pair WHERE status IN ({_COUNTED_MARKS})"
        ") AS held GROUP BY member_id",
        _COUNTED + _COUNTED,
    )
    wanted = None if member_ids is None else set(member_ids)
    return {m: int(n) for m, n in rows if wanted is None or m in wanted}


def room_left(db: Database, member_ids: Iterable[int]) -> dict[int, int]:
    """How many more pairs each of these members can take: their capacity minus their
    proposed, active and paused pairs (0 for an archived member; unknown ids are left out).
    The user interface checks it before creating a proposal from a suggestion."""
    ids = sorted(set(member_ids))
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = db.query(f"SELECT id, capacity, status FROM member WHERE id IN ({marks})", tuple(ids))
    holding = _holding(db, ids)
    return {
        member_id: 0
        if status != MemberStatus.ACTIVE.value
        else max(0, capacity - holding.get(member_id, 0))
        for member_id, capacity, status in rows
    }


# -- suggestions for one member ----------------------------------------------------------------


def _order(s: Suggestion) -> tuple[float, str, str, int, int]:
    return (-s.score, fold(s.mentor_name), fold(s.mentee_name), s.mentor_id, s.mentee_id)


def rank_for(
    pool: Pool, member_id: int, weights: MatchWeights | None = None, limit: int = 5
) -> list[Suggestion]:
    """The best partners of one member of ``pool``, best first (at most ``limit``). A member
    of role EITHER is considered on both sides; each partner appears once, in the better
    direction. Empty when the member is not in the pool (archived, or no room left). Only
    couples with a positive score are suggested."""
    weights = weights or MatchWeights()
    member = pool.candidates.get(member_id)
    if member is None or limit <= 0:
        return []
    best: dict[int, Suggestion] = {}
    for other in pool.candidates.values():
        for mentor, mentee in ((member, other), (other, member)):
            found = suggestion(mentor, mentee, weights)
            if found is not None:
                previous = best.get(other.id)
                if previous is None or _order(found) < _order(previous):
                    best[other.id] = found
    return sorted(best.values(), key=_order)[:limit]


def best_for(
    db: Database, member_id: int, weights: MatchWeights | None = None, limit: int = 5
) -> list[Suggestion]:
    """The best partners for one member, best first (at most ``limit``).

    Raises NotFoundError for an unknown member; an archived member, or one whose capacity is
    used up, gets no suggestion."""
    if not db.query("SELECT 1 FROM member WHERE id = ?", (member_id,)):
        raise NotFoundError(member_id)
    return rank_for(load_pool(db), member_id, weights, limit)


# -- the whole pool ----------------------------------------------------------------------------


def propose(
    pool: Pool | Iterable[Candidate],
    weights: MatchWeights | None = None,
    progress: Progress | None = None,
) -> list[Suggestion]:
    """The whole-pool proposal of ``propose_pool``, on candidates already loaded.
    ``progress`` is told each step done (the first, reading the pool, is done by then)."""
    import numpy as np  # lazy: numpy, only for a proposal

    def step(done: int) -> None:
        if progress is not None:
            progress(done, PROPOSAL_STEPS)

    weights = weights or MatchWeights()
    people = list(pool.candidates.values() if isinstance(pool, Pool) else pool)
    people = [c for c in people if c.available]
    mentors = [c for c in people if c.can_mentor]
    mentees = [c for c in people if c.can_be_mentee]
    if not mentors or not mentees:
        return []
    scores = score_matrix(mentors, mentees, weights)
    _keep_better_direction(scores, mentors, mentees)
    scores = np.where(scores > 0, scores, 0.0)  # NaN > 0 is False
    step(2)
    chosen = solve(
        scores,
        np.array([c.remaining for c in mentors], dtype=np.int64),
        np.array([c.remaining for c in mentees], dtype=np.int64),
        [c.id for c in mentors],
        [c.id for c in mentees],
    )
    step(3)
    result = []
    for i, j in chosen:
        found = suggestion(mentors[i], mentees[j], weights)
        if found is not None:  # always, by construction
            result.append(found)
    result.sort(key=_order)
    step(PROPOSAL_STEPS)
    return result


def propose_pool(
    db: Database, weights: MatchWeights | None = None, progress: Progress | None = None
) -> list[Suggestion]:
    """The pairs that give the best total score for the whole pool, within each member's
    remaining capacity (a member of role EITHER may mentor and be mentored, within the same
    capacity); best first. Only couples with a positive score are proposed.

    ``progress(done, total)``, when given, is told each of the ``PROPOSAL_STEPS`` steps done,
    between two of them; an exception it raises stops the work there and goes to the
    caller (nothing is written: a proposal only reads)."""
    if progress is not None:
        progress(0, PROPOSAL_STEPS)
    pool = load_pool(db)
    if progress is not None:
        progress(1, PROPOSAL_STEPS)
    return propose(pool, weights, progress)


def _keep_better_direction(
    scores: NDArray[np.float64], mentors: Sequence[Candidate], mentees: Sequence[Candidate]
) -> None:
    """Two members of role EITHER could pair both ways: keep only the better direction (the
    first mentor by position on a tie), so that a couple cannot be proposed twice."""
    import numpy as np  # lazy: numpy, only for a proposal

    col_of = {c.id: j for j, c in enumerate(mentees)}
    both = [(i, col_of[c.id]) for i, c in enumerate(mentors) if c.id in col_of]
    if len(both) < 2:
        return
    rows = np.array([i for i, _ in both])
    cols = np.array([j for _, j in both])
    block = scores[np.ix_(rows, cols)]  # [a, b]: member a mentors member b
    value = np.nan_to_num(block, nan=-np.inf)
    other = value.T
    k = len(both)
    later = np.arange(k)[:, None] > np.arange(k)[None, :]
    drop = (other > value) | ((other == value) & later)
    block[drop] = np.nan
    scores[np.ix_(rows, cols)] = block
