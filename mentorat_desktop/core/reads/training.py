"""Reads of the mentors' training sessions, their lists and who may be invited."""

from __future__ import annotations

from typing import NamedTuple


class TrainingRow(NamedTuple):
    """A training session with how many are listed and how many attended."""

    id: int
    title: str
    held_on: str  # ISO date
    duration_minutes: int
    place: str | None
    trainer: str | None
    topics: str | None
    full_day: int  # 0 or 1
    listed: int
    attended: int
    row_version: int


# Followed by a WHERE on ``t`` (or nothing) and an ORDER BY.
TRAININGS_SQL = (
    "SELECT t.id, t.title, t.held_on, t.duration_minutes, t.place, t.trainer, "
    "t.topics, t.full_day, "
    "(SELECT count(*) FROM training_attendance a WHERE a.session_id = t.id), "
    "(SELECT count(*) FROM training_attendance a WHERE a.session_id = t.id "
    " AND a.attended), "
    "t.row_version "
    "FROM training_session t"
)


class AttendeeRow(NamedTuple):
    """A member on a session's list."""

    member_id: int
    first_name: str
    last_name: str
    email: str | None
    role: str
    invited: int  # 0 or 1
    attended: int  # 0 or 1
    recorded_at: str | None  # ISO date and time


ATTENDEES_SQL = (
    "SELECT m.id, m.first_name, m.last_name, m.email, m.role, a.invited, a.attended, "
    "a.recorded_at FROM training_attendance a JOIN member m ON m.id = a.member_id "
    "WHERE a.session_id = ?"
)


class CandidateRow(NamedTuple):
    """An active member who may be invited, with their training date."""

    member_id: int
    first_name: str
    last_name: str
    email: str | None
    role: str
    mentor_training_on: str | None  # ISO date


CANDIDATES_SQL = (
    "SELECT id, first_name, last_name, email, role, mentor_training_on FROM member WHERE status = ?"
)
