"""The views refresh when another coordinator changes something.

Every 5 seconds the core's ChangeWatcher (core/watch.py) reads what moved in the database,
on the thread pool (on a server the query's round trip is some 10 ms, too long for the GUI
thread); what it found is announced on the GUI thread, where the views reload as they do
after a change made here.

Only where someone else can write: a database on a server, or the laptop's file opened
read-only because another copy of the application holds it. A file this copy holds is
locked against every other writer (the command line's writes wait for the lock and are
refused), so nothing can change behind its back and polling would only cost.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.watch import ChangeWatcher
from mentorat_desktop.gui.data.worker import Job

INTERVAL_MS = 5000


class RemoteChanges(QObject):
    """The timer and the watcher of one open database; stops with its parent window."""

    def __init__(self, db: Database, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.watcher = ChangeWatcher(db)
        self._job: Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        watcher = self.watcher
        self.destroyed.connect(lambda *_args: watcher.close())

    def poll(self) -> None:
        """Look for changes on the thread pool (one look at a time)."""
        if self._job is not None and self._job.running:
            return
        job = Job(self.watcher.changed_topics)
        job.finished.connect(self._found)
        # A server that stops answering: nothing to announce, the next tick tries again.
        job.failed.connect(lambda _exc: None)
        self._job = job
        job.start()

    def _found(self, topics: object) -> None:
        if isinstance(topics, list) and topics:
            self.watcher.announce(topics)

    def stop(self) -> None:
        self.timer.stop()
        self.watcher.close()


def watch_remote_changes(db: Database, parent: QObject) -> RemoteChanges | None:
    """Start watching where another coordinator or copy may write; None elsewhere."""
    if not (db.on_server or db.read_only):
        return None
    return RemoteChanges(db, parent)
