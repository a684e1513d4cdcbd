"""The toolbar's group selector: which local group the lists show ("My group: Lyon", "All
groups", or another group). Shown only when the register has groups; choosing sets the
groups service's scope, which the members, pairs, follow-up and dashboard views read."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from mentorat_desktop.core.services.groups import ALL_GROUPS, GroupScope, GroupService
from mentorat_desktop.core.text import fold
from mentorat_desktop.gui.groups import settings

_ALL = -1  # the item data of "All groups" (None would read as "no data")


class GroupSelector(QComboBox):
    """``scope_changed`` fires once the scope shown changed (chosen, or its group deleted)."""

    scope_changed = Signal()

    def __init__(self, groups: GroupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups = groups
        self.setAccessibleName(self.tr("Local group shown"))
        self.setToolTip(self.tr("Which local group the lists, the follow-up and the figures show"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._first = True
        self.currentIndexChanged.connect(self._chosen)
        self.refresh()

    @property
    def has_groups(self) -> bool:
        return self.count() > 0

    def refresh(self) -> None:
        """Read the groups again (after a change, or a choice of this computer): the items,
        and the scope kept when it still exists, else this computer's group, else all."""
        records = self._groups.list_groups()
        own_name = settings.own_group()
        own = next((r for r in records if own_name and fold(r.name) == fold(own_name)), None)
        allowed = settings.may_see_all() or own is None
        before = self._groups.scope
        self.blockSignals(True)
        try:
            self.clear()
            if records:
                if own is not None:
                    self.addItem(self.tr("My group: {name}").format(name=own.name), own.id)
                if allowed:
                    self.addItem(self.tr("All groups"), _ALL)
                    for record in records:
                        if own is None or record.id != own.id:
                            self.addItem(record.name, record.id)
            wanted = _ALL if before.group_id is None else before.group_id
            if self._first and own is not None:
                wanted = own.id  # on start: this computer's group
            index = self.findData(wanted)
            self.setCurrentIndex(index if index >= 0 else 0)
        finally:
            self.blockSignals(False)
        self._first = False
        self._apply()
        self.setEnabled(self.count() > 1)

    def _chosen(self, _index: int) -> None:
        self._apply()

    def _apply(self) -> None:
        data = self.currentData()
        scope = ALL_GROUPS if data is None or data == _ALL else GroupScope(int(data))
        if scope != self._groups.scope:
            self._groups.scope = scope
            self.scope_changed.emit()
