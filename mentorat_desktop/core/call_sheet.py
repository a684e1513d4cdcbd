"""The call sheet: the pairs to follow up, printed to call them (many seniors have no
e-mail). The texts come translated from the caller; this module only lays them out.

The sheet holds names and phone numbers: it is written with ``core.files.write_private``
(readable by its owner only, complete or absent)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from mentorat_desktop.core.files import write_private


@dataclass(frozen=True)
class CallSheetRow:
    pair: str  # "Mentor & Mentee"
    contacts: str  # names with phone numbers (and e-mails), one per line
    last_session: str
    why: str  # the reasons, one per line
    ask: str  # what to ask


@dataclass(frozen=True)
class CallSheetTexts:
    title: str
    subtitle: str
    pair: str
    contacts: str
    last_session: str
    why: str
    ask: str
    notes: str
    empty: str


def write_call_sheet(
    rows: list[CallSheetRow], texts: CallSheetTexts, output: Path, paper: str = "A4"
) -> int:
    """Write the sheet (landscape, a notes column to write in); returns the page count.

    ``output`` is replaced in one step by the complete PDF; OSError propagates, leaving
    any previous file as it was and nothing else behind."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from mentorat_desktop.core.charters.render import FONT, FONT_BOLD, register_fonts

    register_fonts()
    regular, bold = FONT, FONT_BOLD
    size = landscape(letter if paper == "Letter" else A4)
    style = ParagraphStyle("cell", fontName=regular, fontSize=9, leading=11)
    head = ParagraphStyle("head", fontName=bold, fontSize=9, leading=11)
    title = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19)
    sub = ParagraphStyle("sub", fontName=regular, fontSize=9, leading=12)

    def para(text: str, st: ParagraphStyle = style) -> Paragraph:
        safe = text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>")
        return Paragraph(safe, st)

    story: list[object] = [para(texts.title, title), para(texts.subtitle, sub), Spacer(1, 4 * mm)]
    if not rows:
        story.append(para(texts.empty))
    else:
        data = [
            [
                para(t, head)
                for t in (
                    texts.pair,
                    texts.contacts,
                    texts.last_session,
                    texts.why,
                    texts.ask,
                    texts.notes,
                )
            ]
        ]
        for row in rows:
            data.append(
                [
                    para(row.pair),
                    para(row.contacts),
                    para(row.last_session),
                    para(row.why),
                    para(row.ask),
                    "",
                ]
            )
        width = size[0] - 24 * mm
        table = Table(
            data,
            colWidths=[w * width for w in (0.16, 0.2, 0.09, 0.2, 0.17, 0.18)],
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 10),
                ]
            )
        )
        story.append(table)
    pages = [0]

    def count(canvas: object, _doc: object) -> None:
        pages[0] += 1

    def write(fh: BinaryIO) -> None:
        doc = SimpleDocTemplate(
            fh,
            pagesize=size,
            leftMargin=12 * mm,
            rightMargin=12 * mm,
            topMargin=12 * mm,
            bottomMargin=12 * mm,
            title=texts.title,
            author="Mentorat",
        )
        doc.build(story, onFirstPage=count, onLaterPages=count)

    write_private(Path(output), write)
    return pages[0]
