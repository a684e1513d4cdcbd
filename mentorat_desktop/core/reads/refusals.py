"""Reads of the couples the coordinator refused (never proposed again by the matching)."""

from __future__ import annotations

from typing import NamedTuple


class RefusedCoupleRow(NamedTuple):
    mentor_id: int
    mentee_id: int


REFUSED_COUPLES_SQL = "SELECT mentor_id, mentee_id FROM refused_match"


class RefusalRow(NamedTuple):
    """A refused couple with both names, the day and the reason."""

    mentor_id: int
    mentor_first_name: str
    mentor_last_name: str
    mentee_id: int
    mentee_first_name: str
    mentee_last_name: str
    refused_on: str | None  # ISO date
    reason: str | None


REFUSALS_SQL = (
    "SELECT r.mentor_id, mr.first_name, mr.last_name, r.mentee_id, me.first_name, "
    "me.last_name, r.refused_on, r.reason FROM refused_match r "
    "JOIN member mr ON mr.id = r.mentor_id JOIN member me ON me.id = r.mentee_id"
)
