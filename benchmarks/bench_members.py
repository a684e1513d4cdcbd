"""Members register benchmark (run: python3 tasks.py bench, or this file with the venv).

1. Start-up to a rendered members view on a 5,000-member database, against a bare PySide6
   window rendered the same way (grabbed), each a process of its own, the two alternated in
   one run, each timed from the start of its process to the moment its window is drawn
   (closing the program is not start-up; the time to each process's end is printed as
   context). Target: at most 2 times the bare window. The figure is the run whose ratio
   (the members view against the bare window started just before or after it) is the
   median of the 15: its two times side by side. The medians of each side are printed too:
   on a shared machine whose speed changes between runs, their ratio mixes fast and slow
   runs (over seven runs of the benchmark on one VM in one afternoon it went from 1.71 to
   2.04, the run-by-run median from 1.87 to 1.99, both centred near 1.9).
   Its peak memory (the process's ru_maxrss) against the bare window's: target at most 2
   times (medians: memory does not move with the machine's speed).
2. Search-as-you-type: one keystroke in the search box, until the table has repainted,
   against a bare QSortFilterProxyModel filtering the same 5,000 rows (the text the members
   table shows) in a plain table, typed the same way, alternated query by query.
   Target: median at most 2 times the bare table's.

Prints the figures (benchmarks/floor.py); the README quotes them.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import floor

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QWidget

MEMBERS = 5000
STARTUP_RUNS = 15  # each start is noisy on a shared machine: the median of 15, alternated
START_TARGET = 2.0
MEMORY_TARGET = 2.0
KEY_TARGET = 2.0

BARE_WINDOW = (
    floor.PEAK_SNIPPET
    + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1280, 800)
window.show()
for _ in range(5):
    app.processEvents()
_mark_rendered()
image = window.grab()
_print_peak()
"""
)

# The application's real start-up path (the command line module included), shown and given
# the same five turns of the event loop. Both sides mark the moment the window is drawn
# (the first paint is done by then), before the grab: grabbing paints the whole window a
# second time into an image, which a start-up does not do, and the screenshot's teardown
# after it (closing the window and the database) is not start-up either. Neither side
# encodes a PNG.
APP_WINDOW = (
    floor.PEAK_SNIPPET
    + """
import sys
from pathlib import Path
from mentorat_desktop.start import prepare
prepare()  # as the program's entry point (start.py) does before its first import
import mentorat_desktop.cli, mentorat_desktop.cli_window
from mentorat_desktop.gui.screenshot import take_screenshot
from PySide6.QtWidgets import QWidget
_grab = QWidget.grab
def _marked_grab(widget, *args):
    _mark_rendered()  # take_screenshot grabs once its window is drawn
    return _grab(widget, *args)
QWidget.grab = _marked_grab
code = take_screenshot(Path(sys.argv[1]), "members", None, (1280, 800), None)
_print_peak()
sys.exit(code)
"""
)


def _time_process(args: list[str]) -> float:
    return floor.run_to_rendered(args)[0]


def compile_bytecode() -> None:
    """Write the package's .pyc files, as installing it does: a machine where Python is told
    not to write bytecode (PYTHONDONTWRITEBYTECODE) would otherwise compile every module from
    source at each start, which no installed copy does."""
    import compileall

    import mentorat_desktop

    compileall.compile_dir(Path(mentorat_desktop.__file__).parent, quiet=1)


def median_run(app: list[float], bare: list[float]) -> tuple[float, float]:
    """The two times of the run whose ratio, the members view against the bare window
    started beside it, is the median (the lower middle for an even count)."""
    ratios = [a / b for a, b in zip(app, bare, strict=True)]
    middle = sorted(range(len(ratios)), key=ratios.__getitem__)[(len(ratios) - 1) // 2]
    return app[middle], bare[middle]


def bench_startup(db: Path) -> dict[str, list[float]]:
    """Seconds and peak MB of each start, bare window and members view, alternated."""
    compile_bytecode()
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    app_cmd = [sys.executable, "-c", APP_WINDOW, str(db)]
    _time_process(bare_cmd)  # warm the file cache for both
    _time_process(app_cmd)
    found: dict[str, list[float]] = {
        name: [] for name in ("bare", "app", "bare_mb", "app_mb", "bare_exit", "app_exit")
    }
    for run in range(STARTUP_RUNS):
        order = (("bare", bare_cmd), ("app", app_cmd))
        for name, cmd in order if run % 2 == 0 else order[::-1]:
            seconds, ended, megabytes = floor.run_to_rendered(cmd)
            found[name].append(seconds)
            found[f"{name}_exit"].append(ended)
            found[f"{name}_mb"].append(megabytes)
    return found


QUERIES = (
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


def bare_table(rows: list[list[str]], headers: list[str]) -> tuple[QWidget, QLineEdit]:
    """The floor of the search: a plain window with a line edit and a table whose
    QSortFilterProxyModel filters the same rows (every column, case ignored) on each
    keystroke."""
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    window = QWidget()
    search = QLineEdit(window)
    table = QTableView(window)
    table.setModel(proxy)
    search.textChanged.connect(proxy.setFilterFixedString)
    layout = QVBoxLayout(window)
    layout.addWidget(search)
    layout.addWidget(table)
    window.resize(1280, 800)
    window._keep = (model, proxy)  # type: ignore[attr-defined]
    return window, search


def bench_search(db: Path) -> tuple[list[float], list[float]]:
    """Milliseconds per keystroke: (the members view, the bare table), query by query in
    turns (the order swapped each query)."""
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
    shown = window.members_view.table.model()
    headers = [
        str(shown.headerData(c, Qt.Orientation.Horizontal)) for c in range(shown.columnCount())
    ]
    rows = [
        [str(shown.index(r, c).data() or "") for c in range(shown.columnCount())]
        for r in range(shown.rowCount())
    ]
    bare, bare_search = bare_table(rows, headers)
    bare.show()
    qapp.processEvents()

    def type_query(box: QLineEdit, query: str) -> list[float]:
        box.clear()
        qapp.processEvents()
        timings = []
        for char in query:
            start = time.perf_counter()
            if char == " ":
                QTest.keyClick(box, Qt.Key.Key_Space)
            else:
                # the character itself (accents too); keyClicks would map it to an ASCII key
                QTest.keyClick(box, char)  # type: ignore[call-overload]
            qapp.processEvents()
            timings.append((time.perf_counter() - start) * 1000)
        return timings

    app_keys: list[float] = []
    bare_keys: list[float] = []
    type_query(search, QUERIES[0])  # warm-up, both sides
    type_query(bare_search, QUERIES[0])
    for n, query in enumerate(QUERIES):
        if n % 2:
            bare_keys += type_query(bare_search, query)
            app_keys += type_query(search, query)
        else:
            app_keys += type_query(search, query)
            bare_keys += type_query(bare_search, query)
    bare.close()
    window.close()
    ctx.close()
    return app_keys, bare_keys


def main() -> int:
    from mentorat_desktop.core.demo import write_demo_database

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.sqlite3"
        started = time.perf_counter()
        write_demo_database(db, members=MEMBERS, seed=7)
        print(f"demo database, {MEMBERS} members: {time.perf_counter() - started:.2f} s")
        starts = bench_startup(db)
        bare, app = (statistics.median(starts[k]) * 1000 for k in ("bare", "app"))
        run_app, run_bare = (t * 1000 for t in median_run(starts["app"], starts["bare"]))
        bare_mb, app_mb = (statistics.median(starts[k]) for k in ("bare_mb", "app_mb"))
        print(
            f"start-up to a rendered view (median of {STARTUP_RUNS}, alternated): "
            f"bare PySide6 window {bare:.0f} ms, {bare_mb:.0f} MB | "
            f"members view {app:.0f} ms, {app_mb:.0f} MB; "
            f"to the process's end: bare {statistics.median(starts['bare_exit']) * 1000:.0f} ms, "
            f"members view {statistics.median(starts['app_exit']) * 1000:.0f} ms"
        )
        # A shared machine can change speed between runs (two levels apart within one run
        # were seen): each run against its neighbour, then the median of those.
        pairs = [a / b for a, b in zip(starts["app"], starts["bare"], strict=True)]
        print(
            f"  runs, in order: bare {', '.join(f'{t * 1000:.0f}' for t in starts['bare'])} ms"
            f" | members view {', '.join(f'{t * 1000:.0f}' for t in starts['app'])} ms"
            f" | run by run {min(pairs):.2f}-{max(pairs):.2f}; median run {run_app:.0f}"
            f" against {run_bare:.0f} ms; ratio of the two medians {app / bare:.2f}"
        )
        keys, bare_keys = bench_search(db)
        median = statistics.median(keys)
        p90 = statistics.quantiles(keys, n=10)[-1]
        print(
            f"search-as-you-type on {MEMBERS} members, {len(keys)} keystrokes: "
            f"median {median:.1f} ms | p90 {p90:.1f} ms | max {max(keys):.1f} ms; "
            f"bare QSortFilterProxyModel: {floor.spread(bare_keys)}"
        )
        ok = floor.report(
            [
                floor.figure(
                    "start-up to a rendered members view, 5,000 members / a bare window, "
                    "median run (ms)",
                    run_app,
                    run_bare,
                    START_TARGET,
                ),
                floor.figure(
                    "start-up peak memory, 5,000 members / a bare window (MB)",
                    app_mb,
                    bare_mb,
                    MEMORY_TARGET,
                ),
                floor.figure(
                    "search, one keystroke on 5,000 members / a bare QSortFilterProxyModel (ms)",
                    median,
                    statistics.median(bare_keys),
                    KEY_TARGET,
                ),
            ]
        )
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
