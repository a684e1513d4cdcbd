"""Logging a session as the coordinator does it, without the mouse: Ctrl+L from anywhere,
part of a name, Tab, Tab, "1h30", Return. Then every way people write a duration, the
refusals said beside the field, the dates that cannot be, editing and deleting (undone)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from mentorat_desktop.app import build_main_window
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.core.services.sessions import SessionInput, SessionService
from mentorat_desktop.gui.sessions.log_dialog import SessionLogDialog
from mentorat_desktop.gui.sessions.table_model import COL_DURATION, COL_PAIR
from mentorat_desktop.gui.widgets import FieldWithError

TODAY = dt.date.today()
STARTED = TODAY - dt.timedelta(days=60)
ZOE_ANNE = "Zoé Vidal & Anne Dupont"


# -- helpers -----------------------------------------------------------------------------------


def add_member(ctx, first: str, last: str, year: int, role: Role, capacity: int = 1) -> int:
    data = MemberInput(
        first_name=first, last_name=last, birth_year=year, role=role, capacity=capacity
    )
    return ctx.members.add(data).id


@pytest.fixture
def pairs(ctx) -> dict[str, int]:
    """Two running pairs (Zoé & Anne, Émile & Bruno) started 60 days ago, and a proposal
    (Zoé & Marc) that has not started: no session can be logged for it. Zoé takes two
    pairs (a proposal holds a place)."""
    service = PairService(ctx.db)
    zoe = add_member(ctx, "Zoé", "Vidal", 2001, Role.MENTOR, capacity=2)
    anne = add_member(ctx, "Anne", "Dupont", 1955, Role.MENTEE)
    emile = add_member(ctx, "Émile", "Émery", 1999, Role.MENTOR)
    bruno = add_member(ctx, "Bruno", "Faure", 1962, Role.MENTEE)
    marc = add_member(ctx, "Marc", "Leroy", 1950, Role.MENTEE)
    return {
        "zoe_anne": service.create(PairInput(zoe, anne, start_date=STARTED)).id,
        "emile_bruno": service.create(PairInput(emile, bruno, start_date=STARTED)).id,
        "zoe_marc": service.create(PairInput(zoe, marc)).id,
    }


@pytest.fixture
def sessions(ctx) -> SessionService:
    return SessionService(ctx.db)


def activate(qtbot, widget: QWidget) -> None:
    """Make ``widget``'s window the active one, as the keyboard needs."""
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where a user's key goes: to the completer's list while it is open,
    else to the widget with the focus."""
    popup = QApplication.activePopupWidget()
    before = focused().window()
    qtbot.keyClick(popup or focused(), key, modifier)
    if popup is not None and not popup.isVisible() and QApplication.activeWindow() is not before:
        # The offscreen platform leaves the closed list as the active window (a desktop
        # hands activation back at once): give it back, the focus where the key put it.
        focus = QApplication.focusWidget()
        activate(qtbot, before)
        if focus is not None and focus.window() is before:
            focus.setFocus(Qt.FocusReason.TabFocusReason)


def keys(qtbot, text: str) -> None:
    for char in text:
        popup = QApplication.activePopupWidget()
        qtbot.keyClicks(popup or focused(), char)


def shown_dialog(parent: QWidget) -> SessionLogDialog:
    found = [d for d in parent.findChildren(SessionLogDialog) if d.isVisible()]
    assert len(found) == 1, f"{len(found)} session dialogs shown"
    return found[0]


def table_rows(view) -> list[tuple[str, str]]:
    model = view.model
    return [
        (model.index(r, COL_PAIR).data(), model.index(r, COL_DURATION).data())
        for r in range(model.rowCount())
    ]


@pytest.fixture
def view(window, pairs):
    window.resize(1100, 650)
    window.show()
    window.show_view("sessions")
    return window.sessions_view


@pytest.fixture
def log_for(ctx, pairs, sessions, qtbot):
    """A session dialog opened for a pair, as the pairs view opens it."""

    def open_dialog(pair: str = "zoe_anne", record=None) -> SessionLogDialog:
        dialog = SessionLogDialog(
            sessions,
            PairService(ctx.db),
            ctx.language,
            pair_id=None if record else pairs[pair],
            record=record,
        )
        qtbot.addWidget(dialog)
        dialog.open()
        return dialog

    return open_dialog


# -- the keyboard way --------------------------------------------------------------------------


def test_ctrl_l_then_name_tab_duration_return(ctx, window, view, sessions, find, qtbot):
    window.show_view("members")  # Ctrl+L works from any view
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = shown_dialog(window)
    assert dialog.windowTitle() == "Log a session"
    activate(qtbot, dialog)
    pair_box = find(dialog, QComboBox, "Pair")
    assert focused() in (pair_box, pair_box.lineEdit())
    assert [pair_box.itemText(i) for i in range(pair_box.count())] == [
        "",
        "Émile Émery & Bruno Faure",
        ZOE_ANNE,
    ]  # the proposal that has not started is not offered

    keys(qtbot, "zoe")  # no accent typed; "zoe" is only in one pair (Marc's is a proposal)
    press(qtbot, Qt.Key.Key_Tab)
    assert pair_box.currentText() == ZOE_ANNE  # leaving the box took the only match
    date = find(dialog, QDateEdit, "Date")
    assert focused() is date
    assert date.date() == QDate.currentDate()  # today unless changed

    press(qtbot, Qt.Key.Key_Tab)
    duration = find(dialog, QLineEdit, "Duration")
    assert focused() is duration
    keys(qtbot, "1h30")
    assert find(dialog, QLabel, "Duration understood").text() == "= 1.5 h"
    press(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    (record,) = sessions.list_sessions()
    assert record.pair_id == pair_box.itemData(pair_box.findText(ZOE_ANNE))
    assert record.held_on == TODAY
    assert record.duration_minutes == 90
    # The status bar says what was saved, for whom, in words.
    said = window.statusBar().currentMessage()
    assert said.startswith("Session of ") and "logged: 1 h 30 min" in said, said
    assert "Zoé" in said and "Anne" in said
    window.show_view("sessions")
    assert table_rows(view) == [(ZOE_ANNE, "1.5 h")]
    assert view.current_session() is not None and view.current_session().id == record.id


def test_one_tab_goes_from_the_date_to_the_duration(log_for, find, qtbot):
    dialog = log_for()
    activate(qtbot, dialog)
    date = find(dialog, QDateEdit, "Date")
    date.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab from the pair box brings it
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "1h30")
    assert date.date() == QDate.currentDate()
    assert find(dialog, QLineEdit, "Duration").text() == "1h30"


def test_ctrl_l_at_start_up_builds_no_other_view(window, pairs, sessions, qtbot):
    # The dialog opens at once, without first building the pairs and sessions views (about
    # a second on a large register); the sessions view, shown later, has the session.
    window.show()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = shown_dialog(window)
    assert not window.tabs.is_built(window._pairs_tab)
    assert not window.tabs.is_built(window._sessions_tab)
    activate(qtbot, dialog)
    keys(qtbot, "anne")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "2h")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [s.duration_minutes for s in sessions.list_sessions()] == [120]
    window.show_view("sessions")
    assert table_rows(window.sessions_view) == [(ZOE_ANNE, "2 h")]


def test_logging_in_french_shows_1_h_30(ctx_fr, qtbot, find):
    service = PairService(ctx_fr.db)
    zoe = add_member(ctx_fr, "Zoé", "Vidal", 2001, Role.MENTOR)
    anne = add_member(ctx_fr, "Anne", "Dupont", 1955, Role.MENTEE)
    service.create(PairInput(zoe, anne, start_date=STARTED))
    window = build_main_window(ctx_fr)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = shown_dialog(window)
    assert dialog.windowTitle() == "Noter une rencontre"
    activate(qtbot, dialog)
    keys(qtbot, "anne")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.pair.currentText() == ZOE_ANNE
    dialog.duration.setFocus()
    keys(qtbot, "1h30")
    assert dialog.duration_hint.text() == "= 1 h 30"
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    window.show_view("sessions")
    assert table_rows(window.sessions_view) == [(ZOE_ANNE, "1 h 30")]
    assert window.sessions_view.summary.text() == "1 rencontre, 1 h 30"


def test_the_pair_list_follows_new_pairs_and_renamed_members(ctx, log_for, pairs, qtbot):
    """The dialog's list of pairs is read once and shared by every dialog (Ctrl+L stays
    instant on a large register), yet a pair started or a member renamed since shows at
    once in the next dialog; a session logged changes nothing in it."""

    def entries(dialog: SessionLogDialog) -> list[str]:
        return [dialog.pair.itemText(i) for i in range(dialog.pair.count())]

    first = log_for()
    assert entries(first) == ["", "Émile Émery & Bruno Faure", ZOE_ANNE]
    first.reject()
    lea = add_member(ctx, "Léa", "Abel", 2003, Role.MENTOR)
    paul = add_member(ctx, "Paul", "Abel", 1958, Role.MENTEE)
    PairService(ctx.db).create(PairInput(lea, paul, start_date=STARTED))
    anne = next(m for m in ctx.members.list_members() if m.first_name == "Anne")
    ctx.members.update(
        anne.id,
        MemberInput(first_name="Anne", last_name="Durand", birth_year=1955, role=Role.MENTEE),
    )
    second = log_for()
    assert entries(second) == [
        "",
        "Léa Abel & Paul Abel",
        "Émile Émery & Bruno Faure",
        "Zoé Vidal & Anne Durand",
    ]
    assert second.pair.currentText() == "Zoé Vidal & Anne Durand"  # opened for that pair
    second.pair.setCurrentIndex(0)
    second.pair.setFocus()
    second.pair.lineEdit().setText("lea abel")
    second.pair.lineEdit().editingFinished.emit()
    assert second.pair.chosen() == second.pair.itemData(1)


def test_a_name_in_two_pairs_takes_none(log_for, find, qtbot, error_beside):
    """ "e" is in both pairs: leaving the box guesses nothing, and saving asks for a pair."""
    dialog = log_for()
    dialog.pair.setCurrentIndex(0)
    activate(qtbot, dialog)
    dialog.pair.setFocus()
    keys(qtbot, "e")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.pair.currentIndex() <= 0
    dialog.duration.setText("1h")
    dialog.accept()
    assert dialog.isVisible()
    assert error_beside(dialog.pair).isVisible()
    assert dialog.saved is None


# -- durations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "minutes", "understood"),
    [
        ("1h30", 90, "= 1.5 h"),
        ("1,5", 90, "= 1.5 h"),
        ("1.5", 90, "= 1.5 h"),
        ("90 min", 90, "= 1.5 h"),
        ("1:30", 90, "= 1.5 h"),
        ("2 h", 120, "= 2 h"),
        ("45", 45, "= 0.75 h"),
    ],
)
def test_every_way_of_writing_a_duration(log_for, sessions, qtbot, typed, minutes, understood):
    dialog = log_for()
    assert dialog.pair.currentText() == ZOE_ANNE
    assert dialog.focusWidget() is dialog.duration  # the pair was given: straight to it
    qtbot.keyClicks(dialog.duration, typed)
    assert dialog.duration_hint.text() == understood
    qtbot.keyClick(dialog.duration, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.saved is not None
    assert dialog.saved.duration_minutes == minutes
    assert [s.duration_minutes for s in sessions.list_sessions()] == [minutes]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "“abc” is not a duration: write it like 1h30, 1,5 or 90 min."),
        ("0", "A session lasts more than zero minutes."),
        ("13h", "A session lasts 12 hours at most: check the duration."),
    ],
)
def test_bad_durations_are_refused_beside_the_field(
    log_for, sessions, qtbot, typed, message, error_beside, shown_errors
):
    dialog = log_for()
    qtbot.keyClicks(dialog.duration, typed)
    assert dialog.duration_hint.text() == ""
    qtbot.keyClick(dialog.duration, Qt.Key.Key_Return)
    assert dialog.isVisible()
    error = error_beside(dialog.duration)
    assert error.isVisible()
    assert error.text() == "⚠ " + message
    assert shown_errors(dialog) == [error.text()]
    assert sessions.list_sessions() == []
    # Corrected, it saves and the refusal goes.
    dialog.duration.setText("1h")
    qtbot.keyClick(dialog.duration, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [s.duration_minutes for s in sessions.list_sessions()] == [60]


def test_no_duration_is_asked_for(log_for, sessions, qtbot, error_beside):
    dialog = log_for()
    qtbot.keyClick(dialog.duration, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert sessions.list_sessions() == []
    assert error_beside(dialog.duration).text() == "⚠ This field is required."


# -- dates -------------------------------------------------------------------------------------


def test_a_future_date_cannot_be_entered(log_for, find, qtbot):
    dialog = log_for()
    date = find(dialog, QDateEdit, "Date")
    assert date.maximumDate() == QDate.currentDate()
    date.setDate(QDate.currentDate().addDays(1))
    assert date.date() == QDate.currentDate()
    activate(qtbot, dialog)
    date.setFocus()
    qtbot.keyClick(date, Qt.Key.Key_Up)  # a step forward from today goes nowhere
    assert date.date() <= QDate.currentDate()


def test_a_date_before_the_pair_started_is_refused_with_the_reason(
    log_for, sessions, find, error_beside
):
    dialog = log_for()
    date = find(dialog, QDateEdit, "Date")
    before = STARTED - dt.timedelta(days=10)
    date.setDate(QDate(before.year, before.month, before.day))
    dialog.duration.setText("1h")
    dialog.accept()
    assert dialog.isVisible()
    assert error_beside(date).text() == (
        f"⚠ The pair only started on {format_date(STARTED, 'en', 'long')}: no session before that."
    )
    assert sessions.list_sessions() == []
    # Another date chosen: the refusal, which spoke of the former one, goes.
    date.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    assert error_beside(date).isHidden()


def test_a_date_while_the_pair_was_paused_is_refused(
    ctx, log_for, pairs, sessions, find, error_beside
):
    pause_on = TODAY - dt.timedelta(days=20)
    service = PairService(ctx.db)
    service.pause(pairs["zoe_anne"], pause_on)
    service.resume(pairs["zoe_anne"], TODAY - dt.timedelta(days=5))
    dialog = log_for()
    date = find(dialog, QDateEdit, "Date")
    paused_day = TODAY - dt.timedelta(days=10)
    date.setDate(QDate(paused_day.year, paused_day.month, paused_day.day))
    dialog.duration.setText("1h")
    dialog.accept()
    assert dialog.isVisible()
    # The pause's first day is the day after the one it was recorded on (a session on that
    # day is allowed), its last the day before the pair resumed.
    first, last = pause_on + dt.timedelta(days=1), TODAY - dt.timedelta(days=6)
    assert error_beside(date).text() == (
        f"⚠ The pair was paused from {format_date(first, 'en', 'long')} to "
        f"{format_date(last, 'en', 'long')}: no session then."
    )
    assert sessions.list_sessions() == []
    date.setDate(QDate(pause_on.year, pause_on.month, pause_on.day))  # the day it paused
    dialog.accept()
    assert not dialog.isVisible()
    assert [s.held_on for s in sessions.list_sessions()] == [pause_on]


def test_a_date_after_a_pause_names_the_day_the_pause_was_recorded(
    ctx, log_for, pairs, sessions, find, error_beside
):
    """« paused on 14 November », the day the coordinator typed, not the 15th (the first
    day without sessions)."""
    pause_on = TODAY - dt.timedelta(days=20)
    PairService(ctx.db).pause(pairs["zoe_anne"], pause_on)
    dialog = log_for()
    date = find(dialog, QDateEdit, "Date")
    later = TODAY - dt.timedelta(days=2)
    date.setDate(QDate(later.year, later.month, later.day))
    dialog.duration.setText("1h")
    dialog.accept()
    assert error_beside(date).text() == (
        f"⚠ The pair was paused on {format_date(pause_on, 'en', 'long')}: no session after that."
    )
    assert sessions.list_sessions() == []


# -- dates typed in one go (issue 9) ----------------------------------------------------------

LOU_JEAN = "Lou Martin & Jean Petit"


def long_running_pair(ctx) -> int:
    """A pair active since January 2026: 15/11/2026 is in its active period, whenever the
    tests run."""
    lou = add_member(ctx, "Lou", "Martin", 2003, Role.MENTOR)
    jean = add_member(ctx, "Jean", "Petit", 1958, Role.MENTEE)
    return PairService(ctx.db).create(PairInput(lou, jean, start_date=dt.date(2026, 1, 5))).id


def test_a_date_typed_in_one_go_then_tab_then_the_duration(
    ctx, window, pairs, sessions, find, qtbot
):
    pair_id = long_running_pair(ctx)
    window.show()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = shown_dialog(window)
    activate(qtbot, dialog)
    keys(qtbot, "lou")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.pair.currentText() == LOU_JEAN
    date = find(dialog, QDateEdit, "Date")
    assert focused() is date
    keys(qtbot, "15/11/2026")  # as a person types it: "/" and all, in one go
    assert date.text() == "15/11/2026"
    assert date.reading.text() == "Sun, Nov 15, 2026"
    press(qtbot, Qt.Key.Key_Tab)  # one Tab: to the duration, nothing spilt into it
    assert focused() is find(dialog, QLineEdit, "Duration")
    assert dialog.duration.text() == ""
    keys(qtbot, "1h30")
    assert dialog.duration.text() == "1h30"
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (record,) = sessions.list_sessions()
    assert (record.pair_id, record.held_on, record.duration_minutes) == (
        pair_id,
        dt.date(2026, 11, 15),
        90,
    )


@pytest.mark.parametrize(
    ("typed", "held_on"),
    [
        ("15 nov. 2026", dt.date(2026, 11, 15)),
        ("15.11.2026", dt.date(2026, 11, 15)),
        ("2026-11-15", dt.date(2026, 11, 15)),
        ("hier", TODAY - dt.timedelta(days=1)),
        ("aujourd’hui", TODAY),
    ],
)
def test_french_dates_typed_in_one_go(ctx_fr, qtbot, find, type_text, typed, held_on):
    pair_id = long_running_pair(ctx_fr)
    sessions = SessionService(ctx_fr.db)
    dialog = SessionLogDialog(sessions, PairService(ctx_fr.db), ctx_fr.language, pair_id=pair_id)
    qtbot.addWidget(dialog)
    dialog.open()
    activate(qtbot, dialog)
    date = find(dialog, QDateEdit, "Date")
    assert date.text() == f"{TODAY:%d/%m/%Y}"  # today, as France writes it
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # from the duration
    assert focused() is date
    type_text(date, typed)
    assert date.date().toPython() == held_on
    day = QDate(held_on.year, held_on.month, held_on.day)
    assert date.reading.text() == QLocale("fr_FR").toString(day, "ddd d MMM yyyy")
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "1h30")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [(s.pair_id, s.held_on, s.duration_minutes) for s in sessions.list_sessions()] == [
        (pair_id, held_on, 90)
    ]


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("31/02/2026", "⚠ This day does not exist"),
        ("2026-13-01", "⚠ This day does not exist"),
        ("11/2026", f"⚠ Not a date: type e.g. {TODAY:%Y-%m-%d}"),
        ("tomorrow", "⚠ Not after today"),
    ],
)
def test_a_date_that_cannot_be_is_said_beside_it_and_gives_no_date(
    log_for, find, qtbot, typed, reason
):
    dialog = log_for()
    activate(qtbot, dialog)
    date = find(dialog, QDateEdit, "Date")
    date.setFocus(Qt.FocusReason.TabFocusReason)
    keys(qtbot, typed)
    assert date.reading.text() == reason
    assert date.reading.isVisible()
    assert not date.is_valid()
    assert not date.date().isValid()  # never the date the field held before
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.duration
    assert date.text() == typed  # kept as typed, to be corrected


def test_saving_a_date_that_cannot_be_is_refused(log_for, sessions, find, qtbot, error_beside):
    dialog = log_for()
    date = find(dialog, QDateEdit, "Date")
    date.edit.setText("31/02/2026")
    dialog.duration.setText("1h")
    dialog.accept()
    assert dialog.isVisible()
    assert error_beside(date).text() == "⚠ “31/02/2026” is not a date."
    assert sessions.list_sessions() == []


# -- editing and deleting ----------------------------------------------------------------------


def log(sessions, pair_id: int, days_ago: int, minutes: int, topics: str | None = None):
    return sessions.log(
        SessionInput(
            pair_id=pair_id,
            held_on=TODAY - dt.timedelta(days=days_ago),
            duration_minutes=minutes,
            topics=topics,
        )
    )


def test_edit_a_session(ctx, view, pairs, sessions, qtbot):
    record = log(sessions, pairs["zoe_anne"], 3, 90, "Visio")
    assert view.select_session(record.id)
    dialog = view.edit_current()
    assert dialog.windowTitle() == "Session"
    assert dialog.pair.currentText() == ZOE_ANNE
    assert dialog.duration.text() == "1h30"
    assert dialog.topics.text() == "Visio"
    assert dialog.date.date().toPython() == record.held_on
    dialog.duration.setText("2 h")
    dialog.topics.setText("Visio, agenda partagé")
    qtbot.keyClick(dialog.duration, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (changed,) = sessions.list_sessions()
    assert (changed.id, changed.duration_minutes, changed.topics) == (
        record.id,
        120,
        "Visio, agenda partagé",
    )
    assert table_rows(view) == [(ZOE_ANNE, "2 h")]
    assert view.current_session().id == record.id


def test_delete_with_confirmation_then_undo(ctx, view, pairs, sessions, monkeypatch, qtbot):
    kept = log(sessions, pairs["emile_bruno"], 2, 60)
    gone = log(sessions, pairs["zoe_anne"], 1, 90, "Réseaux sociaux")
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert view.select_session(gone.id)
    activate(qtbot, view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    day = format_date(gone.held_on, "en", "long")
    assert asked == [
        f"Delete the session of {day} (1 h 30 min) of {ZOE_ANNE}? You can undo it with Ctrl+Z."
    ]  # its length too: two sessions may share a day
    assert [s.id for s in sessions.list_sessions()] == [kept.id]
    said = view.window().statusBar().currentMessage()
    assert said == f"Session of {day} of {ZOE_ANNE} deleted (Ctrl+Z to undo)."
    assert ctx.undo_stack.undoText() == f"delete the session of {day} ({ZOE_ANNE})"
    assert table_rows(view) == [("Émile Émery & Bruno Faure", "1 h")]

    ctx.undo_stack.undo()
    back = sessions.list_sessions()
    assert [s.id for s in back] == [gone.id, kept.id]
    assert back[0] == gone  # as it was, topics included
    assert len(table_rows(view)) == 2
    ctx.undo_stack.redo()
    assert [s.id for s in sessions.list_sessions()] == [kept.id]


def test_a_refused_deletion_claims_nothing(ctx, view, pairs, sessions, monkeypatch):
    """A database opened read-only (or a full disk) refuses the deletion: the refusal goes to
    the sentence that says so, and neither the status bar nor Edit → Undo claims it."""
    from mentorat_desktop.core.errors import StorageError, StorageProblem

    gone = log(sessions, pairs["zoe_anne"], 1, 90)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )

    def refuse(_session_id):
        raise StorageError(StorageProblem.READ_ONLY_SESSION)

    monkeypatch.setattr(view._sessions, "delete", refuse)
    before = view.window().statusBar().currentMessage()
    assert view.select_session(gone.id)
    with pytest.raises(StorageError):  # in the window, the application's hook says it
        view.delete_current()
    assert [s.id for s in sessions.list_sessions()] == [gone.id]
    assert ctx.undo_stack.count() == 0
    assert view.window().statusBar().currentMessage() == before


def test_delete_answered_no_keeps_the_session(view, pairs, sessions, monkeypatch):
    record = log(sessions, pairs["zoe_anne"], 1, 60)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    view.select_session(record.id)
    view.delete_current()
    assert [s.id for s in sessions.list_sessions()] == [record.id]


def test_an_error_goes_when_its_field_is_changed(log_for, find, qtbot):

    dialog = log_for()
    pair = find(dialog, QComboBox, "Pair")
    pair.setCurrentIndex(0)  # no pair chosen, and no duration typed
    dialog.accept()  # Save
    row = pair.parentWidget()
    assert isinstance(row, FieldWithError) and not row.error.isHidden()
    pair.setCurrentIndex(1)
    pair.activated.emit(1)  # what choosing in the list sends
    assert row.error.isHidden()
    duration = find(dialog, QLineEdit, "Duration")
    assert not duration.parentWidget().error.isHidden()
    qtbot.keyClicks(duration, "1h30")
    assert duration.parentWidget().error.isHidden()


def test_a_new_session_starts_from_how_and_where_its_pair_meets(
    ctx, log_for, pairs, sessions, find
):
    """The pair meets by video at the Médiathèque: so does the form, until changed."""
    from mentorat_desktop.core.enums import Mode

    PairService(ctx.db).update_means(pairs["zoe_anne"], mode=Mode.VIDEO, place="Médiathèque")
    dialog = log_for("zoe_anne")
    assert find(dialog, QComboBox, "Mode").currentData() == Mode.VIDEO
    assert find(dialog, QLineEdit, "Place").text() == "Médiathèque"
    # Another pair chosen: its own means (no preference recorded: in person, no place).
    pair_box = find(dialog, QComboBox, "Pair")
    pair_box.setCurrentIndex(pair_box.findData(pairs["emile_bruno"]))
    assert find(dialog, QComboBox, "Mode").currentData() == Mode.IN_PERSON
    assert find(dialog, QLineEdit, "Place").text() == ""
    dialog.duration.setText("1h")
    dialog.accept()
    (saved,) = sessions.list_sessions()
    assert saved.pair_id == pairs["emile_bruno"]


# -- undo ----------------------------------------------------------------------------------------


def test_ctrl_z_after_logging_takes_back_that_session_not_an_older_change(
    ctx, window, view, pairs, sessions, find, qtbot
):
    """Logging goes on the undo stack: Ctrl+Z removes the session just logged (before, it
    took back the previous change, a pair's pause, and left the session)."""
    older = QUndoCommand("the older change")
    ctx.undo_stack.push(older)
    dialog = view.log_session(pairs["zoe_anne"])
    find(dialog, QLineEdit, "Duration").setText("1h30")
    dialog.accept()
    (logged,) = sessions.list_sessions()
    assert "(Ctrl+Z to undo)" in window.statusBar().currentMessage()
    assert ctx.undo_stack.undoText().startswith("log the session of ")

    ctx.undo_stack.undo()
    assert sessions.list_sessions() == []
    assert ctx.undo_stack.undoText() == "the older change"  # untouched
    ctx.undo_stack.redo()
    (again,) = sessions.list_sessions()
    assert (again.id, again.duration_minutes) == (logged.id, 90)


def test_ctrl_z_after_changing_a_session_puts_it_back(ctx, view, pairs, sessions, find):
    logged = sessions.log(SessionInput(pairs["zoe_anne"], TODAY - dt.timedelta(days=2), 60))
    assert view.select_session(logged.id)
    dialog = view.edit_current()
    assert dialog is not None
    find(dialog, QLineEdit, "Duration").setText("2h")
    dialog.accept()
    assert sessions.get(logged.id).duration_minutes == 120
    ctx.undo_stack.undo()
    assert sessions.get(logged.id).duration_minutes == 60
    ctx.undo_stack.redo()
    assert sessions.get(logged.id).duration_minutes == 120


def test_an_undo_another_coordinator_overtook_says_so_and_writes_nothing(
    ctx, window, view, pairs, sessions, find
):
    dialog = view.log_session(pairs["zoe_anne"])
    find(dialog, QLineEdit, "Duration").setText("1h")
    dialog.accept()
    (logged,) = sessions.list_sessions()
    sessions.delete(logged.id)  # deleted meanwhile (by another coordinator)
    ctx.undo_stack.undo()
    said = window.statusBar().currentMessage()
    assert said.startswith("This session (or its pair) was changed or deleted since")
    assert not ctx.undo_stack.canUndo()  # dropped: it cannot be taken back
