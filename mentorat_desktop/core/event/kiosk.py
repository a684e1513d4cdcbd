"""The sign-up kiosk: visitors of a fair type their own sign-up; each waits for the coordinator,
who accepts it (it becomes a member, in one transaction; its personal fields are then cleared
from the waiting list) or deletes it. A sign-up that looks like someone already in the
register (same e-mail, or same name and birth year: the rules of the import and of
``MemberService``) is shown with that person's name, and is not accepted as a new member.

The kiosk's PIN is chosen by the coordinator when the kiosk starts and kept in memory only:
nothing of it is written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import select

from mentorat_desktop.core.enums import Mode, Role
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.models import KioskSignup, Member, SignupStatus
from mentorat_desktop.core.services.member_store import apply_input, find_duplicate
from mentorat_desktop.core.services.members import MemberInput, validate
from mentorat_desktop.core.text import clean, split_list

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database

CONSENT_HOW = "kiosk"  # how consent was collected, on the members accepted from the kiosk


@dataclass(frozen=True)
class SignupInput:
    first_name: str = ""
    last_name: str = ""
    birth_year: int | None = None
    email: str | None = None
    phone: str | None = None
    role: Role = Role.EITHER
    offered: str | None = None  # what they can pass on, comma-separated
    wanted: str | None = None  # what they want to learn
    availability: str | None = None
    preferred_mode: Mode = Mode.ANY
    language: str | None = None  # the kiosk's language when they signed up
    consent_keep: bool = False
    consent_contact: bool = False
    consent_share: bool = False

    def member_input(self, on: dt.date) -> MemberInput:
        """The member this sign-up would become (consent given ``on``, at the kiosk)."""
        return MemberInput(
            first_name=self.first_name,
            last_name=self.last_name,
            birth_year=self.birth_year,
            email=self.email,
            phone=self.phone,
            role=self.role,
            availability=self.availability,
            preferred_mode=self.preferred_mode,
            skills_offered=split_list(self.offered),
            skills_wanted=split_list(self.wanted),
            consent_on=on,
            consent_keep=self.consent_keep,
            consent_contact=self.consent_contact,
            consent_share=self.consent_share,
            consent_how=CONSENT_HOW,
        ).cleaned()


@dataclass(frozen=True)
class SignupRecord:
    id: int
    data: SignupInput
    created_at: dt.datetime
    duplicate_of: str | None  # the name of the member it seems to be already, or None
    duplicate_id: int | None


def validate_signup(data: SignupInput, today: dt.date | None = None) -> list[FieldError]:
    """What the kiosk refuses before anything is written: the member's own rules (names,
    year, e-mail, phone...), a way to reach them (an e-mail or a phone), and the consent to
    keep what they typed."""
    today = today or dt.date.today()
    member = data.member_input(today)
    errors = validate(member, today)
    if not member.email and not member.phone:
        errors.append(FieldError("email", "required"))
    if not data.consent_keep:
        errors.append(FieldError("consent_keep", "required"))
    return errors


class KioskService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def submit(self, data: SignupInput, event_id: int | None = None) -> int:
        """Keep a sign-up, waiting (one transaction); ValidationError, and nothing written,
        when ``validate_signup`` finds a problem."""
        errors = validate_signup(data)
        if errors:
            raise ValidationError(errors)
        with self._db.transaction(announces=(Topic.MEMBERS,)) as session:
            signup = KioskSignup(
                event_id=event_id,
                first_name=clean(data.first_name),
                last_name=clean(data.last_name),
                birth_year=data.birth_year,
                email=clean(data.email),
                phone=clean(data.phone),
                role=data.role,
                offered=clean(data.offered),
                wanted=clean(data.wanted),
                availability=clean(data.availability),
                preferred_mode=data.preferred_mode,
                language=data.language,
                consent_keep=data.consent_keep,
                consent_contact=data.consent_contact,
                consent_share=data.consent_share,
            )
            session.add(signup)
            session.flush()
            signup_id = signup.id
        return signup_id

    def waiting(self) -> list[SignupRecord]:
        """The sign-ups waiting, the oldest first, each with the member it seems to be."""
        records = []
        with self._db.reading() as session:
            for row in session.scalars(
                select(KioskSignup)
                .where(KioskSignup.status == SignupStatus.WAITING)
                .order_by(KioskSignup.created_at, KioskSignup.id)
            ):
                data = _input(row)
                other = find_duplicate(session, data.member_input(row.created_at.date()))
                records.append(
                    SignupRecord(
                        row.id,
                        data,
                        row.created_at,
                        other.full_name if other is not None else None,
                        other.id if other is not None else None,
                    )
                )
        return records

    def accept(self, signup_id: int) -> int:
        """Make the sign-up a member, in one transaction: the member is added with the
        consent given on the day of the sign-up, and the sign-up keeps only the member it
        became. ValidationError (nothing written) when it is someone already in the register
        ("duplicate_email", "duplicate_person") or no longer valid; NotFoundError when it is
        not waiting any more. Returns the new member's id."""
        with self._db.transaction(announces=(Topic.MEMBERS, Topic.SKILLS)) as session:
            signup = session.get(KioskSignup, signup_id)
            if signup is None or signup.status != SignupStatus.WAITING:
                raise NotFoundError(signup_id)
            data = _input(signup).member_input(signup.created_at.date())
            errors = validate(data)
            other = find_duplicate(session, data) if not errors else None
            if other is not None:
                same_email = bool(data.email) and (other.email or "").lower() == data.email
                errors.append(
                    FieldError(
                        "email" if same_email else "last_name",
                        "duplicate_email" if same_email else "duplicate_person",
                        {"name": other.full_name},
                    )
                )
            if errors:
                raise ValidationError(errors)
            member = Member()
            session.add(member)
            apply_input(session, member, data)
            session.flush()
            member_id = member.id
            for name in _PERSONAL:
                setattr(signup, name, None)
            signup.status = SignupStatus.ACCEPTED
            signup.member_id = member_id
            signup.decided_at = dt.datetime.now().replace(microsecond=0)
        return member_id

    def delete(self, signup_id: int) -> None:
        """Delete a waiting sign-up (a duplicate, a test, someone who changed their mind)."""
        with self._db.transaction(announces=(Topic.MEMBERS,)) as session:
            signup = session.get(KioskSignup, signup_id)
            if signup is None or signup.status != SignupStatus.WAITING:
                raise NotFoundError(signup_id)
            session.delete(signup)

    def count_waiting(self) -> int:
        rows = self._db.query("SELECT count(*) FROM kiosk_signup WHERE status = 'waiting'")
        return int(rows[0][0])


_PERSONAL = (
    "first_name",
    "last_name",
    "birth_year",
    "email",
    "phone",
    "offered",
    "wanted",
    "availability",
)


def _input(row: object) -> SignupInput:
    data = SignupInput()
    values = {name: getattr(row, name) for name in data.__dataclass_fields__}
    values["first_name"] = values["first_name"] or ""
    values["last_name"] = values["last_name"] or ""
    return replace(data, **values)
