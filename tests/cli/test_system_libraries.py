"""Opening the window on Linux when Qt's X11 libraries are missing: a sentence and the
line that installs them, exit status 2, nothing created."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mentorat_desktop import system_check

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")


@linux_only
def test_opening_stops_with_exit_2_and_the_line_to_type(cli, monkeypatch, tmp_path: Path):
    db = tmp_path / "mentorat.sqlite3"
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(system_check, "missing_libraries", lambda: ["libxcb-keysyms.so.1"])
    result = cli("--db", db, "--lang", "en")
    assert result.code == 2
    assert "sudo apt-get install libxcb-keysyms1" in result.err
    assert not db.exists()
