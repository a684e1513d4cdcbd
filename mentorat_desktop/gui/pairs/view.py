"""The pairs view: filters, the list, one pair's detail, and what can be done with it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.enums import PairStatus
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.services.pairs import PairRecord, allowed_transitions
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.gui.bridge import DataSignals
from mentorat_desktop.gui.help.empty_hint import EmptyHint
from mentorat_desktop.gui.pairs.batch_dialog import CharterBatchDialog
from mentorat_desktop.gui.pairs.charter_actions import save_charters
from mentorat_desktop.gui.pairs.detail import PairDetail
from mentorat_desktop.gui.pairs.objectives_dialog import ObjectivesDialog
from mentorat_desktop.gui.pairs.pair_dialog import PairDialog
from mentorat_desktop.gui.pairs.status_dialog import StatusDialog, Step
from mentorat_desktop.gui.pairs.table_model import (
    COL_MENTEE,
    COL_MENTOR,
    PairFilter,
    PairTableModel,
)
from mentorat_desktop.i18n.labels import pair_status_label, withdrawn_label

if TYPE_CHECKING:
    from mentorat_desktop.gui.pairs.batch_dialog import CharterBatchDialog
    from mentorat_desktop.gui.pairs.objectives_dialog import ObjectivesDialog
    from mentorat_desktop.gui.pairs.pair_dialog import PairDialog
    from mentorat_desktop.gui.pairs.status_dialog import StatusDialog

ENDED_TOO = "ended_too"
WITHDRAWN = "withdrawn"  # the proposals withdrawn before they started


class PairsView(QWidget):
    """Lists the pairs; every change goes through the pairs service, then the bus."""

    matching_requested = Signal()

    def __init__(
        self,
        services: Services,
        signals: DataSignals,
        language: str,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._undo = undo_stack  # changes of status can be undone
        self._members = services.members
        self._language = language
        self.pairs = services.pairs
        self.cohorts = services.cohorts
        self.setAccessibleName(self.tr("Pairs"))
        self.model = PairTableModel(language, self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name or cohort…"))
        self.search.setAccessibleName(self.tr("Search pairs"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("Current pairs"), None)
        for status in PairStatus:
            self.status_filter.addItem(pair_status_label(status), status)
        self.status_filter.addItem(withdrawn_label(), WITHDRAWN)
        self.status_filter.addItem(self.tr("All, ended included"), ENDED_TOO)
        self.cohort_filter = QComboBox(self)
        self.cohort_filter.setAccessibleName(self.tr("Filter by cohort"))
        for combo in (self.status_filter, self.cohort_filter):
            combo.currentIndexChanged.connect(self._apply_filter)

        self.suggest_button = self._button(self.tr("&Suggest pairs…"), self.matching_requested.emit)
        self.new_button = self._button(self.tr("&New pair…"), self.new_pair)
        self.print_all_button = self._button(self.tr("Print c&harters…"), self.print_batch)

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Pairs table"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_MENTOR, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        letters = self.fontMetrics().horizontalAdvance("n")
        # Dates and statuses whole when the text is enlarged (View → Larger text).
        header.setDefaultSectionSize(max(header.defaultSectionSize(), 12 * letters))
        for column in (COL_MENTOR, COL_MENTEE):
            self.table.setColumnWidth(column, 22 * letters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_means())
        self.model.modelReset.connect(self._selection_changed)

        self.detail = PairDetail(language, self)
        self.detail.withdraw_requested.connect(lambda: self.change_status(Step.CANCEL))
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.means_button = self._button(self.tr("&Means…"), self.edit_means)
        self.objectives_button = self._button(self.tr("&Objectives…"), self.edit_objectives)
        self.life_button = QPushButton(self.tr("&Life of the pair"), self)
        self.life_button.setAccessibleName(self.tr("Life of the pair"))
        self.life_menu = QMenu(self.life_button)
        # Not "actions": that is QWidget.actions(), the widget's own list.
        self.step_actions: dict[Step, QAction] = {}
        for step, text in (
            (Step.ACTIVATE, self.tr("Charter signed: start the pair…")),
            (Step.PAUSE, self.tr("Pause…")),
            (Step.RESUME, self.tr("Resume…")),
            (Step.END, self.tr("End the pair…")),
            (Step.CANCEL, self.tr("Withdraw the proposal…")),
        ):
            action = self.life_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, s=step: self.change_status(s))
            self.step_actions[step] = action
        self.life_button.setMenu(self.life_menu)
        self.charter_button = self._button(self.tr("Print the &charter…"), self.print_charter)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of pairs shown"))

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.status_filter, 1)
        top.addWidget(self.cohort_filter, 1)
        actions_row = QHBoxLayout()
        for button in (self.suggest_button, self.new_button, self.print_all_button):
            actions_row.addWidget(button)
        actions_row.addStretch(1)
        actions_row.addWidget(self.count_label)
        pair_row = QHBoxLayout()
        for button in (
            self.means_button,
            self.objectives_button,
            self.life_button,
            self.charter_button,
        ):
            pair_row.addWidget(button)
        pair_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(actions_row)

        self.empty_hint = EmptyHint(
            self.tr("No pairs yet"),
            self.tr(
                "Pairs are formed from the members: add or import them first in the Members "
                "tab. Then “Suggest pairs…” (Ctrl+M) shows who fits with whom, and why; "
                "“New pair…” forms one yourself. A pair stays proposed until its charter is "
                "signed."
            ),
            "pairs",
            language,
            self,
        )
        layout.addWidget(self.empty_hint)
        layout.addWidget(splitter, 1)
        layout.addLayout(pair_row)

        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table, self.edit_means)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        signals.changed.connect(self._on_changed)
        self.reload()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- data ----------------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic in (Topic.PAIRS.value, Topic.MEMBERS.value, Topic.GROUPS.value):
            self.reload()

    def reload(self) -> None:
        current = self.current_pair()
        cohort = self.cohort_filter.currentData()
        self.cohort_filter.blockSignals(True)
        self.cohort_filter.clear()
        self.cohort_filter.addItem(self.tr("All cohorts"), None)
        for c in self.cohorts.list_cohorts():
            self.cohort_filter.addItem(c.name, c.id)
        still_there = self.cohort_filter.findData(cohort)
        self.cohort_filter.setCurrentIndex(max(0, still_there))
        self.cohort_filter.blockSignals(False)
        self.model.set_records(self.pairs.list_pairs(group_id=self._services.groups.scope.group_id))
        if cohort is not None and still_there < 0:
            self._apply_filter()  # the cohort filtered on is gone: show every cohort
        if current is not None:
            self.select_pair(current.id)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()
        self._update_count()

    def _apply_filter(self) -> None:
        current = self.current_pair()
        status = self.status_filter.currentData()
        self.model.set_filter(
            PairFilter(
                text=self.search.text(),
                status=PairStatus(status) if status not in (None, ENDED_TOO, WITHDRAWN) else None,
                include_ended=status == ENDED_TOO,
                withdrawn=status == WITHDRAWN,
                cohort_id=self.cohort_filter.currentData(),
            )
        )
        if current is not None:
            self.select_pair(current.id)
        self._update_count()

    def _update_count(self) -> None:
        self.empty_hint.setVisible(self.model.total_count() == 0)
        self.count_label.setText(self.tr("%n pair(s) shown", "", self.model.rowCount()))

    # -- selection -----------------------------------------------------------------------------
    def selected_pairs(self) -> list[PairRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record_at(r) for r in rows]

    def current_pair(self) -> PairRecord | None:
        selected = self.selected_pairs()
        return selected[0] if selected else None

    def select_pair(self, pair_id: int) -> bool:
        row = self.model.row_of(pair_id)
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
        pair = self.current_pair()
        self.detail.show_pair(pair if len(self.selected_pairs()) == 1 else None)
        one = pair is not None and len(self.selected_pairs()) == 1
        for button in (self.means_button, self.objectives_button, self.life_button):
            button.setEnabled(one)
        self.charter_button.setEnabled(bool(self.selected_pairs()))
        if pair is not None:
            allowed = allowed_transitions(pair.status)
            self.step_actions[Step.ACTIVATE].setEnabled(
                pair.status == PairStatus.PROPOSED and PairStatus.ACTIVE in allowed
            )
            self.step_actions[Step.PAUSE].setEnabled(PairStatus.PAUSED in allowed)
            self.step_actions[Step.RESUME].setEnabled(
                pair.status == PairStatus.PAUSED and PairStatus.ACTIVE in allowed
            )
            # A proposal is withdrawn (no evaluation); a pair that started is ended.
            proposed = pair.status == PairStatus.PROPOSED
            self.step_actions[Step.END].setEnabled(PairStatus.ENDED in allowed and not proposed)
            self.step_actions[Step.CANCEL].setEnabled(PairStatus.ENDED in allowed and proposed)

    # -- actions -------------------------------------------------------------------------------
    def _default_hours(self) -> float:
        return self._services.settings.get().default_commitment_hours

    def new_pair(self, mentor_id: int | None = None, mentee_id: int | None = None) -> PairDialog:
        dialog = PairDialog(
            self.pairs, self._members, self.cohorts, self._default_hours(), None, self
        )
        if mentor_id is not None and mentee_id is not None:
            dialog.preset(mentor_id, mentee_id)
        dialog.finished.connect(lambda _r: self._after(dialog))
        dialog.open()
        return dialog

    def edit_means(self) -> PairDialog | None:
        pair = self.current_pair()
        if pair is None:
            return None
        dialog = PairDialog(
            self.pairs, self._members, self.cohorts, self._default_hours(), pair, self
        )
        dialog.finished.connect(lambda _r: self._after(dialog))
        dialog.open()
        return dialog

    def _after(self, dialog: PairDialog) -> None:
        saved = dialog.saved
        if saved is not None and not self.select_pair(saved.id):
            self.search.clear()
            self.status_filter.setCurrentIndex(self.status_filter.findData(ENDED_TOO))
            self.select_pair(saved.id)
        dialog.deleteLater()

    def edit_objectives(self) -> ObjectivesDialog | None:
        pair = self.current_pair()
        if pair is None:
            return None
        dialog = ObjectivesDialog(self.pairs, pair.id, self)
        dialog.open()
        return dialog

    def change_status(self, step: Step) -> StatusDialog | None:
        pair = self.current_pair()
        if pair is None:
            return None
        dialog = StatusDialog(self.pairs, pair, step, self, undo_stack=self._undo)
        dialog.open()
        return dialog

    def print_charter(self) -> None:
        chosen = self.selected_pairs()
        if not chosen:
            return
        first = chosen[0]
        name = self.tr("charter-{mentor}-{mentee}.pdf").format(
            mentor=first.mentor_name.split(" ")[-1], mentee=first.mentee_name.split(" ")[-1]
        )
        save_charters(self, self._services, [p.id for p in chosen], self._language, name)

    def print_batch(self) -> CharterBatchDialog:
        dialog = CharterBatchDialog(
            self.pairs, self.cohorts, [p.id for p in self.selected_pairs()], self
        )

        def done(result: int) -> None:
            if result and dialog.pair_ids():
                save_charters(
                    self,
                    self._services,
                    dialog.pair_ids(),
                    self._language,
                    self.tr("charters.pdf"),
                    copies=dialog.copies(),
                )
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog
