"""Plan a training session, or change its title, date, duration, place, trainer, topics."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mentorat_desktop.core.durations import DurationError, format_minutes, parse_duration
from mentorat_desktop.core.errors import ConflictError, FieldError, ValidationError
from mentorat_desktop.core.services.training import (
    PLACE_MAX,
    TITLE_MAX,
    TRAINER_MAX,
    TrainingRecord,
    TrainingService,
    is_full_day,
)
from mentorat_desktop.gui.conflicts import ConflictNotice, ReadRecord
from mentorat_desktop.gui.widgets import (
    DateField,
    FieldWithError,
    fit_placeholder,
    lay_out_form_dialog,
)
from mentorat_desktop.i18n.messages import field_error

# The fields of a training session the form shows, in its order.
TRAINING_FIELDS = (
    "title",
    "held_on",
    "duration_minutes",
    "full_day",
    "place",
    "trainer",
    "topics",
)


class TrainingSessionDialog(QDialog):
    """``record`` None: a new session. ``saved`` holds the session once saved."""

    def __init__(
        self,
        service: TrainingService,
        language: str,
        record: TrainingRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._language = language
        self.saved: TrainingRecord | None = None
        self.setWindowTitle(
            self.tr("New training session") if record is None else self.tr("Training session")
        )
        self.setAccessibleName(self.windowTitle())
        self._rows: dict[str, FieldWithError] = {}
        form = QFormLayout()

        def add(name: str, label: str, widget: QWidget) -> None:
            widget.setAccessibleName(label)
            row = FieldWithError(widget, self)
            caption = QLabel(self.tr("{label}:").format(label=label), self)
            caption.setBuddy(widget)
            form.addRow(caption, row)
            self._rows[name] = row

        self.title = QLineEdit(self)
        self.title.setMaxLength(TITLE_MAX)
        self.title.setPlaceholderText(self.tr("e.g. Listening and passing on a skill"))
        fit_placeholder(self.title)
        add("title", self.tr("Title"), self.title)
        self.date = DateField(parent=self)
        self.date.setMaximumDate(QDate(2100, 12, 31))
        add("held_on", self.tr("Date"), self.date)
        self.duration = QLineEdit(self)
        self.duration.setPlaceholderText(self.tr("e.g. 3h, 2h30 or 7h"))
        self.duration.setText("3h")
        self.duration_hint = QLabel(self)
        self.duration_hint.setAccessibleName(self.tr("Duration understood"))
        self.duration.textChanged.connect(self._duration_changed)
        add("duration_minutes", self.tr("Duration"), self.duration)
        form.addRow("", self.duration_hint)
        self.full_day = QCheckBox(self.tr("Full day: sign in the morning and in the afternoon"))
        self.full_day.setAccessibleName(self.tr("Full day"))
        self.full_day.toggled.connect(self._full_day_touched)
        form.addRow("", self.full_day)
        self.place = QLineEdit(self)
        self.place.setMaxLength(PLACE_MAX)
        add("place", self.tr("Place"), self.place)
        self.trainer = QLineEdit(self)
        self.trainer.setMaxLength(TRAINER_MAX)
        add("trainer", self.tr("Trainer"), self.trainer)
        self.topics = QPlainTextEdit(self)
        self.topics.setTabChangesFocus(True)  # Tab leaves the box: keyboard users move on
        self.topics.setPlaceholderText(self.tr("One topic a line"))
        self.topics.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        add("topics", self.tr("Topics"), self.topics)
        # Another coordinator's change, when saving is refused because of it.
        self.conflict = ConflictNotice(self)
        self._read = ReadRecord(
            self.conflict,
            record,  # the record read; after a reload, theirs
            lambda r: service.get(r.id),
            self._fill,
            TRAINING_FIELDS,
        )
        form.addRow(self.conflict)
        lay_out_form_dialog(self, form)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        # The full-day box follows the duration until it is ticked or unticked by hand.
        self._full_day_by_hand = False
        if record is not None:
            self._fill(record, TRAINING_FIELDS)
        self._duration_changed(self.duration.text())
        self.title.setFocus()

    def _fill(self, record: TrainingRecord, names: tuple[str, ...]) -> None:
        """The fields ``names`` as ``record`` holds them."""
        if "title" in names:
            self.title.setText(record.title)
        if "held_on" in names:
            self.date.setDate(QDate(record.held_on.year, record.held_on.month, record.held_on.day))
        if "duration_minutes" in names:
            hours, minutes = divmod(record.duration_minutes, 60)
            self.duration.setText(f"{hours}h{minutes:02d}" if minutes else f"{hours}h")
        if "place" in names:
            self.place.setText(record.place or "")
        if "trainer" in names:
            self.trainer.setText(record.trainer or "")
        if "topics" in names:
            self.topics.setPlainText(record.topics or "")
        if "full_day" in names:
            self._set_full_day(record.full_day)
            self._full_day_by_hand = record.full_day != is_full_day(record.duration_minutes)

    def _set_full_day(self, value: bool) -> None:
        self.full_day.blockSignals(True)
        self.full_day.setChecked(value)
        self.full_day.blockSignals(False)

    def _full_day_touched(self, _checked: bool) -> None:
        self._full_day_by_hand = True

    def _duration_changed(self, text: str) -> None:
        try:
            minutes = parse_duration(text)
        except DurationError:
            self.duration_hint.setText("")
            return
        self.duration_hint.setText("= " + format_minutes(minutes, self._language))
        if not self._full_day_by_hand:
            self._set_full_day(is_full_day(minutes))

    def _show_errors(self, errors: list[FieldError]) -> None:
        for error in errors:
            self._rows.get(error.field, self._rows["title"]).error.show_error(field_error(error))
        if errors and errors[0].field in self._rows:
            self._rows[errors[0].field].field.setFocus()

    def accept(self) -> None:
        for row in self._rows.values():
            row.error.clear_error()
        errors: list[FieldError] = list(self.date.errors("held_on"))
        minutes = 0
        text = self.duration.text().strip()
        if not text:
            errors.append(FieldError("duration_minutes", "required"))
        else:
            try:
                minutes = parse_duration(text)
            except DurationError as exc:
                errors.append(
                    FieldError("duration_minutes", "duration_" + exc.code, {"value": exc.value})
                )
        if errors:
            self._show_errors(errors)
            return
        place, trainer = self.place.text(), self.trainer.text()
        topics, full_day = self.topics.toPlainText(), self.full_day.isChecked()
        try:
            if self._read.record is None:
                self.saved = self._service.create(
                    self.title.text(),
                    self.date.day(),
                    minutes,
                    place=place,
                    trainer=trainer,
                    topics=topics,
                    full_day=full_day,
                )
            else:
                self.saved = self._service.update(
                    self._read.record.id,
                    title=self.title.text(),
                    held_on=self.date.day(),
                    duration_minutes=minutes,
                    place=place,
                    trainer=trainer,
                    topics=topics,
                    full_day=full_day,
                    expected_version=self._read.record.row_version,
                )
        except ConflictError as exc:
            self._read.refused(exc)
            return
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        super().accept()
