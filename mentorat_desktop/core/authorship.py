"""Who changed a shared record, and when: set on every flush of a transaction, from the
coordinator's name the database was opened with (``Database.coordinator``).

Listening on the flush rather than in each service keeps it to one place: a record changed
by any path (a dialog, an import, the command line) carries its author."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from mentorat_desktop.core.models import SharedRecord

COORDINATOR = "mentorat_coordinator"


def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    author = session.info.get(COORDINATOR)
    now = dt.datetime.now()
    for record in session.new:
        if isinstance(record, SharedRecord):
            record.changed_by = author
            record.changed_at = now
    for record in session.dirty:
        if isinstance(record, SharedRecord) and session.is_modified(record):
            record.changed_by = author
            record.changed_at = now


def install() -> None:
    """Listen on every session's flush (once per process)."""
    if not event.contains(Session, "before_flush", _stamp):
        event.listen(Session, "before_flush", _stamp)
