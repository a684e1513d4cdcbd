"""The privacy actions of the Members menu, and the consent marks of the members list.

``add_privacy_actions(menu, window, ctx)`` adds "Export this person’s data…", "Erase this
person…" and "Members past the retention period…" to ``menu``; it also tells the members
table who has no consent to keep their data (a sign in the name column) and adds
"Without consent" to the list's status filter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from mentorat_desktop.gui import plain
from mentorat_desktop.gui.members.table_model import WITHOUT_CONSENT

FIRST_READ_MS = 250  # after start-up: who has no consent, for the marks in the list

if TYPE_CHECKING:
    from mentorat_desktop.core.privacy import ErasureSummary
    from mentorat_desktop.gui.context import AppContext
    from mentorat_desktop.gui.data.worker import Job
    from mentorat_desktop.gui.main_window import MainWindow
    from mentorat_desktop.gui.members.table_model import Listed
    from mentorat_desktop.gui.members.view import MembersView

    # lazy: the erasure dialog, built when first opened
    from mentorat_desktop.gui.privacy.erase_dialog import ErasePersonDialog

    # lazy: a person's export, loaded when first asked for
    from mentorat_desktop.gui.privacy.export_dialog import PersonExport

    # lazy: the retention dialog, built when first opened
    from mentorat_desktop.gui.privacy.retention_dialog import RetentionDialog


class PrivacyActions(QObject):
    """The three actions, acting on the member selected in the members list."""

    def __init__(self, menu: QMenu, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self._export: PersonExport | None = None
        menu.addSeparator()
        self.export_action = self._add(menu, self.tr("E&xport this person’s data…"), self.export)
        self.erase_action = self._add(menu, self.tr("Erase this &person…"), self.erase)
        self.retention_action = self._add(
            menu, self.tr("&Members past the retention period…"), self.open_retention
        )
        menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def _add(self, menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
        action = plain.action(text, self._window)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    @property
    def view(self) -> MembersView:
        return self._window.members_view

    def _selected(self) -> Listed | None:
        """The one member selected, or None (and a word in the status bar)."""
        selected = self.view.selected_records()
        if len(selected) == 1:
            return selected[0]
        self._window.statusBar().showMessage(
            self.tr("Select one member in the members list first."), 8000
        )
        return None

    def update_actions(self) -> None:
        one = len(self.view.selected_records()) == 1
        self.export_action.setEnabled(one)
        self.erase_action.setEnabled(one and not self._ctx.db.read_only)

    # -- the actions ------------------------------------------------------------------------------
    def export(self) -> Job | None:
        record = self._selected()
        if record is None:
            return None
        return self.exporter.export(record.id, record.full_name)

    @property
    def exporter(self) -> PersonExport:
        # lazy: a person's export, loaded when first asked for
        from mentorat_desktop.gui.privacy.export_dialog import PersonExport

        if self._export is None:
            self._export = PersonExport(self._window, self._ctx.db, self._ctx.language)
        return self._export

    def erase(self) -> ErasePersonDialog | None:
        # lazy: the backups module (where the backup before an erasure goes), and the
        # erasure dialog, loaded when first opened rather than to build the menu
        from mentorat_desktop.core.backups import backup_place
        from mentorat_desktop.gui.privacy.erase_dialog import ErasePersonDialog

        record = self._selected()
        if record is None:
            return None
        ctx = self._ctx
        dialog = ErasePersonDialog(
            ctx.db,
            ctx.language,
            record.id,
            record.full_name,
            backup_place(ctx.settings),
            self._window,
        )
        dialog.erased.connect(self._after_erasure)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_erasure(self, summary: ErasureSummary) -> None:
        # The commands on the undo stack describe the state before: they cannot be undone.
        self._ctx.undo_stack.clear()
        self._window.statusBar().showMessage(
            self.tr("Member #{number} erased.").format(number=summary.member_id), 15000
        )

    def open_retention(self) -> RetentionDialog:
        # lazy: the backups module and the retention dialog, loaded when first opened
        from mentorat_desktop.core.backups import backup_place
        from mentorat_desktop.gui.privacy.retention_dialog import RetentionDialog

        ctx = self._ctx
        dialog = RetentionDialog(
            ctx.services, ctx.language, backup_place(ctx.settings), self._window
        )
        dialog.anonymised.connect(self._after_anonymising)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_anonymising(self, count: int) -> None:
        if count:
            self._ctx.undo_stack.clear()
        self._window.statusBar().showMessage(self.tr("%n member(s) anonymised.", "", count), 15000)


def install_consent_marks(view: MembersView, ctx: AppContext) -> None:
    """Mark the members without consent in ``view``'s table, and let its status filter
    show them alone."""
    db = ctx.db

    def without_consent() -> list[int]:
        # lazy: the privacy module, only when the list is asked for
        from mentorat_desktop.core.privacy import members_without_consent

        return members_without_consent(db)

    # Asked on each reload of the list; the first time once the window is on screen (the
    # list is already loaded by then), as the view does for the skills.
    model = view.model
    model.set_consent_source(without_consent, read_now=False)
    QTimer.singleShot(FIRST_READ_MS, model, model.refresh_consent)
    combo = view.status_filter
    if combo.findData(WITHOUT_CONSENT) < 0:
        combo.addItem(
            QCoreApplication.translate("PrivacyActions", "Without consent"), WITHOUT_CONSENT
        )
        index = combo.count() - 1

        def mark() -> None:
            # The warning sign beside it once the window is on screen: the style's icon
            # makes PySide6 build QStyle's enumerations first (about 15 ms of start-up).
            if combo.itemData(index) == WITHOUT_CONSENT:
                combo.setItemIcon(index, model.warning_icon)

        QTimer.singleShot(FIRST_READ_MS, combo, mark)
        combo.setItemData(
            index,
            QCoreApplication.translate(
                "PrivacyActions",
                "Active and archived members without consent to keep their data (never "
                "given, or withdrawn)",
            ),
            Qt.ItemDataRole.ToolTipRole,
        )


def add_privacy_actions(menu: QMenu, window: MainWindow, ctx: AppContext) -> PrivacyActions:
    """Add the privacy actions to ``menu`` (the Members menu) and the consent marks to the
    members list of ``window``."""
    actions = PrivacyActions(menu, window, ctx)
    install_consent_marks(window.members_view, ctx)
    return actions
