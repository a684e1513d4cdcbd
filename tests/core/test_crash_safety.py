"""Crash safety: processes killed (SIGKILL, no chance to clean up) at random moments while
they write. Afterwards the database is sound, everything a writer confirmed is there, and a
change of many rows (a pool proposal, an import, the demo) is there whole or not at all."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mentorat_desktop.core.backups import (
    BackupReason,
    backup_files,
    backup_folder,
    read_backup_info,
    write_backup,
)
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.exporting import export_members_csv

ENV = {k: v for k, v in os.environ.items() if k != "MENTORAT_DEBUG"} | {
    "QT_QPA_PLATFORM": "offscreen"
}
TIMEOUT = 120
DEMO_MEMBERS = 40

# Adds members one by one to the database argv[1]; prints each id once its transaction is
# committed. The slow imports come first, then "ready"; it starts when told "go".
WRITER = """
import sys
from pathlib import Path
import sqlalchemy.orm
import mentorat_desktop.core.models
import mentorat_desktop.core.services.member_store
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.exporting import export_members_csv
from mentorat_desktop.core.services.members import MemberInput, MemberService
db = open_database(Path(sys.argv[1]))
service = MemberService(db)
sqlalchemy.orm.configure_mappers()
db.engine  # made, not connected: the database is first touched by the first add
first = int(sys.argv[2])
print("ready", flush=True)
sys.stdin.readline()
for i in range(first, first + 100000):
    record = service.add(
        MemberInput(first_name=f"Élise{i}", last_name="Crash", email=f"crash{i}@example.org")
    )
    print(record.id, flush=True)
"""


def _cli(*args: object) -> list[str]:
    return [sys.executable, "-m", "mentorat_desktop", *map(str, args)]


def _run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_cli(*args), env=ENV, capture_output=True, text=True, timeout=TIMEOUT)


def _query(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _count(path: Path, table: str) -> int:
    return _query(path, f'SELECT count(*) FROM "{table}"')[0][0]


def _sound(path: Path) -> bool:
    return _query(path, "PRAGMA integrity_check") == [("ok",)]


def _start(cmd: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _always() -> bool:
    return True


def _backup_made(db_path: Path, reason: str) -> Callable[[], bool]:
    """True once the backup made before the change has its final name."""

    def made() -> bool:
        try:
            return any(
                p.name.endswith(f"-{reason}.sqlite3") for p in backup_folder(db_path).iterdir()
            )
        except OSError:
            return False

    return made


def _kill_after(
    runs: list[tuple[list[str], Callable[[], bool], float]],
) -> list[tuple[bool, int, str, str]]:
    """Start the commands together; kill each (SIGKILL) ``delay`` seconds after its ``mark``
    first holds, unless it ended before. Returns (killed, exit status, stdout, stderr)."""
    procs = [_start(cmd) for cmd, _mark, _delay in runs]
    deadlines: list[float | None] = [None] * len(runs)
    killed = [False] * len(runs)
    give_up = time.monotonic() + TIMEOUT
    try:
        while any(proc.poll() is None for proc in procs):
            now = time.monotonic()
            assert now < give_up, "a command never ended"
            for i, (proc, (_cmd, mark, delay)) in enumerate(zip(procs, runs, strict=True)):
                if proc.poll() is not None:
                    continue
                if deadlines[i] is None and mark():
                    deadlines[i] = now + delay
                deadline = deadlines[i]
                if deadline is not None and now >= deadline:
                    proc.kill()
                    killed[i] = True
            time.sleep(0.002)
        outputs = [proc.communicate(timeout=TIMEOUT) for proc in procs]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return [
        (k, p.returncode, out, err) for k, p, (out, err) in zip(killed, procs, outputs, strict=True)
    ]


def _timed(
    cmd: list[str], mark: Callable[[], bool] = _always
) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Run the command to its end: how long after its start ``mark`` first held, and how
    long it took in all."""
    started = time.monotonic()
    proc = _start(cmd)
    marked = None
    while proc.poll() is None:
        if marked is None and mark():
            marked = time.monotonic() - started
        time.sleep(0.002)
        assert time.monotonic() - started < TIMEOUT
    out, err = proc.communicate(timeout=TIMEOUT)
    took = time.monotonic() - started
    return (
        (took if marked is None else marked),
        took,
        subprocess.CompletedProcess(cmd, proc.returncode, out, err),
    )


def _backups_are_whole(db_path: Path) -> None:
    """Whatever carries a backup's name is a complete, checked backup."""
    for path in backup_files(backup_folder(db_path)):
        read_backup_info(path)
        assert _sound(path), path


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """A demo database, and how long the demo command took to write it."""
    path = tmp_path_factory.mktemp("demo") / "démo.sqlite3"
    _mark, took, done = _timed(_cli("demo", path, "--members", DEMO_MEMBERS))
    assert done.returncode == 0, done.stderr
    return path, took


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "vide.sqlite3"
    open_database(path).close()
    return path


# -- one member at a time ---------------------------------------------------------------------
def test_killed_writers_lose_nothing_they_confirmed(empty_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "asso.sqlite3"
    shutil.copyfile(empty_template, path)
    rng = random.Random(20261202)
    kills = 10

    def spawn(n: int) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(n * 100_000)],
            env=ENV,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    confirmed_total = 0
    killed_while_writing = 0
    ids_before: set[int] = set()
    # The next writer does its slow imports while the current one writes; it touches the
    # database only once told to go, after the current one has been killed.
    writers = [spawn(0)]
    try:
        for n in range(kills):
            writer = writers[n]
            assert writer.stdout is not None and writer.stdin is not None
            if writer.stdout.readline().strip() != "ready":
                pytest.fail(writer.communicate(timeout=TIMEOUT)[1])
            if n + 1 < kills:
                writers.append(spawn(n + 1))
            writer.stdin.write("go\n")
            writer.stdin.flush()
            try:
                writer.wait(timeout=rng.uniform(0.05, 0.6))
            except subprocess.TimeoutExpired:
                writer.kill()
                killed_while_writing += 1
            out, err = writer.communicate(timeout=TIMEOUT)
            assert "Traceback" not in err, err
            confirmed = {int(line) for line in out.split()}

            assert _sound(path)
            ids_after = {i for (i,) in _query(path, "SELECT id FROM member")}
            new = ids_after - ids_before
            assert confirmed <= new  # every id printed is there...
            assert len(new - confirmed) <= 1  # ... and at most the one being printed is more
            assert ids_before <= ids_after
            ids_before = ids_after
            confirmed_total += len(confirmed)
    finally:
        for writer in writers:
            if writer.poll() is None:
                writer.kill()
            writer.communicate(timeout=TIMEOUT)
    assert killed_while_writing == kills
    assert confirmed_total > 0  # the kills did land in the middle of the writing
    db = open_database(path)  # and the database opens as usual
    db.close()


# -- a pool proposal: all of its pairs, or none ----------------------------------------------
def test_a_killed_match_apply_creates_all_its_pairs_or_none(
    demo_template: tuple[Path, float], tmp_path: Path
) -> None:
    template, _took = demo_template
    before = _count(template, "pair")
    rng = random.Random(77)

    def copy(name: str) -> Path:
        path = tmp_path / name / "asso.sqlite3"
        path.parent.mkdir()
        shutil.copyfile(template, path)
        return path

    # One run to its end: how many pairs the proposal makes, and how long after its backup
    # it ends (the pairs are written in that time).
    ref = copy("ref")
    backed_up, took, done = _timed(
        _cli("match", "--db", ref, "--apply", "--lang", "en"), _backup_made(ref, "match")
    )
    assert done.returncode == 0, done.stderr
    after_all = _count(ref, "pair")
    assert after_all - before >= 3  # a proposal of several pairs
    window = took - backed_up

    for rounds in range(2):
        paths = [copy(f"kill{rounds}-{i}") for i in range(2)]
        runs = [
            (
                _cli("match", "--db", path, "--apply", "--lang", "en"),
                # The first of each two from its start, the other from its backup.
                _always if i == 0 else _backup_made(path, "match"),
                rng.uniform(0.4, 1.05) * took if i == 0 else rng.uniform(0.1, 1.1) * window,
            )
            for i, path in enumerate(paths)
        ]
        for path, (killed, _code, _out, err) in zip(paths, _kill_after(runs), strict=True):
            assert "Traceback" not in err
            assert _sound(path)
            pairs = _count(path, "pair")
            assert pairs in (before, after_all), (killed, pairs)
            _backups_are_whole(path)


# -- the demo: whole or absent ---------------------------------------------------------------
def test_a_killed_demo_leaves_no_file_or_a_whole_one(
    demo_template: tuple[Path, float], tmp_path: Path
) -> None:
    _template, took = demo_template
    rng = random.Random(5)
    paths = [tmp_path / f"démo {i}.sqlite3" for i in range(2)]
    runs = [
        (_cli("demo", p, "--members", DEMO_MEMBERS), _always, rng.uniform(0.3, 0.85) * took)
        for p in paths
    ]
    results = _kill_after(runs)

    rerun = None
    for path, (killed, _code, _out, err) in zip(paths, results, strict=True):
        assert "Traceback" not in err
        if path.exists():  # it had finished: then it is whole
            assert _sound(path) and _count(path, "member") == DEMO_MEMBERS
        else:
            assert killed
            rerun = rerun or path
    if rerun is not None:
        again = _run("demo", rerun, "--members", DEMO_MEMBERS)
        assert again.returncode == 0, again.stderr
        assert _sound(rerun) and _count(rerun, "member") == DEMO_MEMBERS
        # What the killed run left behind is gone.
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(rerun.name)) == [
            rerun.name
        ]


# -- an import: all its rows, or none --------------------------------------------------------
def test_a_killed_import_adds_all_its_rows_or_none(
    demo_template: tuple[Path, float], empty_template: Path, tmp_path: Path
) -> None:
    template, _took = demo_template
    source = tmp_path / "source.sqlite3"
    shutil.copyfile(template, source)
    csv = tmp_path / "membres.csv"
    db = open_database(source)
    try:
        rows = export_members_csv(db, csv)
    finally:
        db.close()

    def copy(name: str) -> Path:
        path = tmp_path / name / "asso.sqlite3"
        path.parent.mkdir()
        shutil.copyfile(empty_template, path)
        return path

    ref = copy("ref")
    backed_up, took, done = _timed(
        _cli("import-members", csv, "--db", ref, "--lang", "en"), _backup_made(ref, "import")
    )
    assert done.returncode == 0, done.stderr
    assert _count(ref, "member") == rows
    skills = _count(ref, "member_skill")
    assert skills > 0
    window = took - backed_up

    rng = random.Random(1234)
    paths = [copy(f"kill{i}") for i in range(4)]
    for pair in (paths[:2], paths[2:]):
        runs = [
            (
                _cli("import-members", csv, "--db", path, "--lang", "en"),
                _always if i == 0 else _backup_made(path, "import"),
                rng.uniform(0.4, 1.05) * took if i == 0 else rng.uniform(0.1, 1.1) * window,
            )
            for i, path in enumerate(pair)
        ]
        for path, (_killed, _code, _out, err) in zip(pair, _kill_after(runs), strict=True):
            assert "Traceback" not in err
            assert _sound(path)
            assert _count(path, "member") in (0, rows)
            assert _count(path, "member_skill") in (0, skills)
            _backups_are_whole(path)
    # Importing again after a kill ends with every member once.
    again = _run("import-members", csv, "--db", paths[0], "--lang", "en")
    assert again.returncode == 0, again.stderr
    assert _count(paths[0], "member") == rows


# -- a restore: the old state or the restored one --------------------------------------------
def test_a_killed_restore_leaves_the_old_state_or_the_restored_one(
    demo_template: tuple[Path, float], empty_template: Path, tmp_path: Path
) -> None:
    template, _took = demo_template
    members = _count(template, "member")
    saved = tmp_path / "sauvegarde.sqlite3"
    write_backup(empty_template, BackupReason.MANUAL, output=saved)

    def copy(name: str) -> Path:
        path = tmp_path / name / "asso.sqlite3"
        path.parent.mkdir()
        shutil.copyfile(template, path)
        return path

    ref = copy("ref")
    backed_up, took, done = _timed(
        _cli("restore", saved, "--db", ref, "--lang", "en"), _backup_made(ref, "restore")
    )
    assert done.returncode == 0, done.stderr
    assert _count(ref, "member") == 0
    window = took - backed_up

    rng = random.Random(99)
    paths = [copy(f"kill{i}") for i in range(4)]
    for pair in (paths[:2], paths[2:]):
        runs = [
            (
                _cli("restore", saved, "--db", path, "--lang", "en"),
                _always if i == 0 else _backup_made(path, "restore"),
                rng.uniform(0.3, 1.05) * took if i == 0 else rng.uniform(0.0, 1.1) * window,
            )
            for i, path in enumerate(pair)
        ]
        for path, (_killed, _code, _out, err) in zip(pair, _kill_after(runs), strict=True):
            assert "Traceback" not in err
            # (Read with a plain connection: it rolls back what an interrupted copy left.)
            assert _sound(path)
            assert _count(path, "member") in (members, 0)
            _backups_are_whole(path)


# Copies ``argv[2]`` into ``argv[1]`` the way restore_backup does (out of WAL, then SQLite's
# backup API), and dies (SIGKILL) three quarters of the way. The small page cache stands for
# a database larger than SQLite's cache: its pages reach the file before the commit.
HALF_RESTORE = """
import os, signal, sqlite3, sys
src = sqlite3.connect(sys.argv[2])
dst = sqlite3.connect(sys.argv[1])
dst.execute("PRAGMA journal_mode = DELETE")
dst.execute("PRAGMA cache_size = 1")
def progress(status, remaining, total):
    if total - remaining >= 0.75 * total:
        os.kill(os.getpid(), signal.SIGKILL)
src.backup(dst, pages=1, progress=progress)
"""


@pytest.mark.skipif(os.name != "posix", reason="the copy kills itself with SIGKILL")
def test_a_restore_killed_during_its_copy_reopens_as_it_was(
    demo_template: tuple[Path, float], empty_template: Path, tmp_path: Path
) -> None:
    template, _took = demo_template
    saved = tmp_path / "sauvegarde.sqlite3"
    write_backup(template, BackupReason.MANUAL, output=saved)
    path = tmp_path / "asso.sqlite3"
    shutil.copyfile(empty_template, path)

    died = subprocess.run(
        [sys.executable, "-c", HALF_RESTORE, str(path), str(saved)], timeout=TIMEOUT
    )
    assert died.returncode != 0
    assert path.with_name(path.name + "-journal").exists()  # a hot journal, as after a crash

    db = open_database(path)
    try:
        assert db.query("SELECT count(*) FROM member") == [(0,)]
    finally:
        db.close()
