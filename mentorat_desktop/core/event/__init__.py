"""At the event, offline: speed-meeting rounds (``rota``), the members present (``people``),
and the printed rota (:func:`write_rota`; reportlab is loaded only when a rota is printed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from mentorat_desktop.core.event.rota import Present, Rota
from mentorat_desktop.core.event.texts import texts_for
from mentorat_desktop.core.files import write_private
from mentorat_desktop.core.services.settings import SettingsService

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database


def write_rota(
    db: Database,
    rota: Rota,
    people: list[Present],
    output: Path | str,
    language: str,
    paper: str | None = None,
    *,
    printed_on: dt.date | None = None,
) -> int:
    """Print the rota into the PDF ``output`` (the paper follows the settings when None);
    the number of pages. The file holds names: it is written readable by its owner only,
    complete or not at all. ValueError for an unknown language or paper size."""
    texts_for(language)  # refuse an unknown language before anything else
    settings = SettingsService(db).get()
    # lazy: reportlab (through render), loaded only when a rota is printed
    from mentorat_desktop.core.event.render import render_rota

    pdf, pages = render_rota(
        rota,
        people,
        language,
        paper or settings.effective_paper_size(language),
        settings.association_name,
        settings.logo_path,
        printed_on,
    )
    write_private(Path(output), lambda target: target.write(pdf))
    return pages
