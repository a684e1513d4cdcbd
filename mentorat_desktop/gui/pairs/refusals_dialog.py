"""The refused suggestions: the couples the coordinator refused in the suggestions (never
proposed again), and "Forget this refusal" so that a suggestion may come back.

``open_refusals(window, ctx)`` opens it from the Pairs menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.errors import NotFoundError, StorageError
from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.core.services.refusals import RefusalRecord
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.gui.data import failure_text
from mentorat_desktop.gui.work_parts import message_label, named_button

if TYPE_CHECKING:
    from mentorat_desktop.gui.bridge import DataSignals
    from mentorat_desktop.gui.context import AppContext

ERROR_STYLE = "color: #b00020; font-weight: bold;"
COL_MENTOR, COL_MENTEE, COL_DATE, COL_REASON = range(4)


class RefusalsDialog(QDialog):
    def __init__(
        self,
        services: Services,
        language: str,
        signals: DataSignals | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = services.db  # whether it is open read-only
        self._service = services.refusals
        self._language = language
        self.records: list[RefusalRecord] = []
        self.setWindowTitle(self.tr("Refused suggestions"))
        self.setAccessibleName(self.tr("Refused suggestions"))

        self.intro = QLabel(
            self.tr(
                "The suggestions refused here are never proposed again. Forget a refusal "
                "and the suggestion may come back."
            ),
            self,
        )
        self.intro.setAccessibleName(self.tr("About refused suggestions"))
        self.intro.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Refused suggestions"))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setHeaderLabels(
            [self.tr("Mentor"), self.tr("Mentee"), self.tr("Refused on"), self.tr("Reason")]
        )
        header = self.table.header()
        header.setStretchLastSection(True)
        for column in (COL_MENTOR, COL_MENTEE, COL_DATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("No suggestion has been refused."), self)
        self.empty.setAccessibleName(self.tr("No refused suggestion"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.message = message_label(self)

        self.forget_button = named_button(
            self, self.tr("&Forget this refusal"), self.tr("Forget this refusal"), self.forget
        )
        self.close_button = named_button(
            self, self.tr("Close"), self.tr("Close"), self.reject, default=True
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.forget_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setTabOrder(self.table, self.forget_button)
        self.setTabOrder(self.forget_button, self.close_button)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 100, width * 45)
        if signals is not None:
            signals.changed.connect(self._on_changed)
        self.reload()

    # -- the list ---------------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic == "pairs":
            self.reload()

    def reload(self) -> None:
        """Read the refusals again, keeping the selected one selected when it is still there."""
        kept = self.selected()
        keep = (kept.mentor_id, kept.mentee_id) if kept is not None else None
        try:
            self.records = self._service.list()
        except StorageError as error:
            self._say_failure(error)
            return
        self.table.clear()
        lang = self._language
        for record in self.records:
            item = QTreeWidgetItem(
                [
                    record.mentor_name,
                    record.mentee_name,
                    format_date(record.refused_on, lang),
                    record.reason or "",
                ]
            )
            if record.reason:
                item.setToolTip(COL_REASON, record.reason)  # whole, in a narrow window
            self.table.addTopLevelItem(item)
            if keep == (record.mentor_id, record.mentee_id):
                self.table.setCurrentItem(item)
        self.stack.setCurrentWidget(self.table if self.records else self.empty)
        self._update_buttons()

    def selected(self) -> RefusalRecord | None:
        items = self.table.selectedItems()
        if not items:
            return None
        row = self.table.indexOfTopLevelItem(items[0])
        return self.records[row] if 0 <= row < len(self.records) else None

    def _update_buttons(self) -> None:
        self.forget_button.setEnabled(self.selected() is not None and not self._db.read_only)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(("⚠ " if error else "") + text)
        self.message.setVisible(bool(text))

    def _say_failure(self, error: StorageError) -> None:
        self._say(failure_text(error, self._language), error=True)

    # -- forgetting -------------------------------------------------------------------------------
    def forget(self) -> None:
        """Forget the selected refusal and say so; the next row gets the selection."""
        record = self.selected()
        if record is None or not self.forget_button.isEnabled():
            return
        row = self.table.indexOfTopLevelItem(self.table.selectedItems()[0])
        try:
            self._service.forget(record.mentor_id, record.mentee_id)
        except NotFoundError:
            self.reload()
            self._say(self.tr("This refusal had already been forgotten."))
            return
        except StorageError as error:
            self._say_failure(error)
            return
        self.reload()
        self._say(
            elided_format(
                self.tr("The suggestion of {mentor} and {mentee} may come back."),
                mentor=record.mentor_name,
                mentee=record.mentee_name,
            )
        )
        count = self.table.topLevelItemCount()
        if count:
            item = self.table.topLevelItem(min(row, count - 1))
            if item is not None:  # always: the row is within the count
                self.table.setCurrentItem(item)
            self.table.setFocus()
        else:
            self.close_button.setFocus()


def open_refusals(parent: QWidget, ctx: AppContext) -> RefusalsDialog:
    """Open the refused suggestions (not modal: the suggestions may stay open beside it)."""
    dialog = RefusalsDialog(ctx.services, ctx.language, ctx.signals, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
