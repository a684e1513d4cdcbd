"""The activity report for the board and the funders: figures for a period, and their PDF.

    data = indicators(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31), cohort="Printemps 2026")
    write_report(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31), Path("rapport.pdf"), "fr_FR")

Importing this package is cheap: reportlab is loaded on the first report printed. The
figures come from the same functions as the dashboard and the follow-up (``figures``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from mentorat_desktop.core.files import write_private
from mentorat_desktop.core.report.figures import (
    Indicators,
    Learned,
    ReportError,
    find_cohort,
    indicators,
)
from mentorat_desktop.core.report.texts import LANGUAGES, ReportTexts, texts_for
from mentorat_desktop.core.services.settings import SettingsService

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database

__all__ = [
    "LANGUAGES",
    "Indicators",
    "Learned",
    "ReportError",
    "ReportTexts",
    "find_cohort",
    "indicators",
    "texts_for",
    "write_report",
]


def write_report(
    db: Database,
    start: dt.date,
    end: dt.date,
    output: Path | str,
    language: str,
    cohort: str | None = None,
    *,
    paper: str | None = None,
    today: dt.date | None = None,
    names: bool = False,
    group_id: int | None = None,
) -> int:
    """Print the activity report from ``start`` to ``end`` (both included), for ``cohort``
    (a cohort's name) or every pair, of the local group ``group_id`` or of all, into the PDF
    ``output``; the number of pages (the cover and the footer say which group).

    ``paper`` None follows the settings (Letter in Québec, A4 elsewhere, unless chosen).
    Raises ReportError (period_reversed, cohort_unknown) and ValueError (language) before
    writing anything; the output is only ever replaced by a complete PDF, readable by its
    owner only. OSError propagates, leaving any previous file as it was."""
    texts_for(language)  # refuse an unknown language before reading anything
    settings = SettingsService(db).get()
    data = indicators(db, start, end, cohort, today=today, names=names, group_id=group_id)
    # lazy: reportlab (through render), loaded only when a report is printed
    from mentorat_desktop.core.report.render import render_report

    pdf, pages = render_report(
        data,
        language,
        paper or settings.effective_paper_size(language),
        settings.association_name,
        settings.logo_path,
    )
    write_private(Path(output), lambda target: target.write(pdf))
    return pages
