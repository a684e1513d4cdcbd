"""No silent overwrite between coordinators: a change made from an older reading of a shared
record (member, cohort and its objectives, pair and its objectives, session, training
session) is refused with ConflictError.

Two guards give the same error:

- the version the user's dialog was read at (``expected_version``, the record's
  ``row_version``) is compared with the stored one before anything is written
  (``check_version``);
- a change that slips in between that read and the write (possible on a server, where a
  transaction does not lock the whole database as SQLite's write does) makes SQLAlchemy's
  versioned UPDATE find no row: its StaleDataError becomes the same ConflictError
  (``stale_as_conflict``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from mentorat_desktop.core.errors import ConflictError

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database
    from mentorat_desktop.core.models import SharedRecord

# The tables of the records that carry a version (models.SharedRecord; the kind a
# ConflictError names).
SHARED_KINDS = (
    "member",
    "cohort",
    "cohort_objective",
    "pair",
    "objective",
    "mentoring_session",
    "training_session",
)
# What says who changed a record, not what it holds: never listed as a difference.
AUTHORSHIP_FIELDS = frozenset({"row_version", "changed_by", "changed_at"})


def differing(record: Any, values: Mapping[str, Any]) -> tuple[str, ...]:
    """The names in ``values`` whose value differs from the same attribute of ``record``."""
    return tuple(name for name, value in values.items() if getattr(record, name) != value)


def check_version(
    record: SharedRecord,
    kind: str,
    record_id: int,
    expected_version: int | None,
    fields: Iterable[str] | None = None,
) -> None:
    """Refuse (ConflictError) when the stored ``record`` is no longer at ``expected_version``
    (None: no check, the caller read it in the same transaction). ``fields``: the fields whose
    stored value differs from what is being saved, when the caller knows them (an iterable
    read only on a conflict)."""
    if expected_version is None or record.row_version == expected_version:
        return
    raise ConflictError(
        kind,
        record_id,
        changed_by=record.changed_by,
        changed_at=record.changed_at,
        version=record.row_version,
        fields=tuple(fields or ()),
    )


@contextmanager
def stale_as_conflict(db: Database, kind: str, record_id: int) -> Iterator[None]:
    """Around a transaction: SQLAlchemy's StaleDataError (the row's version moved between the
    read and the write) becomes ConflictError, with the author and time read afresh once the
    transaction has rolled back."""
    from sqlalchemy.orm.exc import StaleDataError  # lazy: SQLAlchemy, not loaded at start-up

    try:
        yield
    except StaleDataError:
        raise conflict_now(db, kind, record_id) from None


def conflict_now(db: Database, kind: str, record_id: int) -> ConflictError:
    """The ConflictError for the record as it is stored now (a fresh read)."""
    if kind not in SHARED_KINDS:
        raise ValueError(kind)
    rows = db.query(
        f"SELECT row_version, changed_by, changed_at FROM {kind} WHERE id = ?", (record_id,)
    )
    if not rows:
        return ConflictError(kind, record_id)
    version, author, when = rows[0]
    return ConflictError(
        kind, record_id, changed_by=author, changed_at=as_datetime(when), version=version
    )


def as_datetime(value: Any) -> dt.datetime | None:
    """A timestamp as ``Database.query`` gives it (ISO text), or None."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def changed_fields(before: Any, after: Any) -> tuple[str, ...]:
    """The fields of two records of the same kind (frozen dataclasses) that differ, leaving
    out who changed them and when: what another coordinator's change changed."""
    return tuple(
        f.name
        for f in dataclasses.fields(before)
        if f.name not in AUTHORSHIP_FIELDS and getattr(before, f.name) != getattr(after, f.name)
    )
