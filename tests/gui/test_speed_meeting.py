"""The speed-meeting evening window: members ticked present, the rota seated and printed, then
each person's wishes saved among the people they met, which the matching then counts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPushButton

from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.event.wishes import EventService, wishes_by_member
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.gui.event.speed_meeting import SpeedMeetingWindow


@pytest.fixture
def room(ctx):
    ids = {}
    for first, year, role in (
        ("Odile", 1952, Role.MENTEE),
        ("Marc", 1960, Role.MENTEE),
        ("Zoé", 2001, Role.MENTOR),
        ("Léo", 2000, Role.MENTOR),
        ("Inès", 2003, Role.MENTOR),
    ):
        ids[first] = ctx.members.add(
            MemberInput(first_name=first, last_name="Martin", birth_year=year, role=role)
        ).id
    return ids


@pytest.fixture
def evening(qtbot, ctx, room):
    window = SpeedMeetingWindow(ctx.services, ctx.language)
    qtbot.addWidget(window)
    window.show()
    return window


def test_members_ticked_present_are_seated(qtbot, evening, room, find) -> None:
    members = find(evening, QListWidget, "Members present")
    assert members.count() == 5
    assert not find(evening, QPushButton, "Print the rota").isEnabled()
    # Ticked from the keyboard.
    members.setFocus()
    for row in range(members.count()):
        members.setCurrentRow(row)
        qtbot.keyClick(members, Qt.Key.Key_Space)
    assert sorted(evening.present_ids()) == sorted(room.values())
    count = find(evening, QLabel, "How many members are present").text()
    assert count.startswith("5 member")
    # Two older, three younger: three rounds at two tables, everyone met everyone.
    assert evening.rota is not None and len(evening.rota.rounds) == 3
    assert evening.rota.tables == 2
    assert find(evening, QPushButton, "Print the rota").isEnabled()


def test_the_rota_is_printed(qtbot, evening, room, monkeypatch) -> None:
    evening.set_present(list(room.values()))
    dialog = evening.print_rota()
    assert dialog is not None
    assert dialog.pdf.read_bytes().startswith(b"%PDF")
    dialog.close()


def test_wishes_are_saved_among_the_people_met(qtbot, ctx, evening, room, find) -> None:
    evening.set_present(list(room.values()))
    person = find(evening, QComboBox, "Whose wishes")
    person.setCurrentIndex(person.findData(room["Odile"]))
    met = find(evening, QListWidget, "Would like to continue with")
    assert sorted(met.item(r).text() for r in range(met.count())) == [
        "Inès Martin",
        "Léo Martin",
        "Zoé Martin",
    ]
    for r in range(met.count()):
        if met.item(r).text() == "Léo Martin":
            met.item(r).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(find(evening, QPushButton, "Save these wishes"), Qt.MouseButton.LeftButton)
    (event,) = EventService(ctx.db).list_events()
    assert event.kind == "speed_meeting" and event.held_on == dt.date.today()
    assert event.rounds == 3
    assert wishes_by_member(ctx.db) == {room["Odile"]: {room["Léo"]: dt.date.today()}}
    # On to the next person at once; coming back shows what was saved.
    assert person.currentData() != room["Odile"]
    person.setCurrentIndex(person.findData(room["Odile"]))
    ticked = [
        met.item(r).text()
        for r in range(met.count())
        if met.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == ["Léo Martin"]


def test_the_timer_for_the_room(qtbot, evening, room, find, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from mentorat_desktop.gui.event.timer import RoomTimer, open_timer

    evening.set_present(list(room.values()))
    assert isinstance(evening.timer_button, QPushButton)
    beeps: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(True)))
    timer = open_timer(None, 3, 1, full_screen=False)
    assert isinstance(timer, RoomTimer)
    assert timer.round_label.text() == "Round 1 of 3"
    assert timer.clock.text() == "01:00"
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    assert timer.running
    for _ in range(60):
        timer.tick()
    assert not timer.running and beeps == [True]
    assert "change tables" in timer.message.text()
    qtbot.keyClick(timer, Qt.Key.Key_N)
    assert timer.round_label.text() == "Round 2 of 3" and timer.clock.text() == "01:00"
    timer.next_round()
    assert not timer.next_button.isEnabled()
    for _ in range(60):
        timer.tick()
    assert "Last round over" in timer.message.text()
    timer.close()


def test_the_matching_says_why_in_words(ctx) -> None:
    from mentorat_desktop.i18n.reasons import reason_text

    both = reason_text("met_at_event", {"date": "2026-03-12", "both": True})
    assert both == "Met at the speed-meeting of March 12, 2026; both wish to continue."
    one = reason_text("met_at_event", {"date": "2026-03-12", "both": False, "who": "Odile"})
    assert one.endswith("; Odile wishes to continue.")
