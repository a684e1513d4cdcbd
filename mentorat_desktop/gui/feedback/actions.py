"""The feedback actions of the follow-up view: print the questionnaires, type back answers."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mentorat_desktop.core.feedback import write_questionnaires
from mentorat_desktop.core.feedback.rounds import CheckinRound
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.gui import file_dialogs
from mentorat_desktop.gui.feedback.answer_dialog import FeedbackDialog
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.printing import PrintOutDialog, SaveSpec
from mentorat_desktop.i18n.os_messages import os_reason


def type_back(
    parent: QWidget, services: Services, pair_id: int | None, today: dt.date | None = None
) -> QWidget:
    """Open the dialog that types back questionnaires, on ``pair_id`` if given."""
    dialog = FeedbackDialog(services, pair_id, today, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def print_questionnaires(
    parent: QWidget,
    services: Services,
    language: str,
    today: dt.date | None = None,
) -> QWidget | None:
    """Draw the questionnaires of the pairs whose check-in is due (a page for each member,
    names printed), or a blank pair of pages when none is due; then offer to print or save
    them (gui.printing). The dialog, or None when the PDF could not be written."""
    due = services.feedback.due_checkins(today or dt.date.today())
    pair_ids = sorted(due)
    rounds = {d.checkin for d in due.values()}
    checkin: CheckinRound | None = rounds.pop() if len(rounds) == 1 else None
    caption = QCoreApplication.translate("Feedback", "Feedback questionnaires")
    name = QCoreApplication.translate("Feedback", "questionnaires") + ".pdf"
    scratch = Path(tempfile.mkdtemp(prefix="mentorat-"))  # private (0700)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pages = write_questionnaires(
            services.db, scratch / name, language, pair_ids, checkin=checkin
        )
    except OSError as exc:
        QGuiApplication.restoreOverrideCursor()
        shutil.rmtree(scratch, ignore_errors=True)
        QMessageBox.warning(
            parent,
            caption,
            QCoreApplication.translate(
                "Feedback", "The file could not be written: {reason}"
            ).format(reason=os_reason(exc)),
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    if pair_ids:
        said = QCoreApplication.translate(
            "Feedback",
            "Questionnaires of the %n pair(s) whose check-in is due: ready.",
            "",
            len(pair_ids),
        )
    else:
        said = QCoreApplication.translate(
            "Feedback", "No check-in is due: a blank questionnaire is ready."
        )
    tell(parent, said)
    dialog = PrintOutDialog(
        scratch / name,
        caption,
        pages,
        SaveSpec(file_dialogs.EXPORTS, caption, name),
        parent,
        scratch=scratch,
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
