"""The members kept past the retention period: their names, last activity and why they are
listed, nothing else; "Anonymise all" after a confirmation and a backup, off the GUI
thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.backups import BackupPlace, BackupReason, BackupResult, safety_copy
from mentorat_desktop.core.enums import MemberStatus
from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.core.privacy import (
    RetentionCandidate,
    anonymise_past_retention,
    members_past_retention,
)
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.gui.data import failure_text, own_connection
from mentorat_desktop.gui.data.worker import Job, run_in_thread
from mentorat_desktop.gui.privacy import announce_erasure
from mentorat_desktop.gui.work_parts import busy_bar, message_label, named_button

ERROR_STYLE = "color: #b00020; font-weight: bold;"
COL_NAME, COL_LAST, COL_UNTIL, COL_REASON = range(4)


@dataclass(frozen=True)
class AnonymisationOutcome:
    backup: BackupResult | None  # None on a server: its administrator keeps copies
    count: int


class RetentionDialog(QDialog):
    """``anonymised(count)`` once members have been anonymised."""

    anonymised = Signal(int)

    def __init__(
        self,
        services: Services,
        language: str,
        place: BackupPlace | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._db = services.db  # the anonymising runs on a thread (own_connection)
        self._language = language
        self._place = place or BackupPlace()
        self._today = today
        self.job: Job | None = None
        self.candidates: list[RetentionCandidate] = []
        self.setWindowTitle(self.tr("Members past the retention period"))
        self.setAccessibleName(self.tr("Members past the retention period"))

        self.intro = QLabel(self)
        self.intro.setAccessibleName(self.tr("About the retention period"))
        self.intro.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Members to anonymise"))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setHeaderLabels(
            [self.tr("Name"), self.tr("Last activity"), self.tr("Kept until"), self.tr("Reason")]
        )
        header = self.table.header()
        header.setStretchLastSection(True)
        for column in (COL_NAME, COL_LAST, COL_UNTIL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No member is past the retention period."), self)
        self.empty.setAccessibleName(self.tr("No member to anonymise"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.busy = busy_bar(self)
        self.message = message_label(self)

        self.anonymise_button = named_button(
            self, self.tr("&Anonymise all…"), self.tr("Anonymise all"), self.anonymise_all
        )
        self.close_button = named_button(
            self, self.tr("Close"), self.tr("Close"), self.reject, default=True
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.anonymise_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 110, width * 55)
        self.reload()

    # -- the list ---------------------------------------------------------------------------------
    def reload(self) -> None:
        months = self._services.settings.get().retention_months
        self.intro.setText(
            self.tr(
                "The data of these members has been kept longer than the retention period "
                "(%n month(s) after their last activity, set in the preferences). "
                "Anonymising erases their personal data; the hours and counts of their pairs "
                "stay, without a name. Members in a current pair are never listed.",
                "",
                months,
            )
        )
        self.candidates = members_past_retention(self._db, self._today)
        self.table.clear()
        lang = self._language
        for candidate in self.candidates:
            if candidate.status == MemberStatus.ARCHIVED:
                reason = self.tr("Archived, inactive for over %n month(s)", "", months)
            else:
                reason = self.tr("Still active, but inactive for over %n month(s)", "", months)
            item = QTreeWidgetItem(
                [
                    candidate.full_name,
                    format_date(candidate.last_activity, lang),
                    format_date(candidate.kept_until, lang),
                    reason,
                ]
            )
            item.setToolTip(COL_REASON, reason)  # whole, should the window be too narrow
            self.table.addTopLevelItem(item)
        self.stack.setCurrentWidget(self.table if self.candidates else self.empty)
        self._fit_columns()
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Widen the window (up to the screen) so that every reason reads whole."""
        if not self.candidates:
            return
        header = self.table.header()
        wanted = sum(
            max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(self.table.columnCount())
        )
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        extra = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        if margins is not None:
            extra += margins.left() + margins.right()
        screen = self.screen().availableGeometry().width() if self.screen() else wanted + extra
        width = min(max(self.width(), wanted + extra), int(screen * 0.9))
        if width > self.width():
            self.resize(width, self.height())

    # -- state ------------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self.job is not None and self.job.running

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.anonymise_button.setEnabled(
            not busy and bool(self.candidates) and not self._db.read_only
        )
        self.close_button.setEnabled(not busy)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(("⚠ " if error else "") + text)
        self.message.setVisible(bool(text))

    # -- anonymising ------------------------------------------------------------------------------
    def confirm(self, count: int) -> bool:
        """Ask before anonymising (tests replace this method to answer)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Anonymise all"),
            self.tr(
                "Anonymise %n member(s)? Their names, contact details, skills and notes are "
                "erased; the hours and counts of their pairs stay, without a name. This cannot "
                "be undone.",
                "",
                count,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "The database is backed up first. That backup and the earlier ones still hold "
                "the data until they age out (within a year)."
            )
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Anonymise"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def anonymise_all(self) -> None:
        if not self.anonymise_button.isEnabled():
            return
        if not self.confirm(len(self.candidates)):
            return
        db, place, today = self._db, self._place, self._today

        def run() -> AnonymisationOutcome:
            backup = safety_copy(
                db,
                BackupReason.RETENTION,
                second_folder=place.second_folder,
                keep_last=place.keep_last,
            )
            with own_connection(db) as mine:
                count = anonymise_past_retention(mine, today)
            return AnonymisationOutcome(backup, count)

        self._say(self.tr("Backing up, then anonymising…"))
        self.job = run_in_thread(run, self._anonymised, self._failed)
        self.busy.show()
        self._update_buttons()

    def _anonymised(self, outcome: AnonymisationOutcome) -> None:
        self.busy.hide()
        if outcome.count:
            announce_erasure(self._db)
        self.reload()
        said = self.tr("%n member(s) anonymised.", "", outcome.count)
        if outcome.backup is not None:
            said += " " + self.tr("The state before was backed up to “{path}”.").format(
                path=outcome.backup.path
            )
        self._say(said)
        self.anonymised.emit(outcome.count)

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self._say(failure_text(error, self._language), error=True)
        self._update_buttons()

    # -- closing ----------------------------------------------------------------------------------
    def reject(self) -> None:
        if not self.is_busy():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy():
            event.ignore()
        else:
            super().closeEvent(event)
