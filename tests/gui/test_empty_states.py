"""On an empty database each view says what to do first, and where the guide explains it;
the note goes away as soon as there is something to show."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser

from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.core.services.sessions import SessionInput, SessionService
from mentorat_desktop.gui.help.empty_hint import EmptyHint
from mentorat_desktop.gui.help.window import HelpWindow

TODAY = dt.date.today()

# view -> (the note's title, a few words of what it says, the guide's page it opens)
NOTES = {
    "pairs": ("No pairs yet", "Suggest pairs…", "Forming pairs"),
    "sessions": ("No sessions logged yet", "Ctrl+L", "Logging sessions"),
    "followup": ("No pair to follow up yet", "Charter signed: start the pair…", "Following"),
    "dashboard": ("Nothing to count yet", "import your spreadsheet", "Getting started"),
}


def view_of(window, name: str):
    window.show_view(name)
    return {
        "pairs": window.pairs_view,
        "sessions": window.sessions_view,
        "followup": window.followup_view,
        "dashboard": window.dashboard_view,
    }[name]


def note_of(view) -> EmptyHint:
    notes = view.findChildren(EmptyHint)
    assert len(notes) == 1
    return notes[0]


@pytest.mark.parametrize("name", list(NOTES))
def test_an_empty_view_says_what_to_do_first(window, name: str) -> None:
    title, words, page = NOTES[name]
    window.resize(1100, 700)
    window.show()
    view = view_of(window, name)
    note = note_of(view)
    assert note.isVisibleTo(window)
    assert note.accessibleName() == title
    assert words in note.text.text()

    buttons = [b for b in note.findChildren(QPushButton) if b.isVisibleTo(note)]
    assert [b.accessibleName() for b in buttons] == ["Read more in the guide"]
    buttons[0].click()
    guide = window.findChild(HelpWindow)
    assert guide is not None and guide.isVisible()
    assert guide.findChild(QTextBrowser).toPlainText().startswith(page)


def test_the_notes_go_once_there_is_something_to_show(ctx, window) -> None:
    window.show()
    views = {name: view_of(window, name) for name in NOTES}
    members = [
        ctx.members.add(MemberInput(first_name=first, last_name="Test", birth_year=year, role=role))
        for first, year, role in (("Zoé", 2001, Role.MENTOR), ("Anne", 1955, Role.MENTEE))
    ]
    assert not any(note_of(views[name]).isHidden() for name in NOTES)
    pair = PairService(ctx.db).create(
        PairInput(members[0].id, members[1].id, start_date=TODAY - dt.timedelta(days=40))
    )
    # isHidden: each note's own state, whichever tab is in front.
    assert note_of(views["pairs"]).isHidden()
    assert note_of(views["dashboard"]).isHidden()
    assert note_of(views["followup"]).isHidden()
    assert not note_of(views["sessions"]).isHidden()  # a pair, but no session yet

    SessionService(ctx.db).log(SessionInput(pair_id=pair.id, held_on=TODAY, duration_minutes=60))
    assert note_of(views["sessions"]).isHidden()


def test_a_search_that_finds_nothing_is_not_an_empty_register(ctx, window, find) -> None:
    from PySide6.QtWidgets import QLineEdit

    members = [
        ctx.members.add(MemberInput(first_name=first, last_name="Test", birth_year=year, role=role))
        for first, year, role in (("Zoé", 2001, Role.MENTOR), ("Anne", 1955, Role.MENTEE))
    ]
    PairService(ctx.db).create(PairInput(members[0].id, members[1].id))
    window.show()
    view = view_of(window, "pairs")
    find(view, QLineEdit, "Search pairs").setText("nobody by that name")
    assert view.model.rowCount() == 0
    assert view.isVisible() and note_of(view).isHidden()
    assert find(view, QLabel, "Number of pairs shown").text() == "0 pairs shown"
