"""Feedback rounds: check-ins planned for each pair, a printable questionnaire for events
with no network, and its answers typed back (``core.services.feedback``).

Importing this package is cheap: reportlab is loaded only when a questionnaire is printed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mentorat_desktop.core.errors import NotFoundError
from mentorat_desktop.core.feedback.rounds import CheckinRound, checkin_dates, due_checkin
from mentorat_desktop.core.feedback.texts import texts_for
from mentorat_desktop.core.files import write_private
from mentorat_desktop.core.services.settings import SettingsService
from mentorat_desktop.core.sql import in_json_ids

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database

__all__ = ["CheckinRound", "checkin_dates", "due_checkin", "write_questionnaires"]


def write_questionnaires(
    db: Database,
    output: Path | str,
    language: str,
    pair_ids: Sequence[int] | None = None,
    *,
    checkin: CheckinRound | None = None,
    paper: str | None = None,
) -> int:
    """Print the feedback questionnaire into the PDF ``output``: for each pair of
    ``pair_ids`` (in that order) a page for its mentor then one for its mentee, their names
    and the pair's number printed; with no pairs, one blank page for each, to fill in by
    hand. ``checkin`` prints which check-in it is. The number of pages.

    ``paper`` None follows the settings (Letter in Québec). Raises ValueError (language)
    and NotFoundError (a pair) before writing anything; the output is only ever replaced by
    a complete PDF, readable by its owner only."""
    texts = texts_for(language)
    settings = SettingsService(db).get()
    names: dict[int, tuple[str, str]] = {}
    if pair_ids:
        for pair_id, mentor, mentee in db.query(
            "SELECT p.id, trim(mr.first_name || ' ' || mr.last_name), "
            "trim(me.first_name || ' ' || me.last_name) FROM pair p "
            "JOIN member mr ON mr.id = p.mentor_id JOIN member me ON me.id = p.mentee_id "
            f"WHERE {in_json_ids('p.id', db.dialect)}",
            (json.dumps(list(pair_ids)),),
        ):
            names[int(pair_id)] = (str(mentor), str(mentee))
    missing = [p for p in pair_ids or () if p not in names]
    if missing:
        raise NotFoundError(missing[0])
    # lazy: reportlab (through render), loaded only when a questionnaire is printed
    from mentorat_desktop.core.feedback.render import PairSheet, render_questionnaires

    sheets: list[PairSheet | None] = (
        [PairSheet(p, *names[p]) for p in pair_ids] if pair_ids else [None]
    )
    pdf, pages = render_questionnaires(
        sheets,
        texts,
        paper or settings.effective_paper_size(language),
        settings.association_name,
        checkin,
    )
    write_private(Path(output), lambda target: target.write(pdf))
    return pages
