"""Pair charters (chartes du binôme): gathered from the database, printed to PDF.

    write_charters(db, [12, 15], Path("chartes.pdf"), "fr_FR", copies=2)

Importing this package is cheap: reportlab is loaded on the first charter printed.

A charter holds names, ages and contact details: :func:`write_charters` writes it with
``core.files.write_private`` (readable by its owner only, complete or absent).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mentorat_desktop.core.charters.data import (
    CharterData,
    CharterError,
    CharterObjective,
    CohortGoal,
    is_minor,
    load_charter_data,
)
from mentorat_desktop.core.charters.texts import LANGUAGES, CharterTexts, texts_for

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database

__all__ = [
    "LANGUAGES",
    "CharterData",
    "CharterError",
    "CharterObjective",
    "CharterTexts",
    "CohortGoal",
    "is_minor",
    "load_charter_data",
    "render_charters",
    "texts_for",
    "write_charters",
]


def render_charters(
    charters: list[CharterData],
    output: Path,
    language: str,
    paper: str,
    copies: int = 1,
    *,
    printed_on: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Lay out ``charters`` into one PDF at ``output``; the number of pages written.

    See ``mentorat_desktop.core.charters.render.render_charters`` (imported on first use)."""
    # lazy: reportlab, loaded on the first charter printed
    from mentorat_desktop.core.charters.render import render_charters as render

    return render(
        charters, output, language, paper, copies, printed_on=printed_on, progress=progress
    )


def write_charters(
    db: Database,
    pair_ids: list[int],
    output: Path | str,
    language: str,
    copies: int = 1,
    paper: str | None = None,
    *,
    printed_on: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Print the charters of ``pair_ids`` (in that order) into one PDF; the page count.

    ``paper`` None follows the settings: the chosen size, else Letter for fr_CA and A4
    otherwise. ``printed_on`` (default: today) is the date in the footer, and the one that
    decides whether a participant is a minor (then a parent or guardian co-signs).

    Raises CharterError("pair_not_found") before writing anything when a pair does not
    exist, ValueError for an unknown language or paper size; the output file is only ever
    replaced by a complete PDF, readable by its owner only. OSError propagates, leaving any
    previous file as it was and nothing else behind.

    ``progress(done, total)``, when given, hears how many charter copies are laid out out of
    all of them (before the first, between two, at the end); whatever it raises stops the
    drawing, with no file left behind and any previous one unchanged.
    """
    texts_for(language)  # refuse an unknown language before reading anything
    if paper is None:
        # lazy: the settings service and its SQLAlchemy models, read when a print is asked
        from mentorat_desktop.core.services.settings import SettingsService

        paper = SettingsService(db).get().effective_paper_size(language)
    charters = load_charter_data(db, pair_ids)
    # The renderer writes the PDF straight into write_private's temporary file beside the
    # output: no staging folder, no copy, the file flushed to the disk once.
    return render_charters(
        charters, Path(output), language, paper, copies, printed_on=printed_on, progress=progress
    )
