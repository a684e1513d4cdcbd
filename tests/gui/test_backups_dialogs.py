"""The Data menu and its windows: backing up now, restoring a backup (from the list or from
another file), checking and repairing the database; the work runs off the GUI thread."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
)

from mentorat_desktop.core.backups import (
    BackupError,
    BackupInfo,
    BackupPlace,
    BackupProblem,
    BackupReason,
    backup_files,
    backup_folder,
    write_backup,
)
from mentorat_desktop.core.checks import FOREIGN_KEY
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.errors import StorageError, StorageProblem
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.gui.data import failure_text
from mentorat_desktop.gui.data.backups_model import (
    COL_DATE,
    COL_MEMBERS,
    COL_PAIRS,
    COL_REASON,
    COL_SESSIONS,
    COL_SIZE,
    COLUMN_COUNT,
    PATH_ROLE,
    BackupsModel,
)
from mentorat_desktop.gui.data.check_dialog import CheckDialog
from mentorat_desktop.gui.data.menu import DataMenu, build_data_menu
from mentorat_desktop.gui.data.restore_dialog import RestoreDialog
from mentorat_desktop.gui.data.worker import run_in_thread
from mentorat_desktop.i18n.check_messages import repaired_text, report_lines
from mentorat_desktop.i18n.storage_messages import contents_text

LEFT = Qt.MouseButton.LeftButton
YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No


# -- helpers -----------------------------------------------------------------------------------


def add_member(ctx, first: str, last: str, **values) -> int:
    data = MemberInput(first_name=first, last_name=last, role=Role.EITHER, **values)
    return ctx.members.add(data).id


def names(ctx) -> list[str]:
    return sorted(m.first_name for m in ctx.members.list_members())


@pytest.fixture
def answer(monkeypatch):
    """Answer every QMessageBox.question with ``answer.reply``; the questions are kept."""

    class Answer:
        reply = YES
        questions: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        Answer.questions.append(text)
        return Answer.reply

    Answer.questions = []
    monkeypatch.setattr(QMessageBox, "question", question)
    return Answer


@pytest.fixture
def warnings_shown(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


@pytest.fixture
def topics(ctx) -> list[str]:
    """What the views were told, through the same signal they listen to."""
    told: list[str] = []
    ctx.signals.changed.connect(told.append)
    return told


@pytest.fixture
def open_dialog(qtbot):
    def show(dialog):
        qtbot.addWidget(dialog)
        dialog.open()
        return dialog

    return show


def wait_idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def info(when: dt.datetime, reason: str = "manual", members: int = 3) -> BackupInfo:
    return BackupInfo(
        path=Path(f"b-{when:%H%M}.sqlite3"),
        created_at=when,
        reason=reason,
        members=members,
        pairs=1,
        sessions=1204,
        size=2_621_440,
        revision="0003",
    )


# -- the table of backups, without a window ------------------------------------------------


def test_model_shows_each_backup_newest_first():
    model = BackupsModel("en")
    older = dt.datetime(2026, 3, 4, 9, 5).astimezone()
    newer = dt.datetime(2026, 4, 23, 18, 30).astimezone()
    model.set_backups([info(older, "open", 2), info(newer, "repair", 40)])
    assert model.rowCount() == 2 and model.columnCount() == COLUMN_COUNT
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN_COUNT)]
    assert headers == ["Date", "Occasion", "Members", "Pairs", "Sessions", "Size"]

    def cell(row: int, column: int) -> str:
        return model.data(model.index(row, column))

    assert cell(0, COL_MEMBERS) == "40"  # the newest first
    assert cell(0, COL_REASON) == "before a repair"
    assert cell(1, COL_REASON) == "on opening"
    assert "18:30" in cell(0, COL_DATE)
    assert cell(0, COL_PAIRS) == "1"
    assert cell(0, COL_SESSIONS) == "1,204"
    assert cell(0, COL_SIZE) == "2.5 MB"
    assert model.data(model.index(0, COL_DATE), PATH_ROLE) == "b-1830.sqlite3"
    assert model.backup_at(1).created_at == older
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_model_in_french():
    model = BackupsModel("fr_FR")
    model.set_backups([info(dt.datetime(2026, 4, 23, 18, 30).astimezone())])
    assert model.data(model.index(0, COL_SESSIONS)) == "1\u202f204"
    assert model.data(model.index(0, COL_DATE)).startswith("23/04/2026")


@pytest.mark.parametrize(
    ("language", "closing", "opening", "alone"),
    [
        ("en", "18:30:05", "18:30:41", "17:02"),
        ("fr_FR", "18:30:05", "18:30:41", "17:02"),
        ("fr_CA", "18 h 30 min 05 s", "18 h 30 min 41 s", "17 h 02"),
    ],
)
def test_backups_of_the_same_minute_show_their_seconds(language, closing, opening, alone):
    """Closing the program and opening it again within a minute makes two backups: each
    reads differently in the list; a backup alone in its minute shows no seconds."""
    model = BackupsModel(language)
    model.set_backups(
        [
            info(dt.datetime(2026, 4, 23, 18, 30, 5).astimezone(), "close"),
            info(dt.datetime(2026, 4, 23, 18, 30, 41).astimezone(), "open"),
            info(dt.datetime(2026, 4, 23, 17, 2, 9).astimezone(), "open"),
        ]
    )
    dates = [model.data(model.index(row, COL_DATE)) for row in range(3)]
    assert dates[0].endswith(opening) and dates[1].endswith(closing), dates
    assert dates[2].endswith(alone), dates


# -- the worker ----------------------------------------------------------------------------


def test_worker_reports_the_result_on_the_gui_thread(qtbot):
    results, threads = [], []

    def work() -> int:
        threads.append(threading.get_ident())
        return 42

    def finished(value: int) -> None:
        threads.append(threading.get_ident())
        results.append(value)

    job = run_in_thread(work, finished, pytest.fail)
    qtbot.waitUntil(lambda: results == [42])
    assert not job.running
    assert threads[0] != threading.get_ident() and threads[1] == threading.get_ident()


def test_worker_reports_the_error(qtbot):
    errors = []

    def work() -> None:
        raise StorageError(StorageProblem.DISK_FULL)

    run_in_thread(work, pytest.fail, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], StorageError)
    assert failure_text(errors[0], "en").startswith("The disk is full.")


# -- the menu ------------------------------------------------------------------------------


@pytest.fixture
def main(ctx, qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def menu(ctx, main) -> DataMenu:
    built = build_data_menu(main, ctx)
    assert isinstance(built, DataMenu)
    return built


def test_menu_entries(menu, main, ctx):
    assert menu.title() == "&Data"
    assert menu in [a.menu() for a in main.menuBar().actions()]
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        f"Data file: {ctx.db.path}",  # where things are (greyed: information)
        "&Back up now",
        "&Restore a backup…",
        "&Check the database…",
        "Open the d&ata folder",
        "Open the &backups folder",
        "&Open another database…",
        "&New database…",
        "Record of &processing (PDF)…",
    ]


def test_the_record_of_processing_is_written_and_opened(
    ctx, menu, main, qtbot, tmp_path, monkeypatch
):
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    target = tmp_path / "registre.pdf"
    menu.write_record(str(target))
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened[0].toLocalFile() == str(target)
    assert len(PdfReader(target).pages) <= 2
    assert "Record of processing written" in main.statusBar().currentMessage()


def test_main_window_has_the_data_menu_after_file(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[titles.index("&File") + 1] == "&Data"


def test_back_up_now_writes_a_backup_and_says_where(ctx, menu, main, qtbot, warnings_shown):
    add_member(ctx, "Anne", "Dupont")
    menu.backup_action.trigger()
    assert not menu.backup_action.isEnabled()  # one at a time
    qtbot.waitUntil(lambda: menu.backup_action.isEnabled(), timeout=10000)
    files = backup_files(backup_folder(ctx.db.path))
    assert len(files) == 1 and files[0].name.endswith("-manual.sqlite3")
    assert main.statusBar().currentMessage() == f"Backed up to “{files[0]}”."
    assert warnings_shown == []


def test_back_up_now_copies_to_the_second_place(ctx, menu, qtbot, tmp_path, warnings_shown):
    second = tmp_path / "usb"
    ctx.settings.update(backup_folder_second=str(second))
    menu.backup_action.trigger()
    qtbot.waitUntil(lambda: menu.backup_action.isEnabled(), timeout=10000)
    assert len(backup_files(second)) == 1
    assert warnings_shown == []


def test_back_up_now_failure_is_a_sentence(ctx, menu, main, qtbot, monkeypatch, warnings_shown):
    def full(*_args, **_kwargs):
        raise StorageError(StorageProblem.NO_SPACE_FOR_COPY, needed_bytes=5 * 1024 * 1024)

    monkeypatch.setattr("mentorat_desktop.core.backups.write_backup", full)
    menu.backup_action.trigger()
    qtbot.waitUntil(lambda: warnings_shown != [], timeout=10000)
    assert warnings_shown == [
        "There is not enough free space for the safety copy: 5 MB are needed. Free some "
        "space, then try again. Nothing was changed."
    ]
    assert menu.backup_action.isEnabled()
    assert main.statusBar().currentMessage() == ""


def test_open_the_backups_folder(ctx, menu, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    menu.folder_action.trigger()
    folder = backup_folder(ctx.db.path)
    assert folder.is_dir()  # created, so that there is something to open
    assert [url.toLocalFile() for url in opened] == [str(folder)]


def test_menu_opens_the_dialogs(ctx, menu, qtbot):
    restore = menu.open_restore()
    assert isinstance(restore, RestoreDialog) and restore.isVisible()
    restore.reject()
    check = menu.open_check()
    assert isinstance(check, CheckDialog)
    wait_idle(qtbot, check)
    check.reject()


# -- restoring -----------------------------------------------------------------------------


@pytest.fixture
def restore(ctx, open_dialog):
    return lambda db=None: open_dialog(RestoreDialog(db or ctx.db, ctx.language))


def test_restore_dialog_lists_the_backups_with_their_counts(ctx, restore, find):
    add_member(ctx, "Anne", "Dupont")
    add_member(ctx, "Bruno", "Faure")
    write_backup(ctx.db.path, BackupReason.MANUAL, now=dt.datetime(2026, 3, 4, 9, 0))
    add_member(ctx, "Chloé", "Martin")
    write_backup(ctx.db.path, BackupReason.IMPORT, now=dt.datetime(2026, 4, 23, 18, 30))
    dialog = restore()
    assert dialog.windowTitle() == "Restore a backup"
    table = find(dialog, QTableView, "Backups")
    model = table.model()
    assert model.rowCount() == 2
    row0 = [model.data(model.index(0, c)) for c in range(COLUMN_COUNT)]
    assert row0[:5] == ["2026-04-23 at 18:30", "before an import", "3", "0", "0"]
    assert model.data(model.index(1, COL_MEMBERS)) == "2"
    assert dialog.selected_backup().members == 3  # the newest is selected
    assert find(dialog, QPushButton, "Restore…").isEnabled()
    folder = find(dialog, QLabel, "Backups folder")
    assert str(backup_folder(ctx.db.path)) in folder.text()
    assert not find(dialog, QLabel, "No backup").isVisible()
    assert not find(dialog, QProgressBar, "Working").isVisible()
    for name in ("Open the folder", "Another file…", "Close"):
        assert find(dialog, QPushButton, name).isEnabled()


def test_restore_is_off_until_a_backup_is_chosen(ctx, restore, find):
    dialog = restore()
    assert find(dialog, QLabel, "No backup").isVisible()
    assert not find(dialog, QTableView, "Backups").isVisible()
    assert not find(dialog, QPushButton, "Restore…").isEnabled()
    write_backup(ctx.db.path, BackupReason.MANUAL)
    dialog.reload()
    dialog.table.clearSelection()
    assert not find(dialog, QPushButton, "Restore…").isEnabled()
    dialog.table.selectRow(0)
    assert find(dialog, QPushButton, "Restore…").isEnabled()


def test_restoring_brings_back_a_deleted_member(ctx, restore, find, qtbot, answer, topics):
    add_member(ctx, "Anne", "Dupont")
    bruno = add_member(ctx, "Bruno", "Faure", skills_offered=["Vidéo"])
    write_backup(ctx.db.path, BackupReason.MANUAL, now=dt.datetime(2026, 3, 4, 9, 0))
    with ctx.db.transaction() as session:
        session.connection().exec_driver_sql("DELETE FROM member WHERE id = ?", (bruno,))
    assert names(ctx) == ["Anne"]
    ctx.undo_stack.setClean()
    dialog = restore()
    restored = []
    dialog.restored.connect(restored.append)

    # (The counts are plural forms, from the catalogue: "2 members" once it has them.)
    contents = contents_text(dialog.selected_backup())

    qtbot.mouseClick(find(dialog, QPushButton, "Restore…"), LEFT)

    assert answer.questions == [
        f"Restore the backup of 2026-03-04 at 09:00?\n\nIt holds {contents}. "
        "The data will go back to that state, and what changed since will be replaced.\n\n"
        "The current state is backed up first, so you can come back to it."
    ]
    assert find(dialog, QProgressBar, "Working").isVisible()
    assert not find(dialog, QPushButton, "Close").isEnabled()
    wait_idle(qtbot, dialog)
    assert not find(dialog, QProgressBar, "Working").isVisible()
    assert names(ctx) == ["Anne", "Bruno"]
    assert ctx.members.get(bruno).skills_offered  # with what hung on the member
    assert set(topics) == {t.value for t in Topic}
    assert [r.members for r in restored] == [2]
    before = [
        p for p in backup_files(backup_folder(ctx.db.path)) if p.name.endswith("-restore.sqlite3")
    ]
    assert len(before) == 1
    assert find(dialog, QLabel, "Message").text() == (
        f"Restored the backup of 2026-03-04 at 09:00: {contents}. "
        f"The state before the restore was backed up to “{before[0]}”."
    )
    model = find(dialog, QTableView, "Backups").model()
    assert model.rowCount() == 2  # the copy of the state before is listed
    assert model.data(model.index(0, COL_REASON)) == "before a restore"
    # The database keeps working after the restore.
    add_member(ctx, "Chloé", "Martin")
    assert names(ctx) == ["Anne", "Bruno", "Chloé"]


def test_the_question_names_a_backup_as_the_list_does(ctx, restore, find, qtbot, answer):
    """Two backups of the same minute: the question asks about the one chosen, to the
    second, as the list shows it."""
    add_member(ctx, "Anne", "Dupont")
    write_backup(ctx.db.path, BackupReason.CLOSE, now=dt.datetime(2026, 3, 4, 9, 0, 12))
    write_backup(ctx.db.path, BackupReason.OPEN, now=dt.datetime(2026, 3, 4, 9, 0, 48))
    answer.reply = NO
    dialog = restore()
    model = find(dialog, QTableView, "Backups").model()
    listed = [model.data(model.index(row, COL_DATE)) for row in range(2)]
    assert listed == ["2026-03-04 at 09:00:48", "2026-03-04 at 09:00:12"]
    dialog.table.selectRow(1)
    qtbot.mouseClick(find(dialog, QPushButton, "Restore…"), LEFT)
    assert answer.questions[0].startswith("Restore the backup of 2026-03-04 at 09:00:12?")


def test_saying_no_restores_nothing(ctx, restore, find, qtbot, answer, topics):
    add_member(ctx, "Anne", "Dupont")
    write_backup(ctx.db.path, BackupReason.MANUAL)
    add_member(ctx, "Bruno", "Faure")
    topics.clear()
    answer.reply = NO
    dialog = restore()
    qtbot.mouseClick(find(dialog, QPushButton, "Restore…"), LEFT)
    assert len(answer.questions) == 1
    assert not dialog.is_busy()
    assert names(ctx) == ["Anne", "Bruno"]
    assert topics == []
    assert len(backup_files(backup_folder(ctx.db.path))) == 1


def test_restoring_another_file(ctx, restore, find, qtbot, answer, tmp_path, monkeypatch):
    add_member(ctx, "Anne", "Dupont")
    elsewhere = tmp_path / "usb" / "copy.sqlite3"
    elsewhere.parent.mkdir()
    write_backup(ctx.db.path, BackupReason.MANUAL, output=elsewhere)
    add_member(ctx, "Bruno", "Faure")
    dialog = restore()
    monkeypatch.setattr(
        "mentorat_desktop.gui.data.restore_dialog.QFileDialog.getOpenFileName",
        lambda *_a, **_k: (str(elsewhere), "Mentorat backups (*.sqlite3)"),
    )
    qtbot.mouseClick(find(dialog, QPushButton, "Another file…"), LEFT)
    assert len(answer.questions) == 1
    assert "It holds 1 member" in answer.questions[0]
    wait_idle(qtbot, dialog)
    assert names(ctx) == ["Anne"]
    assert elsewhere.exists()  # the backup itself is never changed


def test_a_file_that_is_not_a_backup_is_refused(ctx, restore, find, answer, tmp_path, topics):
    add_member(ctx, "Anne", "Dupont")
    not_backup = tmp_path / "notes.sqlite3"
    not_backup.write_text("not a database at all")
    before = digest(ctx.db.path)
    topics.clear()
    dialog = restore()
    dialog.restore_file(not_backup)
    message = find(dialog, QLabel, "Message")
    assert message.isVisible()
    assert message.text() == (
        "⚠ This file is not a Mentorat backup. Neither it nor the database was changed."
    )
    assert answer.questions == []  # refused before asking anything
    assert not dialog.is_busy()
    assert digest(ctx.db.path) == before and names(ctx) == ["Anne"]
    assert not_backup.read_text() == "not a database at all"
    assert topics == []
    assert backup_files(backup_folder(ctx.db.path)) == []


def test_the_database_itself_is_not_a_backup(ctx, restore, find, answer):
    dialog = restore()
    dialog.restore_file(ctx.db.path)
    assert find(dialog, QLabel, "Message").text().startswith("⚠ This is the database itself")
    assert answer.questions == []


def test_a_failed_restore_says_why(ctx, restore, find, qtbot, answer, monkeypatch, topics):
    write_backup(ctx.db.path, BackupReason.MANUAL)

    def busy(*_args, **_kwargs):
        raise StorageError(StorageProblem.BUSY)

    monkeypatch.setattr("mentorat_desktop.gui.data.restore_dialog.restore_backup", busy)
    dialog = restore()
    qtbot.mouseClick(find(dialog, QPushButton, "Restore…"), LEFT)
    wait_idle(qtbot, dialog)
    text = find(dialog, QLabel, "Message").text()
    assert text.startswith("⚠ The database is busy") and text.endswith("Nothing was changed.")
    assert topics == []
    assert find(dialog, QPushButton, "Restore…").isEnabled()  # it can be tried again


def test_a_damaged_backup_is_refused_in_words(ctx, restore, find, qtbot, answer, monkeypatch):
    write_backup(ctx.db.path, BackupReason.MANUAL)

    def damaged(*_args, **_kwargs):
        raise BackupError(BackupProblem.DAMAGED)

    monkeypatch.setattr("mentorat_desktop.gui.data.restore_dialog.restore_backup", damaged)
    dialog = restore()
    dialog.restore_selected()
    wait_idle(qtbot, dialog)
    assert find(dialog, QLabel, "Message").text() == (
        "⚠ This backup is damaged: it does not pass its check. Neither it nor the database "
        "was changed."
    )


def test_read_only_database_cannot_be_restored(ctx, restore, find):
    write_backup(ctx.db.path, BackupReason.MANUAL)
    read_only = Database(ctx.db.path, read_only=True)
    try:
        dialog = restore(read_only)
        assert find(dialog, QTableView, "Backups").model().rowCount() == 1
        assert not find(dialog, QPushButton, "Restore…").isEnabled()
        assert not find(dialog, QPushButton, "Another file…").isEnabled()
        assert find(dialog, QLabel, "Message").text().startswith("This database is open read-only")
    finally:
        read_only.close()


def test_open_the_folder_button(ctx, restore, find, qtbot, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = restore()
    qtbot.mouseClick(find(dialog, QPushButton, "Open the folder"), LEFT)
    assert [url.toLocalFile() for url in opened] == [str(backup_folder(ctx.db.path))]


def test_restore_dialog_closes_with_escape(restore, qtbot):
    dialog = restore()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# -- checking and repairing ----------------------------------------------------------------


@pytest.fixture
def check(ctx, open_dialog, qtbot):
    def make(db=None, place=None):
        dialog = open_dialog(CheckDialog(db or ctx.db, ctx.language, place))
        wait_idle(qtbot, dialog)
        return dialog

    return make


def orphan_skills(ctx) -> int:
    """A member deleted behind the application's back, their skills left behind."""
    member = add_member(ctx, "Bruno", "Faure", skills_offered=["Vidéo", "Réseaux sociaux"])
    con = sqlite3.connect(ctx.db.path)
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute("DELETE FROM member WHERE id = ?", (member,))
        con.commit()
    finally:
        con.close()
    return member


def test_check_says_a_fresh_database_is_sound(ctx, check, find):
    add_member(ctx, "Anne", "Dupont")
    dialog = check()
    assert dialog.windowTitle() == "Check the database"
    assert find(dialog, QPlainTextEdit, "Report").toPlainText() == "The database is sound."
    assert not find(dialog, QPushButton, "Repair…").isEnabled()
    assert find(dialog, QPushButton, "Check again").isEnabled()
    assert not find(dialog, QLabel, "Message").isVisible()
    assert not find(dialog, QProgressBar, "Working").isVisible()


def test_check_finds_and_repairs_an_orphan(ctx, check, find, qtbot, answer, topics, tmp_path):
    member = orphan_skills(ctx)
    second = tmp_path / "usb"
    dialog = check(place=BackupPlace(second_folder=second))
    assert [(p.code, p.params["missing"], p.repairable) for p in dialog.report.problems] == [
        (FOREIGN_KEY, member, True)
    ]
    report = find(dialog, QPlainTextEdit, "Report").toPlainText()
    assert report == "\n\n".join(report_lines(dialog.report, "en"))
    assert f"Member {member} no longer exists, yet 2 skill" in report
    assert report.endswith("(can be repaired automatically)")
    repair = find(dialog, QPushButton, "Repair…")
    assert repair.isEnabled()
    repaired = []
    dialog.repaired.connect(repaired.append)

    qtbot.mouseClick(repair, LEFT)

    assert len(answer.questions) == 1
    assert re.fullmatch(
        r"Repair 1 problem(\(s\))?\? The database is backed up first, so the repair can be "
        r"undone by restoring that backup\.",
        answer.questions[0],
    )
    wait_idle(qtbot, dialog)
    assert repaired == [1]
    assert find(dialog, QPlainTextEdit, "Report").toPlainText() == "The database is sound."
    assert not repair.isEnabled()
    backups = backup_files(backup_folder(ctx.db.path))
    assert len(backups) == 1 and backups[0].name.endswith("-repair.sqlite3")
    assert len(backup_files(second)) == 1
    assert find(dialog, QLabel, "Message").text() == (
        f"{repaired_text(1)} The state before the repair was backed up to “{backups[0]}”."
    )
    assert set(topics) == {t.value for t in Topic}
    rows = ctx.db.query("SELECT count(*) FROM member_skill WHERE member_id = ?", (member,))
    assert rows == [(0,)]


def test_saying_no_repairs_nothing(ctx, check, find, qtbot, answer, topics):
    orphan_skills(ctx)
    topics.clear()
    answer.reply = NO
    dialog = check()
    qtbot.mouseClick(find(dialog, QPushButton, "Repair…"), LEFT)
    assert not dialog.is_busy()
    assert backup_files(backup_folder(ctx.db.path)) == []
    assert topics == []
    assert find(dialog, QPushButton, "Repair…").isEnabled()


def test_repair_stops_when_the_backup_fails(ctx, check, find, qtbot, answer, monkeypatch):
    member = orphan_skills(ctx)

    def full(*_args, **_kwargs):
        raise StorageError(StorageProblem.DISK_FULL)

    monkeypatch.setattr("mentorat_desktop.gui.data.check_dialog.safety_copy", full)
    dialog = check()
    qtbot.mouseClick(find(dialog, QPushButton, "Repair…"), LEFT)
    wait_idle(qtbot, dialog)
    assert find(dialog, QLabel, "Message").text().startswith("⚠ The disk is full.")
    rows = ctx.db.query("SELECT count(*) FROM member_skill WHERE member_id = ?", (member,))
    assert rows == [(2,)]  # not repaired without its backup


def test_read_only_database_is_checked_not_repaired(ctx, check, find):
    orphan_skills(ctx)
    read_only = Database(ctx.db.path, read_only=True)
    try:
        dialog = check(read_only)
        assert [p.code for p in dialog.report.problems] == [FOREIGN_KEY]
        assert not find(dialog, QPushButton, "Repair…").isEnabled()
        assert "read-only" in find(dialog, QLabel, "Message").text()
    finally:
        read_only.close()


def test_check_again_sees_a_new_problem(ctx, check, find, qtbot):
    dialog = check()
    orphan_skills(ctx)
    qtbot.mouseClick(find(dialog, QPushButton, "Check again"), LEFT)
    wait_idle(qtbot, dialog)
    assert [p.code for p in dialog.report.problems] == [FOREIGN_KEY]
    assert find(dialog, QPlainTextEdit, "Report").toPlainText() == "\n\n".join(
        report_lines(dialog.report, "en")
    )


def test_restore_from_the_keyboard(ctx, restore, find, qtbot, answer):
    write_backup(ctx.db.path, BackupReason.MANUAL)
    dialog = restore()
    table = find(dialog, QTableView, "Backups")
    assert dialog.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Return)  # the default button: Restore…
    assert len(answer.questions) == 1
    wait_idle(qtbot, dialog)
