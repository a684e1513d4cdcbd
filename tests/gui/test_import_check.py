"""PySide6's look at each module imported after it: answered from the module's name for our
modules and the standard library, read from the source as before for anything else."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from mentorat_desktop.gui import import_check

FEATURE = "shibokensupport.feature"


@pytest.fixture
def feature(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """PySide6's feature module, its question restored after the test."""
    import PySide6  # noqa: F401

    module = sys.modules[FEATURE]
    monkeypatch.setattr(module, "_mod_uses_pyside", module._mod_uses_pyside)
    return module


def _module(name: str, path: Path, text: str) -> ModuleType:
    path.write_text(text, encoding="utf-8")
    module = ModuleType(name)
    module.__file__ = str(path)
    return module


def test_our_modules_and_the_standard_library_are_answered_without_their_source(
    feature: ModuleType, tmp_path: Path
) -> None:
    ours = ModuleType("mentorat_desktop.no_such_module")  # no file at all: nothing to read
    standard = _module("json.lookalike", tmp_path / "lookalike.py", "import PySide6\n")
    assert feature._mod_uses_pyside(ours) is False  # PySide6 itself: no source, "no"

    assert import_check.install() is True
    assert feature._mod_uses_pyside(ours) is True
    assert feature._mod_uses_pyside(standard) is False


def test_other_modules_are_still_read(feature: ModuleType, tmp_path: Path) -> None:
    assert import_check.install() is True
    user = _module("someone_elses_tool", tmp_path / "tool.py", "from PySide6 import QtCore\n")
    plain = _module("someone_elses_sums", tmp_path / "sums.py", "TOTAL = 3\n")
    assert feature._mod_uses_pyside(user) is True
    assert feature._mod_uses_pyside(plain) is False


def test_the_libraries_answered_by_name_never_mention_pyside6() -> None:
    """What the check would find in them: no file of these libraries names PySide6."""
    for name in sorted(import_check.LIBRARIES):
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin is not None, name
        origin = Path(spec.origin)
        files = origin.parent.rglob("*.py") if origin.name == "__init__.py" else [origin]
        mentions = [str(f) for f in files if b"PySide6" in f.read_bytes()]
        assert mentions == [], name


def test_installing_twice_wraps_once(feature: ModuleType) -> None:
    assert import_check.install() is True
    first = feature._mod_uses_pyside
    assert import_check.install() is True
    assert feature._mod_uses_pyside is first


def test_a_pyside6_of_another_shape_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    import PySide6  # noqa: F401

    monkeypatch.delitem(sys.modules, FEATURE)
    assert import_check.install() is False

    renamed = ModuleType(FEATURE)  # the question under another name
    monkeypatch.setitem(sys.modules, FEATURE, renamed)
    assert import_check.install() is False
    assert not hasattr(renamed, "_mod_uses_pyside")


def test_the_entry_point_reads_no_source_of_ours_while_the_window_loads() -> None:
    """In a fresh process started as the program starts: the window's modules load without
    PySide6 reading one of our files or the standard library's."""
    script = """
import sys
from mentorat_desktop.start import prepare
prepare()
feature = sys.modules["shibokensupport.feature"]
import inspect
read = []
original = inspect.getsource
def recording(obj):
    read.append(getattr(obj, "__name__", "?"))
    return original(obj)
inspect.getsource = recording
import mentorat_desktop.cli, mentorat_desktop.app, mentorat_desktop.gui.main_window
print("READ", " ".join(read))
seen = feature.pyside_feature_dict
print("OURS", sum(1 for name in seen if name.startswith("mentorat_desktop.")))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    read = lines.get("READ", "").split()
    assert not [n for n in read if n.partition(".")[0] in ("mentorat_desktop", "json", "re")]
    assert [n for n in read if n.partition(".")[0] in sys.stdlib_module_names] == []
    assert int(lines["OURS"]) > 30  # the window's modules were seen, answered by name
