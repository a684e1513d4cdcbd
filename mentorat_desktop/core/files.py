"""Writing files that hold personal data: private, whole or absent, never half-written.

    write_private(Path("membres.csv"), lambda fh: fh.write(data))

:func:`write_private` creates the file readable by its owner only (mode 0600, given to
``os.open`` from the start, never a ``chmod`` afterwards), writes it under no name or a
temporary one in the same folder, flushes it to the disk and only then puts it in place in
one step: the target is either the previous file or the complete new one. It sweeps the
folder first (see below).

On Linux the file is first created without a name (``O_TMPFILE``): a process killed while
writing leaves nothing behind, the system frees the unnamed file. Elsewhere, or on a file
system that refuses ``O_TMPFILE``, the temporary file has a name starting with
:data:`PARTIAL_PREFIX`; :func:`sweep_partial_files`, called before each export into a
folder, removes those an interrupted export left there.

The cells of a CSV export that a spreadsheet would run as a formula are neutralised by
:func:`neutralise_formula` and read back by :func:`restore_formula`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

# The start of every temporary name, so that leftovers are recognised and swept away.
PARTIAL_PREFIX = ".mentorat-partial-"
# A leftover older than this (seconds) belongs to no export still running.
STALE_AFTER = 60.0

# Errors of os.open(O_TMPFILE) that mean "not here": the file system does not support it
# (EOPNOTSUPP), or an old kernel took the flag for O_DIRECTORY (EISDIR, EINVAL).
_NO_TMPFILE = frozenset(
    {errno.EOPNOTSUPP, getattr(errno, "ENOTSUP", errno.EOPNOTSUPP), errno.EISDIR, errno.EINVAL}
)

# Errors of os.link from /proc/self/fd that mean "cannot link it this way".
_CANNOT_LINK = frozenset(
    {errno.ENOENT, errno.EPERM, errno.EACCES, errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP}
)
# Set once the system refused to link an unnamed file (a sandbox, no /proc): the next files
# are written under a temporary name straight away, not written, flushed, then copied again.
_link_refused = False


def write_private(path: Path | str, write: Callable[[BinaryIO], object]) -> None:
    """Write the file ``path`` through ``write`` (given the open binary file), privately.

    The new file has mode 0600 (owner only) from its creation; it replaces ``path`` in one
    step once complete and on the disk. When ``write`` or the system fails (disk full, no
    permission, missing folder), nothing is left behind, any previous file at ``path`` is
    untouched and the error (OSError, or whatever ``write`` raised) propagates."""
    path = Path(path)
    folder = path.parent
    sweep_partial_files(folder)
    fd = None if _link_refused else _open_unnamed(folder)
    if fd is not None:
        with os.fdopen(fd, "w+b") as fh:
            _fill(fh, write)
            _link_unnamed(fh, path)
    else:
        _write_named(path, write)
    _sync_folder(folder)


def _fill(fh: BinaryIO, write: Callable[[BinaryIO], object]) -> None:
    write(fh)
    fh.flush()
    os.fsync(fh.fileno())


def _open_unnamed(folder: Path) -> int | None:
    """A file without a name in ``folder`` (Linux's O_TMPFILE), readable and writable,
    mode 0600; None where the system or the file system offers none."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not sys.platform.startswith("linux"):
        return None
    try:
        return os.open(folder, flag | os.O_RDWR | getattr(os, "O_CLOEXEC", 0), 0o600)
    except OSError as exc:
        if exc.errno in _NO_TMPFILE:
            return None
        raise


def _link_unnamed(fh: BinaryIO, path: Path) -> None:
    """Give the unnamed, complete file behind ``fh`` the name ``path``; copy it into a
    named temporary file instead where the system refuses the link (no /proc, or a
    sandbox that forbids linking an unnamed file)."""
    source = f"/proc/self/fd/{fh.fileno()}"
    try:
        try:
            os.link(source, path, follow_symlinks=True)  # nothing there yet: in one step
            return
        except FileExistsError:
            temporary = _temporary_name(path.parent)
            os.link(source, temporary, follow_symlinks=True)
    except OSError as exc:
        if exc.errno not in _CANNOT_LINK:
            raise
        global _link_refused
        _link_refused = True
        _copy_to_named(fh, path)
        return
    try:
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _copy_to_named(source: BinaryIO, path: Path) -> None:
    source.seek(0)

    def copy(target: BinaryIO) -> None:
        shutil.copyfileobj(source, target)

    _write_named(path, copy)


def _write_named(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """The fallback: a named temporary file (mkstemp: mode 0600 from the start, a name no
    one else holds), then os.replace."""
    fd, temporary = tempfile.mkstemp(prefix=PARTIAL_PREFIX, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            _fill(fh, write)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _temporary_name(folder: Path) -> Path:
    """A name no file has yet in ``folder``, with the partial prefix."""
    return folder / f"{PARTIAL_PREFIX}{os.urandom(8).hex()}.tmp"


def _sync_folder(folder: Path) -> None:
    """Put the new name on the disk too (POSIX; best effort)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sweep_partial_files(folder: Path | str, older_than: float = STALE_AFTER) -> int:
    """Remove the temporary files (and folders) an interrupted export left in ``folder``:
    the entries named with :data:`PARTIAL_PREFIX` not touched for ``older_than`` seconds
    (an export still running in another window keeps its own). Returns how many were
    removed; never raises for a missing folder or an entry it cannot remove."""
    limit = time.time() - older_than
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not entry.name.startswith(PARTIAL_PREFIX):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if info.st_mtime > limit:
                continue
            if stat.S_ISDIR(info.st_mode):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError:
            continue
        removed += 1
    return removed


def private_dir(path: Path | str) -> Path:
    """The folder ``path``, created readable by its owner only (0700) when it is not there
    (its missing parents get the usual mode). An existing folder is left as it is."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        path.mkdir(mode=0o700)
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    return path


@contextlib.contextmanager
def private_staging(folder: Path | str) -> Iterator[Path]:
    """A folder of its own (0700) inside ``folder``, named with the partial prefix, for a
    program that can only write to a path; removed on exit. Should the process be killed,
    :func:`sweep_partial_files` removes it at the next export into ``folder``."""
    sweep_partial_files(folder)
    staging = Path(tempfile.mkdtemp(prefix=PARTIAL_PREFIX, dir=folder))
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# -- CSV cells a spreadsheet would take for a formula ------------------------------------

# The first characters that make Excel, LibreOffice or Google Sheets evaluate a cell
# (OWASP, "CSV Injection"): = + - @, tab and carriage return.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs: a single quote before a text starting
    with one of FORMULA_STARTS. A text that already starts with quotes before such a
    character gets one more, so that :func:`restore_formula` gives back exactly ``text``.
    For text cells only: numbers written by the program are not text."""
    if text.lstrip("'").startswith(FORMULA_STARTS):
        return "'" + text
    return text


def restore_formula(text: str) -> str:
    """The cell :func:`neutralise_formula` was given: its added quote taken off."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_STARTS):
        return text[1:]
    return text
