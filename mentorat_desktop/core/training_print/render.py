"""Laying out a training session's sign-in sheet and attestations as PDF, with reportlab.

The look is the charters' (core/charters/render.py, whose fonts, rules and helpers are
reused): DejaVu Sans embedded as a subset, black on white with thin grey rules, the
association's name and logo in the header, the print date in the footer. The file appears
only once complete: written beside the target under a temporary name, then moved into place.

This module imports reportlab at once; the package imports it only when a page is printed.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
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
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAPER_SIZES,
    RULE,
    RULE_WIDTH,
    SOFT_INK,
    draw_letterhead,
    load_logo,
    long_date,
    markup,
    register_fonts,
)
from mentorat_desktop.core.durations import format_minutes
from mentorat_desktop.core.elision import elide
from mentorat_desktop.core.training_print.data import (
    BLANK_LINES,
    MIN_LINES,
    TrainingSheetData,
)
from mentorat_desktop.core.training_print.texts import TrainingTexts, training_texts

ROW_HEIGHT = 10 * mm  # room to sign
_e = markup


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle(
            "body", fontName=FONT, fontSize=10, leading=13.5, textColor=INK, spaceAfter=2
        )
        self.body = base
        self.title = ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=19, leading=23, spaceAfter=2
        )
        self.centred_title = ParagraphStyle(
            "ctitle", parent=self.title, fontSize=21, leading=26, alignment=TA_CENTER
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=16, spaceAfter=6
        )
        self.letterhead = ParagraphStyle(
            "letterhead", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15, spaceAfter=1
        )
        self.address = ParagraphStyle(
            "address", parent=base, fontSize=9, leading=11.5, textColor=SOFT_INK, spaceAfter=0
        )
        self.large = ParagraphStyle("large", parent=base, fontSize=11.5, leading=17, spaceAfter=6)
        self.bullet = ParagraphStyle(
            "bullet", parent=self.large, leftIndent=12, bulletIndent=2, spaceAfter=1
        )
        self.note = ParagraphStyle(
            "note", parent=base, fontName=FONT_ITALIC, fontSize=8.8, leading=11, spaceAfter=4
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=11.5, spaceAfter=0)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=FONT_BOLD)
        self.signer = ParagraphStyle(
            "signer", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceAfter=0
        )


class _FillLine(Flowable):  # type: ignore[misc]
    """A label, a rule to write on, then an optional text after the rule."""

    def __init__(self, label: str, rule_width: float, after: str = "", size: float = 10.5):
        super().__init__()
        self.label, self.rule_width, self.after, self.size = label, rule_width, after, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 18

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(FONT, self.size)
        canvas.setFillColor(INK)
        canvas.drawString(0, 4, self.label)
        x = pdfmetrics.stringWidth(self.label, FONT, self.size) + 4
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(RULE_WIDTH)
        canvas.line(x, 3, x + self.rule_width, 3)
        if self.after:
            canvas.drawString(x + self.rule_width + 1, 4, self.after)


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    """One page template: the association in the header, the session and print date in the
    footer, with page numbers when ``numbered``."""

    def __init__(
        self,
        filename: str,
        data: TrainingSheetData,
        texts: TrainingTexts,
        language: str,
        printed_on: dt.date,
        numbered: bool,
        **kwargs: Any,
    ) -> None:
        super().__init__(filename, **kwargs)
        self.data, self.texts, self.language = data, texts, language
        self.printed_on, self.numbered = printed_on, numbered
        self.logo = load_logo(data.logo_path)
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Any, _doc: Any) -> None:
        texts = self.texts
        parts = [
            texts.session_number.format(id=self.data.session.id),
            texts.footer_printed.format(date=long_date(self.printed_on, self.language)),
        ]
        draw_letterhead(
            canvas,
            self.pagesize,
            self.leftMargin,
            self.pagesize[0] - self.rightMargin,
            name=self.data.association or texts.default_author,
            logo=self.logo,
            footer=" · ".join(parts),
            page=texts.footer_page.format(page=self.page) if self.numbered else None,
        )


def _render(
    data: TrainingSheetData,
    output: Path,
    language: str,
    paper: str,
    printed_on: dt.date | None,
    *,
    title: str,
    subject: str,
    numbered: bool,
    story: Callable[[TrainingTexts, float], list[Any]],
) -> int:
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}")
    texts = training_texts(language)
    register_fonts()
    output = Path(output)
    fd, temp_name = tempfile.mkstemp(
        prefix=f".{output.stem}-", suffix=".pdf.part", dir=output.parent
    )
    os.close(fd)
    try:
        doc = _Doc(
            temp_name,
            data,
            texts,
            language,
            printed_on or dt.date.today(),
            numbered,
            pagesize=PAPER_SIZES[paper],
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=data.association or texts.default_author,
            subject=subject,
            creator="Mentorat",
            lang=texts.pdf_lang,
            displayDocTitle=True,
            initialFontName=FONT,
            pageCompression=1,
        )
        doc.build(story(texts, doc.width))
        pages = int(doc.page)
        os.replace(temp_name, output)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return pages


def _facts(data: TrainingSheetData, t: TrainingTexts, language: str, s: _Styles) -> Table:
    """Date, duration, place, trainer and topics of the session, as label / value rows."""
    session = data.session
    rows: list[tuple[str, str]] = [
        (t.date_label, long_date(session.held_on, language)),
        (t.duration_label, format_minutes(session.duration_minutes, language)),
    ]
    if session.place:
        rows.append((t.place_label, session.place))
    if session.trainer:
        rows.append((t.trainer_label, session.trainer))
    if session.topics:
        rows.append((t.topics_label, " · ".join(_lines(session.topics))))
    table = Table(
        [
            [Paragraph(_e(label + t.colon.rstrip()), s.cell_head), Paragraph(_e(value), s.cell)]
            for label, value in rows
        ],
        colWidths=[48 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _lines(text: str) -> list[str]:
    return [line.strip(" -•\t") for line in text.splitlines() if line.strip(" -•\t")]


def _signature_boxes(labels: list[str], width: float, s: _Styles) -> Table:
    table = Table(
        [[Paragraph(_e(label), s.cell_head) for label in labels], ["" for _ in labels]],
        colWidths=[width / len(labels)] * len(labels),
        rowHeights=[None, 24 * mm],
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
    ]
    for column in range(len(labels)):
        commands.append(("BOX", (column, 0), (column, 1), RULE_WIDTH, RULE))
    table.setStyle(TableStyle(commands))
    return table


def render_sheet(
    data: TrainingSheetData,
    output: Path,
    language: str,
    paper: str,
    printed_on: dt.date | None = None,
) -> int:
    """Write the sign-in sheet of one session at ``output``; the number of pages."""
    s = _Styles()
    full_day = data.session.full_day

    def story(t: TrainingTexts, width: float) -> list[Any]:
        flow: list[Any] = [
            Paragraph(_e(t.sheet_title), s.title),
            Paragraph(_e(data.session.title), s.subtitle),
            _facts(data, t, language, s),
            Spacer(1, 4 * mm),
        ]
        if full_day:
            flow.append(Paragraph(_e(t.full_day_note), s.note))
        flow.append(Paragraph(_e(t.sheet_note), s.note))
        head = [t.col_number, t.col_name]
        head += [t.col_morning, t.col_afternoon] if full_day else [t.col_signature]
        names = [a.name for a in data.attendees]
        count = max(len(names) + BLANK_LINES, MIN_LINES)
        rows: list[list[Any]] = [[Paragraph(_e(h), s.cell_head) for h in head]]
        for n in range(count):
            name = names[n] if n < len(names) else ""
            rows.append([str(n + 1), Paragraph(_e(name), s.cell), *[""] * (len(head) - 2)])
        number_w, name_w = 11 * mm, width * 0.42
        rest = width - number_w - name_w
        signs = len(head) - 2
        table = Table(
            rows,
            colWidths=[number_w, name_w, *[rest / signs] * signs],
            rowHeights=[None, *[ROW_HEIGHT] * count],
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 9.5),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (0, 1), (0, -1), "RIGHT"),
                    ("GRID", (0, 0), (-1, -1), RULE_WIDTH, RULE),
                    ("LINEBELOW", (0, 0), (-1, 0), 1.0, INK),
                    ("TOPPADDING", (0, 0), (-1, 0), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                ]
            )
        )
        flow.append(table)
        flow.append(
            KeepTogether(
                [
                    Spacer(1, 5 * mm),
                    _FillLine(t.attendees_count + t.colon.rstrip(), 30 * mm),
                    Spacer(1, 3 * mm),
                    _signature_boxes([t.trainer_signature, t.coordinator_signature], width, s),
                ]
            )
        )
        return flow

    texts = training_texts(language)
    return _render(
        data,
        output,
        language,
        paper,
        printed_on,
        title=texts.doc_title_sheet.format(title=data.session.title),
        subject=texts.sheet_subject,
        numbered=True,
        story=story,
    )


def render_attestations(
    data: TrainingSheetData,
    output: Path,
    language: str,
    paper: str,
    printed_on: dt.date | None = None,
) -> int:
    """Write one attestation page per member who attended; the number of pages."""
    s = _Styles()
    session = data.session
    day = printed_on or dt.date.today()

    def one(t: TrainingTexts, width: float, name: str) -> list[Any]:
        association = data.association or t.default_author
        values = {
            "coordinator": data.coordinator,
            "association": association,
            "name": f"<b>{_e(name)}</b>",
            "title": _e(session.title),
            "date": long_date(session.held_on, language),
            "duration": format_minutes(session.duration_minutes, language).replace(" ", "\u00a0"),
        }
        body = t.attestation_body if data.coordinator else t.attestation_body_no_coordinator
        # French elides before a vowel sound ("atteste qu’Anaïs", "d’Entre-Âges"): judged
        # on the plain name, before the markup. The sentence is then escaped, and filled
        # with values escaped on their own (the name in bold).
        body = elide(body, {"name": name, "association": association})
        text = _e(body).format(
            **{k: v if k in ("name", "title") else _e(v) for k, v in values.items()}
        )
        flow: list[Any] = [Paragraph(_e(association), s.letterhead)]
        if data.address:
            flow += [Paragraph(_e(line), s.address) for line in data.address.splitlines()]
        flow += [
            Spacer(1, 22 * mm),
            Paragraph(_e(t.attestation_title), s.centred_title),
            Spacer(1, 14 * mm),
            Paragraph(text, s.large),
        ]
        if session.place:
            flow.append(Paragraph(_e(t.attestation_place.format(place=session.place)), s.large))
        if session.trainer:
            flow.append(
                Paragraph(_e(t.attestation_trainer.format(trainer=session.trainer)), s.large)
            )
        topics = _lines(session.topics or "")
        if topics:
            flow.append(Paragraph(_e(t.attestation_topics), s.large))
            flow += [Paragraph(_e(topic), s.bullet, bulletText="•") for topic in topics]
        if t.attestation_closing:
            flow += [Spacer(1, 3 * mm), Paragraph(_e(t.attestation_closing), s.large)]
        flow += [
            Spacer(1, 14 * mm),
            _FillLine(t.done_at, 45 * mm, t.done_on.format(date=long_date(day, language))),
            Spacer(1, 8 * mm),
        ]
        signer = [
            Paragraph(_e(data.coordinator), s.signer) if data.coordinator else Spacer(1, 13),
            Paragraph(_e(t.coordination), s.body),
        ]
        box = Table(
            [[signer], [""]],
            colWidths=[width * 0.45],
            rowHeights=[None, 26 * mm],
            hAlign="RIGHT",
        )
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), RULE_WIDTH, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        flow.append(KeepTogether([box]))
        return flow

    def story(t: TrainingTexts, width: float) -> list[Any]:
        flow: list[Any] = []
        for attendee in data.attendees:
            if not attendee.attended:
                continue
            if flow:
                flow.append(PageBreak())
            flow += one(t, width, attendee.name)
        return flow

    texts = training_texts(language)
    return _render(
        data,
        output,
        language,
        paper,
        printed_on,
        title=texts.doc_title_attestations.format(title=session.title),
        subject=texts.attestation_subject,
        numbered=False,
        story=story,
    )
