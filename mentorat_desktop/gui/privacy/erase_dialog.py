"""Erase one person: a confirmation that names them and says what goes, what stays and
what the backups keep; then a backup, then the erasure, off the GUI thread.

A member still in a current pair (proposed, active or paused) is refused by the core
(``in_current_pair``): its sentence shows above the buttons, with a box to end those pairs
along with the erasure (the core's ``end_pairs``); Erase waits for that box.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.backups import BackupPlace, BackupReason, BackupResult, safety_copy
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import EndReason
from mentorat_desktop.core.errors import FieldError, ValidationError
from mentorat_desktop.core.formatting import format_hours
from mentorat_desktop.core.privacy import (
    CURRENT_PAIR_STATUSES,
    ErasureSummary,
    erase_person,
    person_data,
)
from mentorat_desktop.gui.data import failure_text, own_connection
from mentorat_desktop.gui.data.worker import Job, run_in_thread
from mentorat_desktop.gui.privacy import announce_erasure
from mentorat_desktop.gui.work_parts import busy_bar, message_label, named_button
from mentorat_desktop.i18n.labels import end_reason_label
from mentorat_desktop.i18n.messages import field_error

ERROR_STYLE = "color: #b00020; font-weight: bold;"


@dataclass(frozen=True)
class ErasureOutcome:
    backup: BackupResult | None  # None on a server: its administrator keeps copies
    summary: ErasureSummary


def current_pair_count(db: Database, member_id: int) -> int:
    """How many proposed, active or paused pairs the member is in."""
    current = {s.value for s in CURRENT_PAIR_STATUSES}
    return sum(1 for p in person_data(db, member_id)["pairs"] if p.get("status") in current)


class ErasePersonDialog(QDialog):
    """``erased(summary)`` once the erasure is committed."""

    erased = Signal(object)

    def __init__(
        self,
        db: Database,
        language: str,
        member_id: int,
        name: str,
        place: BackupPlace | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._language = language
        self._member_id = member_id
        self._name = name
        self._place = place or BackupPlace()
        self.job: Job | None = None
        self.outcome: ErasureOutcome | None = None
        self.setWindowTitle(self.tr("Erase this person"))
        self.setAccessibleName(self.tr("Erase this person"))

        self.heading = heading = QLabel(self.tr("Erase {name}?").format(name=name), self)
        heading.setAccessibleName(self.tr("Person to erase"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        heading.setWordWrap(True)
        lines = [
            self.tr(
                "Their name, contact details, skills and notes are erased, and so are the "
                "texts of their pairs (session notes, objectives, follow-up comments). This "
                "cannot be undone."
            ),
            self.tr(
                "The hours and counts of their pairs stay, without a name, so that the "
                "figures of past years do not change."
            ),
            self.tr(
                "The database is backed up first. That backup and the earlier ones still hold "
                "the data until they age out (within a year); delete them by hand to erase "
                "it sooner."
            ),
        ]
        self.explanation = QLabel("\n\n".join(lines), self)
        self.explanation.setAccessibleName(self.tr("What erasing does"))
        self.explanation.setWordWrap(True)

        self.pairs_warning = QLabel(self)
        self.pairs_warning.setAccessibleName(self.tr("Why the erasure waits"))
        self.pairs_warning.setWordWrap(True)
        self.pairs_warning.setStyleSheet(ERROR_STYLE)
        self.pairs_warning.hide()
        reason = end_reason_label(EndReason.NO_LONGER_AVAILABLE)
        self.end_pairs = QCheckBox(
            self.tr("End their current pairs today (reason: {reason}), then erase").format(
                reason=reason[:1].lower() + reason[1:]
            ),
            self,
        )
        self.end_pairs.setAccessibleName(self.tr("End their current pairs, then erase"))
        self.end_pairs.hide()
        self.end_pairs.toggled.connect(self._update_buttons)
        self._in_current_pair = False  # refused until the pairs may be ended

        self.busy = busy_bar(self)
        self.message = message_label(self)

        self.erase_button = named_button(self, self.tr("&Erase"), self.tr("Erase"), self.erase)
        self.cancel_button = named_button(
            self, self.tr("Cancel"), self.tr("Cancel"), self.reject, default=True
        )  # Return does not erase
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with messages
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.pairs_warning)
        layout.addWidget(self.end_pairs)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        # Wide enough for the check box's whole text (a check box does not wrap).
        margins = layout.contentsMargins()
        self.setMinimumWidth(
            max(
                self.fontMetrics().averageCharWidth() * 80,
                self.end_pairs.sizeHint().width() + margins.left() + margins.right(),
            )
        )

        count = current_pair_count(db, member_id)
        if count:
            self._show_refusal(FieldError("member_id", "in_current_pair", {"count": count}))
        if db.read_only:
            self._say(
                self.tr(
                    "This database is open read-only, because another copy of Mentorat is "
                    "using it: nobody can be erased here."
                ),
                error=True,
            )
        self._update_buttons()
        self.cancel_button.setFocus()

    # -- state ------------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self.job is not None and self.job.running

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        waiting = self._in_current_pair and not self.end_pairs.isChecked()
        done = self.outcome is not None
        self.erase_button.setEnabled(
            not busy and not done and not waiting and not self._db.read_only
        )
        self.end_pairs.setEnabled(not busy and not done)
        self.cancel_button.setEnabled(not busy)

    def _show_refusal(self, error: FieldError) -> None:
        self.pairs_warning.setText("⚠ " + field_error(error))
        self.pairs_warning.show()
        if error.code == "in_current_pair":
            self._in_current_pair = True
            self.end_pairs.show()
        self._update_buttons()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(("⚠ " if error else "") + text)
        self.message.setVisible(bool(text))

    # -- the erasure ------------------------------------------------------------------------------
    def erase(self) -> None:
        if not self.erase_button.isEnabled():
            return
        db, place, member_id = self._db, self._place, self._member_id
        end_pairs = self._in_current_pair and self.end_pairs.isChecked()

        def run() -> ErasureOutcome:
            backup = safety_copy(
                db,
                BackupReason.ERASURE,
                second_folder=place.second_folder,
                keep_last=place.keep_last,
            )
            with own_connection(db) as mine:
                summary = erase_person(mine, member_id, end_pairs=end_pairs)
            return ErasureOutcome(backup, summary)

        self._say(self.tr("Backing up, then erasing…"))
        self.job = run_in_thread(run, self._erased, self._failed)
        self.busy.show()
        self._update_buttons()

    def _erased(self, outcome: ErasureOutcome) -> None:
        self.busy.hide()
        self.outcome = outcome
        announce_erasure(self._db)
        self.heading.setText(self.tr("Erasure done"))
        self.explanation.hide()
        self.pairs_warning.hide()
        self.end_pairs.hide()
        self.erase_button.hide()
        self._in_current_pair = False
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self._say(self.done_text(outcome))
        self._update_buttons()
        self.erased.emit(outcome.summary)

    def done_text(self, outcome: ErasureOutcome) -> str:
        s = outcome.summary
        parts = [
            self.tr("{name} was erased: they now appear as member #{number}.").format(
                name=self._name, number=s.member_id
            ),
        ]
        if s.pairs_ended:
            parts.append(self.tr("%n current pair(s) ended today.", "", s.pairs_ended))
        if s.pairs_kept:
            parts.append(
                self.tr("Kept without a name: {pairs}, {sessions} ({hours}).").format(
                    pairs=self.tr("%n pair(s)", "", s.pairs_kept),
                    sessions=self.tr("%n session(s)", "", s.sessions_kept),
                    hours=format_hours(s.minutes_kept / 60, self._language),
                )
            )
        if outcome.backup is not None:
            parts.append(
                self.tr(
                    "The state before was backed up to “{path}”: that backup and the earlier "
                    "ones still hold the data until they age out (within a year)."
                ).format(path=outcome.backup.path)
            )
        return " ".join(parts)

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        if isinstance(error, ValidationError):
            # In a pair formed since this window opened: the core's sentence, and the box.
            self._say("")
            self._show_refusal(error.errors[0])
        else:
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
