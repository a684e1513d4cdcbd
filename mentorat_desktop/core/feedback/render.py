"""Drawing the feedback questionnaire with reportlab: one page for the mentor and one for
the mentee of each pair, or a blank pair of pages to fill in by hand.

Imported only when a questionnaire is printed (reportlab is heavy). Black on white, large
numbers to circle, lines to write on: it is photocopied and filled in with a pen.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from mentorat_desktop.core.charters.render import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.feedback.rounds import CheckinRound
from mentorat_desktop.core.feedback.texts import QuestionnaireTexts

PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}


@dataclass(frozen=True)
class PairSheet:
    """Who the two pages of a pair are for; None for a blank questionnaire."""

    number: int
    mentor: str
    mentee: str


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}".strip()
        if line and pdfmetrics.stringWidth(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def render_questionnaires(
    sheets: list[PairSheet | None],
    texts: QuestionnaireTexts,
    paper: str,
    association: str,
    checkin: CheckinRound | None = None,
) -> tuple[bytes, int]:
    """The PDF and its number of pages: for each sheet, the mentor's page then the
    mentee's."""
    register_fonts()
    size = PAPER_SIZES.get(paper, A4)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=size, lang=texts.pdf_lang)
    canvas.setTitle(texts.doc_title)
    canvas.setSubject(texts.doc_title)
    if association:
        canvas.setAuthor(association)
    pages = 2 * len(sheets)
    page = 0
    for sheet in sheets:
        for role in (Role.MENTOR, Role.MENTEE):
            page += 1
            _page(canvas, size, texts, association, sheet, role, checkin, page, pages)
            canvas.showPage()
    canvas.save()
    return out.getvalue(), pages


def _page(
    canvas: Canvas,
    size: tuple[float, float],
    texts: QuestionnaireTexts,
    association: str,
    sheet: PairSheet | None,
    role: Role,
    checkin: CheckinRound | None,
    page: int,
    pages: int,
) -> None:
    width, height = size
    left, right = 20 * mm, width - 20 * mm
    text_width = right - left
    y = height - 20 * mm
    black = (0, 0, 0)
    canvas.setFillColorRGB(*black)
    if association:
        canvas.setFont(FONT, 9)
        canvas.drawString(left, y, association)
        y -= 8 * mm
    title = texts.title_mentor if role is Role.MENTOR else texts.title_mentee
    canvas.setFont(FONT_BOLD, 16)
    for line in _wrap(title, FONT_BOLD, 16, text_width):
        canvas.drawString(left, y, line)
        y -= 7 * mm
    y -= 2 * mm

    # Who, when, which check-in: printed when known, a line to fill in otherwise.
    canvas.setFont(FONT, 10.5)

    def field(label: str, value: str | None, x: float, y: float, end: float) -> None:
        caption = label + texts.colon.rstrip() + " "
        canvas.drawString(x, y, caption)
        start = x + pdfmetrics.stringWidth(caption, FONT, 10.5)
        if value:
            canvas.setFont(FONT_BOLD, 10.5)
            canvas.drawString(start, y, value)
            canvas.setFont(FONT, 10.5)
        else:
            canvas.setLineWidth(0.5)
            canvas.line(start, y - 1.5, end, y - 1.5)

    if sheet is not None:
        canvas.setFont(FONT_BOLD, 11)
        line = texts.pair_line.format(number=sheet.number, mentor=sheet.mentor, mentee=sheet.mentee)
        for part in _wrap(line, FONT_BOLD, 11, text_width):
            canvas.drawString(left, y, part)
            y -= 6 * mm
        canvas.setFont(FONT, 10.5)
    else:
        field(texts.name_label, None, left, y, left + text_width * 0.62)
        field(texts.pair_label, None, left + text_width * 0.68, y, right)
        y -= 8 * mm
    field(texts.date_label, None, left, y, left + text_width * 0.4)
    field(
        texts.checkin_label,
        texts.checkins[checkin] if checkin is not None else None,
        left + text_width * 0.46,
        y,
        right,
    )
    y -= 10 * mm

    canvas.setFont(FONT_ITALIC, 9.5)
    for line in _wrap(texts.intro, FONT_ITALIC, 9.5, text_width):
        canvas.drawString(left, y, line)
        y -= 4.6 * mm
    y -= 4 * mm

    questions = texts.questions_mentor if role is Role.MENTOR else texts.questions_mentee
    box = 8.5 * mm
    gap = 4 * mm
    scale_width = 5 * box + 4 * gap
    scale_left = right - scale_width
    question_width = scale_left - left - 6 * mm
    for number, question in enumerate(questions, start=1):
        lines = _wrap(f"{number}. {question}", FONT, 10.5, question_width)
        block = max(len(lines) * 5 * mm, box + 5 * mm)
        top = y
        canvas.setFont(FONT, 10.5)
        for k, line in enumerate(lines):
            canvas.drawString(left, top - k * 5 * mm, line)
        # Five numbers in circles, the words of the two ends under 1 and 5.
        cy = top - box / 2 + 3.5 * mm
        canvas.setLineWidth(0.8)
        for k in range(5):
            cx = scale_left + k * (box + gap) + box / 2
            canvas.circle(cx, cy, box / 2, stroke=1, fill=0)
            canvas.setFont(FONT_BOLD, 12)
            canvas.drawCentredString(cx, cy - 4.2, str(k + 1))
        canvas.setFont(FONT, 7)
        canvas.drawCentredString(scale_left + box / 2, cy - box / 2 - 3 * mm, texts.scale_low)
        canvas.drawCentredString(right - box / 2, cy - box / 2 - 3 * mm, texts.scale_high)
        y = top - block - 5 * mm
        canvas.setLineWidth(0.3)
        canvas.setDash(1, 2)
        canvas.line(left, y + 6 * mm, right, y + 6 * mm)
        canvas.setDash()

    y -= 3 * mm
    canvas.setFont(FONT_BOLD, 10.5)
    for line in _wrap(texts.free_text, FONT_BOLD, 10.5, text_width):
        canvas.drawString(left, y, line)
        y -= 5 * mm
    bottom = 32 * mm
    canvas.setLineWidth(0.5)
    y -= 5 * mm
    while y > bottom:
        canvas.line(left, y, right, y)
        y -= 9 * mm

    canvas.setFont(FONT_BOLD, 10.5)
    canvas.drawString(left, 22 * mm, texts.thanks)
    canvas.setFont(FONT, 8)
    canvas.drawRightString(right, 12 * mm, texts.footer.format(page=page, pages=pages))
