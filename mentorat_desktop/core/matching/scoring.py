"""The score of a couple with its reasons and warnings: one couple (``score``,
``suggestion``) or every couple at once (``score_matrix``, vectorised with numpy)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from mentorat_desktop.core.enums import Mode
from mentorat_desktop.core.matching.availability import slots_of
from mentorat_desktop.core.matching.candidates import Candidate
from mentorat_desktop.core.matching.distance import (
    TIME_ZONE_GAP_HOURS,
    hours_apart,
    too_far,
    too_far_matrix,
    zones_apart,
)
from mentorat_desktop.core.matching.weights import (
    AGE_GAP_YEARS,
    WISH_BOTH_BONUS,
    WISH_ONE_BONUS,
    MatchWeights,
    Reason,
    Suggestion,
)

if TYPE_CHECKING:
    import numpy as np  # lazy: numpy, only to score a whole pool
    from numpy.typing import NDArray


def _compatible_mode(a: Mode, b: Mode) -> Mode | None:
    """The mode two people can meet in, or None when their preferences differ."""
    if a == b or b == Mode.ANY:
        return a
    if a == Mode.ANY:
        return b
    return None


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
    if zones_apart(mentor, mentee):
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
    met = met_at_event(mentor, mentee)
    if met is not None:
        total += met[1]
        reasons.append(met[0])
    total -= sum(penalty for _reason, penalty in penalties(mentor, mentee, weights))
    return total, tuple(reasons)


def met_at_event(mentor: Candidate, mentee: Candidate) -> tuple[Reason, float] | None:
    """The two met at a speed-meeting and one or both wished to continue: the reason and
    its bonus (WISH_BOTH_BONUS, WISH_ONE_BONUS), else None."""
    by_mentor = mentor.wishes.get(mentee.id)
    by_mentee = mentee.wishes.get(mentor.id)
    if by_mentor is None and by_mentee is None:
        return None
    date = max(d for d in (by_mentor, by_mentee) if d is not None)
    if by_mentor is not None and by_mentee is not None:
        return Reason("met_at_event", {"date": date, "both": True}), WISH_BOTH_BONUS
    who = mentor.first_name if by_mentor is not None else mentee.first_name
    return Reason("met_at_event", {"date": date, "both": False, "who": who}), WISH_ONE_BONUS


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
    if mentor.availability & mentee.availability and zones_apart(mentor, mentee):
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


def score_matrix(
    mentors: Sequence[Candidate], mentees: Sequence[Candidate], weights: MatchWeights
) -> NDArray[np.float64]:
    """``score`` for every mentor (rows) and mentee (columns) at once, NaN where a hard rule
    excludes the couple: the same rules, the same sums and the same penalties, vectorised."""
    import numpy as np  # lazy: numpy, only to score a whole pool

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
        far_zones = np.abs(r_offset[:, None] - c_offset[None, :]) >= TIME_ZONE_GAP_HOURS

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
    excluded_ |= too_far_matrix(mentors, mentees, r_city, c_city, weights.max_distance_km)

    total = weights.teaches * teaches
    total = total + weights.two_way * gives_back
    common_time = ((r_avail[:, None] & c_avail[None, :]) != 0) & ~far_zones
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
    # Wishes after a speed-meeting (few: a plain loop), as ``met_at_event``.
    wished = np.zeros((n, m), dtype=np.int64)
    for i, person in enumerate(mentors):
        for partner in person.wishes:
            if partner in col_of:
                wished[i, col_of[partner]] += 1
    for j, person in enumerate(mentees):
        for partner in person.wishes:
            if partner in row_of:
                wished[row_of[partner], j] += 1
    total = total + np.where(
        wished >= 2, WISH_BOTH_BONUS, np.where(wished == 1, WISH_ONE_BONUS, 0.0)
    )
    result: NDArray[np.float64] = np.where(excluded_, np.nan, total)
    return result
