"""Log a session in seconds, from the keyboard alone.

The pair is found by typing part of a name, the date is today unless changed, and the
duration is written as people write it ("1h30", "1,5", "90 min", "1:30").
"""

from __future__ import annotations

import dataclasses
import weakref
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.durations import DurationError, format_minutes, parse_duration
from mentorat_desktop.core.enums import Direction, Mode, PairStatus
from mentorat_desktop.core.errors import ConflictError, FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.formatting import format_date, format_hours
from mentorat_desktop.core.services.pairs import PairService
from mentorat_desktop.core.services.sessions import SessionInput, SessionRecord, SessionService
from mentorat_desktop.core.text import fold
from mentorat_desktop.gui.conflicts import ConflictNotice, other_change
from mentorat_desktop.gui.folding_combo import FOLDED_ROLE, FoldingCombo
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.sessions.commands import EditSession, LogSession
from mentorat_desktop.gui.widgets import DateField, FieldWithError, lay_out_form_dialog
from mentorat_desktop.i18n.labels import direction_label, mode_label
from mentorat_desktop.i18n.messages import field_error


@dataclass
class _PairChoices:
    """The pair field's entries for one register, built once and shared by every dialog
    until a pair or a member changes: opening the dialog on 2,500 pairs then reads and
    folds nothing (Ctrl+L is a many-times-a-day gesture)."""

    model: QStandardItemModel = field(default_factory=QStandardItemModel)
    stale: bool = True

    def changed(self, topic: Topic) -> None:
        if topic in (Topic.PAIRS, Topic.MEMBERS):
            self.stale = True

    def fill(self, pairs: PairService) -> QStandardItemModel:
        if self.stale:
            self.model.clear()
            blank = QStandardItem("")
            blank.setData(None, Qt.ItemDataRole.UserRole)
            items = [blank]
            for p in pairs.list_choices():
                if p.status != PairStatus.PROPOSED:
                    label = f"{p.mentor_name} & {p.mentee_name}"
                    item = QStandardItem(label)
                    item.setData(p.id, Qt.ItemDataRole.UserRole)
                    item.setData(fold(label), FOLDED_ROLE)
                    items.append(item)
            root = self.model.invisibleRootItem()
            root.appendRows(items)
            self.stale = False
        return self.model


_choices: weakref.WeakKeyDictionary[Database, _PairChoices] = weakref.WeakKeyDictionary()


def _pair_choices(db: Database) -> _PairChoices:
    """The shared entries of ``db``'s register, kept up to date through its change bus."""
    choices = _choices.get(db)
    if choices is None:
        choices = _choices[db] = _PairChoices()
        db.bus.subscribe(choices.changed)
    return choices


class SessionLogDialog(QDialog):
    """``record`` None: a new session (for ``pair_id`` if given)."""

    def __init__(
        self,
        sessions: SessionService,
        pairs: PairService,
        language: str,
        pair_id: int | None = None,
        record: SessionRecord | None = None,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        # Where the saved change goes, so that Ctrl+Z takes it back (and not an older one).
        self._undo = undo_stack
        self._language = language
        self._record = record
        self.saved: SessionRecord | None = None
        self.setWindowTitle(self.tr("Log a session") if record is None else self.tr("Session"))
        self.setAccessibleName(self.windowTitle())
        self._rows: dict[str, FieldWithError] = {}
        form = QFormLayout()

        def add(name: str, label: str, widget: QWidget) -> None:
            if not widget.accessibleName():
                widget.setAccessibleName(label)
            row = FieldWithError(widget, self)
            caption = QLabel(self.tr("{label}:").format(label=label), self)
            caption.setBuddy(widget)
            form.addRow(caption, row)
            self._rows[name] = row

        self.pair = FoldingCombo(self.tr("Pair"), self)
        editor, completer = self.pair.lineEdit(), self.pair.completer()
        assert editor is not None and completer is not None  # FoldingCombo sets both
        editor.setPlaceholderText(self.tr("Type part of a name…"))
        # The entries are shared (see _PairChoices); the box does not measure every entry
        # to size itself, which on thousands of pairs cost more than the rest of the dialog.
        self.pair.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pair.setMinimumContentsLength(36)
        model = _pair_choices(pairs._db).fill(pairs)
        self.pair.setModel(model)
        completer.setModel(model)
        self.pair.setCurrentIndex(0)
        add("pair_id", self.tr("Pair"), self.pair)
        self.date = DateField(parent=self)
        self.date.setMaximumDate(QDate.currentDate())
        add("held_on", self.tr("Date"), self.date)
        self.duration = QLineEdit(self)
        self.duration.setPlaceholderText(self.tr("e.g. 1h30, 1,5 or 90 min"))
        self.duration_hint = QLabel(self)
        self.duration_hint.setAccessibleName(self.tr("Duration understood"))
        self.duration.textChanged.connect(self._show_duration)
        add("duration_minutes", self.tr("Duration"), self.duration)
        form.addRow("", self.duration_hint)
        self.mode = QComboBox(self)
        for mode in (Mode.IN_PERSON, Mode.VIDEO, Mode.PHONE):
            self.mode.addItem(mode_label(mode), mode)
        add("mode", self.tr("Mode"), self.mode)
        self.place = QLineEdit(self)
        add("place", self.tr("Place"), self.place)
        self.topics = QLineEdit(self)
        self.topics.setPlaceholderText(self.tr("e.g. video calls, budgeting"))
        add("topics", self.tr("Topics"), self.topics)
        self.direction = QComboBox(self)
        for direction in Direction:
            self.direction.addItem(direction_label(direction), direction)
        add("direction", self.tr("Who taught"), self.direction)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().height() * 4)
        add("notes", self.tr("Notes"), self.notes)
        # Another coordinator's change, when saving is refused because of it.
        self.conflict = ConflictNotice(self)
        self.conflict.reload_button.clicked.connect(self._reload)
        self._fresh: SessionRecord | None = None
        self._typed: SessionInput | None = None
        form.addRow(self.conflict)
        lay_out_form_dialog(self, form)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        # A new session starts from how and where its pair meets, until the coordinator
        # picks a mode or types a place.
        self._pairs = pairs
        self._means_by_hand = record is not None
        self.mode.activated.connect(self._means_typed)
        self.place.textEdited.connect(self._means_typed)
        self.pair.currentIndexChanged.connect(self._pair_means)
        if record is not None:
            self._load(record)
        elif pair_id is not None:
            self.pair.choose(pair_id)
        (self.duration if pair_id is not None or record is not None else self.pair).setFocus()

    def _means_typed(self, *_args: object) -> None:
        self._means_by_hand = True

    def _pair_means(self, _index: int) -> None:
        pair_id = self.pair.chosen()
        if self._means_by_hand or not isinstance(pair_id, int):
            return
        try:
            mode, place = self._pairs.means_of(pair_id)
        except NotFoundError:
            return
        # "No preference" is not a session's mode: the form's first (in person) then.
        self.mode.setCurrentIndex(max(0, self.mode.findData(mode)))
        self.place.setText(place or "")

    def _load(self, r: SessionRecord) -> None:
        self.pair.choose(r.pair_id)
        self.date.setDate(QDate(r.held_on.year, r.held_on.month, r.held_on.day))
        hours, minutes = divmod(r.duration_minutes, 60)
        self.duration.setText(f"{hours}h{minutes:02d}" if minutes else f"{hours}h")
        self.mode.setCurrentIndex(max(0, self.mode.findData(r.mode)))
        self.place.setText(r.place or "")
        self.topics.setText(r.topics or "")
        self.direction.setCurrentIndex(max(0, self.direction.findData(r.direction)))
        self.notes.setPlainText(r.notes or "")

    def _show_duration(self, text: str) -> None:
        try:
            minutes = parse_duration(text)
        except DurationError:
            self.duration_hint.setText("")
            return
        self.duration_hint.setText("= " + format_hours(minutes / 60, self._language))

    def _show_errors(self, errors: list[FieldError]) -> None:
        for row in self._rows.values():
            row.error.clear_error()
        for error in errors:
            (self._rows.get(error.field) or self._rows["pair_id"]).error.show_error(
                field_error(error)
            )
        if errors and errors[0].field in self._rows:
            self._rows[errors[0].field].field.setFocus()

    def accept(self) -> None:
        errors: list[FieldError] = []
        pair_id = self.pair.chosen()
        if not isinstance(pair_id, int):
            errors.append(FieldError("pair_id", "required"))
        minutes = 0
        try:
            if not self.duration.text().strip():
                errors.append(FieldError("duration_minutes", "required"))
            else:
                minutes = parse_duration(self.duration.text())
        except DurationError as exc:
            errors.append(
                FieldError("duration_minutes", "duration_" + exc.code, {"value": exc.value})
            )
        errors += self.date.errors("held_on")
        if errors:
            self._show_errors(errors)
            return
        assert isinstance(pair_id, int)
        data = SessionInput(
            pair_id=pair_id,
            held_on=self.date.day(),
            duration_minutes=minutes,
            mode=self.mode.currentData(),
            place=self.place.text().strip() or None,
            topics=self.topics.text().strip() or None,
            direction=self.direction.currentData(),
            notes=self.notes.toPlainText().strip() or None,
        )
        try:
            if self._record is None:
                self.saved = self._sessions.log(data)
            else:
                self.saved = self._sessions.update(
                    self._record.id, data, expected_version=self._record.row_version
                )
        except ConflictError as exc:
            self._show_conflict(exc, data)
            return
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        if self._undo is not None:
            window = self.parentWidget()

            def said(text: str) -> None:
                tell(window, text)

            if self._record is None:
                self._undo.push(LogSession(self._sessions, self.saved, said))
            else:
                self._undo.push(EditSession(self._sessions, self._record, self.saved, said))
        self._say_saved(self.saved, new=self._record is None)
        super().accept()

    def _show_conflict(self, error: ConflictError, typed: SessionInput) -> None:
        """Saving was refused: another coordinator changed the session since the form was
        read. Say who and when, show their change, offer to reload with it."""
        assert self._record is not None
        try:
            self._fresh = self._sessions.get(self._record.id)
        except NotFoundError:
            self._fresh = None
        self._typed = typed
        fields = tuple(SessionInput.__dataclass_fields__)
        change = [] if self._fresh is None else other_change(self._record, self._fresh, fields)
        self.conflict.show_conflict(error, change)
        self.conflict.reload_button.setEnabled(self._fresh is not None)

    def _reload(self) -> None:
        """The form with the other coordinator's change, and what was typed here in the fields
        they did not change; the next save is made from their version."""
        if self._record is None or self._fresh is None or self._typed is None:
            return
        before, fresh, typed = self._record, self._fresh, self._typed.cleaned()
        kept = {
            name: getattr(typed, name)
            for name in SessionInput.__dataclass_fields__
            if getattr(fresh, name) == getattr(before, name)
            and getattr(typed, name) != getattr(before, name)
        }
        self._load(dataclasses.replace(fresh, **kept))
        self._record, self._fresh, self._typed = fresh, None, None
        self.conflict.reloaded()

    def _say_saved(self, record: SessionRecord, new: bool) -> None:
        values = {
            "date": format_date(record.held_on, self._language, "long"),
            "duration": format_minutes(record.duration_minutes, self._language),
            "mentor": record.mentor_name,
            "mentee": record.mentee_name,
        }
        if self._undo is None:
            if new:
                text = self.tr("Session of {date} logged: {duration} for {mentor} and {mentee}.")
            else:
                text = self.tr("Session of {date} changed: {duration} for {mentor} and {mentee}.")
        elif new:
            text = self.tr(
                "Session of {date} logged: {duration} for {mentor} and {mentee} (Ctrl+Z to undo)."
            )
        else:
            text = self.tr(
                "Session of {date} changed: {duration} for {mentor} and {mentee} (Ctrl+Z to undo)."
            )
        tell(self.parentWidget(), text.format(**values))
