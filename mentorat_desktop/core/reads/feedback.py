"""Reads of the feedback questionnaires, and of the pairs whose check-ins come due."""

from __future__ import annotations

from typing import NamedTuple


class FeedbackRow(NamedTuple):
    """An answer: who, when, which check-in, a score per question (1 to 5, or None)."""

    id: int
    pair_id: int
    respondent: str
    checkin: str | None
    answered_on: str  # ISO date
    comment: str | None
    # One column per question, in the questionnaire's order (services.feedback.QUESTIONS).
    score_overall: int | None
    score_meetings: int | None
    score_learning: int | None
    score_listening: int | None
    score_recommend: int | None

    def scores(self) -> tuple[int | None, ...]:
        """The scores, in the questionnaire's order."""
        return self[6:]


# Followed by a WHERE (or nothing) and an ORDER BY.
FEEDBACK_SQL = (
    "SELECT id, pair_id, respondent, checkin, answered_on, comment, score_overall, "
    "score_meetings, score_learning, score_listening, score_recommend FROM feedback_answer"
)


class AnsweredCheckinRow(NamedTuple):
    """A check-in one of the pair answered."""

    pair_id: int
    checkin: str


ANSWERED_CHECKINS_SQL = (
    "SELECT DISTINCT pair_id, checkin FROM feedback_answer WHERE checkin IS NOT NULL"
)


class RunningPairRow(NamedTuple):
    """A pair whose check-ins are planned from its dates."""

    id: int
    start_date: str | None  # ISO date
    planned_end: str | None  # ISO date


RUNNING_PAIRS_SQL = "SELECT id, start_date, planned_end FROM pair WHERE status IN (?, ?)"
