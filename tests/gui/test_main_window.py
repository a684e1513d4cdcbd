"""The main window: tabs, menus, export, import, preferences and the demo."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton

from mentorat_desktop import __version__
from mentorat_desktop.core.enums import MemberStatus
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.gui import main_window
from mentorat_desktop.gui.import_dialog import ImportMembersDialog
from mentorat_desktop.gui.members.dialog import MemberDialog
from mentorat_desktop.gui.preferences_dialog import PreferencesDialog


def menu_texts(window) -> dict[str, list[str]]:
    """Each menu's title and its actions' texts, without the '&' of the mnemonics."""
    menus = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        menus[action.text().replace("&", "")] = [
            a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()
        ]
    return menus


def action(window, menu: str, text: str) -> QAction:
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu:
            for a in top.menu().actions():
                if a.text().replace("&", "") == text:
                    return a
    pytest.fail(f"no {menu} > {text} in {menu_texts(window)}")


@pytest.fixture
def save_as(monkeypatch):
    """Answer the "save as" dialog with a path (None: the user cancels)."""
    asked: list[str] = []

    def answer(path: Path | None) -> list[str]:
        def fake(parent, caption, directory="", file_filter="", *args, **kwargs):
            asked.append(directory)
            return (str(path) if path else "", "")

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
        return asked

    return answer


def test_title_tabs_and_status_bar(ctx, window):
    assert window.windowTitle() == "Mentorat"
    assert window.tabs.count() == 5
    assert window.tabs.tabText(0).replace("&", "") == "Members"
    assert window.tabs.tabText(1).replace("&", "") == "Pairs"
    assert window.tabs.tabText(2).replace("&", "") == "Sessions"
    assert window.tabs.currentWidget() is window.members_view
    assert str(ctx.db.path) in window.statusBar().currentMessage()


def test_menus(window):
    menus = menu_texts(window)
    assert list(menus) == ["File", "Data", "Edit", "Members", "Pairs", "Sessions", "View", "Help"]
    assert menus["File"] == [
        "Import members…",
        "Export members…",
        "Preferences…",
        "Open the demo",
        "Set up the association…",
        "Quit",
    ]
    assert menus["Edit"][:2] == ["Undo", "Redo"]
    assert menus["Members"] == [
        "Add a member",
        "Edit the member",
        "Archive",
        "Restore",
        "Export this person’s data…",
        "Erase this person…",
        "Members past the retention period…",
        "Training sessions…",
        "Start the sign-up kiosk…",
        "Kiosk sign-ups…",
    ]
    assert menus["Pairs"] == [
        "Suggest pairs…",
        "New pair…",
        "Print charters…",
        "Refused suggestions…",
        "Cohorts…",
        "Speed-meeting evening…",
        "Kickoff evening…",
    ]
    assert menus["Sessions"] == ["Log a session…", "Import sessions…", "Export sessions…"]
    assert menus["View"] == ["Larger text", "Smaller text", "Normal size"]
    assert menus["Help"] == ["User guide", "About Mentorat"]
    assert action(window, "File", "Import members…").shortcut().toString() == "Ctrl+I"
    assert action(window, "File", "Export members…").shortcut().toString() == "Ctrl+E"


def test_undo_is_disabled_when_there_is_nothing_to_undo(window):
    assert not action(window, "Edit", "Undo").isEnabled()
    assert not action(window, "Edit", "Redo").isEnabled()


def test_show_view_brings_the_members_forward(window):
    window.show()
    window.show_view("members")
    assert window.tabs.currentWidget() is window.members_view
    assert window.members_view.isVisible()


def test_export_writes_the_members(ctx, window, tmp_path, save_as, qtbot):
    ctx.members.add(MemberInput(first_name="Émile", last_name="Émery", city="Québec"))
    anne = ctx.members.add(MemberInput(first_name="Anne", last_name="Dupont"))
    ctx.members.archive([anne.id])
    asked = save_as(tmp_path / "export")  # no extension typed
    action(window, "File", "Export members…").trigger()
    qtbot.waitUntil(lambda: not window.exporter.is_running())  # written in another thread
    assert asked == ["members.csv"]  # the name suggested
    written = tmp_path / "export.csv"
    assert written.exists()
    with written.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert len(rows) == 3  # titles, then both members (archived ones too)
    assert {"Émery", "Dupont"} <= {cell for row in rows for cell in row}
    assert window.statusBar().currentMessage().startswith("2 member")


def test_export_cancelled_writes_nothing(ctx, window, tmp_path, save_as):
    ctx.members.add(MemberInput(first_name="Anne", last_name="Dupont"))
    before = window.statusBar().currentMessage()
    save_as(None)
    action(window, "File", "Export members…").trigger()
    assert list(tmp_path.glob("*.csv")) == []
    assert window.statusBar().currentMessage() == before


def test_export_failure_is_explained(ctx, window, tmp_path, save_as, monkeypatch, qtbot):
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda parent, title, text, *a, **k: warnings.append(text)),
    )
    save_as(tmp_path / "missing-folder" / "export.csv")
    action(window, "File", "Export members…").trigger()
    qtbot.waitUntil(lambda: not window.exporter.is_running())  # written in another thread
    assert len(warnings) == 1
    assert "could not be written" in warnings[0]


def test_import_menu_opens_the_preview(ctx, window, tmp_path, monkeypatch, qtbot):
    path = tmp_path / "liste.csv"
    path.write_text("Prénom;Nom\nAnne;Dupont\n", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(path), "")),
    )
    window.show()
    action(window, "File", "Import members…").trigger()
    (dialog,) = window.findChildren(ImportMembersDialog)
    assert dialog.isVisible()
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy())  # the import runs in another thread
    assert [m.full_name for m in ctx.members.list_members()] == ["Anne Dupont"]
    assert window.members_view.model.rowCount() == 1


def test_import_cancelled_opens_nothing(window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    assert window.import_members() is None
    assert window.findChildren(ImportMembersDialog) == []


def test_ctrl_i_asks_for_a_file(window, qtbot, monkeypatch):
    asked: list[bool] = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (asked.append(True) or "", "")),
    )
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.members_view.search, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]


def test_members_menu_adds_a_member(window):
    window.show()
    action(window, "Members", "Add a member").trigger()
    dialogs = [d for d in window.findChildren(MemberDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_preferences_change_the_window_title(ctx, window, find, qtbot, type_text):
    window.show()
    action(window, "File", "Preferences…").trigger()
    (dialog,) = window.findChildren(PreferencesDialog)
    assert dialog.isVisible()
    type_text(find(dialog, QLineEdit, "Association"), "Les Passerelles de Québec")
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ctx.settings.get().association_name == "Les Passerelles de Québec"
    assert window.windowTitle() == "Mentorat — Les Passerelles de Québec"


def test_title_shows_the_association_at_start(ctx, qtbot):
    ctx.settings.update(association_name="Entre Générations")
    window = main_window.MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Mentorat — Entre Générations"


def test_demo_opens_in_another_process(window, find, qtbot, monkeypatch):
    started: list[tuple[str, list[str]]] = []

    class FakeProcess:
        @staticmethod
        def startDetached(program, arguments):
            started.append((program, list(arguments)))
            return True

    monkeypatch.setattr(QProcess, "startDetached", FakeProcess.startDetached)
    window.show()
    page = window.members_view.stack.currentWidget()
    qtbot.mouseClick(find(page, QPushButton, "Open the demo"), Qt.MouseButton.LeftButton)
    assert len(started) == 1
    program, arguments = started[0]
    assert arguments == ["-m", "mentorat_desktop", "--demo", "--lang", "en"]
    assert Path(program).name.startswith("python")


def test_about_names_the_version(window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "about",
        staticmethod(lambda parent, title, text: shown.append(text)),
    )
    action(window, "Help", "About Mentorat").trigger()
    assert len(shown) == 1 and __version__ in shown[0]


def test_archived_members_are_exported_as_archived(ctx, window, tmp_path, save_as, qtbot):
    anne = ctx.members.add(MemberInput(first_name="Anne", last_name="Dupont"))
    ctx.members.set_status([anne.id], MemberStatus.ARCHIVED)
    save_as(tmp_path / "export.csv")
    action(window, "File", "Export members…").trigger()
    qtbot.waitUntil(lambda: not window.exporter.is_running())  # written in another thread
    with (tmp_path / "export.csv").open(encoding="utf-8-sig", newline="") as fh:
        titles, row = list(csv.reader(fh, delimiter=";"))
    assert dict(zip(titles, row, strict=True))["Statut"] == "Archivé"
