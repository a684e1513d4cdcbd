"""The dashboard: how the program is going, for the board and the funders."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from mentorat_desktop.core.dashboard import Dashboard, compute_dashboard
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Generation, PairStatus, Role
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.formatting import format_hours, format_month, format_number
from mentorat_desktop.gui.bridge import DataSignals
from mentorat_desktop.gui.dashboard.bar_chart import BarChart
from mentorat_desktop.gui.labels import (
    end_reason_label,
    generation_label,
    pair_status_label,
    role_short,
)


class Figure(QFrame):
    """One figure in large type, with what it means under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel(self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        self.setAccessibleName(caption)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{value} {detail}".strip())


class DashboardView(QScrollArea):
    def __init__(
        self,
        db: Database,
        signals: DataSignals,
        language: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._language = language
        self._today = today
        self.setAccessibleName(self.tr("Dashboard"))
        self.setWidgetResizable(True)
        inner = QWidget(self)
        grid = QGridLayout(inner)
        self.active = Figure(self.tr("active pairs"), inner)
        self.met = Figure(self.tr("of the pairs met their commitment last month"), inner)
        self.hours_month = Figure(self.tr("of sessions this month"), inner)
        self.hours_year = Figure(self.tr("of sessions this year"), inner)
        self.objectives = Figure(self.tr("of the objectives reached"), inner)
        self.satisfaction = Figure(self.tr("average satisfaction (out of 5)"), inner)
        figures = (
            self.active,
            self.met,
            self.hours_month,
            self.hours_year,
            self.objectives,
            self.satisfaction,
        )
        for i, figure in enumerate(figures):
            grid.addWidget(figure, i // 3, i % 3)
        self.by_month = BarChart(self.tr("Hours of sessions by month"), parent=inner)
        self.by_status = BarChart(self.tr("Pairs by status"), horizontal=True, parent=inner)
        self.by_generation = BarChart(
            self.tr("Members by generation"), horizontal=True, parent=inner
        )
        self.by_role = BarChart(self.tr("Members by role"), horizontal=True, parent=inner)
        self.ended = BarChart(self.tr("Pairs ended early, and why"), horizontal=True, parent=inner)
        grid.addWidget(self.by_month, 2, 0, 1, 3)
        grid.addWidget(self.by_status, 3, 0)
        grid.addWidget(self.by_generation, 3, 1)
        grid.addWidget(self.by_role, 3, 2)
        grid.addWidget(self.ended, 4, 0, 1, 2)
        for row, stretch in ((2, 3), (3, 2), (4, 2)):
            grid.setRowStretch(row, stretch)
        self.setWidget(inner)
        signals.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, topic: str) -> None:
        if topic != Topic.SETTINGS:
            self.reload()

    def reload(self) -> None:
        self.show_dashboard(compute_dashboard(self._db, self._today or dt.date.today()))

    def _percent(self, share: float | None) -> str:
        if share is None:
            return "—"
        return format_number(share * 100, self._language, 0) + " %"

    def show_dashboard(self, d: Dashboard) -> None:
        lang = self._language
        self.active.show_value(
            str(d.active_pairs),
            self.tr("{paused}, {proposed}").format(
                paused=self.tr("%n paused", "", d.pairs_by_status.get(PairStatus.PAUSED, 0)),
                proposed=self.tr("%n proposed", "", d.pairs_by_status.get(PairStatus.PROPOSED, 0)),
            ),
        )
        self.met.show_value(
            self._percent(d.last_month_met_share),
            self.tr("{met} of {counted} in {month}").format(
                met=d.last_month_met,
                counted=d.last_month_counted,
                month=format_month(d.last_month, lang),
            ),
        )
        self.hours_month.show_value(format_hours(d.hours_this_month, lang))
        self.hours_year.show_value(format_hours(d.hours_this_year, lang))
        self.objectives.show_value(
            self._percent(d.objectives_reached_share),
            self.tr("{reached} of {total}").format(
                reached=d.objectives_reached, total=d.objectives_total
            ),
        )
        self.satisfaction.show_value(
            "—"
            if d.satisfaction_average is None
            else format_number(d.satisfaction_average, lang, 1),
            self.tr("%n answer(s) over 12 months", "", d.satisfaction_count),
        )
        self.by_month.set_bars(
            [
                (format_month(month, lang), hours, format_number(hours, lang, 0))
                for month, hours in d.hours_by_month
            ]
        )
        self.by_status.set_bars(
            [
                (
                    pair_status_label(s),
                    float(d.pairs_by_status.get(s, 0)),
                    str(d.pairs_by_status.get(s, 0)),
                )
                for s in PairStatus
            ]
        )
        generations: list[Generation | None] = [*Generation, None]
        self.by_generation.set_bars(
            [
                (
                    generation_label(g),
                    float(d.members_by_generation.get(g, 0)),
                    str(d.members_by_generation.get(g, 0)),
                )
                for g in generations
                if d.members_by_generation.get(g, 0)
            ]
        )
        self.by_role.set_bars(
            [
                (
                    role_short(r),
                    float(d.members_by_role.get(r, 0)),
                    str(d.members_by_role.get(r, 0)),
                )
                for r in Role
            ]
        )
        self.ended.set_bars(
            [
                (end_reason_label(r), float(n), str(n))
                for r, n in d.ended_early_by_reason.items()
                if n
            ]
        )
