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
EITHER once whichever side they take (see ``_solve``).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from mentorat_desktop.core.enums import MemberStatus, Mode, PairStatus, Role, SkillKind
from mentorat_desktop.core.errors import NotFoundError
from mentorat_desktop.core.places import Place, country_of, find_places, nearest_km, utc_offset_of
from mentorat_desktop.core.text import fold, split_list

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from mentorat_desktop.core.database import Database

_START_EXTRA = 3  # the linear relaxation starts from each member's capacity + this many couples
_SCALE = 1_000_000  # the general solver works on integer scores, in millionths
AGE_GAP_YEARS = 10  # a mentee older by at least this many years earns the age_gap weight;
# older by less, the couple takes the small_gap penalty

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


# -- availability ------------------------------------------------------------------------------

DAY_CODES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TIME_CODES = ("morning", "midday", "afternoon", "evening")
# The slot codes an "availability" reason may hold: days, times of day, or "any_time".
SLOT_CODES = (*DAY_CODES, *TIME_CODES, "any_time")

_ALL_DAYS = (1 << 7) - 1
_WEEKDAYS = (1 << 5) - 1
_WEEKEND = (1 << 5) | (1 << 6)
_ALL_TIMES = (1 << 4) - 1
_DAYTIME = 0b0111  # morning, midday, afternoon

_DAY_WORDS: dict[str, int] = {}
for _index, _words in enumerate(
    (
        ("lundi", "monday"),
        ("mardi", "tuesday"),
        ("mercredi", "wednesday"),
        ("jeudi", "thursday"),
        ("vendredi", "friday"),
        ("samedi", "saturday"),
        ("dimanche", "sunday"),
    )
):
    for _word in _words:
        _DAY_WORDS[_word] = _index
        _DAY_WORDS[_word + "s"] = _index
_GROUP_WORDS = {
    "weekend": _WEEKEND,
    "weekends": _WEEKEND,
    "semaine": _WEEKDAYS,
    "weekday": _WEEKDAYS,
    "weekdays": _WEEKDAYS,
    "everyday": _ALL_DAYS,
}
_TIME_WORDS = {
    "matin": 0b0001,
    "matins": 0b0001,
    "matinee": 0b0001,
    "morning": 0b0001,
    "mornings": 0b0001,
    "midi": 0b0010,
    "lunch": 0b0010,
    "lunchtime": 0b0010,
    "noon": 0b0010,
    "afternoon": 0b0100,
    "afternoons": 0b0100,
    "soir": 0b1000,
    "soirs": 0b1000,
    "soiree": 0b1000,
    "soirees": 0b1000,
    "evening": 0b1000,
    "evenings": 0b1000,
    "night": 0b1000,
    "nights": 0b1000,
    "daytime": _DAYTIME,
}
_EXCEPT_WORDS = frozenset({"sauf", "except", "excepte", "hors", "but"})
_SEGMENTS = re.compile(r"[,;/|+\n]|\bou\b|\bor\b")
_PHRASES = (
    (re.compile(r"\b(?:par|chaque|per|a|every) (?:semaine|week|mois|month)\b"), " "),  # how often
    (re.compile(r"\bfins? de semaine\b"), " weekend "),  # Québec: the weekend
    (re.compile(r"\bweek\s*-?\s*ends?\b"), " weekend "),
    (re.compile(r"\bapres\s*-?\s*midis?\b"), " afternoon "),
    (re.compile(r"\bfins? de journee\b|\bend of (the )?day\b"), " evening "),
    (re.compile(r"\bpause dejeuner\b|\bheure du dejeuner\b"), " lunch "),
    (re.compile(r"\ben journee\b|\bla journee\b|\bjournees?\b|\bduring the day\b"), " daytime "),
    (re.compile(r"\btous les jours\b|\bchaque jour\b|\bevery\s*day\b|\bdaily\b"), " everyday "),
    (re.compile(r"\ben semaine\b|\bla semaine\b"), " semaine "),
)
_DAY_NAMES = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
_RANGE = re.compile(
    rf"\b({_DAY_NAMES})\s*(?:-|\bau\b|\ba\b|\bto\b|\bthrough\b|\bthru\b|\buntil\b)\s*"
    rf"\b({_DAY_NAMES})\b"
)
_HOUR = re.compile(r"\b(\d{1,2})\s*(?:h\b|h\d|:\d|heures?\b|(am|pm)\b)")
_WORD = re.compile(r"[a-z]+")


def _day_range(match: re.Match[str]) -> str:
    first, last = _DAY_WORDS[match.group(1)], _DAY_WORDS[match.group(2)]
    days, day = [], first
    while True:
        days.append(DAY_CODES[day])
        if day == last:
            break
        day = (day + 1) % 7
    return " " + " ".join(days) + " "


def _hour_time(hour: int, suffix: str | None) -> int:
    if suffix == "pm" and hour < 12:
        hour += 12
    if hour < 12:
        return 0b0001
    if hour < 14:
        return 0b0010
    if hour < 17:
        return 0b0100
    return 0b1000


def _segment(text: str) -> tuple[int, int]:
    """Days (7 bits, Monday first) and times of day (4 bits) named in one part of a text."""
    text = _RANGE.sub(_day_range, text)
    times = 0
    for match in _HOUR.finditer(text):
        times |= _hour_time(int(match.group(1)), match.group(2))
    days = removed = 0
    excluding = False
    for word in _WORD.findall(text):
        if word in _EXCEPT_WORDS:
            excluding = True
        elif word in _DAY_WORDS or word in _GROUP_WORDS:
            bits = 1 << _DAY_WORDS[word] if word in _DAY_WORDS else _GROUP_WORDS[word]
            if excluding:
                removed |= bits
            else:
                days |= bits
        elif word in _TIME_WORDS:
            times |= _TIME_WORDS[word]
    if removed:
        days = (days or _ALL_DAYS) & ~removed
    return days, times


@lru_cache(maxsize=4096)
def availability_cells(text: str | None) -> int:
    """The week slots an availability text names, as a bitset (bit ``day * 4 + time``).

    The text is folded and cut into parts (at commas, semicolons, slashes, "ou", "or"); a
    part naming days and times gives those days at those times ("lundi et mercredi soir").
    Parts naming only days and parts naming only times are combined ("le midi, du lundi au
    vendredi"). Days: lundi..dimanche / monday..sunday, ranges ("du lundi au vendredi"),
    (en) semaine / weekdays, week-end / fin de semaine, tous les jours / every day, and "sauf"
    / "except". Times: matin / morning, midi / lunch, après-midi / afternoon, soir / evening,
    en journée / daytime, hours such as "17 h" or "5 pm". 0 when nothing is recognised.
    """
    if not text:
        return 0
    folded = fold(text)
    for pattern, replacement in _PHRASES:
        folded = pattern.sub(replacement, folded)
    cells = 0
    loose_days = loose_times = 0
    for part in _SEGMENTS.split(folded):
        days, times = _segment(part)
        if days and times:
            cells |= _cells(days, times)
        else:
            loose_days |= days
            loose_times |= times
    if loose_days or loose_times:
        cells |= _cells(loose_days or _ALL_DAYS, loose_times or _ALL_TIMES)
    return cells


def _cells(days: int, times: int) -> int:
    cells = 0
    for day in range(7):
        if days >> day & 1:
            cells |= times << (day * 4)
    return cells


def slots_of(cells: int) -> list[str]:
    """Slot codes describing a set of cells: the days (unless all seven), the times of day
    (unless all four), or ["any_time"] when it is every slot of the week."""
    days = [DAY_CODES[d] for d in range(7) if cells >> (d * 4) & 0b1111]
    times = [TIME_CODES[t] for t in range(4) if any(cells >> (d * 4 + t) & 1 for d in range(7))]
    slots = (days if len(days) < 7 else []) + (times if len(times) < 4 else [])
    return slots or ["any_time"]


# -- candidates --------------------------------------------------------------------------------

_LANGUAGE_SYNONYMS = {
    "french": "francais",
    "english": "anglais",
    "spanish": "espagnol",
    "arabic": "arabe",
    "german": "allemand",
    "portuguese": "portugais",
    "italian": "italien",
    "chinese": "chinois",
    "mandarin": "chinois",
    "haitian creole": "creole haitien",
    "creole": "creole haitien",
    "russian": "russe",
    "vietnamese": "vietnamien",
    "polish": "polonais",
    "romanian": "roumain",
    "turkish": "turc",
    "dutch": "neerlandais",
    "ukrainian": "ukrainien",
}


def _key(text: str | None) -> str:
    """Folded, with hyphens and apostrophes as spaces ("Trois-Rivières" = "trois rivieres")."""
    return " ".join(re.sub(r"[-'’.]", " ", fold(text)).split())


def _language_key(name: str) -> str:
    key = _key(name)
    return _LANGUAGE_SYNONYMS.get(key, key)


class SkillIndex:
    """Skills as bit positions, so that a member's skills fit in one int (a bitset)."""

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        self._names: list[str] = []

    def bit(self, name: str) -> int:
        """The bit of a skill (by folded name), added on first sight."""
        key = fold(name)
        if key not in self._bits:
            self._bits[key] = len(self._names)
            self._names.append(name)
        return self._bits[key]

    def bits(self, names: Iterable[str]) -> int:
        result = 0
        for name in names:
            result |= 1 << self.bit(name)
        return result

    def names(self, bits: int) -> list[str]:
        """The names of the skills in a bitset, in alphabetical order (accents ignored)."""
        found = []
        while bits:
            low = bits & -bits
            found.append(self._names[low.bit_length() - 1])
            bits ^= low
        return sorted(found, key=fold)

    def __len__(self) -> int:
        return len(self._names)


@dataclass(frozen=True, eq=False)
class Candidate:
    """A member as the matching sees them (build one with ``candidate``)."""

    id: int
    first_name: str
    last_name: str
    role: Role
    birth_year: int | None
    remaining: int  # capacity minus proposed, active and paused pairs
    trained: bool
    offered: int  # bitset of SkillIndex bits
    wanted: int
    skills: SkillIndex
    city: str | None
    city_key: str
    languages: tuple[tuple[str, str], ...]  # (key, as written)
    language_keys: frozenset[str]
    availability: int  # bitset of week cells, 0 when unknown
    mode: Mode
    unit_key: str  # organisation + department, when both are recorded
    name_keys: frozenset[str]
    manager_key: str
    blocked: frozenset[int]  # members never to be paired with this one
    archived: bool
    ended: frozenset[int] = frozenset()  # members with whom a pair ran and ended
    availability_text: str = ""  # as recorded
    places: tuple[Place, ...] = ()  # the bundled places the city may be (homonyms), or ()
    country: str = ""  # "FR" or "CA" when the city or its text tells it
    utc_offset: float | None = None  # hours, standard time, when it can be told

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def can_mentor(self) -> bool:
        return self.role in (Role.MENTOR, Role.EITHER)

    @property
    def can_be_mentee(self) -> bool:
        return self.role in (Role.MENTEE, Role.EITHER)

    @property
    def available(self) -> bool:
        """In the pool: not archived and with room for one more pair."""
        return not self.archived and self.remaining > 0


def candidate(
    id: int,
    first_name: str,
    last_name: str,
    *,
    skills: SkillIndex,
    role: Role = Role.EITHER,
    birth_year: int | None = None,
    remaining: int = 1,
    trained: bool = True,
    offered: Iterable[str] = (),
    wanted: Iterable[str] = (),
    city: str | None = None,
    languages: str | None = None,
    availability: str | None = None,
    mode: Mode = Mode.ANY,
    organisation: str | None = None,
    department: str | None = None,
    manager_name: str | None = None,
    blocked: Iterable[int] = (),
    archived: bool = False,
    ended: Iterable[int] = (),
) -> Candidate:
    """A candidate from plain member data (skills by name, registered in ``skills``: the
    candidates matched together must share one SkillIndex)."""
    return _make(
        id,
        first_name,
        last_name,
        role,
        birth_year,
        remaining,
        trained,
        skills.bits(offered),
        skills.bits(wanted),
        skills,
        city,
        languages,
        availability,
        mode,
        organisation,
        department,
        manager_name,
        frozenset(blocked),
        archived,
        frozenset(ended),
    )


def _make(
    id: int,
    first_name: str,
    last_name: str,
    role: Role,
    birth_year: int | None,
    remaining: int,
    trained: bool,
    offered: int,
    wanted: int,
    skills: SkillIndex,
    city: str | None,
    languages: str | None,
    availability: str | None,
    mode: Mode,
    organisation: str | None,
    department: str | None,
    manager_name: str | None,
    blocked: frozenset[int],
    archived: bool,
    ended: frozenset[int] = frozenset(),
) -> Candidate:
    spoken = tuple((_language_key(name), name) for name in split_list(languages))
    org, dept = _key(organisation), _key(department)
    return Candidate(
        id=id,
        first_name=first_name,
        last_name=last_name,
        role=role,
        birth_year=birth_year,
        remaining=remaining,
        trained=trained,
        offered=offered,
        wanted=wanted,
        skills=skills,
        city=city,
        city_key=_key(city),
        languages=spoken,
        language_keys=frozenset(k for k, _ in spoken),
        availability=availability_cells(availability),
        mode=mode,
        unit_key=f"{org}\x1f{dept}" if org and dept else "",
        name_keys=frozenset({_key(f"{first_name} {last_name}"), _key(f"{last_name} {first_name}")}),
        manager_key=_key(manager_name),
        blocked=blocked,
        archived=archived,
        ended=ended - blocked,
        availability_text=(availability or "").strip(),
        places=find_places(city),
        country=country_of(city) or "",
        utc_offset=utc_offset_of(city),
    )


# -- scoring one couple ------------------------------------------------------------------------


def _compatible_mode(a: Mode, b: Mode) -> Mode | None:
    """The mode two people can meet in, or None when their preferences differ."""
    if a == b or b == Mode.ANY:
        return a
    if a == Mode.ANY:
        return b
    return None


# Two people whose time zones are this many hours apart or more (France and Québec: 6) do not
# share a moment of the week that both name alike ("samedi matin" in Angers is the night in
# Sherbrooke): their same-named free times are not an overlap.
TIME_ZONE_GAP_HOURS = 5.0


def too_far(
    mentor: Candidate, mentee: Candidate, max_distance_km: float = MatchWeights.max_distance_km
) -> Reason | None:
    """Why the two cannot meet in person, when either prefers to (else None).

    - Both cities in the bundled table (``core.places``): farther apart than
      ``max_distance_km`` (between homonyms, the nearest ones count).
    - The same city as written: never too far.
    - Otherwise (a city blank or not in the table): too far only when both countries can be
      told (from the table, a postal code, "QC", "France"...) and differ; else the couple is
      not excluded: the coordinator, who knows the area, judges.
    """
    if Mode.IN_PERSON not in (mentor.mode, mentee.mode):
        return None
    if mentor.city_key and mentor.city_key == mentee.city_key:
        return None
    km = nearest_km(mentor.places, mentee.places)
    if km is not None:
        if km <= max_distance_km:
            return None
        distance: int | None = round(km)
    elif mentor.country and mentee.country and mentor.country != mentee.country:
        distance = None
    else:
        return None
    params: dict[str, object] = {
        "mentor_city": mentor.city or "",
        "mentee_city": mentee.city or "",
        "km": distance,
    }
    return Reason("too_far", params)


def hours_apart(mentor: Candidate, mentee: Candidate) -> float | None:
    """How many hours apart their time zones are, when both can be told."""
    if mentor.utc_offset is None or mentee.utc_offset is None:
        return None
    return abs(mentor.utc_offset - mentee.utc_offset)


def _zones_apart(mentor: Candidate, mentee: Candidate) -> bool:
    gap = hours_apart(mentor, mentee)
    return gap is not None and gap >= TIME_ZONE_GAP_HOURS


def excluded(
    mentor: Candidate, mentee: Candidate, max_distance_km: float = MatchWeights.max_distance_km
) -> bool:
    """Whether a hard rule forbids ``mentor`` to mentor ``mentee``."""
    return (
        mentor.id == mentee.id
        or not mentor.can_mentor
        or not mentee.can_be_mentee
        or not mentor.available
        or not mentee.available
        or (
            mentor.birth_year is not None
            and mentee.birth_year is not None
            and mentor.birth_year <= mentee.birth_year
        )
        or (bool(mentor.unit_key) and mentor.unit_key == mentee.unit_key)
        or (bool(mentor.manager_key) and mentor.manager_key in mentee.name_keys)
        or (bool(mentee.manager_key) and mentee.manager_key in mentor.name_keys)
        or mentee.id in mentor.blocked
        or mentor.id in mentee.blocked
        or not mentor.offered & mentee.wanted  # reverse mentoring: the mentor teaches
        or too_far(mentor, mentee, max_distance_km) is not None
    )


def score(
    mentor: Candidate, mentee: Candidate, weights: MatchWeights
) -> tuple[float, tuple[Reason, ...]] | None:
    """The score of ``mentor`` mentoring ``mentee`` with its reasons, or None when a hard
    rule excludes the couple. The score is not rounded; penalties (see ``penalties``) may
    make it zero or negative, and such a couple is not suggested."""
    if excluded(mentor, mentee, weights.max_distance_km):
        return None
    total = 0.0
    reasons: list[Reason] = []
    teaches = mentor.offered & mentee.wanted
    if teaches:
        total += weights.teaches * teaches.bit_count()
        reasons.append(Reason("teaches", _skill_params(mentor, mentee, teaches)))
    gives_back = mentee.offered & mentor.wanted
    if gives_back:
        total += weights.two_way * gives_back.bit_count()
        reasons.append(Reason("two_way", _skill_params(mentor, mentee, gives_back)))
    common = mentor.availability & mentee.availability
    if _zones_apart(mentor, mentee):
        common = 0  # same-named moments, hours apart: see TIME_ZONE_GAP_HOURS
    if common:
        total += weights.availability
        reasons.append(
            Reason(
                "availability",
                {
                    "slots": slots_of(common),
                    "mentor": mentor.first_name,
                    "mentee": mentee.first_name,
                    "mentor_text": mentor.availability_text,
                    "mentee_text": mentee.availability_text,
                },
            )
        )
    mode = _compatible_mode(mentor.mode, mentee.mode)
    if mode is not None:
        total += weights.mode
        reasons.append(Reason("same_mode", {"mode": mode.value}))
    if mentor.city_key and mentor.city_key == mentee.city_key:
        total += weights.city
        reasons.append(Reason("same_city", {"city": mentor.city}))
    if not mentor.language_keys.isdisjoint(mentee.language_keys):
        total += weights.language
        language = next(n for k, n in mentor.languages if k in mentee.language_keys)
        reasons.append(Reason("common_language", {"language": language}))
    if (
        mentor.birth_year is not None
        and mentee.birth_year is not None
        and mentor.birth_year - mentee.birth_year >= AGE_GAP_YEARS
    ):
        total += weights.age_gap
        reasons.append(Reason("age_gap", {"years": mentor.birth_year - mentee.birth_year}))
    total -= sum(penalty for _reason, penalty in penalties(mentor, mentee, weights))
    return total, tuple(reasons)


def penalties(
    mentor: Candidate, mentee: Candidate, weights: MatchWeights
) -> list[tuple[Reason, float]]:
    """The penalties of a couple, each with its warning (shown even at a weight of 0)."""
    found: list[tuple[Reason, float]] = []
    if mentee.id in mentor.ended or mentor.id in mentee.ended:
        params: dict[str, object] = {"mentor": mentor.first_name, "mentee": mentee.first_name}
        found.append((Reason("paired_before", params), weights.paired_before))
    if (
        mentor.birth_year is not None
        and mentee.birth_year is not None
        and 0 < mentor.birth_year - mentee.birth_year < AGE_GAP_YEARS
    ):
        years = mentor.birth_year - mentee.birth_year
        found.append((Reason("small_gap", {"years": years}), weights.small_gap))
    return found


def _skill_params(mentor: Candidate, mentee: Candidate, bits: int) -> dict[str, object]:
    return {
        "mentor": mentor.first_name,
        "mentee": mentee.first_name,
        "skills": mentor.skills.names(bits),
    }


def warnings_for(mentor: Candidate, mentee: Candidate) -> tuple[Reason, ...]:
    """What the coordinator should know before accepting the couple: the penalties, free
    times that meet on paper only (time zones far apart), and an untrained mentor (never a
    veto)."""
    found = [reason for reason, _penalty in penalties(mentor, mentee, MatchWeights())]
    if mentor.availability & mentee.availability and _zones_apart(mentor, mentee):
        params: dict[str, object] = {
            "mentor": mentor.first_name,
            "mentee": mentee.first_name,
            "hours": round(hours_apart(mentor, mentee) or 0),
            "mentor_text": mentor.availability_text,
            "mentee_text": mentee.availability_text,
        }
        found.append(Reason("time_zones", params))
    if not mentor.trained:
        found.append(Reason("mentor_untrained", {"mentor": mentor.first_name}))
    return tuple(found)


def suggestion(mentor: Candidate, mentee: Candidate, weights: MatchWeights) -> Suggestion | None:
    """The suggestion of ``mentor`` for ``mentee``, or None when a hard rule excludes it or
    its score is not positive."""
    scored = score(mentor, mentee, weights)
    if scored is None or scored[0] <= 0:
        return None
    value, reasons = scored
    return Suggestion(
        mentor_id=mentor.id,
        mentee_id=mentee.id,
        mentor_name=mentor.full_name,
        mentee_name=mentee.full_name,
        score=round(value, 1),
        reasons=reasons,
        warnings=warnings_for(mentor, mentee),
    )


# -- the pool ----------------------------------------------------------------------------------

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


def load_pool(db: Database) -> Pool:
    """Everything the matching needs, in a handful of plain SQL reads."""
    holding = _holding(db)
    rows = db.query(
        "SELECT id, first_name, last_name, role, birth_year, capacity, mentor_training_on,"
        " city, languages, availability, preferred_mode, organisation, department,"
        " manager_name FROM member WHERE status = ?",
        (MemberStatus.ACTIVE.value,),
    )
    remaining = {row[0]: row[5] - holding.get(row[0], 0) for row in rows}
    ids = {member_id for member_id, room in remaining.items() if room > 0}

    skills = SkillIndex()
    catalogue = db.query("SELECT id, name FROM skill")
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
    for (
        member_id,
        first,
        last,
        role,
        year,
        _capacity,
        trained_on,
        city,
        languages,
        availability,
        mode,
        organisation,
        department,
        manager,
    ) in rows:
        if member_id not in ids:
            continue
        candidates[member_id] = _make(
            member_id,
            first,
            last,
            roles[role],
            year,
            remaining[member_id],
            trained_on is not None,
            offered.get(member_id, 0),
            wanted.get(member_id, 0),
            skills,
            city,
            languages,
            availability,
            modes[mode],
            organisation,
            department,
            manager,
            frozenset(blocked[member_id]) if member_id in blocked else empty,
            False,
            frozenset(ended[member_id]) if member_id in ended else empty,
        )
    return Pool(candidates, skills)


def _holding(db: Database, member_ids: Iterable[int] | None = None) -> dict[int, int]:
    """How many proposed, active or paused pairs each member is in (either role)."""
    rows = db.query(
        "SELECT member_id, count(*) FROM ("
        f" SELECT mentor_id AS member_id FROM pair WHERE status IN ({_COUNTED_MARKS})"
        f" UNION ALL SELECT mentee_id FROM pair WHERE status IN ({_COUNTED_MARKS})"
        ") GROUP BY member_id",
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


def _too_far_matrix(
    mentors: Sequence[Candidate],
    mentees: Sequence[Candidate],
    r_city: NDArray[np.int64],
    c_city: NDArray[np.int64],
    max_distance_km: float,
) -> NDArray[np.bool_]:
    """``too_far`` for every couple at once (True: excluded)."""
    import numpy as np

    from mentorat_desktop.core.places import EARTH_RADIUS_KM

    def coordinates(people: Sequence[Candidate]) -> tuple[NDArray[Any], NDArray[Any]]:
        lat = np.fromiter(
            (np.radians(c.places[0].latitude) if c.places else np.nan for c in people), float
        )
        lon = np.fromiter(
            (np.radians(c.places[0].longitude) if c.places else np.nan for c in people), float
        )
        return lat, lon

    r_lat, r_lon = coordinates(mentors)
    c_lat, c_lon = coordinates(mentees)
    h = (
        np.sin((c_lat[None, :] - r_lat[:, None]) / 2) ** 2
        + np.cos(r_lat)[:, None]
        * np.cos(c_lat)[None, :]
        * np.sin((c_lon[None, :] - r_lon[:, None]) / 2) ** 2
    )
    km = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))
    # Homonyms (rare): the nearest ones count, as in too_far.
    for i, person in enumerate(mentors):
        if len(person.places) > 1:
            for j, other in enumerate(mentees):
                found = nearest_km(person.places, other.places)
                km[i, j] = np.nan if found is None else found
    for j, other in enumerate(mentees):
        if len(other.places) > 1:
            for i, person in enumerate(mentors):
                found = nearest_km(person.places, other.places)
                km[i, j] = np.nan if found is None else found
    countries = {"": 0, "FR": 1, "CA": 2}
    r_country = np.fromiter((countries.get(c.country, 3) for c in mentors), np.int64)
    c_country = np.fromiter((countries.get(c.country, 3) for c in mentees), np.int64)
    r_in = np.fromiter((c.mode == Mode.IN_PERSON for c in mentors), bool)
    c_in = np.fromiter((c.mode == Mode.IN_PERSON for c in mentees), bool)
    with np.errstate(invalid="ignore"):
        far = km > max_distance_km  # False when unknown (NaN)
    other_country = (
        np.isnan(km)
        & (r_country[:, None] > 0)
        & (c_country[None, :] > 0)
        & (r_country[:, None] != c_country[None, :])
    )
    same_city = (r_city[:, None] == c_city[None, :]) & (r_city[:, None] > 0)
    result: NDArray[np.bool_] = (r_in[:, None] | c_in[None, :]) & (far | other_country) & ~same_city
    return result


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


def score_matrix(
    mentors: Sequence[Candidate], mentees: Sequence[Candidate], weights: MatchWeights
) -> NDArray[np.float64]:
    """``score`` for every mentor (rows) and mentee (columns) at once, NaN where a hard rule
    excludes the couple: the same rules, the same sums and the same penalties, vectorised."""
    import numpy as np

    n, m = len(mentors), len(mentees)
    if not n or not m:
        return np.full((n, m), np.nan)
    skills = max(1, *(len(c.skills) for c in (*mentors, *mentees)))

    def skill_matrix(people: Sequence[Candidate], attr: str) -> NDArray[np.float64]:
        matrix = np.zeros((len(people), skills))
        for i, person in enumerate(people):
            bits = getattr(person, attr)
            while bits:
                low = bits & -bits
                matrix[i, low.bit_length() - 1] = 1.0
                bits ^= low
        return matrix

    teaches = skill_matrix(mentors, "offered") @ skill_matrix(mentees, "wanted").T
    gives_back = skill_matrix(mentors, "wanted") @ skill_matrix(mentees, "offered").T

    codes: dict[object, int] = {}

    def code(value: object, blank: object) -> int:
        """A positive code per distinct value; 0 for the blank value."""
        if value == blank:
            return 0
        return codes.setdefault(value, len(codes) + 1)

    def column(values: Iterable[object], dtype: Any = np.int64) -> NDArray[Any]:
        return np.fromiter(values, dtype=dtype)

    r_ids = column(c.id for c in mentors)
    c_ids = column(c.id for c in mentees)
    r_year = column((np.nan if c.birth_year is None else c.birth_year for c in mentors), float)
    c_year = column((np.nan if c.birth_year is None else c.birth_year for c in mentees), float)
    r_unit = column(code(c.unit_key, "") for c in mentors)
    c_unit = column(code(c.unit_key, "") for c in mentees)
    r_city = column(code(c.city_key, "") for c in mentors)
    c_city = column(code(c.city_key, "") for c in mentees)
    r_avail = column((c.availability for c in mentors), np.int64)
    c_avail = column((c.availability for c in mentees), np.int64)
    modes = {mode: i for i, mode in enumerate(Mode)}
    r_mode = column(modes[c.mode] for c in mentors)
    c_mode = column(modes[c.mode] for c in mentees)
    any_mode = modes[Mode.ANY]
    r_offset = column((np.nan if c.utc_offset is None else c.utc_offset for c in mentors), float)
    c_offset = column((np.nan if c.utc_offset is None else c.utc_offset for c in mentees), float)
    with np.errstate(invalid="ignore"):
        zones_apart = np.abs(r_offset[:, None] - c_offset[None, :]) >= TIME_ZONE_GAP_HOURS

    excluded_ = np.zeros((n, m), dtype=bool)
    excluded_ |= r_ids[:, None] == c_ids[None, :]
    excluded_ |= r_year[:, None] <= c_year[None, :]  # False when a year is unknown (NaN)
    excluded_ |= (r_unit[:, None] == c_unit[None, :]) & (r_unit[:, None] > 0)
    # One is the other's manager (few members have one recorded: a plain loop).
    for bosses, people, flip in ((mentors, mentees, False), (mentees, mentors, True)):
        named: dict[str, list[int]] = {}
        for k, person in enumerate(people):
            for key in person.name_keys:
                named.setdefault(key, []).append(k)
        for k, person in enumerate(bosses):
            for managed in named.get(person.manager_key, ()) if person.manager_key else ():
                excluded_[(managed, k) if flip else (k, managed)] = True
    excluded_ |= teaches == 0  # the mentor must teach something the mentee wants
    row_of = {c.id: i for i, c in enumerate(mentors)}
    col_of = {c.id: j for j, c in enumerate(mentees)}
    for i, person in enumerate(mentors):
        for partner in person.blocked:
            if partner in col_of:
                excluded_[i, col_of[partner]] = True
    for j, person in enumerate(mentees):
        for partner in person.blocked:
            if partner in row_of:
                excluded_[row_of[partner], j] = True
    roles_ok = (
        column((c.can_mentor and c.available for c in mentors), bool)[:, None]
        & column((c.can_be_mentee and c.available for c in mentees), bool)[None, :]
    )
    excluded_ |= ~roles_ok
    excluded_ |= _too_far_matrix(mentors, mentees, r_city, c_city, weights.max_distance_km)

    total = weights.teaches * teaches
    total = total + weights.two_way * gives_back
    common_time = ((r_avail[:, None] & c_avail[None, :]) != 0) & ~zones_apart
    total = total + weights.availability * common_time
    same_mode = (
        (r_mode[:, None] == c_mode[None, :])
        | (r_mode[:, None] == any_mode)
        | (c_mode[None, :] == any_mode)
    )
    total = total + weights.mode * same_mode
    total = total + weights.city * ((r_city[:, None] == c_city[None, :]) & (r_city[:, None] > 0))
    languages = sorted({k for c in (*mentors, *mentees) for k in c.language_keys})
    if languages:
        lang_index = {k: i for i, k in enumerate(languages)}

        def lang_matrix(people: Sequence[Candidate]) -> NDArray[np.float64]:
            matrix = np.zeros((len(people), len(languages)))
            for i, person in enumerate(people):
                for k in person.language_keys:
                    matrix[i, lang_index[k]] = 1.0
            return matrix

        common = (lang_matrix(mentors) @ lang_matrix(mentees).T) > 0
        total = total + weights.language * common
    else:
        total = total + 0.0
    gap = r_year[:, None] - c_year[None, :]
    with np.errstate(invalid="ignore"):
        total = total + weights.age_gap * (gap >= AGE_GAP_YEARS)
        total = total - weights.small_gap * ((gap > 0) & (gap < AGE_GAP_YEARS))
    ended = np.zeros((n, m), dtype=bool)
    for i, person in enumerate(mentors):
        for partner in person.ended:
            if partner in col_of:
                ended[i, col_of[partner]] = True
    for j, person in enumerate(mentees):
        for partner in person.ended:
            if partner in row_of:
                ended[row_of[partner], j] = True
    total = total - weights.paired_before * ended
    result: NDArray[np.float64] = np.where(excluded_, np.nan, total)
    return result


def propose(
    pool: Pool | Iterable[Candidate], weights: MatchWeights | None = None
) -> list[Suggestion]:
    """The whole-pool proposal of ``propose_pool``, on candidates already loaded."""
    import numpy as np

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
    chosen = _solve(
        scores,
        np.array([c.remaining for c in mentors], dtype=np.int64),
        np.array([c.remaining for c in mentees], dtype=np.int64),
        [c.id for c in mentors],
        [c.id for c in mentees],
    )
    result = []
    for i, j in chosen:
        found = suggestion(mentors[i], mentees[j], weights)
        if found is not None:  # always, by construction
            result.append(found)
    result.sort(key=_order)
    return result


def propose_pool(db: Database, weights: MatchWeights | None = None) -> list[Suggestion]:
    """The pairs that give the best total score for the whole pool, within each member's
    remaining capacity (a member of role EITHER may mentor and be mentored, within the same
    capacity); best first. Only couples with a positive score are proposed."""
    return propose(load_pool(db), weights)


def _keep_better_direction(
    scores: NDArray[np.float64], mentors: Sequence[Candidate], mentees: Sequence[Candidate]
) -> None:
    """Two members of role EITHER could pair both ways: keep only the better direction (the
    first mentor by position on a tie), so that a couple cannot be proposed twice."""
    import numpy as np

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


def _solve(
    weights: NDArray[np.float64],
    row_caps: NDArray[np.int64],
    col_caps: NDArray[np.int64],
    row_ids: Sequence[int],
    col_ids: Sequence[int],
) -> list[tuple[int, int]]:
    """A maximum-weight set of (row, column) couples with positive weight such that each
    member (identified by id: a member may be both a row and a column) is in at most their
    capacity of couples, and no couple is taken twice.

    Exact. First as a bipartite problem (``_bipartite``), a member who is both a row and a
    column getting their full capacity on each side: that relaxation is worth at least the
    optimum, so when its solution keeps every member within their capacity, it is optimal.
    Otherwise the problem is not bipartite (three members of role EITHER can form a
    triangle): ``_general`` solves it.
    """
    positive = weights > 0
    if not positive.any():
        return []
    caps = {row_ids[i]: int(c) for i, c in enumerate(row_caps)}
    caps.update({col_ids[j]: int(c) for j, c in enumerate(col_caps)})
    gadgets: set[tuple[int, int]] = set()
    while True:  # _bipartite, stopping as soon as a member is over their capacity
        chosen = _assignment(weights, positive, row_caps, col_caps, gadgets)
        use: Counter[int] = Counter()
        for i, j in chosen:
            use[row_ids[i]] += 1
            use[col_ids[j]] += 1
        if any(times > caps[member] for member, times in use.items()):
            return _general(weights, positive, row_caps, col_caps, row_ids, col_ids)
        counts = Counter(chosen)
        twice = {couple for couple, times in counts.items() if times > 1}
        if not twice:
            return sorted(counts)
        gadgets |= twice


def _bipartite(
    weights: NDArray[np.float64],
    positive: NDArray[np.bool_],
    row_caps: NDArray[np.int64],
    col_caps: NDArray[np.int64],
) -> list[tuple[int, int]]:
    """The best set of couples when rows and columns have separate capacities, each couple
    taken at most once: an assignment problem (``linear_sum_assignment``) on rows and columns
    expanded into as many slots as their capacity. When a couple comes out twice (through
    two slots of each), it is rebuilt with a gadget that lets it be taken once, and the
    problem solved again; each round is worth at least the optimum, so the first solution
    without a double is optimal."""
    gadgets: set[tuple[int, int]] = set()
    while True:
        chosen = _assignment(weights, positive, row_caps, col_caps, gadgets)
        counts = Counter(chosen)
        twice = {couple for couple, times in counts.items() if times > 1}
        if not twice:
            return sorted(counts)
        gadgets |= twice


def _assignment(
    weights: NDArray[np.float64],
    positive: NDArray[np.bool_],
    row_caps: NDArray[np.int64],
    col_caps: NDArray[np.int64],
    gadgets: set[tuple[int, int]],
) -> list[tuple[int, int]]:
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    row_slots = np.minimum(row_caps, positive.sum(axis=1))
    col_slots = np.minimum(col_caps, positive.sum(axis=0))
    row_owner = np.repeat(np.arange(len(row_caps)), row_slots)
    col_owner = np.repeat(np.arange(len(col_caps)), col_slots)
    n, m = len(row_owner), len(col_owner)
    order = sorted(g for g in gadgets if row_slots[g[0]] > 0 and col_slots[g[1]] > 0)
    if not n or not m:
        return []
    g = len(order)
    benefit = np.zeros((n + g, m + g))
    benefit[:n, :m] = np.where(positive, weights, 0.0)[np.ix_(row_owner, col_owner)]
    if order:
        # Gadget of couple (i, j): a column x and a row y. A slot of i takes x for the
        # couple's weight; y must then take a slot of j (or x, if the couple is not used).
        big = float(weights[positive].sum()) + 1.0
        first_row = np.searchsorted(row_owner, np.arange(len(row_caps)))
        first_col = np.searchsorted(col_owner, np.arange(len(col_caps)))
        for k, (i, j) in enumerate(order):
            rows = slice(first_row[i], first_row[i] + row_slots[i])
            cols = slice(first_col[j], first_col[j] + col_slots[j])
            benefit[rows, cols] = 0.0
            benefit[rows, m + k] = weights[i, j]
            benefit[n + k, m + k] = big
            benefit[n + k, cols] = big
    assigned_rows, assigned_cols = linear_sum_assignment(benefit, maximize=True)
    chosen = []
    for r, c in zip(assigned_rows.tolist(), assigned_cols.tolist(), strict=True):
        if r >= n or benefit[r, c] <= 0:
            continue
        i = int(row_owner[r])
        j = int(col_owner[c]) if c < m else order[c - m][1]
        chosen.append((i, j))
    return chosen


def _general(
    weights: NDArray[np.float64],
    positive: NDArray[np.bool_],
    row_caps: NDArray[np.int64],
    col_caps: NDArray[np.int64],
    row_ids: Sequence[int],
    col_ids: Sequence[int],
) -> list[tuple[int, int]]:
    """The exact optimum when members may sit on both sides (a general graph).

    1. The linear relaxation (``linprog``: a variable per couple, a capacity row per
       member), solved by column generation: it starts from each member's best few couples;
       its duals ``y`` price the others, and a couple worth more than ``y[a] + y[b]`` joins,
       until none is. The duals bound every solution: one that uses couple e is worth at
       most ``UB - d_e``, where ``d_e = max(0, y[a] + y[b] - w_e)``.
    2. A good solution, worth LB: each member who is both a row and a column keeps, on each
       side, the share of their capacity the relaxation gives that side, and the problem is
       solved as bipartite (``_bipartite``).
    3. The exact optimum on the couples the relaxation prices at their worth (``d_e = 0``)
       and those of the good solution: a maximum-weight matching in a graph where each
       member is copied as many times as their capacity (``_b_matching``, with Edmonds'
       blossom algorithm in ``_max_weight_matching``), worth V. It is optimal for the whole
       pool if no couple left out passes both tests: ``d_e <= UB - V`` (otherwise no
       solution using it is worth more than V) and a weight above the sum of its members'
       duals in the blossom algorithm (if none is, those duals extend to the whole pool and
       prove V optimal). Otherwise every couple with ``d_e <= UB - V`` joins and the
       matching is solved again: it is then optimal.

    Scores are compared in millionths (exact for weights with up to six decimals).
    """
    import numpy as np
    from scipy.optimize import linprog
    from scipy.sparse import csc_array

    rows, cols = np.nonzero(positive)
    gain = weights[rows, cols]
    members = sorted(set(row_ids) | set(col_ids))
    index = {member: k for k, member in enumerate(members)}
    capacity = np.zeros(len(members))
    for ids, caps in ((row_ids, row_caps), (col_ids, col_caps)):
        for member, cap in zip(ids, caps.tolist(), strict=True):
            capacity[index[member]] = cap
    end_a = np.array([index[m] for m in row_ids], dtype=np.int64)[rows]
    end_b = np.array([index[m] for m in col_ids], dtype=np.int64)[cols]
    tolerance = 1e-7 * max(1.0, float(gain.max()))

    keep = np.zeros(len(gain), dtype=bool)
    for end in (end_a, end_b):
        order = np.lexsort((-gain, end))
        ends = end[order]
        rank = np.arange(len(order)) - np.searchsorted(ends, ends, side="left")
        keep[order[rank < capacity[ends] + _START_EXTRA]] = True
    while True:
        chosen = np.nonzero(keep)[0]
        count = len(chosen)
        incidence = csc_array(
            (
                np.ones(2 * count),
                (
                    np.concatenate([end_a[chosen], end_b[chosen]]),
                    np.concatenate([np.arange(count), np.arange(count)]),
                ),
            ),
            shape=(len(members), count),
        )
        relaxed = linprog(
            -gain[chosen], A_ub=incidence, b_ub=capacity, bounds=(0, 1), method="highs"
        )
        if relaxed.status != 0:  # pragma: no cover - bounded and feasible (all zero)
            raise RuntimeError(f"matching: the linear relaxation failed ({relaxed.message})")
        duals = np.maximum(-np.asarray(relaxed.ineqlin.marginals), 0.0)
        slack = gain - duals[end_a] - duals[end_b]
        priced_in = ~keep & (slack > tolerance)
        if not priced_in.any():
            break
        keep |= priced_in
    upper = float(capacity @ duals + np.maximum(slack, 0.0).sum())

    # A good solution: split the capacity of those on both sides as the relaxation does.
    mentoring = np.zeros(len(members))
    np.add.at(mentoring, end_a[chosen], relaxed.x)
    split = np.minimum(np.rint(mentoring), capacity)
    both = set(row_ids) & set(col_ids)
    row_split = row_caps.copy()
    col_split = col_caps.copy()
    for i, member in enumerate(row_ids):
        if member in both:
            row_split[i] = int(split[index[member]])
    for j, member in enumerate(col_ids):
        if member in both:
            col_split[j] = int(capacity[index[member]] - split[index[member]])
    good = _bipartite(weights, positive, row_split, col_split)
    lower = float(sum(weights[i, j] for i, j in good))
    if lower >= upper - tolerance:
        return good

    scaled = np.rint(gain * _SCALE).astype(np.int64)
    reduced = np.maximum(-slack, 0.0)
    linear = rows.astype(np.int64) * weights.shape[1] + cols
    in_core = reduced <= tolerance
    if good:
        width = weights.shape[1]
        in_core[np.searchsorted(linear, [i * width + j for i, j in good])] = True
    room = np.minimum(capacity, np.bincount(end_a, minlength=len(members)))
    room += np.minimum(capacity - room, np.bincount(end_b, minlength=len(members)))
    rooms = [int(r) for r in room]
    while True:
        core = np.nonzero(in_core)[0]
        taken, member_duals = _b_matching(
            list(
                zip(end_a[core].tolist(), end_b[core].tolist(), scaled[core].tolist(), strict=True)
            ),
            rooms,
        )
        found = sorted((int(rows[core[k]]), int(cols[core[k]])) for k in taken)
        value = float(sum(weights[i, j] for i, j in found))
        join = ~in_core & (reduced <= upper - value + tolerance)
        if member_duals is not None:
            priced = np.array(member_duals, dtype=np.int64)
            if not (join & (priced[end_a] + priced[end_b] < 2 * scaled)).any():
                return found
        if not join.any():
            return found
        in_core |= join


def _b_matching(
    edges: list[tuple[int, int, int]], room: list[int]
) -> tuple[list[int], list[int] | None]:
    """The edges (indexes into ``edges``: (a, b, positive integer weight)) of a
    maximum-weight set in which each vertex v is in at most ``room[v]`` edges, and the
    optimal dual of each vertex (the least of its copies'; 0 for a vertex without edges),
    or None if the duals could not be read as a certificate.

    Each vertex becomes ``room[v]`` copies. An edge between two vertices that both have two
    copies or more would then appear several times: it becomes a path a - p - q - b whose
    three edges weigh w. Taking p - q alone is worth w (the edge is not used); a - p and
    q - b are worth 2 w (the edge is used once)."""
    present = sorted({v for a, b, _w in edges for v in (a, b)})
    copies: dict[int, list[int]] = {}
    vertices = 0
    for v in present:
        copies[v] = list(range(vertices, vertices + room[v]))
        vertices += room[v]
    graph: list[tuple[int, int, int]] = []
    direct: dict[tuple[int, int], int] = {}  # (copy, copy) -> edge
    through: list[tuple[int, int, int]] = []  # (p, q, edge)
    for k, (a, b, w) in enumerate(edges):
        if not copies[a] or not copies[b]:
            continue
        if len(copies[a]) == 1 or len(copies[b]) == 1:
            for x in copies[a]:
                for y in copies[b]:
                    direct[(x, y)] = k
                    graph.append((x, y, w))
        else:
            p, q = vertices, vertices + 1
            vertices += 2
            through.append((p, q, k))
            graph += [(x, p, w) for x in copies[a]]
            graph.append((p, q, w))
            graph += [(q, y, w) for y in copies[b]]
    mate, dual = _max_weight_matching(vertices, graph)
    taken = [k for (x, y), k in direct.items() if mate[x] == y]
    copy_of = {c for cs in copies.values() for c in cs}
    for p, q, k in through:
        if mate[p] in copy_of and mate[q] in copy_of:
            taken.append(k)
    certified = all(d >= 0 for d in dual) and all(
        dual[v] == 0 for v in range(vertices) if mate[v] == -1
    )
    duals = None
    if certified:
        duals = [0] * len(room)
        for v, cs in copies.items():
            duals[v] = min((dual[c] for c in cs), default=0)
    return sorted(taken), duals


def _max_weight_matching(
    vertices: int, edges: list[tuple[int, int, int]]
) -> tuple[list[int], list[int]]:
    """A maximum-weight matching (not necessarily of maximum size) of a general graph, and
    the vertex duals that prove it optimal: ``mate[v]`` is v's partner, or -1. Edges are
    (v, w, weight) with integer weights; the duals are doubled (an edge's slack is
    ``dual[v] + dual[w] - 2 * weight``, never negative; single vertices end at zero).

    Edmonds' blossom algorithm in its primal-dual O(n^3) form (as described by Galil, 1986):
    stages grow alternating trees from every single vertex along tight edges, shrinking odd
    cycles into blossoms, and either augment the matching or change the duals. With integer
    weights every quantity stays an integer (vertex duals are kept doubled)."""
    n = vertices
    if not edges or n == 0:
        return [-1] * n, [0] * n
    endpoint = [v for edge in edges for v in edge[:2]]
    weight = [w for _v, _w, w in edges]
    weight2 = [2 * w for w in weight]
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for k, (v, w, _wt) in enumerate(edges):
        neighbours[v].append(2 * k + 1)  # remote endpoints
        neighbours[w].append(2 * k)
    mate = [-1] * n  # the remote endpoint of a vertex's matched edge
    label = [0] * (2 * n)  # 0 free, 1 S (outer), 2 T (inner); bit 4 marks a scan
    labelend = [-1] * (2 * n)
    inblossom = list(range(n))
    parent = [-1] * (2 * n)
    childs: list[list[int]] = [[] for _ in range(2 * n)]
    base = list(range(n)) + [-1] * n
    endps: list[list[int]] = [[] for _ in range(2 * n)]
    bestedge = [-1] * (2 * n)
    bestedges: list[list[int] | None] = [None] * (2 * n)
    unused = list(range(n, 2 * n))
    dual = [max(weight)] * n + [0] * n
    allowed = [-1] * len(edges)  # the stage in which the edge was found tight
    stage = 0
    queue: list[int] = []

    def slack(k: int) -> int:
        return dual[endpoint[2 * k]] + dual[endpoint[2 * k + 1]] - weight2[k]

    def leaves(b: int) -> list[int]:
        if b < n:
            return [b]
        found: list[int] = []
        stack = [b]
        while stack:
            t = stack.pop()
            if t < n:
                found.append(t)
            else:
                stack.extend(childs[t])
        return found

    def assign_label(w: int, t: int, p: int) -> None:
        while True:
            b = inblossom[w]
            label[w] = label[b] = t
            labelend[w] = labelend[b] = p
            bestedge[w] = bestedge[b] = -1
            if t == 1:
                queue.extend(leaves(b))
                return
            # T: the base's mate becomes S.
            mate_end = mate[base[b]]
            w, t, p = endpoint[mate_end], 1, mate_end ^ 1

    def scan_blossom(v: int, w: int) -> int:
        """The base of the new blossom if v and w are in one tree, else -1."""
        path = []
        found = -1
        while v != -1 or w != -1:
            b = inblossom[v]
            if label[b] & 4:
                found = base[b]
                break
            path.append(b)
            label[b] = 5
            if labelend[b] == -1:
                v = -1  # reached a root
            else:
                v = endpoint[labelend[b]]
                b = inblossom[v]
                v = endpoint[labelend[b]]
            if w != -1:
                v, w = w, v
        for b in path:
            label[b] = 1
        return found

    def add_blossom(found_base: int, k: int) -> None:
        v, w = endpoint[2 * k], endpoint[2 * k + 1]
        bb = inblossom[found_base]
        bv = inblossom[v]
        bw = inblossom[w]
        b = unused.pop()
        base[b] = found_base
        parent[b] = -1
        parent[bb] = b
        path: list[int] = []
        ends: list[int] = []
        while bv != bb:
            parent[bv] = b
            path.append(bv)
            ends.append(labelend[bv])
            v = endpoint[labelend[bv]]
            bv = inblossom[v]
        path.append(bb)
        path.reverse()
        ends.reverse()
        ends.append(2 * k)
        while bw != bb:
            parent[bw] = b
            path.append(bw)
            ends.append(labelend[bw] ^ 1)
            w = endpoint[labelend[bw]]
            bw = inblossom[w]
        childs[b] = path
        endps[b] = ends
        label[b] = 1
        labelend[b] = labelend[bb]
        dual[b] = 0
        for leaf in leaves(b):
            if label[inblossom[leaf]] == 2:
                queue.append(leaf)  # a T-vertex becomes an S-vertex
            inblossom[leaf] = b
        best_to = [-1] * (2 * n)
        for child in path:
            listed = bestedges[child]
            if listed is None:
                candidates = [p // 2 for leaf in leaves(child) for p in neighbours[leaf]]
            else:
                candidates = listed
            for e in candidates:
                i, j = endpoint[2 * e], endpoint[2 * e + 1]
                if inblossom[j] == b:
                    i, j = j, i
                bj = inblossom[j]
                if (
                    bj != b
                    and label[bj] == 1
                    and (best_to[bj] == -1 or slack(e) < slack(best_to[bj]))
                ):
                    best_to[bj] = e
            bestedges[child] = None
            bestedge[child] = -1
        kept = [e for e in best_to if e != -1]
        bestedges[b] = kept
        bestedge[b] = -1
        for e in kept:
            if bestedge[b] == -1 or slack(e) < slack(bestedge[b]):
                bestedge[b] = e

    def expand_blossom(b: int, endstage: bool) -> None:
        for s in childs[b]:
            parent[s] = -1
            if s < n:
                inblossom[s] = s
            elif endstage and dual[s] == 0:
                expand_blossom(s, endstage)
            else:
                for leaf in leaves(s):
                    inblossom[leaf] = s
        if not endstage and label[b] == 2:
            # A T-blossom expanded in mid-stage: relabel the sub-blossoms on the path
            # from the entry to the base.
            entry = inblossom[endpoint[labelend[b] ^ 1]]
            j = childs[b].index(entry)
            if j & 1:
                j -= len(childs[b])
                step, trick = 1, 0
            else:
                step, trick = -1, 1
            p = labelend[b]
            while j != 0:
                label[endpoint[p ^ 1]] = 0
                label[endpoint[endps[b][j - trick] ^ trick ^ 1]] = 0
                assign_label(endpoint[p ^ 1], 2, p)
                allowed[endps[b][j - trick] // 2] = stage
                j += step
                p = endps[b][j - trick] ^ trick
                allowed[p // 2] = stage
                j += step
            bv = childs[b][j]
            label[endpoint[p ^ 1]] = label[bv] = 2
            labelend[endpoint[p ^ 1]] = labelend[bv] = p
            bestedge[bv] = -1
            j += step
            while childs[b][j] != entry:
                bv = childs[b][j]
                if label[bv] == 1:
                    j += step
                    continue
                reached = next((leaf for leaf in leaves(bv) if label[leaf] != 0), -1)
                if reached != -1:
                    label[reached] = 0
                    label[endpoint[mate[base[bv]]]] = 0
                    assign_label(reached, 2, labelend[reached])
                j += step
        label[b] = labelend[b] = -1
        childs[b] = []
        endps[b] = []
        base[b] = -1
        bestedges[b] = None
        bestedge[b] = -1
        unused.append(b)

    def augment_blossom(b: int, v: int) -> None:
        t = v
        while parent[t] != b:
            t = parent[t]
        if t >= n:
            augment_blossom(t, v)
        i = j = childs[b].index(t)
        if i & 1:
            j -= len(childs[b])
            step, trick = 1, 0
        else:
            step, trick = -1, 1
        while j != 0:
            j += step
            t = childs[b][j]
            p = endps[b][j - trick] ^ trick
            if t >= n:
                augment_blossom(t, endpoint[p])
            j += step
            t = childs[b][j]
            if t >= n:
                augment_blossom(t, endpoint[p ^ 1])
            mate[endpoint[p]] = p ^ 1
            mate[endpoint[p ^ 1]] = p
        childs[b] = childs[b][i:] + childs[b][:i]
        endps[b] = endps[b][i:] + endps[b][:i]
        base[b] = base[childs[b][0]]

    def augment_matching(k: int) -> None:
        v, w = endpoint[2 * k], endpoint[2 * k + 1]
        for s, p in ((v, 2 * k + 1), (w, 2 * k)):
            while True:
                bs = inblossom[s]
                if bs >= n:
                    augment_blossom(bs, s)
                mate[s] = p
                if labelend[bs] == -1:
                    break
                t = endpoint[labelend[bs]]
                bt = inblossom[t]
                s = endpoint[labelend[bt]]
                j = endpoint[labelend[bt] ^ 1]
                if bt >= n:
                    augment_blossom(bt, j)
                mate[j] = labelend[bt]
                p = labelend[bt] ^ 1

    for stage in range(n):
        label[:] = [0] * (2 * n)
        bestedge[:] = [-1] * (2 * n)
        bestedges[n:] = [None] * n
        queue.clear()
        for v in range(n):
            if mate[v] == -1 and label[inblossom[v]] == 0:
                assign_label(v, 1, -1)
        augmented = False
        while True:
            while queue and not augmented:
                v = queue.pop()
                dual_v = dual[v]
                for p in neighbours[v]:
                    w = endpoint[p]
                    bw = inblossom[w]
                    if inblossom[v] == bw:
                        continue
                    k = p >> 1
                    kslack = 0
                    if allowed[k] != stage:
                        kslack = dual_v + dual[w] - weight2[k]
                        if kslack <= 0:
                            allowed[k] = stage
                    if allowed[k] == stage:
                        if label[bw] == 0:
                            assign_label(w, 2, p ^ 1)
                        elif label[bw] == 1:
                            found = scan_blossom(v, w)
                            if found >= 0:
                                add_blossom(found, k)
                            else:
                                augment_matching(k)
                                augmented = True
                                break
                        elif label[w] == 0:
                            label[w] = 2
                            labelend[w] = p ^ 1
                    elif label[bw] == 1:
                        b = inblossom[v]
                        if bestedge[b] == -1 or kslack < slack(bestedge[b]):
                            bestedge[b] = k
                    elif label[w] == 0 and (bestedge[w] == -1 or kslack < slack(bestedge[w])):
                        bestedge[w] = k
            if augmented:
                break
            # No augmenting path on tight edges: change the duals.
            delta_type = 1
            delta = min(dual[:n])
            delta_edge = delta_blossom = -1
            for v in range(n):
                if label[inblossom[v]] == 0 and bestedge[v] != -1:
                    d = slack(bestedge[v])
                    if d < delta:
                        delta, delta_type, delta_edge = d, 2, bestedge[v]
            for b in range(2 * n):
                if parent[b] == -1 and label[b] == 1 and bestedge[b] != -1:
                    d = slack(bestedge[b]) // 2
                    if d < delta:
                        delta, delta_type, delta_edge = d, 3, bestedge[b]
            for b in range(n, 2 * n):
                if base[b] >= 0 and parent[b] == -1 and label[b] == 2 and dual[b] < delta:
                    delta, delta_type, delta_blossom = dual[b], 4, b
            for v in range(n):
                top = label[inblossom[v]]
                if top == 1:
                    dual[v] -= delta
                elif top == 2:
                    dual[v] += delta
            for b in range(n, 2 * n):
                if base[b] >= 0 and parent[b] == -1:
                    if label[b] == 1:
                        dual[b] += delta
                    elif label[b] == 2:
                        dual[b] -= delta
            if delta_type == 1:
                break  # optimum: every single vertex has a zero dual
            if delta_type in (2, 3):
                allowed[delta_edge] = stage
                i, j = endpoint[2 * delta_edge], endpoint[2 * delta_edge + 1]
                if label[inblossom[i]] == 0:
                    i, j = j, i
                queue.append(i)
            else:
                expand_blossom(delta_blossom, False)
        if not augmented:
            break
        for b in range(n, 2 * n):
            if parent[b] == -1 and base[b] >= 0 and label[b] == 1 and dual[b] == 0:
                expand_blossom(b, True)
    return [endpoint[p] if p >= 0 else -1 for p in mate], dual[:n]
