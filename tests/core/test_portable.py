"""Portable mode: a marker file beside the program keeps the data beside it."""

from __future__ import annotations

import sys
from pathlib import Path

from mentorat_desktop.core import database, portable
from mentorat_desktop.core.portable import DATA_FOLDER, MARKER, portable_root


def test_no_marker_no_portable_mode(tmp_path: Path) -> None:
    program = tmp_path / "mentorat-desktop"
    program.write_bytes(b"")
    assert portable_root(program) is None


def test_a_marker_beside_the_program_keeps_the_data_beside_it(tmp_path: Path, monkeypatch) -> None:
    key = tmp_path / "KEY"
    key.mkdir()
    program = key / "mentorat-desktop"
    program.write_bytes(b"")
    (key / MARKER).write_text("")
    assert portable_root(program) == key.resolve() / DATA_FOLDER
    monkeypatch.setattr(sys, "executable", str(program))
    assert database.default_database_path().is_relative_to(key.resolve() / DATA_FOLDER)
    assert database.demo_database_path().parent == key.resolve() / DATA_FOLDER / "data"
    assert portable.portable_root() is not None


def test_a_folder_named_like_the_marker_is_not_one(tmp_path: Path) -> None:
    (tmp_path / MARKER).mkdir()
    assert portable_root(tmp_path / "mentorat-desktop") is None
