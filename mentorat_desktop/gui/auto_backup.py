"""The automatic backups of the window's life: on opening (when the last one is more than a
day old), off the GUI thread, and on closing. Each says in the status bar what it did; a
backup that fails says why and does not stop the work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QMainWindow

from mentorat_desktop.core.backups import (
    BackupReason,
    BackupResult,
    backup_is_due,
    backup_place,
    write_backup,
)
from mentorat_desktop.core.errors import StorageError
from mentorat_desktop.gui.context import AppContext
from mentorat_desktop.gui.data.worker import run_in_thread
from mentorat_desktop.i18n.storage_messages import storage_error


def _backup(ctx: AppContext, db_path: Path, reason: BackupReason) -> BackupResult | StorageError:
    place = backup_place(ctx.settings)
    try:
        return write_backup(
            db_path, reason, second_folder=place.second_folder, keep_last=place.keep_last
        )
    except StorageError as exc:
        return exc


def say_backup_outcome(window: QMainWindow, ctx: AppContext, outcome: object) -> None:
    if isinstance(outcome, StorageError):
        text = QCoreApplication.translate(
            "AutoBackup", "The automatic backup could not be written: {reason}"
        ).format(reason=storage_error(outcome, ctx.language))
        window.statusBar().showMessage(text, 15000)
        return
    if not isinstance(outcome, BackupResult):
        return
    text = QCoreApplication.translate("AutoBackup", "Backup written: {path}").format(
        path=outcome.path.name
    )
    if outcome.second_problem is not None:
        text += " " + QCoreApplication.translate(
            "AutoBackup", "(the copy to the second place failed: is it connected?)"
        )
    elif outcome.second_path is not None:
        text += " " + QCoreApplication.translate("AutoBackup", "(and copied to the second place)")
    window.statusBar().showMessage(text, 10000)


def backup_on_open(ctx: AppContext, window: QMainWindow) -> None:
    """Start the opening backup in the background when one is due (never on a server, whose
    copies are its administrator's business)."""
    db_path = ctx.db.path
    if db_path is None or not backup_is_due(db_path):
        return
    run_in_thread(
        lambda: _backup(ctx, db_path, BackupReason.OPEN),
        lambda outcome: say_backup_outcome(window, ctx, outcome),
        lambda error: say_backup_outcome(window, ctx, error),
    )


def backup_on_close(ctx: AppContext) -> None:
    """The closing backup (the window is gone: nobody waits on it); none on a server."""
    if ctx.db.path is None:
        return
    QThreadPool.globalInstance().waitForDone(5000)  # an opening backup still running
    _backup(ctx, ctx.db.path, BackupReason.CLOSE)
