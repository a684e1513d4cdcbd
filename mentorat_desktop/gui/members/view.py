"""The members register: search, filters, the table and the detail panel."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.enums import Generation, MemberStatus, Role
from mentorat_desktop.core.events import Topic
from mentorat_desktop.gui import plain
from mentorat_desktop.gui.bridge import DataSignals
from mentorat_desktop.gui.members.commands import EditMember, RestoreMembers
from mentorat_desktop.gui.members.detail import MemberDetail
from mentorat_desktop.gui.members.empty_state import EmptyMembers
from mentorat_desktop.gui.members.table_model import (
    COL_CITY,
    COL_EMAIL,
    COL_GENERATION,
    COL_NAME,
    COL_OFFERED,
    COL_ROLE,
    COL_STATUS,
    COL_WANTED,
    Listed,
    MemberFilter,
    MemberItemDelegate,
    MemberTableModel,
)
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.i18n.labels import generation_label, role_short, status_label

if TYPE_CHECKING:
    from mentorat_desktop.core.services.members import MemberInput
    from mentorat_desktop.core.services.registry import Services
    from mentorat_desktop.gui.members.dialog import MemberDialog

ALL_STATUSES = "all"
FIRST_SCREEN_ROWS = 80
IDLE_LOAD_MS = 250  # the rest of the skills load once the window has been drawn


class _MembersTable(QTableView):
    """A QTableView that does not repaint its horizontal scroll bar for nothing.

    Whenever the vertical scroll range changes (most keystrokes of the search) and whenever
    QTableView updates its geometries, QAbstractScrollArea lays out its scroll bars again,
    raising the horizontal bar's container, then the vertical one's. Raising a widget that
    is not already on top repaints it, so the horizontal bar (and the frame under it) was
    repainted each time though nothing in it had changed. Stacking the vertical container
    under the horizontal one first makes that raise a no-op; restacking repaints only the
    vertical bar, which is repainted anyway, its range having changed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Direct connections: they run before QAbstractScrollArea's queued re-layout.
        self.verticalScrollBar().rangeChanged.connect(self._keep_horizontal_bar_on_top)
        self.horizontalScrollBar().rangeChanged.connect(self._keep_horizontal_bar_on_top)

    def updateGeometries(self) -> None:
        self._keep_horizontal_bar_on_top()
        super().updateGeometries()

    def _keep_horizontal_bar_on_top(self, *_range: int) -> None:
        # parent(), not parentWidget(): for Qt's private container class, PySide's
        # parentWidget() loads dozens of unrelated widget types the first time (~15 ms).
        vertical = self.verticalScrollBar().parent()
        horizontal = self.horizontalScrollBar().parent()
        if isinstance(vertical, QWidget) and isinstance(horizontal, QWidget):
            vertical.stackUnder(horizontal)  # a no-op once in that order


class MembersView(QWidget):
    """Shows the register; asks the main window for import and demo through signals."""

    import_requested = Signal()
    demo_requested = Signal()

    def __init__(
        self,
        services: Services,
        signals: DataSignals,
        undo_stack: QUndoStack,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # The services object: the pairs (asked before archiving) and the training (for its
        # filter) are made when first used, not to draw the list.
        self._services = services
        self._service = services.members
        self._groups = services.groups  # the local group shown (its scope)
        self._undo = undo_stack
        self.setAccessibleName(self.tr("Members"))
        self.model = MemberTableModel(self)
        self._widths: list[int] = []
        self._restoring = False
        self._filtering = False
        self._awaiting_screen = False  # everyone's skills wait for the view to show

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, e-mail, skill or city…"))
        self.search.setAccessibleName(self.tr("Search members"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.search.returnPressed.connect(self._focus_table)
        self._widget_shortcut(Qt.Key.Key_Down, self.search, self._focus_table)

        self.role_filter = QComboBox(self)
        self.role_filter.setAccessibleName(self.tr("Filter by role"))
        self.role_filter.addItem(self.tr("All roles"), None)
        for role in (Role.MENTOR, Role.MENTEE):
            self.role_filter.addItem(role_short(role), role)
        self.generation_filter = QComboBox(self)
        self.generation_filter.setAccessibleName(self.tr("Filter by generation"))
        self.generation_filter.addItem(self.tr("All generations"), None)
        for generation in Generation:
            self.generation_filter.addItem(generation_label(generation), generation)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("Active members"), MemberStatus.ACTIVE)
        self.status_filter.addItem(self.tr("Archived members"), MemberStatus.ARCHIVED)
        self.status_filter.addItem(self.tr("Active and archived"), ALL_STATUSES)
        self.training_filter = QComboBox(self)
        self.training_filter.setAccessibleName(self.tr("Filter by mentor training"))
        self.training_filter.addItem(self.tr("Trained or not"), None)
        self.training_filter.addItem(self.tr("Trained"), True)
        self.training_filter.addItem(self.tr("Not trained"), False)
        for combo in (
            self.role_filter,
            self.generation_filter,
            self.status_filter,
            self.training_filter,
        ):
            combo.currentIndexChanged.connect(self._apply_filter)

        self.add_button = self._button(self.tr("&Add a member"), self.add_member)
        self.edit_button = self._button(self.tr("Edi&t"), self.edit_current)
        self.archive_button = self._button(self.tr("A&rchive"), self.archive_selected)
        self.restore_button = self._button(self.tr("Re&store"), self.restore_selected)
        self.import_button = self._button(self.tr("&Import…"), self.import_requested.emit)

        self.table = _MembersTable(self)
        self.table.setAccessibleName(self.tr("Members table"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(MemberItemDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fm = self.fontMetrics()
        pad = 3 * fm.horizontalAdvance(" ")
        letters = fm.horizontalAdvance("n")

        def fit(*texts: str) -> int:
            return max(fm.horizontalAdvance(t) for t in texts) + pad

        # Widths from the (translated) texts and the font, so they follow the system size.
        for column, width in (
            (COL_NAME, 20 * letters),
            (
                COL_GENERATION,
                fit(
                    generation_label(Generation.BABY_BOOMER) + " (1958)",
                    generation_label(Generation.Z) + " (2001)",
                ),
            ),
            (COL_ROLE, fit(*(role_short(r) for r in Role))),
            (COL_CITY, 13 * letters),
            (COL_EMAIL, 20 * letters),
            (COL_OFFERED, 20 * letters),
            (COL_WANTED, 20 * letters),
            (COL_STATUS, fit(self.tr("Status"), *(status_label(s) for s in MemberStatus))),
        ):
            self.table.setColumnWidth(column, width)
        # A model reset puts the header back to default widths: keep the user's instead.
        self._widths = [header.sectionSize(c) for c in range(header.count())]
        header.sectionResized.connect(self._remember_width)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._after_reset)

        self.detail = MemberDetail(language, self)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of members shown"))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A fixed size: a new count then repaints the label alone, not the window's layout.
        widest = self.tr("%n member(s) shown", "", 88888) + " / 88888"
        metrics = self.count_label.fontMetrics()
        self.count_label.setFixedSize(
            metrics.horizontalAdvance(widest) + metrics.averageCharWidth() * 2,
            metrics.height() + 4,
        )

        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 320])

        self.empty = EmptyMembers(self)
        self.empty.add_requested.connect(self.add_member)
        self.empty.import_requested.connect(self.import_requested.emit)
        self.empty.demo_requested.connect(self.demo_requested.emit)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.role_filter, 1)
        filters.addWidget(self.generation_filter, 1)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.training_filter, 1)
        body_layout.addLayout(filters)
        body_layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.archive_button,
            self.restore_button,
            self.import_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        body_layout.addLayout(buttons)
        self.stack.addWidget(body)
        self._body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        self._widget_shortcut(Qt.Key.Key_Delete, self.table, self.archive_selected)
        self._widget_shortcut(Qt.Key.Key_Return, self.table, self.edit_current)
        self._widget_shortcut(Qt.Key.Key_Enter, self.table, self.edit_current)
        # Tab follows the screen: search, filters, the table, then the buttons under it.
        chain = [
            self.search,
            self.role_filter,
            self.generation_filter,
            self.status_filter,
            self.training_filter,
            self.table,
            self.add_button,
            self.edit_button,
            self.archive_button,
            self.restore_button,
            self.import_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        signals.changed.connect(self._on_changed)
        self.reload()

    def _widget_shortcut(self, key: Qt.Key, widget: QWidget, slot: Callable[[], object]) -> None:
        """A key that acts only while ``widget`` has the focus."""
        shortcut = QShortcut(QKeySequence(key), widget, slot)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = plain.button(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _load_skills_once_shown(self) -> None:
        """Everyone's skills, a moment after the view is on screen. Looked at again every
        IDLE_LOAD_MS while it is hidden, rather than told by a showEvent(): overriding that
        makes PySide6 build its event classes at start-up, about 3 ms."""
        if not self.model.skills_pending:
            self._awaiting_screen = False  # read already (a row drawn or a search needed them)
        elif self.isVisible():
            self._awaiting_screen = False
            QTimer.singleShot(IDLE_LOAD_MS, self.model, self.model.load_all_skills)
        else:
            QTimer.singleShot(IDLE_LOAD_MS, self, self._load_skills_once_shown)

    # -- data ---------------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic in (Topic.MEMBERS.value, Topic.GROUPS.value):
            self.reload()

    def reload(self) -> None:
        current = self.current_record()
        # As in _apply_filter: the detail panel follows the settled selection only, once.
        self._filtering = True
        try:
            # The first screen's skills now, everyone's once the window is on screen.
            group = self._groups.scope.group_id
            self.model.set_records(
                self._service.list_summaries(with_skills=False, group_id=group),
                self._service.skills_of,
            )
            self.model.load_skills(range(FIRST_SCREEN_ROWS))
            if self.isVisible():
                QTimer.singleShot(IDLE_LOAD_MS, self.model, self.model.load_all_skills)
            else:
                # While the window is built, or behind another tab: counted from when it is
                # shown, not from now (on a slow computer building can take longer than the
                # delay). One wait at a time, however many reloads come meanwhile.
                if not self._awaiting_screen:
                    self._awaiting_screen = True
                    QTimer.singleShot(0, self, self._load_skills_once_shown)
            has_members = self.model.total_count() > 0
            self.stack.setCurrentWidget(self._body if has_members else self.empty)
            if current is not None:
                self.select_member(current.id)
            elif self.model.rowCount():
                self.table.selectRow(0)
        finally:
            self._filtering = False
        self._selection_changed(refresh=True)
        self._update_count()
        if self.training_filter.currentData() is not None:
            self._apply_filter()  # training dates may have changed with the members

    def _apply_filter(self) -> None:
        # The selected member stays selected while they match; otherwise nothing is.
        current = self.current_record()
        status = self.status_filter.currentData()
        trained = self.training_filter.currentData()
        # The model reset clears the selection and select_member() sets it again: the detail
        # panel and the buttons follow the outcome only, not the emptied selection between
        # (that cost a fetch and a rich-text layout twice per keystroke, and a relayout of
        # the window).
        self._filtering = True
        try:
            self.model.set_filter(
                MemberFilter(
                    text=self.search.text(),
                    role=self.role_filter.currentData(),
                    generation=self.generation_filter.currentData(),
                    status=None if status == ALL_STATUSES else status,
                    trained=trained,
                    trained_ids=self._trained_ids(trained),
                )
            )
            if current is not None:
                self.select_member(current.id)
        finally:
            self._filtering = False
        self._selection_changed()
        self._update_count()

    def _trained_ids(self, trained: bool | None) -> frozenset[int]:
        """The members with a training date, read when the training filter is in use."""
        if trained is None:
            return frozenset()
        return frozenset(self._services.training.trained_member_ids())

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self.count_label.setText(self.tr("%n member(s) shown", "", shown) + " / " + str(total))

    def _remember_width(self, column: int, _old: int, new: int) -> None:
        if not self._restoring and column < len(self._widths) and new > 0:
            self._widths[column] = new

    def _after_reset(self) -> None:
        header = self.table.horizontalHeader()
        self._restoring = True
        for column, width in enumerate(self._widths):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        self._restoring = False
        self._selection_changed()

    # -- selection ----------------------------------------------------------------------------
    def selected_records(self) -> list[Listed]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record_at(r) for r in rows]

    def current_record(self) -> Listed | None:
        selected = self.selected_records()
        return selected[0] if selected else None

    def select_member(self, member_id: int) -> bool:
        row = self.model.row_of(member_id)
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

    def _selection_changed(self, *_args: object, refresh: bool = False) -> None:
        if self._filtering:
            return  # _apply_filter() calls again once the selection is settled
        selected = self.selected_records()
        shown = selected[0].id if len(selected) == 1 else None
        if refresh or shown != self.detail.member_id:
            self.detail.show_member(self._service.get(shown) if shown is not None else None)
        archived = [r for r in selected if r.status == MemberStatus.ARCHIVED]
        self.edit_button.setEnabled(len(selected) == 1)
        self.archive_button.setEnabled(bool(selected) and not archived)
        self.restore_button.setEnabled(bool(selected) and len(archived) == len(selected))

    def _focus_table(self) -> None:
        """From the search box to the results, the first one selected if none is."""
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- actions ------------------------------------------------------------------------------
    def add_member(self) -> MemberDialog:
        # lazy: the member dialog, loaded when first opened
        from mentorat_desktop.gui.members.dialog import MemberDialog

        dialog = MemberDialog(self._service, None, self, groups=self._groups)
        dialog.finished.connect(lambda _r: self._after_dialog(dialog))
        dialog.open()
        return dialog

    def edit_current(self) -> MemberDialog | None:
        # lazy: the member dialog, loaded when first opened
        from mentorat_desktop.gui.members.dialog import MemberDialog

        current = self.current_record()
        if current is None:
            return None
        record = self._service.get(current.id)
        dialog = MemberDialog(self._service, record, self, groups=self._groups)
        dialog.finished.connect(lambda _r: self._after_dialog(dialog, record.to_input()))
        dialog.open()
        return dialog

    def _after_dialog(self, dialog: MemberDialog, before: MemberInput | None = None) -> None:
        saved = dialog.saved
        if saved is not None:
            if before is None:
                tell(
                    self,
                    elided_format(self.tr("{name} added to the members."), name=saved.full_name),
                )
            elif saved.to_input() != before:
                self._undo.push(
                    EditMember(
                        self._service,
                        saved.id,
                        before,
                        saved.to_input(),
                        version=saved.row_version,
                        said=lambda text: tell(self, text),
                    )
                )
                tell(
                    self,
                    elided_format(
                        self.tr("{name}’s record saved (Ctrl+Z to undo)."), name=saved.full_name
                    ),
                )
            if not self.select_member(saved.id):
                self.search.clear()
                self.select_member(saved.id)
        self.table.setFocus()
        dialog.deleteLater()

    def archive_selected(self) -> None:
        records = [r for r in self.selected_records() if r.status == MemberStatus.ACTIVE]
        if records:
            # lazy: archiving and the pairs service it asks (about 12 ms of classes to
            # create), loaded on the first archive rather than at start-up
            from mentorat_desktop.gui.members.archive import archive_members

            archive_members(self, self._service, self._services.pairs, records, self._undo)

    def restore_selected(self) -> None:
        records = [r for r in self.selected_records() if r.status == MemberStatus.ARCHIVED]
        if records:
            ids = [r.id for r in records]
            self._service.restore(ids)  # first: a refusal is said, and claimed nowhere
            self._undo.push(
                RestoreMembers(self._service, ids, [r.full_name for r in records], done=True)
            )
            tell(self, self.tr("%n member(s) restored (Ctrl+Z to undo).", "", len(ids)))

    def index_of(self, member_id: int) -> QModelIndex:
        row = self.model.row_of(member_id)
        return QModelIndex() if row is None else self.model.index(row, 0)
