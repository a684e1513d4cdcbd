"""One writer at a time: a lock file beside the database says which copy of the application
holds it, on which computer and since when.

The lock itself is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on
Windows) on ``<database>.lock``: it goes away with the process that held it, so a lock left
by a crash is taken over by the next copy without asking anyone. The file's content is only
there to tell the others who holds it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import sys
import time
from pathlib import Path
from typing import IO, NamedTuple

from mentorat_desktop.core.errors import StorageError, StorageProblem


def computer_name() -> str:
    """This computer's network name, as socket.gethostname() gives it, without loading the
    socket module at start-up (the lock is taken before the window is drawn)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    name = os.environ.get("COMPUTERNAME")
    if name:
        return name
    # lazy: the socket module, only where neither uname nor COMPUTERNAME says it
    import socket

    return socket.gethostname()


class LockHolder(NamedTuple):
    """Who holds a database: enough to tell the user, nothing more."""

    computer: str
    user: str
    since: dt.datetime | None
    pid: int | None

    @property
    def is_this_computer(self) -> bool:
        return self.computer == computer_name()


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _try_lock(fh: IO[bytes]) -> bool:
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import msvcrt  # lazy: Windows only

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl  # lazy: POSIX only

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EAGAIN):
            return False
        # A file system without locks (some network shares): go on unlocked rather than
        # refuse to work; the holder's line still tells the others.
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
            return True
        raise
    return True


def _still_named(fh: IO[bytes], path: Path) -> bool:
    """Whether the file we locked is still the one named ``path`` (not removed by a holder
    that let go meanwhile)."""
    if sys.platform == "win32":  # pragma: no cover - the file is never removed there
        return True
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fh.fileno())
    return (named.st_dev, named.st_ino) == (mine.st_dev, mine.st_ino)


def read_holder(db_path: Path) -> LockHolder | None:
    """Who the lock file names (it may be a stale name: only the lock tells)."""
    try:
        # On Windows the locked byte cannot be read: the holder is written after it.
        raw = lock_path(db_path).read_bytes().lstrip(b"\0 ")
        data = json.loads(raw.decode("utf-8") or "{}")
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    since = None
    with contextlib.suppress(ValueError):
        since = dt.datetime.fromisoformat(str(data.get("since")))
    pid = data.get("pid")
    return LockHolder(
        computer=str(data.get("computer", "")),
        user=str(data.get("user", "")),
        since=since,
        pid=pid if isinstance(pid, int) else None,
    )


class DatabaseLock:
    """The lock of one database, held from ``acquire`` until ``release`` (or the process's
    end, whatever way it ends)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._fh: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self, wait_seconds: float = 0.0) -> None:
        """Take the lock, waiting up to ``wait_seconds`` for another copy to let go.

        Raises StorageError(IN_USE) with the holder when another copy keeps it."""
        if self._fh is not None:
            return
        path = lock_path(self.db_path)
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                # A folder we can read but not write: the open of the database says so.
                return
            fh = os.fdopen(fd, "r+b")
            if _try_lock(fh):
                if _still_named(fh, path):
                    break
                # The holder let go and removed the file between our open and our lock:
                # this one is nobody's lock any more; open the name again.
                fh.close()
                continue
            fh.close()
            if time.monotonic() >= deadline:
                raise StorageError(StorageProblem.IN_USE, holder=read_holder(self.db_path))
            time.sleep(0.1)
        self._fh = fh
        self._write_holder()

    def _write_holder(self) -> None:
        assert self._fh is not None
        try:
            user = getpass.getuser()
        except Exception:  # no user name in this environment
            user = ""
        holder = {
            "computer": computer_name(),
            "user": user,
            "since": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "pid": os.getpid(),
        }
        text = json.dumps(holder).encode("utf-8")
        fh = self._fh
        # Keep byte 0 for the Windows lock; the holder follows it.
        fh.seek(1)
        fh.write(text)
        fh.truncate(1 + len(text))
        fh.flush()

    def release(self) -> None:
        if self._fh is None:
            return
        fh, self._fh = self._fh, None
        try:
            if sys.platform != "win32":
                # Removed while still locked, so that no lock file stays beside the
                # database; a copy waiting on the old file sees it is gone (_still_named).
                lock_path(self.db_path).unlink(missing_ok=True)
            fh.seek(1)
            fh.truncate(1)
            if sys.platform == "win32":  # pragma: no cover - Windows only
                import msvcrt  # lazy: Windows only

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        finally:
            fh.close()

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
