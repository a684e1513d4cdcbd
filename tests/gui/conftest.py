"""Fixtures of the GUI tests: an application context on a fresh database, the main window,
and ``find`` to reach a widget by its accessible name, as a screen reader would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from mentorat_desktop.app import AppContext, build_main_window, create_context
from mentorat_desktop.gui.file_dialogs import CONFIG_DIR_VARIABLE
from mentorat_desktop.gui.main_window import MainWindow

W = TypeVar("W", bound=QWidget)


def find(parent: QWidget, cls: type[W], accessible_name: str) -> W:
    """The one ``cls`` under ``parent`` whose accessible name is ``accessible_name``."""
    found = [w for w in parent.findChildren(cls) if w.accessibleName() == accessible_name]
    if len(found) != 1:
        names = sorted({w.accessibleName() for w in parent.findChildren(cls)} - {""})
        pytest.fail(
            f"expected one {cls.__name__} named {accessible_name!r} under "
            f"{type(parent).__name__}, found {len(found)}; the named ones are: {names}"
        )
    return found[0]


@pytest.fixture(name="find")
def find_fixture() -> Callable[..., QWidget]:
    return find


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, accents included (QTest itself only types ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture(name="type_text")
def type_text_fixture(qtbot) -> Callable[[QWidget, str], None]:
    return lambda widget, text: type_text(qtbot, widget, text)


@pytest.fixture(autouse=True)
def no_work_left_running() -> Iterator[None]:
    """A job a test started in the thread pool (a proposal, an export…) ends before the next
    test: it would otherwise run on against a closed database, or at exit."""
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The settings file (last folders of the file dialogs…) in tmp_path, never in the real
    home."""
    folder = tmp_path / "config"
    monkeypatch.setenv(CONFIG_DIR_VARIABLE, str(folder))
    return folder


def _context(path: Path, language: str, qapp: QApplication) -> Iterator[AppContext]:
    locale = QLocale()
    ctx = create_context(path, language, qapp)
    try:
        yield ctx
    finally:
        ctx.close()
        QLocale.setDefault(locale)


@pytest.fixture
def ctx(tmp_path: Path, qapp: QApplication) -> Iterator[AppContext]:
    """An English application on an empty database."""
    yield from _context(tmp_path / "m.sqlite3", "en", qapp)


@pytest.fixture
def ctx_fr(tmp_path: Path, qapp: QApplication) -> Iterator[AppContext]:
    """A French (France) application on an empty database."""
    yield from _context(tmp_path / "m-fr.sqlite3", "fr_FR", qapp)


@pytest.fixture
def window(ctx: AppContext, qtbot) -> MainWindow:
    main = build_main_window(ctx)
    qtbot.addWidget(main)
    return main
