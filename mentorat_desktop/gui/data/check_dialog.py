"""Check the database: the report of ``core.checks`` in words, and a repair of what can be
repaired safely, after a backup. Both run off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.backups import BackupPlace, BackupReason, BackupResult, safety_copy
from mentorat_desktop.core.checks import CheckReport, check_database, repair_database
from mentorat_desktop.core.database import Database
from mentorat_desktop.gui.data import announce_everything, failure_text, own_connection
from mentorat_desktop.gui.data.worker import Job, run_in_thread
from mentorat_desktop.gui.work_parts import busy_bar, message_label, named_button
from mentorat_desktop.i18n.check_messages import repair_note, repaired_text, report_lines

ERROR_STYLE = "color: #b00020; font-weight: bold;"


@dataclass(frozen=True)
class RepairOutcome:
    backup: BackupResult | None  # None on a server: its administrator keeps copies
    report: CheckReport
    repaired: int


class CheckDialog(QDialog):
    """``repaired(count)`` is emitted once a repair has been committed."""

    repaired = Signal(int)

    def __init__(
        self,
        db: Database,
        language: str,
        place: BackupPlace | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._language = language
        self._place = place or BackupPlace()
        self.job: Job | None = None
        self.report: CheckReport | None = None
        self.setWindowTitle(self.tr("Check the database"))
        self.setAccessibleName(self.tr("Check the database"))

        intro = QLabel(
            self.tr(
                "The check reads the whole database: the file itself, the links between its "
                "records and the rules of the program. It changes nothing. The repair, when "
                "one is possible, backs the database up first."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Report"))
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.busy = busy_bar(self)
        self.message = message_label(self)

        self.again_button = named_button(
            self, self.tr("Check &again"), self.tr("Check again"), self.check
        )
        self.repair_button = named_button(
            self, self.tr("&Repair…"), self.tr("Repair…"), self.repair
        )
        self.close_button = named_button(
            self, self.tr("Close"), self.tr("Close"), self.reject, default=True
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.repair_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(640, 380)
        self.check()

    # -- state ------------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self.job is not None and self.job.running

    def _repairable(self) -> bool:
        return self.report is not None and any(p.repairable for p in self.report.problems)

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.again_button.setEnabled(not busy)
        self.repair_button.setEnabled(not busy and not self._db.read_only and self._repairable())
        self.close_button.setEnabled(not busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self._update_buttons()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(("⚠ " if error else "") + text)
        self.message.setVisible(bool(text))

    def _show_report(self, report: CheckReport) -> None:
        self.report = report
        self.text.setPlainText("\n\n".join(report_lines(report, self._language)))
        if self._db.read_only and self._repairable():
            self._say(
                self.tr(
                    "This database is open read-only, because another copy of Mentorat is "
                    "using it: it cannot be repaired here."
                )
            )

    # -- the check --------------------------------------------------------------------------------
    def check(self) -> None:
        if self.is_busy():
            return
        self.text.setPlainText(self.tr("Checking the database…"))
        self._say("")
        db = self._db

        def run() -> CheckReport:
            with own_connection(db) as mine:
                return check_database(mine)

        self.job = run_in_thread(run, self._checked, self._failed)
        self._set_busy(True)

    def _checked(self, report: CheckReport) -> None:
        self._set_busy(False)
        self._show_report(report)
        self._update_buttons()

    # -- the repair -------------------------------------------------------------------------------
    def confirm(self, count: int) -> bool:
        """Ask before repairing (tests replace QMessageBox.question to answer)."""
        answer = QMessageBox.question(
            self,
            self.tr("Repair the database"),
            self.tr(
                "Repair %n problem(s)? The database is backed up first, so the repair can "
                "be undone by restoring that backup.",
                "",
                count,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def repair(self) -> None:
        if not self.repair_button.isEnabled() or self.report is None:
            return
        if not self.confirm(len([p for p in self.report.problems if p.repairable])):
            return
        db, place, note = self._db, self._place, repair_note()

        def run() -> RepairOutcome:
            backup = safety_copy(
                db,
                BackupReason.REPAIR,
                second_folder=place.second_folder,
                keep_last=place.keep_last,
            )
            with own_connection(db) as mine:
                report, repaired = repair_database(mine, closing_note=note)
            return RepairOutcome(backup, report, repaired)

        self._say(self.tr("Backing up, then repairing…"))
        self.job = run_in_thread(run, self._repaired, self._failed)
        self._set_busy(True)

    def _repaired(self, outcome: RepairOutcome) -> None:
        self._set_busy(False)
        if outcome.repaired:
            announce_everything(self._db)
        self._show_report(outcome.report)
        self._update_buttons()
        said = repaired_text(outcome.repaired)
        if outcome.backup is not None:
            said += " " + self.tr("The state before the repair was backed up to “{path}”.").format(
                path=outcome.backup.path
            )
        self._say(said)
        self.repaired.emit(outcome.repaired)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if self.report is None:
            self.text.clear()
        self._say(failure_text(error, self._language), error=True)

    # -- closing ----------------------------------------------------------------------------------
    def reject(self) -> None:
        if not self.is_busy():  # a check or a repair in progress ends first (a second or two)
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy():
            event.ignore()
        else:
            super().closeEvent(event)
