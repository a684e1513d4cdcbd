"""The pair dialogs on their own: forming a pair and its means, the steps of its life, its
objectives, and which charters to print at once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from mentorat_desktop.core.enums import (
    Direction,
    EndReason,
    Mode,
    ObjectiveStatus,
    Outcome,
    PairStatus,
    Role,
)
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import ObjectiveInput, PairInput, PairService
from mentorat_desktop.gui.pairs.batch_dialog import CharterBatchDialog
from mentorat_desktop.gui.pairs.member_picker import MemberPicker
from mentorat_desktop.gui.pairs.objective_dialog import ObjectiveDialog
from mentorat_desktop.gui.pairs.objectives_dialog import ObjectivesDialog
from mentorat_desktop.gui.pairs.pair_dialog import PairDialog
from mentorat_desktop.gui.pairs.status_dialog import StatusDialog, Step
from mentorat_desktop.gui.widgets import FieldWithError

TODAY = dt.date.today()
LEFT = Qt.MouseButton.LeftButton


# -- helpers -----------------------------------------------------------------------------------


@pytest.fixture
def pairs(ctx) -> PairService:
    return PairService(ctx.db)


@pytest.fixture
def cohorts(ctx) -> CohortService:
    return CohortService(ctx.db)


@pytest.fixture
def people(ctx) -> dict[str, int]:
    """Émile (a trained young mentor), Zoé (another one), Anne and Bruno (seniors)."""

    def add(first: str, last: str, year: int, role: Role, **values) -> int:
        data = MemberInput(first_name=first, last_name=last, birth_year=year, role=role, **values)
        return ctx.members.add(data).id

    return {
        "Émile": add("Émile", "Émery", 1998, Role.MENTOR, mentor_training_on=dt.date(2025, 1, 10)),
        "Zoé": add("Zoé", "Vidal", 2001, Role.MENTOR),
        "Anne": add("Anne", "Dupont", 1955, Role.MENTEE),
        "Bruno": add("Bruno", "Faure", 1970, Role.MENTEE),
    }


@pytest.fixture
def open_dialog(qtbot):
    """Show a dialog as the application does (open(), never exec()), closed at the end."""

    def show(dialog: QDialog) -> QDialog:
        qtbot.addWidget(dialog)
        dialog.open()
        return dialog

    return show


@pytest.fixture
def new_pair(ctx, pairs, cohorts, people, open_dialog):
    return lambda hours=3.0: open_dialog(PairDialog(pairs, ctx.members, cohorts, hours))


def pick(picker: QComboBox, member_id: int) -> None:
    index = picker.findData(member_id)
    assert index > 0, f"member {member_id} is not offered"
    picker.setCurrentIndex(index)


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def check(qtbot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, LEFT, pos=QPoint(4, box.height() // 2))
    assert box.isChecked()


def stray_inputs(dialog: QDialog) -> list[str]:
    """Inputs lying loose on the dialog, outside the form: drawn over its top-left corner."""
    return [
        f"{type(w).__name__} {w.accessibleName()!r}"
        for w in dialog.children()
        if isinstance(w, (QLineEdit, QComboBox, QPlainTextEdit)) and w.isVisible()
    ]


# -- a new pair --------------------------------------------------------------------------------


def test_new_pair_form(cohorts, new_pair, find, shown_errors):
    cohorts.create("Québec 2025")
    cohorts.create("Automne")
    dialog = new_pair(2.5)
    assert dialog.windowTitle() == "New pair"
    assert dialog.accessibleName() == "New pair"
    assert items(find(dialog, QComboBox, "Cohort")) == ["No cohort", "Automne", "Québec 2025"]
    assert items(find(dialog, QComboBox, "Mode")) == [
        "No preference",
        "In person",
        "Video call",
        "Phone",
    ]
    hours = find(dialog, QDoubleSpinBox, "Commitment")
    assert hours.value() == 2.5  # the program's default
    assert hours.text() == "2 h 30 min per month"
    assert not find(dialog, QCheckBox, "Charter signed (the pair starts)").isChecked()
    assert not find(dialog, QCheckBox, "Planned end").isChecked()
    planned = find(dialog, QDateEdit, "Planned end — date")
    assert not planned.isEnabled()
    assert planned.date() == QDate.currentDate().addMonths(9)
    for name in ("Place", "Frequency", "Why accept one more pair than agreed"):
        assert find(dialog, QLineEdit, name).text() == ""
    assert not find(dialog, QLabel, "Warnings").isVisible()
    assert shown_errors(dialog) == []
    for name in ("Save", "Cancel"):
        assert find(dialog, QPushButton, name).isEnabled()
    captions = [label for label in dialog.findChildren(QLabel) if label.text().endswith(":")]
    assert [c.text() for c in captions][:2] == [
        "Mentor (the younger):",
        "Mentee (the more experienced):",
    ]
    assert all(c.buddy() is not None for c in captions)  # each caption leads to its field


def test_member_labels_say_the_generation_and_year(new_pair, people):
    dialog = new_pair()
    mentor = dialog.mentor
    assert isinstance(mentor, MemberPicker) and mentor.isEditable()
    assert mentor.itemText(mentor.findData(people["Émile"])) == "Émile Émery (Generation Z, 1998)"
    mentee = dialog.mentee
    assert mentee.itemText(mentee.findData(people["Anne"])) == "Anne Dupont (Baby boomer, 1955)"
    assert mentor.findData(people["Anne"]) == -1  # a mentee only is no mentor
    assert mentee.findData(people["Émile"]) == -1


def test_preset_fills_both_members(new_pair, people):
    dialog = new_pair()
    dialog.preset(people["Zoé"], people["Bruno"])
    assert dialog.mentor.member_id() == people["Zoé"]
    assert dialog.mentee.member_id() == people["Bruno"]


def test_new_pair_with_every_field(ctx, pairs, cohorts, new_pair, people, find, qtbot, type_text):
    cohort = cohorts.create("Québec 2025")
    dialog = new_pair()
    pick(find(dialog, QComboBox, "Mentor"), people["Émile"])
    pick(find(dialog, QComboBox, "Mentee"), people["Anne"])
    combo = find(dialog, QComboBox, "Cohort")
    combo.setCurrentIndex(combo.findText("Québec 2025"))
    check(qtbot, find(dialog, QCheckBox, "Planned end"))
    end = QDate.currentDate().addMonths(6)
    find(dialog, QDateEdit, "Planned end — date").setDate(end)
    find(dialog, QDoubleSpinBox, "Commitment").setValue(2)
    type_text(find(dialog, QLineEdit, "Place"), "  Médiathèque  ")
    mode = find(dialog, QComboBox, "Mode")
    mode.setCurrentIndex(mode.findText("Phone"))
    type_text(find(dialog, QLineEdit, "Frequency"), "le jeudi")
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    (pair,) = pairs.list_pairs()
    assert dialog.saved == pair
    assert pair.status == PairStatus.PROPOSED
    assert pair.cohort_id == cohort.id
    assert pair.planned_end == end.toPython()
    assert pair.monthly_commitment_hours == 2.0
    assert (pair.place, pair.mode, pair.frequency) == ("Médiathèque", Mode.PHONE, "le jeudi")
    assert pair.capacity_override_reason is None


def test_cancel_writes_nothing(pairs, new_pair, people, find, qtbot):
    dialog = new_pair()
    pick(dialog.mentor, people["Émile"])
    pick(dialog.mentee, people["Anne"])
    qtbot.mouseClick(find(dialog, QPushButton, "Cancel"), LEFT)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.saved is None
    assert pairs.list_pairs() == []


def test_a_planned_end_before_the_signature_is_refused(
    pairs, new_pair, people, find, qtbot, error_beside, shown_errors
):
    dialog = new_pair()
    pick(dialog.mentor, people["Émile"])
    pick(dialog.mentee, people["Anne"])
    check(qtbot, find(dialog, QCheckBox, "Charter signed (the pair starts)"))
    check(qtbot, find(dialog, QCheckBox, "Planned end"))
    find(dialog, QDateEdit, "Planned end — date").setDate(QDate.currentDate().addDays(-1))
    dialog.accept()
    assert dialog.isVisible()
    assert error_beside(dialog.planned_end).text() == "⚠ The end comes before the start."
    assert shown_errors(dialog) == ["⚠ The end comes before the start."]
    assert pairs.list_pairs() == []


def test_errors_of_an_earlier_attempt_are_cleared(
    pairs, new_pair, people, error_beside, shown_errors
):
    pairs.create(PairInput(people["Émile"], people["Anne"]))
    dialog = new_pair()
    dialog.accept()
    assert len(shown_errors(dialog)) == 2  # neither member chosen
    pick(dialog.mentor, people["Émile"])
    pick(dialog.mentee, people["Anne"])
    dialog.accept()
    assert shown_errors(dialog) == ["⚠ Émile Émery and Anne Dupont already form a pair."]
    assert not error_beside(dialog.mentor).isVisible()


def test_signing_beyond_capacity_needs_a_reason(
    pairs, new_pair, people, find, qtbot, type_text, error_beside
):
    pairs.create(PairInput(people["Émile"], people["Anne"], start_date=TODAY))
    dialog = new_pair()
    pick(dialog.mentor, people["Émile"])
    pick(dialog.mentee, people["Bruno"])
    check(qtbot, find(dialog, QCheckBox, "Charter signed (the pair starts)"))
    dialog.accept()
    assert dialog.isVisible()
    error = error_beside(dialog.mentor)
    assert error.isVisible()
    assert error.text().startswith("⚠ Émile Émery already holds 1 pair")
    assert "Say why they may take one more pair." in error.text()
    assert len(pairs.list_pairs()) == 1
    reason = find(dialog, QLineEdit, "Why accept one more pair than agreed")
    type_text(reason, "Il a du temps cet hiver")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.saved.status == PairStatus.ACTIVE
    assert dialog.saved.capacity_override_reason == "Il a du temps cet hiver"


# -- the means of a pair -----------------------------------------------------------------------


@pytest.fixture
def signed_pair(pairs, cohorts, people):
    cohort = cohorts.create("Québec 2025")
    return pairs.create(
        PairInput(
            people["Émile"],
            people["Anne"],
            cohort_id=cohort.id,
            start_date=TODAY,
            planned_end=TODAY + dt.timedelta(days=200),
            monthly_commitment_hours=2.5,
            place="Médiathèque",
            mode=Mode.VIDEO,
            frequency="le jeudi",
        )
    )


@pytest.fixture
def means(ctx, pairs, cohorts, signed_pair, open_dialog):
    return open_dialog(PairDialog(pairs, ctx.members, cohorts, 3.0, signed_pair))


def test_means_dialog_shows_the_pair(means, signed_pair, find):
    assert means.windowTitle() == "Means of the pair"
    assert any(
        label.text() == "<b>Émile Émery</b> &amp; <b>Anne Dupont</b>"
        for label in means.findChildren(QLabel)
    )
    assert find(means, QComboBox, "Cohort").currentText() == "Québec 2025"
    assert find(means, QCheckBox, "Planned end").isChecked()
    assert find(means, QDateEdit, "Planned end — date").date().toPython() == (
        signed_pair.planned_end
    )
    assert find(means, QDoubleSpinBox, "Commitment").value() == 2.5
    assert find(means, QLineEdit, "Place").text() == "Médiathèque"
    assert find(means, QComboBox, "Mode").currentText() == "Video call"
    assert find(means, QLineEdit, "Frequency").text() == "le jeudi"
    names = {w.accessibleName() for w in means.findChildren(QCheckBox)}
    assert "Charter signed (the pair starts)" not in names  # signing is a step of its life
    names = {w.accessibleName() for w in means.findChildren(QLineEdit)}
    assert "Why accept one more pair than agreed" not in names


def test_means_dialog_shows_no_member_picker(means):
    assert [p for p in means.findChildren(MemberPicker) if p.isVisible()] == []
    assert stray_inputs(means) == []


def test_saving_the_means(pairs, means, signed_pair, find, type_text):
    place = find(means, QLineEdit, "Place")
    place.clear()
    type_text(place, "Café des âges")
    find(means, QDoubleSpinBox, "Commitment").setValue(4)
    cohort = find(means, QComboBox, "Cohort")
    cohort.setCurrentIndex(cohort.findText("No cohort"))
    means.accept()
    assert not means.isVisible()
    saved = pairs.get(signed_pair.id)
    assert means.saved == saved
    assert (saved.place, saved.monthly_commitment_hours) == ("Café des âges", 4.0)
    assert saved.cohort_id is None
    assert saved.mode == Mode.VIDEO and saved.frequency == "le jeudi"  # kept
    assert saved.charter_version == 2


def test_a_new_pairs_planned_end_follows_its_signing_date(new_pair, find):
    """Nine months after the signing typed, until the planned end is set by hand."""
    dialog = new_pair()
    signed = find(dialog, QDateEdit, "Charter signed (the pair starts) — date")
    planned = find(dialog, QDateEdit, "Planned end — date")
    signed.setDate(QDate(2026, 11, 2))
    assert planned.date() == QDate(2027, 8, 2)
    planned.setDate(QDate(2027, 6, 30))  # by hand
    signed.setDate(QDate(2026, 10, 1))
    assert planned.date() == QDate(2027, 6, 30)


def test_a_commitment_typed_2h30_is_saved_as_two_hours_and_a_half(
    pairs, means, signed_pair, find, qtbot
):
    """Typed as people write it. A plain number box dropped the « h » and saved 23 hours."""
    hours = find(means, QDoubleSpinBox, "Commitment")
    hours.setFocus()
    hours.lineEdit().selectAll()
    qtbot.keyClicks(hours, "2h30")
    means.accept()
    assert not means.isVisible()
    assert pairs.get(signed_pair.id).monthly_commitment_hours == 2.5


def test_a_commitment_past_what_the_box_reads_as_typed_is_read_on_save(
    pairs, signed_pair, open_dialog, cohorts, ctx, find, qtbot
):
    """« 20h30 » (beyond a session's 12 hours, which the reading as it goes stops at) and
    Return straight away: 20 h 30 saved, not the value the box held before."""
    means = open_dialog(PairDialog(pairs, ctx.members, cohorts, 3.0, pairs.get(signed_pair.id)))
    hours = find(means, QDoubleSpinBox, "Commitment")
    hours.setFocus()
    hours.lineEdit().selectAll()
    qtbot.keyClicks(hours, "20h30")
    means.accept()
    assert pairs.get(signed_pair.id).monthly_commitment_hours == 20.5


def test_a_pair_moves_to_another_cohort(ctx, pairs, cohorts, signed_pair, open_dialog, find):
    autumn = cohorts.create("Automne 2026")
    dialog = open_dialog(PairDialog(pairs, ctx.members, cohorts, 3.0, signed_pair))
    combo = find(dialog, QComboBox, "Cohort")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "No cohort",
        "Automne 2026",
        "Québec 2025",
    ]
    combo.setCurrentIndex(combo.findData(autumn.id))
    dialog.accept()
    assert not dialog.isVisible()
    moved = pairs.get(signed_pair.id)
    assert (moved.cohort_id, moved.cohort_name) == (autumn.id, "Automne 2026")
    assert moved.charter_version == 2  # the charter prints the cohort: a new version


def test_closed_cohorts_are_offered_only_to_the_pairs_already_in_them(
    ctx, pairs, cohorts, people, signed_pair, open_dialog, find
):
    cohorts.create("Automne 2026")
    cohorts.close(signed_pair.cohort_id)
    new = open_dialog(PairDialog(pairs, ctx.members, cohorts, 3.0))
    combo = find(new, QComboBox, "Cohort")
    assert [combo.itemText(i) for i in range(combo.count())] == ["No cohort", "Automne 2026"]
    means = open_dialog(PairDialog(pairs, ctx.members, cohorts, 3.0, signed_pair))
    combo = find(means, QComboBox, "Cohort")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "No cohort",
        "Automne 2026",
        "Québec 2025 (closed)",
    ]
    assert combo.currentText() == "Québec 2025 (closed)"
    means.accept()  # saving the means keeps the pair in its closed cohort
    assert pairs.get(signed_pair.id).cohort_id == signed_pair.cohort_id


def test_means_with_an_end_before_the_start_are_refused(
    pairs, means, signed_pair, find, error_beside
):
    find(means, QDateEdit, "Planned end — date").setDate(QDate.currentDate().addDays(-3))
    means.accept()
    assert means.isVisible()
    assert error_beside(means.planned_end).text() == "⚠ The end comes before the start."
    assert pairs.get(signed_pair.id) == signed_pair


# -- the steps of a pair's life -----------------------------------------------------------------


@pytest.fixture
def status_dialog(pairs, signed_pair, open_dialog):
    return lambda step: open_dialog(StatusDialog(pairs, pairs.get(signed_pair.id), step))


FIELDS = {
    Step.ACTIVATE: [(QLineEdit, "Why accept one more pair than agreed")],
    Step.PAUSE: [(QLineEdit, "Note")],
    Step.RESUME: [(QLineEdit, "Note")],
    Step.CANCEL: [(QLineEdit, "Note")],
    Step.END: [
        (QComboBox, "Reason"),
        (QComboBox, "Objectives reached"),
        (QPlainTextEdit, "What the mentor learned"),
        (QPlainTextEdit, "What the mentee learned"),
        (QPlainTextEdit, "Comment"),
    ],
}
TITLES = {
    Step.ACTIVATE: "Start the pair",
    Step.PAUSE: "Pause the pair",
    Step.RESUME: "Resume the pair",
    Step.END: "End the pair",
    Step.CANCEL: "Withdraw the proposal",
}
DATES = {step: "Charter signed on" if step == Step.ACTIVATE else "Date" for step in Step}
CONFIRM = {step: "Withdraw the proposal" if step == Step.CANCEL else "OK" for step in Step}


@pytest.fixture
def proposal(pairs, people):
    return pairs.create(PairInput(people["Zoé"], people["Bruno"]))


@pytest.fixture
def status_dialog_for(pairs, signed_pair, proposal, open_dialog):
    """The dialog of a step, on the pair it applies to (a proposal is withdrawn)."""

    def make(step: Step) -> StatusDialog:
        pair = proposal if step in (Step.ACTIVATE, Step.CANCEL) else signed_pair
        return open_dialog(StatusDialog(pairs, pairs.get(pair.id), step))

    return make


@pytest.mark.parametrize("step", list(Step))
def test_each_step_asks_for_its_own_fields(status_dialog_for, step, find):
    dialog = status_dialog_for(step)
    assert dialog.windowTitle() == TITLES[step]
    date = find(dialog, QDateEdit, DATES[step])
    assert date.date() == QDate.currentDate()
    assert date.maximumDate() == QDate.currentDate()
    for cls, name in FIELDS[step]:
        widget = find(dialog, cls, name)
        assert widget.isVisible()
        assert isinstance(widget.parentWidget(), FieldWithError)
    for name in (CONFIRM[step], "Cancel"):
        assert find(dialog, QPushButton, name).isVisible()
    assert any(
        label.text()
        in (
            "<b>Émile Émery</b> &amp; <b>Anne Dupont</b>",
            "<b>Zoé Vidal</b> &amp; <b>Bruno Faure</b>",
        )
        for label in dialog.findChildren(QLabel)
    )


def test_each_step_shows_no_other_field(status_dialog_for):
    strays = {}
    for step in Step:
        dialog = status_dialog_for(step)
        strays[step.value] = stray_inputs(dialog)
        dialog.reject()
    assert strays == {step.value: [] for step in Step}


def test_end_starts_with_no_reason_and_no_evaluation_chosen(status_dialog, find):
    dialog = status_dialog(Step.END)
    for name in ("Reason", "Objectives reached"):
        combo = find(dialog, QComboBox, name)
        assert combo.currentIndex() == -1, name
        assert combo.currentData() is None
        assert combo.currentText() == ""


def test_ending_without_a_reason_is_refused_beside_the_reason(
    pairs, signed_pair, status_dialog, find, qtbot, error_beside, shown_errors
):
    dialog = status_dialog(Step.END)
    qtbot.mouseClick(find(dialog, QPushButton, "OK"), LEFT)
    assert dialog.isVisible()
    assert error_beside(find(dialog, QComboBox, "Reason")).text() == "⚠ Choose a reason."
    assert shown_errors(dialog) == ["⚠ Choose a reason."]
    assert pairs.get(signed_pair.id).status == PairStatus.ACTIVE
    reason = find(dialog, QComboBox, "Reason")
    reason.setCurrentIndex(reason.findText("Mismatch"))
    qtbot.mouseClick(find(dialog, QPushButton, "OK"), LEFT)
    assert not dialog.isVisible()
    ended = pairs.get(signed_pair.id)
    assert (ended.end_reason, ended.outcome) == (EndReason.MISMATCH, None)


def test_end_offers_the_reasons_and_the_evaluation(status_dialog, find):
    dialog = status_dialog(Step.END)
    assert items(find(dialog, QComboBox, "Reason")) == [
        "Objectives reached",
        "No longer available",
        "Mismatch",
        "Other reason",
    ]
    assert items(find(dialog, QComboBox, "Objectives reached")) == [
        "Not assessed",
        "Yes",
        "Mostly",
        "Partly",
        "No",
    ]
    assert find(dialog, QPlainTextEdit, "Comment").tabChangesFocus()  # Tab leaves the box


def test_end_not_assessed(pairs, signed_pair, status_dialog, find):
    dialog = status_dialog(Step.END)
    reason = find(dialog, QComboBox, "Reason")
    reason.setCurrentIndex(reason.findText("No longer available"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    ended = pairs.get(signed_pair.id)
    assert ended.end_reason == EndReason.NO_LONGER_AVAILABLE
    assert ended.outcome is None


def test_end_with_an_evaluation(pairs, signed_pair, status_dialog, find):
    dialog = status_dialog(Step.END)
    reason = find(dialog, QComboBox, "Reason")
    reason.setCurrentIndex(reason.findText("Objectives reached"))
    outcome = find(dialog, QComboBox, "Objectives reached")
    outcome.setCurrentIndex(outcome.findText("Partly"))
    find(dialog, QPlainTextEdit, "What the mentor learned").setPlainText("  La patience  ")
    dialog.accept()
    ended = pairs.get(signed_pair.id)
    assert ended.end_reason == EndReason.OBJECTIVES_REACHED
    assert ended.outcome == Outcome.PARTLY
    assert ended.mentor_learned == "La patience"
    assert ended.mentee_learned is None and ended.closing_comment is None


def test_other_reason_without_comment_is_refused(
    pairs, signed_pair, status_dialog, find, error_beside, shown_errors
):
    dialog = status_dialog(Step.END)
    reason = find(dialog, QComboBox, "Reason")
    reason.setCurrentIndex(reason.findText("Other reason"))
    find(dialog, QPlainTextEdit, "Comment").setPlainText("   ")
    dialog.accept()
    assert dialog.isVisible()
    comment = find(dialog, QPlainTextEdit, "Comment")
    assert error_beside(comment).text() == "⚠ This field is required."
    assert shown_errors(dialog) == ["⚠ This field is required."]
    assert pairs.get(signed_pair.id).status == PairStatus.ACTIVE


def test_a_step_not_allowed_is_refused(pairs, signed_pair, open_dialog, find, error_beside):
    stale = pairs.get(signed_pair.id)  # the dialog was opened on an active pair...
    pairs.pause(signed_pair.id, TODAY)  # ...that was paused meanwhile
    dialog = open_dialog(StatusDialog(pairs, stale, Step.PAUSE))
    dialog.accept()
    assert dialog.isVisible()
    # Changed since the dialog read it: refused as another coordinator's change would be.
    assert "Nothing was saved" in find(dialog, QLabel, "Changed by someone else").text()
    assert find(dialog, QLabel, "Their change").text() == "Their change:\n• Status: Paused"
    # Reloaded, the step is checked against the pair as it is now.
    find(dialog, QPushButton, "Reload with their change").click()
    dialog.accept()
    assert error_beside(find(dialog, QDateEdit, "Date")).text() == (
        "⚠ A pair cannot go from this status to that one."
    )


def test_pause_then_resume_with_notes(pairs, signed_pair, status_dialog, find, type_text):
    dialog = status_dialog(Step.PAUSE)
    type_text(find(dialog, QLineEdit, "Note"), "Congé")
    dialog.accept()
    dialog = status_dialog(Step.RESUME)
    dialog.accept()
    pair = pairs.get(signed_pair.id)
    assert pair.status == PairStatus.ACTIVE
    assert [(c.status, c.note) for c in pair.history] == [
        (PairStatus.ACTIVE, None),
        (PairStatus.PAUSED, "Congé"),
        (PairStatus.ACTIVE, None),
    ]


def test_a_proposal_is_withdrawn_with_a_note_and_no_evaluation(
    pairs, proposal, status_dialog_for, find, qtbot, type_text
):
    dialog = status_dialog_for(Step.CANCEL)
    assert any("no evaluation is asked" in label.text() for label in dialog.findChildren(QLabel))
    names = {w.accessibleName() for w in dialog.findChildren(QWidget) if w.isVisible()}
    assert not names & {"Reason", "Objectives reached", "What the mentor learned", "Comment"}
    type_text(find(dialog, QLineEdit, "Note"), "Proposé par erreur")
    qtbot.mouseClick(find(dialog, QPushButton, "Withdraw the proposal"), LEFT)
    assert not dialog.isVisible()
    withdrawn = pairs.get(proposal.id)
    assert withdrawn.is_cancelled
    assert (withdrawn.end_reason, withdrawn.outcome) == (None, None)
    assert [(c.status, c.effective_on, c.note) for c in withdrawn.history] == [
        (PairStatus.PROPOSED, TODAY, None),
        (PairStatus.ENDED, TODAY, "Proposé par erreur"),
    ]


def test_withdrawing_a_pair_that_started_meanwhile_is_refused(
    pairs, proposal, open_dialog, find, qtbot, error_beside
):
    stale = pairs.get(proposal.id)
    pairs.activate(proposal.id, TODAY)
    dialog = open_dialog(StatusDialog(pairs, stale, Step.CANCEL))
    qtbot.mouseClick(find(dialog, QPushButton, "Withdraw the proposal"), LEFT)
    assert dialog.isVisible()
    assert "Nothing was saved" in find(dialog, QLabel, "Changed by someone else").text()
    find(dialog, QPushButton, "Reload with their change").click()
    qtbot.mouseClick(find(dialog, QPushButton, "Withdraw the proposal"), LEFT)
    assert error_beside(find(dialog, QDateEdit, "Date")).text() == (
        "⚠ A pair cannot go from this status to that one."
    )
    assert pairs.get(proposal.id).status == PairStatus.ACTIVE


def test_the_start_dialog_is_wide_enough_for_its_title(pairs, proposal, status_dialog_for):
    dialog = status_dialog_for(Step.ACTIVATE)
    assert dialog.width() > dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 100


# -- objectives --------------------------------------------------------------------------------


@pytest.fixture
def objective_dialog(pairs, signed_pair, open_dialog):
    return lambda objective=None: open_dialog(ObjectiveDialog(pairs, signed_pair.id, objective))


def test_objective_form(objective_dialog, find):
    dialog = objective_dialog()
    assert dialog.windowTitle() == "Objective"
    assert find(dialog, QLineEdit, "Objective").text() == ""
    assert find(dialog, QLineEdit, "Success indicator").text() == ""
    assert not find(dialog, QCheckBox, "Target date").isChecked()
    assert items(find(dialog, QComboBox, "Who passes it on")) == [
        "The mentor passes it on",
        "The mentee passes it on",
        "Both ways",
    ]
    assert items(find(dialog, QComboBox, "Status")) == [
        "To start",
        "In progress",
        "Reached",
        "Dropped",
    ]


def test_add_an_objective_with_a_target_date(
    pairs, signed_pair, objective_dialog, find, qtbot, type_text
):
    dialog = objective_dialog()
    type_text(find(dialog, QLineEdit, "Objective"), "Créer un profil professionnel")
    type_text(find(dialog, QLineEdit, "Success indicator"), "Profil en ligne")
    check(qtbot, find(dialog, QCheckBox, "Target date"))
    target = QDate.currentDate().addMonths(2)
    find(dialog, QDateEdit, "Target date — date").setDate(target)
    direction = find(dialog, QComboBox, "Who passes it on")
    direction.setCurrentIndex(direction.findText("The mentee passes it on"))
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), LEFT)
    assert not dialog.isVisible()
    (objective,) = pairs.get(signed_pair.id).objectives
    assert objective.text == "Créer un profil professionnel"
    assert objective.indicator == "Profil en ligne"
    assert objective.target_date == target.toPython()
    assert objective.direction == Direction.MENTEE_TO_MENTOR
    assert objective.status == ObjectiveStatus.OPEN
    assert pairs.get(signed_pair.id).charter_version == 2  # the signed charter changed


def test_an_empty_objective_is_refused(pairs, signed_pair, objective_dialog, find, error_beside):
    dialog = objective_dialog()
    dialog.accept()
    assert dialog.isVisible()
    assert error_beside(find(dialog, QLineEdit, "Objective")).text() == (
        "⚠ This field is required."
    )
    assert pairs.get(signed_pair.id).objectives == ()


def test_change_an_objective_loads_it(pairs, signed_pair, objective_dialog, find):
    target = TODAY + dt.timedelta(days=30)
    record = pairs.add_objective(
        signed_pair.id,
        ObjectiveInput(
            "Monter une vidéo",
            indicator="Une vidéo publiée",
            target_date=target,
            status=ObjectiveStatus.IN_PROGRESS,
            direction=Direction.BOTH,
        ),
    )
    dialog = objective_dialog(record)
    assert find(dialog, QLineEdit, "Objective").text() == "Monter une vidéo"
    assert find(dialog, QLineEdit, "Success indicator").text() == "Une vidéo publiée"
    assert find(dialog, QCheckBox, "Target date").isChecked()
    assert find(dialog, QDateEdit, "Target date — date").date().toPython() == target
    assert find(dialog, QComboBox, "Who passes it on").currentText() == "Both ways"
    assert find(dialog, QComboBox, "Status").currentText() == "In progress"
    status = find(dialog, QComboBox, "Status")
    status.setCurrentIndex(status.findText("Reached"))
    dialog.accept()
    (changed,) = pairs.get(signed_pair.id).objectives
    assert changed.status == ObjectiveStatus.REACHED
    assert changed.text == "Monter une vidéo"
    assert pairs.get(signed_pair.id).charter_version == 2  # progress alone is no new charter


def test_objectives_list(pairs, signed_pair, open_dialog, find):
    dialog = open_dialog(ObjectivesDialog(pairs, signed_pair.id))
    assert dialog.windowTitle() == "Objectives of Émile Émery and Anne Dupont"
    assert dialog.edit() is None  # nothing to change yet
    assert not find(dialog, QPushButton, "Change the objective").isEnabled()
    pairs.add_objective(signed_pair.id, ObjectiveInput("Un", indicator="Fait"))
    pairs.add_objective(signed_pair.id, ObjectiveInput("Deux"))
    dialog.reload()
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "Un — To start\n    Indicator: Fait",
        "Deux — To start",
    ]
    assert dialog.list.currentRow() == 0
    assert find(dialog, QPushButton, "Change the objective").isEnabled()
    assert find(dialog, QPushButton, "Close").isVisible()
    editor = dialog.edit()
    assert editor.text.text() == "Un"
    editor.reject()
    # After a change, the objective changed stays selected (Remove next acts on it).
    dialog.list.setCurrentRow(1)
    editor = dialog.edit()
    editor.indicator.setText("Un appel seul")
    editor.accept()
    assert dialog.list.currentRow() == 1
    assert dialog.list.currentItem().text() == "Deux — To start\n    Indicator: Un appel seul"


# -- which charters to print --------------------------------------------------------------------


@pytest.fixture
def program(pairs, cohorts, ctx):
    """Pairs of two cohorts and none, in every status; returns their ids by name."""

    def add(first: str, last: str, year: int, role: Role) -> int:
        data = MemberInput(first_name=first, last_name=last, birth_year=year, role=role)
        return ctx.members.add(data).id

    mentors = [add(f"Jeune{i}", f"Mentor{i}", 1995 + i, Role.MENTOR) for i in range(6)]
    mentees = [add(f"Senior{i}", f"Mentore{i}", 1950 + i, Role.MENTEE) for i in range(6)]
    a = cohorts.create("Printemps")
    b = cohorts.create("Automne")
    ids = {}
    for n, (name, cohort, signed) in enumerate(
        [
            ("a_proposed", a.id, None),
            ("a_active", a.id, TODAY),
            ("a_ended", a.id, None),
            ("b_active", b.id, TODAY),
            ("none_proposed", None, None),
            ("none_paused", None, TODAY),
        ]
    ):
        pair = pairs.create(PairInput(mentors[n], mentees[n], cohort_id=cohort, start_date=signed))
        ids[name] = pair.id
    pairs.end(ids["a_ended"], TODAY, reason="mismatch")
    pairs.pause(ids["none_paused"], TODAY)
    ids["cohort_a"], ids["cohort_b"] = a.id, b.id
    return ids


def batch(pairs, cohorts, open_dialog, selected=()):
    return open_dialog(CharterBatchDialog(pairs, cohorts, list(selected)))


def test_batch_all_proposed_and_active(pairs, cohorts, program, open_dialog, find):
    dialog = batch(pairs, cohorts, open_dialog)
    assert dialog.windowTitle() == "Print charters"
    current = find(dialog, QRadioButton, "All proposed and active pairs")
    assert current.isChecked()
    assert not dialog.selection.isEnabled()  # nothing selected
    assert not find(dialog, QComboBox, "Cohort").isEnabled()
    assert sorted(dialog.pair_ids()) == sorted(
        [program["a_proposed"], program["a_active"], program["b_active"], program["none_proposed"]]
    )
    assert dialog.copies() == 1


def test_batch_a_cohort(pairs, cohorts, program, open_dialog, find, qtbot):
    dialog = batch(pairs, cohorts, open_dialog)
    by_cohort = find(dialog, QRadioButton, "The pairs of a cohort")
    assert by_cohort.isEnabled()
    qtbot.mouseClick(by_cohort, LEFT, pos=QPoint(4, by_cohort.height() // 2))
    assert by_cohort.isChecked()
    cohort = find(dialog, QComboBox, "Cohort")
    assert cohort.isEnabled()
    assert items(cohort) == ["Automne", "Printemps"]
    cohort.setCurrentIndex(cohort.findText("Printemps"))
    assert sorted(dialog.pair_ids()) == sorted([program["a_proposed"], program["a_active"]])
    cohort.setCurrentIndex(cohort.findText("Automne"))
    assert dialog.pair_ids() == [program["b_active"]]


def test_batch_the_selected_pairs_in_their_order(pairs, cohorts, program, open_dialog, qtbot):
    chosen = [program["none_paused"], program["a_proposed"]]
    dialog = batch(pairs, cohorts, open_dialog, chosen)
    assert dialog.selection.isEnabled()
    assert dialog.selection.accessibleName() == dialog.selection.text()
    assert dialog.selection.text().startswith("The 2 selected pair")
    qtbot.mouseClick(dialog.selection, LEFT, pos=QPoint(4, dialog.selection.height() // 2))
    assert dialog.pair_ids() == chosen


def test_batch_copies(pairs, cohorts, program, open_dialog, find, qtbot):
    dialog = batch(pairs, cohorts, open_dialog)
    check(qtbot, find(dialog, QCheckBox, "Two copies of each charter"))
    assert dialog.copies() == 2
    dialog.two_copies.setChecked(False)
    assert dialog.copies() == 1


def test_batch_without_cohorts(pairs, cohorts, people, open_dialog, find):
    pairs.create(PairInput(people["Émile"], people["Anne"]))
    dialog = batch(pairs, cohorts, open_dialog)
    assert not find(dialog, QRadioButton, "The pairs of a cohort").isEnabled()
    assert len(dialog.pair_ids()) == 1


def test_a_pause_dated_with_a_day_that_does_not_exist_is_refused_beside_the_date(
    pairs, signed_pair, status_dialog, find, qtbot
):
    from mentorat_desktop.gui.widgets import DateField

    dialog = status_dialog(Step.PAUSE)
    date = find(dialog, QDateEdit, "Date")
    assert isinstance(date, DateField)
    date.setFocus()
    qtbot.keyClick(date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(date, "31/02/2026")  # typed as people type it
    assert date.errors("effective_on")
    qtbot.mouseClick(find(dialog, QPushButton, "OK"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert pairs.get(signed_pair.id).status.value == "active"
    row = date.parentWidget()
    assert isinstance(row, FieldWithError) and row.error.isVisible()
