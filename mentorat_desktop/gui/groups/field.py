"""The "Local group" field of the member and cohort forms, there only when the register has
groups: "No group" or one of the groups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from mentorat_desktop.core.services.groups import GroupService
from mentorat_desktop.gui.widgets import FieldWithError

_NONE = -1  # the item data of "No group"


class GroupField(QComboBox):
    row: FieldWithError  # the field and its error label, as ``add_group_field`` lays it out

    def __init__(
        self, groups: GroupService, current: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Local group"))
        self.addItem(self.tr("No group"), _NONE)
        for group in groups.list_groups():
            self.addItem(group.name, group.id)
        index = self.findData(_NONE if current is None else current)
        self.setCurrentIndex(max(index, 0))
        self.initial = self.chosen()

    def chosen(self) -> int | None:
        data = self.currentData()
        return None if data is None or data == _NONE else int(data)

    @property
    def changed(self) -> bool:
        return self.chosen() != self.initial


def add_group_field(
    form: QFormLayout, groups: GroupService | None, current: int | None, parent: QWidget
) -> GroupField | None:
    """A group field at the end of ``form``; None (and nothing added) without groups."""
    if groups is None or not groups.any_groups():
        return None
    field = GroupField(groups, current, parent)
    # with its error label: a group deleted meanwhile by another coordinator is said here
    field.row = FieldWithError(field, parent)
    label = QLabel(QCoreApplication.translate("GroupField", "Local group:"), parent)
    label.setBuddy(field)
    form.addRow(label, field.row)
    return field
