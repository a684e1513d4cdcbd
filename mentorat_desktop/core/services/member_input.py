"""What a member's form hands to the services, and its checks: shared by the register
(``members``), its SQLAlchemy side (``member_store``), the importers and the kiosk, without
any of them importing the others."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields, replace

from mentorat_desktop.core.enums import Mode, Role
from mentorat_desktop.core.errors import FieldError
from mentorat_desktop.core.text import clean, fold

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^[0-9+().\-\s/]+$")
MIN_BIRTH_YEAR = 1900
MIN_AGE = 10
MAX_LENGTHS = {
    "first_name": 100,
    "last_name": 100,
    "email": 254,
    "phone": 40,
    "city": 100,
    "organisation": 150,
    "department": 150,
    "manager_name": 200,
    "languages": 200,
    "availability": 300,
    "consent_how": 60,
}
PHONE_MIN_DIGITS = 6


def phone_errors(field: str, phone: str) -> list[FieldError]:
    """Why ``phone`` cannot be a phone number: a sign that has no place in one, or too few
    digits ("06 12"); nothing when it can be one."""
    if not PHONE_RE.match(phone):
        return [FieldError(field, "phone_invalid")]
    if sum(c.isdigit() for c in phone) < PHONE_MIN_DIGITS:
        return [FieldError(field, "phone_too_short", {"digits": PHONE_MIN_DIGITS})]
    return []


@dataclass
class MemberInput:
    """What the add/edit form and the importers hand to the service."""

    first_name: str = ""
    last_name: str = ""
    birth_year: int | None = None
    email: str | None = None
    phone: str | None = None
    city: str | None = None
    organisation: str | None = None
    department: str | None = None
    manager_name: str | None = None
    years_experience: int | None = None
    languages: str | None = None
    role: Role = Role.EITHER
    availability: str | None = None
    preferred_mode: Mode = Mode.ANY
    capacity: int = 1
    mentor_training_on: dt.date | None = None
    consent_on: dt.date | None = None  # the date consent was given
    notes: str | None = None
    skills_offered: list[str] = field(default_factory=list)
    skills_wanted: list[str] = field(default_factory=list)
    # What the member agreed to (consent_on is the date they did).
    consent_keep: bool = False
    consent_contact: bool = False
    consent_share: bool = False  # their details may be given to the other member of a pair
    consent_how: str | None = None  # paper form, e-mail, orally, online form...
    # A withdrawal is of the whole consent: with a date here the three agreements above are
    # recorded as false, whatever they said (see ``cleaned``).
    consent_withdrawn_on: dt.date | None = None

    def cleaned(self) -> MemberInput:
        """A copy with surrounding spaces trimmed and empty text turned into None, and a
        withdrawal of consent clearing the three agreements.

        A coordinator records a withdrawal when the person says "I no longer want to take
        part / delete me": it ends every agreement at once, and the member then shows among
        those without consent (privacy.members_without_consent), to be erased. Someone who
        only wants no more calls keeps a consent to keep and just loses the contact box (no
        withdrawal date). A new consent after a withdrawal is recorded by clearing the
        withdrawal date and entering the new date."""
        changes: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and f.name not in ("first_name", "last_name"):
                changes[f.name] = clean(value)
        changes["first_name"] = clean(self.first_name) or ""
        changes["last_name"] = clean(self.last_name) or ""
        if self.email:
            changes["email"] = self.email.strip().lower() or None
        changes["skills_offered"] = _unique(self.skills_offered)
        changes["skills_wanted"] = _unique(self.skills_wanted)
        if self.consent_withdrawn_on is not None:
            changes.update(consent_keep=False, consent_contact=False, consent_share=False)
        return replace(self, **changes)  # type: ignore[arg-type]


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for name in names:
        value = clean(name)
        if value and fold(value) not in seen:
            seen.add(fold(value))
            result.append(value)
    return result


def validate(data: MemberInput, today: dt.date | None = None) -> list[FieldError]:
    """Every problem with ``data`` (already cleaned), field by field."""
    today = today or dt.date.today()
    errors: list[FieldError] = []
    if not data.first_name:
        errors.append(FieldError("first_name", "required"))
    if not data.last_name:
        errors.append(FieldError("last_name", "required"))
    for name, limit in MAX_LENGTHS.items():
        value = getattr(data, name)
        if value and len(value) > limit:
            errors.append(FieldError(name, "too_long", {"max": limit}))
    max_year = today.year - MIN_AGE
    if data.birth_year is not None and not MIN_BIRTH_YEAR <= data.birth_year <= max_year:
        errors.append(
            FieldError("birth_year", "year_range", {"min": MIN_BIRTH_YEAR, "max": max_year})
        )
    if data.email and not EMAIL_RE.match(data.email):
        errors.append(FieldError("email", "email_invalid"))
    if data.phone:
        errors += phone_errors("phone", data.phone)
    if data.years_experience is not None and not 0 <= data.years_experience <= 70:
        errors.append(FieldError("years_experience", "number_range", {"min": 0, "max": 70}))
    if not 0 <= data.capacity <= 10:
        errors.append(FieldError("capacity", "number_range", {"min": 0, "max": 10}))
    for name in ("mentor_training_on", "consent_on", "consent_withdrawn_on"):
        value = getattr(data, name)
        if value is not None and value > today:
            errors.append(FieldError(name, "date_in_future"))
    given, withdrawn = data.consent_on, data.consent_withdrawn_on
    if given is not None and withdrawn is not None and withdrawn < given:
        errors.append(
            FieldError("consent_withdrawn_on", "withdrawn_before_consent", {"consent_on": given})
        )
    for kind in ("skills_offered", "skills_wanted"):
        if any(len(s) > 120 for s in getattr(data, kind)):
            errors.append(FieldError(kind, "too_long", {"max": 120}))
    return errors
