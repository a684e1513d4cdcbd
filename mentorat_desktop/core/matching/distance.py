"""Places and time zones: whether two candidates live too far apart to meet in person, and
how many hours apart their time zones are."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from mentorat_desktop.core.enums import Mode
from mentorat_desktop.core.matching.candidates import Candidate
from mentorat_desktop.core.matching.weights import MatchWeights, Reason
from mentorat_desktop.core.places import EARTH_RADIUS_KM, nearest_km

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

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


def zones_apart(mentor: Candidate, mentee: Candidate) -> bool:
    gap = hours_apart(mentor, mentee)
    return gap is not None and gap >= TIME_ZONE_GAP_HOURS


def too_far_matrix(
    mentors: Sequence[Candidate],
    mentees: Sequence[Candidate],
    r_city: NDArray[np.int64],
    c_city: NDArray[np.int64],
    max_distance_km: float,
) -> NDArray[np.bool_]:
    """``too_far`` for every couple at once (True: excluded)."""
    import numpy as np  # lazy: numpy, only to score a whole pool

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
