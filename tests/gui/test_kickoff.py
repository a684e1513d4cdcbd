"""The kickoff evening window as the coordinator uses it: the pairs expected at their tables,
charters ticked from the keyboard, the ticked pairs made active together with the evening's
date, and who did not come listed for a call."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)

from mentorat_desktop.core.enums import PairStatus, Role
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.gui.event.kickoff import KickoffWindow
from mentorat_desktop.gui.event.kickoff_model import COL_SIGNED

TODAY = dt.date.today()


@pytest.fixture
def evening(ctx):
    cohort = CohortService(ctx.db).create("Printemps")
    service = PairService(ctx.db)
    ids = {}
    for key, older, younger, cohort_id in (
        ("zola", ("Émile", "Zola", 1950), ("Zoé", "Martin", 2001), cohort.id),
        ("andre", ("Odile", "André", 1955), ("Léo", "Roy", 2000), cohort.id),
        ("morel", ("Marc", "Morel", 1960), ("Inès", "Côté", 2003), None),
    ):
        mentee = ctx.members.add(
            MemberInput(
                first_name=older[0],
                last_name=older[1],
                birth_year=older[2],
                role=Role.MENTEE,
                phone="06 11 22 33 44",
            )
        ).id
        mentor = ctx.members.add(
            MemberInput(
                first_name=younger[0],
                last_name=younger[1],
                birth_year=younger[2],
                role=Role.MENTOR,
                email=f"{younger[0].lower()}@exemple.org",
            )
        ).id
        ids[key] = service.create(
            PairInput(mentor_id=mentor, mentee_id=mentee, cohort_id=cohort_id)
        ).id
    return {"cohort": cohort.id, **ids}


@pytest.fixture
def kickoff(qtbot, ctx, evening):
    kickoff = KickoffWindow(ctx.services, ctx.language)
    qtbot.addWidget(kickoff)
    kickoff.show()
    return kickoff


def test_the_pairs_expected_are_listed_at_their_tables(kickoff, find) -> None:
    table = find(kickoff, QTableView, "Pairs expected")
    model = table.model()
    assert model.rowCount() == 3
    assert [model.index(r, 1).data() for r in range(3)] == [
        "Odile André",
        "Marc Morel",
        "Émile Zola",
    ]
    assert [model.index(r, 0).data() for r in range(3)] == ["1", "2", "3"]
    # Nobody has signed yet: everyone is on the list to call, and nothing can be activated.
    to_call = find(kickoff, QPlainTextEdit, "Pairs to call").toPlainText()
    assert to_call.count("Table") == 3
    assert "Inès Côté (inès@exemple.org)" in to_call
    assert not find(kickoff, QPushButton, "Make the ticked pairs active").isEnabled()


def test_a_cohort_narrows_the_list(kickoff, find, evening) -> None:
    combo = find(kickoff, QComboBox, "Cohort of the evening")
    combo.setCurrentIndex(combo.findData(evening["cohort"]))
    model = find(kickoff, QTableView, "Pairs expected").model()
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        "Odile André",
        "Émile Zola",
    ]


def test_ticked_pairs_become_active_and_the_others_are_to_call(
    qtbot, ctx, kickoff, find, evening
) -> None:
    table = find(kickoff, QTableView, "Pairs expected")
    table.setFocus()
    # From the keyboard: the first row is selected; Space on the box column ticks it.
    table.setCurrentIndex(table.model().index(0, COL_SIGNED))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    table.setCurrentIndex(table.model().index(2, COL_SIGNED))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert "Charters signed: 2 of 3" in find(kickoff, QLabel, "How many charters are signed").text()
    to_call = find(kickoff, QPlainTextEdit, "Pairs to call").toPlainText()
    assert "Marc Morel" in to_call and "Zola" not in to_call
    button = find(kickoff, QPushButton, "Make the ticked pairs active")
    assert button.isEnabled()
    heard: list[str] = []
    ctx.signals.changed.connect(heard.append)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    pairs = PairService(ctx.db)
    for key in ("andre", "zola"):
        record = pairs.get(evening[key])
        assert record.status == PairStatus.ACTIVE
        assert record.charter_signed_on == TODAY
    assert pairs.get(evening["morel"]).status == PairStatus.PROPOSED
    assert heard.count("pairs") == 1
    # The list now holds only who did not come.
    assert table.model().rowCount() == 1
    assert "Marc Morel" in find(kickoff, QPlainTextEdit, "Pairs to call").toPlainText()


def test_a_refusal_activates_nobody(qtbot, ctx, kickoff, find, evening, monkeypatch) -> None:
    model = find(kickoff, QTableView, "Pairs expected").model()
    model.set_signed(0, True)
    model.set_signed(1, True)
    # Meanwhile, elsewhere, one of them was activated already.
    PairService(ctx.db).activate(evening["andre"], TODAY)
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warned.append(text)
    )
    assert kickoff.activate_ticked() is False
    assert warned and warned[0].startswith("No pair was made active")
    assert PairService(ctx.db).get(evening["morel"]).status == PairStatus.PROPOSED


def test_copy_the_list_to_call(qtbot, kickoff, find) -> None:
    qtbot.mouseClick(find(kickoff, QPushButton, "Copy the list to call"), Qt.MouseButton.LeftButton)
    assert "Émile Zola" in QApplication.clipboard().text()


def test_opened_from_the_pairs_menu(qtbot, window) -> None:
    actions = [
        a
        for menu in window.menuBar().actions()
        if menu.menu() is not None
        for a in menu.menu().actions()
        if a.text() == "&Kickoff evening…"
    ]
    assert len(actions) == 1
    actions[0].trigger()
    windows = window.findChildren(KickoffWindow)
    assert len(windows) == 1
    windows[0].close()
