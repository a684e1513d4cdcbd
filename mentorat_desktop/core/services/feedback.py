"""Feedback questionnaires answered by the members of a pair, typed back quickly.

    FeedbackService(db).record(FeedbackInput(pair_id=3, respondent=Speaker.MENTEE,
        answered_on=dt.date(2026, 3, 2), scores={"overall": 4, "meetings": 5}))

An answer names who answered (the pair's mentor or mentee), the date, which planned
check-in it answers (``CheckinRound``, or None), a score from 1 to 5 for each question
answered (``QUESTIONS``) and an optional comment. The overall score counts in the report's
satisfaction of mentors or of mentees (core.report.figures), as a follow-up entry's does.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import Any

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import PairStatus, Speaker
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.feedback.rounds import CheckinRound, checkin_dates, due_checkin
from mentorat_desktop.core.reads import rows
from mentorat_desktop.core.reads.feedback import (
    ANSWERED_CHECKINS_SQL,
    FEEDBACK_SQL,
    RUNNING_PAIRS_SQL,
    AnsweredCheckinRow,
    FeedbackRow,
    RunningPairRow,
)
from mentorat_desktop.core.services.settings import SettingsService
from mentorat_desktop.core.sql import in_json_ids

# The questions of the questionnaire, in its order; each is a column "score_<key>".
QUESTIONS = ("overall", "meetings", "learning", "listening", "recommend")
SCORE_MIN, SCORE_MAX = 1, 5
RESPONDENTS = (Speaker.MENTOR, Speaker.MENTEE)


@dataclass(frozen=True)
class FeedbackInput:
    pair_id: int
    respondent: Speaker  # MENTOR or MENTEE
    answered_on: dt.date
    scores: dict[str, int | None] = field(default_factory=dict)  # question key: 1 to 5
    checkin: CheckinRound | None = None
    comment: str | None = None


@dataclass(frozen=True)
class FeedbackRecord:
    id: int
    pair_id: int
    respondent: Speaker
    answered_on: dt.date
    scores: dict[str, int | None]
    checkin: CheckinRound | None
    comment: str | None


@dataclass(frozen=True)
class PlannedCheckin:
    """A pair's check-in whose date has come and that nobody answered yet."""

    pair_id: int
    checkin: CheckinRound
    planned_on: dt.date


def validate_feedback(data: FeedbackInput, today: dt.date | None = None) -> list[FieldError]:
    """The problems with ``data`` that need no database."""
    today = today or dt.date.today()
    errors: list[FieldError] = []
    if data.respondent not in RESPONDENTS:
        errors.append(FieldError("respondent", "invalid_choice"))
    if data.answered_on > today:
        errors.append(FieldError("answered_on", "date_in_future"))
    for key, value in data.scores.items():
        if key not in QUESTIONS:
            errors.append(FieldError(f"score_{key}", "invalid_choice"))
        elif value is not None and (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not SCORE_MIN <= value <= SCORE_MAX
        ):
            errors.append(
                FieldError(f"score_{key}", "number_range", {"min": SCORE_MIN, "max": SCORE_MAX})
            )
    if not any(v is not None for v in data.scores.values()):
        errors.append(FieldError("score_overall", "required"))
    return errors


def _record(row: FeedbackRow) -> FeedbackRecord:
    return FeedbackRecord(
        id=int(row.id),
        pair_id=int(row.pair_id),
        respondent=Speaker(row.respondent),
        answered_on=dt.date.fromisoformat(row.answered_on),
        scores=dict(zip(QUESTIONS, row.scores(), strict=True)),
        checkin=CheckinRound(row.checkin) if row.checkin else None,
        comment=row.comment,
    )


def overall_scores(
    db: Database,
    first: dt.date,
    last: dt.date,
    respondent: Speaker | None = None,
    pair_ids: Collection[int] | None = None,
) -> tuple[int, int]:
    """(sum, answers) of the overall scores of the questionnaires answered from ``first``
    to ``last`` (both included), by ``respondent`` (None: both), for the pairs ``pair_ids``
    (None: every pair). The report adds them to the follow-up's satisfaction marks."""
    where = ""
    params: tuple[Any, ...] = (first.isoformat(), last.isoformat())
    if respondent is not None:
        where += " AND respondent = ?"
        params = (*params, respondent.value)
    if pair_ids is not None:
        where += f" AND {in_json_ids('pair_id', db.dialect)}"
        params = (*params, json.dumps(sorted(pair_ids)))
    total, answers = db.query(
        "SELECT COALESCE(SUM(score_overall), 0), COUNT(score_overall) FROM feedback_answer "
        f"WHERE score_overall IS NOT NULL AND answered_on BETWEEN ? AND ?{where}",
        params,
    )[0]
    return int(total), int(answers)


class FeedbackService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -----------------------------------------------------------------------------

    def list_answers(self, pair_id: int | None = None) -> list[FeedbackRecord]:
        """The answers of one pair, or of all pairs: the latest first."""
        where, params = ("WHERE pair_id = ?", (pair_id,)) if pair_id is not None else ("", ())
        found = rows(
            self._db,
            FeedbackRow,
            f"{FEEDBACK_SQL} {where} ORDER BY answered_on DESC, id DESC",
            params,
        )
        return [_record(row) for row in found]

    def get(self, answer_id: int) -> FeedbackRecord:
        found = rows(self._db, FeedbackRow, f"{FEEDBACK_SQL} WHERE id = ?", (answer_id,))
        if not found:
            raise NotFoundError(answer_id)
        return _record(found[0])

    def due_checkins(self, today: dt.date) -> dict[int, PlannedCheckin]:
        """The check-ins due ``today``, by pair, for the pairs running (ACTIVE or PAUSED):
        the latest planned check-in whose date has come, unless one of the pair answered it
        (``rounds.due_checkin``). Two queries, whatever the number of pairs."""
        settings = SettingsService(self._db).get()
        answered: dict[int, set[CheckinRound]] = {}
        for answer in rows(self._db, AnsweredCheckinRow, ANSWERED_CHECKINS_SQL):
            answered.setdefault(int(answer.pair_id), set()).add(CheckinRound(answer.checkin))
        due: dict[int, PlannedCheckin] = {}
        for pair in rows(
            self._db,
            RunningPairRow,
            RUNNING_PAIRS_SQL,
            (PairStatus.ACTIVE.value, PairStatus.PAUSED.value),
        ):
            pair_id = int(pair.id)
            dates = checkin_dates(
                dt.date.fromisoformat(pair.start_date) if pair.start_date else None,
                dt.date.fromisoformat(pair.planned_end) if pair.planned_end else None,
                settings.checkin_first_days,
                settings.checkin_mid_percent,
                settings.checkin_end_days,
            )
            found = due_checkin(dates, answered.get(pair_id, set()), today)
            if found is not None:
                due[pair_id] = PlannedCheckin(pair_id, *found)
        return due

    # -- changes -----------------------------------------------------------------------------

    def record(self, data: FeedbackInput, today: dt.date | None = None) -> FeedbackRecord:
        """Record an answer. ValidationError (nothing written) on bad input: no such pair,
        a pair that never started, a date in the future or before the pair's start, a
        score outside 1 to 5, no score at all."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import FeedbackAnswer, Pair

        comment = (data.comment or "").strip() or None
        data = replace(data, comment=comment)
        errors = validate_feedback(data, today)
        with self._db.transaction(announces=(Topic.FOLLOW_UP,)) as session:
            pair = session.get(Pair, data.pair_id)
            if pair is None:
                errors.append(FieldError("pair_id", "not_found"))
            elif pair.status == PairStatus.PROPOSED or pair.start_date is None:
                errors.append(FieldError("pair_id", "pair_not_started"))
            elif data.answered_on < pair.start_date:
                errors.append(
                    FieldError("answered_on", "before_pair_start", {"date": pair.start_date})
                )
            if errors:
                raise ValidationError(errors)
            answer = FeedbackAnswer(
                pair_id=data.pair_id,
                respondent=data.respondent,
                checkin=data.checkin,
                answered_on=data.answered_on,
                comment=data.comment,
                **{f"score_{key}": data.scores.get(key) for key in QUESTIONS},
            )
            session.add(answer)
            session.flush()
            answer_id = answer.id
        return self.get(answer_id)

    def delete(self, answer_id: int) -> None:
        """Remove an answer typed by mistake."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import FeedbackAnswer

        with self._db.transaction(announces=(Topic.FOLLOW_UP,)) as session:
            answer = session.get(FeedbackAnswer, answer_id)
            if answer is None:
                raise NotFoundError(answer_id)
            session.delete(answer)
