"""The Qt binding installed keeps Python's own objects alive.

PySide6 6.12.0 on Python 3.11 released a reference to None that it never took on every call
of a Qt method returning nothing; after some thousands of calls (one session dialog on a
large register fills a list with two per pair) the application aborted with "deallocating
None". pyproject.toml keeps that version out; this test fails if such a binding comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel


def test_qt_calls_do_not_drain_the_references_to_none(qtbot) -> None:
    label, combo = QLabel(), QComboBox()
    qtbot.addWidget(label)
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for k in range(500):
        label.setText(str(k))
        combo.addItem(str(k), k)
    combo.clear()
    assert sys.getrefcount(None) >= before - 50
