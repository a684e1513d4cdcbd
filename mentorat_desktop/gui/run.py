"""Start the GUI on a database, or explain (in the user's language) why it cannot open.

Around the window's life: the database's lock (a second copy is told who holds it and may
open read-only), the automatic backups (on opening when the last is more than a day old,
and on closing), the warning for a database in a synchronised folder, and a last safety
net that turns any unexpected error into a sentence instead of a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mentorat_desktop.app import build_main_window, create_context, get_qapp
from mentorat_desktop.core.errors import (
    DatabaseOpenError,
    StorageError,
    StorageProblem,
    storage_problem_of,
)
from mentorat_desktop.gui import collector
from mentorat_desktop.gui.context import AppContext
from mentorat_desktop.gui.text_size import apply_saved_text_scale
from mentorat_desktop.i18n import DEFAULT_LANGUAGE, install_translators
from mentorat_desktop.i18n.messages import open_error


def run_gui(db_path: Path | str, language: str | None, collections_held: bool = False) -> int:
    """Open the window on the database and run until it closes. ``collections_held``: the
    caller stopped Python's automatic collections for the start (gui/collector.py); they
    resume once the window is drawn, or when the start fails."""
    qapp = get_qapp()
    apply_saved_text_scale(qapp)
    try:
        ctx = _open(qapp, db_path, language)
    except DatabaseOpenError as exc:
        collector.release(collections_held)
        install_translators(qapp, language or DEFAULT_LANGUAGE)
        QMessageBox.critical(None, "Mentorat", open_error(exc))
        print(open_error(exc))
        return 2
    except StorageError as exc:
        collector.release(collections_held)
        # lazy: the storage messages, only when the database cannot be used
        from mentorat_desktop.i18n.storage_messages import storage_error

        install_translators(qapp, language or DEFAULT_LANGUAGE)
        QMessageBox.critical(None, "Mentorat", storage_error(exc, language or DEFAULT_LANGUAGE))
        return 2
    if ctx is None:
        collector.release(collections_held)
        return 2
    sys.excepthook = _make_excepthook(ctx)
    try:
        window = build_main_window(ctx)
        window.resize(1280, 800)
        window.show()
    finally:
        # Once the first paint is done (the next turn of the event loop), what start-up made
        # is left out of later collections, which resume.
        QTimer.singleShot(0, lambda: collector.release(collections_held, freeze=True))
    _warn_if_synchronised(ctx, window)
    if not ctx.db.read_only and not ctx.db.on_server:
        # lazy: the automatic backups, started once the window is up
        from mentorat_desktop.gui.auto_backup import backup_on_open

        backup_on_open(ctx, window)
    # On a first start (an empty database, no association's name), the set-up assistant.
    # lazy: the set-up assistant, only on a first run
    from mentorat_desktop.gui.welcome import welcome_if_first_run

    welcome_if_first_run(window)
    try:
        return qapp.exec()
    finally:
        if not ctx.db.read_only and not ctx.db.on_server:
            # lazy: the automatic backups, started once the window is up
            from mentorat_desktop.gui.auto_backup import backup_on_close

            backup_on_close(ctx)
        ctx.close()


def _open(qapp: QApplication, db_path: Path | str, language: str | None) -> AppContext | None:
    """The context on the database; when another copy holds it, ask whether to open it
    read-only. None when the user chose not to open it."""
    try:
        return create_context(db_path, language, qapp)
    except StorageError as exc:
        if exc.problem != StorageProblem.IN_USE:
            raise
        # lazy: the storage messages, only when the database cannot be used
        from mentorat_desktop.i18n.storage_messages import holder_text

        lang = language or DEFAULT_LANGUAGE
        translators = install_translators(qapp, lang)
        box = QMessageBox(QMessageBox.Icon.Warning, "Mentorat", holder_text(exc.holder, lang))
        box.setInformativeText(
            QCoreApplication.translate(
                "Startup",
                "Two copies writing to one file could lose changes. You can open it "
                "read-only to look things up, or close it there first.",
            )
        )
        read_only = box.addButton(
            QCoreApplication.translate("Startup", "Open &read-only"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        for translator in translators:
            qapp.removeTranslator(translator)
        if box.clickedButton() is not read_only:
            return None
        return create_context(db_path, language, qapp, read_only=True)


def _warn_if_synchronised(ctx: AppContext, window: object) -> None:
    # lazy: the backups module, for the check of a synchronised folder after start-up
    from mentorat_desktop.core.backups import cloud_sync_service

    # lazy: the storage messages, only when the database cannot be used
    from mentorat_desktop.i18n.storage_messages import cloud_warning

    if ctx.db.path is None:
        return  # a server: no synchronised folder
    service = cloud_sync_service(ctx.db.path)
    if service is not None:
        QMessageBox.warning(window, "Mentorat", cloud_warning(service))  # type: ignore[arg-type]


def _make_excepthook(ctx: AppContext):  # type: ignore[no-untyped-def]
    """Any error that escapes a click ends in a sentence, not a traceback: the message says
    what happened in the user's words, with no data and no SQL in it."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # lazy: the storage messages, only when the database cannot be used
        from mentorat_desktop.i18n.storage_messages import storage_error

        if isinstance(error, KeyboardInterrupt):
            QApplication.quit()
            return
        problem = error.problem if isinstance(error, StorageError) else storage_problem_of(error)
        if problem is not None:
            text = storage_error(
                error if isinstance(error, StorageError) else StorageError(problem), ctx.language
            )
        else:
            text = QCoreApplication.translate(
                "Startup",
                "Something unexpected went wrong. What was not finished was not saved. "
                "You can check the database from the Data menu.",
            )
        # The kind of error only (never its text, which may hold data) for whoever helps.
        print(f"Mentorat: {kind.__name__}", file=sys.stderr)
        QMessageBox.warning(QApplication.activeWindow(), "Mentorat", text)

    return hook
