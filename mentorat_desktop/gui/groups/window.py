"""The local groups window (Data → Local groups…): the groups with how many members, cohorts
and pairs each holds; create, rename and delete one; choose this computer's own group and
whether this computer may show every group at once."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.errors import NotFoundError, ValidationError
from mentorat_desktop.core.services.groups import GroupRecord, GroupService
from mentorat_desktop.core.text import fold
from mentorat_desktop.gui.groups import settings
from mentorat_desktop.gui.groups.table_model import COL_NAME, GroupTableModel
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.i18n.messages import field_error


class GroupsWindow(QDialog):
    """Every change is one call to the groups service, said in words in the window and in
    the main window's status bar."""

    # This computer's own group or its right to show every group changed (settings file).
    computer_choice_changed = Signal()

    def __init__(self, groups: GroupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups = groups
        self.setWindowTitle(self.tr("Local groups"))
        self.setAccessibleName(self.tr("Local groups"))
        self.model = GroupTableModel(self)

        intro = QLabel(
            self.tr(
                "In a network of associations, each member, cohort and pair belongs to a "
                "local group. A new pair joins its mentee's group."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Local groups table"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.outside = QLabel(self)
        self.outside.setAccessibleName(self.tr("Records in no group"))
        self.outside.setWordWrap(True)

        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Group name"))
        self.name.setPlaceholderText(self.tr("Name of a new group, or new name"))
        self.name.setMaxLength(150)
        self.name.returnPressed.connect(self.create_group)
        self.create_button = self._button(self.tr("&Create"), self.tr("Create the group"))
        self.create_button.clicked.connect(self.create_group)
        self.rename_button = self._button(self.tr("&Rename"), self.tr("Rename the group"))
        self.rename_button.clicked.connect(self.rename_group)
        self.delete_button = self._button(self.tr("&Delete…"), self.tr("Delete the group"))
        self.delete_button.clicked.connect(self.delete_group)
        self.own_button = self._button(
            self.tr("&This computer's group"), self.tr("Make it this computer's group")
        )
        self.own_button.clicked.connect(self.make_own)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        for button in (self.create_button, self.rename_button, self.delete_button):
            name_row.addWidget(button)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_button)
        own_row.addStretch(1)

        self.see_all = QCheckBox(self.tr("This computer may show &every group at once"), self)
        self.see_all.setAccessibleName(self.tr("May show every group"))
        self.see_all.setChecked(settings.may_see_all())
        self.see_all.toggled.connect(self._see_all_toggled)

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
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outside)
        layout.addLayout(name_row)
        layout.addLayout(own_row)
        layout.addWidget(self.see_all)
        layout.addWidget(self.notice)
        layout.addWidget(closing)
        metrics = self.fontMetrics()  # the size follows the text size (View → Larger text)
        self.resize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 26)
        self.reload()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        return button

    # -- data ----------------------------------------------------------------------------------
    def _own_id(self, records: list[GroupRecord]) -> int | None:
        own = settings.own_group()
        key = fold(own) if own else None
        return next((r.id for r in records if fold(r.name) == key), None)

    def reload(self, select: int | None = None) -> None:
        current = self.current_group()
        keep = select if select is not None else (current.id if current else None)
        records = self._groups.list_groups()
        self.model.set_records(records, self._own_id(records))
        if (keep is None or not self.select_group(keep)) and self.model.rowCount():
            self.table.selectRow(0)
        outside = self._groups.ungrouped()
        self.outside.setText(
            self.tr("In no group: {members}, {cohorts}, {pairs}.").format(
                members=self.tr("%n member(s)", "", outside.members),
                cohorts=self.tr("%n cohort(s)", "", outside.cohorts),
                pairs=self.tr("%n pair(s)", "", outside.pairs),
            )
        )
        self._selection_changed()

    def current_group(self) -> GroupRecord | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.record_at(rows[0].row()) if rows else None

    def select_group(self, group_id: int) -> bool:
        row = self.model.row_of(group_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        return True

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.current_group() is not None
        for button in (self.rename_button, self.delete_button, self.own_button):
            button.setEnabled(chosen)

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        tell(self.parentWidget(), text)

    def _refused(self, exc: ValidationError) -> None:
        self.notice.setText(" ".join(dict.fromkeys(field_error(e) for e in exc.errors)))
        self.notice.show()
        self.name.setFocus()

    def _gone(self) -> None:
        self._say(self.tr("This group no longer exists."))
        self.reload()

    # -- actions -------------------------------------------------------------------------------
    def create_group(self) -> None:
        try:
            group = self._groups.create(self.name.text())
        except ValidationError as exc:
            self._refused(exc)
            return
        self.name.clear()
        self.reload(select=group.id)
        self._say(self.tr("Local group “{name}” created.").format(name=group.name))

    def rename_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        try:
            renamed = self._groups.rename(group.id, self.name.text())
        except ValidationError as exc:
            self._refused(exc)
            return
        except NotFoundError:
            self._gone()
            return
        if settings.own_group() and fold(settings.own_group() or "") == fold(group.name):
            settings.set_own_group(renamed.name)  # this computer keeps its group
            self.computer_choice_changed.emit()
        self.name.clear()
        self.reload(select=group.id)
        self._say(
            self.tr("Local group “{old}” renamed “{new}”.").format(old=group.name, new=renamed.name)
        )

    def delete_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the group"),
            self.tr(
                "Delete the local group “{name}”? Its members, cohorts and pairs are kept, "
                "in no group."
            ).format(name=group.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._groups.delete(group.id)
        except NotFoundError:
            self._gone()
            return
        self.reload()
        self._say(self.tr("Local group “{name}” deleted.").format(name=group.name))

    def make_own(self) -> None:
        group = self.current_group()
        if group is None:
            return
        settings.set_own_group(group.name)
        self.reload(select=group.id)
        self.computer_choice_changed.emit()
        self._say(
            self.tr("“{name}” is now this computer's group: it is shown first.").format(
                name=group.name
            )
        )

    def _see_all_toggled(self, allowed: bool) -> None:
        settings.set_may_see_all(allowed)
        self.computer_choice_changed.emit()
