"""What moving a register says, in the user's language: the rows copied or merged in the
coordinator's words (members, pairs, sessions...), the conflicts of a merge back, and why a
move was refused."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.moving import MovingError, MovingProblem
from mentorat_desktop.core.moving.merge import Conflict
from mentorat_desktop.i18n.fields import field_label


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Moving", text, "", n)


# Each table of the register in words, the ones a coordinator looks for first.
_TABLE_WORDS: dict[str, Callable[[int], str]] = {
    "member": lambda n: _tr("%n member(s)", n),
    "pair": lambda n: _tr("%n pair(s)", n),
    "mentoring_session": lambda n: _tr("%n session(s)", n),
    "cohort": lambda n: _tr("%n cohort(s)", n),
    "local_group": lambda n: _tr("%n local group(s)", n),
    "member_skill": lambda n: _tr("%n skill(s) of members", n),
    "skill": lambda n: _tr("%n skill(s) in the catalogue", n),
    "objective": lambda n: _tr("%n objective(s) of pairs", n),
    "cohort_objective": lambda n: _tr("%n objective(s) of cohorts", n),
    "pair_status_change": lambda n: _tr("%n step(s) in the life of pairs", n),
    "follow_up_entry": lambda n: _tr("%n follow-up note(s)", n),
    "feedback_answer": lambda n: _tr("%n feedback questionnaire(s)", n),
    "refused_match": lambda n: _tr("%n refused suggestion(s)", n),
    "training_session": lambda n: _tr("%n training session(s)", n),
    "training_attendance": lambda n: _tr("%n training invitation(s)", n),
    "event": lambda n: _tr("%n event(s)", n),
    "event_wish": lambda n: _tr("%n wish(es) after a speed-meeting", n),
    "kiosk_signup": lambda n: _tr("%n kiosk sign-up(s)", n),
    "program_settings": lambda n: _tr("the settings"),
}


def table_counts(counts: Mapping[str, int]) -> str:
    """ "5000 members, 1667 pairs, 13869 sessions, ..." (the tables with rows only)."""
    order = list(_TABLE_WORDS)
    names = sorted(
        (name for name, n in counts.items() if n),
        key=lambda name: (order.index(name) if name in order else len(order), name),
    )
    parts = [
        _TABLE_WORDS[name](counts[name]) if name in _TABLE_WORDS else f"{name}: {counts[name]}"
        for name in names
    ]
    return ", ".join(parts) if parts else _tr("nothing")


def moving_error(error: MovingError, path: object = "") -> str:
    """Why a move was refused or undone; nothing was written."""
    p: dict[str, Any] = error.params
    problem = error.problem
    if problem == MovingProblem.TARGET_NOT_EMPTY:
        if p.get("members"):
            return _tr(
                "The server's database already holds a register (%n member(s)): only an empty "
                "database, or one just created, can receive a copy. Nothing was copied.",
                int(p["members"]),
            )
        return _tr(
            "The server's database already holds data: only an empty database, or one just "
            "created, can receive a copy. Nothing was copied."
        )
    if problem == MovingProblem.COUNT_MISMATCH:
        return _tr(
            "The copy was undone: the server counted {found} rows instead of {what}. Nothing "
            "was copied."
        ).format(found=p["found"], what=table_counts({p["table"]: int(p["expected"])}))
    if problem == MovingProblem.FILE_EXISTS:
        return QCoreApplication.translate(
            "Cli", "“{path}” already exists: choose a new file name (nothing was written)."
        ).format(path=p.get("path", path))
    if problem == MovingProblem.NOT_AN_EXPORT:
        return _tr(
            "“{path}” was not written by the export command: only a file exported from the "
            "server can be merged back into it. Nothing was changed."
        ).format(path=path)
    if problem == MovingProblem.ALREADY_MERGED:
        return _tr(
            "“{path}” was already merged back on {when}: merging it again would add its new "
            "members and sessions a second time. Nothing was changed."
        ).format(path=path, when=p.get("merged_at", ""))
    if problem == MovingProblem.OTHER_DATABASE:
        return _tr(
            "“{path}” was exported from another database ({source}): merge it back into that "
            "one. Nothing was changed."
        ).format(path=path, source=p.get("expected") or "?")
    return _tr(
        "A record changed on the server while the changes were being merged: nothing was "
        "changed. Run the merge again."
    )


def new_record_label(table: str, number: int, subject: str) -> str:
    """A record as the coordinator finds it: "Member no. 25 (Chloé Le Gall)"."""
    templates = {
        "member": _tr("Member no. {id}"),
        "pair": _tr("Pair no. {id}"),
        "mentoring_session": _tr("Session no. {id}"),
        "cohort": _tr("Cohort no. {id}"),
    }
    label = templates.get(table, f"{table} {{id}}").format(id=number)
    return f"{label} ({subject})" if subject else label


def record_label(conflict: Conflict) -> str:
    """The record of a conflict as the coordinator finds it."""
    return new_record_label(conflict.table, conflict.record_id, conflict.subject)


def field_name(conflict: Conflict) -> str:
    if not conflict.field:
        return _tr("the whole record")
    return field_label(conflict.field)


def value_text(value: object) -> str:
    if value is None or value == "":
        return _tr("(empty)")
    if value is True:
        return _tr("yes")
    if value is False:
        return _tr("no")
    return str(value)


def conflict_line(conflict: Conflict) -> str:
    """One conflict in a sentence: the record, the field, both values, who changed it."""
    if not conflict.field:
        return _tr(
            "{record}: changed on the laptop, deleted on the server meanwhile; the laptop's "
            "changes were left out."
        ).format(record=record_label(conflict))
    line = _tr("{record}, {field}: “{laptop}” on the laptop, “{server}” on the server").format(
        record=record_label(conflict),
        field=field_name(conflict),
        laptop=value_text(conflict.laptop_value),
        server=value_text(conflict.server_value),
    )
    if conflict.changed_by:
        line += " " + _tr("(changed by {who} on {when})").format(
            who=conflict.changed_by, when=conflict.changed_at or "?"
        )
    return line


def conflict_columns() -> list[str]:
    return [
        _tr("Record"),
        _tr("Field"),
        _tr("Value on the laptop"),
        _tr("Value on the server (kept)"),
        _tr("Changed on the server by"),
        _tr("Changed on the server on"),
    ]


def conflict_row(conflict: Conflict) -> list[str]:
    return [
        record_label(conflict),
        field_name(conflict),
        "" if conflict.laptop_value is None else value_text(conflict.laptop_value),
        "" if conflict.server_value is None else value_text(conflict.server_value),
        conflict.changed_by or "",
        conflict.changed_at or "",
    ]
