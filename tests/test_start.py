"""The entry point (start.py): Python's collections are held from its first import, while
the command line, Qt and the window's modules load, and a command resumes them at once."""

from __future__ import annotations

import argparse
import gc
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from mentorat_desktop import cli, cli_data, start


@pytest.fixture
def collections_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_the_entry_point_holds_collections_while_the_command_line_loads(
    monkeypatch: pytest.MonkeyPatch, collections_on: None
) -> None:
    seen: dict[str, object] = {}

    def fake_main(argv: Sequence[str] | None = None, collections_held: bool = False) -> int:
        seen["enabled"] = gc.isenabled()
        seen["held"] = collections_held
        return 0

    monkeypatch.setattr(cli, "main", fake_main)
    assert start.main([]) == 0
    assert seen == {"enabled": False, "held": True}
    gc.enable()


def test_a_command_resumes_collections_before_it_runs(
    monkeypatch: pytest.MonkeyPatch, collections_on: None, tmp_path: Path
) -> None:
    seen: dict[str, bool] = {}

    def fake_check(args: argparse.Namespace) -> int:
        seen["enabled"] = gc.isenabled()
        return 0

    monkeypatch.setattr(cli_data, "run_check", fake_check)
    gc.disable()  # as start.py leaves them
    assert cli.main(["check", "--db", str(tmp_path / "x.sqlite3")], collections_held=True) == 0
    assert seen == {"enabled": True}


def test_collections_stopped_by_someone_else_stay_stopped_for_a_command(
    monkeypatch: pytest.MonkeyPatch, collections_on: None, tmp_path: Path
) -> None:
    seen: dict[str, bool] = {}

    def fake_check(args: argparse.Namespace) -> int:
        seen["enabled"] = gc.isenabled()
        return 0

    monkeypatch.setattr(cli_data, "run_check", fake_check)
    gc.disable()  # a caller's choice, not the entry point's
    assert cli.main(["check", "--db", str(tmp_path / "x.sqlite3")]) == 0
    assert seen == {"enabled": False}
