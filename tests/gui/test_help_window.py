"""The user guide: F1 opens it, its topics are in the user's language, its search finds
pages, its links stay inside, and its pictures exist and can still be drawn."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QTextBrowser

from mentorat_desktop.app import build_main_window
from mentorat_desktop.cli_spec import VIEWS, WINDOW_VIEWS
from mentorat_desktop.gui.help import pages
from mentorat_desktop.gui.help.window import HelpWindow, open_help

LANGUAGES = ("fr_FR", "fr_CA", "en")


def topics(help_window: HelpWindow, find) -> list[str]:
    listing = find(help_window, QListWidget, "Topics")
    return [listing.item(row).text() for row in range(listing.count())]


def test_f1_opens_the_guide_on_its_first_page(window, qtbot, find) -> None:
    from PySide6.QtWidgets import QApplication

    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # as shortcuts need
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.findChild(HelpWindow)
    assert help_window is not None and help_window.isVisible()
    assert help_window.windowTitle() == "Mentorat: user guide"
    assert topics(help_window, find)[0] == "Getting started"
    # The page shown is the one about the view in front (members).
    page = find(help_window, QTextBrowser, "Page")
    assert page.toPlainText().startswith("Members")
    # F1 again brings the same window back rather than opening a second one.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(window.findChildren(HelpWindow)) == 1


def test_f1_opens_the_page_about_the_view_in_front(window, qtbot, find) -> None:
    from PySide6.QtGui import QAction

    guide = next(a for a in window.findChildren(QAction) if a.text() == "&User guide")
    for view, title in (("pairs", "Forming pairs"), ("sessions", "Logging sessions")):
        window.show_view(view)
        guide.trigger()
        page = find(window.findChild(HelpWindow), QTextBrowser, "Page")
        assert page.toPlainText().startswith(title), view


def test_help_menu_names_the_guide_with_its_shortcut(window) -> None:
    from PySide6.QtGui import QAction

    guide = [a for a in window.findChildren(QAction) if a.text() == "&User guide"]
    assert len(guide) == 1
    assert "F1" in [key.toString() for key in guide[0].shortcuts()]


def test_the_topics_are_in_the_language_of_the_application(ctx_fr, qtbot, find) -> None:
    main = build_main_window(ctx_fr)
    qtbot.addWidget(main)
    help_window = open_help(main, ctx_fr.language)
    listing = help_window.findChild(QListWidget)  # its accessible name is French here
    listed = [listing.item(row).text() for row in range(listing.count())]
    assert listed[0] == "Premiers pas"
    assert "Former les binômes" in listed
    assert "Sauvegardes et restauration" in listed
    assert len(listed) == len(pages.load_pages("en"))


def test_search_keeps_the_pages_that_hold_every_word(window, qtbot, find) -> None:
    help_window = open_help(window, "en")
    search = find(help_window, QLineEdit, "Search the guide")
    qtbot.keyClicks(search, "restore backup")
    assert topics(help_window, find)[0] == "Backups and restore"
    assert "Forming pairs" not in topics(help_window, find)
    # The page shown is the first found, with the first word searched for selected.
    page = find(help_window, QTextBrowser, "Page")
    assert page.toPlainText().startswith("Backups and restore")
    assert page.textCursor().selectedText().lower() == "restore"

    search.clear()
    qtbot.keyClicks(search, "zebra crossing")
    assert topics(help_window, find) == []
    nothing = [w for w in help_window.findChildren(QLabel) if "No page" in w.text()]
    assert nothing and nothing[0].isVisibleTo(help_window)

    search.clear()
    assert len(topics(help_window, find)) == len(pages.load_pages("en"))


def test_search_ignores_accents_and_capitals() -> None:
    found = pages.search(pages.load_pages("fr_FR"), "DONNEES personnelles")
    assert found[0].title == "Données personnelles"  # the page named so comes first
    # Words of an image's path or a link's target are not what a reader sees.
    assert pages.search(pages.load_pages("fr_FR"), "dashboard") == []


def test_a_link_to_another_page_opens_it_and_a_web_link_stays_outside(
    window, find, monkeypatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr("mentorat_desktop.gui.help.window.QDesktopServices.openUrl", opened.append)
    help_window = open_help(window, "en")
    page = find(help_window, QTextBrowser, "Page")
    help_window._link_clicked(QUrl("02-members.md"))
    assert page.toPlainText().startswith("Members")
    help_window._link_clicked(QUrl("https://example.org/"))
    assert page.toPlainText().startswith("Members")
    assert opened == [QUrl("https://example.org/")]


def test_every_page_exists_in_each_language_with_the_same_pictures() -> None:
    names = {lang: [p.path.name for p in pages.load_pages(lang)] for lang in LANGUAGES}
    assert names["fr_FR"], "the guide has pages"
    assert names["fr_CA"] == names["fr_FR"]
    assert names["en"] == names["fr_FR"]
    for lang in LANGUAGES:
        for page in pages.load_pages(lang):
            assert page.path.parent.name == lang
            shown = [image.relative_to(pages.IMAGES_DIR / lang) for image in page.images()]
            french = pages.language_dir("fr_FR") / page.path.name
            expected = pages.Page("", "", french, french.read_text(encoding="utf-8"))
            assert shown == [i.relative_to(pages.IMAGES_DIR / "fr_FR") for i in expected.images()]


def test_the_french_pages_follow_french_typography() -> None:
    for page in pages.load_pages("fr_FR") + pages.load_pages("fr_CA"):
        prose = "\n".join(line for line in page.text.splitlines() if not line.startswith("    "))
        prose = re.sub(r"`[^`]*`", "", prose)
        assert "'" not in prose, page.path
        assert not re.search(r" [:;?!»]|« ", prose), page.path  # plain spaces
    for page in pages.load_pages("fr_FR"):
        assert not re.search("\u00a0[;?!]", page.text), page.path  # a narrow one in France
    for page in pages.load_pages("fr_CA"):
        assert "e-mail" not in page.text, page.path  # courriel in Québec
        assert not re.search("\u202f[;?!]", page.text), page.path  # no space before ; ? !


def test_every_picture_the_guide_shows_exists() -> None:
    missing = [
        str(image.relative_to(pages.HELP_DIR))
        for lang in LANGUAGES
        for page in pages.load_pages(lang)
        for image in page.images()
        if not image.is_file()
    ]
    assert missing == []


def test_the_screenshot_command_still_draws_every_view_the_guide_shows(
    tmp_path: Path, qapp
) -> None:
    from PySide6.QtGui import QImage

    from mentorat_desktop.core.database import open_database
    from mentorat_desktop.gui.screenshot import take_screenshot

    views = sorted({image.stem for page in pages.load_pages("en") for image in page.images()})
    assert views, "the guide shows pictures"
    open_database(tmp_path / "m.sqlite3").close()
    for view in views:
        assert view in (*VIEWS, *WINDOW_VIEWS), view
        out = tmp_path / f"{view}.png"
        assert take_screenshot(tmp_path / "m.sqlite3", view, "en", (1000, 650), out) == 0
        assert not QImage(str(out)).isNull(), view


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_help_window_can_be_drawn_in_each_language(tmp_path: Path, qapp, language: str) -> None:
    from mentorat_desktop.core.database import open_database
    from mentorat_desktop.gui.screenshot import take_screenshot

    open_database(tmp_path / "m.sqlite3").close()
    out = tmp_path / "help.png"
    assert take_screenshot(tmp_path / "m.sqlite3", "help", language, (1000, 650), out) == 0
    assert out.stat().st_size > 0
