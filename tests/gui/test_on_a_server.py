"""The window on a database on a PostgreSQL server, where there is no file: the commands that
need the laptop's file are not offered, and nothing else reaches for one.

Each test here was a failure found by the type checker (a database on a server has
``db.path = None``). The ones on ``server_ctx`` run on the PostgreSQL test server
(``MENTORAT_TEST_SERVER``) and are skipped without it; the others stand a window's database
as a server's would look (no file, an address) on an ordinary file.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from mentorat_desktop.app import create_context
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.gui.auto_backup import backup_on_close, backup_on_open
from mentorat_desktop.gui.context import AppContext
from mentorat_desktop.gui.data import own_connection
from mentorat_desktop.gui.data.menu import DataMenu
from mentorat_desktop.gui.import_dialog import ImportMembersDialog
from tests.server_databases import ServerDatabases

ADDRESS = "postgresql://mentorat@server.example/association"

CSV = "Prénom;Nom;Courriel\nÉmile;Émery;emile@exemple.org\nBruno;Faure;bruno@exemple.org\n"


@pytest.fixture
def server_ctx(server_databases: ServerDatabases | None, qapp) -> Iterator[AppContext]:
    """The application on a new database of the PostgreSQL test server."""
    if server_databases is None:
        pytest.skip("needs the PostgreSQL test server (MENTORAT_TEST_SERVER)")
    address = server_databases.fresh()
    ctx = create_context(address, "en", qapp)
    try:
        yield ctx
    finally:
        ctx.close()
        server_databases.drop(address)


@pytest.fixture
def looks_on_a_server(ctx: AppContext) -> Iterator[AppContext]:
    """``ctx``'s database as the window sees one on a server: an address, no file."""
    path = ctx.db.path
    assert ctx.db.engine is not None  # made now, on the file, for the "server" to use
    ctx.db.path, ctx.db.address = None, ADDRESS
    try:
        yield ctx
    finally:
        ctx.db.path, ctx.db.address = path, None


@pytest.fixture
def started(monkeypatch) -> list[list[str]]:
    """The arguments of the copies of the application started, recorded instead."""
    calls: list[list[str]] = []

    class FakeProcess:
        @staticmethod
        def startDetached(_program: str, arguments: list[str]) -> tuple[bool, int]:
            calls.append(list(arguments))
            return True, 4242

    monkeypatch.setattr(QProcess, "startDetached", FakeProcess.startDetached)
    return calls


def database_of(arguments: list[str]) -> str:
    return arguments[arguments.index("--db") + 1]


def test_open_another_database_from_a_server_opens_the_file_chosen(
    looks_on_a_server, tmp_path, started, monkeypatch, qtbot
):
    # It read the folder of the open file (there is none) and stopped on an error.
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = DataMenu(window, looks_on_a_server)
    other = tmp_path / "other.sqlite3"
    asked: list[str] = []

    def choose(_parent, _title, start, _filters):
        asked.append(start)
        return str(other), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    assert menu.open_other_database() is True
    assert len(started) == 1 and database_of(started[0]) == str(other)
    assert asked == [""]  # no folder of a file to start in: the dialog's own choice


def test_the_file_commands_do_nothing_on_a_server(looks_on_a_server, qtbot, monkeypatch):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = DataMenu(window, looks_on_a_server)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    assert not menu.backup_action.isVisible() and not menu.restore_action.isVisible()
    menu.back_up_now()
    menu.open_data_folder()
    menu.open_backups_folder()
    assert menu.open_restore() is None
    assert menu.job is None and warned == []


def test_no_automatic_backup_on_a_server(looks_on_a_server, qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    backup_on_open(looks_on_a_server, window)
    backup_on_close(looks_on_a_server)
    assert window.statusBar().currentMessage() == ""


def test_a_job_on_a_server_shares_the_windows_engine(looks_on_a_server):
    # It opened a database with neither file nor server: the first query failed.
    db = looks_on_a_server.db
    with own_connection(db) as mine:
        assert mine.on_server and mine.engine is db.engine
    assert db.engine.pool is not None  # left open for the window


def test_what_a_job_changes_carries_the_coordinators_name(ctx):
    # The job's own connection had no coordinator: an erasure, an anonymising of members
    # past the retention period (both run on a thread) recorded nobody as their author.
    ctx.db.coordinator = "Alice Martin"
    with own_connection(ctx.db) as mine:
        MemberService(mine).add(MemberInput(first_name="Odile", last_name="Fortin"))
    assert ctx.db.query("SELECT changed_by FROM member") == [("Alice Martin",)]


def test_members_are_imported_into_a_server_database(server_ctx, qtbot, tmp_path, monkeypatch):
    # The import backed up the file first (there is none) and stopped on an error.
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    server_ctx.members.add(MemberInput(first_name="Anne", last_name="Dupont"))
    csv = tmp_path / "inscriptions.csv"
    csv.write_text(CSV, encoding="utf-8")
    dialog = ImportMembersDialog(server_ctx.services, csv)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert said == []
    assert dialog.added == 2 and server_ctx.members.count() == 3


def test_the_data_menu_on_a_server_opens_another_database(server_ctx, tmp_path, started, qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = DataMenu(window, server_ctx)
    assert menu.reset_demo_action is None and not menu.backup_action.isVisible()
    other = tmp_path / "other.sqlite3"
    assert menu.open_other_database(str(other)) is True
    assert len(started) == 1 and database_of(started[0]) == str(other)
