"""Text size: the system's font, enlarged or reduced in steps, kept for this machine only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from mentorat_desktop.gui import text_size
from mentorat_desktop.gui.file_dialogs import SETTINGS_FILE


@pytest.fixture(autouse=True)
def restore_font(qapp: QApplication) -> Iterator[None]:
    """The application's font as it was: the other tests expect the normal size."""
    font = QFont(qapp.font())
    yield
    qapp.setFont(font)
    qapp.setProperty("mentorat_text_scale", None)


def system_size() -> float:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()


def action(window, text: str) -> QAction:
    found = [a for a in window.findChildren(QAction) if a.text() == text]
    assert len(found) == 1, text
    return found[0]


def test_normal_size_when_nothing_was_chosen(config_dir) -> None:
    assert text_size.text_scale() == 100


def test_a_scale_is_saved_for_the_machine_and_applied_at_the_next_start(
    qapp: QApplication, config_dir
) -> None:
    assert text_size.set_text_scale(qapp, 150) == 150
    assert qapp.font().pointSizeF() == pytest.approx(system_size() * 1.5)
    settings = QSettings(str(config_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    assert int(settings.value(text_size.KEY)) == 150

    qapp.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))  # a new start
    assert text_size.apply_saved_text_scale(qapp) == 150
    assert qapp.font().pointSizeF() == pytest.approx(system_size() * 1.5)


def test_the_scale_stays_within_bounds_and_steps(qapp: QApplication) -> None:
    assert text_size.set_text_scale(qapp, 500) == 200
    assert text_size.set_text_scale(qapp, 10) == 80
    assert text_size.set_text_scale(qapp, 134) == 130


def test_a_broken_saved_value_means_normal_size(config_dir) -> None:
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / SETTINGS_FILE).write_text("[view]\ntext_scale=big\n", encoding="utf-8")
    assert text_size.text_scale() == 100


def test_view_menu_enlarges_open_windows_and_shows_its_shortcuts(qapp, window, find) -> None:
    from PySide6.QtWidgets import QLineEdit

    window.show()
    search = find(window, QLineEdit, "Search members")
    before = search.font().pointSizeF()
    larger = action(window, "&Larger text")
    assert [k.toString() for k in larger.shortcuts()] == ["Ctrl++", "Ctrl+="]
    assert action(window, "&Smaller text").shortcut().toString() == "Ctrl+-"
    assert action(window, "&Normal size").shortcut().toString() == "Ctrl+0"

    larger.trigger()
    larger.trigger()
    qapp.processEvents()
    assert text_size.text_scale() == 120
    assert search.font().pointSizeF() == pytest.approx(before * 1.2)
    assert window.statusBar().currentMessage() == "Text size: 120%"

    action(window, "&Smaller text").trigger()
    assert text_size.text_scale() == 110
    action(window, "&Normal size").trigger()
    qapp.processEvents()
    assert text_size.text_scale() == 100
    assert search.font().pointSizeF() == pytest.approx(before)


def test_a_title_larger_than_the_text_stays_larger_in_proportion(qapp, window, find) -> None:
    from PySide6.QtWidgets import QLabel

    window.show()
    own_font = Qt.WidgetAttribute.WA_SetFont
    titles = [w for w in window.members_view.findChildren(QLabel) if w.testAttribute(own_font)]
    assert titles, "the empty register has a title in a larger font"
    title = titles[0]
    before = title.font().pointSizeF()
    assert before > qapp.font().pointSizeF()
    text_size.set_text_scale(qapp, 150)
    qapp.processEvents()
    assert title.font().pointSizeF() == pytest.approx(before * 1.5)


def test_larger_still_steps_up_when_the_settings_cannot_be_written(
    qapp: QApplication, tmp_path, monkeypatch
) -> None:
    from mentorat_desktop.gui.file_dialogs import CONFIG_DIR_VARIABLE

    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(CONFIG_DIR_VARIABLE, str(blocker / "config"))  # cannot be made
    assert text_size.larger(qapp) == 110
    assert text_size.larger(qapp) == 120
    assert qapp.font().pointSizeF() == pytest.approx(system_size() * 1.2)
