"""Exporting the session log to a CSV file that French Excel opens as it is.

UTF-8 with a byte-order mark, ';' between columns, CRLF line endings, written aside then
put in place in one step (as the members export). The column titles and values are those
the session importer recognises, so that an exported log can be imported back.
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from pathlib import Path

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.durations import format_minutes
from mentorat_desktop.core.enums import Direction
from mentorat_desktop.core.exporting import MODE_LABELS
from mentorat_desktop.core.services.sessions import SessionRecord, SessionService

DIRECTION_LABELS = {
    Direction.MENTOR_TO_MENTEE: "Mentor → mentoré",
    Direction.MENTEE_TO_MENTOR: "Mentoré → mentor",
    Direction.BOTH: "Les deux",
}

SESSION_COLUMNS = ("Mentor", "Mentoré", "Date", "Durée", "Mode", "Lieu", "Sujets", "Sens", "Notes")


def _session_row(s: SessionRecord) -> list[str]:
    return [
        s.mentor_name,
        s.mentee_name,
        s.held_on.isoformat(),
        format_minutes(s.duration_minutes, "fr_FR"),
        MODE_LABELS[s.mode],
        s.place or "",
        s.topics or "",
        DIRECTION_LABELS[s.direction],
        s.notes or "",
    ]


def export_sessions_csv(db: Database, path: Path) -> int:
    """Write every logged session to ``path``, oldest first, and return how many.

    A failure (disk full, no permission) leaves any previous file as it was; OSError
    propagates."""
    path = Path(path)
    sessions = SessionService(db).list_sessions()
    sessions.reverse()  # the log reads from the first meeting on
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with open(handle, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
            writer.writerow(SESSION_COLUMNS)
            writer.writerows(_session_row(s) for s in sessions)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return len(sessions)
