"""Refused suggestions: the couples the coordinator refused in the suggestions, which the
matching never proposes again, and forgetting one so that it may come back.

Reading is plain SQL (one query); forgetting goes through a SQLAlchemy session (imported on
the first change), one transaction, after which ``Topic.PAIRS`` is announced. Refusing is
``PairService.refuse_match``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from mentorat_desktop.core.database import Database, nothing_changed
from mentorat_desktop.core.errors import NotFoundError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.reads import rows
from mentorat_desktop.core.reads.refusals import REFUSALS_SQL, RefusalRow
from mentorat_desktop.core.text import fold


@dataclass(frozen=True)
class RefusalRecord:
    """One refused couple: who, when and why (the reason as the coordinator typed it)."""

    mentor_id: int
    mentor_name: str
    mentee_id: int
    mentee_name: str
    refused_on: dt.date | None
    reason: str | None


def _name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


class RefusalService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self) -> list[RefusalRecord]:
        """Every refused couple, the latest refused first, then by mentor and mentee name
        (accents and case ignored)."""
        records = [
            RefusalRecord(
                row.mentor_id,
                _name(row.mentor_first_name, row.mentor_last_name),
                row.mentee_id,
                _name(row.mentee_first_name, row.mentee_last_name),
                dt.date.fromisoformat(row.refused_on) if row.refused_on else None,
                row.reason or None,
            )
            for row in rows(self._db, RefusalRow, REFUSALS_SQL)
        ]
        records.sort(
            key=lambda r: (
                -(r.refused_on or dt.date.min).toordinal(),
                fold(r.mentor_name),
                fold(r.mentee_name),
                r.mentor_id,
                r.mentee_id,
            )
        )
        return records

    def forget(self, mentor_id: int, mentee_id: int) -> None:
        """Forget the refusal of this couple: the matching may suggest it again.
        NotFoundError (nothing written, nothing announced) when it was not refused."""
        # lazy: SQLAlchemy, loaded on the first change (not at start-up)
        from sqlalchemy import delete

        # lazy: the models (SQLAlchemy tables), likewise
        from mentorat_desktop.core.models import RefusedMatch

        with self._db.transaction(announces=(Topic.PAIRS,)) as session:
            result = session.execute(
                delete(RefusedMatch).where(
                    RefusedMatch.mentor_id == mentor_id, RefusedMatch.mentee_id == mentee_id
                )
            )
            if not getattr(result, "rowcount", 0):
                raise NotFoundError(f"refused_match {mentor_id}-{mentee_id}")

    def forget_many(self, couples: Sequence[tuple[int, int]]) -> int:
        """Forget the refusals of these (mentor, mentee) couples in one transaction (the
        undoing of a refusal made a moment ago). Couples not refused are skipped; returns
        how many refusals were forgotten."""
        # lazy: SQLAlchemy, loaded on the first change (not at start-up)
        from sqlalchemy import and_, delete, or_

        # lazy: the models (SQLAlchemy tables), likewise
        from mentorat_desktop.core.models import RefusedMatch

        if not couples:
            return 0
        with self._db.transaction(announces=(Topic.PAIRS,)) as session:
            result = session.execute(
                delete(RefusedMatch).where(
                    or_(
                        *(
                            and_(RefusedMatch.mentor_id == mentor, RefusedMatch.mentee_id == mentee)
                            for mentor, mentee in couples
                        )
                    )
                )
            )
            count = int(getattr(result, "rowcount", 0) or 0)
            if not count:
                nothing_changed(session)
        return count
