"""Laying out the speed-meeting rota as a PDF: a sheet per table (to leave on it) and a grid
per person (where to sit in each round), in the charters' font, with the association at the
top of each page. Readable in black and white.

This module imports reportlab at once; ``core.event.write_rota`` imports it only when a rota
is printed.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mentorat_desktop.core.charters.render import (
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    PAPER_SIZES,
    draw_letterhead,
    fit_text,
    load_logo,
    long_date,
    markup,
    register_fonts,
)
from mentorat_desktop.core.event.rota import Present, Rota
from mentorat_desktop.core.event.texts import RotaTexts, texts_for
from mentorat_desktop.core.formatting import format_number
from mentorat_desktop.core.text import fold

INK = colors.black
SOFT_INK = colors.HexColor("#333333")
RULE = colors.HexColor("#8c8c8c")
SHADE = colors.HexColor("#ececec")
MARGIN_X = 16 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 18 * mm


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        target: Any,
        association: str,
        logo: ImageReader | None,
        footer: str,
        texts: RotaTexts,
        **kwargs: Any,
    ) -> None:
        super().__init__(target, **kwargs)
        self.association = association
        self.logo = logo
        self.footer = footer
        self.texts = texts
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Any, _doc: Any) -> None:
        draw_letterhead(
            canvas,
            self.pagesize,
            self.leftMargin,
            self.pagesize[0] - self.rightMargin,
            name=self.association,
            logo=self.logo,
            footer=self.footer,
            page=self.texts.footer_page.format(page=self.page),
        )


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13, textColor=INK)
    return {
        "body": body,
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=6
        ),
        "note": ParagraphStyle(
            "note", parent=body, fontName=FONT_ITALIC, fontSize=9, leading=12, textColor=SOFT_INK
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "table": ParagraphStyle(
            "table",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=16,
            leading=20,
            spaceBefore=10,
            spaceAfter=3,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=10, leading=12.5),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=FONT_BOLD, fontSize=10, leading=12.5
        ),
        "grid": ParagraphStyle("grid", parent=body, fontSize=8.5, leading=10.5),
        "grid_bold": ParagraphStyle(
            "grid_bold", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=10.5
        ),
    }


_TABLE_STYLE = [
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


_PLAIN_STYLE = [
    *_TABLE_STYLE,
    ("FONTNAME", (0, 1), (-1, -1), FONT),
    ("FONTSIZE", (0, 1), (-1, -1), 10),
]


def render_rota(
    rota: Rota,
    people: list[Present],
    language: str,
    paper: str,
    association: str = "",
    logo_path: str | None = None,
    printed_on: dt.date | None = None,
) -> tuple[bytes, int]:
    """The rota as PDF bytes, and its number of pages."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}")
    t = texts_for(language)
    register_fonts()
    s = _styles()
    names = {p.member_id: p.name for p in people}
    today = printed_on or dt.date.today()

    def p(text: str, style: str = "body") -> Paragraph:
        return Paragraph(markup(text), s[style])

    def n(value: int) -> str:
        return format_number(value, language, 0)

    footer = f"{t.title} · {t.printed_on.format(date=long_date(today, language))}"
    buffer = io.BytesIO()
    doc = _Doc(
        buffer,
        association,
        load_logo(logo_path),
        footer,
        t,
        pagesize=PAPER_SIZES[paper],
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=t.title,
        author=association or "Mentorat",
        subject=t.subject,
        creator="Mentorat",
        lang=t.pdf_lang,
        displayDocTitle=True,
        initialFontName=FONT,
        pageCompression=1,
    )
    width = doc.width
    held = len(rota.rounds)
    story: list[Any] = [
        p(t.title, "title"),
        p(
            t.summary.format(
                people=n(len(rota.older) + len(rota.younger)),
                rounds=n(held),
                tables=n(rota.tables),
            )
        ),
    ]
    if not rota.rounds:
        story.append(p(t.nobody))
    else:
        if held < rota.rounds_asked:
            story.append(p(t.fewer_rounds.format(asked=n(rota.rounds_asked), held=n(held))))
        if len(rota.older) == len(rota.younger):
            story.append(p(t.how_it_works_even))
        elif rota.older_moves:
            story.append(p(t.how_it_works_older_moves))
        else:
            story.append(p(t.how_it_works))
        story.append(p(t.by_table, "h1"))
        # One block per table, kept on one page: it can be cut out and left on the table.
        widths = [width * 0.14, width * 0.43, width * 0.43]
        for table in range(1, rota.tables + 1):
            rows: list[list[Any]] = [
                [
                    p(t.round_head, "cell_bold"),
                    p(t.older_head, "cell_bold"),
                    p(t.younger_head, "cell_bold"),
                ]
            ]
            for round_ in rota.rounds:
                # Plain strings (cut to their column) rather than paragraphs: a rota of 60
                # people holds hundreds of cells, and a paragraph costs ten times more.
                meeting = round_[table - 1]
                rows.append(
                    [
                        n(meeting.round),
                        fit_text(names.get(meeting.older, ""), FONT, 10, widths[1] - 6),
                        fit_text(names.get(meeting.younger, ""), FONT, 10, widths[2] - 6),
                    ]
                )
            grid = Table(rows, colWidths=widths, hAlign="LEFT", style=TableStyle(_PLAIN_STYLE))
            story.append(KeepTogether([p(t.table.format(n=n(table)), "table"), grid]))
        story.append(PageBreak())
        story += _by_person(rota, people, t, s, width, language)
    doc.build(story)
    return buffer.getvalue(), int(doc.page)


def _by_person(
    rota: Rota,
    people: list[Present],
    t: RotaTexts,
    s: dict[str, ParagraphStyle],
    width: float,
    language: str,
) -> list[Any]:
    names = {p.member_id: p.name for p in people}
    held = len(rota.rounds)

    def n(value: int) -> str:
        return format_number(value, language, 0)

    side_w = width * 0.11
    round_w = min(14 * mm, (width * 0.55) / held)
    name_w = width - side_w - round_w * held
    header = [
        Paragraph(markup(t.person_head), s["grid_bold"]),
        Paragraph(markup(t.side_head), s["grid_bold"]),
        *(Paragraph(markup(t.round_n.format(n=n(r))), s["grid_bold"]) for r in range(1, held + 1)),
    ]
    rows: list[list[Any]] = [header]
    everyone = sorted(
        [(m, t.older_side) for m in rota.older] + [(m, t.younger_side) for m in rota.younger],
        key=lambda item: fold(names.get(item[0], "")),
    )
    shaded: list[tuple[Any, ...]] = []
    for member_id, side in everyone:
        cells = [fit_text(names.get(member_id, ""), FONT, 8.5, name_w - 6), side]
        for index, meeting in enumerate(rota.schedule_of(member_id)):
            if meeting is None:
                cells.append(t.sits_out)
                shaded.append(("BACKGROUND", (2 + index, len(rows)), (2 + index, len(rows)), SHADE))
            else:
                cells.append(n(meeting.table))
        rows.append(cells)
    style = [
        *_TABLE_STYLE,
        ("FONTNAME", (0, 1), (1, -1), FONT),
        ("FONTNAME", (2, 1), (-1, -1), FONT_BOLD),
        ("FONTSIZE", (0, 1), (-1, -1), 8.5),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        *shaded,
    ]
    grid = Table(
        rows,
        colWidths=[name_w, side_w, *([round_w] * held)],
        hAlign="LEFT",
        repeatRows=1,
        style=TableStyle(style),
    )
    story: list[Any] = [
        Paragraph(markup(t.by_person), s["h1"]),
        grid,
        Spacer(1, 4),
        Paragraph(markup(t.legend), s["note"]),
    ]
    for index in range(1, held + 1):
        out = [names.get(m, "") for m in rota.sitting_out(index)]
        if out:
            story.append(
                Paragraph(
                    markup(
                        f"{t.round_n.format(n=n(index))} · "
                        + t.sitting_out_line.format(names=", ".join(out))
                    ),
                    s["note"],
                )
            )
    return story
