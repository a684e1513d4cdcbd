"""Restore a backup: the backups newest first, their folder, and a restore made off the GUI
thread after the current state has been backed up."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,  # noqa: F401  (the tests answer its static functions)
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.backups import (
    BackupError,
    BackupInfo,
    BackupPlace,
    BackupResult,
    backup_folder,
    list_backups,
    read_backup_info,
    restore_backup,
)
from mentorat_desktop.core.database import Database
from mentorat_desktop.gui import file_dialogs
from mentorat_desktop.gui.data import (
    announce_everything,
    drop_connections,
    failure_text,
    open_folder,
)
from mentorat_desktop.gui.data.backups_model import COL_DATE, COL_REASON, BackupsModel
from mentorat_desktop.gui.data.worker import Job, run_in_thread
from mentorat_desktop.gui.work_parts import busy_bar, message_label, named_button
from mentorat_desktop.i18n.storage_messages import backup_error, contents_text

ERROR_STYLE = "color: #b00020; font-weight: bold;"


class RestoreDialog(QDialog):
    """``restored(info)`` is emitted once a backup has been put back in the database."""

    restored = Signal(object)

    def __init__(
        self,
        db: Database,
        language: str,
        place: BackupPlace | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if db.path is None:  # the Data menu offers restores of a database file only
            raise ValueError("a backup is restored into a database file, not a server")
        self._db = db
        self._path: Path = db.path
        self._language = language
        self._second_folder = (place or BackupPlace()).second_folder
        self._folder = backup_folder(db.path)
        self.job: Job | None = None
        self._restoring: BackupInfo | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setAccessibleName(self.tr("Restore a backup"))

        intro = QLabel(
            self.tr(
                "Restoring a backup puts the data back as it was when the backup was made: "
                "what changed since then is replaced. The current state is backed up first, "
                "so a restore can itself be undone by restoring that copy."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.folder_label = QLabel(
            self.tr("Backups folder: {folder}").format(folder=str(self._folder)), self
        )
        self.folder_label.setAccessibleName(self.tr("Backups folder"))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = named_button(
            self, self.tr("&Open the folder"), self.tr("Open the folder"), self.open_folder
        )
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_button)

        self.model = BackupsModel(language, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._double_clicked)
        self.empty_label = QLabel(self.tr("No backup yet in this folder."), self)
        self.empty_label.setAccessibleName(self.tr("No backup"))

        self.busy = busy_bar(self)
        self.message = message_label(self)

        self.other_button = named_button(
            self, self.tr("&Another file…"), self.tr("Another file…"), self.choose_file
        )
        self.restore_button = named_button(
            self, self.tr("&Restore…"), self.tr("Restore…"), self.restore_selected, default=True
        )
        self.close_button = named_button(self, self.tr("Close"), self.tr("Close"), self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(720, 420)

        self.reload()
        if db.read_only:
            self._say(
                self.tr(
                    "This database is open read-only, because another copy of Mentorat is "
                    "using it: a backup cannot be restored here. Close the other copy, then "
                    "open this window again."
                )
            )
        self._update_buttons()
        self.table.setFocus()

    # -- what is shown ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.set_backups(list_backups(self._path))
        empty = self.model.rowCount() == 0
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if not empty:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows(COL_DATE)
        return self.model.backup_at(rows[0].row()) if rows else None

    def is_busy(self) -> bool:
        return self.job is not None and self.job.running

    def _update_buttons(self) -> None:
        can_restore = not self._db.read_only and not self.is_busy()
        self.restore_button.setEnabled(can_restore and self.selected_backup() is not None)
        self.other_button.setEnabled(can_restore)
        self.close_button.setEnabled(not self.is_busy())

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(("⚠ " if error else "") + text)
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.table.setEnabled(not busy)
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------------
    def open_folder(self) -> None:
        if not open_folder(self._folder):
            self._say(
                self.tr("The folder could not be opened: {folder}").format(folder=self._folder),
                error=True,
            )

    def choose_file(self) -> None:
        path = file_dialogs.open_file(
            self,
            file_dialogs.BACKUPS,
            self.tr("Restore another backup"),
            self.tr("Mentorat backups (*.sqlite3);;All files (*)"),
            start=str(self._folder if self._folder.is_dir() else self._path.parent),
        )
        if path:
            self.restore_file(Path(path))

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is not None and self.restore_button.isEnabled():
            self._confirm_and_restore(info)

    def _double_clicked(self, _index: object) -> None:
        self.restore_selected()

    def restore_file(self, path: Path) -> None:
        """Restore a backup chosen elsewhere, once it has been read as one."""
        if self._db.read_only or self.is_busy():
            return
        if path.resolve() == self._path.resolve():
            self._say(
                self.tr("This is the database itself, not a backup of it. Nothing was changed."),
                error=True,
            )
            return
        try:
            info = read_backup_info(path)
        except BackupError as exc:
            self._say(backup_error(exc), error=True)
            return
        self._confirm_and_restore(info)

    def confirm(self, info: BackupInfo) -> bool:
        """Ask before restoring (tests replace QMessageBox.question to answer)."""
        time = self.model.time_text(info)
        text = "\n\n".join(
            (
                self.tr("Restore the backup of {time}?").format(time=time),
                self.tr(
                    "It holds {contents}. The data will go back to that state, and what "
                    "changed since will be replaced."
                ).format(contents=contents_text(info)),
                self.tr("The current state is backed up first, so you can come back to it."),
            )
        )
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_and_restore(self, info: BackupInfo) -> None:
        if not self.confirm(info):
            return
        self._say(
            self.tr("Restoring the backup of {time}…").format(time=self.model.time_text(info))
        )
        self._restoring = info
        drop_connections(self._db)
        self.job = run_in_thread(
            partial(restore_backup, info.path, self._path, second_folder=self._second_folder),
            self._restored,
            self._failed,
        )
        self._set_busy(True)

    def _restored(self, before: BackupResult | None) -> None:
        info = self._restoring
        assert info is not None
        self._set_busy(False)
        announce_everything(self._db)
        text = self.tr("Restored the backup of {time}: {contents}.").format(
            time=self.model.time_text(info), contents=contents_text(info)
        )
        if before is not None:
            text += " " + self.tr("The state before the restore was backed up to “{path}”.").format(
                path=before.path
            )
        self.reload()
        self._say(text)
        self.restored.emit(info)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.reload()  # the copy of the state before may be there
        self._say(failure_text(error, self._language), error=True)

    # -- closing ----------------------------------------------------------------------------------
    def reject(self) -> None:
        if not self.is_busy():  # a restore in progress ends first (a second or two)
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy():
            event.ignore()
        else:
            super().closeEvent(event)
