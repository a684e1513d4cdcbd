"""The database check in words: what each problem of ``core.checks`` means, for a coordinator.

Problems carry ids and counts only (pair 12, member 40); the sentences say which record to
look at, never a name. Dates are ISO (2026-03-04) unless a language is given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.checks import (
    DUPLICATE_PAIR,
    FOREIGN_KEY,
    INTEGRITY,
    NOT_MENTORAT,
    OVER_CAPACITY,
    SESSION_OUTSIDE_PAIR,
    UNREADABLE,
    CheckReport,
    Problem,
)
from mentorat_desktop.core.formatting import format_date


def _ids(values: object) -> str:
    if isinstance(values, Iterable) and not isinstance(values, str):
        return ", ".join(str(v) for v in values)
    return str(values)


def _date(value: object, language: str | None) -> str:
    if language is None:
        return str(value)
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return format_date(day, language)


def _orphan_text(p: dict[str, object]) -> str:
    """A row whose parent row is gone, by (table, parent table)."""
    n = int(str(p["count"]))
    link = (p["table"], p["parent"])
    fill = {"id": p["missing"], "rows": _ids(p["rows"]), "table": p["table"], "parent": p["parent"]}
    if link == ("mentoring_session", "pair"):
        text = QCoreApplication.translate(
            "Check", "Pair {id} no longer exists, yet %n session(s) still belong to it.", "", n
        )
    elif link == ("objective", "pair"):
        text = QCoreApplication.translate(
            "Check", "Pair {id} no longer exists, yet %n objective(s) still belong to it.", "", n
        )
    elif link == ("pair_status_change", "pair"):
        text = QCoreApplication.translate(
            "Check", "Pair {id} no longer exists, yet %n step(s) of its history remain.", "", n
        )
    elif link == ("follow_up_entry", "pair"):
        text = QCoreApplication.translate(
            "Check",
            "Pair {id} no longer exists, yet %n follow-up note(s) still belong to it.",
            "",
            n,
        )
    elif link == ("member_skill", "member"):
        text = QCoreApplication.translate(
            "Check",
            "Member {id} no longer exists, yet %n skill(s) remain recorded for them.",
            "",
            n,
        )
    elif link == ("member_skill", "skill"):
        text = QCoreApplication.translate(
            "Check",
            "Skill {id} is no longer in the catalogue, yet %n member record(s) still list it.",
            "",
            n,
        )
    elif link == ("refused_match", "member"):
        text = QCoreApplication.translate(
            "Check",
            "Member {id} no longer exists, yet %n refused pair(s) still mention them.",
            "",
            n,
        )
    elif link == ("pair", "member"):
        text = QCoreApplication.translate(
            "Check", "%n pair(s) include member {id}, who no longer exists: {rows}.", "", n
        )
    elif link == ("pair", "cohort"):
        text = QCoreApplication.translate(
            "Check", "Cohort {id} no longer exists, yet %n pair(s) still belong to it.", "", n
        )
    elif link == ("cohort_objective", "cohort"):
        text = QCoreApplication.translate(
            "Check",
            "Cohort {id} no longer exists, yet %n program objective(s) still belong to it.",
            "",
            n,
        )
    else:
        text = QCoreApplication.translate(
            "Check",
            "%n row(s) of table {table} refer to row {id} of table {parent}, which no longer "
            "exists.",
            "",
            n,
        )
    return text.format(**fill)


def problem_text(problem: Problem, language: str | None = None) -> str:
    """The sentence for one problem. ``language`` (fr_FR, fr_CA, en) formats the dates;
    without it they stay ISO (2026-03-04)."""
    p = problem.params
    code = problem.code
    if code == INTEGRITY:
        details = p.get("details") or ("",)
        first = next(iter(details)) if isinstance(details, Iterable) else details
        return QCoreApplication.translate(
            "Check",
            "The database file is damaged (%n fault(s) found, the first: {detail}). "
            "Restore a backup.",
            "",
            int(str(p["count"])),
        ).format(detail=first)
    if code == UNREADABLE:
        return QCoreApplication.translate(
            "Check", "The file cannot be read as a database ({detail})."
        ).format(detail=p.get("detail", ""))
    if code == NOT_MENTORAT:
        return QCoreApplication.translate(
            "Check", "This file is a database, but not a Mentorat one."
        )
    if code == FOREIGN_KEY:
        return _orphan_text(p)
    if code == OVER_CAPACITY:
        return QCoreApplication.translate(
            "Check",
            "Member {member} is in %n proposed, active or paused pair(s) ({pairs}), more than "
            "the limit agreed ({capacity}), and no reason to go beyond was recorded.",
            "",
            int(str(p["held"])),
        ).format(member=p["member"], pairs=_ids(p["pairs"]), capacity=p["capacity"])
    if code == SESSION_OUTSIDE_PAIR:
        return QCoreApplication.translate(
            "Check", "Pair {pair}: the session of {date} is outside the time the pair was active."
        ).format(pair=p["pair"], date=_date(p["held_on"], language))
    if code == DUPLICATE_PAIR:
        members = p["members"]
        first, second = members if isinstance(members, tuple) else ("", "")
        if problem.repairable:
            ended = p["ended"]
            count = len(ended) if isinstance(ended, tuple) else 1
            return QCoreApplication.translate(
                "Check",
                "Pairs {pairs} join the same two members ({first} and {second}) and none has "
                "ended. The repair keeps pair {kept} and ends %n unused proposal(s): {ended}.",
                "",
                count,
            ).format(
                pairs=_ids(p["pairs"]),
                first=first,
                second=second,
                kept=p["kept"],
                ended=_ids(ended),
            )
        return QCoreApplication.translate(
            "Check",
            "Pairs {pairs} join the same two members ({first} and {second}) and none has "
            "ended: close the extra ones.",
        ).format(pairs=_ids(p["pairs"]), first=first, second=second)
    return code


def report_lines(report: CheckReport, language: str | None = None) -> list[str]:
    """A summary line ("The database is sound." or "3 problems found."), then one line per
    problem, those the repair can fix said so."""
    if report.sound:
        return [QCoreApplication.translate("Check", "The database is sound.")]
    lines = [QCoreApplication.translate("Check", "%n problem(s) found.", "", len(report.problems))]
    for problem in report.problems:
        text = problem_text(problem, language)
        if problem.repairable:
            text = QCoreApplication.translate(
                "Check", "{problem} (can be repaired automatically)"
            ).format(problem=text)
        lines.append(text)
    return lines


def repaired_text(count: int) -> str:
    """How many problems ``repair_database`` repaired."""
    if count == 0:
        return QCoreApplication.translate("Check", "Nothing was repaired.")
    return QCoreApplication.translate("Check", "%n problem(s) repaired.", "", count)


def repair_note() -> str:
    """The closing comment ``repair_database`` stores on the duplicate proposals it ends."""
    return QCoreApplication.translate(
        "Check",
        "Ended by the database check: the same two members already form another pair in progress.",
    )
