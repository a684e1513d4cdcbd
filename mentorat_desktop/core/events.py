"""Announcing what changed, so that every view showing it can reload.

Every change goes GUI -> service -> database; each transaction says what it changes
(``Database.transaction(announces=...)``) and, once it has committed, those topics are
announced on the bus. The GUI bridges the bus to a Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class Topic(StrEnum):
    MEMBERS = "members"
    SKILLS = "skills"
    PAIRS = "pairs"
    SESSIONS = "sessions"
    FOLLOW_UP = "follow_up"
    SETTINGS = "settings"
    TRAINING = "training"
    GROUPS = "groups"  # local groups: their names, or who belongs to which


Listener = Callable[[Topic], None]


class ChangeBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def emit(self, *topics: Topic) -> None:
        for topic in topics:
            for listener in list(self._listeners):
                listener(topic)
