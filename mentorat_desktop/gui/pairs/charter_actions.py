"""Charters drawn into a PDF, then printed, saved or sent to the pair by e-mail.

The drawing (reportlab: a few hundred milliseconds for a dozen charters, several seconds
for a whole cohort) runs in Qt's thread pool with its own database connection, behind a
progress dialog with Cancel; the window stays alive meanwhile."""

from __future__ import annotations

import gc
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from mentorat_desktop.core.charters import write_charters
from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.gui import file_dialogs
from mentorat_desktop.gui.data import failure_text, own_connection
from mentorat_desktop.gui.data.worker import Cancelled, Progress, run_in_thread
from mentorat_desktop.gui.printing import EmailDraft, PrintOutDialog, SaveSpec
from mentorat_desktop.i18n.os_messages import os_reason


class CharterDrawing(QObject):
    """Charters being drawn off the GUI thread. ``dialog`` is the PrintOutDialog once the
    PDF is ready (None before, and after a failure or Cancel); ``job`` is the running job,
    ``progress`` its steps and Cancel, ``box`` the progress dialog. A child of the window
    that asked: if that window goes first, the drawing is cancelled and its outcome
    dropped."""

    def __init__(
        self,
        parent: QWidget,
        services: Services,
        pair_ids: list[int],
        language: str,
        suggested_name: str,
        copies: int,
    ) -> None:
        super().__init__(parent)

        self._parent = parent
        self._services = services
        self._pair_ids = pair_ids
        self._language = language
        self._suggested_name = suggested_name
        self.caption = QCoreApplication.translate("Charters", "Save the charters")
        # A private folder of its own (0700), removed when the dialog closes.
        self.scratch = Path(tempfile.mkdtemp(prefix="mentorat-"))
        self.pdf = self.scratch / suggested_name
        self.dialog: PrintOutDialog | None = None
        self.progress = Progress()
        box = QProgressDialog(
            QCoreApplication.translate("Charters", "Drawing the charters…"),
            QCoreApplication.translate("Charters", "Cancel"),
            0,
            len(pair_ids) * copies,
            parent,
        )
        box.setWindowTitle(self.caption)
        box.setAccessibleName(QCoreApplication.translate("Charters", "Drawing the charters"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(400)
        box.setAutoClose(False)
        box.setAutoReset(False)
        cancel = QPushButton(QCoreApplication.translate("Charters", "Cancel"), box)
        cancel.setAccessibleName(QCoreApplication.translate("Charters", "Cancel the drawing"))
        box.setCancelButton(cancel)
        box.canceled.connect(self.progress.cancel)
        self.progress.step.connect(box.setValue)
        parent.destroyed.connect(self.progress.cancel)
        self.box = box
        db, pdf, progress = services.db, self.pdf, self.progress

        def draw() -> int:
            # On the pool's thread: a connection of its own; nothing here touches a widget.
            with _sharing_the_interpreter(), own_connection(db) as mine:
                return write_charters(
                    mine, pair_ids, pdf, language, copies=copies, progress=progress.report
                )

        self.job = run_in_thread(draw, self._finished, self._failed)

    @property
    def running(self) -> bool:
        return self.job.running

    def _close_box(self) -> None:
        self.box.hide()  # not close(): a progress dialog closed says it was cancelled
        self.box.deleteLater()

    def _finished(self, pages: int) -> None:
        self._close_box()
        self.dialog = _open_dialog(
            self._parent,
            self._services,
            self._pair_ids,
            self._language,
            self.pdf,
            pages,
            self.caption,
            self._suggested_name,
            self.scratch,
        )

    def _failed(self, error: BaseException) -> None:
        self._close_box()
        _remove(self.scratch)  # the partial file with its folder
        if isinstance(error, Cancelled):
            return
        if isinstance(error, OSError):
            text = QCoreApplication.translate(
                "Charters", "The file could not be written: {reason}"
            ).format(reason=os_reason(error))
        else:
            text = failure_text(error, self._language)
        QMessageBox.warning(self._parent, self.caption, text)


_sharing_lock = threading.Lock()
_sharing = {"jobs": 0, "interval": 0.005}


@contextmanager
def _sharing_the_interpreter() -> Iterator[None]:
    """While reportlab (pure Python) draws in another thread, keep the window's pauses
    short: the interpreter is handed over every millisecond instead of every five (the
    window waits that long each time it needs it: showing the progress dialog needs it a
    dozen times), and the garbage collector's full passes, which stop every thread while
    they walk the heap, leave the objects already there aside. Both are undone when the
    last drawing ends."""
    with _sharing_lock:
        _sharing["jobs"] += 1
        if _sharing["jobs"] == 1:
            _sharing["interval"] = sys.getswitchinterval()
            sys.setswitchinterval(0.001)
            gc.freeze()
    try:
        yield
    finally:
        with _sharing_lock:
            _sharing["jobs"] -= 1
            if _sharing["jobs"] == 0:
                gc.unfreeze()
                sys.setswitchinterval(_sharing["interval"])


def print_charters(
    parent: QWidget,
    services: Services,
    pair_ids: list[int],
    language: str,
    suggested_name: str,
    copies: int = 1,
) -> CharterDrawing:
    """Draw the charters of ``pair_ids`` into a PDF in Qt's thread pool, with a progress
    dialog and Cancel, then offer to print it, save it, open its folder, and (one pair)
    send it to the pair by e-mail. The drawing under way: its ``dialog`` is set when the
    PDF is ready; a failure is said in a message, Cancel leaves nothing behind."""
    return CharterDrawing(parent, services, pair_ids, language, suggested_name, copies)


def _open_dialog(
    parent: QWidget,
    services: Services,
    pair_ids: list[int],
    language: str,
    pdf: Path,
    pages: int,
    caption: str,
    suggested_name: str,
    scratch: Path,
) -> PrintOutDialog:
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
    shutil.rmtree(folder, ignore_errors=True)


def _pair_title(services: Services, pair_id: int) -> str:
    pair = services.pairs.get(pair_id)
    return elided_format(
        QCoreApplication.translate("Charters", "Charter of {mentor} and {mentee}"),
        mentor=pair.mentor_name,
        mentee=pair.mentee_name,
    )


def _email_maker(
    services: Services, pair_id: int, language: str
) -> Callable[[Path], EmailDraft] | None:
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
