"""Fixtures of the GUI tests: an application context on a fresh database, the main window,
``find`` to reach a widget by its accessible name, as a screen reader would, and the helpers
several test files share (typing, activating a window, the errors shown, a tree's rows)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTreeWidget, QWidget

from mentorat_desktop.app import build_main_window, create_context
from mentorat_desktop.gui.context import AppContext
from mentorat_desktop.gui.file_dialogs import CONFIG_DIR_VARIABLE
from mentorat_desktop.gui.main_window import MainWindow
from mentorat_desktop.gui.widgets import ErrorLabel, FieldWithError

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


@pytest.fixture(name="activate")
def activate_fixture(qtbot) -> Callable[[QWidget], None]:
    """Make a window the active one, as keyboard shortcuts need."""

    def activate(window: QWidget) -> None:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    return activate


def shown_errors(dialog: QWidget) -> list[str]:
    """The error messages shown under ``dialog``'s fields."""
    return [e.text() for e in dialog.findChildren(ErrorLabel) if e.isVisible()]


@pytest.fixture(name="shown_errors")
def shown_errors_fixture() -> Callable[[QWidget], list[str]]:
    return shown_errors


def error_beside(widget: QWidget) -> ErrorLabel:
    """The error line of the field ``widget`` is the input of."""
    row = widget.parentWidget()
    assert isinstance(row, FieldWithError)
    return row.error


@pytest.fixture(name="error_beside")
def error_beside_fixture() -> Callable[[QWidget], ErrorLabel]:
    return error_beside


def tree_rows(tree: QTreeWidget) -> list[list[str]]:
    """The texts of a tree's rows, column by column."""
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


@pytest.fixture(name="tree_rows")
def tree_rows_fixture() -> Callable[[QTreeWidget], list[list[str]]]:
    return tree_rows


def _no_translators(app: QApplication) -> None:
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)  # no longer found as installed (ensure_translations)
        translator.deleteLater()


@pytest.fixture(autouse=True)
def own_language(qapp: QApplication) -> Iterator[None]:
    """Each test starts with no translator and the default locale, and leaves none behind:
    with pytest -n the tests of a worker do not run in the files' order, and a language left
    installed by one (a French context, a command run in French) would change the next."""
    locale = QLocale()
    _no_translators(qapp)
    yield
    _no_translators(qapp)
    QLocale.setDefault(locale)


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
