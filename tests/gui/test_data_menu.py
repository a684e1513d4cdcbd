"""Where things are: the data file in the Data menu and in About; opening the data folder,
another database or a new one (each in a window of its own); the demo that says so in its
title and a banner, and can be reset."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, Qt, QtMsgType, QUrl
from PySide6.QtGui import QDesktopServices, QUndoCommand
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from mentorat_desktop import __version__
from mentorat_desktop.app import build_main_window, create_context
from mentorat_desktop.core import database
from mentorat_desktop.core.backups import backup_folder
from mentorat_desktop.core.demo_file import write_demo_whole
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.gui import data as data_module
from mentorat_desktop.gui.demo_banner import DemoBanner

BENIGN = ("propagateSizeHints",)


@pytest.fixture(autouse=True)
def no_qt_warnings(qtlog):
    yield
    warnings = [
        r.message
        for r in qtlog.records
        if r.type != QtMsgType.QtDebugMsg and not any(b in r.message for b in BENIGN)
    ]
    assert warnings == []


def menu_action(window, menu_title: str, text: str):
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu_title:
            for action in top.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    return None


def data_actions(window) -> list[str]:
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == "Data":
            return [a.text().replace("&", "") for a in top.menu().actions() if a.text()]
    raise AssertionError("no Data menu")


@pytest.fixture
def started(monkeypatch) -> list[tuple[str, list[str]]]:
    """Processes started by the application, recorded instead."""
    calls: list[tuple[str, list[str]]] = []

    class FakeProcess:
        @staticmethod
        def startDetached(program, arguments):
            calls.append((program, list(arguments)))
            return True, 4242

    monkeypatch.setattr(QProcess, "startDetached", FakeProcess.startDetached)
    return calls


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True)
    )
    return urls


@pytest.fixture
def warned(monkeypatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: texts.append(text))
    )
    return texts


# -- where things are ----------------------------------------------------------------------------


def test_the_data_menu_says_where_the_file_is(window, ctx):
    actions = data_actions(window)
    assert actions[0] == f"Data file: {ctx.db.path}"
    for expected in (
        "Back up now",
        "Open the data folder",
        "Open the backups folder",
        "Open another database…",
        "New database…",
    ):
        assert expected in actions
    assert "Reset the demo…" not in actions  # not a demo
    assert not menu_action(window, "Data", f"Data file: {ctx.db.path}").isEnabled()


def test_about_shows_the_data_file_and_the_backups(window, ctx, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append(text))
    )
    menu_action(window, "Help", "About Mentorat").trigger()
    (text,) = shown
    assert __version__ in text
    assert f"Data file: {ctx.db.path}" in text
    assert f"Backups: {backup_folder(ctx.db.path)}" in text


def test_open_the_data_folder(window, ctx, opened):
    menu_action(window, "Data", "Open the data folder").trigger()
    assert [u.toLocalFile() for u in opened] == [str(ctx.db.path.parent)]


def test_open_another_database_in_a_new_window(window, tmp_path, started, monkeypatch):
    other = tmp_path / "autre.sqlite3"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    menu_action(window, "Data", "Open another database…").trigger()
    ((program, arguments),) = started
    assert program == sys.executable
    assert arguments == ["-m", "mentorat_desktop", "--db", str(other), "--lang", "en"]
    assert str(other) in window.statusBar().currentMessage()


def test_the_open_database_is_not_opened_twice(window, ctx, started):
    assert not window.data_menu.open_other_database(str(ctx.db.path))
    assert started == []
    assert "is the database open in this window" in window.statusBar().currentMessage()


def test_a_new_database_gets_its_extension_and_a_window(window, tmp_path, started, monkeypatch):
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "printemps"), "")),
    )
    menu_action(window, "Data", "New database…").trigger()
    ((_program, arguments),) = started
    assert arguments[2:4] == ["--db", str(tmp_path / "printemps.sqlite3")]


def test_a_new_database_never_replaces_a_file(window, ctx, started, warned):
    assert not window.data_menu.new_database(str(ctx.db.path))
    assert started == []
    assert warned and "already exists" in warned[0]


def test_a_frozen_build_starts_its_own_executable(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    program, arguments = data_module.application_command(["--demo"])
    assert program == sys.executable and arguments == ["--demo"]


# -- the demo ------------------------------------------------------------------------------------


@pytest.fixture
def demo_path(tmp_path, monkeypatch) -> Path:
    """The demo file of "Open the demo", here in tmp_path, written small."""
    path = tmp_path / "data" / "demo.sqlite3"
    path.parent.mkdir()
    monkeypatch.setattr(database, "demo_database_path", lambda: path)
    write_demo_whole(path, members=12)
    return path


@pytest.fixture
def demo_window(demo_path, qapp, qtbot):
    ctx = create_context(demo_path, "en", qapp)
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    yield window
    window.close()
    ctx.close()


def test_the_demo_says_so(demo_window):
    name = demo_window.ctx.settings.get().association_name
    assert name and demo_window.windowTitle() == f"Mentorat — {name} — Demonstration"
    banner = demo_window.findChild(DemoBanner)
    assert banner is demo_window.demo_banner
    assert "fictional" in banner.label.text()
    assert "Reset the demo…" in data_actions(demo_window)


def test_real_data_has_no_banner(window):
    assert window.findChild(DemoBanner) is None
    assert "Demonstration" not in window.windowTitle()


def test_resetting_the_demo_asks_first(demo_window, monkeypatch, qtbot):
    ctx = demo_window.ctx
    ctx.settings.update(association_name="Changed")
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No),
    )
    qtbot.mouseClick(demo_window.demo_banner.reset_button, Qt.MouseButton.LeftButton)
    assert asked and "Your own database is not touched" in asked[0]
    assert demo_window.data_menu.job is None
    assert ctx.settings.get().association_name == "Changed"


def test_reset_the_demo_makes_it_new_again(demo_window, demo_path, monkeypatch, qtbot, warned):
    ctx = demo_window.ctx
    association = ctx.settings.get().association_name
    ctx.members.add(MemberInput(first_name="Réelle", last_name="Personne", birth_year=1980))
    ctx.settings.update(association_name="Changed")
    assert demo_window.windowTitle().startswith("Mentorat — Changed")
    ctx.undo_stack.push(QUndoCommand("an edit of the demo as it was"))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    menu_action(demo_window, "Data", "Reset the demo…").trigger()
    job = demo_window.data_menu.job
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=30000)
    assert warned == []
    assert ctx.settings.get().association_name == association
    names = [m.first_name for m in ctx.members.list_members()]
    assert "Réelle" not in names and names  # the demo's people, as new
    assert demo_window.windowTitle() == f"Mentorat — {association} — Demonstration"
    assert ctx.undo_stack.count() == 0
    assert "The demo was reset" in demo_window.statusBar().currentMessage()
    # The demo as it was is kept as a backup.
    assert list(backup_folder(demo_path).glob("*.sqlite3"))


def test_the_banner_in_french(demo_path, qapp, qtbot):
    ctx = create_context(demo_path, "fr_FR", qapp)
    try:
        window = build_main_window(ctx)
        qtbot.addWidget(window)
        banner = window.findChild(DemoBanner)
        assert banner is not None
        texts = [label.text() for label in banner.findChildren(QLabel)]
        assert texts and all(t for t in texts)
        assert banner.findChild(QPushButton) is banner.reset_button
        window.close()
    finally:
        ctx.close()
