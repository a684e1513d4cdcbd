"""Why a match is suggested, in words: the matching service gives codes and data.

A translated sentence writes "que {mentee}" or "de {mentor}"; ``elide`` (core/elision.py)
turns it into "qu’{mentee}" when the name begins with a vowel sound.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.elision import elide
from mentorat_desktop.core.formatting import babel_locale, format_date
from mentorat_desktop.core.text import fold
from mentorat_desktop.i18n import current_language
from mentorat_desktop.i18n.labels import mode_label


def score_text(value: float, language: str) -> str:
    """A suggestion's score with one decimal, written as the language writes numbers
    ("43,5" in French, "43.5" in English)."""
    # lazy: babel, only when a suggestion's score is shown
    from babel.numbers import format_decimal

    return str(format_decimal(round(value, 1), format="#,##0.0", locale=babel_locale(language)))


def _same_text(a: str, b: str) -> bool:
    return fold(a).strip(" .;,") == fold(b).strip(" .;,")


def _list(items: Iterable[object]) -> str:
    values = [str(i) for i in items]
    if len(values) <= 1:
        return "".join(values)
    return QCoreApplication.translate("Reasons", "{first} and {last}").format(
        first=", ".join(values[:-1]), last=values[-1]
    )


def slot_label(code: str) -> str:
    """A moment of the week, as the matching service names it."""
    labels = {
        "monday": QCoreApplication.translate("Reasons", "Monday"),
        "tuesday": QCoreApplication.translate("Reasons", "Tuesday"),
        "wednesday": QCoreApplication.translate("Reasons", "Wednesday"),
        "thursday": QCoreApplication.translate("Reasons", "Thursday"),
        "friday": QCoreApplication.translate("Reasons", "Friday"),
        "saturday": QCoreApplication.translate("Reasons", "Saturday"),
        "sunday": QCoreApplication.translate("Reasons", "Sunday"),
        "morning": QCoreApplication.translate("Reasons", "in the morning"),
        "midday": QCoreApplication.translate("Reasons", "at midday"),
        "afternoon": QCoreApplication.translate("Reasons", "in the afternoon"),
        "evening": QCoreApplication.translate("Reasons", "in the evening"),
        "any_time": QCoreApplication.translate("Reasons", "at any time"),
    }
    return labels.get(code, code)


def reason_text(code: str, params: Mapping[str, Any]) -> str:
    """A reason or a warning of the matching (``core.matching.Reason``) as a sentence."""
    p = dict(params)
    if "skills" in p:
        p["skills"] = _list(p["skills"])
    if code == "teaches":
        return elide(
            QCoreApplication.translate(
                "Reasons", "{mentor} offers {skills}, which {mentee} wants to learn."
            ),
            p,
        ).format(**p)
    if code == "two_way":
        return elide(
            QCoreApplication.translate(
                "Reasons", "In return, {mentee} can pass on {skills}, which {mentor} wants."
            ),
            p,
        ).format(**p)
    if code == "same_city":
        return QCoreApplication.translate("Reasons", "Both live in {city}.").format(**p)
    if code == "same_mode" and p.get("mode") == "any":
        return QCoreApplication.translate("Reasons", "Any way of meeting suits both.")
    if code == "same_mode":
        return QCoreApplication.translate("Reasons", "Both prefer to meet: {mode}.").format(
            mode=mode_label(p["mode"]).lower()
        )
    if code == "availability":
        # What each one recorded, as recorded ("mardi soir"); a reason kept before the texts
        # were added has the slots only.
        mentor_text = str(p.get("mentor_text") or "").strip()
        mentee_text = str(p.get("mentee_text") or "").strip()
        if mentor_text and mentee_text and _same_text(mentor_text, mentee_text):
            return QCoreApplication.translate("Reasons", "Both are free: {slots}.").format(
                slots=mentor_text
            )
        if mentor_text and mentee_text:
            return elide(
                QCoreApplication.translate(
                    "Reasons",
                    "Their free times overlap: “{mentor_times}” for {mentor}, "
                    "“{mentee_times}” for {mentee}.",
                ),
                p,
            ).format(
                mentor_times=mentor_text,
                mentee_times=mentee_text,
                mentor=p.get("mentor", ""),
                mentee=p.get("mentee", ""),
            )
        return QCoreApplication.translate("Reasons", "Both are free: {slots}.").format(
            slots=_list(slot_label(str(slot)) for slot in p.get("slots", []))
        )
    if code == "common_language":
        return QCoreApplication.translate("Reasons", "They share a language: {language}.").format(
            **p
        )
    if code == "age_gap":
        return QCoreApplication.translate(
            "Reasons", "{years} years apart: a real exchange between generations."
        ).format(**p)
    if code == "met_at_event":
        when = str(p.get("date", ""))
        with contextlib.suppress(ValueError):
            when = format_date(dt.date.fromisoformat(when), current_language(), "long")
        if p.get("both"):
            return QCoreApplication.translate(
                "Reasons", "Met at the speed-meeting of {date}; both wish to continue."
            ).format(date=when)
        return elide(
            QCoreApplication.translate(
                "Reasons", "Met at the speed-meeting of {date}; {who} wishes to continue."
            ),
            p,
        ).format(date=when, who=p.get("who", ""))
    if code == "mentor_untrained":
        return elide(
            QCoreApplication.translate("Reasons", "{mentor} has not had the mentor training yet."),
            p,
        ).format(**p)
    if code == "small_gap":
        return QCoreApplication.translate(
            "Reasons",
            "Only %n year(s) apart: hardly an exchange between generations.",
            "",
            int(p.get("years", 0)),
        )
    if code == "paired_before":
        return elide(
            QCoreApplication.translate(
                "Reasons", "{mentor} and {mentee} already formed a pair, which has ended."
            ),
            p,
        ).format(**p)
    if code == "time_zones":
        return elide(
            QCoreApplication.translate(
                "Reasons",
                "{mentor} and {mentee} live %n hour(s) apart: “{mentor_times}” and "
                "“{mentee_times}” are not the same moment, so their free times do not count.",
                "",
                int(p.get("hours", 0)),
            ),
            p,
        ).format(
            mentor=p.get("mentor", ""),
            mentee=p.get("mentee", ""),
            mentor_times=p.get("mentor_text", ""),
            mentee_times=p.get("mentee_text", ""),
        )
    if code == "too_far" and p.get("km") is None:
        return QCoreApplication.translate(
            "Reasons",
            "{mentor_city} and {mentee_city} are in different countries: too far "
            "to meet in person.",
        ).format(mentor_city=p.get("mentor_city", ""), mentee_city=p.get("mentee_city", ""))
    if code == "too_far":
        return QCoreApplication.translate(
            "Reasons",
            "{mentor_city} and {mentee_city} are about %n km apart: too far to meet in person.",
            "",
            int(p.get("km") or 0),
        ).format(mentor_city=p.get("mentor_city", ""), mentee_city=p.get("mentee_city", ""))
    return code
