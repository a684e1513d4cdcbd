"""Why a pair is on the follow-up list, in words, and what to ask them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.formatting import format_date, format_hours


def followup_reason_text(code: str, params: Mapping[str, Any], language: str) -> str:
    p = dict(params)
    if code == "silent":
        return QCoreApplication.translate(
            "FollowUp", "No session for %n day(s).", "", int(p["days"])
        )
    if code == "recheck":
        return QCoreApplication.translate("FollowUp", "To check again since {date}.").format(
            date=format_date(p["date"], language)
        )
    if code == "end_passed":
        return QCoreApplication.translate(
            "FollowUp", "Planned end passed on {date}: close the pair or extend it."
        ).format(date=format_date(p["date"], language))
    if code == "end_near":
        return QCoreApplication.translate(
            "FollowUp", "Planned end on {date}: prepare the closing conversation."
        ).format(date=format_date(p["date"], language))
    if code == "below_last_month":
        return QCoreApplication.translate(
            "FollowUp", "Last month: {hours} of the {commitment} agreed."
        ).format(
            hours=format_hours(float(p["hours"]), language),
            commitment=format_hours(float(p["commitment"]), language),
        )
    if code == "mentor_untrained":
        return QCoreApplication.translate(
            "FollowUp", "Proposed pair: {mentor} has not had the mentor training yet."
        ).format(mentor=p.get("mentor", ""))
    if code == "feedback_due":
        return {
            "first_month": QCoreApplication.translate(
                "FollowUp", "Check-in after the first month, planned on {date}."
            ),
            "mid_term": QCoreApplication.translate(
                "FollowUp", "Mid-term check-in, planned on {date}."
            ),
            "end": QCoreApplication.translate("FollowUp", "End check-in, planned on {date}."),
        }.get(str(p.get("checkin")), code).format(date=format_date(p["date"], language))
    return code


def followup_question(code: str) -> str:
    """What to ask on the phone, for each reason."""
    if code == "silent":
        return QCoreApplication.translate(
            "FollowUp", "Are you still meeting? Is something in the way?"
        )
    if code == "below_last_month":
        return QCoreApplication.translate(
            "FollowUp", "Does the rhythm still suit you both? Can we help find a time?"
        )
    if code == "mentor_untrained":
        return QCoreApplication.translate(
            "FollowUp", "Can you come to the next training session before the pair starts?"
        )
    if code == "feedback_due":
        return QCoreApplication.translate(
            "FollowUp", "How satisfied are you, out of 5? (Or hand them the questionnaire.)"
        )
    if code in ("end_near", "end_passed"):
        return QCoreApplication.translate(
            "FollowUp", "Were the objectives reached? Would you like to go on?"
        )
    return QCoreApplication.translate("FollowUp", "How are things going since we last spoke?")
