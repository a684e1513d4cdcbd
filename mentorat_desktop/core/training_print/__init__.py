"""Printed pages of a mentor training session: its sign-in sheet and the attestations of
those who attended, as PDF (no Qt).

    write_sheet(db, 3, Path("emargement.pdf"), "fr_FR")
    write_attestations(db, 3, Path("attestations.pdf"), "fr_CA")

Importing this package is cheap: reportlab is loaded on the first page printed
(``render.py``). The pages hold names: they are written with ``core.files.write_private``
(readable by their owner only, complete or absent), like the charters.

The sign-in sheet lists the members on the session's list (invited, or recorded as present),
by name, then blank lines for those who come unannounced; a full day has a morning and an
afternoon column to sign. An attestation is one page per member who attended, signed by the
coordinator named in the settings. Both carry the association's name, logo and address from
the settings, on the settings' paper (Letter in Québec).

Errors: NotFoundError for an unknown session; TrainingPrintError("no_attendee") for
attestations of a session where nobody was recorded as present; ValueError for an unknown
language or paper size.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mentorat_desktop.core.files import private_staging, write_private
from mentorat_desktop.core.services.training import TrainingRecord, TrainingService
from mentorat_desktop.core.training_print.texts import LANGUAGES, training_texts

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database

__all__ = [
    "LANGUAGES",
    "Attendee",
    "TrainingPrintError",
    "TrainingSheetData",
    "load_sheet_data",
    "write_attestations",
    "write_sheet",
]

BLANK_LINES = 4  # for those who come without being on the list
MIN_LINES = 12  # a sheet for a session nobody was invited to yet still has lines


class TrainingPrintError(Exception):
    """Nothing to print; ``code``: "no_attendee"."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Attendee:
    name: str
    attended: bool


@dataclass(frozen=True)
class TrainingSheetData:
    """What the sheet and the attestations print of a session."""

    session: TrainingRecord
    attendees: tuple[Attendee, ...]  # by name
    association: str
    address: str | None
    coordinator: str
    logo_path: str | None


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value else None


def load_sheet_data(db: Database, session_id: int) -> TrainingSheetData:
    """The session, its list and the association's header; NotFoundError for an unknown
    session."""
    from mentorat_desktop.core.services.settings import SettingsService

    service = TrainingService(db)
    session = service.get(session_id)
    # An erased member's row stays for the figures, but prints nowhere: it names nobody.
    erased = {i for (i,) in db.query("SELECT id FROM member WHERE erased_at IS NOT NULL")}
    attendees = tuple(
        Attendee(a.full_name, a.attended)
        for a in service.attendance(session_id)
        if a.member_id not in erased
    )
    settings = SettingsService(db).get()
    address = _clean(settings.association_address)
    if address:
        address = "\n".join(line.strip() for line in address.splitlines() if line.strip())
    return TrainingSheetData(
        session,
        attendees,
        settings.association_name.strip(),
        address,
        settings.coordinator_name.strip(),
        _clean(settings.logo_path),
    )


def _paper(db: Database, language: str, paper: str | None) -> str:
    if paper is not None:
        return paper
    from mentorat_desktop.core.services.settings import SettingsService

    return SettingsService(db).get().effective_paper_size(language)


def _write(output: Path, render: object) -> None:
    """Render into a private folder beside ``output``, then put the complete PDF in place
    privately, in one step (as ``core.charters.write_charters`` does)."""
    with private_staging(output.parent) as staging:
        rendered = staging / "training.pdf"
        render(rendered)  # type: ignore[operator]
        with open(rendered, "rb") as source:
            write_private(output, lambda target: shutil.copyfileobj(source, target))


def write_sheet(
    db: Database,
    session_id: int,
    output: Path | str,
    language: str,
    paper: str | None = None,
    *,
    printed_on: dt.date | None = None,
) -> int:
    """Print the sign-in sheet of a session; the number of pages."""
    training_texts(language)  # refuse an unknown language before reading anything
    data = load_sheet_data(db, session_id)
    paper = _paper(db, language, paper)
    # Imported here: reportlab is only loaded when a page is printed.
    from mentorat_desktop.core.training_print.render import render_sheet

    pages: list[int] = []
    _write(
        Path(output),
        lambda path: pages.append(render_sheet(data, path, language, paper, printed_on)),
    )
    return pages[0]


def write_attestations(
    db: Database,
    session_id: int,
    output: Path | str,
    language: str,
    paper: str | None = None,
    *,
    printed_on: dt.date | None = None,
) -> int:
    """Print one attestation page per member who attended; the number of pages.
    TrainingPrintError("no_attendee") before writing anything when nobody attended."""
    training_texts(language)
    data = load_sheet_data(db, session_id)
    if not any(a.attended for a in data.attendees):
        raise TrainingPrintError("no_attendee")
    paper = _paper(db, language, paper)
    # Imported here: reportlab is only loaded when a page is printed.
    from mentorat_desktop.core.training_print.render import render_attestations

    pages: list[int] = []
    _write(
        Path(output),
        lambda path: pages.append(render_attestations(data, path, language, paper, printed_on)),
    )
    return pages[0]
