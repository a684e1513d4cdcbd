"""The weights of the matching, and the reasons and suggestions it gives (plain data).

``MatchWeights``: how much each soft preference adds and each penalty takes; ``Reason``: why a
couple is suggested, or a warning, as a code and its parameters (the user interface words it);
``Suggestion``: a couple, its score and its reasons.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from mentorat_desktop.core.enums import PairStatus

AGE_GAP_YEARS = 10  # a mentee older by at least this many years earns the age_gap weight;
# older by less, the couple takes the small_gap penalty

# After a speed-meeting (core/event/wishes.py), a couple of whom one wished to continue with
# the other earns WISH_ONE_BONUS, and WISH_BOTH_BONUS when both did (fixed bonuses, with the
# reason "met_at_event": the coordinator sees why, and decides).
WISH_ONE_BONUS = 4.0
WISH_BOTH_BONUS = 12.0

# The statuses of a pair that take up a place in each member's capacity: a proposal holds
# its place until it starts or is withdrawn (accepting a suggestion creates a proposal).
COUNTED_STATUSES = (PairStatus.PROPOSED, PairStatus.ACTIVE, PairStatus.PAUSED)

# The hard rules, as codes (the user interface words them; i18n/reasons.py hard_rule_text).
HARD_RULES = (
    "roles",
    "capacity",
    "same_unit",
    "manager",
    "refused_or_paired",
    "mentor_not_younger",
    "teaches_nothing",
    "too_far",
)

# -- weights -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatchWeights:
    """How much each soft preference adds to a suggestion's score, and each penalty takes
    from it (all >= 0)."""

    teaches: float = 10.0  # per skill the mentor offers and the mentee wants
    two_way: float = 4.0  # per skill the mentee offers and the mentor wants
    availability: float = 3.0  # their availabilities overlap
    mode: float = 2.0  # the same preferred mode, or one of them accepts any
    city: float = 2.0  # the same city
    language: float = 3.0  # a language in common
    age_gap: float = 1.0  # the mentee is older by AGE_GAP_YEARS or more
    # Penalties (subtracted):
    small_gap: float = 15.0  # the mentee is older by less than AGE_GAP_YEARS
    paired_before: float = 100.0  # the two formed a pair that ran and ended
    # A setting rather than a weight: the farthest apart (km) two members may live when either
    # prefers to meet in person (see ``too_far``).
    max_distance_km: float = 50.0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise TypeError(f"{f.name} must be a number")
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{f.name} must be a finite number >= 0")
            object.__setattr__(self, f.name, float(value))

    def to_json(self) -> str:
        return json.dumps({f.name: getattr(self, f.name) for f in fields(self)}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> MatchWeights:
        """Weights saved by ``to_json``; the default replaces anything missing or invalid
        (an empty or unreadable text gives the default weights)."""
        if not text:
            return cls()
        try:
            data = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        values: dict[str, float] = {}
        for f in fields(cls):
            value = data.get(f.name)
            if (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and math.isfinite(value)
                and value >= 0
            ):
                values[f.name] = float(value)
        return cls(**values)


# -- reasons -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """Why a couple is suggested (or a warning about it): a code and the data to word it.

    Codes and their params:
      teaches          {"mentor": first name, "mentee": first name, "skills": [names]}
      two_way          {"mentor": first name, "mentee": first name, "skills": [names]}
      availability     {"slots": [slot codes, see SLOT_CODES], "mentor": first name,
                        "mentee": first name, "mentor_text": the mentor's availability as
                        recorded, "mentee_text": the mentee's} (reasons kept before the
                        texts were added have "slots" only)
      same_mode        {"mode": a Mode value ("any" when both accept any)}
      same_city        {"city": the city as the mentor recorded it}
      common_language  {"language": the first language in common, as the mentor wrote it}
      age_gap          {"years": how much older the mentee is}
      mentor_untrained {"mentor": first name}   (a warning)
      small_gap        {"years": how much older the mentee is (0 to AGE_GAP_YEARS - 1)}
                       (a warning, with a penalty)
      paired_before    {"mentor": first name, "mentee": first name} (a warning: their pair
                       ran and ended; with a penalty)
      time_zones       {"mentor": first name, "mentee": first name, "hours": hours apart,
                        "mentor_text", "mentee_text": availabilities as recorded} (a warning:
                       their free times meet on paper only, TIME_ZONE_GAP_HOURS or more apart)
      met_at_event     {"date": ISO date of the latest speed-meeting where a wish was given,
                        "both": whether both wish to continue, "who": first name of the
                        one who wishes (when not both)}
      too_far          {"mentor_city", "mentee_city": as recorded, "km": rounded distance,
                        or None when only their countries differ} (why a hard rule excludes
                       a couple, see ``too_far``)
    """

    code: str
    params: dict[str, object] = field(default_factory=dict, hash=False)


def reasons_to_json(reasons: Iterable[Reason]) -> str:
    """The reasons as JSON text, to keep with a pair (``Pair.match_reasons``)."""
    return json.dumps([{"code": r.code, "params": r.params} for r in reasons], ensure_ascii=False)


def reasons_from_json(text: str | None) -> tuple[Reason, ...]:
    """Reasons saved by ``reasons_to_json``. Tolerant: empty or unreadable text gives no
    reason, and entries that are not reasons are skipped."""
    if not text:
        return ()
    try:
        data = json.loads(text)
    except ValueError:
        return ()
    if not isinstance(data, list):
        return ()
    reasons = []
    for item in data:
        if not isinstance(item, dict) or not isinstance(item.get("code"), str):
            continue
        params = item.get("params")
        reasons.append(Reason(item["code"], dict(params) if isinstance(params, dict) else {}))
    return tuple(reasons)


@dataclass(frozen=True)
class Suggestion:
    """A suggested pair: who, how good (higher is better) and why."""

    mentor_id: int
    mentee_id: int
    mentor_name: str
    mentee_name: str
    score: float  # rounded to one decimal
    reasons: tuple[Reason, ...]
    warnings: tuple[Reason, ...] = ()
