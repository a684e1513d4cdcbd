"""What starting the window loads, and the collector held during the start (gui/collector.py).

Start-up is the wait every session begins with: the window's path through the command line
(cli.py, cli_window) loads neither what only commands use nor the heavy libraries; they are
loaded when first asked for. Checked in a fresh process, on the real start (the screenshot
command draws the members view as the window does)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from mentorat_desktop.gui import collector

ROOT = Path(__file__).resolve().parents[2]

# Loaded when first needed, never to draw the members view.
NOT_AT_START = (
    "mentorat_desktop.cli_commands",
    "mentorat_desktop.cli_common",
    "mentorat_desktop.core.backups",
    "mentorat_desktop.core.demo_file",
    "mentorat_desktop.i18n.storage_messages",
    "mentorat_desktop.gui.help.window",
    "mentorat_desktop.core.services.pairs",
    "mentorat_desktop.core.services.training",
    "mentorat_desktop.core.services.member_input",
    "mentorat_desktop.gui.members.archive",
    "mentorat_desktop.gui.pairs.view",
    "sqlalchemy",
    "alembic",
    "reportlab",
    "openpyxl",
    "numpy",
    "highspy",
    "psycopg",
)

_START = """
import json, sys
from pathlib import Path
import mentorat_desktop.cli, mentorat_desktop.cli_window
from mentorat_desktop.gui.screenshot import take_screenshot
code = take_screenshot(Path(sys.argv[1]), "members", None, (1024, 700), None)
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
built = sorted(
    f"{module.__name__.rsplit('.', 1)[-1]}.{name}"
    for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
    for name, value in list(vars(module).items())
    if isinstance(value, type)
)
print(json.dumps({"code": code, "modules": sorted(sys.modules), "built": built}))
"""

# Qt classes that PySide6 builds, with their enumerations, only when Python first touches
# them (a few milliseconds each): drawing the members view needs none of these.
NOT_BUILT_AT_START = (
    "QtGui.QShowEvent",  # a showEvent() overridden in Python
    "QtGui.QIcon",  # QAction(text, parent), QPushButton(text, parent): see gui/plain.py
    "QtGui.QFontDatabase",
    "QtWidgets.QStyle",
    "QtWidgets.QMessageBox",
    "QtWidgets.QFileDialog",
)


def test_drawing_the_members_view_loads_only_what_it_needs(tmp_path: Path) -> None:
    from mentorat_desktop.core.demo import write_demo_database

    db = tmp_path / "demo.sqlite3"
    write_demo_database(db, members=60)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _START, str(db)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["code"] == 0
    loaded = set(found["modules"])
    assert "mentorat_desktop.gui.members.view" in loaded  # the view was really drawn
    early = [name for name in NOT_AT_START if name in loaded]
    assert early == []
    built = set(found["built"])
    assert "QtWidgets.QTableView" in built
    assert [name for name in NOT_BUILT_AT_START if name in built] == []


def test_collections_wait_for_the_window_and_resume_after() -> None:
    assert gc.isenabled()
    held = collector.hold()
    try:
        assert held and not gc.isenabled()
        assert collector.hold() is False  # already held: a second hold owns nothing
    finally:
        collector.release(held)
    assert gc.isenabled()


def test_a_collector_switched_off_by_someone_else_stays_off() -> None:
    gc.disable()
    try:
        held = collector.hold()
        collector.release(held)
        assert not gc.isenabled()
    finally:
        gc.enable()
