"""The cohorts window: the list of cohorts and what can be done with one, and the selected
cohort's objectives with their success indicators and targets."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.errors import NotFoundError, ValidationError
from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.core.services.cohorts import (
    CohortObjectiveRecord,
    CohortRecord,
    CohortService,
)
from mentorat_desktop.core.services.groups import GroupService
from mentorat_desktop.gui.cohorts.cohort_dialog import CohortDialog
from mentorat_desktop.gui.cohorts.duplicate_dialog import DuplicateCohortDialog
from mentorat_desktop.gui.cohorts.objective_dialog import CohortObjectiveDialog
from mentorat_desktop.gui.cohorts.table_model import COL_NAME, COL_STATE, CohortTableModel
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.i18n.messages import field_error


class CohortsWindow(QDialog):
    """Every change is one call to the cohorts service; what was done is said in words, in
    the window and in the main window's status bar."""

    def __init__(
        self,
        cohorts: CohortService,
        language: str,
        parent: QWidget | None = None,
        groups: GroupService | None = None,
    ) -> None:
        super().__init__(parent)
        self._cohorts = cohorts
        self._groups = groups  # a cohort's local group, when there are groups
        self._language = language
        self.setWindowTitle(self.tr("Cohorts"))
        self.setAccessibleName(self.tr("Cohorts"))
        self.model = CohortTableModel(language, self)

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Cohorts table"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.edit_cohort())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

        self.new_button = self._button(self.tr("&New…"), self.tr("New cohort"), self.new_cohort)
        self.edit_button = self._button(
            self.tr("&Edit…"), self.tr("Edit the cohort"), self.edit_cohort
        )
        self.close_button = self._button(
            self.tr("Clo&se the cohort"), self.tr("Close the cohort"), self.close_or_reopen
        )
        self.duplicate_button = self._button(
            self.tr("D&uplicate for next year…"),
            self.tr("Duplicate for next year"),
            self.duplicate_cohort,
        )
        self.delete_button = self._button(
            self.tr("&Delete…"), self.tr("Delete the cohort"), self.delete_cohort
        )
        cohort_row = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.close_button,
            self.duplicate_button,
            self.delete_button,
        ):
            cohort_row.addWidget(button)
        cohort_row.addStretch(1)

        self.objectives_box = QGroupBox(self.tr("Objectives"), self)
        self.description = QLabel(self.objectives_box)
        self.description.setWordWrap(True)
        self.description.setAccessibleName(self.tr("Description of the cohort"))
        self.description.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.objectives = QListWidget(self.objectives_box)
        self.objectives.setAccessibleName(self.tr("Objectives of the cohort"))
        self.objectives.setWordWrap(True)
        self.objectives.setSpacing(3)
        self.objectives.itemActivated.connect(lambda _item: self.edit_objective())
        self.objectives.currentRowChanged.connect(lambda _row: self._objective_buttons())
        self.add_objective_button = self._button(
            self.tr("&Add an objective…"), self.tr("Add an objective"), self.add_objective
        )
        self.edit_objective_button = self._button(
            self.tr("C&hange…"), self.tr("Change the objective"), self.edit_objective
        )
        self.remove_objective_button = self._button(
            self.tr("Re&move"), self.tr("Remove the objective"), self.remove_objective
        )
        objective_row = QHBoxLayout()
        for button in (
            self.add_objective_button,
            self.edit_objective_button,
            self.remove_objective_button,
        ):
            objective_row.addWidget(button)
        objective_row.addStretch(1)
        box = QVBoxLayout(self.objectives_box)
        box.addWidget(self.description)
        box.addWidget(self.objectives, 1)
        box.addLayout(objective_row)

        self.notice = QLabel(self)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice.setWordWrap(True)
        self.notice.hide()
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = closing.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the window"))
        close.setAutoDefault(False)
        closing.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(cohort_row)
        layout.addWidget(self.objectives_box, 1)
        layout.addWidget(self.notice)
        layout.addWidget(closing)

        # The keyboard: Return edits what is selected, Delete removes it.
        for widget, edit, remove in (
            (self.table, self.edit_cohort, self.delete_cohort),
            (self.objectives, self.edit_objective, self.remove_objective),
        ):
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shortcut = QShortcut(QKeySequence(key), widget, edit)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), widget, remove)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        metrics = self.fontMetrics()  # the size follows the text size (View → Larger text)
        self.resize(metrics.averageCharWidth() * 110, metrics.lineSpacing() * 42)
        self.reload()
        self.table.setFocus()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)  # Return in the table edits the cohort, never a button
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- data ----------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Read the cohorts again; keep (or move to) the cohort ``select``."""
        current = self.current_cohort()
        keep = select if select is not None else (current.id if current else None)
        self.model.set_records(self._cohorts.list_cohorts())
        if (keep is None or not self.select_cohort(keep)) and self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def current_cohort(self) -> CohortRecord | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.record_at(rows[0].row()) if rows else None

    def select_cohort(self, cohort_id: int) -> bool:
        row = self.model.row_of(cohort_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, *_args: object) -> None:
        cohort = self.current_cohort()
        for button in (self.edit_button, self.close_button, self.duplicate_button):
            button.setEnabled(cohort is not None)
        self.delete_button.setEnabled(cohort is not None)
        closed = cohort is not None and cohort.closed_on is not None
        self.close_button.setText(
            self.tr("Re&open the cohort") if closed else self.tr("Clo&se the cohort")
        )
        self.close_button.setAccessibleName(
            self.tr("Reopen the cohort") if closed else self.tr("Close the cohort")
        )
        self.objectives.clear()
        self.add_objective_button.setEnabled(cohort is not None)
        if cohort is None:
            self.objectives_box.setTitle(self.tr("Objectives"))
            self.description.setText(
                self.tr(
                    "No cohort yet. “New…” creates the first one: a name (e.g. Spring 2026), "
                    "its dates, then the program’s objectives with their success indicators."
                )
                if not self.model.rowCount()
                else ""
            )
            self._objective_buttons()
            return
        self.objectives_box.setTitle(self.tr("Objectives of “{name}”").format(name=cohort.name))
        self.description.setText(cohort.description or "")
        self.description.setVisible(bool(cohort.description))
        for number, objective in enumerate(cohort.objectives, start=1):
            item = QListWidgetItem(self.objective_text(number, objective), self.objectives)
            item.setData(Qt.ItemDataRole.UserRole, objective)
        if not cohort.objectives:
            self.description.setText(
                (cohort.description + "\n\n" if cohort.description else "")
                + self.tr(
                    "No objective yet: “Add an objective…” gives the program its first one, "
                    "with the indicator that tells it is reached."
                )
            )
            self.description.show()
        else:
            self.objectives.setCurrentRow(0)
        self._objective_buttons()

    def objective_text(self, number: int, objective: CohortObjectiveRecord) -> str:
        lines = [f"{number}. {objective.text}"]
        if objective.indicator:
            lines.append(
                "    " + self.tr("Success indicator: {text}").format(text=objective.indicator)
            )
        if objective.target:
            lines.append("    " + self.tr("Target: {text}").format(text=objective.target))
        return "\n".join(lines)

    def _objective_buttons(self) -> None:
        has = self._current_objective() is not None
        self.edit_objective_button.setEnabled(has)
        self.remove_objective_button.setEnabled(has)

    def _current_objective(self) -> CohortObjectiveRecord | None:
        item = self.objectives.currentItem()
        if item is None:
            return None
        objective: CohortObjectiveRecord = item.data(Qt.ItemDataRole.UserRole)  # see reload
        return objective

    def say(self, text: str) -> None:
        """What was just done, in words: in the window and in the main window's status bar."""
        self.notice.setText("✓ " + text)
        self.notice.show()
        tell(self.parentWidget(), text)

    # -- the cohorts ---------------------------------------------------------------------------
    def new_cohort(self) -> CohortDialog:
        dialog = CohortDialog(self._cohorts, None, self, groups=self._groups)

        def done(result: int) -> None:
            if result and dialog.saved is not None:
                self.reload(dialog.saved.id)
                self.say(self.tr("Cohort “{name}” created.").format(name=dialog.saved.name))
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def edit_cohort(self) -> CohortDialog | None:
        cohort = self.current_cohort()
        if cohort is None:
            return None
        dialog = CohortDialog(self._cohorts, cohort, self, groups=self._groups)

        def done(result: int) -> None:
            if result and dialog.saved is not None:
                self.reload(dialog.saved.id)
                self.say(self.tr("Cohort “{name}” saved.").format(name=dialog.saved.name))
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def close_or_reopen(self) -> None:
        cohort = self.current_cohort()
        if cohort is None:
            return
        try:
            if cohort.closed_on is None:
                self._cohorts.close(cohort.id)
                text = self.tr(
                    "Cohort “{name}” closed: it is no longer offered for new pairs; its pairs "
                    "go on."
                ).format(name=cohort.name)
            else:
                self._cohorts.reopen(cohort.id)
                text = self.tr("Cohort “{name}” reopened.").format(name=cohort.name)
        except ValidationError as exc:
            if cohort.start_date is not None and any(e.field == "closed_on" for e in exc.errors):
                # Closed before it starts (a cohort made for next year): say why, and what to do.
                QMessageBox.information(
                    self,
                    self.close_button.accessibleName(),
                    self.tr(
                        "“{name}” starts on {date}: it cannot be closed before it starts. If it "
                        "will not take place, delete it instead."
                    ).format(name=cohort.name, date=format_date(cohort.start_date, self._language)),
                )
                return
            self._refused(self.close_button.accessibleName(), exc)
            return
        except NotFoundError:
            self.reload()
            return
        self.reload(cohort.id)
        self.say(text)

    def duplicate_cohort(self) -> DuplicateCohortDialog | None:
        cohort = self.current_cohort()
        if cohort is None:
            return None
        dialog = DuplicateCohortDialog(self._cohorts, cohort, self)

        def done(result: int) -> None:
            if result and dialog.saved is not None:
                self.reload(dialog.saved.id)
                self.say(
                    self.tr(
                        "Cohort “{name}” duplicated as “{new}”, with %n objective(s).",
                        "",
                        len(dialog.saved.objectives),
                    ).format(name=cohort.name, new=dialog.saved.name)
                )
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def delete_cohort(self) -> None:
        cohort = self.current_cohort()
        if cohort is None:
            return
        title = self.tr("Delete the cohort")
        if cohort.pair_count:
            QMessageBox.information(
                self,
                title,
                self.tr(
                    "“{name}” holds %n pair(s), so it cannot be deleted. Move them to another "
                    "cohort first (the pair’s Means…), or close the cohort instead: it then "
                    "is no longer offered for new pairs.",
                    "",
                    cohort.pair_count,
                ).format(name=cohort.name),
            )
            return
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Delete the cohort “{name}” and its %n objective(s)?", "", len(cohort.objectives)
            ).format(name=cohort.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._cohorts.delete(cohort.id)
        except ValidationError as exc:
            self._refused(title, exc)
            return
        except NotFoundError:
            pass  # deleted meanwhile: the list below no longer shows it
        self.reload()
        self.say(self.tr("Cohort “{name}” deleted.").format(name=cohort.name))

    def _refused(self, title: str, exc: ValidationError) -> None:
        QMessageBox.warning(self, title, "\n".join(field_error(e) for e in exc.errors))
        self.reload()

    # -- the objectives of the selected cohort -------------------------------------------------
    def add_objective(self) -> CohortObjectiveDialog | None:
        cohort = self.current_cohort()
        if cohort is None:
            return None
        return self._objective_dialog(cohort, None)

    def edit_objective(self) -> CohortObjectiveDialog | None:
        cohort = self.current_cohort()
        objective = self._current_objective()
        if cohort is None or objective is None:
            return None
        return self._objective_dialog(cohort, objective)

    def _objective_dialog(
        self, cohort: CohortRecord, objective: CohortObjectiveRecord | None
    ) -> CohortObjectiveDialog:
        dialog = CohortObjectiveDialog(self._cohorts, cohort.id, objective, self)

        def done(result: int) -> None:
            if result and dialog.saved is not None:
                self.reload(cohort.id)
                row = next(
                    (
                        i
                        for i in range(self.objectives.count())
                        if self.objectives.item(i).data(Qt.ItemDataRole.UserRole).id
                        == dialog.saved.id
                    ),
                    0,
                )
                self.objectives.setCurrentRow(row)
                text = (
                    self.tr("Objective added to “{name}”.")
                    if objective is None
                    else self.tr("Objective of “{name}” changed.")
                )
                self.say(text.format(name=cohort.name))
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def remove_objective(self) -> None:
        cohort = self.current_cohort()
        objective = self._current_objective()
        if cohort is None or objective is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the objective"),
            self.tr("Remove “{text}” from the objectives of “{name}”?").format(
                text=objective.text, name=cohort.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with contextlib.suppress(NotFoundError):  # removed meanwhile: nothing left to do
            self._cohorts.remove_objective(objective.id)
        self.reload(cohort.id)
        self.say(self.tr("Objective removed from “{name}”.").format(name=cohort.name))
