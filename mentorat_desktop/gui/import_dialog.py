"""Import members: a preview of what will happen, then one transaction."""

from __future__ import annotations

from pathlib import Path

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


class ImportMembersDialog(QDialog):
    def __init__(self, db: Database, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from mentorat_desktop.core.importing.members import plan_member_import

        self._db = db
        self.path = Path(path)
        self.added: int | None = None
        self.setWindowTitle(self.tr("Import members"))
        self.setAccessibleName(self.tr("Import members"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        try:
            self.plan = plan_member_import(db, self.path)
        except Exception as exc:
            message = describe_plan_problem(exc, self.path)
            if message is None:
                raise
            self.plan = None
            self.summary.setText(message)
            self.import_button.setEnabled(False)
            self.import_button.setAccessibleName(self.tr("Import"))
            layout.addStretch(1)
            layout.addWidget(self.buttons)
            return
        plan = self.plan
        self.summary.setText(
            self.tr("File: {name}").format(name=self.path.name)
            + "\n"
            + self.tr("Nothing is written until you press the import button.")
        )
        columns = QLabel(
            self.tr("Columns recognised: {columns}").format(
                columns=", ".join(
                    f"{header} → {column_description(field)}"
                    for header, field in plan.column_map.items()
                )
            )
            + (
                "\n"
                + self.tr("Columns not used: {columns}").format(
                    columns=", ".join(plan.ignored_headers)
                )
                if plan.ignored_headers
                else ""
            ),
            self,
        )
        columns.setWordWrap(True)
        layout.addWidget(columns)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Import preview"))
        self.to_add = self._tree(
            [self.tr("Line"), self.tr("Name"), self.tr("E-mail"), self.tr("Role"), self.tr("City")]
        )
        for row in plan.to_add:
            self._item(
                self.to_add,
                [
                    str(row.line),
                    row.name,
                    row.data.email or "",
                    role_short(row.data.role),
                    row.data.city or "",
                ],
            )
        self.duplicates = self._tree([self.tr("Line"), self.tr("Name"), self.tr("Why skipped")])
        for dup in plan.duplicates:
            self._item(self.duplicates, [str(dup.line), dup.name, duplicate_reason(dup)])
        self.refused = self._tree([self.tr("Line"), self.tr("Name"), self.tr("Why refused")])
        for bad in plan.refused:
            self._item(self.refused, [str(bad.line), bad.name, refused_reason(bad)])
        self.tabs.addTab(self.to_add, self.tr("To add (%n)", "", len(plan.to_add)))
        self.tabs.addTab(self.duplicates, self.tr("Already present (%n)", "", len(plan.duplicates)))
        self.tabs.addTab(self.refused, self.tr("Refused (%n)", "", len(plan.refused)))
        if plan.refused and not plan.to_add:
            self.tabs.setCurrentWidget(self.refused)
        layout.addWidget(self.tabs, 1)
        self.import_button.setText(self.tr("Import %n member(s)", "", len(plan.to_add)))
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
        from mentorat_desktop.core.importing.members import apply_member_import

        if self.plan is None or not self.plan.to_add:
            return
        try:
            self.added = apply_member_import(self._db, self.plan)
        except Exception as exc:
            QMessageBox.warning(
                self,
                self.tr("Import members"),
                self.tr(
                    "The import stopped and nothing was written. "
                    "Check the file and try again. ({reason})"
                ).format(reason=exc),
            )
            return
        super().accept()
