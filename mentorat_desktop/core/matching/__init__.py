"""Match offer and demand: scored suggestions for one member, and a whole-pool proposal.

A pair is a younger **mentor** who offers what an older **mentee** wants to learn. The
matching proposes; the coordinator decides.

- **Hard rules** (a couple is never suggested): the same person twice; roles that do not fit
  (the mentor must be MENTOR or EITHER, the mentee MENTEE or EITHER); an archived member, or a
  member whose capacity is used up by proposed, active or paused pairs (``COUNTED_STATUSES``);
  the same organisation *and* department (both recorded); one is the other's manager; a
  couple refused before, or already paired in a pair that has not ended (in either
  direction); a mentor who is not younger than the mentee (when both birth years are known);
  a mentor who offers nothing the mentee wants to learn (what the mentee gives back only
  adds to the score). ``HARD_RULES`` names them, for the user interface.
- **Soft preferences** add to the score, each with its weight (``MatchWeights``): skills the
  mentor teaches (per skill), skills the mentee gives back (per skill), an overlap of
  availability, a compatible preferred mode, the same city, a common language, a clear age gap.
- **Penalties** subtract from it, also weighted and shown as warnings: a couple whose pair
  ran and ended (``paired_before``), and a mentee older by less than ``AGE_GAP_YEARS`` (not an
  exchange between generations). A couple whose score is not positive is never suggested: the
  default penalty of an ended pair is high enough to keep it out; the coordinator may lower it.
- **Reasons and warnings are data** (``Reason``: a code and its parameters), never sentences:
  the user interface words them in the user's language. ``reasons_to_json`` keeps them with a
  pair; ``reasons_from_json`` reads them back.

``propose_pool`` is exact: it maximises the total score under every member's remaining
capacity, never pairs a couple twice or a member with themselves, and counts a member of role
EITHER once whichever side they take (see ``solver.solve``).

The modules, each importing only those above it (no cycle):

- ``weights``: the weights, the hard rules' codes, ``Reason`` and ``Suggestion`` (plain data);
- ``availability``: free-text availability read as slots of the week;
- ``candidates``: a member as the matching sees them, skills as bits;
- ``distance``: too far apart to meet in person, time zones;
- ``scoring``: the score, reasons and warnings of one couple, or of every couple at once;
- ``blossom`` and ``solver``: the exact whole-pool solver;
- ``pool``: the members read from the database, the best partners of one member and the
  whole-pool proposal.

This package re-exports the names the rest of the application uses.
"""

from mentorat_desktop.core.matching.availability import DAY_CODES, availability_cells, slots_of
from mentorat_desktop.core.matching.candidates import Candidate, SkillIndex, candidate
from mentorat_desktop.core.matching.distance import too_far
from mentorat_desktop.core.matching.pool import (
    best_for,
    load_pool,
    propose,
    propose_pool,
    room_left,
)
from mentorat_desktop.core.matching.scoring import score, score_matrix, warnings_for
from mentorat_desktop.core.matching.weights import (
    AGE_GAP_YEARS,
    HARD_RULES,
    MatchWeights,
    Reason,
    Suggestion,
    reasons_from_json,
    reasons_to_json,
)

__all__ = [
    "AGE_GAP_YEARS",
    "DAY_CODES",
    "HARD_RULES",
    "Candidate",
    "MatchWeights",
    "Reason",
    "SkillIndex",
    "Suggestion",
    "availability_cells",
    "best_for",
    "candidate",
    "load_pool",
    "propose",
    "propose_pool",
    "reasons_from_json",
    "reasons_to_json",
    "room_left",
    "score",
    "score_matrix",
    "slots_of",
    "too_far",
    "warnings_for",
]
