"""Why a match is suggested, in words: the matching service gives codes and data.

French elides before a vowel or a mute h: "ce qu’Odile", "d’Adrien". A translated sentence
writes "que {mentee}" or "de {mentor}"; ``_elide`` turns it into "qu’{mentee}" when the name
that fills the placeholder begins with a vowel sound (other languages are left as they are).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.formatting import babel_locale, format_date
from mentorat_desktop.core.text import fold
from mentorat_desktop.i18n import current_language
from mentorat_desktop.i18n.labels import mode_label

# A French word that elides ("que", "de", "le", "jusque"…) just before a placeholder.
_ELIDING = re.compile(r"\b(qu|jusqu|lorsqu|puisqu|d|l|j|m|n|s|t)e (\{(\w+)\})", re.IGNORECASE)
_VOWELS = frozenset("aeiouœæ")


def begins_with_vowel_sound(name: str) -> bool:
    """Whether French elides before this name: a vowel ("Odile", "Émilie"), a mute h
    ("Hélène", "Hugo") or a y before a consonant ("Yves"; not "Yann")."""
    folded = fold(name)
    if not folded:
        return False
    first = folded[0]
    if first in _VOWELS or first == "h":
        return True
    return first == "y" and len(folded) > 1 and folded[1] not in _VOWELS and folded[1] != "y"


def _elide(template: str, params: Mapping[str, Any]) -> str:
    """``template`` with "que {name}" written "qu’{name}" (and so on) where the value of the
    placeholder begins with a vowel sound."""

    def elided(match: re.Match[str]) -> str:
        value = params.get(match.group(3))
        if isinstance(value, str) and begins_with_vowel_sound(value):
            return f"{match.group(1)}’{match.group(2)}"
        return match.group(0)

    return _ELIDING.sub(elided, template)


def elided_format(template: str, **params: Any) -> str:
    """``template.format(**params)``, French elision done first ("Objectifs d’Adrien")."""
    return _elide(template, params).format(**params)


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
        return _elide(
            QCoreApplication.translate(
                "Reasons", "{mentor} offers {skills}, which {mentee} wants to learn."
            ),
            p,
        ).format(**p)
    if code == "two_way":
        return _elide(
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
            return _elide(
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
        return _elide(
            QCoreApplication.translate(
                "Reasons", "Met at the speed-meeting of {date}; {who} wishes to continue."
            ),
            p,
        ).format(date=when, who=p.get("who", ""))
    if code == "mentor_untrained":
        return _elide(
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
        return _elide(
            QCoreApplication.translate(
                "Reasons", "{mentor} and {mentee} already formed a pair, which has ended."
            ),
            p,
        ).format(**p)
    if code == "time_zones":
        return _elide(
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
