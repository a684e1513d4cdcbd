"""Follow-up entries: the coordinator's check-ins, calls and mediations with a pair, each
with who spoke, an optional satisfaction (1 to 5), a comment, an action and a date to check
again (which puts the pair back on the follow-up list that day).

An entry can also be a "called / handled" mark (``mark_handled``): it records the date the
coordinator dealt with the pair, an optional note, and the keys of the reasons the pair was
on the follow-up list for (``core.followup.reason_keys``), which keeps it off the list while
those reasons are all it has (see ``core.followup.to_follow_up``).

Reading is plain SQL. Each change is one transaction, after which ``Topic.FOLLOW_UP`` is
announced. Bad input raises ValidationError with codes (never sentences) and writes nothing:

- ("pair_id", "not_found"): no such pair;
- ("held_on", "date_in_future");
- ("speaker", "invalid_choice");
- ("satisfaction", "number_range", {"min": 1, "max": 5});
- ("recheck_on", "recheck_before_date"): the date to check again is before the entry's.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Speaker
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.followup import reason_keys, to_follow_up
from mentorat_desktop.core.reads import rows
from mentorat_desktop.core.reads.followups import FOLLOW_UPS_SQL, FollowUpRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentorat_desktop.core.models import FollowUpEntry

SATISFACTION_MIN = 1
SATISFACTION_MAX = 5


@dataclass
class FollowUpInput:
    pair_id: int
    held_on: dt.date
    speaker: Speaker = Speaker.COORDINATOR
    satisfaction: int | None = None
    comment: str | None = None
    action: str | None = None
    recheck_on: dt.date | None = None

    def cleaned(self) -> FollowUpInput:
        return replace(self, comment=_clean_text(self.comment), action=_clean_text(self.action))


@dataclass(frozen=True)
class FollowUpRecord:
    id: int
    pair_id: int
    mentor_name: str
    mentee_name: str
    held_on: dt.date
    speaker: Speaker
    satisfaction: int | None
    comment: str | None
    action: str | None
    recheck_on: dt.date | None
    handled: bool = False  # a "called / handled" mark (mark_handled)
    handled_reasons: tuple[str, ...] = ()  # the keys of the reasons it answered


def _clean_text(text: str | None) -> str | None:
    """Free text (several lines allowed): trimmed, None when empty."""
    if text is None:
        return None
    return str(text).strip() or None


def validate_follow_up(data: FollowUpInput, today: dt.date | None = None) -> list[FieldError]:
    """The problems with ``data`` that need no database."""
    today = today or dt.date.today()
    errors: list[FieldError] = []
    if data.held_on > today:
        errors.append(FieldError("held_on", "date_in_future"))
    if data.speaker not in set(Speaker):
        errors.append(FieldError("speaker", "invalid_choice"))
    if data.satisfaction is not None and (
        isinstance(data.satisfaction, bool)
        or not isinstance(data.satisfaction, int)
        or not SATISFACTION_MIN <= data.satisfaction <= SATISFACTION_MAX
    ):
        errors.append(
            FieldError(
                "satisfaction",
                "number_range",
                {"min": SATISFACTION_MIN, "max": SATISFACTION_MAX},
            )
        )
    if data.recheck_on is not None and data.recheck_on < data.held_on:
        errors.append(FieldError("recheck_on", "recheck_before_date"))
    return errors


def _record(row: FollowUpRow) -> FollowUpRecord:
    return FollowUpRecord(
        id=row.id,
        pair_id=row.pair_id,
        mentor_name=f"{row.mentor_first_name or ''} {row.mentor_last_name or ''}".strip(),
        mentee_name=f"{row.mentee_first_name or ''} {row.mentee_last_name or ''}".strip(),
        held_on=dt.date.fromisoformat(row.held_on),
        speaker=Speaker(row.speaker),
        satisfaction=row.satisfaction,
        comment=row.comment,
        action=row.action,
        recheck_on=dt.date.fromisoformat(row.recheck_on) if row.recheck_on else None,
        handled=bool(row.handled),
        handled_reasons=_keys(row.handled_reasons),
    )


def _keys(text: str | None) -> tuple[str, ...]:
    try:
        loaded = json.loads(text) if text else []
    except ValueError:
        return ()
    return tuple(str(k) for k in loaded) if isinstance(loaded, list) else ()


class FollowUpService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -------------------------------------------------------------------------
    def list_entries(self, pair_id: int | None = None) -> list[FollowUpRecord]:
        """The entries of one pair, or of all pairs: the latest first."""
        where, params = ("WHERE f.pair_id = ?", (pair_id,)) if pair_id is not None else ("", ())
        found = rows(
            self._db,
            FollowUpRow,
            f"{FOLLOW_UPS_SQL} {where} ORDER BY f.held_on DESC, f.id DESC",
            params,
        )
        return [_record(row) for row in found]

    def get(self, entry_id: int) -> FollowUpRecord:
        found = rows(self._db, FollowUpRow, f"{FOLLOW_UPS_SQL} WHERE f.id = ?", (entry_id,))
        if not found:
            raise NotFoundError(entry_id)
        return _record(found[0])

    # -- changes -------------------------------------------------------------------------
    def add(self, data: FollowUpInput) -> FollowUpRecord:
        """Record a follow-up entry. ValidationError (and nothing written) on bad input."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import FollowUpEntry

        data = self._prepare(data)
        with self._db.transaction(announces=(Topic.FOLLOW_UP,)) as session:
            self._check(session, data)
            entry = FollowUpEntry(pair_id=data.pair_id)
            _fill(entry, data)
            session.add(entry)
            session.flush()
            entry_id = entry.id
        return self.get(entry_id)

    def mark_handled(
        self,
        pair_id: int,
        on: dt.date,
        note: str | None = None,
        today: dt.date | None = None,
    ) -> FollowUpRecord:
        """Mark a pair as called / handled on ``on``: an entry by the coordinator with the
        note as its comment and the keys of the pair's reasons on the follow-up list as seen
        ``today`` (the real today by default). ValidationError (and nothing written) for a
        pair that does not exist or a date in the future."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import FollowUpEntry

        today = today or dt.date.today()
        data = FollowUpInput(pair_id=pair_id, held_on=on, comment=note).cleaned()
        # Checks only, nothing written: the entry is written below, once its reasons are read.
        with self._db.transaction(announces=()) as session:
            # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
            from mentorat_desktop.core.models import Pair

            errors: list[FieldError] = []
            if session.get(Pair, pair_id) is None:
                errors.append(FieldError("pair_id", "not_found"))
            errors += validate_follow_up(data, today)
            if errors:
                raise ValidationError(errors)
        item = next(
            (
                i
                for i in to_follow_up(self._db, today, include_handled=True)
                if i.pair_id == pair_id
            ),
            None,
        )
        keys = reason_keys(item, today) if item is not None else ()
        with self._db.transaction(announces=(Topic.FOLLOW_UP,)) as session:
            entry = FollowUpEntry(pair_id=pair_id)
            _fill(entry, data)
            entry.handled = True
            entry.handled_reasons = json.dumps(list(keys))
            session.add(entry)
            session.flush()
            entry_id = entry.id
        return self.get(entry_id)

    def update(self, entry_id: int, data: FollowUpInput) -> FollowUpRecord:
        """Change an entry (all its fields, the pair included). NotFoundError when it is gone;
        ValidationError (and nothing written) on bad input."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import FollowUpEntry

        data = self._prepare(data)
        with self._db.transaction(announces=(Topic.FOLLOW_UP,)) as session:
            entry = session.get(FollowUpEntry, entry_id)
            if entry is None:
                raise NotFoundError(entry_id)
            self._check(session, data)
            entry.pair_id = data.pair_id
            _fill(entry, data)
        return self.get(entry_id)

    def delete(self, entry_id: int) -> None:
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import FollowUpEntry

        with self._db.transaction(announces=(Topic.FOLLOW_UP,)) as session:
            entry = session.get(FollowUpEntry, entry_id)
            if entry is None:
                raise NotFoundError(entry_id)
            session.delete(entry)

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _prepare(data: FollowUpInput) -> FollowUpInput:
        data = data.cleaned()
        try:
            return replace(data, speaker=Speaker(data.speaker))
        except ValueError:
            return data  # reported by validate_follow_up

    @staticmethod
    def _check(session: Session, data: FollowUpInput) -> None:
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Pair

        errors: list[FieldError] = []
        if session.get(Pair, data.pair_id) is None:
            errors.append(FieldError("pair_id", "not_found"))
        errors += validate_follow_up(data)
        if errors:
            raise ValidationError(errors)


def _fill(entry: FollowUpEntry, data: FollowUpInput) -> None:
    entry.held_on = data.held_on
    entry.speaker = Speaker(data.speaker)
    entry.satisfaction = data.satisfaction
    entry.comment = data.comment
    entry.action = data.action
    entry.recheck_on = data.recheck_on
