"""A small bundled table of French and Québec places: where a member lives, how far apart two
members are, and the time zone each one's free times are written in.

``data/places.csv`` holds about 170 towns (name, department or region, country FR or CA,
approximate latitude and longitude, time zone). A name is looked up with accents, case,
hyphens and apostrophes folded, "St-" / "Ste-" read as "Saint-" / "Sainte-", and what follows a
comma or a parenthesis, a postal code or an arrondissement ("Lyon 3e") set aside. A name two
countries share (Laval, in Mayenne and in Québec) gives every homonym; a hint in the text
("Laval, QC", "Laval (53)") keeps only those of that country.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from mentorat_desktop.core.text import fold

EARTH_RADIUS_KM = 6371.0

# Each zone's offset from UTC in standard time, in hours (summer time moves France and Québec
# by the same hour, a few weeks apart: the gap between them is taken as in standard time).
UTC_OFFSETS = {"Europe/Paris": 1.0, "America/Toronto": -5.0, "America/Halifax": -4.0}
# The zone of a country when only the country can be told.
COUNTRY_ZONES = {"FR": "Europe/Paris", "CA": "America/Toronto"}


@dataclass(frozen=True)
class Place:
    name: str
    region: str  # the department (France) or the administrative region (Québec)
    country: str  # "FR" or "CA"
    latitude: float
    longitude: float
    time_zone: str

    @property
    def utc_offset(self) -> float | None:
        return UTC_OFFSETS.get(self.time_zone)


_SAINT = re.compile(r"\b(st|ste)\b")
_CA_POSTAL = re.compile(r"\b[a-z]\d[a-z] ?\d[a-z]\d\b")
_FR_POSTAL = re.compile(r"\b\d{5}\b")
_FR_DEPARTMENT = re.compile(r"\(\s*(?:\d{2,3}|2a|2b)\s*\)")
_CA_WORDS = frozenset({"qc", "quebec", "canada", "ontario", "on"})
_FR_WORDS = frozenset({"france"})
_ARRONDISSEMENT = re.compile(r"\s+\d{1,2}\s*(?:e|er|eme)?$")


def place_key(text: str | None) -> str:
    """A name folded for lookup: "St-Étienne" and "saint etienne" give "saint etienne"."""
    key = " ".join(re.sub(r"[-'’.]", " ", fold(text)).split())
    return _SAINT.sub(lambda m: "saint" if m.group(1) == "st" else "sainte", key)


@lru_cache(maxsize=1)
def places() -> dict[str, tuple[Place, ...]]:
    """The bundled table, by folded name (homonyms together)."""
    text = resources.files("mentorat_desktop.core").joinpath("data/places.csv").read_text("utf-8")
    table: dict[str, list[Place]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        place = Place(
            row["name"],
            row["region"],
            row["country"],
            float(row["latitude"]),
            float(row["longitude"]),
            row["time_zone"],
        )
        table.setdefault(place_key(place.name), []).append(place)
    return {key: tuple(found) for key, found in table.items()}


def country_hint(text: str | None) -> str | None:
    """ "FR" or "CA" when the text tells it (a postal code, a department number, "QC",
    "Québec", "Canada", "France"), else None."""
    folded = fold(text)
    if not folded:
        return None
    words = set(re.findall(r"[a-z]+", folded))
    if _CA_POSTAL.search(folded) or words & _CA_WORDS:
        return "CA"
    if _FR_POSTAL.search(folded) or _FR_DEPARTMENT.search(folded) or words & _FR_WORDS:
        return "FR"
    return None


@lru_cache(maxsize=4096)
def find_places(text: str | None) -> tuple[Place, ...]:
    """The places a city as written may be (empty when unknown; several for homonyms)."""
    if not text or not text.strip():
        return ()
    table = places()
    found = table.get(place_key(text), ())
    if not found:
        head = re.split(r"[,(]", text, maxsplit=1)[0]
        head = _FR_POSTAL.sub(" ", _CA_POSTAL.sub(" ", fold(head)))
        head = _ARRONDISSEMENT.sub("", head.strip())
        found = table.get(place_key(head), ())
    if len(found) > 1:
        hint = country_hint(re.sub(r"^[^,(]*", "", text)) if re.search(r"[,(]", text) else None
        if hint:
            found = tuple(p for p in found if p.country == hint) or found
    return found


def find_place(text: str | None) -> Place | None:
    """The place a city as written names, or None when unknown or ambiguous."""
    found = find_places(text)
    return found[0] if len(found) == 1 else None


def country_of(text: str | None) -> str | None:
    """The country of a city as written, when the table or the text tells it."""
    found = {p.country for p in find_places(text)}
    if len(found) == 1:
        return found.pop()
    return country_hint(text) if not found else None


def utc_offset_of(text: str | None) -> float | None:
    """The standard-time UTC offset (hours) of a city as written, when it can be told."""
    offsets = {p.utc_offset for p in find_places(text)}
    if len(offsets) == 1:
        return offsets.pop()
    if offsets:
        return None
    country = country_hint(text)
    return UTC_OFFSETS.get(COUNTRY_ZONES[country]) if country else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points, in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def distance_km(a: Place, b: Place) -> float:
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def nearest_km(a: Sequence[Place], b: Sequence[Place]) -> float | None:
    """The distance between the nearest homonyms of two lists of places; None when either is
    empty (unknown)."""
    if not a or not b:
        return None
    return min(distance_km(x, y) for x in a for y in b)
