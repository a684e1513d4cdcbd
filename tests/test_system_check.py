"""The check that runs before a window opens on Linux: the missing system libraries are named,
with the one line that installs them, and nothing else happens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mentorat_desktop import system_check
from mentorat_desktop.system_check import (
    DEBIAN_PACKAGES,
    install_command,
    message,
    missing_libraries,
    uses_x11,
)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")


@linux_only
@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({}, False),
    ],
)
def test_only_a_window_on_x11_needs_the_libraries(environ, expected) -> None:
    assert uses_x11(environ) is expected


def test_the_libraries_the_linker_does_not_know_are_missing() -> None:
    known = set(DEBIAN_PACKAGES) - {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    missing = missing_libraries(known=known)
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    # the line installs exactly those, by their Debian names (not xcb-cursor0)
    assert install_command(missing) == "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"


def test_ldd_is_asked_when_qt_is_there(monkeypatch, tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    out = (
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x0000)\n"
        "\tlibxcb-keysyms.so.1 => not found\n"
    )

    def fake_run(cmd, **kwargs):
        assert cmd == ["ldd", str(plugin)]
        return subprocess.CompletedProcess(cmd, 0, stdout=out, stderr="")

    monkeypatch.setattr(system_check.subprocess, "run", fake_run)
    assert missing_libraries(plugin=plugin) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_the_message_is_in_the_users_language() -> None:
    french = message(["libxcb-icccm.so.4"], "fr_CA")
    assert "il manque" in french and "sudo apt-get install libxcb-icccm4" in french
    english = message(["libxcb-icccm.so.4"], "en")
    assert english.startswith("Mentorat cannot open its window")
