"""Importing a spreadsheet: a preview of what will happen, then one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.database import Database
from mentorat_desktop.gui.labels import role_short
from mentorat_desktop.i18n.import_messages import (
    column_description,
    describe_plan_problem,
    duplicate_reason,
    refused_reason,
)


class PreviewImportDialog(QDialog):
    """The preview shared by every import: rows to add, rows already there (skipped), rows
    refused with their line number and reason; nothing is written until the user imports.

    Subclasses say how to plan and apply, and what to show of a row to add."""

    def _title(self) -> str:
        raise NotImplementedError

    def _make_plan(self, db: Database, path: Path) -> Any:
        raise NotImplementedError

    def _apply(self, db: Database, plan: Any) -> int:
        raise NotImplementedError

    def _add_headers(self) -> list[str]:
        raise NotImplementedError

    def _add_values(self, row: Any) -> list[str]:
        raise NotImplementedError

    def _import_label(self, count: int) -> str:
        raise NotImplementedError

    def __init__(self, db: Database, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.path = Path(path)
        self.added: int | None = None
        self.setWindowTitle(self._title())
        self.setAccessibleName(self._title())
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(QCoreApplication.translate("ImportDialog", "Import summary"))
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Cancel")
        )
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ImportDialog", "Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        try:
            self.plan = self._make_plan(db, self.path)
        except Exception as exc:
            message = describe_plan_problem(exc, self.path)
            if message is None:
                raise
            self.plan = None
            self.summary.setText(message)
            self.import_button.setEnabled(False)
            self.import_button.setAccessibleName(
                QCoreApplication.translate("ImportDialog", "Import")
            )
            layout.addStretch(1)
            layout.addWidget(self.buttons)
            return
        plan = self.plan
        self.summary.setText(
            QCoreApplication.translate("ImportDialog", "File: {name}").format(name=self.path.name)
            + "\n"
            + QCoreApplication.translate(
                "ImportDialog", "Nothing is written until you press the import button."
            )
        )
        recognised = QCoreApplication.translate(
            "ImportDialog", "Columns recognised: {columns}"
        ).format(
            columns=", ".join(
                f"{header} → {column_description(field)}"
                for header, field in plan.column_map.items()
            )
        )
        if plan.ignored_headers:
            recognised += "\n" + QCoreApplication.translate(
                "ImportDialog", "Columns not used: {columns}"
            ).format(columns=", ".join(plan.ignored_headers))
        columns = QLabel(recognised, self)
        columns.setWordWrap(True)
        layout.addWidget(columns)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(QCoreApplication.translate("ImportDialog", "Import preview"))
        line = QCoreApplication.translate("ImportDialog", "Line")
        self.to_add = self._tree([line, *self._add_headers()])
        for row in plan.to_add:
            self._item(self.to_add, [str(row.line), *self._add_values(row)])
        name = QCoreApplication.translate("ImportDialog", "Name")
        self.duplicates = self._tree(
            [line, name, QCoreApplication.translate("ImportDialog", "Why skipped")]
        )
        for dup in plan.duplicates:
            self._item(self.duplicates, [str(dup.line), dup.name, duplicate_reason(dup)])
        self.refused = self._tree(
            [line, name, QCoreApplication.translate("ImportDialog", "Why refused")]
        )
        for bad in plan.refused:
            self._item(self.refused, [str(bad.line), bad.name, refused_reason(bad)])
        self.tabs.addTab(
            self.to_add,
            QCoreApplication.translate("ImportDialog", "To add (%n)", "", len(plan.to_add)),
        )
        self.tabs.addTab(
            self.duplicates,
            QCoreApplication.translate(
                "ImportDialog", "Already present (%n)", "", len(plan.duplicates)
            ),
        )
        self.tabs.addTab(
            self.refused,
            QCoreApplication.translate("ImportDialog", "Refused (%n)", "", len(plan.refused)),
        )
        if plan.refused and not plan.to_add:
            self.tabs.setCurrentWidget(self.refused)
        layout.addWidget(self.tabs, 1)
        self.import_button.setText(self._import_label(len(plan.to_add)))
        self.import_button.setAccessibleName(self.import_button.text())
        self.import_button.setEnabled(bool(plan.to_add))
        layout.addWidget(self.buttons)

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setAccessibleName(headers[-1])
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(True)
        return tree

    def _item(self, tree: QTreeWidget, values: list[str]) -> None:
        item = QTreeWidgetItem(values)
        for column, value in enumerate(values):
            item.setToolTip(column, value)
        tree.addTopLevelItem(item)

    def accept(self) -> None:
        if self.plan is None or not self.plan.to_add:
            return
        from mentorat_desktop.core.backups import BackupReason, write_backup
        from mentorat_desktop.core.errors import StorageError
        from mentorat_desktop.core.services.settings import SettingsService
        from mentorat_desktop.gui.data import backup_place
        from mentorat_desktop.i18n import current_language
        from mentorat_desktop.i18n.storage_messages import storage_error

        try:
            # A checked backup first: an import touches many rows at once.
            place = backup_place(SettingsService(self._db))
            write_backup(
                self._db.path,
                BackupReason.IMPORT,
                second_folder=place.second_folder,
                keep_last=place.keep_last,
            )
            self.added = self._apply(self._db, self.plan)
        except StorageError as exc:
            QMessageBox.warning(self, self._title(), storage_error(exc, current_language()))
            return
        except Exception as exc:
            # The kind of error only: its text may hold SQL parameters (names, e-mails).
            QMessageBox.warning(
                self,
                self._title(),
                QCoreApplication.translate(
                    "ImportDialog",
                    "The import stopped and nothing was written. "
                    "Check the file and try again. ({reason})",
                ).format(reason=type(exc).__name__),
            )
            return
        super().accept()


class ImportMembersDialog(PreviewImportDialog):
    def _title(self) -> str:
        return self.tr("Import members")

    def _make_plan(self, db: Database, path: Path) -> Any:
        from mentorat_desktop.core.importing.members import plan_member_import

        return plan_member_import(db, path)

    def _apply(self, db: Database, plan: Any) -> int:
        from mentorat_desktop.core.importing.members import apply_member_import

        return apply_member_import(db, plan)

    def _add_headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("E-mail"), self.tr("Role"), self.tr("City")]

    def _add_values(self, row: Any) -> list[str]:
        return [row.name, row.data.email or "", role_short(row.data.role), row.data.city or ""]

    def _import_label(self, count: int) -> str:
        return self.tr("Import %n member(s)", "", count)
