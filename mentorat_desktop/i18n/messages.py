"""Sentences for the codes the core raises, in the user's language.

The core speaks in codes (``FieldError("email", "email_invalid")``); this module is the one
place that turns them into sentences, for the GUI and the command line alike.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.errors import ConflictError, DatabaseOpenError, FieldError, OpenProblem
from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.i18n import current_language
from mentorat_desktop.i18n.fields import field_label
from mentorat_desktop.i18n.privacy_messages import privacy_error
from mentorat_desktop.i18n.times import format_time


def field_error(error: FieldError) -> str:
    """The sentence for one field problem (without the field's label)."""
    p = error.params
    code = error.code
    if code == "required":
        return QCoreApplication.translate("Messages", "This field is required.")
    if code == "too_long" and error.field != "duration_minutes":
        return QCoreApplication.translate("Messages", "At most {max} characters.").format(**p)
    if code == "year_range":
        return QCoreApplication.translate(
            "Messages", "Enter a year between {min} and {max}."
        ).format(**p)
    if code == "year_unreadable":
        return QCoreApplication.translate(
            "Messages", "“{value}” is not a year or a date of birth."
        ).format(**p)
    if code == "email_invalid":
        return QCoreApplication.translate(
            "Messages", "This e-mail address is not valid (expected: name@example.org)."
        )
    if code == "phone_invalid":
        return QCoreApplication.translate(
            "Messages", "A phone number holds digits, spaces, +, - and parentheses only."
        )
    if code == "phone_too_short":
        return QCoreApplication.translate(
            "Messages", "A phone number has at least {digits} digits."
        ).format(digits=p.get("digits", 6))
    if code == "number_range":
        return QCoreApplication.translate(
            "Messages", "Enter a number between {min} and {max}."
        ).format(**p)
    if code == "number_unreadable":
        return QCoreApplication.translate("Messages", "“{value}” is not a number.").format(**p)
    if code == "date_in_future":
        return QCoreApplication.translate("Messages", "This date is in the future.")
    if code == "date_unreadable":
        return QCoreApplication.translate("Messages", "“{value}” is not a date.").format(**p)
    if code == "duplicate_email":
        return elided_format(
            QCoreApplication.translate("Messages", "{name} already has this e-mail address."), **p
        )
    if code == "duplicate_person":
        return QCoreApplication.translate(
            "Messages", "{name}, born the same year, is already registered."
        ).format(**p)
    if code == "role_unknown":
        return QCoreApplication.translate(
            "Messages", "“{value}” is not a role (mentor, mentee or either)."
        ).format(**p)
    if code == "mode_unknown":
        return QCoreApplication.translate(
            "Messages", "“{value}” is not a mode (in person, video or phone)."
        ).format(**p)
    if code == "status_unknown":
        return QCoreApplication.translate(
            "Messages", "“{value}” is not a status (active or archived)."
        ).format(**p)
    if code == "same_person":
        return QCoreApplication.translate("Messages", "A pair needs two different people.")
    if code == "member_archived":
        return elided_format(
            QCoreApplication.translate(
                "Messages", "{name} is archived: restore them before forming a pair."
            ),
            **p,
        )
    if code == "pair_not_started":
        return QCoreApplication.translate(
            "Messages", "This pair has not started yet: nothing to give feedback on."
        )
    if code == "before_pair_start":
        return QCoreApplication.translate(
            "Messages", "This date comes before the pair started ({date})."
        ).format(date=_day(p["date"]))
    if code == "not_found":
        return _not_found(error)
    if code == "pair_exists":
        return QCoreApplication.translate(
            "Messages", "{mentor} and {mentee} already form a pair."
        ).format(**p)
    if code == "end_before_start":
        return QCoreApplication.translate("Messages", "The end comes before the start.")
    if code == "capacity_reached":
        return QCoreApplication.translate(
            "Messages",
            "{name} already holds {capacity} pair(s), as many as they agreed to. "
            "Say why they may take one more pair.",
        ).format(**p)
    if code == "invalid_transition":
        return QCoreApplication.translate(
            "Messages", "A pair cannot go from this status to that one."
        )
    if code == "changed_since":
        return QCoreApplication.translate(
            "Messages",
            "The pair has changed since: this change can no longer be undone from here.",
        )
    if code == "date_before_last_change":
        return QCoreApplication.translate(
            "Messages", "This date comes before the pair's last change of status."
        )
    if code == "ambiguous":
        return QCoreApplication.translate(
            "Messages", "“{who}” matches {count} members: use the e-mail address instead."
        ).format(**p)
    if code == "duplicate_name":
        return QCoreApplication.translate("Messages", "This name is already used.")
    if code in ("zero", "duration_zero"):
        return QCoreApplication.translate("Messages", "A session lasts more than zero minutes.")
    if code == "duration_negative" or code == "negative":
        return QCoreApplication.translate("Messages", "A duration cannot be negative.")
    if code in ("duration_too_long",) or (code == "too_long" and error.field == "duration_minutes"):
        return QCoreApplication.translate(
            "Messages", "A session lasts 12 hours at most: check the duration."
        )
    if code in ("unreadable", "duration_unreadable"):
        return QCoreApplication.translate(
            "Messages", "“{value}” is not a duration: write it like 1h30, 1,5 or 90 min."
        ).format(value=p.get("value", ""))
    if code == "outside_active_period":
        if p.get("start") is None:
            return QCoreApplication.translate(
                "Messages", "This pair has not started yet: sign its charter first."
            )
        if "inactive_from" not in p:  # before its first day
            return QCoreApplication.translate(
                "Messages", "The pair only started on {date}: no session before that."
            ).format(date=_day(p["start"]))
        if p.get("inactive_to") is not None:
            return QCoreApplication.translate(
                "Messages", "The pair was paused from {first} to {last}: no session then."
            ).format(first=_day(p["inactive_from"]), last=_day(p["inactive_to"]))
        # The day of the pause or the end as the coordinator recorded it (its last active
        # day: a session that day still counts), not the first day without sessions.
        last = _day(p["end"] if p.get("end") is not None else p["inactive_from"])
        if p.get("inactive_as") == "paused":
            return QCoreApplication.translate(
                "Messages", "The pair was paused on {date}: no session after that."
            ).format(date=last)
        if p.get("inactive_as") == "ended":
            return QCoreApplication.translate(
                "Messages", "The pair ended on {date}: no session after that."
            ).format(date=last)
        return QCoreApplication.translate(
            "Messages", "The pair was paused or ended on {date}: no session after that."
        ).format(date=last)
    if code == "no_pair":
        return QCoreApplication.translate(
            "Messages", "{mentor} and {mentee} do not form a pair."
        ).format(**p)
    if code == "pair_unreadable":
        return QCoreApplication.translate(
            "Messages", "“{value}” does not give two names (write “Zoé Côté / François Roy”)."
        ).format(**p)
    if code == "date_ambiguous":
        return QCoreApplication.translate(
            "Messages", "“{value}” can be read as two dates: write it as YYYY-MM-DD."
        ).format(**p)
    if code == "direction_unknown":
        return QCoreApplication.translate(
            "Messages", "“{value}” is not a direction (mentor to mentee, mentee to mentor, both)."
        ).format(**p)
    if code == "recheck_before_date":
        return QCoreApplication.translate(
            "Messages", "The date to check again comes before this follow-up."
        )
    if code in ("mentor_not_younger", "mentor_untrained"):
        return warning_text(error)
    if code == "invalid_choice":
        return QCoreApplication.translate("Messages", "Choose one of the values offered.")
    privacy = privacy_error(error)
    if privacy is not None:
        return privacy
    return QCoreApplication.translate("Messages", "This value is not accepted ({code}).").format(
        code=code
    )


def _not_found(error: FieldError) -> str:
    """Nothing matches: the name typed when there is one, else what has disappeared."""
    if error.params.get("who"):
        return QCoreApplication.translate(
            "Messages", "No member is named “{who}” or has that e-mail address."
        ).format(who=error.params["who"])
    if error.field == "pair_id":
        return QCoreApplication.translate("Messages", "This pair no longer exists.")
    if error.field == "cohort_id":
        return QCoreApplication.translate("Messages", "This cohort no longer exists.")
    if error.field == "group_id":
        return QCoreApplication.translate("Messages", "This local group no longer exists.")
    return QCoreApplication.translate("Messages", "This member no longer exists.")


def field_error_with_label(error: FieldError) -> str:
    return QCoreApplication.translate("Messages", "{field}: {message}").format(
        field=field_label(error.field), message=field_error(error)
    )


def open_error(error: DatabaseOpenError) -> str:
    """Why a database cannot be opened, and that the file was left as it was."""
    path = str(error.path)
    problem = error.problem
    if problem == OpenProblem.NOT_SQLITE:
        text = QCoreApplication.translate(
            "Messages", "“{path}” is not a Mentorat database, or it is damaged."
        )
    elif problem == OpenProblem.NOT_MENTORAT:
        text = QCoreApplication.translate(
            "Messages", "“{path}” is a database of another program, not of Mentorat."
        )
    elif problem == OpenProblem.READ_ONLY:
        text = QCoreApplication.translate(
            "Messages", "“{path}” is read-only: Mentorat needs to write to it and to its folder."
        )
    elif problem == OpenProblem.NEWER_VERSION:
        text = QCoreApplication.translate(
            "Messages",
            "“{path}” was saved by a newer version of Mentorat. Install that version to open it.",
        )
    elif problem == OpenProblem.IS_DIRECTORY:
        text = QCoreApplication.translate("Messages", "“{path}” is a folder, not a database file.")
    elif problem in _SERVER_PROBLEMS:
        return _server_open_error(error)
    else:
        text = QCoreApplication.translate(
            "Messages", "Cannot create “{path}”: the folder does not exist or cannot be written."
        )
    text = text.format(path=path)
    if problem == OpenProblem.CANNOT_CREATE:
        return text
    return text + " " + QCoreApplication.translate("Messages", "The file has not been changed.")


_SERVER_PROBLEMS = (
    OpenProblem.SERVER_UNREACHABLE,
    OpenProblem.SERVER_REFUSED,
    OpenProblem.PASSWORD_IN_ADDRESS,
    OpenProblem.NO_SERVER_DRIVER,
    OpenProblem.NOT_A_SERVER_ADDRESS,
)


def _server_open_error(error: DatabaseOpenError) -> str:
    """Why a shared server cannot be used; nothing was written to it."""
    problem = error.problem
    if problem == OpenProblem.SERVER_UNREACHABLE:
        text = QCoreApplication.translate(
            "Messages",
            "The server “{path}” does not answer, or has no such database. Check the "
            "address and the network, then try again.",
        )
    elif problem == OpenProblem.SERVER_REFUSED:
        text = QCoreApplication.translate(
            "Messages",
            "The server “{path}” refused the account or its password. The password is read "
            "from the MENTORAT_DB_PASSWORD variable or from the system's keyring.",
        )
    elif problem == OpenProblem.PASSWORD_IN_ADDRESS:
        text = QCoreApplication.translate(
            "Messages",
            "Do not write the password in the server's address: others can read it. Put it "
            "in the MENTORAT_DB_PASSWORD variable or in the system's keyring.",
        )
    elif problem == OpenProblem.NO_SERVER_DRIVER:
        text = QCoreApplication.translate(
            "Messages",
            "This installation cannot reach a PostgreSQL server: its driver (psycopg) is "
            "not installed.",
        )
    else:
        text = QCoreApplication.translate(
            "Messages",
            "“{path}” is neither a database file nor a PostgreSQL server's address "
            "(postgresql://user@server/database).",
        )
    return (
        text.format(path=str(error.path))
        + " "
        + QCoreApplication.translate("Messages", "Nothing was written.")
    )


def warning_text(warning: FieldError) -> str:
    """A warning about a pair (it does not prevent it)."""
    p = warning.params
    if warning.code == "mentor_not_younger":
        return elided_format(
            QCoreApplication.translate(
                "Messages",
                "{mentor} is not younger than {mentee}: in reverse mentoring, the mentor is "
                "usually the younger one.",
            ),
            **p,
        )
    if warning.code == "mentor_untrained":
        return QCoreApplication.translate(
            "Messages", "{mentor} has not had the mentor training yet."
        ).format(**p)
    return QCoreApplication.translate("Messages", "This value is not accepted ({code}).").format(
        code=warning.code
    )


def conflict_message(error: ConflictError, language: str) -> str:
    """Another coordinator changed the record after it was opened here: who, when, and that
    nothing of this change was saved."""
    who = error.changed_by
    when = format_time(error.changed_at, language) if error.changed_at is not None else None
    if who and when:
        said = QCoreApplication.translate(
            "Messages", "{name} changed this record on {time}, after you opened it."
        ).format(name=who, time=when)
    elif who:
        said = QCoreApplication.translate(
            "Messages", "{name} changed this record after you opened it."
        ).format(name=who)
    elif when:
        said = QCoreApplication.translate(
            "Messages", "Someone else changed this record on {time}, after you opened it."
        ).format(time=when)
    else:
        said = QCoreApplication.translate(
            "Messages", "Someone else changed this record after you opened it."
        )
    nothing = QCoreApplication.translate(
        "Messages",
        "Nothing was saved. Reload it to see their change, then make yours again.",
    )
    return f"{said} {nothing}"


def last_changed_text(changed_by: str | None, changed_at: dt.datetime | None, language: str) -> str:
    """ "Last changed by X on DATE" for a record's detail ("" when nothing is known)."""
    when = format_time(changed_at, language) if changed_at is not None else None
    if changed_by and when:
        return QCoreApplication.translate("Messages", "Last changed by {name} on {time}").format(
            name=changed_by, time=when
        )
    if changed_by:
        return QCoreApplication.translate("Messages", "Last changed by {name}").format(
            name=changed_by
        )
    if when:
        return QCoreApplication.translate("Messages", "Last changed on {time}").format(time=when)
    return ""


def _day(value: object) -> str:
    """A date of a message, written as the language writes dates ("3 septembre 2026")."""
    if not isinstance(value, dt.date):
        return str(value)
    return format_date(value, current_language(), "long")
