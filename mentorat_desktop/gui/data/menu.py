"""The Data menu: where the data file is; back up now, restore a backup, check the database;
open the data and backups folders; open another database, make a new one; reset the demo."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from mentorat_desktop.gui import file_dialogs
from mentorat_desktop.gui.context import AppContext
from mentorat_desktop.gui.data import (
    announce_everything,
    drop_connections,
    failure_text,
    launch_application,
    open_folder,
)
from mentorat_desktop.gui.data.worker import Job, run_in_thread
from mentorat_desktop.gui.demo_banner import is_demo

if TYPE_CHECKING:
    from mentorat_desktop.core.backups import BackupResult

    # lazy: the check dialog and its checks, built when first opened
    from mentorat_desktop.gui.data.check_dialog import CheckDialog

    # lazy: the restore dialog, built when first opened
    from mentorat_desktop.gui.data.restore_dialog import RestoreDialog

# The last folder used to open or make a database (file_dialogs keeps one per kind).
DATABASES = "databases"


def _warn(parent: QWidget, title: str, text: str) -> None:
    # lazy: the message box class, built by PySide6 when first used (not at start-up)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


class DataMenu(QMenu):
    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(self.tr("&Data"), window)
        self._window = window
        self._ctx = ctx
        self.job: Job | None = None
        # Where things are, said first (greyed: information, not a command).
        if ctx.db.on_server:
            where = self.tr("Server: {address}").format(address=ctx.db.location)
        else:
            where = self.tr("Data file: {path}").format(path=ctx.db.location)
        self.file_action = self.addAction(where)
        self.file_action.setEnabled(False)
        self.addSeparator()
        self.backup_action = self.addAction(self.tr("&Back up now"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = self.addAction(self.tr("&Restore a backup…"))
        self.restore_action.triggered.connect(self.open_restore)
        self.check_action = self.addAction(self.tr("&Check the database…"))
        self.check_action.triggered.connect(self.open_check)
        self.addSeparator()
        self.data_folder_action = self.addAction(self.tr("Open the d&ata folder"))
        self.data_folder_action.triggered.connect(self.open_data_folder)
        self.folder_action = self.addAction(self.tr("Open the &backups folder"))
        self.folder_action.triggered.connect(self.open_backups_folder)
        self.addSeparator()
        self.other_action = self.addAction(self.tr("&Open another database…"))
        self.other_action.triggered.connect(lambda: self.open_other_database())
        self.new_action = self.addAction(self.tr("&New database…"))
        self.new_action.triggered.connect(lambda: self.new_database())
        self.reset_demo_action = None

        if is_demo(ctx.db.path):
            self.reset_demo_action = self.addAction(self.tr("Reset the &demo…"))
            self.reset_demo_action.triggered.connect(lambda: self.reset_demo())
            self.reset_demo_action.setEnabled(not ctx.db.read_only)
        if ctx.db.on_server:
            # The file's own commands: on a server, copies and restores are its
            # administrator's business, and there is no folder to open.
            for action in (
                self.backup_action,
                self.restore_action,
                self.data_folder_action,
                self.folder_action,
            ):
                action.setVisible(False)
        self.addSeparator()
        self.record_action = self.addAction(self.tr("Record of &processing (PDF)…"))
        self.record_action.triggered.connect(self.write_record)

    def write_record(self, path: str | None = None) -> None:
        """The record of processing (what is kept about members, why, for how long), for
        the association's files, written off the GUI thread then opened."""
        # lazy: the record of processing and its texts, only when it is written
        from mentorat_desktop.core.privacy_record import write_processing_record

        if not path:
            path = file_dialogs.save_file(
                self._window,
                file_dialogs.RECORD,
                self.tr("Record of processing"),
                self.tr("record-of-processing.pdf"),
                self.tr("PDF documents (*.pdf)"),
            )
        if not path:
            return
        db, language = self._ctx.db, self._ctx.language

        def run() -> int:
            return write_processing_record(db, path, language)

        def done(_pages: int) -> None:
            # lazy: the printing module, loaded when the record is first written
            from mentorat_desktop.gui.printing import open_file

            self._window.statusBar().showMessage(
                self.tr("Record of processing written to “{path}”.").format(path=path), 15000
            )
            open_file(self._window, Path(path))  # says so when no program opens a PDF

        def failed(error: BaseException) -> None:
            _warn(self._window, self.tr("Record of processing"), failure_text(error, language))

        self.job = run_in_thread(run, done, failed)

    def back_up_now(self) -> None:
        # lazy: the backups module, loaded when the menu is first used, not to build it
        from mentorat_desktop.core.backups import BackupReason, backup_place, write_backup

        if self.job is not None and self.job.running:
            return
        db_path = self._ctx.db.path
        if db_path is None:  # a server: the command is hidden, its copies are not ours
            return
        place = backup_place(self._ctx.settings)

        def run() -> BackupResult:
            return write_backup(
                db_path,
                BackupReason.MANUAL,
                second_folder=place.second_folder,
                keep_last=place.keep_last,
            )

        self.backup_action.setEnabled(False)
        self._window.statusBar().showMessage(self.tr("Backing up…"))
        self.job = run_in_thread(run, self._backed_up, self._backup_failed)

    def _backed_up(self, result: BackupResult) -> None:
        self.backup_action.setEnabled(True)
        self._window.statusBar().showMessage(
            self.tr("Backed up to “{path}”.").format(path=result.path), 15000
        )
        if result.second_problem is not None:
            _warn(
                self._window,
                self.tr("Back up now"),
                self.tr(
                    "The backup was written to “{path}”, but its copy to the second place "
                    "could not be. Check that the USB key or disk is connected and has room."
                ).format(path=result.path),
            )

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_action.setEnabled(True)
        self._window.statusBar().clearMessage()
        _warn(self._window, self.tr("Back up now"), failure_text(error, self._ctx.language))

    def open_restore(self) -> RestoreDialog | None:
        """The restore dialog; None on a server (the command is hidden there)."""
        # lazy: the backups module, loaded when the menu is first used, not to build it
        from mentorat_desktop.core.backups import backup_place

        # lazy: the restore dialog, built when first opened
        from mentorat_desktop.gui.data.restore_dialog import RestoreDialog

        ctx = self._ctx
        if ctx.db.path is None:
            return None
        dialog = RestoreDialog(ctx.db, ctx.language, backup_place(ctx.settings), self._window)
        # Commands on the undo stack describe the state before: they cannot be undone now.
        dialog.restored.connect(ctx.undo_stack.clear)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_check(self) -> CheckDialog:
        # lazy: the backups module, loaded when the menu is first used, not to build it
        from mentorat_desktop.core.backups import backup_place

        # lazy: the check dialog and its checks, built when first opened
        from mentorat_desktop.gui.data.check_dialog import CheckDialog

        ctx = self._ctx
        dialog = CheckDialog(ctx.db, ctx.language, backup_place(ctx.settings), self._window)
        dialog.repaired.connect(self._after_repair)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_repair(self, count: int) -> None:
        if count:
            self._ctx.undo_stack.clear()

    def open_backups_folder(self) -> None:
        # lazy: the backups module, loaded when the menu is first used, not to build it
        from mentorat_desktop.core.backups import backup_folder

        if self._ctx.db.path is None:  # a server: no folder of ours (the command is hidden)
            return
        folder = backup_folder(self._ctx.db.path)
        if not open_folder(folder):
            _warn(
                self._window,
                self.tr("Open the backups folder"),
                self.tr("The folder could not be opened: {folder}").format(folder=folder),
            )

    # -- where things are ----------------------------------------------------------------------
    def open_data_folder(self) -> None:
        if self._ctx.db.path is None:  # a server: no folder to open (the command is hidden)
            return
        folder = self._ctx.db.path.parent
        if not open_folder(folder):
            _warn(
                self._window,
                self.tr("Open the data folder"),
                self.tr("The folder could not be opened: {folder}").format(folder=folder),
            )

    def _launch(self, path: Path, caption: str) -> bool:
        """Another window of the application on ``path`` (its own process and lock)."""
        if launch_application(["--db", str(path), "--lang", self._ctx.language]):
            self._window.statusBar().showMessage(
                self.tr("Opening “{path}” in a new window…").format(path=path), 15000
            )
            return True
        _warn(
            self._window,
            caption,
            self.tr("Mentorat could not be started again on “{path}”.").format(path=path),
        )
        return False

    def open_other_database(self, path: str | None = None) -> bool:
        """Choose a database file and open it in a new window."""
        caption = self.tr("Open another database")
        here = self._ctx.db.path  # None on a server: then any file is another database
        if not path:
            path = file_dialogs.open_file(
                self._window,
                DATABASES,
                caption,
                self.tr("Mentorat databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
                str(here.parent) if here is not None else "",
            )
        if not path:
            return False
        chosen = Path(path)
        if here is not None and chosen.resolve() == here.resolve():
            self._window.statusBar().showMessage(
                self.tr("“{path}” is the database open in this window.").format(path=chosen),
                15000,
            )
            return False
        return self._launch(chosen, caption)

    def new_database(self, path: str | None = None) -> bool:
        """Choose the name of a new, empty database and open it in a new window."""
        caption = self.tr("New database")
        if not path:
            path = file_dialogs.save_file(
                self._window,
                DATABASES,
                caption,
                self.tr("new-association.sqlite3"),
                self.tr("Mentorat databases (*.sqlite3)"),
            )
        if not path:
            return False
        if not Path(path).suffix:
            path += ".sqlite3"
        chosen = Path(path)
        if chosen.exists():
            _warn(
                self._window,
                caption,
                self.tr(
                    "“{path}” already exists: choose a new file name (nothing was written)."
                ).format(path=chosen),
            )
            return False
        return self._launch(chosen, caption)

    # -- the demo ------------------------------------------------------------------------------
    def reset_demo(self, confirm: bool = True) -> Job | None:
        """Replace the demo by a fresh one (fictional people, dates around today), after a
        confirmation; the demo as it was is backed up first."""
        # lazy: the backups module, loaded when the menu is first used, not to build it
        from mentorat_desktop.core.backups import BackupReason, write_backup

        # lazy: the demo's generator, only when the demo is reset
        from mentorat_desktop.core.demo_file import write_demo_whole

        if self.reset_demo_action is None or self._ctx.db.read_only:
            return None
        if self.job is not None and self.job.running:
            return None
        caption = self.tr("Reset the demo")
        if confirm:
            # lazy: the message box class, built by PySide6 when first used (not at start-up)
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self._window,
                caption,
                self.tr(
                    "Start the demo again? Everything changed in it is replaced by the demo "
                    "association as it first was (fictional people, dates around today). "
                    "A backup of the demo as it is now is made first. Your own database is "
                    "not touched."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        scratch = Path(tempfile.mkdtemp(prefix="mentorat-demo-"))

        def run() -> Path:
            # The slow part, off the GUI thread: a fresh demo, labelled as a backup.
            fresh = scratch / "demo.sqlite3"
            write_demo_whole(fresh)
            return write_backup(fresh, BackupReason.MANUAL, output=scratch / "fresh").path

        self.reset_demo_action.setEnabled(False)
        self._window.statusBar().showMessage(self.tr("Resetting the demo…"))
        self.job = run_in_thread(
            run,
            lambda labelled: self._put_fresh_demo(labelled, scratch),
            lambda error: self._demo_reset_failed(error, scratch),
        )
        return self.job

    def _put_fresh_demo(self, labelled: Path, scratch: Path) -> None:
        """The fresh demo put in place as a restore is, on the GUI thread so that no view
        reads meanwhile (a second at most): one transaction on the open file, the demo as it
        was backed up first."""
        # lazy: the backups module, loaded when the menu is first used, not to build it
        from mentorat_desktop.core.backups import restore_backup

        db = self._ctx.db
        assert db.path is not None  # the demo is a file (is_demo): never on a server
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            drop_connections(db)
            restore_backup(labelled, db.path)
        except Exception as error:  # said in words below, never a traceback
            QGuiApplication.restoreOverrideCursor()
            self._demo_reset_failed(error, scratch)
            return
        QGuiApplication.restoreOverrideCursor()
        shutil.rmtree(scratch, ignore_errors=True)
        if self.reset_demo_action is not None:
            self.reset_demo_action.setEnabled(True)
        self._ctx.undo_stack.clear()  # its commands describe the demo as it was
        announce_everything(db)
        self._window.statusBar().showMessage(
            self.tr("The demo was reset: it is as new, with dates around today."), 15000
        )

    def _demo_reset_failed(self, error: BaseException, scratch: Path) -> None:
        shutil.rmtree(scratch, ignore_errors=True)
        if self.reset_demo_action is not None:
            self.reset_demo_action.setEnabled(True)
        self._window.statusBar().clearMessage()
        _warn(self._window, self.tr("Reset the demo"), failure_text(error, self._ctx.language))


def build_data_menu(window: QMainWindow, ctx: AppContext) -> DataMenu:
    """Add the Data menu to ``window``'s menu bar and return it."""
    menu = DataMenu(window, ctx)
    window.menuBar().addMenu(menu)
    return menu
