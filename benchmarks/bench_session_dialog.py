"""Log-a-session dialog benchmark (run: python3 tasks.py bench, or this file with the venv).

On the follow-up benchmark's database (2,500 pairs, 5,000 members, 100,000 sessions), times
Ctrl+L: from the main window's slot (``MainWindow.log_session``, the path the shortcut takes,
with the application's own services) until the dialog is shown, painted (grabbed) and its
pair field holds the keyboard focus. Alternated in the same run with a bare QDialog holding
the same plain widgets, with no data, opened and rendered the same way.

Target: the median at most 5 times the bare dialog's (benchmarks/floor.py; after one
warm-up; each dialog closed and deleted before the next). The first Ctrl+L after start-up
also imports the dialog's modules and reads the pairs: printed apart.

Usage: bench_session_dialog.py [--pairs N] [--sessions N] [--runs N] [--seed N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import floor
from bench_followup import build_database

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

TARGET_RATIO = 5.0


def bare_dialog(parent: QWidget) -> QDialog:
    """The baseline: the session dialog's widgets, plain and empty, laid out the same way."""
    from PySide6.QtWidgets import (
        QComboBox,
        QDateEdit,
        QDialog,
        QDialogButtonBox,
        QFormLayout,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QVBoxLayout,
    )

    dialog = QDialog(parent)
    form = QFormLayout()
    pair = QComboBox(dialog)
    pair.setEditable(True)
    form.addRow(QLabel("Pair:", dialog), pair)
    form.addRow(QLabel("Date:", dialog), QDateEdit(dialog))
    form.addRow(QLabel("Duration:", dialog), QLineEdit(dialog))
    form.addRow("", QLabel(dialog))
    form.addRow(QLabel("Mode:", dialog), QComboBox(dialog))
    form.addRow(QLabel("Place:", dialog), QLineEdit(dialog))
    form.addRow(QLabel("Topics:", dialog), QLineEdit(dialog))
    form.addRow(QLabel("Who taught:", dialog), QComboBox(dialog))
    form.addRow(QLabel("Notes:", dialog), QPlainTextEdit(dialog))
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    pair.setFocus()
    dialog.open()
    return dialog


def time_open(qapp: QApplication, open_dialog: Callable[[], QDialog]) -> float:
    """Milliseconds from the call to a dialog shown, painted, with its first field focused;
    the dialog is then closed and deleted (not timed)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QComboBox

    start = time.perf_counter()
    dialog = open_dialog()
    qapp.processEvents()
    dialog.grab()
    focus = dialog.focusWidget()
    elapsed = (time.perf_counter() - start) * 1000
    assert dialog.isVisible(), "the dialog is not shown"
    combo = focus if isinstance(focus, QComboBox) else focus and focus.parentWidget()
    assert isinstance(combo, QComboBox), f"the focus is on {focus!r}, not the pair field"
    dialog.reject()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(dialog, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2500)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    from mentorat_desktop.app import build_main_window, create_context, get_qapp

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        start = time.perf_counter()
        build_database(path, args.pairs, args.sessions, args.seed)
        print(
            f"database: {args.pairs} pairs, {2 * args.pairs} members, {args.sessions} sessions, "
            f"built in {time.perf_counter() - start:.1f} s"
        )
        qapp = get_qapp(offscreen=True)
        ctx = create_context(path, None, qapp)
        try:
            window = build_main_window(ctx)
            window.resize(1280, 800)
            window.show()
            qapp.processEvents()
            # The first Ctrl+L also imports the dialog's modules (once per session).
            first_ms = time_open(qapp, window.log_session)
            time_open(qapp, lambda: bare_dialog(window))  # warm-up of the baseline
            time_open(qapp, window.log_session)  # warm-up
            bare, real = [], []
            for _ in range(args.runs):
                bare.append(time_open(qapp, lambda: bare_dialog(window)))
                real.append(time_open(qapp, window.log_session))
            window.close()
        finally:
            ctx.close()
    median, base = statistics.median(real), statistics.median(bare)
    p90 = statistics.quantiles(real, n=10)[-1] if len(real) > 1 else real[0]
    print(f"first Ctrl+L (imports the dialog's modules, reads the pairs): {first_ms:.0f} ms")
    print(
        f"Ctrl+L to a painted, focused session dialog (median of {args.runs}, alternated): "
        f"bare QDialog {floor.spread(bare)} | session dialog {floor.spread(real)}, "
        f"p90 {p90:.1f} ms"
    )
    ok = floor.report(
        [
            floor.figure(
                "Ctrl+L, session dialog painted and focused / a bare QDialog (ms)",
                median,
                base,
                TARGET_RATIO,
            )
        ]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
