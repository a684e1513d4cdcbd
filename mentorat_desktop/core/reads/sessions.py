"""Reads of the mentoring sessions a pair logged."""

from __future__ import annotations

from typing import NamedTuple


class SessionRow(NamedTuple):
    """A logged session with its pair's two names (dates as ISO text)."""

    id: int
    pair_id: int
    mentor_first_name: str
    mentor_last_name: str
    mentee_first_name: str
    mentee_last_name: str
    held_on: str
    duration_minutes: int
    mode: str
    place: str | None
    topics: str | None
    direction: str
    notes: str | None
    row_version: int
    changed_by: str | None
    changed_at: str | None


# Followed by a WHERE on ``s`` or ``p`` and an ORDER BY.
SESSIONS_SQL = """
SELECT s.id, s.pair_id, mr.first_name, mr.last_name, me.first_name, me.last_name,
       s.held_on, s.duration_minutes, s.mode, s.place, s.topics, s.direction, s.notes,
       s.row_version, s.changed_by, s.changed_at
FROM mentoring_session s
JOIN pair p ON p.id = s.pair_id
JOIN member mr ON mr.id = p.mentor_id
JOIN member me ON me.id = p.mentee_id
"""


class LastSessionRow(NamedTuple):
    """The day of a pair's latest session."""

    pair_id: int
    held_on: str  # ISO date


LAST_SESSIONS_SQL = "SELECT pair_id, max(held_on) FROM mentoring_session GROUP BY pair_id"
