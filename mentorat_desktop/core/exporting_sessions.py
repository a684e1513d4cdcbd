"""Exporting the session log to a CSV file that French Excel opens as it is.

UTF-8 with a byte-order mark, ';' between columns, CRLF line endings, written privately
and put in place in one step (as the members export). The column titles and values are
those the session importer recognises, so that an exported log can be imported back. The
text typed by people (names, place, topics, notes) is neutralised against formulas; the
date, duration and labels the program writes are not.
"""

from __future__ import annotations

from pathlib import Path

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.durations import format_minutes
from mentorat_desktop.core.enums import Direction
from mentorat_desktop.core.exporting import MODE_LABELS, write_csv
from mentorat_desktop.core.files import neutralise_formula
from mentorat_desktop.core.services.sessions import SessionRecord, SessionService

# The words of the session screens, in French (the importer reads these and the older
# "Le mentor transmet", "Mentor → mentoré", "Mentoré → mentor", "Les deux").
DIRECTION_LABELS = {
    Direction.MENTOR_TO_MENTEE: "La personne mentor transmet",
    Direction.MENTEE_TO_MENTOR: "La personne mentorée transmet",
    Direction.BOTH: "Dans les deux sens",
}

SESSION_COLUMNS = (
    "Personne mentor",
    "Personne mentorée",
    "Date",
    "Durée",
    "Mode de rencontre",
    "Lieu",
    "Sujets",
    "Qui a transmis",
    "Notes",
)


def _session_row(s: SessionRecord) -> list[str]:
    def text(value: str | None) -> str:
        return neutralise_formula(value or "")

    return [
        text(s.mentor_name),
        text(s.mentee_name),
        s.held_on.isoformat(),
        format_minutes(s.duration_minutes, "fr_FR"),
        MODE_LABELS[s.mode],
        text(s.place),
        text(s.topics),
        DIRECTION_LABELS[s.direction],
        text(s.notes),
    ]


def export_sessions_csv(db: Database, path: Path, group_id: int | None = None) -> int:
    """Write every logged session (of the pairs of the local group ``group_id`` when given)
    to ``path``, oldest first, and return how many.

    The file is readable by its owner only; a failure (disk full, no permission) leaves
    any previous file as it was and nothing else behind; OSError propagates."""
    sessions = SessionService(db).list_sessions(group_id=group_id)
    sessions.reverse()  # the log reads from the first meeting on
    write_csv(Path(path), SESSION_COLUMNS, (_session_row(s) for s in sessions))
    return len(sessions)
