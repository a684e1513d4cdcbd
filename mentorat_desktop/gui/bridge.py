"""Bridges the core's change bus to a Qt signal that the views listen to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from mentorat_desktop.core.events import ChangeBus, Topic


class DataSignals(QObject):
    """``changed(topic)`` fires once a change has been committed to the database."""

    changed = Signal(str)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        bus.subscribe(self._relay)

    def _relay(self, topic: Topic) -> None:
        self.changed.emit(topic.value)

    def detach(self) -> None:
        self._bus.unsubscribe(self._relay)
