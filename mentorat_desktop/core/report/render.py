"""Long on purpose (about 700 lines): every page and chart of the activity report.
Why: every page of the activity report and its charts, laid out in one document.

Laying out the activity report as a PDF, with reportlab's platypus and graphics.

A cover (association, logo, period, cohort), pages of figures with simple bar charts that
read in black and white (grey levels, every bar labelled with its value), and a last page
that says in plain words what each figure counts. DejaVu Sans, embedded, as the charters.

This module imports reportlab at once; the package imports it only when a report is printed.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from typing import Any

from babel.dates import format_date as babel_format_date
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
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
    PAPER_SIZES,
    draw_letterhead,
    load_logo,
    long_date,
    markup,
    register_fonts,
)
from mentorat_desktop.core.charters.texts import NBSP
from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.enums import Direction, EndReason, Outcome, Role
from mentorat_desktop.core.followup import month_end
from mentorat_desktop.core.formatting import babel_locale, format_date, format_hours, format_number
from mentorat_desktop.core.report.figures import GENERATION_ORDER, Indicators
from mentorat_desktop.core.report.texts import ReportTexts, texts_for

INK = colors.black
SOFT_INK = colors.HexColor("#333333")
RULE = colors.HexColor("#8c8c8c")
DARK_FILL = colors.HexColor("#404040")  # mentors, hours: prints as a dark grey
LIGHT_FILL = colors.HexColor("#bfbfbf")  # mentees: a light grey, outlined in black
TILE_FILL = colors.HexColor("#f0f0f0")
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 18 * mm
COVER_LOGO_H = 30 * mm
COVER_LOGO_W = 80 * mm


class _Formats:
    """Numbers, shares, hours and dates in the report's language."""

    def __init__(self, language: str, texts: ReportTexts) -> None:
        self.language = language
        self.texts = texts

    def count(self, value: int) -> str:
        return format_number(value, self.language, 0)

    def hours(self, value: float) -> str:
        return format_hours(value, self.language).replace(" ", NBSP)

    def share(self, value: float | None) -> str:
        if value is None:
            return self.texts.not_counted
        number = format_number(value * 100, self.language, 0)
        return f"{number}{NBSP}%" if self.language.startswith("fr") else f"{number}%"

    def score(self, value: float | None, count: int) -> tuple[str, str]:
        if value is None or count == 0:
            return "–", self.texts.no_answer
        text = self.texts.out_of_five.format(value=format_number(value, self.language, 1))
        answers = (
            self.texts.answers_one if count == 1 else self.texts.answers.format(n=self.count(count))
        )
        return text, answers

    def of(self, n: int, total: int) -> str:
        return self.texts.n_of_total.format(n=self.count(n), total=self.count(total))

    def date(self, value: dt.date) -> str:
        return long_date(value, self.language)

    def short_month(self, value: dt.date) -> str:
        """A month under a bar: "janv.", "Jan", with the year under January and the first."""
        return str(babel_format_date(value, "MMM", locale=babel_locale(self.language)))


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle(
            "body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK, spaceAfter=3
        )
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8.2, leading=10.5)
        self.note = ParagraphStyle(
            "note", parent=base, fontName=FONT_ITALIC, fontSize=8.5, leading=11, textColor=SOFT_INK
        )
        self.cover_name = ParagraphStyle(
            "cover_name", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18, spaceAfter=6
        )
        self.cover_title = ParagraphStyle(
            "cover_title", parent=base, fontName=FONT_BOLD, fontSize=28, leading=34, spaceAfter=8
        )
        self.cover_line = ParagraphStyle("cover_line", parent=base, fontSize=13, leading=18)
        self.heading = ParagraphStyle(
            "heading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        )
        self.tile_value = ParagraphStyle(
            "tile_value", parent=base, fontName=FONT_BOLD, fontSize=16, leading=19, spaceAfter=0
        )
        self.tile_label = ParagraphStyle(
            "tile_label", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=FONT_BOLD)
        self.quote = ParagraphStyle(
            "quote", parent=base, leftIndent=10, fontSize=9.5, leading=12.5, spaceAfter=5
        )
        self.term = ParagraphStyle("term", parent=base, spaceAfter=6)


class _ReportDoc(BaseDocTemplate):  # type: ignore[misc]
    """One page template: the association at the top, the period and page at the foot."""

    def __init__(
        self,
        target: Any,
        association: str,
        logo: ImageReader | None,
        footer: str,
        texts: ReportTexts,
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
            id="body",
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
            header=self.page > 1,  # the cover carries them large
        )


class _Logo(Flowable):  # type: ignore[misc]
    """The association's logo on the cover, from the image already read and checked."""

    def __init__(self, image: ImageReader, width: float, height: float) -> None:
        super().__init__()
        self.image, self.width, self.height = image, width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.image, 0, 0, self.width, self.height, mask="auto")


def _bar_chart(
    width: float,
    categories: Sequence[str],
    series: Sequence[Sequence[float | None]],
    fills: Sequence[Any],
    label: Callable[[float], str],
    *,
    height: float = 62 * mm,
    value_max: float | None = None,
    legend: Sequence[str] = (),
    title: str = "",
) -> Drawing:
    """Vertical bars in grey levels, each labelled with its value above it, so that the
    chart reads without colour (and photocopied)."""
    drawing = Drawing(width, height)
    top = 14 if title else 4
    legend_room = 14 if legend else 0
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 26 + legend_room
    chart.width, chart.height = width - 36, height - 26 - legend_room - top - 12
    chart.data = [list(values) for values in series]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = INK
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = INK
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.valueMin = 0
    peak = max((v for values in series for v in values if v is not None), default=0.0)
    chart.valueAxis.valueMax = value_max if value_max is not None else max(peak * 1.18, 1.0)
    chart.valueAxis.labelTextFormat = lambda v: label(v) if value_max is None else f"{v:.0f}"
    chart.valueAxis.visibleLabels = 0  # every bar says its value: the axis needs none
    chart.valueAxis.visibleTicks = 0
    chart.valueAxis.visibleAxis = 0
    chart.barSpacing = 1.5
    chart.groupSpacing = 6
    chart.barLabelFormat = label
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.barLabels.boxAnchor = "s"
    for k, fill in enumerate(fills):
        chart.bars[k].fillColor = fill
        chart.bars[k].strokeColor = INK
        chart.bars[k].strokeWidth = 0.5
    drawing.add(chart)
    if title:
        drawing.add(String(0, height - 10, title, fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    if legend:
        key = Legend()
        key.x, key.y = 28, 10
        key.fontName = FONT
        key.fontSize = 8
        key.alignment = "right"
        key.columnMaximum = 1
        key.deltax = 110
        key.dx = key.dy = 8
        key.strokeColor = INK
        key.strokeWidth = 0.5
        key.colorNamePairs = list(zip(fills, legend, strict=False))
        drawing.add(key)
    return drawing


class _Builder:
    def __init__(self, texts: ReportTexts, language: str, width: float, today: dt.date) -> None:
        self.t = texts
        self.language = language
        self.width = width
        self.today = today
        self.f = _Formats(language, texts)
        self.s = _Styles()

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup(text), style or self.s.body)

    def heading(self, text: str) -> Paragraph:
        return self.p(text, self.s.heading)

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> Table:
        cells = [[self.p(h, self.s.cell_bold) for h in header]]
        cells += [[self.p(value, self.s.cell) for value in row] for row in rows]
        style = [
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        return Table(cells, colWidths=list(widths), hAlign="LEFT", style=TableStyle(style))

    # -- pages ---------------------------------------------------------------------------

    def cover(self, data: Indicators, association: str, logo: ImageReader | None) -> list[Any]:
        t = self.t
        story: list[Any] = [Spacer(1, 20 * mm)]
        if logo is not None:
            iw, ih = logo.getSize()
            scale = min(COVER_LOGO_H / ih, COVER_LOGO_W / iw)
            story += [_Logo(logo, iw * scale, ih * scale), Spacer(1, 8 * mm)]
        if association:
            story.append(self.p(association, self.s.cover_name))
        story.append(self.p(t.title, self.s.cover_title))
        story.append(
            self.p(
                t.period.format(start=self.f.date(data.start), end=self.f.date(data.end)),
                self.s.cover_line,
            )
        )
        cohort = t.cohort_line.format(name=data.cohort) if data.cohort else t.all_pairs
        story.append(self.p(cohort, self.s.cover_line))
        group = _group_line(data, t)
        if group:
            story.append(self.p(group, self.s.cover_line))
        story.append(Spacer(1, 14 * mm))
        story.append(self.p(t.contents_intro))
        running = [m for m, _h in data.hours_by_month if month_end(m) >= self.today]
        if running and running[0] <= data.end:
            month = format_date(running[0], self.language, "MMMM yyyy")
            story.append(Spacer(1, 3 * mm))
            # "Le mois d’avril 2026", "Le mois de mars 2026"
            story.append(self.p(elided_format(t.in_progress_note, month=month), self.s.note))
        story.append(Spacer(1, 10 * mm))
        story.append(self.p(t.prepared_on.format(date=self.f.date(self.today)), self.s.note))
        story.append(PageBreak())
        return story

    def glance(self, data: Indicators) -> list[Any]:
        t, f = self.t, self.f
        tiles: list[tuple[str, str, str]] = [
            (f.count(data.pairs_active), t.k_pairs_active, ""),
            (f.count(data.pairs_formed), t.k_pairs_formed, ""),
            (f.count(data.pairs_ended), t.k_pairs_ended, ""),
            (f.hours(data.hours_total), t.k_hours, ""),
            (
                f.hours(data.hours_per_pair) if data.hours_per_pair is not None else "–",
                t.k_hours_per_pair,
                "",
            ),
            (
                f.share(data.share_commitment_met),
                t.k_commitment,
                t.pair_months.format(
                    n=f.count(data.commitment_met), total=f.count(data.commitment_judged)
                ),
            ),
            (
                f.share(data.objectives_reached_share),
                t.k_objectives,
                f.of(data.objectives_reached, data.objectives_total),
            ),
            (
                *_swap(
                    f.score(data.satisfaction_mentors, data.satisfaction_mentors_count),
                    t.k_sat_mentors,
                ),
            ),
            (
                *_swap(
                    f.score(data.satisfaction_mentees, data.satisfaction_mentees_count),
                    t.k_sat_mentees,
                ),
            ),
            (f.count(sum(data.members_by_generation.values())), t.k_people, ""),
            (
                f.count(data.mentors_trained),
                t.k_trained,
                f.of(data.mentors_trained, data.mentors_total),
            ),
        ]
        columns = 3
        width = self.width / columns
        cells: list[list[Any]] = []
        row: list[Any] = []
        for value, label, detail in tiles:
            parts = [self.p(value, self.s.tile_value), self.p(label, self.s.tile_label)]
            if detail:
                parts.append(self.p(detail, self.s.small))
            row.append(parts)
            if len(row) == columns:
                cells.append(row)
                row = []
        if row:
            cells.append(row + [""] * (columns - len(row)))
        grid = Table(
            cells,
            colWidths=[width] * columns,
            style=TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                    ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            ),
        )
        return [self.heading(t.h_glance), grid]

    def hours(self, data: Indicators) -> list[Any]:
        t, f = self.t, self.f
        months = [m for m, _h in data.hours_by_month]
        names = [self._month_name(m, k, months) for k, m in enumerate(months)]
        hours_chart = _bar_chart(
            self.width,
            names,
            [[h for _m, h in data.hours_by_month]],
            [DARK_FILL],
            lambda v: format_number(v, self.language, 0),
            title=t.chart_hours,
            height=54 * mm,
        )
        # A month in progress, or one with no pair to judge, has no bar (and no "0 %").
        running = [month_end(m) >= self.today for m in months]
        shares = [
            t.met / t.judged * 100 if t.judged and not now else None
            for (_m, t), now in zip(data.commitment_by_month, running, strict=True)
        ]
        share_names = [
            f"{name}\n{t.in_progress}" if now else name
            for name, now in zip(names, running, strict=True)
        ]
        share_chart = _bar_chart(
            self.width,
            share_names,
            [shares],
            [LIGHT_FILL],
            lambda v: f.share(v / 100).replace(NBSP, " "),
            title=t.chart_commitment,
            value_max=118,
            height=54 * mm,
        )
        story: list[Any] = [
            CondPageBreak(80 * mm),
            self.heading(t.h_hours),
            hours_chart,
            Spacer(1, 4 * mm),
            # The chart and the sentence under it stay on one page.
            KeepTogether(
                [
                    self.heading(t.h_commitment),
                    share_chart,
                    self.p(
                        t.kept_line.format(
                            n=f.count(data.pairs_kept_commitment), total=f.count(data.pairs_judged)
                        )
                    ),
                ]
            ),
        ]
        return story

    def _month_name(self, month: dt.date, index: int, months: Sequence[dt.date]) -> str:
        name = self.f.short_month(month)
        if index == 0 or month.month == 1:  # the year under the first month and January
            return f"{name}\n{month.year}"
        return name

    def pairs(self, data: Indicators) -> list[Any]:
        t, f = self.t, self.f
        story: list[Any] = [CondPageBreak(70 * mm), self.heading(t.h_pairs)]
        rows = [
            [t.end_reasons[reason], f.count(data.pairs_ended_by_reason.get(reason, 0))]
            for reason in EndReason
        ]
        rows.append([t.k_pairs_ended, f.count(data.pairs_ended)])
        story.append(
            self.table([t.t_reason, t.t_pairs], rows, [self.width * 0.55, self.width * 0.2])
        )
        story.append(Spacer(1, 2 * mm))
        story.append(self.p(t.ended_early_line.format(n=f.count(data.pairs_ended_early), total="")))
        story.append(self.p(t.paused_line.format(n=f.count(data.pairs_paused))))
        outcome_rows = [[t.outcomes[o], f.count(data.outcomes.get(o, 0))] for o in Outcome]
        story.append(Spacer(1, 2 * mm))
        story.append(
            self.table(
                [t.t_outcome, t.t_pairs], outcome_rows, [self.width * 0.55, self.width * 0.2]
            )
        )
        return story

    def people(self, data: Indicators) -> list[Any]:
        t, f = self.t, self.f
        keys = [k for k in GENERATION_ORDER if k in data.members_by_generation]
        names = [t.generations[k] for k in keys]
        chart = _bar_chart(
            self.width,
            [_wrap(n) for n in names],
            [
                [float(data.mentors_by_generation.get(k, 0)) for k in keys],
                [float(data.mentees_by_generation.get(k, 0)) for k in keys],
            ],
            [DARK_FILL, LIGHT_FILL],
            lambda v: format_number(v, self.language, 0),
            legend=[t.legend_mentors, t.legend_mentees],
            title=t.chart_generations,
            height=70 * mm,
        )
        rows = [
            [
                t.generations[k] + (f" ({t.generation_years[k]})" if t.generation_years[k] else ""),
                f.count(data.mentors_by_generation.get(k, 0)),
                f.count(data.mentees_by_generation.get(k, 0)),
                f.count(data.members_by_generation.get(k, 0)),
            ]
            for k in keys
        ]
        rows.append(
            [
                t.k_people,
                f.count(data.members_by_role.get(Role.MENTOR, 0)),
                f.count(data.members_by_role.get(Role.MENTEE, 0)),
                f.count(sum(data.members_by_generation.values())),
            ]
        )
        w = self.width
        return [
            CondPageBreak(100 * mm),
            self.heading(t.h_people),
            *([chart, Spacer(1, 3 * mm)] if keys else []),  # nobody: no empty chart
            self.table(
                ["", t.roles[Role.MENTOR], t.roles[Role.MENTEE], "Total"],
                rows,
                [w * 0.46, w * 0.16, w * 0.22, w * 0.12],
            ),
            Spacer(1, 2 * mm),
            self.p(
                t.trained_line.format(
                    n=f.count(data.mentors_trained),
                    total=f.count(data.mentors_total),
                    in_period=f.count(data.mentors_trained_in_period),
                )
            ),
        ]

    def taught(self, data: Indicators) -> list[Any]:
        t, f = self.t, self.f
        w = self.width
        rows = [
            [t.generations[a], t.generations[b], f.hours(h)]
            for (a, b), h in sorted(data.taught_hours.items(), key=lambda kv: -kv[1])
        ]
        direction_rows = [
            [
                t.directions[d],
                f.hours(data.hours_by_direction.get(d, 0.0)),
                f.count(data.objectives_by_direction.get(d, 0)),
            ]
            for d in Direction
        ]
        return [
            CondPageBreak(70 * mm),
            self.heading(t.h_taught),
            self.p(t.taught_intro),
            self.table([t.t_teacher, t.t_learner, t.t_hours], rows, [w * 0.34, w * 0.34, w * 0.2]),
            Spacer(1, 4 * mm),
            self.table(
                [t.t_direction, t.t_hours, t.t_objectives],
                direction_rows,
                [w * 0.5, w * 0.2, w * 0.18],
            ),
        ]

    def objectives(self, data: Indicators) -> list[Any]:
        t, f = self.t, self.f
        w = self.width
        mentors = f.score(data.satisfaction_mentors, data.satisfaction_mentors_count)
        mentees = f.score(data.satisfaction_mentees, data.satisfaction_mentees_count)
        rows = [
            [
                t.k_objectives,
                f.share(data.objectives_reached_share),
                f.of(data.objectives_reached, data.objectives_total),
            ],
            [t.k_sat_mentors, mentors[0], mentors[1]],
            [t.k_sat_mentees, mentees[0], mentees[1]],
        ]
        return [
            CondPageBreak(50 * mm),
            self.heading(t.h_objectives),
            self.table(["", "", ""], rows, [w * 0.5, w * 0.2, w * 0.25]),
        ]

    def learned(self, data: Indicators) -> list[Any]:
        t = self.t
        story: list[Any] = [CondPageBreak(40 * mm), self.heading(t.h_learned)]
        if not data.learned:
            return [*story, self.p(t.learned_none)]
        story.append(self.p(t.learned_intro, self.s.note))
        for item in data.learned:
            who = item.name or t.said_by[item.role]
            open_q, close_q = (
                ("«" + NBSP, NBSP + "»") if self.language.startswith("fr") else ("“", "”")
            )
            story.append(self.p(f"{open_q}{item.text}{close_q} — {who}", self.s.quote))
        return story

    def definitions(self) -> list[Any]:
        t = self.t
        story: list[Any] = [PageBreak(), self.heading(t.h_definitions)]
        for term, text in t.definitions:
            story.append(
                Paragraph(f"<b>{markup(term)}</b>{markup(t.colon)}{markup(text)}", self.s.term)
            )
        return story


def _swap(score: tuple[str, str], label: str) -> tuple[str, str, str]:
    return score[0], label, score[1]


def _wrap(name: str) -> str:
    """A generation's name on two lines under its bars, when it has two words or more."""
    head, _, tail = name.partition(" ")
    return f"{head}\n{tail}" if tail else head


def _group_line(data: Indicators, texts: ReportTexts) -> str:
    """Which local group the report is of; nothing when the database has no groups."""
    if data.group:
        return texts.group_line.format(name=data.group)
    return texts.all_groups if data.groups_defined else ""


def render_report(
    data: Indicators,
    language: str,
    paper: str,
    association: str = "",
    logo_path: str | None = None,
) -> tuple[bytes, int]:
    """The report as PDF bytes, and its number of pages."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}")
    texts = texts_for(language)
    register_fonts()
    logo = load_logo(logo_path)
    period = texts.period.format(
        start=long_date(data.start, language), end=long_date(data.end, language)
    )
    footer = " · ".join(
        part
        for part in (
            texts.title,
            period,
            data.cohort and texts.cohort_line.format(name=data.cohort),
            _group_line(data, texts),
        )
        if part
    )
    buffer = io.BytesIO()
    doc = _ReportDoc(
        buffer,
        association,
        logo,
        footer,
        texts,
        pagesize=PAPER_SIZES[paper],
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{texts.title} – {period}",
        author=association or "Mentorat",
        subject=texts.subject,
        creator="Mentorat",
        lang=texts.pdf_lang,
        displayDocTitle=True,
        initialFontName=FONT,
        pageCompression=1,
    )
    builder = _Builder(texts, language, doc.width, data.today)
    story: list[Any] = []
    story += builder.cover(data, association, logo)
    story += builder.glance(data)
    story += builder.hours(data)
    story += builder.pairs(data)
    story += builder.people(data)
    story += builder.taught(data)
    story += builder.objectives(data)
    story += builder.learned(data)
    story += builder.definitions()
    doc.build(story)
    return buffer.getvalue(), int(doc.page)
