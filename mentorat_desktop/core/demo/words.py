"""The demo's word tables (names, towns, organisations, skills, notes and comments), read from
the JSON files of ``data/`` shipped in the package, as the typed constants the steps draw from.

The files keep the order of every list and table: the steps draw from them by position, so
reordering a file changes the demo of every seed (tests/core/test_demo.py pins one).
Placeholders in the texts: ``{mentor}``, ``{mentee}`` (first names), ``{of_mentor}``,
``{of_mentee}`` ("d’Anaïs", "de Lucas"), ``{city}``, ``{de}`` ("de Lyon"), ``{trade}``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from mentorat_desktop.core.demo.model import Country, Profile, Tone
from mentorat_desktop.core.enums import Direction, EndReason, Speaker


def _load(name: str) -> dict[str, Any]:
    text = resources.files("mentorat_desktop.core.demo").joinpath(f"data/{name}.json")
    data: dict[str, Any] = json.loads(text.read_text("utf-8"))
    return data


def _texts(items: list[str]) -> tuple[str, ...]:
    return tuple(items)


def _weighted(items: list[list[Any]]) -> tuple[tuple[str, int], ...]:
    """(text, weight) couples."""
    return tuple((str(text), int(weight)) for text, weight in items)


def _by_country(table: dict[str, Any]) -> dict[Country, Any]:
    return {Country(code): value for code, value in table.items()}


@dataclass(frozen=True)
class Origin:
    """Names and languages of newcomers from one part of the world."""

    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    languages: str


@dataclass(frozen=True)
class Organisation:
    name: str
    departments: tuple[str, ...]
    domain: str  # a sub-domain of a domain reserved for documentation


# -- the skills catalogue (name, weight: how often it is offered or wanted) --------------------

_skills = _load("skills")
DIGITAL_SKILLS: tuple[tuple[str, int], ...] = _weighted(_skills["digital"])
TRADE_SKILLS: tuple[tuple[str, int], ...] = _weighted(_skills["trade"])
LOCAL_SKILLS: dict[Country, str] = _by_country(_skills["local"])
QUEBEC_CODES = LOCAL_SKILLS[Country.QUEBEC]
FRANCE_CODES = LOCAL_SKILLS[Country.FRANCE]
CATALOGUE: tuple[str, ...] = (
    *(name for name, _ in DIGITAL_SKILLS),
    *(name for name, _ in TRADE_SKILLS),
    QUEBEC_CODES,
    FRANCE_CODES,
)

# -- names -------------------------------------------------------------------------------------

_names = _load("names")
# Keyed "FR boomer": the country, then the profile.
FIRST_NAMES: dict[tuple[Country, Profile], tuple[str, ...]] = {
    (Country(key.split()[0]), Profile(key.split()[1])): _texts(names)
    for key, names in _names["first_names"].items()
}
LAST_NAMES: dict[Country, tuple[str, ...]] = {
    Country(code): _texts(names) for code, names in _names["last_names"].items()
}
ORIGINS: tuple[Origin, ...] = tuple(
    Origin(_texts(item["first_names"]), _texts(item["last_names"]), item["languages"])
    for item in _names["origins"]
)
NEWCOMER_TRADES: tuple[str, ...] = _texts(_names["newcomer_trades"])

# -- places ------------------------------------------------------------------------------------

_places = _load("places")
CITIES: dict[Country, tuple[tuple[str, int], ...]] = {
    Country(code): _weighted(cities) for code, cities in _places["cities"].items()
}
# Québec area codes by city; France: the ARCEP fiction block of the city's region.
QUEBEC_AREA_CODES: dict[str, tuple[str, ...]] = {
    city: _texts(codes) for city, codes in _places["quebec_area_codes"].items()
}
FRANCE_LANDLINE_BLOCKS: dict[str, str] = dict(_places["france_landline_blocks"])
FRANCE_MOBILE_BLOCK: str = _places["france_mobile_block"]
ORGANISATIONS: dict[Country, tuple[Organisation, ...]] = {
    Country(code): tuple(
        Organisation(item["name"], _texts(item["departments"]), item["domain"]) for item in items
    )
    for code, items in _places["organisations"].items()
}
SCHOOLS: dict[Country, tuple[str, str]] = {
    Country(code): (school, grade) for code, (school, grade) in _places["schools"].items()
}
PERSONAL_DOMAINS: dict[Country, tuple[str, ...]] = {
    Country(code): _texts(domains) for code, domains in _places["personal_domains"].items()
}
# Places to meet; "{de}" is "de Lyon" or "d’Angers".
PLACES: dict[Country, tuple[str, ...]] = {
    Country(code): _texts(places) for code, places in _places["meeting_places"].items()
}
ONLINE_PLACE: str = _places["online_place"]
PHONE_PLACE: str = _places["phone_place"]
EITHER_PLACE_SUFFIX: str = _places["either_place_suffix"]

# -- the members' words ------------------------------------------------------------------------

_members = _load("members")
LANGUAGES: dict[Country, tuple[tuple[str, int], ...]] = {
    Country(code): _weighted(languages) for code, languages in _members["languages"].items()
}
AVAILABILITY: dict[str, tuple[str, ...]] = {
    kind: _texts(texts) for kind, texts in _members["availability"].items()
}
NOTES_SENIOR: tuple[str, ...] = _texts(_members["notes_senior"])
NOTES_JUNIOR: tuple[str, ...] = _texts(_members["notes_junior"])
NOTES_EITHER: tuple[str, ...] = _texts(_members["notes_either"])
NOTES_STUDENT: dict[Country, str] = _by_country(_members["notes_student"])
NOTES_NEWCOMER: dict[Country, str] = _by_country(_members["notes_newcomer"])
NOTES_NO_EMAIL: dict[Country, str] = _by_country(_members["notes_no_email"])
NOTES_ARCHIVED: tuple[str, ...] = _texts(_members["notes_archived"])

# -- cohorts and objectives --------------------------------------------------------------------

_objectives = _load("objectives")
# The two cohorts: (season, description, [(objective, success indicator, target)]).
COHORT_PLANS: tuple[tuple[str, str, tuple[tuple[str, str, str], ...]], ...] = tuple(
    (
        plan["season"],
        plan["description"],
        tuple((o["objective"], o["indicator"], o["target"]) for o in plan["objectives"]),
    )
    for plan in _objectives["cohort_plans"]
)
# What each skill leads to: (what someone learned, as an infinitive, and the objectives a pair
# may write about it, each with its success indicator). Written from the learner's side, so
# that they read right in either direction.
SKILL_TOPICS: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    skill: (topic["learned"], tuple((o["objective"], o["indicator"]) for o in topic["objectives"]))
    for skill, topic in _objectives["skill_topics"].items()
}
# Objectives the two set for themselves, whatever the skills (Direction.BOTH).
SHARED_OBJECTIVES: tuple[tuple[str, str], ...] = tuple(
    (o["objective"], o["indicator"]) for o in _objectives["shared_objectives"]
)

# -- pairs -------------------------------------------------------------------------------------

_pairs = _load("pairs")
# Keyed by the monthly commitment in hours ("3.0").
FREQUENCIES: dict[float, tuple[str, ...]] = {
    float(hours): _texts(texts) for hours, texts in _pairs["frequencies"].items()
}
# A None: no note.
PROPOSAL_NOTES: tuple[str | None, ...] = tuple(_pairs["proposal_notes"])
SIGNING_NOTES: tuple[str | None, ...] = tuple(_pairs["signing_notes"])
MINOR_SIGNING_NOTE: str = _pairs["minor_signing_note"]
PAUSE_NOTES: tuple[str, ...] = _texts(_pairs["pause_notes"])
RESUME_NOTES: tuple[str | None, ...] = tuple(_pairs["resume_notes"])
CLOSING_COMMENTS: dict[EndReason, tuple[str, ...]] = {
    EndReason(reason): _texts(texts) for reason, texts in _pairs["closing_comments"].items()
}
MENTOR_LEARNED_GENERIC: tuple[str, ...] = _texts(_pairs["mentor_learned_generic"])
LEARNED_LITTLE: str = _pairs["learned_little"]

# -- sessions ----------------------------------------------------------------------------------

_sessions = _load("sessions")
# What a session is about, skill by skill: three things two people work on, written so that
# they read after "Réseaux sociaux : ", and a note the one who logs it may add.
SESSION_TOPICS: dict[str, tuple[tuple[str, str, str], str]] = {
    skill: ((topic["topics"][0], topic["topics"][1], topic["topics"][2]), topic["note"])
    for skill, topic in _sessions["session_topics"].items()
}
SESSION_NOTES: dict[Direction, tuple[str, ...]] = {
    Direction(way): _texts(notes) for way, notes in _sessions["session_notes"].items()
}
FIRST_SESSION_NOTE: str = _sessions["first_session_note"]
LAST_SESSION_NOTE: str = _sessions["last_session_note"]

# -- follow-ups --------------------------------------------------------------------------------

_follow_ups = _load("follow_ups")
# Keyed "coordinator good": who speaks, then the tone.
FOLLOW_UP_COMMENTS: dict[tuple[Speaker, Tone], tuple[str, ...]] = {
    (Speaker(key.split()[0]), Tone(key.split()[1])): _texts(texts)
    for key, texts in _follow_ups["comments"].items()
}
PAUSE_COMMENTS: tuple[str, ...] = _texts(_follow_ups["pause_comments"])
CLOSING_FOLLOW_UPS: dict[Tone, tuple[str, ...]] = {
    Tone(tone): _texts(texts) for tone, texts in _follow_ups["closing"].items()
}
TRY_VIDEO_ACTION: str = _follow_ups["try_video_action"]  # one of the mediation actions
MEDIATION_ACTIONS: tuple[str, ...] = _texts(_follow_ups["mediation_actions"])
GOOD_ACTIONS: tuple[str, ...] = _texts(_follow_ups["good_actions"])
PAUSE_ACTIONS: tuple[str, ...] = _texts(_follow_ups["pause_actions"])
