"""Cohorts: groups of pairs started together, each with its program objectives.

Reading is plain SQL (two queries for the whole list); changes go through SQLAlchemy
sessions, imported on the first change. Cohorts show in the pairs view, so every change
announces ``Topic.PAIRS``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mentorat_desktop.core.conflicts import (
    as_datetime,
    check_version,
    differing,
    stale_as_conflict,
)
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.reads import rows
from mentorat_desktop.core.reads.cohorts import (
    COHORT_OBJECTIVES_SQL,
    COHORTS_SQL,
    CohortObjectiveRow,
    CohortRow,
)
from mentorat_desktop.core.services.groups import group_errors
from mentorat_desktop.core.services.keep import KEEP, Keep
from mentorat_desktop.core.text import clean, fold

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentorat_desktop.core.models import Cohort

NAME_MAX = 150
TARGET_MAX = 100


@dataclass(frozen=True)
class CohortObjectiveRecord:
    id: int
    text: str
    indicator: str | None
    target: str | None
    # The version read (migration 0012): a change made from it is refused once another
    # coordinator has changed the objective.
    row_version: int = 1


@dataclass(frozen=True)
class CohortRecord:
    id: int
    name: str
    start_date: dt.date | None
    end_date: dt.date | None
    description: str | None
    objectives: tuple[CohortObjectiveRecord, ...]
    # When the cohort was closed (None: open). A closed cohort keeps its pairs but is not
    # offered for new pairs.
    closed_on: dt.date | None = None
    # How many pairs belong to the cohort, whatever their status.
    pair_count: int = 0
    # The version the record was read at (a change from an older one is refused), and who
    # changed the cohort last, when (migration 0011; None before any change).
    # Left out of comparisons: two readings of the same content are equal.
    row_version: int = field(default=1, compare=False)
    changed_by: str | None = field(default=None, compare=False)
    changed_at: dt.datetime | None = field(default=None, compare=False)

    @property
    def is_closed(self) -> bool:
        return self.closed_on is not None


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def a_year_on(day: dt.date | None) -> dt.date | None:
    """The same day a year later; 29 February becomes 28 February."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _validate(
    name: str | None, start_date: dt.date | None, end_date: dt.date | None
) -> list[FieldError]:
    errors: list[FieldError] = []
    if not name:
        errors.append(FieldError("name", "required"))
    elif len(name) > NAME_MAX:
        errors.append(FieldError("name", "too_long", {"max": NAME_MAX}))
    if start_date is not None and end_date is not None and end_date < start_date:
        errors.append(FieldError("end_date", "end_before_start"))
    return errors


def _validate_objective(text: str | None, target: str | None) -> list[FieldError]:
    errors: list[FieldError] = []
    if not text:
        errors.append(FieldError("text", "required"))
    if target and len(target) > TARGET_MAX:
        errors.append(FieldError("target", "too_long", {"max": TARGET_MAX}))
    return errors


class CohortService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -------------------------------------------------------------------------
    def _records(self, where: str = "", params: tuple[Any, ...] = ()) -> list[CohortRecord]:
        found = rows(self._db, CohortRow, f"{COHORTS_SQL} {where}", params)
        objectives: dict[int, list[CohortObjectiveRecord]] = {}
        for objective in rows(
            self._db,
            CohortObjectiveRow,
            f"{COHORT_OBJECTIVES_SQL} WHERE cohort_id IN (SELECT id FROM cohort {where}) "
            "ORDER BY id",
            params,
        ):
            objectives.setdefault(objective.cohort_id, []).append(
                CohortObjectiveRecord(
                    objective.id,
                    objective.text,
                    objective.indicator,
                    objective.target,
                    objective.row_version,
                )
            )
        records = [
            CohortRecord(
                row.id,
                row.name,
                _date(row.start_date),
                _date(row.end_date),
                row.description,
                tuple(objectives.get(row.id, ())),
                _date(row.closed_on),
                row.pair_count,
                row.row_version,
                row.changed_by,
                as_datetime(row.changed_at),
            )
            for row in found
        ]
        records.sort(key=lambda r: (fold(r.name), r.id))
        return records

    def list_cohorts(self, *, open_only: bool = False) -> list[CohortRecord]:
        """Every cohort with its objectives, by name (accents and case ignored); with
        ``open_only``, those not closed (the ones offered for new pairs)."""
        return self._records("WHERE closed_on IS NULL" if open_only else "")

    def find(self, name: str) -> CohortRecord | None:
        """The cohort of this name (accents, case and spaces ignored), or None."""
        key = fold(clean(name) or "")
        for record in self._records():
            if fold(record.name) == key:
                return record
        return None

    def get(self, cohort_id: int) -> CohortRecord:
        for record in self._records("WHERE id = ?", (cohort_id,)):
            return record
        raise NotFoundError(cohort_id)

    # -- changing ------------------------------------------------------------------------
    @staticmethod
    def _name_taken(session: Session, name: str, exclude_id: int | None = None) -> bool:
        # lazy: SQLAlchemy, loaded on the first change (not at start-up)
        from sqlalchemy import select

        # lazy: the models (SQLAlchemy tables), likewise
        from mentorat_desktop.core.models import Cohort

        key = fold(name)
        return any(
            fold(other_name) == key and other_id != exclude_id
            for other_id, other_name in session.execute(select(Cohort.id, Cohort.name))
        )

    def create(
        self,
        name: str,
        start_date: dt.date | None = None,
        end_date: dt.date | None = None,
        description: str | None = None,
        group_id: int | None = None,
    ) -> CohortRecord:
        """Add a cohort (to the local group ``group_id``, if given); ValidationError (nothing
        written) on a missing or taken name, or a group that no longer exists."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Cohort

        cleaned_name = clean(name)
        errors = _validate(cleaned_name, start_date, end_date)
        topics = (Topic.PAIRS,) if group_id is None else (Topic.PAIRS, Topic.GROUPS)
        with self._db.transaction(announces=topics) as session:
            if cleaned_name and not errors and self._name_taken(session, cleaned_name):
                errors.append(FieldError("name", "duplicate_name", {"name": cleaned_name}))
            errors += group_errors(session, group_id)
            if errors:
                raise ValidationError(errors)
            cohort = Cohort(
                name=cleaned_name,
                start_date=start_date,
                end_date=end_date,
                description=_clean_text(description),
                group_id=group_id,
            )
            session.add(cohort)
            session.flush()
            cohort_id = cohort.id
        return self.get(cohort_id)

    def update(
        self,
        cohort_id: int,
        *,
        name: str | Keep = KEEP,
        start_date: dt.date | Keep | None = KEEP,
        end_date: dt.date | Keep | None = KEEP,
        description: str | Keep | None = KEEP,
        expected_version: int | None = None,
        group_id: int | Keep | None = KEEP,
    ) -> CohortRecord:
        """Change the fields given (the others are kept), the local group too (None: in no
        group; its pairs stay in theirs), in one transaction. ``expected_version`` (here, in
        ``close`` and ``reopen``): the ``row_version`` the change was read at; ConflictError
        (nothing written) when another coordinator changed the cohort since."""
        topics = (Topic.PAIRS,) if isinstance(group_id, Keep) else (Topic.PAIRS, Topic.GROUPS)
        with (
            stale_as_conflict(self._db, "cohort", cohort_id),
            self._db.transaction(announces=topics) as session,
        ):
            cohort = self._load(session, cohort_id, expected_version)
            new_name = cohort.name if isinstance(name, Keep) else clean(name)
            new_start = cohort.start_date if isinstance(start_date, Keep) else start_date
            new_end = cohort.end_date if isinstance(end_date, Keep) else end_date
            errors = _validate(new_name, new_start, new_end)
            if (
                new_name
                and not errors
                and self._name_taken(session, new_name, exclude_id=cohort_id)
            ):
                errors.append(FieldError("name", "duplicate_name", {"name": new_name}))
            if not isinstance(group_id, Keep):
                errors += group_errors(session, group_id)
            if errors or new_name is None:
                raise ValidationError(errors)
            cohort.name = new_name
            cohort.start_date = new_start
            cohort.end_date = new_end
            if not isinstance(description, Keep):
                cohort.description = _clean_text(description)
            if not isinstance(group_id, Keep):
                cohort.group_id = group_id
        return self.get(cohort_id)

    def close(
        self, cohort_id: int, on: dt.date | None = None, *, expected_version: int | None = None
    ) -> CohortRecord:
        """Close a cohort on ``on`` (today by default): its pairs stay in it, but it is no
        longer offered for new pairs. Closing a closed cohort again changes the date."""
        day = on or dt.date.today()
        with (
            stale_as_conflict(self._db, "cohort", cohort_id),
            self._db.transaction(announces=(Topic.PAIRS,)) as session,
        ):
            cohort = self._load(session, cohort_id, expected_version)
            if cohort.start_date is not None and day < cohort.start_date:
                raise ValidationError([FieldError("closed_on", "end_before_start")])
            cohort.closed_on = day
        return self.get(cohort_id)

    def reopen(self, cohort_id: int, *, expected_version: int | None = None) -> CohortRecord:
        """Open a closed cohort again (offered for new pairs)."""
        with (
            stale_as_conflict(self._db, "cohort", cohort_id),
            self._db.transaction(announces=(Topic.PAIRS,)) as session,
        ):
            self._load(session, cohort_id, expected_version).closed_on = None
        return self.get(cohort_id)

    def duplicate(self, cohort_id: int, new_name: str) -> CohortRecord:
        """A new open cohort for next year: the same description and objectives (with their
        indicators and targets), its dates a year on, and no pairs."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Cohort, CohortObjective

        cleaned_name = clean(new_name)
        errors = _validate(cleaned_name, None, None)
        with self._db.transaction(announces=(Topic.PAIRS,)) as session:
            source = self._load(session, cohort_id)
            if cleaned_name and not errors and self._name_taken(session, cleaned_name):
                errors.append(FieldError("name", "duplicate_name", {"name": cleaned_name}))
            if errors:
                raise ValidationError(errors)
            copy = Cohort(
                name=cleaned_name,
                start_date=a_year_on(source.start_date),
                end_date=a_year_on(source.end_date),
                description=source.description,
                objectives=[
                    CohortObjective(text=o.text, indicator=o.indicator, target=o.target)
                    for o in sorted(source.objectives, key=lambda o: o.id)
                ],
            )
            session.add(copy)
            session.flush()
            copy_id = copy.id
        return self.get(copy_id)

    def delete(self, cohort_id: int) -> None:
        """Remove a cohort and its objectives; its pairs stay, without a cohort."""
        with self._db.transaction(announces=(Topic.PAIRS,)) as session:
            session.delete(self._load(session, cohort_id))

    def add_objective(
        self,
        cohort_id: int,
        text: str,
        indicator: str | None = None,
        target: str | None = None,
    ) -> CohortObjectiveRecord:
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import CohortObjective

        text_ = _clean_text(text)
        target_ = clean(target)
        errors = _validate_objective(text_, target_)
        with self._db.transaction(announces=(Topic.PAIRS,)) as session:
            self._load(session, cohort_id)
            if errors or text_ is None:
                raise ValidationError(errors)
            objective = CohortObjective(
                cohort_id=cohort_id, text=text_, indicator=_clean_text(indicator), target=target_
            )
            session.add(objective)
            session.flush()
            record = CohortObjectiveRecord(
                objective.id, objective.text, objective.indicator, objective.target
            )
        return record

    def update_objective(
        self,
        objective_id: int,
        text: str,
        indicator: str | None = None,
        target: str | None = None,
        expected_version: int | None = None,
    ) -> CohortObjectiveRecord:
        """Change one of a cohort's objectives. ConflictError (nothing written) when another
        coordinator changed it after ``expected_version`` was read."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import CohortObjective

        text_ = _clean_text(text)
        target_ = clean(target)
        indicator_ = _clean_text(indicator)
        errors = _validate_objective(text_, target_)
        with (
            stale_as_conflict(self._db, "cohort_objective", objective_id),
            self._db.transaction(announces=(Topic.PAIRS,)) as session,
        ):
            objective = session.get(CohortObjective, objective_id)
            if objective is None:
                raise NotFoundError(objective_id)
            wanted = {"text": text_, "indicator": indicator_, "target": target_}
            check_version(
                objective,
                "cohort_objective",
                objective_id,
                expected_version,
                differing(objective, wanted),
            )
            if errors or text_ is None:
                raise ValidationError(errors)
            objective.text = text_
            objective.indicator = indicator_
            objective.target = target_
            session.flush()
            record = CohortObjectiveRecord(
                objective.id, text_, indicator_, target_, objective.row_version
            )
        return record

    def get_objective(self, objective_id: int) -> CohortObjectiveRecord:
        """One of a cohort's objectives as stored now (NotFoundError when it is gone)."""
        for row in rows(
            self._db, CohortObjectiveRow, f"{COHORT_OBJECTIVES_SQL} WHERE id = ?", (objective_id,)
        ):
            return CohortObjectiveRecord(
                row.id, row.text, row.indicator, row.target, row.row_version
            )
        raise NotFoundError(objective_id)

    def remove_objective(self, objective_id: int) -> None:
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import CohortObjective

        with self._db.transaction(announces=(Topic.PAIRS,)) as session:
            objective = session.get(CohortObjective, objective_id)
            if objective is None:
                raise NotFoundError(objective_id)
            session.delete(objective)

    @staticmethod
    def _load(session: Session, cohort_id: int, expected_version: int | None = None) -> Cohort:
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Cohort

        cohort = session.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFoundError(cohort_id)
        check_version(cohort, "cohort", cohort_id, expected_version)
        return cohort


def _clean_text(text: str | None) -> str | None:
    """Free text (several lines allowed): trimmed, None when empty."""
    if text is None:
        return None
    return text.strip() or None
