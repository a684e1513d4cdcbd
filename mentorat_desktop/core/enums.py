"""Closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """The role a member wishes to hold in a pair."""

    MENTOR = "mentor"  # the younger one, who teaches tools and new ways
    MENTEE = "mentee"  # the older one, who learns and gives back the trade
    EITHER = "either"


class MemberStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"


class Mode(StrEnum):
    """How two people prefer to meet."""

    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"
    ANY = "any"


class SkillKind(StrEnum):
    OFFERED = "offered"
    WANTED = "wanted"


class PairStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class EndReason(StrEnum):
    OBJECTIVES_REACHED = "objectives_reached"
    NO_LONGER_AVAILABLE = "no_longer_available"
    MISMATCH = "mismatch"
    OTHER = "other"


class Outcome(StrEnum):
    """Closing evaluation: were the objectives reached?"""

    YES = "yes"
    MOSTLY = "mostly"
    PARTLY = "partly"
    NO = "no"


class Direction(StrEnum):
    """Which way the learning went, for a session or an objective."""

    MENTOR_TO_MENTEE = "mentor_to_mentee"
    MENTEE_TO_MENTOR = "mentee_to_mentor"
    BOTH = "both"


class ObjectiveStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    REACHED = "reached"
    DROPPED = "dropped"


class Speaker(StrEnum):
    """Who spoke in a follow-up entry."""

    COORDINATOR = "coordinator"
    MENTOR = "mentor"
    MENTEE = "mentee"


class Generation(StrEnum):
    """The four generations that meet at work, plus the edges."""

    SILENT = "silent"  # born before 1946
    BABY_BOOMER = "baby_boomer"  # 1946-1964
    X = "x"  # 1965-1980
    Y = "y"  # 1981-1996
    Z = "z"  # 1997-2012
    ALPHA = "alpha"  # 2013 and later


def generation_of(birth_year: int | None) -> Generation | None:
    """The generation a birth year belongs to, or None when the year is unknown."""
    if birth_year is None:
        return None
    if birth_year < 1946:
        return Generation.SILENT
    if birth_year <= 1964:
        return Generation.BABY_BOOMER
    if birth_year <= 1980:
        return Generation.X
    if birth_year <= 1996:
        return Generation.Y
    if birth_year <= 2012:
        return Generation.Z
    return Generation.ALPHA
