"""Importing a spreadsheet: a preview of what will happen, then one transaction.

The import itself (a checked backup, then one transaction) runs off the GUI thread, and so
does the preview of a big file (a few thousand rows take a second or more to read and
check): the dialog shows a busy bar meanwhile. A preview can be cancelled (the dialog's
Cancel: nothing was written); the import cannot, once started: it is one transaction of a
few seconds, and the backup before it is the way back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
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

from mentorat_desktop.core.backups import BackupError, BackupReason, backup_place, safety_copy
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.errors import StorageError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.importing.columns import ColumnsMissing
from mentorat_desktop.core.importing.streaming import ImportFileChanged
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.gui.column_mapping import ColumnMappingTable
from mentorat_desktop.gui.data import failure_text, own_connection
from mentorat_desktop.gui.data.worker import Job, run_in_thread
from mentorat_desktop.gui.tab_bar import tab_widget
from mentorat_desktop.gui.work_parts import busy_bar
from mentorat_desktop.i18n import current_language
from mentorat_desktop.i18n.import_messages import (
    column_description,
    describe_plan_problem,
    duplicate_reason,
    refused_reason,
)
from mentorat_desktop.i18n.labels import role_short
from mentorat_desktop.i18n.storage_messages import storage_error

# A file bigger than this is read in the thread pool (about two thousand rows: a tenth of a
# second or more); a smaller one at once, so that its preview opens with the dialog.
BIG_FILE_BYTES = 100_000


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
        return current_language()

    def _apply(self, db: Database, plan: Any, added_ids: list[int]) -> int:
        raise NotImplementedError

    def _add_headers(self) -> list[str]:
        raise NotImplementedError

    def _add_values(self, row: Any) -> list[str]:
        raise NotImplementedError

    def _import_label(self, count: int) -> str:
        raise NotImplementedError

    def __init__(self, services: Services, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.path = Path(path)
        self.added: int | None = None
        self.added_ids: list[int] = []  # what the import added: an undo removes them
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
        self._layout = layout
        self.job: Job | None = None
        self._replan_wanted = False
        self._dropped = False  # cancelled while a plan was made in the thread
        self.busy = busy_bar(self)
        if self._read_in_thread():
            self.summary.setText(
                QCoreApplication.translate("ImportDialog", "Reading “{name}”…").format(
                    name=self.path.name
                )
            )
            self.import_button.setEnabled(False)
            layout.addWidget(self.busy)
            layout.addStretch(1)
            layout.addWidget(self.buttons)
            self._start_planning(None, self._first_planned)
        else:
            self._first_planned(self._plan_outcome(None))

    # -- planning, at once or in the thread pool -----------------------------------------

    def _read_in_thread(self) -> bool:
        try:
            return self.path.stat().st_size > BIG_FILE_BYTES
        except OSError:  # not there, no access...: the preview says why, at once
            return False

    def _plan_outcome(self, column_map: dict[str, str] | None) -> Any:
        """The plan, or the exception that stopped it (said by the caller)."""
        try:
            return self._make_plan(self._services.db, self.path, column_map)
        except Exception as exc:
            return exc

    def is_busy(self) -> bool:
        return self.job is not None and self.job.running

    def _start_planning(self, column_map: dict[str, str] | None, done: Any) -> None:
        db, path, make_plan = self._services.db, self.path, self._make_plan

        def run() -> Any:
            with own_connection(db) as mine:  # its own connection: this runs in another thread
                try:
                    return make_plan(mine, path, column_map)
                except Exception as exc:  # said on the GUI thread, like a problem at once
                    return exc

        self.busy.show()
        self.job = run_in_thread(run, done, self._failed)

    def _first_planned(self, outcome: Any) -> None:
        """Build the preview from the first plan of the file (or why there is none)."""
        layout = self._layout
        self.busy.hide()
        if self._dropped:
            return  # cancelled while the file was read: the result is dropped
        if self.job is not None:  # read in the thread: the parts shown meanwhile make way
            for widget in (self.busy, self.buttons):
                layout.removeWidget(widget)
            for k in reversed(range(layout.count())):
                item = layout.itemAt(k)
                if item is not None and item.spacerItem() is not None:
                    layout.takeAt(k)
        problem: str | None = None
        columns: Any = None  # what the mapping table is built from: the plan, or the error
        if isinstance(outcome, ColumnsMissing):
            # Nothing recognised the names, the date...: the coordinator picks the columns.
            problem = self._describe_problem(outcome)
            if not (self._targets() and outcome.headers):
                self._show_unreadable(layout, problem)
                return
            columns = outcome
        elif isinstance(outcome, Exception):
            self._show_unreadable(layout, self._describe_problem(outcome))
            return
        else:
            self.plan = columns = outcome
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
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        if self.plan is not None:
            self._show_plan(self.plan)
        else:
            self._show_missing(problem or "", columns_missing=True)

    def _describe_problem(self, exc: Exception) -> str:
        message = describe_plan_problem(exc, self.path)
        if message is None:  # unexpected: its kind only, never a traceback
            return failure_text(exc, self._language())
        return message

    def _failed(self, error: BaseException) -> None:
        """The thread itself failed (the plan's own errors come back as outcomes)."""
        self.busy.hide()
        self._update_buttons()
        QMessageBox.warning(self, self._title(), failure_text(error, self._language()))

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
        """Plan again with the columns as the coordinator set them (a big file in the
        thread pool; a change made meanwhile plans again once that plan is back)."""
        if self.is_busy():
            self._replan_wanted = True
            return
        if self._read_in_thread():
            self.import_button.setEnabled(False)
            self._start_planning(self.chosen_columns(), self._replanned)
        else:
            self._replanned(self._plan_outcome(self.chosen_columns()))

    def _replanned(self, outcome: Any) -> None:
        self.busy.hide()
        if self._dropped:
            return
        if self._replan_wanted:  # the columns changed again meanwhile: that plan is stale
            self._replan_wanted = False
            self._replan()
            return
        if isinstance(outcome, Exception):
            message = self._describe_problem(outcome)
            self._show_missing(message, columns_missing=isinstance(outcome, ColumnsMissing))
            return
        self._show_plan(outcome)

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
        # Each tree filled in one call (thousands of rows one by one hold the window longer).
        self.to_add.addTopLevelItems(
            [self._item([str(row.line), *self._add_values(row)]) for row in plan.to_add]
        )
        self.duplicates.addTopLevelItems(
            [self._item([str(d.line), d.name, duplicate_reason(d)]) for d in plan.duplicates]
        )
        self.refused.addTopLevelItems(
            [self._item([str(b.line), b.name, refused_reason(b)]) for b in plan.refused]
        )
        # A plan keeps the first rows of each kind and counts them all: say what is not shown.
        counts = (plan.to_add_count, plan.duplicates_count, plan.refused_count)
        for tree, shown, count in zip(
            (self.to_add, self.duplicates, self.refused),
            (plan.to_add, plan.duplicates, plan.refused),
            counts,
            strict=True,
        ):
            if count > len(shown):
                tree.addTopLevelItem(self._more_item(count - len(shown)))
        self._tab_texts(*counts)
        if plan.refused_count and not plan.to_add_count:
            self.tabs.setCurrentWidget(self.refused)
        self.import_button.setText(self._import_label(plan.to_add_count))
        self.import_button.setAccessibleName(self.import_button.text())
        self.import_button.setEnabled(bool(plan.to_add_count))

    def _more_item(self, count: int) -> QTreeWidgetItem:
        """The last line of a list that shows only the first rows."""
        text = QCoreApplication.translate(
            "ImportDialog", "… and %n more row(s), not listed here.", "", count
        )
        item = self._item(["", text])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setAccessibleName(headers[-1])
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(True)
        return tree

    def _item(self, values: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(values)
        for column, value in enumerate(values):
            item.setToolTip(column, value)
        return item

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        ready = self.plan is not None and bool(self.plan.to_add_count)
        self.import_button.setEnabled(ready and not busy)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setEnabled(not (busy and self._importing))
        if self.mapping is not None:  # the columns stay as imported until it is done
            self.mapping.setEnabled(not (busy and self._importing))

    _importing = False

    def accept(self) -> None:
        """Back up, then import the plan, in the thread pool; the dialog closes once done."""
        if self.plan is None or not self.plan.to_add_count or self.is_busy():
            return

        db, plan, apply = self._services.db, self.plan, self._apply
        place = backup_place(self._services.settings)

        def run() -> tuple[int, list[Topic], list[int]]:
            # A checked backup first: an import touches many rows at once (of a file only:
            # a server's copies are its administrator's business).
            safety_copy(
                db,
                BackupReason.IMPORT,
                second_folder=place.second_folder,
                keep_last=place.keep_last,
            )
            changed: list[Topic] = []
            ids: list[int] = []
            with own_connection(db) as mine:  # its own connection: this runs in another thread
                mine.bus.subscribe(changed.append)
                return apply(mine, plan, ids), changed, ids

        self._importing = True
        self.summary.setText(
            QCoreApplication.translate("ImportDialog", "Backing up, then importing…")
        )
        self.job = run_in_thread(run, self._imported, self._import_failed)
        self.busy.show()
        self._update_buttons()

    def _imported(self, outcome: tuple[int, list[Topic], list[int]]) -> None:
        self._importing = False
        self.busy.hide()
        self.added, changed, self.added_ids = outcome
        if changed:  # what the transaction announced, told to the views on this thread
            self._services.db.bus.emit(*dict.fromkeys(changed))
        super().accept()

    def _import_failed(self, error: BaseException) -> None:
        self._importing = False
        self.busy.hide()
        self._update_buttons()
        self.summary.setText(
            QCoreApplication.translate("ImportDialog", "File: {name}").format(name=self.path.name)
        )
        if isinstance(error, StorageError):
            text = storage_error(error, self._language())
        else:
            if isinstance(error, BackupError):
                text = failure_text(error, self._language())
            elif isinstance(error, ImportFileChanged):
                text = QCoreApplication.translate(
                    "ImportDialog",
                    "The file “{name}” changed, moved or was removed since this preview: "
                    "nothing was imported. Close this window and import the file again to see "
                    "what it holds now.",
                ).format(name=self.path.name)
            else:
                # The kind of error only: its text may hold SQL parameters (names, e-mails).
                text = QCoreApplication.translate(
                    "ImportDialog",
                    "The import stopped and nothing was written. "
                    "Check the file and try again. ({reason})",
                ).format(reason=type(error).__name__)
        QMessageBox.warning(self, self._title(), text)

    def reject(self) -> None:
        if self._importing:  # one transaction: it ends (seconds), then the dialog closes
            return
        if self.is_busy():  # a plan being made: its result is dropped
            self._dropped = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._importing:
            event.ignore()
        else:
            super().closeEvent(event)


class ImportMembersDialog(PreviewImportDialog):
    def _title(self) -> str:
        return self.tr("Import members")

    def _make_plan(self, db: Database, path: Path, column_map: dict[str, str] | None) -> Any:
        # lazy: the members importer (SQLAlchemy), loaded with the first preview
        from mentorat_desktop.core.importing.members import plan_member_import

        return plan_member_import(db, path, column_map=column_map, language=self._language())

    def _targets(self) -> list[str]:
        # lazy: the members importer (SQLAlchemy), loaded with the first preview
        from mentorat_desktop.core.importing.members import TARGETS

        return list(TARGETS)

    def _apply(self, db: Database, plan: Any, added_ids: list[int]) -> int:
        # lazy: the members importer (SQLAlchemy), loaded with the first preview
        from mentorat_desktop.core.importing.members import apply_member_import

        return apply_member_import(db, plan, added_ids)

    def _add_headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("E-mail"), self.tr("Role"), self.tr("City")]

    def _add_values(self, row: Any) -> list[str]:
        return [row.name, row.data.email or "", role_short(row.data.role), row.data.city or ""]

    def _import_label(self, count: int) -> str:
        return self.tr("Import %n member(s)", "", count)
