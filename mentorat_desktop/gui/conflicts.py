"""What the edit dialogs show when another coordinator changed the record meanwhile: the
message (who, when, nothing saved), the other change field by field with its new values,
and a button that reloads the record with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from mentorat_desktop.core.conflicts import changed_fields
from mentorat_desktop.core.durations import format_minutes
from mentorat_desktop.core.enums import (
    Direction,
    EndReason,
    MemberStatus,
    Mode,
    ObjectiveStatus,
    PairStatus,
    Role,
)
from mentorat_desktop.core.errors import ConflictError, NotFoundError
from mentorat_desktop.core.formatting import format_date, format_hours
from mentorat_desktop.i18n import current_language
from mentorat_desktop.i18n.fields import privacy_field_label
from mentorat_desktop.i18n.labels import (
    direction_label,
    end_reason_label,
    mode_label,
    objective_status_label,
    pair_status_label,
    role_label,
    status_label,
)
from mentorat_desktop.i18n.messages import conflict_message

# The fields of a pair the coordinator knows (the others follow from them: the charter's
# version, the history, the names).
PAIR_FIELDS = (
    "status",
    "start_date",
    "charter_signed_on",
    "planned_end",
    "ended_on",
    "end_reason",
    "place",
    "mode",
    "frequency",
    "monthly_commitment_hours",
    "cohort_name",
)


def label_of(name: str) -> str:
    """A field's label: the members' and sessions' from i18n, a pair's few others here."""
    own = {
        "start_date": QCoreApplication.translate("Conflicts", "Start"),
        "charter_signed_on": QCoreApplication.translate("Conflicts", "Charter signed on"),
        "ended_on": QCoreApplication.translate("Conflicts", "Ended on"),
        "end_reason": QCoreApplication.translate("Conflicts", "Reason for ending"),
        "frequency": QCoreApplication.translate("Conflicts", "Frequency"),
        "cohort_name": QCoreApplication.translate("Conflicts", "Cohort"),
        "status": QCoreApplication.translate("Conflicts", "Status"),
        "indicator": QCoreApplication.translate("Conflicts", "Success indicator"),
        "target_date": QCoreApplication.translate("Conflicts", "Target date"),
        "target": QCoreApplication.translate("Conflicts", "Target"),
        "full_day": QCoreApplication.translate("Conflicts", "Full day"),
    }
    return own.get(name) or privacy_field_label(name)


def shown_value(value: object, language: str) -> str:
    """A value as the coordinator reads it in a sentence."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Conflicts", "yes")
            if value
            else QCoreApplication.translate("Conflicts", "no")
        )
    if isinstance(value, Enum):
        for kind, label in (
            (Role, role_label),
            (Mode, mode_label),
            (MemberStatus, status_label),
            (PairStatus, pair_status_label),
            (EndReason, end_reason_label),
            (ObjectiveStatus, objective_status_label),
            (Direction, direction_label),
        ):
            if isinstance(value, kind):
                return str(label(value))
        return str(value.value)
    if isinstance(value, dt.datetime):
        return format_date(value.date(), language)
    if isinstance(value, dt.date):
        return format_date(value, language)
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return format_hours(value, language)
    return str(value)


def other_change(
    before: object,
    after: object,
    only: Iterable[str] | None = None,
    labels: Mapping[str, str] | None = None,
) -> list[tuple[str, str]]:
    """(label, new value) of each field the other change changed, in the record's order;
    ``labels``: a dialog's own labels of some fields, when they differ from label_of's."""
    language = current_language()
    names = changed_fields(before, after)
    if only is not None:
        wanted = set(only)
        names = tuple(n for n in names if n in wanted)
    own = labels or {}
    return [(own.get(n) or label_of(n), _shown(n, getattr(after, n), language)) for n in names]


def _shown(name: str, value: object, language: str) -> str:
    """A field's value as shown_value writes it; a duration in minutes as hours and minutes
    ("1 h 30", not "90")."""
    if name == "duration_minutes" and isinstance(value, int):
        return format_minutes(value, language)
    return shown_value(value, language)


class ConflictNotice(QWidget):
    """Hidden until a save is refused because of another coordinator's change: the message,
    the other change, and the button that reloads the record with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setAccessibleName(
            QCoreApplication.translate("Conflicts", "Changed by someone else")
        )
        self.changes = QLabel(self)
        self.changes.setWordWrap(True)
        self.changes.setAccessibleName(QCoreApplication.translate("Conflicts", "Their change"))
        self.reload_button = QPushButton(
            QCoreApplication.translate("Conflicts", "Reload with their change"), self
        )
        self.reload_button.setAccessibleName(self.reload_button.text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.changes)
        layout.addWidget(self.reload_button)
        self.hide()

    def show_conflict(self, error: ConflictError, change: list[tuple[str, str]]) -> None:
        self.message.setText(conflict_message(error, current_language()))
        self.message.setStyleSheet("color: #b00020;")
        if change:
            lines = [
                QCoreApplication.translate("Conflicts", "{label}: {value}").format(
                    label=label, value=value
                )
                for label, value in change
            ]
            self.changes.setText(
                QCoreApplication.translate("Conflicts", "Their change:")
                + "\n"
                + "\n".join(f"• {line}" for line in lines)
            )
            self.changes.show()
        else:
            self.changes.hide()
        self.reload_button.show()
        self.show()

    def reloaded(self) -> None:
        """The record was read again: say so, the save button now records the change."""
        self.message.setText(
            QCoreApplication.translate(
                "Conflicts",
                "Their change is now in the form; what you changed in other fields is kept. "
                "Save again to record your change.",
            )
        )
        self.message.setStyleSheet("")
        self.changes.hide()
        self.reload_button.hide()


Record = TypeVar("Record")


class ReadRecord(Generic[Record]):
    """The record an edit form was read from (None for a new one), and what a save refused
    because of another coordinator's change does with it: ``refused`` reads it again
    (``read``), shows the fields ``fields`` they changed in ``notice`` (``labels``: the
    form's own words for some of them); the notice's button puts their values in those
    fields (``fill``), keeping what was typed in the others, and the next save is made
    from their version (``record``)."""

    def __init__(
        self,
        notice: ConflictNotice,
        record: Record | None,
        read: Callable[[Record], Record],
        fill: Callable[[Record, tuple[str, ...]], None],
        fields: tuple[str, ...],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        self.record = record
        self._notice = notice
        self._read = read
        self._fill = fill
        self._fields = fields
        self._labels = labels
        self._fresh: Record | None = None
        notice.reload_button.clicked.connect(self.reload)

    def refused(self, error: ConflictError) -> None:
        assert self.record is not None
        try:
            self._fresh = self._read(self.record)
        except NotFoundError:
            self._fresh = None
        change = (
            []
            if self._fresh is None
            else other_change(self.record, self._fresh, self._fields, self._labels)
        )
        self._notice.show_conflict(error, change)
        self._notice.reload_button.setEnabled(self._fresh is not None)

    def reload(self) -> None:
        if self.record is None or self._fresh is None:
            return
        before: Any = self.record
        fresh: Any = self._fresh
        self._fill(fresh, tuple(n for n in self._fields if getattr(fresh, n) != getattr(before, n)))
        self.record, self._fresh = fresh, None
        self._notice.reloaded()
