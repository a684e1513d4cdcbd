"""The training window as the coordinator uses it: planning a session, ticking who came,
putting mentors on the list, printing the sign-in sheet and the attestations."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QPushButton

from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.training import TrainingService
from mentorat_desktop.gui.printing import PrintOutDialog
from mentorat_desktop.gui.training.session_dialog import TrainingSessionDialog
from mentorat_desktop.gui.training.window import TrainingWindow

PAST = dt.date.today() - dt.timedelta(days=3)


@pytest.fixture
def training(ctx) -> TrainingService:
    return TrainingService(ctx.db)


@pytest.fixture
def people(ctx) -> dict[str, int]:
    ids = {}
    for first, last, role in (
        ("Zoé", "Vidal", Role.MENTOR),
        ("Léo", "Bélanger", Role.MENTOR),
        ("Anne", "Dupont", Role.MENTEE),
    ):
        ids[first] = ctx.members.add(
            MemberInput(
                first_name=first,
                last_name=last,
                role=role,
                birth_year=2001 if role is Role.MENTOR else 1955,
                email=f"{first.lower()}@exemple.org",
            )
        ).id
    return ids


@pytest.fixture
def open_window(ctx, qtbot):
    def make() -> TrainingWindow:
        window = TrainingWindow(ctx.services, "en")
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def item_of(window: TrainingWindow, first_name: str):
    for row in range(window.members.count()):
        item = window.members.item(row)
        if item.text().startswith(first_name):
            return item
    pytest.fail(f"nobody called {first_name} in the list")


def visible_names(window: TrainingWindow) -> list[str]:
    return [
        window.members.item(r).text().split(" — ")[0]
        for r in range(window.members.count())
        if not window.members.item(r).isHidden()
    ]


def test_the_members_menu_opens_the_window(window, qtbot) -> None:
    window.show()
    [action] = [
        a
        for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
        for a in menu.actions()
        if a.text() == "&Training sessions…"
    ]
    action.trigger()
    [opened] = [w for w in window.findChildren(TrainingWindow) if w.isVisible()]
    assert opened.windowTitle() == "Training sessions"
    opened.close()


def test_plan_a_full_day_session(ctx, open_window, people, find, type_text, qtbot) -> None:
    window = open_window()
    assert "No training session yet" in window.hint.text()
    dialog = window.new_session()
    assert isinstance(dialog, TrainingSessionDialog)
    type_text(find(dialog, QLineEdit, "Title"), "Écouter, transmettre")
    dialog.date.setDate(QDate(2026, 3, 14))
    duration = find(dialog, QLineEdit, "Duration")
    duration.clear()
    type_text(duration, "7h")
    assert find(dialog, QCheckBox, "Full day").isChecked()  # six hours or more
    type_text(find(dialog, QLineEdit, "Trainer"), "Samia Benali")
    dialog.accept()
    assert window.model.rowCount() == 1
    record = window.current_session()
    assert (record.title, record.duration_minutes, record.full_day) == (
        "Écouter, transmettre",
        420,
        True,
    )
    assert "planned" in window.notice.text()


def test_a_session_without_a_title_is_refused_beside_the_field(open_window, find) -> None:
    window = open_window()
    dialog = window.new_session()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.saved is None
    assert TrainingService(window._db).list_sessions() == []
    dialog.reject()


def test_ticking_a_member_records_the_attendance_and_the_training_date(
    ctx, training, people, open_window
) -> None:
    session = training.create("Formation", PAST, 180)
    training.invite(session.id, [people["Léo"]])
    window = open_window()
    # The session's list first, then the other active members (mentors first).
    assert visible_names(window) == ["Léo Bélanger", "Zoé Vidal", "Anne Dupont"]
    assert "on the list" in item_of(window, "Léo").text()
    assert "not trained" in item_of(window, "Zoé").text()
    item_of(window, "Zoé").setCheckState(Qt.CheckState.Checked)
    assert ctx.members.get(people["Zoé"]).mentor_training_on == PAST
    assert "trained on" in item_of(window, "Zoé").text()
    assert window.count_label.text() == "1 of 2"
    assert window.notice.text() == "Zoé Vidal: present."
    assert window.attestations_button.isEnabled()
    item_of(window, "Zoé").setCheckState(Qt.CheckState.Unchecked)
    assert ctx.members.get(people["Zoé"]).mentor_training_on is None
    assert not window.attestations_button.isEnabled()


def test_space_ticks_the_current_member(ctx, training, people, open_window, qtbot) -> None:
    training.create("Formation", PAST, 180)
    window = open_window()
    window.members.setFocus()
    window.members.setCurrentRow(0)
    first = window.members.item(0)
    qtbot.keyClick(window.members, Qt.Key.Key_Space)
    assert first.checkState() == Qt.CheckState.Checked
    assert training.list_sessions()[0].attended_count == 1


def test_no_attendance_before_the_day(ctx, training, people, open_window) -> None:
    training.create("Bientôt", dt.date.today() + dt.timedelta(days=10), 180)
    window = open_window()
    item_of(window, "Zoé").setCheckState(Qt.CheckState.Checked)
    assert item_of(window, "Zoé").checkState() == Qt.CheckState.Unchecked
    assert "has not taken place yet" in window.notice.text()
    assert ctx.members.get(people["Zoé"]).mentor_training_on is None


def test_search_and_put_on_the_list(training, people, open_window, find, type_text) -> None:
    session = training.create("Formation", PAST, 180)
    window = open_window()
    search = find(window, QLineEdit, "Search members")
    type_text(search, "zoe")
    assert visible_names(window) == ["Zoé Vidal"]
    item_of(window, "Zoé").setSelected(True)
    find(window, QPushButton, "Put the selected members on the list").click()
    assert [a.first_name for a in training.attendance(session.id)] == ["Zoé"]
    assert "on the list" in item_of(window, "Zoé").text()
    item_of(window, "Zoé").setSelected(True)
    find(window, QPushButton, "Take the selected members off the list").click()
    assert training.attendance(session.id) == []


def test_print_the_sheet_and_the_attestations(ctx, training, people, open_window, find) -> None:
    session = training.create("Formation", PAST, 420)
    training.invite(session.id, [people["Zoé"], people["Léo"]])
    training.attend(session.id, [people["Léo"]])
    window = open_window()
    dialog = window.print_sheet()
    assert isinstance(dialog, PrintOutDialog)
    text = PdfReader(dialog.pdf).pages[0].extract_text()
    assert "Sign-in sheet" in text and "Zoé Vidal" in text and "Morning" in text
    find(dialog, QPushButton, "Print…")  # printing is offered
    dialog.reject()
    dialog = window.print_attestations()
    pages = PdfReader(dialog.pdf).pages
    assert len(pages) == 1 and "Léo Bélanger" in pages[0].extract_text()
    dialog.reject()


def test_delete_a_session_gives_back_the_training_date(
    ctx, training, people, open_window, monkeypatch
) -> None:
    session = training.create("Formation", PAST, 180)
    training.attend(session.id, [people["Zoé"]])
    window = open_window()
    box = window.delete_session()
    assert "Delete “Formation”" in box.text()
    box.done(int(box.StandardButton.Yes))
    assert training.list_sessions() == []
    assert ctx.members.get(people["Zoé"]).mentor_training_on is None
    assert window.model.rowCount() == 0


def test_every_control_has_a_name(open_window, training) -> None:
    training.create("Formation", PAST, 180)
    window = open_window()
    for widget in window.findChildren(QPushButton) + window.findChildren(QLineEdit):
        assert widget.accessibleName(), widget
    assert window.findChildren(QListWidget)[0].accessibleName() == "Members and attendance"
    assert isinstance(window.notice, QLabel)


def test_the_members_view_filters_trained_and_not_trained(
    ctx, window, training, people, find
) -> None:
    session = training.create("Formation", PAST, 180)
    training.attend(session.id, [people["Léo"]])
    view = window.members_view
    combo = find(view, type(view.role_filter), "Filter by mentor training")

    def names() -> list[str]:
        model = view.model
        return sorted(model.record_at(r).first_name for r in range(model.rowCount()))

    assert names() == ["Anne", "Léo", "Zoé"]
    combo.setCurrentIndex(combo.findData(True))
    assert names() == ["Léo"]
    combo.setCurrentIndex(combo.findData(False))
    assert names() == ["Anne", "Zoé"]
    # Attendance recorded elsewhere shows at once: Zoé is trained now.
    training.attend(session.id, [people["Zoé"]])
    assert names() == ["Anne"]
