"""Exports are written off the GUI thread: the status bar says so and offers Cancel; the
chosen file is written whole or left as it was; an error is said in a sentence."""

from __future__ import annotations

import csv
import re
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar, QPushButton

from mentorat_desktop.core.services.members import MemberInput


@pytest.fixture
def save_as(monkeypatch):
    """Answer the "save as" dialog with ``path``."""

    def answer(path: Path) -> None:
        def fake(parent, caption, directory="", file_filter="", *args, **kwargs):
            return (str(path), "")

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))

    return answer


@pytest.fixture
def warnings(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


@pytest.fixture
def held(monkeypatch):
    """The members' export waits in its thread until ``release`` is set (the GUI thread
    goes on meanwhile), then writes as usual."""
    from mentorat_desktop.core import exporting

    release = threading.Event()
    threads: list[threading.Thread] = []
    real = exporting.export_members_csv

    def slow(db, path, *args, **kwargs):
        threads.append(threading.current_thread())
        release.wait(10)
        return real(db, path, *args, **kwargs)

    monkeypatch.setattr(exporting, "export_members_csv", slow)
    return release, threads


def names(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    first = rows[0].index("Prénom")
    return [row[first] for row in rows[1:]]


def test_the_export_runs_in_another_thread_with_a_cancel(
    ctx, window, qtbot, tmp_path, save_as, held, find
):
    release, threads = held
    ctx.members.add(MemberInput(first_name="Anne", last_name="Dupont"))
    target = tmp_path / "members.csv"
    save_as(target)
    window.show()
    window.export_members()
    assert window.exporter.is_running()
    assert window.statusBar().currentMessage() == "Writing “members.csv”…"
    cancel = find(window, QPushButton, "Cancel the export")
    assert cancel.isVisible() and cancel.isEnabled()
    assert find(window, QProgressBar, "Working").isVisible()
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()
    release.set()
    qtbot.waitUntil(lambda: not window.exporter.is_running())
    assert names(target) == ["Anne"]
    assert re.fullmatch(r"1 member(\(s\))? exported\.", window.statusBar().currentMessage())
    assert not cancel.isVisible()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_cancel_leaves_the_chosen_file_as_it_was(ctx, window, qtbot, tmp_path, save_as, held, find):
    release, _threads = held
    ctx.members.add(MemberInput(first_name="Anne", last_name="Dupont"))
    target = tmp_path / "out" / "members.csv"
    target.parent.mkdir()
    target.write_text("the previous export", encoding="utf-8")
    save_as(target)
    window.show()
    window.export_members()
    find(window, QPushButton, "Cancel the export").click()
    assert window.statusBar().currentMessage() == "Stopping the export…"
    release.set()
    qtbot.waitUntil(lambda: not window.exporter.is_running())
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert sorted(p.name for p in target.parent.iterdir()) == ["members.csv"]  # nothing left
    assert window.statusBar().currentMessage() == "Export cancelled: no file was written."


def test_one_export_at_a_time(ctx, window, qtbot, tmp_path, save_as, held):
    release, _threads = held
    save_as(tmp_path / "members.csv")
    window.export_members()
    window.export_sessions()  # refused while the first runs: said in the status bar
    assert window.statusBar().currentMessage() == (
        "Another export is still running: wait for it to end."
    )
    release.set()
    qtbot.waitUntil(lambda: not window.exporter.is_running())
    assert not (tmp_path / "sessions.csv").exists()


def test_a_folder_that_cannot_be_written_is_said_in_a_sentence(
    ctx, window, qtbot, tmp_path, save_as, warnings
):
    save_as(tmp_path / "absent folder" / "sessions.csv")
    window.export_sessions()
    qtbot.waitUntil(lambda: not window.exporter.is_running())
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Export sessions"
    assert text.startswith("The file could not be written: ")
    assert "Traceback" not in text


def test_an_unexpected_error_is_said_in_a_sentence(
    ctx, window, qtbot, tmp_path, save_as, warnings, monkeypatch
):
    from mentorat_desktop.core import exporting

    def broken(db, path, *args, **kwargs):
        raise RuntimeError("anne.dupont@example.org")

    monkeypatch.setattr(exporting, "export_members_csv", broken)
    save_as(tmp_path / "members.csv")
    window.export_members()
    qtbot.waitUntil(lambda: not window.exporter.is_running())
    ((title, text),) = warnings
    assert title == "Export members"
    assert "RuntimeError" in text and "anne.dupont" not in text
    assert not (tmp_path / "members.csv").exists()
