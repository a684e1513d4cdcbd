"""The database lock: one writer at a time across processes, a crashed holder's lock taken
over, a wait that ends when the holder lets go."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorat_desktop.core.errors import StorageError, StorageProblem
from mentorat_desktop.core.lock import DatabaseLock, LockHolder, lock_path, read_holder

# Holds the lock of argv[1], says so, then keeps it until a line comes on stdin (argv[2]
# "stdin") or for argv[2] seconds; then releases it and stays alive argv[3] seconds.
HOLDER = """
import sys, time
from pathlib import Path
from mentorat_desktop.core.lock import DatabaseLock
lock = DatabaseLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
if sys.argv[2] == "stdin":
    sys.stdin.readline()
else:
    time.sleep(float(sys.argv[2]))
lock.release()
print("released", flush=True)
time.sleep(float(sys.argv[3]))
"""

# Tries to take the lock of argv[1] once; prints what happened as JSON.
CONTENDER = """
import json, sys
from pathlib import Path
from mentorat_desktop.core.errors import StorageError
from mentorat_desktop.core.lock import DatabaseLock
lock = DatabaseLock(Path(sys.argv[1]))
try:
    lock.acquire()
except StorageError as exc:
    h = exc.holder
    print(json.dumps({
        "problem": exc.problem.value,
        "computer": getattr(h, "computer", None),
        "pid": getattr(h, "pid", None),
        "since": h.since.isoformat() if getattr(h, "since", None) else None,
    }))
else:
    print(json.dumps({"problem": None}))
    lock.release()
"""


def _python(script: str, *args: object, **kwargs: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,  # type: ignore[arg-type]
    )


def _contend(db_path: Path) -> dict[str, object]:
    proc = _python(CONTENDER, db_path)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return json.loads(out)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    # The lock never looks inside the database: an empty file will do.
    path = tmp_path / "asso.sqlite3"
    path.write_bytes(b"")
    return path


@pytest.fixture
def holder(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the lock until told (or killed)."""
    proc = _python(HOLDER, db_path, "stdin", 0, stdin=subprocess.PIPE)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "held"
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=60)


def _recent(since: dt.datetime | None) -> bool:
    assert since is not None and since.tzinfo is not None
    return abs(dt.datetime.now().astimezone() - since) < dt.timedelta(minutes=2)


def test_acquire_names_the_holder_and_release_lets_go(db_path: Path) -> None:
    lock = DatabaseLock(db_path)
    assert not lock.held
    lock.acquire()
    try:
        assert lock.held
        lock.acquire()  # a second call while held changes nothing
        assert lock_path(db_path) == db_path.with_name("asso.sqlite3.lock")
        who = read_holder(db_path)
        assert isinstance(who, LockHolder)
        assert who.computer == socket.gethostname() and who.is_this_computer
        assert who.pid == os.getpid()
        assert _recent(who.since)
        if os.name == "posix":
            assert lock_path(db_path).stat().st_mode & 0o077 == 0
    finally:
        lock.release()
    assert not lock.held
    lock.release()  # twice is harmless
    # The name is gone with the lock.
    who = read_holder(db_path)
    assert who is None or (who.computer == "" and who.pid is None)
    with DatabaseLock(db_path) as again:
        again.acquire()
        assert again.held
    assert not again.held


def test_another_process_is_refused_while_the_lock_is_held(db_path: Path) -> None:
    lock = DatabaseLock(db_path)
    lock.acquire()
    try:
        seen = _contend(db_path)
        assert seen["problem"] == StorageProblem.IN_USE.value
        assert seen["computer"] == socket.gethostname()
        assert seen["pid"] == os.getpid()
        assert _recent(dt.datetime.fromisoformat(str(seen["since"])))
    finally:
        lock.release()
    assert _contend(db_path) == {"problem": None}


def test_the_lock_of_another_process_is_refused_with_its_holder(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(StorageError) as caught:
        DatabaseLock(db_path).acquire()
    assert caught.value.problem == StorageProblem.IN_USE
    who = caught.value.holder
    assert isinstance(who, LockHolder)
    assert who.pid == holder.pid
    assert who.is_this_computer
    assert _recent(who.since)


def test_a_killed_holder_leaves_a_lock_the_next_copy_takes_over(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(StorageError):
        DatabaseLock(db_path).acquire()
    holder.kill()  # SIGKILL on POSIX: no chance to release anything
    holder.wait(timeout=60)
    # The file still names the dead holder...
    stale = read_holder(db_path)
    assert stale is not None and stale.pid == holder.pid
    # ... but the lock went with it.
    lock = DatabaseLock(db_path)
    lock.acquire()
    try:
        now_held = read_holder(db_path)
        assert now_held is not None and now_held.pid == os.getpid()
    finally:
        lock.release()


def test_a_wait_ends_when_the_holder_lets_go(db_path: Path) -> None:
    # The holder lets go when told, and stays alive long after.
    proc = _python(HOLDER, db_path, "stdin", 30, stdin=subprocess.PIPE)
    try:
        assert proc.stdout is not None and proc.stdin is not None
        assert proc.stdout.readline().strip() == "held"

        def let_go() -> None:
            proc.stdin.write("let go\n")  # type: ignore[union-attr]
            proc.stdin.flush()  # type: ignore[union-attr]

        timer = threading.Timer(0.5, let_go)
        started = time.monotonic()
        timer.start()
        lock = DatabaseLock(db_path)
        try:
            lock.acquire(wait_seconds=30)
            waited = time.monotonic() - started
            assert lock.held
        finally:
            timer.join()
            lock.release()
        assert proc.poll() is None  # taken because it was released, not because it died
        assert 0.5 <= waited < 25
    finally:
        proc.kill()
        proc.communicate(timeout=60)


def test_a_wait_that_runs_out_is_refused(db_path: Path, holder: subprocess.Popen[str]) -> None:
    started = time.monotonic()
    with pytest.raises(StorageError) as caught:
        DatabaseLock(db_path).acquire(wait_seconds=0.5)
    assert time.monotonic() - started >= 0.5
    assert caught.value.problem == StorageProblem.IN_USE
    assert holder.stdin is not None
    holder.stdin.write("let go\n")
    holder.stdin.flush()
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "released"
    lock = DatabaseLock(db_path)
    lock.acquire()
    assert lock.held
    lock.release()


def test_no_lock_file_stays_beside_the_database_once_released(tmp_path: Path) -> None:
    from mentorat_desktop.core.lock import DatabaseLock, lock_path

    db = tmp_path / "m.sqlite3"
    lock = DatabaseLock(db)
    lock.acquire()
    assert lock_path(db).exists()
    lock.release()
    assert not lock_path(db).exists()
    again = DatabaseLock(db)  # and it can be taken again at once
    again.acquire()
    assert again.held
    again.release()


def test_the_lock_names_this_computer_as_the_network_does() -> None:
    """The lock says which computer holds it; read without the socket module, the name must
    still be the one other copies compare with."""
    import socket

    from mentorat_desktop.core.lock import computer_name

    assert computer_name() == socket.gethostname()
