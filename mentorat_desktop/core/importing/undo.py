"""Taking back an import as a whole, a moment after it was made (the Edit menu's Undo).

The rows the import added are removed in one transaction. Members are only removed while
nothing else refers to them (a pair, a training attendance, a wish, a sign-up accepted):
otherwise the undo is refused with ("import", "changed_since") and nothing changes; the
backup made before the import remains the way back.
"""

from __future__ import annotations

from sqlalchemy import text

from mentorat_desktop.core.database import Database, nothing_changed
from mentorat_desktop.core.errors import FieldError, ValidationError
from mentorat_desktop.core.events import Topic

# Tables whose rows would lose their member if an imported member were removed.
_MEMBER_REFERENCES = (
    ("pair", "mentor_id"),
    ("pair", "mentee_id"),
    ("training_attendance", "member_id"),
    ("event_wish", "member_id"),
    ("event_wish", "wished_id"),
    ("refused_match", "mentor_id"),
    ("refused_match", "mentee_id"),
)


def _chunks(ids: list[int], size: int = 500) -> list[tuple[str, dict[str, int]]]:
    """``IN (...)`` lists with their parameters, a few hundred at a time (SQLite limits the
    number of parameters of one statement)."""
    out = []
    for start in range(0, len(ids), size):
        chunk = ids[start : start + size]
        names = ", ".join(f":v{i}" for i in range(len(chunk)))
        out.append((names, {f"v{i}": value for i, value in enumerate(chunk)}))
    return out


def undo_member_import(db: Database, member_ids: list[int]) -> int:
    """Remove the members an import added; how many were removed."""
    if not member_ids:
        return 0
    count = 0
    with db.transaction(announces=(Topic.MEMBERS, Topic.SKILLS)) as session:
        connection = session.connection()
        chunks = _chunks(member_ids)
        for names, params in chunks:
            # Every table named exists: a database is opened at the latest revision.
            checks = [
                f"SELECT 1 FROM {table} WHERE {column} IN ({names})"
                for table, column in _MEMBER_REFERENCES
            ]
            checks.append(f"SELECT 1 FROM member WHERE erased_at IS NOT NULL AND id IN ({names})")
            for sql in checks:
                if connection.execute(text(sql + " LIMIT 1"), params).first() is not None:
                    raise ValidationError([FieldError("import", "changed_since")])
        for names, params in chunks:
            skills = text(f"DELETE FROM member_skill WHERE member_id IN ({names})")
            connection.execute(skills, params)
            removed = connection.execute(text(f"DELETE FROM member WHERE id IN ({names})"), params)
            count += int(removed.rowcount or 0)
        if not count:
            nothing_changed(session)
    return count


def undo_session_import(db: Database, session_ids: list[int]) -> int:
    """Remove the sessions an import added (those still there); how many were removed."""
    if not session_ids:
        return 0
    count = 0
    with db.transaction(announces=(Topic.SESSIONS,)) as session:
        connection = session.connection()
        for names, params in _chunks(session_ids):
            removed = connection.execute(
                text(f"DELETE FROM mentoring_session WHERE id IN ({names})"), params
            )
            count += int(removed.rowcount or 0)
        if not count:
            nothing_changed(session)
    return count
