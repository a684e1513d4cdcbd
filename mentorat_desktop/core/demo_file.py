"""Writing the demo database whole or not at all.

The demo is generated under a temporary name beside its target, then linked to its name in
one step: a process killed while it writes leaves no file under the demo's name (which would
otherwise block ``demo`` and ``--demo`` for good), only a leftover that the next run removes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mentorat_desktop.core.demo import DemoSummary

PARTIAL_SUFFIX = ".partial-demo"


def _remove_with_journal(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)


def write_demo_whole(
    path: Path, members: int | None = None, seed: int | None = None
) -> DemoSummary:
    """Generate the demo into ``path``; FileExistsError when ``path`` already exists."""
    # lazy: the demo's generator and its word tables, only when a demo is written
    from mentorat_desktop.core.demo import DEFAULT_MEMBERS, DEFAULT_SEED, write_demo_database

    path = Path(path).expanduser()
    if path.is_file() and path.stat().st_size == 0:
        # An empty file (an earlier version's interrupted demo, or made by hand) holds nothing
        # to keep: the demo takes its place.
        path.unlink()
    if path.exists():
        raise FileExistsError(str(path))
    temp = path.with_name(path.name + PARTIAL_SUFFIX)
    _remove_with_journal(temp)  # what a killed run left behind
    try:
        summary = write_demo_database(
            temp,
            members=DEFAULT_MEMBERS if members is None else members,
            seed=DEFAULT_SEED if seed is None else seed,
        )
        # The database is closed: its -wal has been folded into the file. Link, so that a
        # file that appeared meanwhile under the name is never replaced.
        os.link(temp, path)
    finally:
        _remove_with_journal(temp)
    return summary
