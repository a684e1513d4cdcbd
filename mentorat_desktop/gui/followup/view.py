"""Follow-up: the grid of hours against the commitment, the pairs to call, their notes."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QUrl,
    QUrlQuery,
)
from PySide6.QtGui import QDesktopServices, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.call_sheet import (
    CallSheetRow,
    CallSheetTexts,
    write_call_sheet,
)
from mentorat_desktop.core.elision import elided_format
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.followup import FollowUpItem, compute_grid, to_follow_up
from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.gui import file_dialogs
from mentorat_desktop.gui.bridge import DataSignals
from mentorat_desktop.gui.feedback.actions import print_questionnaires, type_back
from mentorat_desktop.gui.followup.entry_dialog import FollowUpDialog, MarkHandledDialog
from mentorat_desktop.gui.followup.grid_model import FollowUpGridModel
from mentorat_desktop.gui.help.empty_hint import EmptyHint
from mentorat_desktop.gui.printing import EmailDraft, PrintOutDialog, SaveSpec, no_email_program
from mentorat_desktop.gui.widgets import DateField
from mentorat_desktop.i18n.followup_messages import followup_question, followup_reason_text
from mentorat_desktop.i18n.os_messages import os_reason


class WrappingDelegate(QStyledItemDelegate):
    """Text wrapped at its column's width, the row as tall as the wrapped text."""

    MARGIN = 4

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        hint = super().sizeHint(option, index)
        if not isinstance(view, QTreeWidget):
            return hint
        width = view.columnWidth(index.column()) - 2 * self.MARGIN
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if width <= 0 or not text:
            return hint
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(hint.width(), max(hint.height(), bounds.height() + 2 * self.MARGIN))


class FollowUpView(QWidget):
    def __init__(
        self,
        services: Services,
        signals: DataSignals,
        language: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._db = services.db  # for the core functions that read the register
        self._language = language
        self._today = today
        self.entries = services.followups
        self.items: list[FollowUpItem] = []
        self.setAccessibleName(self.tr("Follow-up"))
        self.months = QComboBox(self)
        self.months.setAccessibleName(self.tr("Months shown"))
        self.months.addItem(self.tr("Last 6 months"), 6)
        self.months.addItem(self.tr("Last 12 months"), 12)
        self.until = DateField(parent=self)
        self.until.setAccessibleName(self.tr("Up to the month of"))
        self.until.setDisplayFormat("MM/yyyy")
        self.until.setDate(QDate(self.today().year, self.today().month, 1))
        self.until.setCalendarPopup(False)
        for widget, signal in ((self.months, "currentIndexChanged"), (self.until, "dateChanged")):
            getattr(widget, signal).connect(self.reload_grid)
        self.note_button = self._button(self.tr("Add a follow-up &note…"), self.add_note)
        self.mark_button = self._button(self.tr("&Mark as called…"), self.mark_called)
        self.sheet_button = self._button(self.tr("Print the &call sheet…"), self.print_call_sheet)
        self.mail_button = self._button(self.tr("&Write an e-mail…"), self.write_email)
        # Feedback rounds (gui/feedback): answers typed back, questionnaires printed.
        self.answers_button = self._button(self.tr("Type back &answers…"), self.type_back)
        self.questionnaire_button = self._button(
            self.tr("Print the &questionnaires…"), self.print_questionnaires
        )

        self.model = FollowUpGridModel(language, self)
        self.grid = QTableView(self)
        self.grid.setAccessibleName(self.tr("Hours by month"))
        self.grid.setModel(self.model)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setTabKeyNavigation(False)
        self.grid.verticalHeader().hide()
        self.grid.setWordWrap(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.selectionModel().selectionChanged.connect(self._grid_selected)

        self.to_call = QTreeWidget(self)
        self.to_call.setAccessibleName(self.tr("Pairs to follow up"))
        self.to_call.setHeaderLabels([self.tr("Pair"), self.tr("Why"), self.tr("Last session")])
        self.to_call.setRootIsDecorated(False)
        # Each reason wrapped and read in full: the delegate measures the wrapped text at the
        # column's width, so a row is as tall as its reasons and never runs into the next.
        self.to_call.setWordWrap(True)
        self.to_call.setUniformRowHeights(False)
        self.to_call.setAlternatingRowColors(True)  # where one pair ends and the next begins
        self.to_call.setItemDelegate(WrappingDelegate(self.to_call))
        self.to_call.header().sectionResized.connect(lambda *_: self.to_call.doItemsLayout())
        self.to_call.header().setStretchLastSection(False)
        self.to_call.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.to_call.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.to_call.setColumnWidth(0, 16 * self.fontMetrics().horizontalAdvance("n"))
        self.to_call.currentItemChanged.connect(self._call_selected)
        self.notes = QListWidget(self)
        self.notes.setAccessibleName(self.tr("Follow-up notes of the pair"))
        self.notes.setWordWrap(True)
        self.to_call_title = QLabel(self)
        self.notes_title = QLabel(self.tr("Notes on the selected pair"), self)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.to_call_title)
        right_layout.addWidget(self.to_call, 3)
        right_layout.addWidget(self.notes_title)
        right_layout.addWidget(self.notes, 2)
        splitter = QSplitter(self)
        splitter.addWidget(self.grid)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Show:"), self)
        caption.setBuddy(self.months)
        top.addWidget(caption)
        top.addWidget(self.months)
        until = QLabel(self.tr("up to:"), self)
        until.setBuddy(self.until)
        top.addWidget(until)
        top.addWidget(self.until)
        top.addStretch(1)
        actions = QHBoxLayout()  # a row of its own: French labels run long
        for button in (self.mark_button, self.note_button, self.mail_button, self.sheet_button):
            actions.addWidget(button)
        actions.addStretch(1)
        feedback = QHBoxLayout()  # the feedback rounds, on a row of their own (width)
        feedback.addWidget(self.answers_button)
        feedback.addWidget(self.questionnaire_button)
        feedback.addStretch(1)
        self.legend = QLabel(
            self.tr(
                "✔ commitment met   ▼ below it   ✖ no session   ‖ paused   "
                "… month not over, not judged yet"
            ),
            self,
        )
        self.legend.setAccessibleName(self.tr("Legend"))
        # What the last action did, said here and in the window's status bar.
        self.notice = QLabel(self)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addLayout(feedback)

        self.empty_hint = EmptyHint(
            self.tr("No pair to follow up yet"),
            self.tr(
                "Here you will see, month by month, the hours of each pair that has started "
                "against its monthly commitment, and the pairs to call. A pair starts once "
                "its charter is signed: in the Pairs tab, “Life of the pair” → “Charter "
                "signed: start the pair…”."
            ),
            "followup",
            language,
            self,
        )
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)
        self._pair_id: int | None = None
        signals.changed.connect(self._on_changed)
        self.reload()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- data ----------------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic in (
            Topic.SESSIONS,
            Topic.PAIRS,
            Topic.FOLLOW_UP,
            Topic.SETTINGS,
            Topic.MEMBERS,
            Topic.GROUPS,
        ):
            self.reload()

    def reload(self) -> None:
        self.reload_grid()
        self.reload_list()
        self._show_notes()

    def reload_grid(self) -> None:
        if not self.until.is_valid():
            return  # the month typed is refused beside the field; the grid stays as it was
        until = self.until.day()
        self.model.set_grid(
            compute_grid(
                self._db,
                until,
                self.months.currentData(),
                today=self.today(),
                group_id=self._services.groups.scope.group_id,
            ),
            today=self.today(),
        )
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        letters = self.fontMetrics().horizontalAdvance("n")
        self.grid.setColumnWidth(0, 28 * letters)
        header = self.grid.horizontalHeader()
        rows = self.model.rowCount()
        bold = QFont(self.grid.font())
        bold.setBold(True)
        totals = QFontMetrics(bold)
        for column in range(1, self.model.columnCount()):
            # The month in progress has a second line, "(so far)", a little longer in French.
            width = 9 * letters
            if column == self.model.current_month_column():
                width = max(width, header.sectionSizeHint(column))
            # The totals row's lines in full ("11 h 15", "62 % tenus"), in bold.
            if rows:
                text = str(self.model.index(rows - 1, column).data() or "")
                widest = max(totals.horizontalAdvance(line) for line in text.split("\n"))
                width = max(width, widest + 2 * letters)
            self.grid.setColumnWidth(column, width)
        # The totals row holds two lines (the hours, then the share of pairs that met).
        if rows:
            lines = self.grid.fontMetrics().lineSpacing()
            self.grid.setRowHeight(rows - 1, self.grid.rowHeight(0) + lines)

    def reload_list(self) -> None:
        self.items = to_follow_up(
            self._db, self.today(), group_id=self._services.groups.scope.group_id
        )
        self.to_call.clear()
        lang = self._language
        for item in self.items:
            why = "\n".join(followup_reason_text(r.code, r.params, lang) for r in item.reasons)
            row = QTreeWidgetItem(
                [
                    f"{item.mentor_name} & {item.mentee_name}",
                    why,
                    format_date(item.last_session, lang) or "—",
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, item.pair_id)
            row.setToolTip(1, why)
            self.to_call.addTopLevelItem(row)
        self.to_call_title.setText(self.tr("To follow up: %n pair(s)", "", len(self.items)))
        self._update_buttons()

    # -- selection -----------------------------------------------------------------------------
    def _grid_selected(self, *_args: object) -> None:
        rows = self.grid.selectionModel().selectedRows()
        if rows:
            self._select(self.model.pair_id_at(rows[0].row()))

    def _call_selected(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self._select(current.data(0, Qt.ItemDataRole.UserRole))

    def _select(self, pair_id: int | None) -> None:
        self._pair_id = pair_id
        self._show_notes()
        self._update_buttons()

    def _item(self) -> FollowUpItem | None:
        return next((i for i in self.items if i.pair_id == self._pair_id), None)

    def _show_notes(self) -> None:
        self.notes.clear()
        if self._pair_id is None:
            return
        for entry in self.entries.list_entries(self._pair_id):
            if entry.handled:
                text = self.tr("Called on {date}").format(
                    date=format_date(entry.held_on, self._language)
                )
                if entry.comment:
                    text += " — " + entry.comment
                self.notes.addItem(text)
                continue
            parts = [format_date(entry.held_on, self._language)]
            if entry.satisfaction is not None:
                parts.append(self.tr("satisfaction {n}/5").format(n=entry.satisfaction))
            text = " · ".join(parts)
            if entry.comment:
                text += "\n" + entry.comment
            if entry.action:
                text += "\n" + self.tr("Action: {action}").format(action=entry.action)
            if entry.recheck_on:
                text += "\n" + self.tr("Check again on {date}").format(
                    date=format_date(entry.recheck_on, self._language)
                )
            self.notes.addItem(text)

    def _update_buttons(self) -> None:
        self.note_button.setEnabled(self._pair_id is not None)
        self.mark_button.setEnabled(self._pair_id is not None)
        item = self._item()
        self.mail_button.setEnabled(
            item is not None and bool(item.mentor_email or item.mentee_email)
        )

    # -- actions -------------------------------------------------------------------------------
    def _pair_name(self) -> str:
        item = self._item()
        if item is not None:
            return f"{item.mentor_name} & {item.mentee_name}"
        rows = self.grid.selectionModel().selectedRows()
        return str(rows[0].data()) if rows else ""

    def add_note(self) -> FollowUpDialog | None:

        if self._pair_id is None:
            return None
        name = self._pair_name()
        dialog = FollowUpDialog(self.entries, self._pair_id, name, self)
        dialog.accepted.connect(
            lambda: self.tell(elided_format(self.tr("Follow-up note of {pair} saved."), pair=name))
        )
        dialog.open()
        return dialog

    def mark_called(self) -> MarkHandledDialog | None:
        """Ask the date of the call (today by default) and a note, then mark the pair: it
        leaves the list while its reasons stay the same."""

        if self._pair_id is None:
            return None
        name = self._pair_name()
        dialog = MarkHandledDialog(self.entries, self._pair_id, name, self.today(), self)
        dialog.accepted.connect(lambda: self._marked(dialog, name))
        dialog.open()
        return dialog

    def _marked(self, dialog: MarkHandledDialog, name: str) -> None:
        record = dialog.record
        if record is None:
            return
        self.tell(
            self.tr("{pair}: marked as called on {date}.").format(
                pair=name, date=format_date(record.held_on, self._language)
            )
        )

    def type_back(self) -> QWidget:
        """Type back feedback questionnaires, starting with the selected pair."""

        return type_back(self, self._services, self._pair_id, self.today())

    def print_questionnaires(self) -> QWidget | None:
        """The questionnaires of the pairs whose check-in is due (or a blank one)."""

        return print_questionnaires(self, self._services, self._language, self.today())

    def tell(self, text: str) -> None:
        """Say what was done: beside the buttons, and in the window's status bar if any."""

        self.notice.setText(text)
        self.notice.show()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def email_url(self, item: FollowUpItem) -> QUrl:
        """A ready-written reminder in the user's own mail program (no network here)."""
        association = self._services.settings.get().association_name
        to = ",".join(a for a in (item.mentor_email, item.mentee_email) if a)
        url = QUrl(f"mailto:{to}")
        query = QUrlQuery()
        query.addQueryItem(
            "subject",
            self.tr("How is your pair going?") + (f" — {association}" if association else ""),
        )
        query.addQueryItem(
            "body",
            self.tr(
                "Hello {mentor} and {mentee},\n\nI am getting news of the pairs. How are your "
                "sessions going? If something is in the way, tell me: we can look for a "
                "solution together.\n\nSee you soon,"
            ).format(mentor=item.mentor_name.split(" ")[0], mentee=item.mentee_name.split(" ")[0]),
        )
        url.setQuery(query)
        return url

    def write_email(self) -> None:

        item = self._item()
        if item is None:
            return
        url = self.email_url(item)
        if QDesktopServices.openUrl(url):
            return
        # No mail program: the message goes to the clipboard, and the user is told.
        query = QUrlQuery(url)
        decoded = QUrl.ComponentFormattingOption.FullyDecoded
        no_email_program(
            self,
            EmailDraft(
                tuple(url.path().split(",")),
                query.queryItemValue("subject", decoded),
                query.queryItemValue("body", decoded),
            ),
        )

    def call_sheet_rows(self) -> list[CallSheetRow]:

        lang = self._language
        rows = []
        for item in self.items:
            contacts = []
            for name, phone, email in (
                (item.mentor_name, item.mentor_phone, item.mentor_email),
                (item.mentee_name, item.mentee_phone, item.mentee_email),
            ):
                line = name + (f" — {phone}" if phone else "")
                if email:
                    line += f"\n{email}"
                contacts.append(line)
            rows.append(
                CallSheetRow(
                    pair=f"{item.mentor_name} & {item.mentee_name}",
                    contacts="\n".join(contacts),
                    last_session=format_date(item.last_session, lang) or "—",
                    why="\n".join(
                        followup_reason_text(r.code, r.params, lang) for r in item.reasons
                    ),
                    ask=followup_question(item.reasons[0].code if item.reasons else ""),
                )
            )
        return rows

    def print_call_sheet(self) -> PrintOutDialog | None:
        """Draw the call sheet, then offer to print it, save it or open its folder."""

        settings = self._services.settings.get()
        texts = CallSheetTexts(
            title=self.tr("Pairs to call"),
            subtitle=self.tr("{association} — {date}").format(
                association=settings.association_name or "Mentorat",
                date=format_date(self.today(), self._language),
            ),
            pair=self.tr("Pair"),
            contacts=self.tr("Who to call"),
            last_session=self.tr("Last session"),
            why=self.tr("Why"),
            ask=self.tr("What to ask"),
            notes=self.tr("Notes"),
            empty=self.tr("No pair to follow up today."),
        )
        name = self.tr("call-sheet.pdf")
        scratch = Path(tempfile.mkdtemp(prefix="mentorat-"))  # private, removed on close
        try:
            pages = write_call_sheet(
                self.call_sheet_rows(),
                texts,
                scratch / name,
                settings.effective_paper_size(self._language),
            )
        except OSError as exc:
            shutil.rmtree(scratch, ignore_errors=True)
            QMessageBox.warning(
                self,
                self.tr("Save the call sheet"),
                self.tr("The file could not be written: {reason}").format(reason=os_reason(exc)),
            )
            return None
        dialog = PrintOutDialog(
            scratch / name,
            self.tr("Pairs to call"),
            pages,
            SaveSpec(file_dialogs.CALL_SHEET, self.tr("Save the call sheet"), name),
            self,
            scratch=scratch,
        )
        dialog.saved.connect(
            lambda path: self.tell(self.tr("Call sheet saved in “{path}”.").format(path=path))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
