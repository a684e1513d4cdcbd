"""The call sheet: the pairs to follow up, printed to call them (many seniors have no
e-mail). The texts come translated from the caller; this module only lays them out.

The sheet holds names and phone numbers: it is written with ``core.files.write_private``
(readable by its owner only, complete or absent).

Phone numbers and e-mail addresses are never broken across lines (``contact_markup``): a
phone number's spaces become no-break spaces and its hyphens no-break hyphens; an address is
set smaller when it is wider than its column (down to ``MIN_ADDRESS_SIZE`` points) and only
past that, as a last resort, goes on after its "@"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from mentorat_desktop.core.files import write_private

CELL_SIZE = 9.0
"""The size of the text in the table, in points."""
MIN_ADDRESS_SIZE = 6.0
"""An e-mail address too wide for its column is set smaller, down to this size."""
CELL_PADDING = 6.0
"""reportlab's padding on each side of a table cell, in points."""

# A phone number: digits with spaces, dots, hyphens, slashes or brackets between them
# (never across a line), at least 7 characters from its first digit (or "+") to its last.
_PHONE = re.compile(r"(?:\+|\(?)\d[\d ().\-/\u00a0\u202f]{5,}\d")
_EMAIL = re.compile(r"[^\s@<>&]+@[^\s@<>&]+")
NO_BREAK_SPACE = "\u00a0"
NO_BREAK_HYPHEN = "\u2011"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unbreakable_phone(phone: str) -> str:
    """The phone number with no-break spaces and hyphens: it stays on one line."""
    return (
        phone.replace(" ", NO_BREAK_SPACE)
        .replace("\u202f", NO_BREAK_SPACE)
        .replace("-", NO_BREAK_HYPHEN)
    )


def contact_markup(text: str, font: str, width: float, size: float = CELL_SIZE) -> str:
    """reportlab markup for ``text`` (lines of names, phone numbers and e-mail addresses)
    in a column ``width`` points wide: phone numbers unbreakable, each address on one line,
    set smaller when it would not fit (see the module)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth  # lazy: reportlab, when printing

    lines = []
    for line in text.split("\n"):
        parts: list[str] = []
        last = 0
        for match in re.finditer(f"{_EMAIL.pattern}|{_PHONE.pattern}", line):
            parts.append(_escape(line[last : match.start()]))
            found = match.group()
            if "@" in found:
                parts.append(_address_markup(found, font, width, size, stringWidth))
            else:
                parts.append(_escape(unbreakable_phone(found)))
            last = match.end()
        parts.append(_escape(line[last:]))
        lines.append("".join(parts))
    return "<br/>".join(lines)


def _address_markup(
    address: str, font: str, width: float, size: float, string_width: Callable[..., float]
) -> str:
    wide = string_width(address, font, size)
    if wide <= width:
        return _escape(address)
    smaller = max(MIN_ADDRESS_SIZE, int(size * width / wide * 10) / 10)
    text = _escape(address)
    if string_width(address, font, smaller) > width:  # a last resort: on after the "@"
        text = text.replace("@", "@<br/>", 1)
    return f'<font size="{smaller:g}">{text}</font>'


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
    # lazy: reportlab (and the charters' renderer, which imports it), loaded when printing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    # lazy: the charters' renderer imports reportlab
    from mentorat_desktop.core.charters.render import FONT, FONT_BOLD, register_fonts

    register_fonts()
    regular, bold = FONT, FONT_BOLD
    size = landscape(letter if paper == "Letter" else A4)
    style = ParagraphStyle("cell", fontName=regular, fontSize=CELL_SIZE, leading=11)
    # Contacts: never a word split in its middle (addresses are made to fit instead).
    contact_style = ParagraphStyle("contact", parent=style, splitLongWords=False)
    head = ParagraphStyle("head", fontName=bold, fontSize=9, leading=11)
    title = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19)
    sub = ParagraphStyle("sub", fontName=regular, fontSize=9, leading=12)

    def para(text: str, st: ParagraphStyle = style) -> Paragraph:
        safe = text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>")
        return Paragraph(safe, st)

    width = size[0] - 24 * mm
    shares = (0.14, 0.26, 0.09, 0.2, 0.15, 0.16)
    contacts_width = shares[1] * width - 2 * CELL_PADDING
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
                    Paragraph(contact_markup(row.contacts, regular, contacts_width), contact_style),
                    para(row.last_session),
                    para(row.why),
                    para(row.ask),
                    "",
                ]
            )
        table = Table(
            data,
            colWidths=[w * width for w in shares],
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
