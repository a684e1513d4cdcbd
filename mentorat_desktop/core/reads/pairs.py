"""Reads of pairs: the whole record with its objectives and history, and the light choices
where a pair is picked by name."""

from __future__ import annotations

from typing import NamedTuple


class PairRow(NamedTuple):
    """A pair with its two members' names and its cohort's (dates as ISO text)."""

    id: int
    mentor_id: int
    mentee_id: int
    mentor_first_name: str
    mentor_last_name: str
    mentee_first_name: str
    mentee_last_name: str
    mentor_birth_year: int | None
    mentee_birth_year: int | None
    cohort_id: int | None
    cohort_name: str | None
    status: str
    start_date: str | None
    planned_end: str | None
    charter_signed_on: str | None
    ended_on: str | None
    end_reason: str | None
    monthly_commitment_hours: float
    place: str | None
    mode: str
    frequency: str | None
    match_score: float | None
    match_reasons: str | None
    capacity_override_reason: str | None
    outcome: str | None
    mentor_learned: str | None
    mentee_learned: str | None
    closing_comment: str | None
    charter_version: int
    charter_changed_at: str | None
    row_version: int
    changed_by: str | None
    changed_at: str | None


# Followed by a WHERE on ``p``.
PAIRS_SQL = """
SELECT p.id, p.mentor_id, p.mentee_id,
       mr.first_name, mr.last_name, me.first_name, me.last_name,
       mr.birth_year, me.birth_year, p.cohort_id, c.name, p.status,
       p.start_date, p.planned_end, p.charter_signed_on, p.ended_on, p.end_reason,
       p.monthly_commitment_hours, p.place, p.mode, p.frequency, p.match_score,
       p.match_reasons, p.capacity_override_reason, p.outcome, p.mentor_learned,
       p.mentee_learned, p.closing_comment, p.charter_version, p.charter_changed_at,
       p.row_version, p.changed_by, p.changed_at
FROM pair p
JOIN member mr ON mr.id = p.mentor_id
JOIN member me ON me.id = p.mentee_id
LEFT JOIN cohort c ON c.id = p.cohort_id
"""


class ObjectiveRow(NamedTuple):
    """A pair's objective."""

    id: int
    pair_id: int
    text: str
    indicator: str | None
    target_date: str | None
    status: str
    direction: str
    row_version: int


# Followed by a WHERE on the objective's columns.
OBJECTIVES_SQL = (
    "SELECT id, pair_id, text, indicator, target_date, status, direction, row_version "
    "FROM objective"
)


class StatusChangeRow(NamedTuple):
    """A step of a pair's history."""

    pair_id: int
    status: str
    effective_on: str
    note: str | None
    recorded_at: str


# Followed by a WHERE on the change's columns.
STATUS_CHANGES_SQL = (
    "SELECT pair_id, status, effective_on, note, recorded_at FROM pair_status_change"
)


class PairChoiceRow(NamedTuple):
    """A pair as a list to pick from shows it: its two names and its status."""

    id: int
    mentor_first_name: str
    mentor_last_name: str
    mentee_first_name: str
    mentee_last_name: str
    status: str


# Followed by a WHERE on ``p`` (or nothing: every pair).
PAIR_CHOICES_SQL = (
    "SELECT p.id, mr.first_name, mr.last_name, me.first_name, me.last_name, p.status "
    "FROM pair p JOIN member mr ON mr.id = p.mentor_id "
    "JOIN member me ON me.id = p.mentee_id"
)


class HistoryStepRow(NamedTuple):
    """A step of one pair's history, for its active periods."""

    status: str
    effective_on: str  # ISO date


PAIR_HISTORY_SQL = (
    "SELECT status, effective_on FROM pair_status_change WHERE pair_id = ? ORDER BY id"
)
