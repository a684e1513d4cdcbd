"""Running a Qt-free function off the GUI thread, with its outcome as a signal.

A backup, a check or a restore reads or writes the whole file: on a large database that is a
second or two, long enough to freeze the window if done on the GUI thread. ``run_in_thread``
hands the function to the global QThreadPool and reports back on the GUI thread with
``finished(result)`` or ``failed(exception)``: an error is never lost in the thread.

A backup, a check or a restore has no "Cancel": each takes a second or two at most, and
stopping a restore or a repair half-way would leave less certainty than letting it end (each
is one transaction; a backup is written under a temporary name until it is whole). Work made
of many steps (printing many pages) takes a ``Progress``: the function reports each step and
stops with ``Cancelled`` between two steps once the user asked it to.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Job(QObject):
    """One function run in the thread pool. Lives on the GUI thread: its signals reach
    the receivers there (queued), whatever thread the function ran on."""

    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised
    done = Signal()  # after either of the two
    _report = Signal(bool, object)  # from the pool's thread to the GUI thread

    def __init__(self, function: Callable[[], Any]) -> None:
        # No parent: a window closed while the job runs must not delete it under the
        # thread; the job keeps itself alive until it has reported.
        super().__init__()
        self._function = function
        self.running = False
        self._report.connect(self._on_report)

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        _RUNNING.add(self)  # kept alive until it reports, even if its caller forgets it
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))

    def _run(self) -> None:
        # On the pool's thread: nothing here may touch a widget.
        try:
            result = self._function()
        except BaseException as exc:  # every error goes back to the caller
            self._report.emit(False, exc)
        else:
            self._report.emit(True, result)

    def _on_report(self, ok: bool, value: object) -> None:
        # Back on the GUI thread (queued connection from the pool's thread).
        self.running = False
        _RUNNING.discard(self)
        if ok:
            self.finished.emit(value)
        else:
            self.failed.emit(value)
        self.done.emit()


class Cancelled(Exception):
    """Raised by a job's function when the user asked it to stop."""


class Progress(QObject):
    """Steps done out of a total, from the pool's thread to the GUI thread, and the user's
    request to stop, from the GUI thread to the pool's. Lives on the GUI thread."""

    step = Signal(int, int)  # done, total: queued to the GUI thread

    def __init__(self) -> None:
        super().__init__()
        self._stop = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Called by the function (any thread); raises Cancelled when asked to stop."""
        self.check()
        self.step.emit(done, total)

    def check(self) -> None:
        if self._stop.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._run()


_RUNNING: set[Job] = set()


def run_in_thread(
    function: Callable[[], Any],
    on_finished: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> Job:
    """Run ``function`` in the thread pool; ``on_finished(result)`` or
    ``on_failed(exception)`` is then called on the GUI thread. Pass bound methods of a
    widget: when the widget is deleted first, they are simply not called."""
    job = Job(function)
    job.finished.connect(on_finished)
    job.failed.connect(on_failed)
    job.start()
    return job
