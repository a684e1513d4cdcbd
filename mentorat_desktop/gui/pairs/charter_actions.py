"""Saving charters to a PDF, then opening it in the system's viewer to print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mentorat_desktop.core.database import Database
from mentorat_desktop.gui import file_dialogs


def save_charters(
    parent: QWidget,
    db: Database,
    pair_ids: list[int],
    language: str,
    suggested_name: str,
    copies: int = 1,
    open_after: bool = True,
) -> Path | None:
    """Ask where to save, write the PDF, open it. Returns the file, or None if cancelled."""
    title = QCoreApplication.translate("Charters", "Save the charters")
    path = file_dialogs.save_file(
        parent,
        file_dialogs.CHARTERS,
        title,
        suggested_name,
        QCoreApplication.translate("Charters", "PDF (*.pdf)"),
    )
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    from mentorat_desktop.core.charters import write_charters

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_charters(db, pair_ids, Path(path), language, copies=copies)
    except OSError as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "Charters", "The file could not be written: {reason}"
            ).format(reason=exc.strerror or exc),
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    if open_after:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
    return Path(path)
