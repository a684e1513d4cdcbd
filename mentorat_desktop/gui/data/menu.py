"""The Data menu: back up now, restore a backup, check the database, open the backups
folder."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from mentorat_desktop.app import AppContext
from mentorat_desktop.core.backups import (
    BackupReason,
    BackupResult,
    backup_folder,
    backup_place,
    write_backup,
)
from mentorat_desktop.gui.data import failure_text, open_folder
from mentorat_desktop.gui.data.worker import Job, run_in_thread


class DataMenu(QMenu):
    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(self.tr("&Data"), window)
        self._window = window
        self._ctx = ctx
        self.job: Job | None = None
        self.backup_action = self.addAction(self.tr("&Back up now"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = self.addAction(self.tr("&Restore a backup…"))
        self.restore_action.triggered.connect(self.open_restore)
        self.check_action = self.addAction(self.tr("&Check the database…"))
        self.check_action.triggered.connect(self.open_check)
        self.addSeparator()
        self.folder_action = self.addAction(self.tr("Open the &backups folder"))
        self.folder_action.triggered.connect(self.open_backups_folder)
        self.addSeparator()
        self.record_action = self.addAction(self.tr("Record of &processing (PDF)…"))
        self.record_action.triggered.connect(self.write_record)

    def write_record(self, path: str | None = None) -> None:
        """The record of processing (what is kept about members, why, for how long), for
        the association's files, written off the GUI thread then opened."""
        from mentorat_desktop.core.privacy_record import write_processing_record
        from mentorat_desktop.gui import file_dialogs

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
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            self._window.statusBar().showMessage(
                self.tr("Record of processing written to “{path}”.").format(path=path), 15000
            )
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

        def failed(error: BaseException) -> None:
            QMessageBox.warning(
                self._window, self.tr("Record of processing"), failure_text(error, language)
            )

        self.job = run_in_thread(run, done, failed)

    def back_up_now(self) -> None:
        if self.job is not None and self.job.running:
            return
        db, place = self._ctx.db, backup_place(self._ctx.settings)

        def run() -> BackupResult:
            return write_backup(
                db.path,
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
            QMessageBox.warning(
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
        QMessageBox.warning(
            self._window, self.tr("Back up now"), failure_text(error, self._ctx.language)
        )

    def open_restore(self):
        from mentorat_desktop.gui.data.restore_dialog import RestoreDialog

        ctx = self._ctx
        dialog = RestoreDialog(ctx.db, ctx.language, backup_place(ctx.settings), self._window)
        # Commands on the undo stack describe the state before: they cannot be undone now.
        dialog.restored.connect(ctx.undo_stack.clear)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_check(self):
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
        folder = backup_folder(self._ctx.db.path)
        if not open_folder(folder):
            QMessageBox.warning(
                self._window,
                self.tr("Open the backups folder"),
                self.tr("The folder could not be opened: {folder}").format(folder=folder),
            )


def build_data_menu(window: QMainWindow, ctx: AppContext) -> QMenu:
    """Add the Data menu to ``window``'s menu bar and return it."""
    menu = DataMenu(window, ctx)
    window.menuBar().addMenu(menu)
    return menu
