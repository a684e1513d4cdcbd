"""Exporting the members register to a CSV file that French Excel opens as it is.

UTF-8 with a byte-order mark (so that Excel reads the accents), ';' between columns and
CRLF line endings. The column titles and values are those the member importer recognises,
so that an exported file can be imported back into another database.

The file holds personal data: it is written with ``core.files.write_private`` (readable by
its owner only, complete or absent). A text cell that a spreadsheet would run as a formula
(starting with = + - @, a tab or a carriage return: a note "=1+1", a phone "+33 6...") gets
a single quote in front, which the importer takes off again; the numbers the program
writes itself (years, counts) are not text and are written as they are.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.files import neutralise_formula, write_private
from mentorat_desktop.core.importing.cells import (
    EXPORT_MODE,
    EXPORT_NO,
    EXPORT_ROLE,
    EXPORT_STATUS,
    EXPORT_YES,
)
from mentorat_desktop.core.services.members import MemberRecord, MemberService

# The screens' French words (core.importing.cells keeps them, Qt-free); the importer
# also reads the words older exports wrote ("Les deux", "Présentiel", "Courriel").
ROLE_LABELS = EXPORT_ROLE
MODE_LABELS = EXPORT_MODE
STATUS_LABELS = EXPORT_STATUS

# The titles of the member form, in French: the importer reads them (and those of the
# other languages) back.
MEMBER_COLUMNS = (
    "Prénom",
    "Nom",
    "E-mail",
    "Téléphone",
    "Année de naissance",
    "Rôle souhaité",
    "Ville",
    "Organisation",
    "Service",
    "Langues parlées",
    "Disponibilités",
    "Mode de rencontre",
    "Compétences offertes",
    "Compétences recherchées",
    "Formation de mentor",
    "Consentement donné le",
    "Statut",
    "Notes",
    "Responsable hiérarchique",
    "Années d’expérience",
    "Binômes à la fois",
    "Accord pour la conservation de ses données",
    "Accord pour les prises de contact",
    "Accord pour transmettre ses coordonnées à l’autre membre du binôme",
    "Consentement recueilli par",
    "Consentement retiré le",
)


def _yes_no(value: bool) -> str:
    return EXPORT_YES if value else EXPORT_NO


def _text(value: object) -> str:
    """A cell: text neutralised against formulas, numbers and dates as they are."""
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise_formula(value)
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
        _yes_no(m.consent_keep),
        _yes_no(m.consent_contact),
        _yes_no(m.consent_share),
        m.consent_how,
        m.consent_withdrawn_on,
    ]
    return [_text(v) for v in values]


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Write a CSV file for French Excel (UTF-8 with BOM, ';', CRLF) privately, in one step
    (see ``core.files.write_private``). The cells are written as given: neutralise text
    cells before. OSError propagates and leaves any previous file as it was."""

    def write(binary: BinaryIO) -> None:
        text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
        try:
            writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
            writer.writerow(columns)
            writer.writerows(rows)
            text.flush()
        finally:
            text.detach()  # the binary file stays open for write_private

    write_private(path, write)


def export_members_csv(
    db: Database, path: Path, include_archived: bool = True, group_id: int | None = None
) -> int:
    """Write the members (of the local group ``group_id`` when given) to ``path`` and
    return how many were written.

    The file is readable by its owner only and put in place in one step once complete: a
    failure (disk full, no permission) leaves any previous file as it was and nothing else
    behind. OSError propagates.
    """
    members = MemberService(db).list_members(include_archived=include_archived, group_id=group_id)
    write_csv(Path(path), MEMBER_COLUMNS, (_member_row(m) for m in members))
    return len(members)
