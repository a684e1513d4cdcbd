"""The dashboard: how the program is going, for the board and the funders.

The figures are those of the activity report (``core.report.figures.indicators``) for the
period and the cohort chosen at the top: one source of truth, so that the screen, the
printed report and the exported tables always agree. The tables export to CSV and Excel,
and "Print the report…" draws the report's PDF off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.formatting import format_date, format_hours, format_month, format_number
from mentorat_desktop.core.report import ReportError as RError
from mentorat_desktop.core.report import write_report
from mentorat_desktop.core.report.figures import (
    GENERATION_ORDER,
    Indicators,
    ReportError,
    indicators,
)
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.gui import file_dialogs
from mentorat_desktop.gui.bridge import DataSignals
from mentorat_desktop.gui.dashboard.bar_chart import BarChart
from mentorat_desktop.gui.dashboard.period import PeriodFilter, PeriodKind
from mentorat_desktop.gui.dashboard.tables import (
    dashboard_tables,
    write_tables_csv,
    write_tables_xlsx,
)
from mentorat_desktop.gui.data import failure_text, own_connection
from mentorat_desktop.gui.data.worker import Job, Progress, run_in_thread
from mentorat_desktop.gui.help.empty_hint import EmptyHint
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.printing import PrintOutDialog, SaveSpec
from mentorat_desktop.i18n.labels import end_reason_label, generation_label, role_short
from mentorat_desktop.i18n.os_messages import os_reason


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
        services: Services,
        signals: DataSignals,
        language: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._db = services.db  # for the figures, read on a thread (own_connection)
        self._language = language
        self._today = today
        self._dirty = False
        self.indicators: Indicators | None = None  # what is shown
        self.last_notice = ""  # what the last action said (also in the status bar)
        self.report_job: Job | None = None
        self.print_dialog: QWidget | None = None
        self.setAccessibleName(self.tr("Dashboard"))
        self.setWidgetResizable(True)
        inner = QWidget(self)

        column = QVBoxLayout(inner)
        self.filters = PeriodFilter(self.today(), inner)
        self.filters.changed.connect(self.reload)
        self.export_csv_button = self._button(
            self.tr("Export to &CSV…"), self.tr("Export to CSV…"), self.export_csv, inner
        )
        self.export_xlsx_button = self._button(
            self.tr("Export to &Excel…"), self.tr("Export to Excel…"), self.export_xlsx, inner
        )
        self.print_button = self._button(
            self.tr("Print the &report…"), self.tr("Print the report…"), self.print_report, inner
        )
        column.addWidget(self.filters)
        self.period_line = QLabel(inner)
        self.period_line.setWordWrap(True)
        self.period_line.setAccessibleName(self.tr("Figures shown"))
        actions = QHBoxLayout()  # a row of its own: French labels run long
        actions.addWidget(self.period_line, 1)
        for button in (self.export_csv_button, self.export_xlsx_button, self.print_button):
            actions.addWidget(button)
        column.addLayout(actions)
        self.empty_hint = EmptyHint(
            self.tr("Nothing to count yet"),
            self.tr(
                "The figures fill in as the program runs: members registered, pairs formed "
                "and started, sessions logged. Begin in the Members tab: add the members or "
                "import your spreadsheet, then suggest pairs."
            ),
            "getting-started",
            language,
            inner,
        )
        column.addWidget(self.empty_hint)
        grid = QGridLayout()
        column.addLayout(grid, 1)
        # Active at some time in the period: those that started, paused or ended in it too.
        self.active = Figure(self.tr("pairs active in the period"), inner)
        self.hours = Figure(self.tr("of sessions"), inner)
        self.met = Figure(self.tr("of the months of pairs met the commitment"), inner)
        self.objectives = Figure(self.tr("of the objectives reached"), inner)
        self.satisfaction_mentors = Figure(self.tr("mentors' satisfaction (out of 5)"), inner)
        self.satisfaction_mentees = Figure(self.tr("mentees' satisfaction (out of 5)"), inner)
        figures = (
            self.active,
            self.hours,
            self.met,
            self.objectives,
            self.satisfaction_mentors,
            self.satisfaction_mentees,
        )
        for i, figure in enumerate(figures):
            grid.addWidget(figure, i // 3, i % 3)
        self.by_month = BarChart(self.tr("Hours of sessions by month"), parent=inner)
        self.by_status = BarChart(self.tr("Pairs in the period"), horizontal=True, parent=inner)
        self.by_generation = BarChart(
            self.tr("Members by generation"), horizontal=True, parent=inner
        )
        self.by_role = BarChart(self.tr("Members by role"), horizontal=True, parent=inner)
        self.ended = BarChart(self.tr("Pairs ended, and why"), horizontal=True, parent=inner)
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

    def _button(
        self, text: str, name: str, slot: Callable[[], object], parent: QWidget
    ) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(name)
        button.clicked.connect(lambda: slot())  # not given the 'checked' flag
        return button

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- loading ----------------------------------------------------------------------------

    def _on_changed(self, topic: str) -> None:
        if topic == Topic.SETTINGS:
            return
        if topic == Topic.PAIRS:
            self._update_hint()  # one light query: the note goes at once
        # Counted again once per burst of changes (a change announces several topics; a
        # year of a large register takes most of a second), and only when shown: a hidden
        # tab costs nothing until it is looked at.
        if not self._dirty and self.isVisible():
            QTimer.singleShot(0, self._reload_if_dirty)
        self._dirty = True

    def _reload_if_dirty(self) -> None:
        if self._dirty and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        self._dirty = False
        self.filters.blockSignals(True)
        self.filters.set_cohorts([c.name for c in self._services.cohorts.list_cohorts()])
        self.filters.blockSignals(False)
        if not self.filters.is_valid():
            return  # the dates being typed: the figures stay those of the last valid period
        start, end, cohort = self.filters.start, self.filters.end, self.filters.cohort_name
        group = self._services.groups.scope.group_id  # the local group shown (or all)
        try:
            data = indicators(self._db, start, end, cohort, today=self.today(), group_id=group)
        except ReportError:  # the cohort was just renamed or deleted: every pair
            self.filters.choose_cohort(None)
            group = self._services.groups.scope.group_id  # (its group may be gone too)
            data = indicators(self._db, start, end, None, today=self.today(), group_id=group)
        self._update_hint()
        self.show_indicators(data)

    def _update_hint(self) -> None:
        """The note for an empty register: shown while no pair was ever suggested."""
        self.empty_hint.setVisible(not self._services.pairs.list_choices())

    def _percent(self, share: float | None) -> str:
        if share is None:
            return "—"
        return format_number(share * 100, self._language, 0) + " %"

    def _average(self, value: float | None) -> str:
        return "—" if value is None else format_number(value, self._language, 1)

    def show_indicators(self, d: Indicators) -> None:
        self.indicators = d
        lang = self._language
        self.period_line.setText(
            self.tr("From {start} to {end}, {who}.").format(
                start=format_date(d.start, lang, "long"),
                end=format_date(d.end, lang, "long"),
                who=self.tr("cohort “{name}”").format(name=d.cohort)
                if d.cohort
                else self.tr("all pairs"),
            )
        )
        self.active.show_value(
            str(d.pairs_active),
            self.tr("of which {started}, {paused}, {ended}").format(
                started=self.tr("%n started", "", d.pairs_formed),
                paused=self.tr("%n paused", "", d.pairs_paused),
                ended=self.tr("%n ended", "", d.pairs_ended),
            ),
        )
        self.hours.show_value(
            format_hours(d.hours_total, lang),
            ""
            if d.hours_per_pair is None
            else self.tr("{hours} per active pair").format(
                hours=format_hours(d.hours_per_pair, lang)
            ),
        )
        met = self.tr("{met} of {counted}").format(
            met=d.commitment_met, counted=d.commitment_judged
        )
        if d.commitment_pending:
            met += " " + self.tr("(%n still in progress)", "", d.commitment_pending)
        self.met.show_value(self._percent(d.share_commitment_met), met)
        self.objectives.show_value(
            self._percent(d.objectives_reached_share),
            self.tr("{reached} of {total}").format(
                reached=d.objectives_reached, total=d.objectives_total
            ),
        )
        self.satisfaction_mentors.show_value(
            self._average(d.satisfaction_mentors),
            self.tr("%n answer(s)", "", d.satisfaction_mentors_count),
        )
        self.satisfaction_mentees.show_value(
            self._average(d.satisfaction_mentees),
            self.tr("%n answer(s)", "", d.satisfaction_mentees_count),
        )
        self.by_month.set_bars(
            [
                (format_month(month, lang), hours, format_number(hours, lang, 0))
                for month, hours in d.hours_by_month
            ]
        )
        self.by_status.set_bars(
            [
                (self.tr("Started"), float(d.pairs_formed), str(d.pairs_formed)),
                (self.tr("Active"), float(d.pairs_active), str(d.pairs_active)),
                (self.tr("Paused"), float(d.pairs_paused), str(d.pairs_paused)),
                (self.tr("Ended"), float(d.pairs_ended), str(d.pairs_ended)),
            ]
        )
        self.by_generation.set_bars(
            [
                (generation_label(g), float(n), str(n))
                for g in GENERATION_ORDER
                if (n := d.members_by_generation.get(g, 0))
            ]
        )
        self.by_role.set_bars(
            [
                (
                    role_short(r),
                    float(d.members_by_role.get(r, 0)),
                    str(d.members_by_role.get(r, 0)),
                )
                for r in (Role.MENTOR, Role.MENTEE)
            ]
        )
        self.ended.set_bars(
            [
                (end_reason_label(r), float(n), str(n))
                for r, n in d.pairs_ended_by_reason.items()
                if n
            ]
        )

    # -- actions ----------------------------------------------------------------------------

    def say(self, text: str) -> None:
        """What an action did, in the status bar (and kept for the tests)."""
        self.last_notice = text
        tell(self, text)

    def _file_stem(self) -> str:
        d = self.indicators
        assert d is not None
        return self.tr("dashboard") + f"-{d.start.isoformat()}-{d.end.isoformat()}"

    def _ask_path(self, caption: str, suffix: str, filters: str) -> Path | None:
        path = file_dialogs.save_file(
            self, file_dialogs.EXPORTS, caption, self._file_stem() + suffix, filters
        )
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        return Path(path)

    def _write_failed(self, caption: str, error: OSError) -> None:
        QMessageBox.warning(
            self,
            caption,
            self.tr("The file could not be written: {reason}. Nothing was saved.").format(
                reason=os_reason(error)
            ),
        )
        self.say(self.tr("Export cancelled: the file could not be written."))

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Write the dashboard's tables to a CSV file (asked for when ``path`` is None)."""
        caption = self.tr("Export the dashboard to CSV")
        path = path or self._ask_path(caption, ".csv", self.tr("CSV (*.csv)"))
        if path is None or self.indicators is None:
            return None
        try:
            write_tables_csv(
                path, dashboard_tables(self.indicators, self._language), self._language
            )
        except OSError as exc:
            self._write_failed(caption, exc)
            return None
        self.say(self.tr("The dashboard's tables are saved in “{path}”.").format(path=path))
        return path

    def export_xlsx(self, path: Path | None = None) -> Path | None:
        """Write the dashboard's tables to an Excel workbook, one sheet per table."""
        caption = self.tr("Export the dashboard to Excel")
        path = path or self._ask_path(caption, ".xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path is None or self.indicators is None:
            return None
        try:
            write_tables_xlsx(path, dashboard_tables(self.indicators, self._language))
        except OSError as exc:
            self._write_failed(caption, exc)
            return None
        self.say(self.tr("The dashboard's tables are saved in “{path}”.").format(path=path))
        return path

    def print_report(self) -> Job | None:
        """Draw the activity report of the period and cohort shown, off the GUI thread,
        then offer to print it or save it. The running job (None if one already runs)."""
        if self.indicators is None or (self.report_job is not None and self.report_job.running):
            return None

        d = self.indicators
        db, language, today = self._db, self._language, self.today()
        group = self._services.groups.scope.group_id
        scratch = Path(tempfile.mkdtemp(prefix="mentorat-"))  # private (0700)
        pdf = scratch / (
            self.tr("activity-report") + f"-{d.start.isoformat()}-{d.end.isoformat()}.pdf"
        )
        caption = self.tr("Activity report")
        progress = Progress()
        box = QProgressDialog(
            self.tr("Preparing the activity report…"), self.tr("Cancel"), 0, 0, self
        )
        box.setWindowTitle(caption)
        box.setAccessibleName(caption)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(400)
        box.setAutoClose(False)
        box.setAutoReset(False)
        box.canceled.connect(progress.cancel)

        def run() -> int:
            progress.check()
            with own_connection(db) as mine:
                return write_report(
                    mine, d.start, d.end, pdf, language, d.cohort, today=today, group_id=group
                )

        def close_box() -> bool:
            """Close the progress box; whether the user had asked to stop."""
            cancelled = progress.cancelled
            box.canceled.disconnect(progress.cancel)  # closing it emits 'canceled'
            box.close()
            box.deleteLater()
            return cancelled

        def finished(pages: int) -> None:
            if close_box():
                shutil.rmtree(scratch, ignore_errors=True)
                self.say(self.tr("Activity report cancelled."))
                return
            self.say(self.tr("The activity report is ready."))
            self._offer(pdf, pages, scratch)

        def failed(error: BaseException) -> None:
            cancelled = close_box()
            shutil.rmtree(scratch, ignore_errors=True)
            if cancelled:
                self.say(self.tr("Activity report cancelled."))
                return
            if isinstance(error, RError):  # the cohort went away meanwhile
                text = self.tr("The cohort chosen no longer exists: choose another one.")
            elif isinstance(error, OSError):
                text = self.tr("The report could not be written: {reason}").format(
                    reason=os_reason(error)
                )
            else:
                text = failure_text(error, language)
            QMessageBox.warning(self, caption, text)
            self.say(self.tr("The activity report could not be prepared."))

        self.report_job = run_in_thread(run, finished, failed)
        self.report_job.progress = progress  # type: ignore[attr-defined]  # for Cancel, tests
        return self.report_job

    def _offer(self, pdf: Path, pages: int, scratch: Path) -> None:
        """Print it, save it as a PDF, open its folder (gui.printing)."""
        title = self.tr("Activity report")
        dialog = PrintOutDialog(
            pdf,
            title,
            pages,
            SaveSpec(file_dialogs.EXPORTS, self.tr("Save the activity report"), pdf.name),
            self,
            scratch=scratch,
        )
        dialog.finished.connect(dialog.deleteLater)
        self.print_dialog = dialog
        dialog.open()

    # -- the period from outside (tests, the command line's defaults) ------------------------

    def choose_period(self, kind: PeriodKind) -> None:
        self.filters.choose(kind)
