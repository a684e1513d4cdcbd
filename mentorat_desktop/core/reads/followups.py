"""Reads of the follow-up entries: the coordinator's check-ins, calls and marks."""

from __future__ import annotations

from typing import NamedTuple


class FollowUpRow(NamedTuple):
    """An entry with its pair's two names (dates as ISO text)."""

    id: int
    pair_id: int
    mentor_first_name: str | None
    mentor_last_name: str | None
    mentee_first_name: str | None
    mentee_last_name: str | None
    held_on: str
    speaker: str
    satisfaction: int | None
    comment: str | None
    action: str | None
    recheck_on: str | None
    handled: int  # 0 or 1
    handled_reasons: str | None  # a JSON list of reason keys


# Followed by a WHERE on ``f`` (or nothing) and an ORDER BY.
FOLLOW_UPS_SQL = """
SELECT f.id, f.pair_id, mr.first_name, mr.last_name, me.first_name, me.last_name,
       f.held_on, f.speaker, f.satisfaction, f.comment, f.action, f.recheck_on,
       f.handled, f.handled_reasons
FROM follow_up_entry f
JOIN pair p ON p.id = f.pair_id
JOIN member mr ON mr.id = p.mentor_id
JOIN member me ON me.id = p.mentee_id
"""
