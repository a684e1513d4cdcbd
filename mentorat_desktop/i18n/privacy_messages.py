"""Words for privacy: the consent and retention fields, the codes core/privacy.py and the
members register raise about them, and the titles of a person's data file (CSV).

i18n/messages.py can hand over to this module: ``privacy_field_label`` for the fields it
does not know, ``privacy_error`` for the codes "withdrawn_before_consent" and
"in_current_pair"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.enums import (
    Direction,
    EndReason,
    MemberStatus,
    Mode,
    ObjectiveStatus,
    Outcome,
    PairStatus,
    Role,
    Speaker,
)
from mentorat_desktop.core.errors import FieldError
from mentorat_desktop.i18n.fields import field_label, privacy_field_label
from mentorat_desktop.i18n.labels import (
    direction_label,
    end_reason_label,
    mode_label,
    objective_status_label,
    outcome_label,
    pair_status_label,
    role_short,
    status_label,
)


# The fields worded here rather than in messages.field_label.
def privacy_error(error: FieldError) -> str | None:
    """The sentence for a privacy code, or None when the code is not one of them (then
    ``messages.field_error`` has it)."""
    if error.code == "withdrawn_before_consent":
        return QCoreApplication.translate(
            "Privacy", "Consent cannot be withdrawn before the day it was given."
        )
    if error.code == "erased":
        return QCoreApplication.translate(
            "Privacy",
            "This member’s data was erased: the line stays, anonymous, for the figures, and "
            "cannot be edited or brought back.",
        )
    if error.code == "in_current_pair":
        return QCoreApplication.translate(
            "Privacy",
            "This member is still in %n current pair(s) (proposed, active or paused). End "
            "them first, after a closing conversation with the other member, or choose to "
            "end them along with the erasure.",
            "",
            int(str(error.params.get("count", 1))),
        )
    return None


def _speaker_label(speaker: Speaker) -> str:
    return {
        Speaker.COORDINATOR: QCoreApplication.translate("Privacy", "The coordination"),
        Speaker.MENTOR: QCoreApplication.translate("Privacy", "The mentor"),
        Speaker.MENTEE: QCoreApplication.translate("Privacy", "The mentee"),
    }[speaker]


def person_data_labels() -> dict[str, str]:
    """Titles for ``core.privacy.export_person_csv(labels=...)``: the columns, the
    sections, every field, yes and no, and the coded values."""
    labels = {
        name: field_label(name)
        for name in (
            "first_name",
            "last_name",
            "birth_year",
            "email",
            "phone",
            "city",
            "organisation",
            "department",
            "manager_name",
            "years_experience",
            "languages",
            "availability",
            "preferred_mode",
            "capacity",
            "mentor_training_on",
            "notes",
            "status",
            "skills_offered",
            "skills_wanted",
            "pair_id",
            "planned_end",
            "monthly_commitment_hours",
            "place",
            "mode",
            "text",
            "held_on",
            "duration_minutes",
            "topics",
            "direction",
            "satisfaction",
            "recheck_on",
            "handled",
            "handled_reasons",
            "effective_on",
        )
    }
    for name in (
        "consent_on",
        "consent_keep",
        "consent_contact",
        "consent_share",
        "consent_how",
        "consent_withdrawn_on",
        "erased_at",
    ):
        labels[name] = privacy_field_label(name)
    labels.update(
        {
            "section": QCoreApplication.translate("Privacy", "Section"),
            "field": QCoreApplication.translate("Privacy", "Field"),
            "value": QCoreApplication.translate("Privacy", "Value"),
            "true": QCoreApplication.translate("Privacy", "yes"),
            "false": QCoreApplication.translate("Privacy", "no"),
            "profile": QCoreApplication.translate("Privacy", "Profile"),
            "skills": QCoreApplication.translate("Privacy", "Skills"),
            "pairs": QCoreApplication.translate("Privacy", "Pair"),
            "objectives": QCoreApplication.translate("Privacy", "Objective"),
            "sessions": QCoreApplication.translate("Privacy", "Session"),
            "follow_up": QCoreApplication.translate("Privacy", "Follow-up"),
            "status_history": QCoreApplication.translate("Privacy", "Change of status"),
            "refused_matches": QCoreApplication.translate("Privacy", "Pair not formed"),
            "id": QCoreApplication.translate("Privacy", "Member number"),
            "role": QCoreApplication.translate("Privacy", "Role"),
            "archived_at": QCoreApplication.translate("Privacy", "Archived on"),
            "created_at": QCoreApplication.translate("Privacy", "Recorded on"),
            "updated_at": QCoreApplication.translate("Privacy", "Last changed on"),
            "partner_name": QCoreApplication.translate("Privacy", "Other member of the pair"),
            "other_name": QCoreApplication.translate("Privacy", "Other member"),
            "cohort": QCoreApplication.translate("Privacy", "Cohort"),
            "local_group": QCoreApplication.translate("Privacy", "Local group"),
            "start_date": QCoreApplication.translate("Privacy", "Start"),
            "charter_signed_on": QCoreApplication.translate("Privacy", "Charter signed on"),
            "ended_on": QCoreApplication.translate("Privacy", "Ended on"),
            "end_reason": QCoreApplication.translate("Privacy", "Reason for the end"),
            "frequency": QCoreApplication.translate("Privacy", "Frequency"),
            "match_score": QCoreApplication.translate("Privacy", "Match score"),
            "match_reasons": QCoreApplication.translate("Privacy", "Match reasons"),
            "capacity_override_reason": QCoreApplication.translate(
                "Privacy", "Reason for going beyond the capacity"
            ),
            "outcome": QCoreApplication.translate("Privacy", "Objectives reached"),
            "mentor_learned": QCoreApplication.translate("Privacy", "What the mentor learned"),
            "mentee_learned": QCoreApplication.translate("Privacy", "What the mentee learned"),
            "closing_comment": QCoreApplication.translate("Privacy", "Closing comment"),
            "charter_version": QCoreApplication.translate("Privacy", "Charter version"),
            "charter_changed_at": QCoreApplication.translate("Privacy", "Charter changed on"),
            "charter_changes": QCoreApplication.translate(
                "Privacy", "What the last charter version changed"
            ),
            "indicator": QCoreApplication.translate("Privacy", "Success indicator"),
            "target_date": QCoreApplication.translate("Privacy", "Target date"),
            "speaker": QCoreApplication.translate("Privacy", "Who spoke"),
            "comment": QCoreApplication.translate("Privacy", "Comment"),
            "action": QCoreApplication.translate("Privacy", "Action"),
            "note": QCoreApplication.translate("Privacy", "Note"),
            "recorded_at": QCoreApplication.translate("Privacy", "Recorded on"),
            "refused_on": QCoreApplication.translate("Privacy", "Decided on"),
            "reason": QCoreApplication.translate("Privacy", "Reason"),
            "training": QCoreApplication.translate("Privacy", "Training session"),
            "title": QCoreApplication.translate("Privacy", "Title"),
            "trainer": QCoreApplication.translate("Privacy", "Trainer"),
            "full_day": QCoreApplication.translate("Privacy", "Full day"),
            "invited": QCoreApplication.translate("Privacy", "Invited"),
            "attended": QCoreApplication.translate("Privacy", "Attended"),
            "feedback": QCoreApplication.translate("Privacy", "Feedback questionnaire"),
            "respondent": QCoreApplication.translate("Privacy", "Who answered"),
            "checkin": QCoreApplication.translate("Privacy", "Check-in"),
            "answered_on": QCoreApplication.translate("Privacy", "Answered on"),
            "score_overall": QCoreApplication.translate("Privacy", "Overall satisfaction"),
            "score_meetings": QCoreApplication.translate("Privacy", "Meetings as agreed"),
            "score_learning": QCoreApplication.translate("Privacy", "Learning"),
            "score_listening": QCoreApplication.translate("Privacy", "Listening"),
            "score_recommend": QCoreApplication.translate("Privacy", "Would recommend"),
            "event_wishes": QCoreApplication.translate("Privacy", "Wish after a speed-meeting"),
            "event": QCoreApplication.translate("Privacy", "Event"),
            "wished_name": QCoreApplication.translate("Privacy", "Wishes to continue with"),
        }
    )
    for role in Role:
        labels[f"role={role.value}"] = role_short(role)
    for mode in Mode:
        labels[f"mode={mode.value}"] = labels[f"preferred_mode={mode.value}"] = mode_label(mode)
    for member_status in MemberStatus:
        labels[f"status={member_status.value}"] = status_label(member_status)
    for pair_status in PairStatus:
        labels[f"status={pair_status.value}"] = pair_status_label(pair_status)
    for objective_status in ObjectiveStatus:
        labels[f"status={objective_status.value}"] = objective_status_label(objective_status)
    for reason in EndReason:
        labels[f"end_reason={reason.value}"] = end_reason_label(reason)
    for outcome in Outcome:
        labels[f"outcome={outcome.value}"] = outcome_label(outcome)
    for direction in Direction:
        labels[f"direction={direction.value}"] = direction_label(direction)
    for speaker in Speaker:
        labels[f"speaker={speaker.value}"] = _speaker_label(speaker)
        labels[f"respondent={speaker.value}"] = _speaker_label(speaker)
    labels["checkin=first_month"] = QCoreApplication.translate("Privacy", "After the first month")
    labels["checkin=mid_term"] = QCoreApplication.translate("Privacy", "Mid-term")
    labels["checkin=end"] = QCoreApplication.translate("Privacy", "End")
    return labels
