"""Printed pages of a mentor training session: its sign-in sheet and the attestations of
those who attended, as PDF (no Qt).

    write_sheet(db, 3, Path("emargement.pdf"), "fr_FR")
    write_attestations(db, 3, Path("attestations.pdf"), "fr_CA")

Importing this package is cheap: reportlab is loaded on the first page printed
(``render.py``); what the pages show is read in ``data.py``, which both import. The pages
hold names: they are written with ``core.files.write_private`` (readable by their owner
only, complete or absent), like the charters.

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
from pathlib import Path
from typing import TYPE_CHECKING

from mentorat_desktop.core.files import private_staging, write_private
from mentorat_desktop.core.services.settings import SettingsService
from mentorat_desktop.core.training_print.data import (
    BLANK_LINES,
    MIN_LINES,
    Attendee,
    TrainingPrintError,
    TrainingSheetData,
    load_sheet_data,
)
from mentorat_desktop.core.training_print.texts import LANGUAGES, training_texts

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database

__all__ = [
    "BLANK_LINES",
    "LANGUAGES",
    "MIN_LINES",
    "Attendee",
    "TrainingPrintError",
    "TrainingSheetData",
    "load_sheet_data",
    "write_attestations",
    "write_sheet",
]


def _paper(db: Database, language: str, paper: str | None) -> str:
    if paper is not None:
        return paper
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
    # lazy: reportlab (through render), loaded when a page is printed
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
    # lazy: reportlab (through render), loaded when a page is printed
    from mentorat_desktop.core.training_print.render import render_attestations

    pages: list[int] = []
    _write(
        Path(output),
        lambda path: pages.append(render_attestations(data, path, language, paper, printed_on)),
    )
    return pages[0]
