"""Importing a spreadsheet: a preview of what will happen, then one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
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

    def _make_plan(self, db: Database, path: Path, column_map: dict[str, str] | None) -> Any:
        """The plan of the file; ``column_map`` the coordinator's choice of a field per
        column, None for the columns recognised by their titles."""
        raise NotImplementedError

    def _targets(self) -> list[str]:
        """The fields a column can be given to in the preview; none: no choice offered."""
        return []

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
            self.plan = self._make_plan(db, self.path, None)
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
        self.mapping: QTableWidget | None = None
        self.mapping_problem = QLabel(self)
        self.mapping_problem.setWordWrap(True)
        self.mapping_problem.hide()
        self.columns = QLabel(self)
        self.columns.setWordWrap(True)
        if self._targets() and getattr(plan, "headers", None):
            self.mapping = self._mapping_table(plan)
            layout.addWidget(self.mapping)
        layout.addWidget(self.columns)
        layout.addWidget(self.mapping_problem)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(QCoreApplication.translate("ImportDialog", "Import preview"))
        line = QCoreApplication.translate("ImportDialog", "Line")
        self.to_add = self._tree([line, *self._add_headers()])
        name = QCoreApplication.translate("ImportDialog", "Name")
        self.duplicates = self._tree(
            [line, name, QCoreApplication.translate("ImportDialog", "Why skipped")]
        )
        self.refused = self._tree(
            [line, name, QCoreApplication.translate("ImportDialog", "Why refused")]
        )
        self.tabs.addTab(self.to_add, "")
        self.tabs.addTab(self.duplicates, "")
        self.tabs.addTab(self.refused, "")
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._show_plan(plan)

    # -- the columns -------------------------------------------------------------------

    def _mapping_table(self, plan: Any) -> QTableWidget:
        """One line per column of the file: its title, the field it goes to (a choice,
        the guess made from its title chosen first) and a few of its values."""
        table = QTableWidget(len(plan.headers), 3, self)
        table.setAccessibleName(QCoreApplication.translate("ImportDialog", "Columns of the file"))
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Column of the file"),
                QCoreApplication.translate("ImportDialog", "Imported as"),
                QCoreApplication.translate("ImportDialog", "What it holds"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.column_choices: dict[str, QComboBox] = {}
        for row, title in enumerate(plan.headers):
            table.setItem(row, 0, QTableWidgetItem(title))
            combo = QComboBox(table)
            combo.setAccessibleName(
                QCoreApplication.translate(
                    "ImportDialog", "Field for the column “{column}”"
                ).format(column=title)
            )
            combo.addItem(QCoreApplication.translate("ImportDialog", "(not imported)"), "")
            for target in self._targets():
                combo.addItem(column_description(target), target)
            combo.setCurrentIndex(max(0, combo.findData(plan.column_map.get(title, ""))))
            combo.currentIndexChanged.connect(self._replan)
            table.setCellWidget(row, 1, combo)
            self.column_choices[title] = combo
            held = ", ".join(plan.samples.get(title, []))
            item = QTableWidgetItem(held)
            item.setToolTip(held)
            table.setItem(row, 2, item)
        if self.column_choices:  # one height for every line: that of a choice
            first = next(iter(self.column_choices.values()))
            table.verticalHeader().setDefaultSectionSize(first.sizeHint().height())
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(min(len(plan.headers), 8)))
        table.setMinimumHeight(height)
        table.setMaximumHeight(height + table.rowHeight(0) * max(0, len(plan.headers) - 8))
        return table

    def chosen_columns(self) -> dict[str, str]:
        """The field chosen for each column ("" when it is not imported)."""
        return {title: combo.currentData() for title, combo in self.column_choices.items()}

    def _replan(self) -> None:
        """Plan again with the columns as the coordinator set them."""
        try:
            plan = self._make_plan(self._db, self.path, self.chosen_columns())
        except Exception as exc:
            message = describe_plan_problem(exc, self.path)
            if message is None:
                raise
            self.plan = None
            self.mapping_problem.setText(message)
            self.mapping_problem.show()
            self.tabs.setEnabled(False)
            self.import_button.setEnabled(False)
            return
        self.mapping_problem.hide()
        self.tabs.setEnabled(True)
        self._show_plan(plan)

    # -- the rows ----------------------------------------------------------------------

    def _show_plan(self, plan: Any) -> None:
        self.plan = plan
        if self.mapping is None:
            recognised = QCoreApplication.translate(
                "ImportDialog", "Columns recognised: {columns}"
            ).format(
                columns=", ".join(
                    f"{header} → {column_description(field)}"
                    for header, field in plan.column_map.items()
                )
            )
        else:
            recognised = ""
        if plan.ignored_headers:
            samples = getattr(plan, "samples", {})
            unused = QCoreApplication.translate(
                "ImportDialog", "Columns not used: {columns}"
            ).format(
                columns=", ".join(
                    f"{h} ({', '.join(samples[h])})" if samples.get(h) else h
                    for h in plan.ignored_headers
                )
            )
            recognised = f"{recognised}\n{unused}" if recognised else unused
        self.columns.setText(recognised)
        self.columns.setVisible(bool(recognised))
        for tree in (self.to_add, self.duplicates, self.refused):
            tree.clear()
        for row in plan.to_add:
            self._item(self.to_add, [str(row.line), *self._add_values(row)])
        for dup in plan.duplicates:
            self._item(self.duplicates, [str(dup.line), dup.name, duplicate_reason(dup)])
        for bad in plan.refused:
            self._item(self.refused, [str(bad.line), bad.name, refused_reason(bad)])
        self.tabs.setTabText(
            0, QCoreApplication.translate("ImportDialog", "To add (%n)", "", len(plan.to_add))
        )
        self.tabs.setTabText(
            1,
            QCoreApplication.translate(
                "ImportDialog", "Already present (%n)", "", len(plan.duplicates)
            ),
        )
        self.tabs.setTabText(
            2, QCoreApplication.translate("ImportDialog", "Refused (%n)", "", len(plan.refused))
        )
        if plan.refused and not plan.to_add:
            self.tabs.setCurrentWidget(self.refused)
        self.import_button.setText(self._import_label(len(plan.to_add)))
        self.import_button.setAccessibleName(self.import_button.text())
        self.import_button.setEnabled(bool(plan.to_add))

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
        from mentorat_desktop.core.backups import BackupReason, backup_place, write_backup
        from mentorat_desktop.core.errors import StorageError
        from mentorat_desktop.core.services.settings import SettingsService
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

    def _make_plan(self, db: Database, path: Path, column_map: dict[str, str] | None) -> Any:
        from mentorat_desktop.core.importing.members import plan_member_import

        return plan_member_import(db, path, column_map=column_map)

    def _targets(self) -> list[str]:
        from mentorat_desktop.core.importing.members import TARGETS

        return list(TARGETS)

    def _apply(self, db: Database, plan: Any) -> int:
        from mentorat_desktop.core.importing.members import apply_member_import

        return apply_member_import(db, plan)

    def _add_headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("E-mail"), self.tr("Role"), self.tr("City")]

    def _add_values(self, row: Any) -> list[str]:
        return [row.name, row.data.email or "", role_short(row.data.role), row.data.city or ""]

    def _import_label(self, count: int) -> str:
        return self.tr("Import %n member(s)", "", count)
