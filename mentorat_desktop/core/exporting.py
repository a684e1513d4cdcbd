"""Exporting the members register to a CSV file that French Excel opens as it is.

UTF-8 with a byte-order mark (so that Excel reads the accents), ';' between columns and
CRLF line endings. The column titles and values are those the member importer recognises,
so that an exported file can be imported back into another database.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import tempfile
from pathlib import Path

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import MemberStatus, Mode, Role
from mentorat_desktop.core.services.members import MemberRecord, MemberService

ROLE_LABELS = {Role.MENTOR: "Mentor", Role.MENTEE: "Mentoré", Role.EITHER: "Les deux"}
MODE_LABELS = {
    Mode.IN_PERSON: "Présentiel",
    Mode.VIDEO: "Visio",
    Mode.PHONE: "Téléphone",
    Mode.ANY: "Indifférent",
}
STATUS_LABELS = {MemberStatus.ACTIVE: "Actif", MemberStatus.ARCHIVED: "Archivé"}

MEMBER_COLUMNS = (
    "Prénom",
    "Nom",
    "Courriel",
    "Téléphone",
    "Année de naissance",
    "Rôle",
    "Ville",
    "Organisation",
    "Service",
    "Langues",
    "Disponibilités",
    "Mode préféré",
    "Compétences offertes",
    "Compétences recherchées",
    "Formation mentor",
    "Consentement",
    "Statut",
    "Notes",
    # Also kept, so that a round trip loses nothing:
    "Responsable hiérarchique",
    "Années d'expérience",
    "Binômes possibles",
)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _member_row(m: MemberRecord) -> list[str]:
    values: list[object] = [
        m.first_name,
        m.last_name,
        m.email,
        m.phone,
        m.birth_year,
        ROLE_LABELS[m.role],
        m.city,
        m.organisation,
        m.department,
        m.languages,
        m.availability,
        MODE_LABELS[m.preferred_mode],
        "; ".join(m.skills_offered),
        "; ".join(m.skills_wanted),
        m.mentor_training_on,
        m.consent_on,
        STATUS_LABELS[m.status],
        m.notes,
        m.manager_name,
        m.years_experience,
        m.capacity,
    ]
    return [_text(v) for v in values]


def export_members_csv(db: Database, path: Path, include_archived: bool = True) -> int:
    """Write the members to ``path`` and return how many were written.

    The file is written aside, then put in place in one step: a failure (disk full, no
    permission) leaves any previous file as it was. OSError propagates.
    """
    path = Path(path)
    members = MemberService(db).list_members(include_archived=include_archived)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with open(handle, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
            writer.writerow(MEMBER_COLUMNS)
            writer.writerows(_member_row(m) for m in members)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return len(members)
