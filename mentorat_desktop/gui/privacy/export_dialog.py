"""Export one person's data: the coordinator picks a file name, the JSON file and the CSV
file are written side by side (the same name, each with its own extension), off the GUI
thread, and the status bar says what was written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.privacy import export_person_csv, export_person_json
from mentorat_desktop.gui import file_dialogs
from mentorat_desktop.gui.data import failure_text, own_connection
from mentorat_desktop.gui.data.worker import Job, run_in_thread
from mentorat_desktop.i18n.os_messages import os_reason
from mentorat_desktop.i18n.privacy_messages import person_data_labels

SUFFIXES = (".json", ".csv")


@dataclass(frozen=True)
class ExportFiles:
    json: Path
    csv: Path


def export_files(chosen: Path) -> ExportFiles:
    """The two files for the name the user chose: "anne.csv" gives "anne.json" and
    "anne.csv"; a name without either extension gets both added."""
    stem = chosen.with_suffix("") if chosen.suffix.lower() in SUFFIXES else chosen
    return ExportFiles(stem.with_name(stem.name + ".json"), stem.with_name(stem.name + ".csv"))


def write_person_files(
    db: Database, member_id: int, files: ExportFiles, labels: dict[str, str]
) -> ExportFiles:
    """Both files, from the job's own connection (run off the GUI thread)."""
    with own_connection(db) as mine:
        export_person_json(mine, member_id, files.json)
        export_person_csv(mine, member_id, files.csv, labels=labels)
    return files


class PersonExport(QObject):
    """Exports the data of one member at a time; ``written(files)`` once both are on disk.
    The questions it asks are methods, so that tests can answer them."""

    written = Signal(object)

    def __init__(self, window: QMainWindow, db: Database, language: str) -> None:
        super().__init__(window)
        self._window = window
        self._db = db
        self._language = language
        self.job: Job | None = None

    def is_busy(self) -> bool:
        return self.job is not None and self.job.running

    # -- questions --------------------------------------------------------------------------
    def choose_path(self, member_id: int) -> Path | None:
        path = file_dialogs.save_file(
            self._window,
            file_dialogs.PERSON_DATA,
            self.tr("Export this person’s data"),
            self.tr("member-{number}-data").format(number=member_id) + ".json",
            self.tr("JSON and CSV files (*.json *.csv);;All files (*)"),
        )
        return Path(path) if path else None

    def confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Export this person’s data"),
            self.tr(
                "A JSON file and a CSV file are written side by side. “{name}” already "
                "exists there: replace it?"
            ).format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- the export -------------------------------------------------------------------------
    def export(self, member_id: int, name: str) -> Job | None:
        """Ask for a file name, then write both files in the thread pool."""
        if self.is_busy():
            return None
        chosen = self.choose_path(member_id)
        if chosen is None:
            return None
        files = export_files(chosen)
        # The file dialog asked about the one it named; ask about the other here.
        for other in (files.json, files.csv):
            if other != chosen and other.exists() and not self.confirm_replace(other):
                return None
        db, labels = self._db, person_data_labels()
        self._name = name
        self._window.statusBar().showMessage(self.tr("Exporting…"))
        self.job = run_in_thread(
            lambda: write_person_files(db, member_id, files, labels),
            self._written,
            self._failed,
        )
        return self.job

    def _written(self, files: ExportFiles) -> None:
        self._window.statusBar().showMessage(
            self.tr(
                "Everything kept about {name} was written to “{json}” and “{csv}”. Read "
                "them before handing them over: notes may speak of the other member of a pair."
            ).format(name=self._name, json=files.json, csv=files.csv),
            30000,
        )
        self.written.emit(files)

    def _failed(self, error: BaseException) -> None:
        self._window.statusBar().clearMessage()
        if isinstance(error, OSError):
            text = self.tr("The files could not be written: {reason}").format(
                reason=os_reason(error)
            )
        else:
            text = failure_text(error, self._language)
        QMessageBox.warning(self._window, self.tr("Export this person’s data"), text)
