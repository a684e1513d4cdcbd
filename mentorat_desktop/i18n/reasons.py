"""Why a match is suggested, in words: the matching service gives codes and data."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.gui.labels import mode_label


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
    p = dict(params)
    if "skills" in p:
        p["skills"] = _list(p["skills"])
    if code == "teaches":
        return QCoreApplication.translate(
            "Reasons", "{mentor} offers {skills}, which {mentee} wants to learn."
        ).format(**p)
    if code == "two_way":
        return QCoreApplication.translate(
            "Reasons", "In return, {mentee} can pass on {skills}, which {mentor} wants."
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
    if code == "mentor_untrained":
        return QCoreApplication.translate(
            "Reasons", "{mentor} has not had the mentor training yet."
        ).format(**p)
    return code
