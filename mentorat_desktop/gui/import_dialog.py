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
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.importing.columns import ColumnsMissing
from mentorat_desktop.gui.column_mapping import ColumnMappingTable
from mentorat_desktop.gui.labels import role_short
from mentorat_desktop.gui.tab_bar import tab_widget
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

    def _language(self) -> str:
        """The language dates are read in: that of the interface."""
        from mentorat_desktop.i18n import current_language

        return current_language()

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
        self.plan: Any = None
        self.mapping: ColumnMappingTable | None = None
        problem: str | None = None
        columns: Any = None  # what the mapping table is built from: the plan, or the error
        try:
            self.plan = columns = self._make_plan(db, self.path, None)
        except ColumnsMissing as exc:
            # Nothing recognised the names, the date...: the coordinator picks the columns.
            problem = self._describe_problem(exc)
            if not (self._targets() and exc.headers):
                self._show_unreadable(layout, problem)
                return
            columns = exc
        except Exception as exc:
            self._show_unreadable(layout, self._describe_problem(exc))
            return
        self.summary.setText(
            QCoreApplication.translate("ImportDialog", "File: {name}").format(name=self.path.name)
            + "\n"
            + QCoreApplication.translate(
                "ImportDialog", "Nothing is written until you press the import button."
            )
        )
        self.mapping_problem = QLabel(self)
        self.mapping_problem.setWordWrap(True)
        self.mapping_problem.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Why nothing can be imported")
        )
        self.mapping_problem.hide()
        self.columns = QLabel(self)
        self.columns.setWordWrap(True)
        if self._targets() and getattr(columns, "headers", None):
            self.mapping = ColumnMappingTable(
                columns.headers,
                self._targets(),
                column_description,
                columns.column_map,
                columns.samples,
                self,
            )
            self.mapping.changed.connect(self._replan)
            self.column_choices = self.mapping.choices
            layout.addWidget(self.mapping)
        layout.addWidget(self.columns)
        layout.addWidget(self.mapping_problem)
        self.tabs = tab_widget(self)
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
        if self.plan is not None:
            self._show_plan(self.plan)
        else:
            self._show_missing(problem or "", columns_missing=True)

    def _describe_problem(self, exc: Exception) -> str:
        message = describe_plan_problem(exc, self.path)
        if message is None:
            raise exc
        return message

    def _show_unreadable(self, layout: QVBoxLayout, message: str) -> None:
        """The file cannot be planned at all: the reason, and no import."""
        self.summary.setText(message)
        self.import_button.setEnabled(False)
        self.import_button.setAccessibleName(QCoreApplication.translate("ImportDialog", "Import"))
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # -- the columns -------------------------------------------------------------------

    def chosen_columns(self) -> dict[str, str]:
        """The field chosen for each column ("" when it is not imported)."""
        return self.mapping.chosen() if self.mapping is not None else {}

    def _replan(self) -> None:
        """Plan again with the columns as the coordinator set them."""
        try:
            plan = self._make_plan(self._db, self.path, self.chosen_columns())
        except Exception as exc:
            message = self._describe_problem(exc)
            self._show_missing(message, columns_missing=isinstance(exc, ColumnsMissing))
            return
        self._show_plan(plan)

    def _show_missing(self, message: str, *, columns_missing: bool) -> None:
        """No plan with the columns as they are: why, and what to do; nothing to import."""
        self.plan = None
        if columns_missing and self.mapping is not None:
            message += " " + QCoreApplication.translate(
                "ImportDialog",
                "Choose in the table above the column that gives each of them: the preview "
                "follows your choices.",
            )
        self.mapping_problem.setText(message)
        self.mapping_problem.show()
        self.columns.hide()
        for tree in (self.to_add, self.duplicates, self.refused):
            tree.clear()
        self._tab_texts(0, 0, 0)
        self.tabs.setEnabled(False)
        self.import_button.setText(self._import_label(0))
        self.import_button.setAccessibleName(self.import_button.text())
        self.import_button.setEnabled(False)

    def _tab_texts(self, to_add: int, duplicates: int, refused: int) -> None:
        self.tabs.setTabText(
            0, QCoreApplication.translate("ImportDialog", "To add (%n)", "", to_add)
        )
        self.tabs.setTabText(
            1,
            QCoreApplication.translate("ImportDialog", "Already present (%n)", "", duplicates),
        )
        self.tabs.setTabText(
            2, QCoreApplication.translate("ImportDialog", "Refused (%n)", "", refused)
        )

    # -- the rows ----------------------------------------------------------------------

    def _show_plan(self, plan: Any) -> None:
        self.plan = plan
        self.mapping_problem.hide()
        self.tabs.setEnabled(True)
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
        self._tab_texts(len(plan.to_add), len(plan.duplicates), len(plan.refused))
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

        return plan_member_import(db, path, column_map=column_map, language=self._language())

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
