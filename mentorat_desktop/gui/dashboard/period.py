"""The dashboard's filters: which period (this month, last month, this year, last year, or
from one date to another) and which cohort the figures are for."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from mentorat_desktop.core.followup import add_months, month_end, month_start
from mentorat_desktop.gui.widgets import DateField


class PeriodKind(Enum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    CUSTOM = "custom"


def period_dates(kind: PeriodKind, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a named period around ``today``; None for CUSTOM. A
    period is whole (a month, a year): the report says which month is still in progress."""
    if kind is PeriodKind.THIS_MONTH:
        return month_start(today), month_end(today)
    if kind is PeriodKind.LAST_MONTH:
        last = add_months(month_start(today), -1)
        return last, month_end(last)
    if kind is PeriodKind.THIS_YEAR:
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if kind is PeriodKind.LAST_YEAR:
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class PeriodFilter(QWidget):
    """Period and cohort. ``changed`` is emitted when either changes to a valid choice;
    ``start``, ``end`` and ``cohort`` (a cohort's name, None for every pair) say which."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for kind, text in (
            (PeriodKind.THIS_MONTH, self.tr("This month")),
            (PeriodKind.LAST_MONTH, self.tr("Last month")),
            (PeriodKind.THIS_YEAR, self.tr("This year")),
            (PeriodKind.LAST_YEAR, self.tr("Last year")),
            (PeriodKind.CUSTOM, self.tr("From… to…")),
        ):
            self.period.addItem(text, kind)
        first, last = period_dates(PeriodKind.THIS_YEAR, today) or (today, today)
        self.from_field = DateField(_qdate(first), self)
        self.from_field.setAccessibleName(self.tr("From"))
        self.to_field = DateField(_qdate(last), self)
        self.to_field.setAccessibleName(self.tr("To"))
        self.cohort = QComboBox(self)
        self.cohort.setAccessibleName(self.tr("Cohort"))
        self.cohort.addItem(self.tr("All pairs"), None)
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period)
        from_label = QLabel(self.tr("&From:"), self)
        from_label.setBuddy(self.from_field)
        to_label = QLabel(self.tr("&To:"), self)
        to_label.setBuddy(self.to_field)
        cohort_label = QLabel(self.tr("C&ohort:"), self)
        cohort_label.setBuddy(self.cohort)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            period_label,
            self.period,
            from_label,
            self.from_field,
            to_label,
            self.to_field,
            cohort_label,
            self.cohort,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.period.setCurrentIndex(self.period.findData(PeriodKind.THIS_YEAR))
        self._set_custom(False)
        self.period.currentIndexChanged.connect(self._on_period)
        self.from_field.dateChanged.connect(self._on_dates)
        self.to_field.dateChanged.connect(self._on_dates)
        self.cohort.currentIndexChanged.connect(lambda _i: self.changed.emit())

    # -- what is chosen -------------------------------------------------------------------

    @property
    def kind(self) -> PeriodKind:
        kind = self.period.currentData()
        return kind if isinstance(kind, PeriodKind) else PeriodKind.THIS_YEAR

    @property
    def start(self) -> dt.date:
        return _day(self.from_field.date())

    @property
    def end(self) -> dt.date:
        return _day(self.to_field.date())

    @property
    def cohort_name(self) -> str | None:
        name = self.cohort.currentData()
        return name if isinstance(name, str) else None

    def is_valid(self) -> bool:
        """Both dates readable, the first not after the last."""
        return self.from_field.is_valid() and self.to_field.is_valid() and self.start <= self.end

    # -- choosing --------------------------------------------------------------------------

    def choose(self, kind: PeriodKind) -> None:
        self.period.setCurrentIndex(self.period.findData(kind))

    def set_dates(self, start: dt.date, end: dt.date) -> None:
        """A period from ``start`` to ``end``, as chosen by hand."""
        self.choose(PeriodKind.CUSTOM)
        self._quietly(start, end)
        self.changed.emit()

    def choose_cohort(self, name: str | None) -> None:
        index = self.cohort.findData(name)
        if index >= 0:
            self.cohort.setCurrentIndex(index)

    def set_cohorts(self, names: list[str]) -> None:
        """The cohorts offered; the one chosen stays chosen if it is still there."""
        chosen = self.cohort_name
        self.cohort.blockSignals(True)
        while self.cohort.count() > 1:
            self.cohort.removeItem(1)
        for name in names:
            self.cohort.addItem(name, name)
        index = self.cohort.findData(chosen) if chosen is not None else 0
        self.cohort.setCurrentIndex(max(index, 0))
        self.cohort.blockSignals(False)
        if chosen is not None and index < 0:
            self.changed.emit()  # the cohort went away: every pair again

    def _set_custom(self, custom: bool) -> None:
        for field in (self.from_field, self.to_field):
            field.setEnabled(custom)

    def _quietly(self, start: dt.date, end: dt.date) -> None:
        for field, day in ((self.from_field, start), (self.to_field, end)):
            field.blockSignals(True)
            field.setDate(_qdate(day))
            field.blockSignals(False)

    def _on_period(self, _index: int) -> None:
        dates = period_dates(self.kind, self._today)
        self._set_custom(dates is None)
        if dates is not None:
            self._quietly(*dates)
        self.changed.emit()

    def _on_dates(self, _date: QDate) -> None:
        if self.kind is PeriodKind.CUSTOM and self.is_valid():
            self.changed.emit()
