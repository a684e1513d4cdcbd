"""Members register benchmark (run: python3 tasks.py bench, or this file with the venv).

1. Start-up to a rendered members view on a 5,000-member database, against a bare PySide6
   window rendered the same way (grabbed to a PNG), the two alternated in one run.
   Target: at most 2.5 times the bare window.
2. Search-as-you-type: one keystroke in the search box, until the table has repainted.
   Target: median at most 16 ms.

Prints the figures; the README quotes them.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MEMBERS = 5000
STARTUP_RUNS = 9
START_TARGET = 2.5
KEY_TARGET_MS = 16.0

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1280, 800)
window.show()
for _ in range(5):
    app.processEvents()
image = window.grab()
"""

# The application's real start-up path (the command line module included), rendered and
# grabbed the same way; neither side encodes a PNG, which is not part of starting up.
APP_WINDOW = """
import sys
from pathlib import Path
import mentorat_desktop.cli, mentorat_desktop.cli_commands
from mentorat_desktop.gui.screenshot import take_screenshot
sys.exit(take_screenshot(Path(sys.argv[1]), "members", None, (1280, 800), None))
"""


def _time_process(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def compile_bytecode() -> None:
    """Write the package's .pyc files, as installing it does: a machine where Python is told
    not to write bytecode (PYTHONDONTWRITEBYTECODE) would otherwise compile every module from
    source at each start, which no installed copy does."""
    import compileall

    import mentorat_desktop

    compileall.compile_dir(Path(mentorat_desktop.__file__).parent, quiet=1)


def bench_startup(db: Path) -> tuple[float, float]:
    compile_bytecode()
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    app_cmd = [sys.executable, "-c", APP_WINDOW, str(db)]
    _time_process(bare_cmd)  # warm the file cache for both
    _time_process(app_cmd)
    bare, app = [], []
    for _ in range(STARTUP_RUNS):
        bare.append(_time_process(bare_cmd))
        app.append(_time_process(app_cmd))
    return statistics.median(bare), statistics.median(app)


def bench_search(db: Path) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from mentorat_desktop.app import build_main_window, create_context, get_qapp

    qapp = get_qapp(offscreen=True)
    ctx = create_context(db, "fr_FR", qapp)
    window = build_main_window(ctx)
    window.resize(1280, 800)
    window.show()
    qapp.processEvents()
    search = window.members_view.search
    timings = []
    queries = (
        "tremblay",
        "reseaux sociaux",
        "montréal",
        "gagnon lyon",
        "zz",
        "negociation",
        "boivin",
        "cybersecurite",
        "example.ca",
        "lefevre",
    )
    for query in queries:
        search.clear()
        qapp.processEvents()
        for char in query:
            start = time.perf_counter()
            QTest.keyClick(search, char if char != " " else Qt.Key.Key_Space)
            qapp.processEvents()
            timings.append((time.perf_counter() - start) * 1000)
    window.close()
    ctx.close()
    return timings


def main() -> int:
    from mentorat_desktop.core.demo import write_demo_database

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.sqlite3"
        started = time.perf_counter()
        write_demo_database(db, members=MEMBERS, seed=7)
        print(f"demo database, {MEMBERS} members: {time.perf_counter() - started:.2f} s")
        bare, app = bench_startup(db)
        ratio = app / bare
        print(
            f"start-up to a rendered view (median of {STARTUP_RUNS}, alternated): "
            f"bare PySide6 window {bare * 1000:.0f} ms | members view {app * 1000:.0f} ms | "
            f"ratio {ratio:.2f} (target <= {START_TARGET})"
        )
        keys = bench_search(db)
        median = statistics.median(keys)
        p90 = statistics.quantiles(keys, n=10)[-1]
        print(
            f"search-as-you-type on {MEMBERS} members, {len(keys)} keystrokes: "
            f"median {median:.1f} ms | p90 {p90:.1f} ms | max {max(keys):.1f} ms "
            f"(target median <= {KEY_TARGET_MS} ms)"
        )
        ok = ratio <= START_TARGET and median <= KEY_TARGET_MS
        print("targets met" if ok else "TARGETS MISSED")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
