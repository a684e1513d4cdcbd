"""Start the GUI on a database, or explain (in the user's language) why it cannot open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from mentorat_desktop.app import build_main_window, create_context, get_qapp
from mentorat_desktop.core.errors import DatabaseOpenError
from mentorat_desktop.i18n import DEFAULT_LANGUAGE, install_translators
from mentorat_desktop.i18n.messages import open_error


def run_gui(db_path: Path, language: str | None) -> int:
    qapp = get_qapp()
    try:
        ctx = create_context(db_path, language, qapp)
    except DatabaseOpenError as exc:
        install_translators(qapp, language or DEFAULT_LANGUAGE)
        QMessageBox.critical(None, "Mentorat", open_error(exc))
        print(open_error(exc))
        return 2
    window = build_main_window(ctx)
    window.resize(1280, 800)
    window.show()
    try:
        return qapp.exec()
    finally:
        ctx.close()
