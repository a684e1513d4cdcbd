"""Typing back a feedback questionnaire: one key per score, the other member next, the
problems said beside their fields; the follow-up view's buttons; the answers in the
dashboard's satisfaction."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QMainWindow, QPushButton

from mentorat_desktop.core.enums import Role, Speaker
from mentorat_desktop.core.feedback.rounds import CheckinRound
from mentorat_desktop.core.services.feedback import FeedbackService
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.gui.feedback.answer_dialog import FeedbackDialog
from mentorat_desktop.gui.feedback.score_row import ScoreRow

D = dt.date
TODAY = D(2026, 2, 12)


@pytest.fixture
def pair_id(ctx) -> int:
    mentor = ctx.members.add(MemberInput(first_name="Zoé", last_name="Vidal", role=Role.MENTOR))
    mentee = ctx.members.add(MemberInput(first_name="Anne", last_name="Dupont", role=Role.MENTEE))
    yann = ctx.members.add(MemberInput(first_name="Yann", last_name="Morel", role=Role.MENTOR))
    pairs = PairService(ctx.db)
    odile = ctx.members.add(MemberInput(first_name="Odile", last_name="Blanc", role=Role.MENTEE))
    pairs.create(PairInput(yann.id, odile.id))  # a proposal: not offered
    return pairs.create(
        PairInput(mentor.id, mentee.id, start_date=D(2026, 1, 10), planned_end=D(2026, 7, 10))
    ).id


@pytest.fixture
def dialog(ctx, pair_id, qtbot) -> FeedbackDialog:
    window = QMainWindow()
    qtbot.addWidget(window)
    widget = FeedbackDialog(ctx.services, pair_id, TODAY, window)
    widget.show()
    widget.kept_window = window  # the window lives as long as the dialog's test
    return widget


def test_only_started_pairs_are_offered_with_their_number(dialog, find, pair_id):
    pairs = find(dialog, QComboBox, "Pair no.")
    assert [pairs.itemText(i) for i in range(pairs.count())] == [
        f"{pair_id} · Zoé Vidal & Anne Dupont"
    ]
    who = find(dialog, QComboBox, "Answered by")
    assert [who.itemText(i) for i in range(who.count())] == [
        "Zoé Vidal (mentor)",
        "Anne Dupont (mentee)",
    ]
    # The first-month check-in (9 February) is due: it is chosen.
    assert find(dialog, QComboBox, "Check-in").currentData() == CheckinRound.FIRST_MONTH


def test_scores_typed_one_key_each_then_the_other_member(ctx, dialog, find, qtbot, pair_id):
    first = find(dialog, ScoreRow, "1. Overall satisfaction")
    first.setFocus()
    for key in "45034":
        focused = dialog.focusWidget()
        qtbot.keyClick(focused, key)
    assert [row.value() for row in dialog.scores.values()] == [4, 5, None, 3, 4]
    dialog.comment.setPlainText("Zoé va vite.")
    qtbot.mouseClick(find(dialog, QPushButton, "Save and next"), Qt.MouseButton.LeftButton)
    (answer,) = FeedbackService(ctx.db).list_answers(pair_id)
    assert answer.respondent is Speaker.MENTOR
    assert answer.scores == {
        "overall": 4,
        "meetings": 5,
        "learning": None,
        "listening": 3,
        "recommend": 4,
    }
    assert (answer.checkin, answer.answered_on, answer.comment) == (
        CheckinRound.FIRST_MONTH,
        TODAY,
        "Zoé va vite.",
    )
    assert dialog.last_notice == "Answers of Zoé Vidal (mentor) recorded."
    assert dialog.parentWidget().statusBar().currentMessage() == dialog.last_notice
    # Ready for the mentee: scores and comment cleared, the pair and check-in kept.
    assert find(dialog, QComboBox, "Answered by").currentData() == Speaker.MENTEE
    assert all(row.value() is None for row in dialog.scores.values())
    assert dialog.comment.toPlainText() == ""
    assert dialog.focusWidget() is first


def test_no_score_is_refused_beside_the_first_question(ctx, dialog, find, pair_id):
    assert dialog.save() is None
    errors = [label.text() for label in dialog.findChildren(QLabel) if label.text().startswith("⚠")]
    assert errors == ["⚠ This field is required."]
    assert FeedbackService(ctx.db).list_answers() == []


def test_save_and_close(ctx, dialog, pair_id):
    dialog.scores["overall"].set_value(2)
    dialog.accept()
    assert not dialog.isVisible()
    assert [a.scores["overall"] for a in FeedbackService(ctx.db).list_answers()] == [2]


def test_arrows_and_zero_on_a_score(dialog, qtbot):
    row = dialog.scores["meetings"]
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Right)
    qtbot.keyClick(row, Qt.Key.Key_Right)
    assert row.value() == 2
    qtbot.keyClick(row, Qt.Key.Key_0)
    assert row.value() is None


# -- the follow-up view ------------------------------------------------------------------------


@pytest.fixture
def followup(ctx, pair_id, qtbot):
    from mentorat_desktop.gui.followup.view import FollowUpView

    window = QMainWindow()
    view = FollowUpView(ctx.services, ctx.signals, ctx.language, today=TODAY)
    window.setCentralWidget(view)
    qtbot.addWidget(window)
    window.show()
    view.kept_window = window
    return view


def test_the_due_checkin_is_listed_with_the_pairs_to_call(followup):
    calls = followup.to_call
    reasons = "\n".join(calls.topLevelItem(i).text(1) for i in range(calls.topLevelItemCount()))
    assert "Check-in after the first month, planned on " in reasons


def test_type_back_from_the_follow_up_view(followup, find, pair_id):
    dialog = followup.type_back()
    assert isinstance(dialog, FeedbackDialog)
    assert dialog.pair.currentData() == pair_id
    dialog.reject()


def test_print_the_questionnaires_of_the_due_pairs(followup, find):
    from mentorat_desktop.gui.printing import PrintOutDialog

    dialog = followup.print_questionnaires()
    assert isinstance(dialog, PrintOutDialog)
    assert dialog.pdf.read_bytes().startswith(b"%PDF-")
    window = followup.window()
    assert window.statusBar().currentMessage().startswith("Questionnaires of the 1 pair")
    dialog.reject()


def test_a_typed_back_answer_shows_in_the_dashboard(ctx, pair_id, qtbot, find):
    from mentorat_desktop.gui.dashboard.view import DashboardView

    view = DashboardView(ctx.services, ctx.signals, ctx.language, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    caption = "mentees' satisfaction (out of 5)"
    assert find(view, QFrame, caption).value.text() == "—"
    dialog = FeedbackDialog(ctx.services, pair_id, TODAY)
    qtbot.addWidget(dialog)
    dialog.respondent.setCurrentIndex(dialog.respondent.findData(Speaker.MENTEE))
    dialog.scores["overall"].set_value(5)
    assert dialog.save() is not None
    qtbot.waitUntil(lambda: find(view, QFrame, caption).value.text() == "5")


# -- the settings ------------------------------------------------------------------------------


def test_the_checkin_offsets_are_set_in_the_preferences(ctx, qtbot, find):
    from PySide6.QtWidgets import QSpinBox

    from mentorat_desktop.gui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(ctx.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    first = find(dialog, QSpinBox, "Feedback check-ins")
    mid = find(dialog, QSpinBox, "Mid-term check-in, share of the pair")
    end = find(dialog, QSpinBox, "End check-in, days before the planned end")
    assert (first.value(), mid.value(), end.value()) == (30, 50, 14)
    assert (first.minimum(), first.maximum(), mid.minimum(), mid.maximum()) == (7, 120, 20, 80)
    first.setValue(45)
    mid.setValue(60)
    end.setValue(21)
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    saved = ctx.settings.get()
    assert (saved.checkin_first_days, saved.checkin_mid_percent, saved.checkin_end_days) == (
        45,
        60,
        21,
    )
