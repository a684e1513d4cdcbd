"""Charters drawn into a PDF, then printed, saved or sent to the pair by e-mail."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.gui import file_dialogs
from mentorat_desktop.gui.printing import EmailDraft, PrintOutDialog, SaveSpec


def print_charters(
    parent: QWidget,
    services: Services,
    pair_ids: list[int],
    language: str,
    suggested_name: str,
    copies: int = 1,
) -> PrintOutDialog | None:
    """Draw the charters of ``pair_ids`` into a PDF, then offer to print it, save it, open
    its folder, and (one pair) send it to the pair by e-mail. The dialog, or None when the
    PDF could not be drawn (said in a message)."""
    from mentorat_desktop.core.charters import write_charters

    caption = QCoreApplication.translate("Charters", "Save the charters")
    # A private folder of its own (0700), removed when the dialog closes.
    scratch = Path(tempfile.mkdtemp(prefix="mentorat-"))
    pdf = scratch / suggested_name
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pages = write_charters(services.db, pair_ids, pdf, language, copies=copies)
    except OSError as exc:
        QGuiApplication.restoreOverrideCursor()
        _remove(scratch)
        QMessageBox.warning(
            parent,
            caption,
            QCoreApplication.translate(
                "Charters", "The file could not be written: {reason}"
            ).format(reason=exc.strerror or exc),
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    if len(pair_ids) == 1:
        title = _pair_title(services, pair_ids[0])
    else:
        count = len(pair_ids)
        title = QCoreApplication.translate("Charters", "Charters of %n pair(s)", "", count)
    email = _email_maker(services, pair_ids[0], language) if len(pair_ids) == 1 else None
    dialog = PrintOutDialog(
        pdf,
        title,
        pages,
        SaveSpec(file_dialogs.CHARTERS, caption, suggested_name),
        parent,
        scratch=scratch,
        email=email,
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


# The pairs view's name for it.
save_charters = print_charters


def _remove(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def _pair_title(services: Services, pair_id: int) -> str:
    pair = services.pairs.get(pair_id)
    return QCoreApplication.translate("Charters", "Charter of {mentor} and {mentee}").format(
        mentor=pair.mentor_name, mentee=pair.mentee_name
    )


def _email_maker(services: Services, pair_id: int, language: str):
    """The e-mail to the pair for the saved charter at a path; None when neither person has
    an address."""
    pair = services.pairs.get(pair_id)
    members = services.members
    mentor, mentee = members.get(pair.mentor_id), members.get(pair.mentee_id)
    to = tuple(a for a in (mentor.email, mentee.email) if a)
    if not to:
        return None
    settings = services.settings.get()
    association = settings.association_name
    signature = settings.coordinator_name or association or ""

    def draft(path: Path) -> EmailDraft:
        subject = QCoreApplication.translate("Charters", "Your mentoring charter")
        if association:
            subject += f" — {association}"
        body = QCoreApplication.translate(
            "Charters",
            "[Attach the file: {path} — then delete this line.]\n\n"
            "Hello {mentor} and {mentee},\n\n"
            "Here is the charter of your pair: what you agreed on, how often you meet and "
            "how to reach me. Read it through before we sign it together; tell me if "
            "something should change.\n\n"
            "See you soon,\n{signature}",
        ).format(
            path=path,
            mentor=mentor.first_name,
            mentee=mentee.first_name,
            signature=signature,
        )
        return EmailDraft(to, subject, body)

    return draft
