"""The labels of the fields the user knows (a member's, a pair's, the settings', consent and
retention), in one place that every message module reads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

PRIVACY_FIELDS = frozenset(
    {
        "consent_keep",
        "consent_contact",
        "consent_share",
        "consent_how",
        "consent_withdrawn_on",
        "erased_at",
        "retention_months",
        "backup_folder_second",
        "backup_keep_last",
    }
)


def field_label(name: str) -> str:
    """The label of a member field, as the user knows it."""
    labels = {
        "first_name": QCoreApplication.translate("Fields", "First name"),
        "last_name": QCoreApplication.translate("Fields", "Last name"),
        "full_name": QCoreApplication.translate("Fields", "Name"),
        "birth_year": QCoreApplication.translate("Fields", "Birth year"),
        "email": QCoreApplication.translate("Fields", "E-mail"),
        "phone": QCoreApplication.translate("Fields", "Phone"),
        "city": QCoreApplication.translate("Fields", "City"),
        "organisation": QCoreApplication.translate("Fields", "Organisation"),
        "department": QCoreApplication.translate("Fields", "Department"),
        "manager_name": QCoreApplication.translate("Fields", "Reports to"),
        "years_experience": QCoreApplication.translate("Fields", "Years of experience"),
        "languages": QCoreApplication.translate("Fields", "Languages"),
        "role": QCoreApplication.translate("Fields", "Role wished"),
        "availability": QCoreApplication.translate("Fields", "Availability"),
        "preferred_mode": QCoreApplication.translate("Fields", "Preferred mode"),
        "capacity": QCoreApplication.translate("Fields", "Pairs at once"),
        "mentor_training_on": QCoreApplication.translate("Fields", "Mentor training"),
        "consent_on": QCoreApplication.translate("Fields", "Consent to keep the data"),
        "notes": QCoreApplication.translate("Fields", "Notes"),
        "status": QCoreApplication.translate("Fields", "Status"),
        "mentor_id": QCoreApplication.translate("Fields", "Mentor"),
        "mentee_id": QCoreApplication.translate("Fields", "Mentee"),
        "monthly_commitment_hours": QCoreApplication.translate("Fields", "Hours per month"),
        "planned_end": QCoreApplication.translate("Fields", "Planned end"),
        "effective_on": QCoreApplication.translate("Fields", "Date"),
        "closing_comment": QCoreApplication.translate("Fields", "Comment"),
        "text": QCoreApplication.translate("Fields", "Objective"),
        "name": QCoreApplication.translate("Fields", "Name"),
        "who": QCoreApplication.translate("Fields", "Member"),
        "pair_id": QCoreApplication.translate("Fields", "Pair"),
        "pair": QCoreApplication.translate("Fields", "Pair"),
        "held_on": QCoreApplication.translate("Fields", "Date"),
        "duration_minutes": QCoreApplication.translate("Fields", "Duration"),
        "mode": QCoreApplication.translate("Fields", "Mode"),
        "place": QCoreApplication.translate("Fields", "Place"),
        "topics": QCoreApplication.translate("Fields", "Topics"),
        "title": QCoreApplication.translate("Fields", "Title"),
        "trainer": QCoreApplication.translate("Fields", "Trainer"),
        "direction": QCoreApplication.translate("Fields", "Who taught"),
        "mentor": QCoreApplication.translate("Fields", "Mentor"),
        "mentee": QCoreApplication.translate("Fields", "Mentee"),
        "satisfaction": QCoreApplication.translate("Fields", "Satisfaction"),
        "recheck_on": QCoreApplication.translate("Fields", "Check again on"),
        "handled": QCoreApplication.translate("Fields", "Called / handled"),
        "handled_reasons": QCoreApplication.translate("Fields", "Reasons handled"),
        "skills_offered": QCoreApplication.translate("Fields", "Skills offered"),
        "skills_wanted": QCoreApplication.translate("Fields", "Skills wanted"),
        "language": QCoreApplication.translate("Fields", "Language"),
        "paper_size": QCoreApplication.translate("Fields", "Paper size"),
        "default_commitment_hours": QCoreApplication.translate("Fields", "Monthly commitment"),
    }
    if name in labels:
        return labels[name]
    return _privacy_label(name) or name


def _privacy_label(name: str) -> str | None:
    """The label of a consent, erasure, retention or backup field; None for another."""
    labels = {
        "consent_on": QCoreApplication.translate("Privacy", "Consent given on"),
        "consent_keep": QCoreApplication.translate("Privacy", "Agrees to their data being kept"),
        "consent_contact": QCoreApplication.translate("Privacy", "Agrees to being contacted"),
        "consent_share": QCoreApplication.translate(
            "Privacy", "Agrees to their details being given to the other member of their pair"
        ),
        "consent_how": QCoreApplication.translate("Privacy", "Consent collected by"),
        "consent_withdrawn_on": QCoreApplication.translate("Privacy", "Consent withdrawn on"),
        "erased_at": QCoreApplication.translate("Privacy", "Data erased on"),
        "retention_months": QCoreApplication.translate(
            "Privacy", "Keep a member's data after their last activity (months)"
        ),
        "backup_folder_second": QCoreApplication.translate("Privacy", "Second backup folder"),
        "backup_keep_last": QCoreApplication.translate("Privacy", "Latest backups always kept"),
    }
    return labels.get(name)


def privacy_field_label(name: str) -> str:
    """The label of a consent, erasure, retention or backup field (else ``field_label``)."""
    return _privacy_label(name) or field_label(name)
