"""Suggested pairs: the best five for one member, or a proposal for the whole pool.

The software proposes, the coordinator decides: accept (the pair is created as proposed),
refuse (never suggested again), or edit before creating it. A proposal takes up a place in
both members' capacity: a suggestion whose member has no room left is not accepted, and the
other suggestions of a member whose room is used up leave the list.

The whole-pool proposal takes seconds on a pool of thousands: it runs off the GUI thread,
with its steps in a progress dialog and a Cancel that drops the result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.matching import (
    Suggestion,
    best_for,
    propose_pool,
    reasons_to_json,
    room_left,
)
from mentorat_desktop.core.matching.pool import PROPOSAL_STEPS
from mentorat_desktop.core.services.pairs import PairInput
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.gui import collector
from mentorat_desktop.gui.data import failure_text, own_connection
from mentorat_desktop.gui.data.worker import Cancelled, Job, Progress, run_in_thread
from mentorat_desktop.gui.pairs.member_picker import MemberPicker
from mentorat_desktop.gui.pairs.suggestions_model import (
    COL_MENTEE,
    COL_MENTOR,
    COL_REASONS,
    COL_SCORE,
    SuggestionModel,
    suggestion_text,
)
from mentorat_desktop.gui.pairs.weights_dialog import WeightsDialog
from mentorat_desktop.i18n import current_language
from mentorat_desktop.i18n.messages import field_error_with_label

if TYPE_CHECKING:
    from mentorat_desktop.gui.pairs.weights_dialog import WeightsDialog

# Measuring every wrapped row of a list takes about a second per thousand rows, on the GUI
# thread: the rows of a longer list (a whole-pool proposal) are as tall as their lines.
LONG_LIST = 150


class SuggestionList(QWidget):
    """A table of suggestions with Accept, Refuse and Edit buttons."""

    edit_requested = Signal(object)  # Suggestion

    def __init__(self, services: Services, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._db = services.db  # for room_left, a core function that reads the register
        self._pairs = services.pairs
        self.model = SuggestionModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(name)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASONS, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Result"))
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.accept_button.setAccessibleName(self.tr("Accept"))
        self.refuse_button = QPushButton(self.tr("&Refuse"), self)
        self.refuse_button.setAccessibleName(self.tr("Refuse"))
        self.edit_button = QPushButton(self.tr("E&dit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.refuse_button.clicked.connect(self.refuse_selected)
        self.edit_button.clicked.connect(self._edit)
        # Shown after a refusal: a refusal made by mistake is taken back at once.
        self.undo_refusal_button = QPushButton(self.tr("&Undo the refusal"), self)
        self.undo_refusal_button.setAccessibleName(self.tr("Undo the refusal"))
        self.undo_refusal_button.clicked.connect(self.undo_refusal)
        self.undo_refusal_button.hide()
        self._refused: list[Suggestion] = []
        buttons = QHBoxLayout()
        for button in (
            self.accept_button,
            self.refuse_button,
            self.edit_button,
            self.undo_refusal_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        # Accept, Refuse and Edit act on the suggestions chosen: usable once one is.
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.table.selectionModel().hasSelection()
        for button in (self.accept_button, self.refuse_button, self.edit_button):
            button.setEnabled(chosen)

    def show_hint(self, text: str) -> None:
        """No suggestion yet, and what to do to get some."""
        self._show([])
        self.message.setText(text)

    def set_suggestions(
        self, suggestions: list[Suggestion], texts: list[str] | None = None
    ) -> None:
        """``texts``: their reasons in words, when written already (``suggestion_text``)."""
        self._show(suggestions, texts)
        if suggestions:
            self.table.selectRow(0)
            self.message.setText("")
        else:
            self.message.setText(self.tr("No suggestion: nobody fits the rules right now."))

    def _show(self, suggestions: list[Suggestion], texts: list[str] | None = None) -> None:
        """Fill the table; the way rows are sized is set before, which is quicker."""
        long = len(suggestions) > LONG_LIST
        header = self.table.horizontalHeader()
        vertical = self.table.verticalHeader()
        by_contents = QHeaderView.ResizeMode.ResizeToContents
        mode = QHeaderView.ResizeMode.Interactive if long else by_contents
        for column in (COL_MENTOR, COL_MENTEE, COL_SCORE):
            header.setSectionResizeMode(column, mode)
        vertical.setSectionResizeMode(mode)
        self.table.setWordWrap(not long)
        self.model.set_suggestions(suggestions, texts)
        if not long:
            self.table.resizeRowsToContents()
            return
        # Widths from the texts' lengths (the scores from a sample: they are alike), heights
        # from the reasons' line counts, read from the rows themselves (a thousand calls to
        # the model would take tens of milliseconds); a reason too long for its line ends in
        # "…" (its tooltip has the whole text).
        rows = len(suggestions)
        if texts is None:
            texts = [self.model.index(row, COL_REASONS).data() or "" for row in range(rows)]
        metrics = self.table.fontMetrics()
        padding = 4 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8
        sample = range(0, rows, max(1, rows // LONG_LIST))
        columns = (
            (COL_MENTOR, [s.mentor_name for s in suggestions]),
            (COL_MENTEE, [s.mentee_name for s in suggestions]),
            (COL_SCORE, [self.model.index(row, COL_SCORE).data() or "" for row in sample]),
        )
        for column, values in columns:
            values.append(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(map(metrics.horizontalAdvance, values)) + padding)
        margin = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin) + 4
        line = metrics.lineSpacing()
        for row, text in enumerate(texts):
            vertical.resizeSection(row, (text.count("\n") + 1) * line + margin)

    def selected(self) -> list[Suggestion]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.suggestion_at(r) for r in rows]

    def accept_selected(self) -> int:
        created = 0
        problems = []
        shown = self.model.suggestions()
        room = room_left(self._db, {m for s in shown for m in (s.mentor_id, s.mentee_id)})
        for s in self.selected():
            full = [
                name
                for member_id, name in ((s.mentor_id, s.mentor_name), (s.mentee_id, s.mentee_name))
                if room.get(member_id, 0) <= 0
            ]
            if full:
                problems += [
                    self.tr("{name} has no room left for another pair.").format(name=name)
                    for name in full
                ]
                continue
            try:
                self._pairs.create(
                    PairInput(
                        mentor_id=s.mentor_id,
                        mentee_id=s.mentee_id,
                        match_score=s.score,
                        match_reasons=reasons_to_json(s.reasons),
                    )
                )
            except ValidationError as exc:
                problems += [field_error_with_label(e) for e in exc.errors]
                continue
            self.model.remove(s)
            room[s.mentor_id] -= 1
            room[s.mentee_id] -= 1
            created += 1
        for other in self.model.suggestions():
            if room.get(other.mentor_id, 0) <= 0 or room.get(other.mentee_id, 0) <= 0:
                self.model.remove(other)
        text = self.tr("%n pair(s) created as proposed.", "", created)
        self.message.setText("\n".join([text, *problems]))
        return created

    def refuse_selected(self) -> int:
        chosen = self.selected()
        for s in chosen:
            self._pairs.refuse_match(s.mentor_id, s.mentee_id)
            self.model.remove(s)
        self.message.setText(
            self.tr("%n suggestion(s) refused: they will not come back.", "", len(chosen))
        )
        self._refused = chosen
        self.undo_refusal_button.setVisible(bool(chosen))
        return len(chosen)

    def undo_refusal(self) -> int:
        """Take back the last refusal: forgotten in one transaction, suggested again."""
        refused, self._refused = self._refused, []
        self.undo_refusal_button.hide()
        count = self._services.refusals.forget_many([(s.mentor_id, s.mentee_id) for s in refused])
        shown = self.model.suggestions() + refused
        shown.sort(key=lambda s: -s.score)
        self._show(shown)
        self.message.setText(self.tr("%n refusal(s) taken back: suggested again.", "", count))
        return count

    def _edit(self) -> None:
        chosen = self.selected()
        if chosen:
            self.edit_requested.emit(chosen[0])


class MatchingDialog(QDialog):
    edit_requested = Signal(object)  # Suggestion, to open in the pair form

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._db = services.db  # for the suggestions, computed on a thread (own_connection)
        self._pairs = services.pairs
        self._weights = services.settings.match_weights()
        self.job: Job | None = None
        self.progress = Progress()
        self.progress_dialog: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Suggested pairs"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1000, 620)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Kind of suggestion"))
        one = QWidget(self)
        one_layout = QVBoxLayout(one)
        pick = QHBoxLayout()
        self.member = MemberPicker(
            services.members, (Role.MENTOR, Role.MENTEE, Role.EITHER), self.tr("Member"), self
        )
        label = QLabel(self.tr("Best partners for:"), self)
        label.setBuddy(self.member)
        pick.addWidget(label)
        pick.addWidget(self.member, 1)
        one_layout.addLayout(pick)
        self.one = SuggestionList(services, self.tr("Best partners"), self)
        one_layout.addWidget(self.one, 1)
        self.member.currentIndexChanged.connect(self._suggest_one)
        self.one.show_hint(self._choose_a_member())
        pool = QWidget(self)
        pool_layout = QVBoxLayout(pool)
        intro = QLabel(
            self.tr(
                "The proposal that gives the best total for everyone without a pair, "
                "within what each member agreed to hold."
            ),
            self,
        )
        intro.setWordWrap(True)
        pool_layout.addWidget(intro)
        self.compute = QPushButton(self.tr("&Compute the proposal"), self)
        self.compute.setAccessibleName(self.tr("Compute the proposal"))
        self.compute.clicked.connect(self.propose)
        pool_layout.addWidget(self.compute, 0, Qt.AlignmentFlag.AlignLeft)
        self.pool = SuggestionList(services, self.tr("Whole-pool proposal"), self)
        self.pool.show_hint(self.tr("The proposal is listed here once computed."))
        pool_layout.addWidget(self.pool, 1)
        self.tabs.addTab(one, self.tr("For one member"))
        self.tabs.addTab(pool, self.tr("For the whole pool"))
        for lst in (self.one, self.pool):
            lst.edit_requested.connect(self._edit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        close.rejected.connect(self.reject)
        self.weights_button = close.addButton(
            self.tr("&Weights…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.weights_button.setAccessibleName(self.tr("Weights"))
        self.weights_button.clicked.connect(self.edit_weights)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)

    def _choose_a_member(self) -> str:
        return self.tr("Choose a member above to see their best partners.")

    def edit_weights(self) -> WeightsDialog:
        dialog = WeightsDialog(self._services.settings, self)

        def done(result: int) -> None:
            if result:
                self._weights = self._services.settings.match_weights()
                self._suggest_one()
                if self.pool.model.rowCount():
                    self.propose()
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def _suggest_one(self) -> None:
        member_id = self.member.member_id()
        if member_id is None:
            self.one.show_hint(self._choose_a_member())
            return
        self.one.set_suggestions(best_for(self._db, member_id, self._weights, limit=5))

    # -- the whole-pool proposal, off the GUI thread ----------------------------------------------

    def is_proposing(self) -> bool:
        return self.job is not None and self.job.running

    def propose(self) -> None:
        """Compute the whole-pool proposal in the thread pool; its steps are shown in a
        progress dialog whose Cancel drops the result (nothing is written either way)."""
        if self.is_proposing():
            return
        db, weights = self._db, self._weights
        progress = Progress()
        self.progress = progress
        self.progress_dialog = box = self._progress_dialog()
        box.canceled.connect(progress.cancel)
        box.canceled.connect(self._cancelling)
        progress.step.connect(self._stepped)

        def run() -> tuple[list[Suggestion], list[str]]:
            # The proposal makes many short-lived objects and no cycles: a full collection
            # in the middle of it walks the whole heap while holding the interpreter's lock
            # (100 ms and more), and the window would freeze that long. Collections wait
            # until it is done (gui/collector.py).
            held = collector.hold()
            try:
                with own_connection(db) as mine:  # its own connection: another thread
                    suggestions = propose_pool(mine, weights, progress.report)
                # The reasons in words here too (translate is thread-safe): a thousand of
                # them would hold the window for a tenth of a second.
                return suggestions, [suggestion_text(s) for s in suggestions]
            finally:
                collector.release(held)

        self.compute.setEnabled(False)
        self.pool.message.setText(self.tr("Computing the proposal…"))
        self.job = run_in_thread(run, self._proposed, self._not_proposed)

    def _progress_dialog(self) -> QProgressDialog:
        title = self.tr("Whole-pool proposal")
        box = QProgressDialog(self._step_text(0), self.tr("Cancel"), 0, PROPOSAL_STEPS, self)
        box.setWindowTitle(title)
        box.setAccessibleName(title)
        cancel = QPushButton(self.tr("Cancel"), box)
        cancel.setAccessibleName(self.tr("Cancel the proposal"))
        box.setCancelButton(cancel)
        bar = QProgressBar(box)
        bar.setTextVisible(False)  # four steps of unequal length: no percentage to promise
        box.setBar(bar)
        box.setRange(0, PROPOSAL_STEPS)  # the new bar's range
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(300)  # a small pool is done before it would show
        box.setAutoClose(False)
        box.setAutoReset(False)
        box.setValue(0)
        return box

    def _step_text(self, done: int) -> str:
        texts = (
            self.tr("Reading the members who can take a pair…"),
            self.tr("Scoring every possible couple…"),
            self.tr("Finding the best total for the whole pool…"),
            self.tr("Writing the reasons of each suggestion…"),
        )
        return texts[min(done, len(texts) - 1)]

    def _stepped(self, done: int, total: int) -> None:
        box = self.progress_dialog
        if box is not None and not self.progress.cancelled:
            box.setLabelText(self._step_text(done))
            box.setValue(done)  # last: a modal progress dialog handles pending events here

    def _close_progress(self) -> None:
        box, self.progress_dialog = self.progress_dialog, None
        if box is not None:
            box.hide()  # not close(): a progress dialog closed says it was cancelled
            box.deleteLater()

    def _cancelling(self) -> None:
        # The work stops at its next step (a second at most): the button comes back then.
        self._close_progress()
        self.pool.message.setText(self.tr("Stopping the proposal…"))

    def _proposed(self, outcome: tuple[list[Suggestion], list[str]]) -> None:
        suggestions, texts = outcome
        self._close_progress()
        self.compute.setEnabled(True)
        if self.progress.cancelled:  # asked to stop after the last step: dropped all the same
            self._say_cancelled()
            return
        self.pool.set_suggestions(suggestions, texts)
        if suggestions:
            self.pool.message.setText(
                self.tr("%n pair(s) proposed for the whole pool.", "", len(suggestions))
            )

    def _not_proposed(self, error: BaseException) -> None:
        self._close_progress()
        self.compute.setEnabled(True)
        if isinstance(error, Cancelled):
            self._say_cancelled()
            return

        self.pool.message.setText(failure_text(error, current_language()))

    def _say_cancelled(self) -> None:
        self.pool.message.setText(
            self.tr("Proposal cancelled: the list is as it was before, nothing was changed.")
        )

    def reject(self) -> None:
        # Closed while the proposal runs: it stops at its next step, its result is dropped.
        if self.is_proposing():
            self.progress.cancel()
            self._close_progress()
        super().reject()

    def _edit(self, suggestion: Suggestion) -> None:
        self.edit_requested.emit(suggestion)
