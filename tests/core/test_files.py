"""Files that hold personal data: private from their creation, complete or absent, and
nothing left behind by a failure or by a process killed in the middle of an export."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from mentorat_desktop.core import files
from mentorat_desktop.core.files import (
    PARTIAL_PREFIX,
    neutralise_formula,
    private_dir,
    private_staging,
    restore_formula,
    sweep_partial_files,
    write_private,
)

ROOT = Path(__file__).resolve().parents[2]
SECRET = b"Helene Cote, 1958, +33 6 12 34 56 78. "
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def unnamed_files_work(folder: Path) -> bool:
    fd = files._open_unnamed(folder)
    if fd is None:
        return False
    os.close(fd)
    return True


@pytest.fixture(autouse=True)
def link_not_yet_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a new process does: not knowing whether linking works here."""
    monkeypatch.setattr(files, "_link_refused", False)


@pytest.fixture(params=["unnamed", "named"])
def way(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test runs with Linux's unnamed file (where it works) and with the named
    temporary file every other system uses."""
    if request.param == "unnamed":
        if not unnamed_files_work(tmp_path):
            pytest.skip("no O_TMPFILE here")
    else:
        monkeypatch.setattr(files, "_open_unnamed", lambda folder: None)
    return str(request.param)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that lets everything through: the file must still be private."""
    if os.name != "posix":
        yield
        return
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def holding(folder: Path, data: bytes) -> list[str]:
    """The files under ``folder`` (hidden ones too) whose content holds ``data``."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and data in path.read_bytes():
            found.append(str(path.relative_to(folder)))
    return found


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- writing -------------------------------------------------------------------------------


def test_writes_the_whole_file(way: str, tmp_path: Path) -> None:
    target = tmp_path / "membres.csv"
    write_private(target, lambda fh: fh.write(SECRET * 1000))
    assert target.read_bytes() == SECRET * 1000
    assert names(tmp_path) == ["membres.csv"]


def test_replaces_a_previous_file(way: str, tmp_path: Path) -> None:
    target = tmp_path / "membres.csv"
    target.write_bytes(b"ancien")
    write_private(str(target), lambda fh: fh.write(b"nouveau"))
    assert target.read_bytes() == b"nouveau"
    assert names(tmp_path) == ["membres.csv"]


@POSIX_ONLY
def test_private_from_the_start(way: str, tmp_path: Path, open_umask: None) -> None:
    target = tmp_path / "membres.csv"
    seen: list[int] = []

    def write(fh: BinaryIO) -> None:
        seen.append(stat.S_IMODE(os.fstat(fh.fileno()).st_mode))  # before any data
        fh.write(SECRET)

    write_private(target, write)
    assert seen == [0o600]
    assert mode_of(target) == 0o600


@POSIX_ONLY
def test_a_replaced_readable_file_becomes_private(
    way: str, tmp_path: Path, open_umask: None
) -> None:
    target = tmp_path / "membres.csv"
    target.write_bytes(b"ancien")
    target.chmod(0o644)
    write_private(target, lambda fh: fh.write(SECRET))
    assert mode_of(target) == 0o600


@pytest.mark.parametrize("previous", [None, b"ancien contenu complet"])
def test_a_failure_leaves_nothing_behind(way: str, tmp_path: Path, previous: bytes | None) -> None:
    target = tmp_path / "membres.csv"
    if previous is not None:
        target.write_bytes(previous)

    def write(fh: BinaryIO) -> None:
        fh.write(SECRET * 100)
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError) as caught:
        write_private(target, write)
    assert caught.value.errno == errno.ENOSPC
    if previous is None:
        assert names(tmp_path) == []
    else:
        assert names(tmp_path) == ["membres.csv"]
        assert target.read_bytes() == previous
    assert holding(tmp_path, SECRET) == []


def test_a_missing_folder_is_an_oserror(way: str, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_private(tmp_path / "absent" / "membres.csv", lambda fh: fh.write(SECRET))
    assert names(tmp_path) == []


def test_a_folder_in_the_way_is_an_oserror(way: str, tmp_path: Path) -> None:
    (tmp_path / "membres.csv").mkdir()
    with pytest.raises(OSError):
        write_private(tmp_path / "membres.csv", lambda fh: fh.write(SECRET))
    assert names(tmp_path) == ["membres.csv"]
    assert holding(tmp_path, SECRET) == []


def test_without_proc_the_unnamed_file_is_copied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not unnamed_files_work(tmp_path):
        pytest.skip("no O_TMPFILE here")
    real_link = os.link

    def no_proc(source: str, target: object, **kw: object) -> None:
        if str(source).startswith("/proc/"):
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", source)
        real_link(source, target, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "link", no_proc)
    target = tmp_path / "membres.csv"
    write_private(target, lambda fh: fh.write(SECRET * 3))
    assert target.read_bytes() == SECRET * 3
    assert names(tmp_path) == ["membres.csv"]


def test_once_linking_is_refused_the_next_files_are_written_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not unnamed_files_work(tmp_path):
        pytest.skip("no O_TMPFILE here")

    def refused(source: str, target: object, **kw: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link", source)

    monkeypatch.setattr(os, "link", refused)
    write_private(tmp_path / "first.csv", lambda fh: fh.write(SECRET))
    # From then on: no unnamed file to fill, flush and copy again; one named file, private.
    opened: list[Path] = []
    monkeypatch.setattr(files, "_open_unnamed", lambda folder: opened.append(folder))
    target = tmp_path / "membres.csv"
    write_private(target, lambda fh: fh.write(SECRET * 2))
    assert opened == []
    assert target.read_bytes() == SECRET * 2
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert names(tmp_path) == ["first.csv", "membres.csv"]


def test_a_stale_leftover_is_swept_on_the_next_write(tmp_path: Path) -> None:
    leftover = tmp_path / f"{PARTIAL_PREFIX}abc.tmp"
    leftover.write_bytes(SECRET)
    old = time.time() - 3600
    os.utime(leftover, (old, old))
    write_private(tmp_path / "membres.csv", lambda fh: fh.write(b"x"))
    assert names(tmp_path) == ["membres.csv"]


# -- a process killed in the middle --------------------------------------------------------

KILLED_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from mentorat_desktop.core import files

    if sys.argv[2] == "named":
        files._open_unnamed = lambda folder: None

    def write(fh):
        fh.write(SECRET * 2000)
        fh.flush()
        print("written", flush=True)
        time.sleep(120)

    files.write_private(Path(sys.argv[1]), write)
    """
).replace("SECRET", repr(SECRET))


def killed_mid_write(target: Path, way: str) -> None:
    """Run an export in another process and kill it (SIGKILL) once data is written."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(target), way],
        stdout=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == b"written"
    finally:
        process.kill()  # SIGKILL on POSIX: no clean-up code runs
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="O_TMPFILE is Linux's")
@pytest.mark.parametrize("previous", [None, b"ancien contenu complet"])
def test_killed_with_an_unnamed_file_leaves_no_data(tmp_path: Path, previous: bytes | None) -> None:
    if not unnamed_files_work(tmp_path):
        pytest.skip("no O_TMPFILE here")
    target = tmp_path / "membres.csv"
    if previous is not None:
        target.write_bytes(previous)
    killed_mid_write(target, "unnamed")
    assert holding(tmp_path, SECRET) == []
    if previous is None:
        assert names(tmp_path) == []
    else:
        assert names(tmp_path) == ["membres.csv"]
        assert target.read_bytes() == previous


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("previous", [None, b"ancien contenu complet"])
def test_killed_with_a_named_file_leaves_a_leftover_the_sweep_removes(
    tmp_path: Path, previous: bytes | None
) -> None:
    target = tmp_path / "membres.csv"
    if previous is not None:
        target.write_bytes(previous)
    killed_mid_write(target, "named")
    leftovers = [p for p in tmp_path.iterdir() if p.name != "membres.csv"]
    assert [p.name.startswith(PARTIAL_PREFIX) for p in leftovers] == [True]
    if previous is not None:
        assert target.read_bytes() == previous  # never half-written
    assert sweep_partial_files(tmp_path) == 0  # too recent: it may be an export running
    old = time.time() - 120
    os.utime(leftovers[0], (old, old))
    assert sweep_partial_files(tmp_path) == 1
    assert holding(tmp_path, SECRET) == []
    assert names(tmp_path) == ([] if previous is None else ["membres.csv"])


# -- sweeping and folders ------------------------------------------------------------------


def test_sweep_removes_old_leftovers_only(tmp_path: Path) -> None:
    old = time.time() - 120
    stale_file = tmp_path / f"{PARTIAL_PREFIX}1.tmp"
    stale_file.write_bytes(SECRET)
    stale_dir = tmp_path / f"{PARTIAL_PREFIX}2"
    stale_dir.mkdir()
    (stale_dir / "chartes.pdf").write_bytes(SECRET)
    recent = tmp_path / f"{PARTIAL_PREFIX}3.tmp"
    recent.write_bytes(SECRET)
    other = tmp_path / ".membres-old.tmp"
    other.write_bytes(SECRET)
    for path in (stale_file, stale_dir, other):
        os.utime(path, (old, old))
    assert sweep_partial_files(tmp_path) == 2
    assert names(tmp_path) == sorted([recent.name, other.name])
    assert sweep_partial_files(tmp_path, older_than=-1) == 1
    assert names(tmp_path) == [other.name]


def test_sweep_of_a_missing_folder(tmp_path: Path) -> None:
    assert sweep_partial_files(tmp_path / "absent") == 0


@POSIX_ONLY
def test_private_dir(tmp_path: Path, open_umask: None) -> None:
    folder = private_dir(tmp_path / "a" / "exports")
    assert folder.is_dir()
    assert mode_of(folder) == 0o700
    assert private_dir(folder) == folder  # already there: fine
    (tmp_path / "fichier").write_text("x")
    with pytest.raises(OSError):
        private_dir(tmp_path / "fichier")


@POSIX_ONLY
def test_private_staging_is_private_and_removed(tmp_path: Path, open_umask: None) -> None:
    with private_staging(tmp_path) as staging:
        assert staging.parent == tmp_path
        assert staging.name.startswith(PARTIAL_PREFIX)
        assert mode_of(staging) == 0o700
        (staging / "x.pdf").write_bytes(SECRET)
    assert names(tmp_path) == []


# -- formulas in CSV cells -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+33 6 12 34 56 78", "'+33 6 12 34 56 78"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("'=1+1", "''=1+1"),  # already quoted by its author: kept as typed
        ("Marie", "Marie"),
        ("'Marie", "'Marie"),
        ("1+1=2", "1+1=2"),
        ("", ""),
        ("'", "'"),
    ],
)
def test_formulas_are_neutralised_and_restored(text: str, cell: str) -> None:
    assert neutralise_formula(text) == cell
    assert restore_formula(cell) == text
