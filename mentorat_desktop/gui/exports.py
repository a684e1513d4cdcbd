"""Writing an export off the GUI thread, with its progress and a Cancel in the status bar.

A register of a few years (a hundred thousand sessions) takes seconds to write: the window
stays usable meanwhile. The file is written under a hidden temporary name beside the one
chosen and put in its place once whole; Cancel drops it, so the chosen file is either
written whole or left as it was. An error is said in a message, never as a traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton

from mentorat_desktop.core.database import Database
from mentorat_desktop.gui.data import failure_text, own_connection
from mentorat_desktop.gui.data.worker import Cancelled, Job, Progress, run_in_thread
from mentorat_desktop.gui.work_parts import busy_bar
from mentorat_desktop.i18n.os_messages import os_reason

Write = Callable[[Database, Path], int]  # writes the file, returns how many records


class Exporter(QPushButton):
    """The status bar's Cancel button of a window, and the one export it runs at a time."""

    def __init__(self, window: QMainWindow, db: Database, language: str) -> None:
        super().__init__(self.tr("Cancel"), window)
        self.setAccessibleName(self.tr("Cancel the export"))
        self.setAutoDefault(False)
        self.clicked.connect(self.cancel)
        self._window = window
        self._db = db
        self._language = language
        self.busy = busy_bar(window)
        self.busy.setMaximumWidth(120)
        window.statusBar().addPermanentWidget(self.busy)
        window.statusBar().addPermanentWidget(self)
        self.hide()
        self.job: Job | None = None
        self.progress = Progress()
        self._title = ""
        self._done_text: Callable[[int], str] = str

    def is_running(self) -> bool:
        return self.job is not None and self.job.running

    def start(self, title: str, path: Path, write: Write, done_text: Callable[[int], str]) -> bool:
        """Write ``path`` with ``write`` in the thread pool; ``done_text(count)`` is shown
        once it is written. False when another export is still running."""
        bar = self._window.statusBar()
        if self.is_running():
            bar.showMessage(self.tr("Another export is still running: wait for it to end."), 8000)
            return False
        db, progress = self._db, Progress()
        part = path.with_name(f".{path.name}.part")

        def run() -> int:
            try:
                with own_connection(db) as mine:  # its own connection: another thread
                    count = write(mine, part)
                progress.check()  # raises Cancelled once the user asked to stop
                os.replace(part, path)  # the chosen name, in one step, once the file is whole
            except BaseException:
                part.unlink(missing_ok=True)
                raise
            return count

        self.progress, self._title, self._done_text = progress, title, done_text
        bar.showMessage(self.tr("Writing “{name}”…").format(name=path.name))
        self.setEnabled(True)
        self.show()
        self.busy.show()
        self.job = run_in_thread(run, self._written, self._failed)
        return True

    def cancel(self) -> None:
        if self.is_running():
            self.progress.cancel()
            self.setEnabled(False)
            self._window.statusBar().showMessage(self.tr("Stopping the export…"))

    def _end(self) -> None:
        self.hide()
        self.busy.hide()

    def _written(self, count: int) -> None:
        self._end()
        self._window.statusBar().showMessage(self._done_text(count), 8000)

    def _failed(self, error: BaseException) -> None:
        self._end()
        bar = self._window.statusBar()
        if isinstance(error, Cancelled):
            bar.showMessage(self.tr("Export cancelled: no file was written."), 8000)
            return
        bar.clearMessage()
        if isinstance(error, OSError):
            text = self.tr("The file could not be written: {reason}").format(
                reason=os_reason(error)
            )
        else:
            text = failure_text(error, self._language)
        QMessageBox.warning(self._window, self._title, text)
