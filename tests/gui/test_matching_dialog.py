"""Accepting, refusing and editing suggestions in the suggestions dialog."""

from __future__ import annotations

import re

from mentorat_desktop.core.enums import PairStatus, Role
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairService


def propose(dialog, qtbot) -> None:
    """Compute the whole-pool proposal and wait for it (it runs in another thread)."""
    dialog.compute.click()
    qtbot.waitUntil(lambda: not dialog.is_proposing(), timeout=10_000)


def _people(ctx):
    add = ctx.members.add
    zoe = add(
        MemberInput(
            first_name="Zoé",
            last_name="Vidal",
            birth_year=2001,
            role=Role.MENTOR,
            skills_offered=["Réseaux sociaux"],
            skills_wanted=["Négociation"],
        )
    )
    francois = add(
        MemberInput(
            first_name="François",
            last_name="Roy",
            birth_year=1956,
            role=Role.MENTEE,
            skills_offered=["Négociation"],
            skills_wanted=["Réseaux sociaux"],
        )
    )
    return zoe, francois


def test_accept_a_pool_suggestion_creates_a_proposed_pair(ctx, window, qtbot):
    zoe, francois = _people(ctx)
    dialog = window.open_matching()
    propose(dialog, qtbot)
    suggestions = dialog.pool.model.suggestions()
    assert [(s.mentor_id, s.mentee_id) for s in suggestions] == [(zoe.id, francois.id)]
    reasons = dialog.pool.model.index(0, 3).data()
    assert "Zoé offers Réseaux sociaux, which François wants to learn." in reasons
    assert dialog.pool.accept_selected() == 1
    (pair,) = PairService(ctx.db).list_pairs()
    assert pair.status == PairStatus.PROPOSED
    assert (pair.mentor_id, pair.mentee_id) == (zoe.id, francois.id)
    assert pair.match_score and pair.match_score > 0
    assert dialog.pool.model.rowCount() == 0
    dialog.reject()


def test_refused_suggestion_never_comes_back(ctx, window, qtbot):
    _people(ctx)
    dialog = window.open_matching()
    propose(dialog, qtbot)
    assert dialog.pool.refuse_selected() == 1
    propose(dialog, qtbot)
    assert dialog.pool.model.rowCount() == 0
    assert PairService(ctx.db).list_pairs() == []
    dialog.reject()


def test_a_refusal_made_by_mistake_is_taken_back(ctx, window, qtbot):
    from mentorat_desktop.core.services.refusals import RefusalService

    zoe, francois = _people(ctx)
    dialog = window.open_matching()
    propose(dialog, qtbot)
    assert dialog.pool.undo_refusal_button.isHidden()
    assert dialog.pool.refuse_selected() == 1
    assert dialog.pool.model.rowCount() == 0
    assert not dialog.pool.undo_refusal_button.isHidden()
    dialog.pool.undo_refusal_button.click()
    assert RefusalService(ctx.db).list() == []
    assert [(s.mentor_id, s.mentee_id) for s in dialog.pool.model.suggestions()] == [
        (zoe.id, francois.id)
    ]
    assert dialog.pool.message.text() == "1 refusal taken back: suggested again."
    assert dialog.pool.undo_refusal_button.isHidden()
    propose(dialog, qtbot)  # and the matching suggests them again
    assert dialog.pool.model.rowCount() == 1
    dialog.reject()


def test_best_partners_for_one_member_and_edit(ctx, window):
    zoe, francois = _people(ctx)
    dialog = window.open_matching()
    dialog.member.set_member(francois.id)
    assert [s.mentor_id for s in dialog.one.model.suggestions()] == [zoe.id]
    opened = []
    dialog.edit_requested.connect(opened.append)
    dialog.one.table.selectRow(0)
    dialog.one.edit_button.click()
    assert opened and opened[0].mentee_id == francois.id
    dialog.reject()


# -- capacity, wording and numbers --------------------------------------------------------------


def test_accepting_stops_at_each_members_capacity(ctx, window, qtbot):
    zoe, francois = _people(ctx)  # Zoé takes one pair at a time
    odile = ctx.members.add(
        MemberInput(
            first_name="Odile",
            last_name="Perrin",
            birth_year=1960,
            role=Role.MENTEE,
            skills_wanted=["Réseaux sociaux"],
        )
    )
    dialog = window.open_matching()
    dialog.member.set_member(zoe.id)
    assert {s.mentee_id for s in dialog.one.model.suggestions()} == {francois.id, odile.id}
    dialog.one.table.selectAll()
    assert dialog.one.accept_selected() == 1
    assert len(PairService(ctx.db).list_pairs()) == 1
    assert "Zoé Vidal has no room left for another pair." in dialog.one.message.text()
    assert dialog.one.model.rowCount() == 0  # Zoé's other suggestion left the list
    # The proposal holds Zoé's place: she is suggested to nobody else.
    dialog.member.set_member(odile.id)
    assert dialog.one.model.rowCount() == 0
    propose(dialog, qtbot)
    assert dialog.pool.model.rowCount() == 0
    dialog.reject()


def _spaced(text: str) -> str:
    """The text with its no-break spaces as plain spaces."""
    return re.sub(r"[\u00a0\u202f]", " ", text)


def test_french_reasons_elide_before_a_vowel(ctx_fr):
    from mentorat_desktop.i18n.reasons import reason_text

    def teaches(mentor: str, mentee: str) -> str:
        return reason_text("teaches", {"mentor": mentor, "mentee": mentee, "skills": ["Excel"]})

    assert _spaced(teaches("Adrien", "Odile")) == (
        "Adrien peut transmettre ce qu’Odile souhaite apprendre : Excel."
    )
    assert "ce qu’Émilie " in teaches("Zoé", "Émilie")
    assert "ce qu’Hélène " in teaches("Zoé", "Hélène")
    assert "ce qu’Yves " in teaches("Zoé", "Yves")
    assert "ce que Yann " in teaches("Zoé", "Yann")
    assert "ce que Patrick " in teaches("Zoé", "Patrick")
    two_way = reason_text(
        "two_way", {"mentor": "Adrien", "mentee": "Odile", "skills": ["Négociation"]}
    )
    assert _spaced(two_way) == (
        "En retour, Odile peut transmettre ce qu’Adrien souhaite apprendre : Négociation."
    )


def test_availability_is_said_as_recorded(ctx_fr):
    from mentorat_desktop.i18n.reasons import reason_text

    recorded = {
        "slots": ["tuesday", "evening"],
        "mentor": "Zoé",
        "mentee": "Odile",
        "mentor_text": "mardi soir",
        "mentee_text": "Mardi soir.",
    }
    said = _spaced(reason_text("availability", recorded))
    assert said == "Disponibles aux mêmes moments : mardi soir."
    different = reason_text("availability", {**recorded, "mentee_text": "en semaine après 17 h"})
    assert "mardi soir" in different and "en semaine après 17 h" in different
    assert "le mardi et le soir" not in different
    # A reason kept with a pair before the texts were recorded still reads.
    old = reason_text("availability", {"slots": ["tuesday", "evening"]})
    assert _spaced(old) == "Disponibles aux mêmes moments : le mardi et le soir."


def test_scores_use_the_decimal_sign_of_the_language(ctx_fr):
    from mentorat_desktop.core.matching import Suggestion
    from mentorat_desktop.gui.pairs.suggestions_model import COL_SCORE, SuggestionModel
    from mentorat_desktop.i18n.reasons import score_text

    model = SuggestionModel()
    model.set_suggestions([Suggestion(1, 2, "Zoé Vidal", "Odile Perrin", 37.5, ())])
    assert model.index(0, COL_SCORE).data() == "37,5"
    assert score_text(43.0, "fr_FR") == "43,0"
    assert score_text(43.0, "en") == "43.0"


def test_penalties_and_hard_rules_are_shown_apart(ctx, window):
    from mentorat_desktop.core.matching import HARD_RULES
    from mentorat_desktop.gui.pairs.weights_dialog import WeightsDialog

    dialog = window.open_matching()
    weights = dialog.edit_weights()
    assert isinstance(weights, WeightsDialog)
    for name in ("small_gap", "paired_before"):
        assert weights.penalties_box.isAncestorOf(weights.spins[name])
    assert not weights.penalties_box.isAncestorOf(weights.spins["teaches"])
    rules = weights.hard_rules.text().splitlines()
    assert len(rules) == len(HARD_RULES)
    assert not any(line.removeprefix("• ") in HARD_RULES for line in rules)  # words, no codes
    weights.spins["paired_before"].setValue(0)
    weights.accept()
    assert dialog._weights.paired_before == 0
    dialog.reject()


def test_every_weight_is_named_in_words_and_the_distance_goes_far_enough(ctx, window):
    from dataclasses import fields

    from mentorat_desktop.core.matching import MatchWeights

    weights = window.open_matching().edit_weights()
    for f in fields(MatchWeights):
        assert weights.spins[f.name].accessibleName() != f.name  # words, not a field name
    distance = weights.spins["max_distance_km"]
    assert distance.accessibleName() == "Farthest apart to meet in person (km)"
    assert distance.maximum() >= 300


def test_every_hard_rule_is_shown_whole(ctx, window, qtbot):
    weights = window.open_matching().edit_weights()
    qtbot.waitExposed(weights)
    rules = weights.hard_rules
    # As tall as its wrapped text needs at its width: no rule cut off at the bottom.
    assert rules.height() >= rules.heightForWidth(rules.width())


# -- the whole-pool proposal runs off the GUI thread ---------------------------------------------


def test_the_window_answers_while_the_proposal_runs(ctx, window, qtbot, monkeypatch):
    import threading

    from mentorat_desktop.core import matching
    from mentorat_desktop.gui.pairs import matching_dialog

    _people(ctx)
    answered = threading.Event()
    threads = []

    def slow(db, weights, progress):
        # Goes on only once the GUI thread has answered a timer: it would wait in vain
        # (and the proposal come back empty) if the proposal ran on the GUI thread.
        threads.append(threading.current_thread())
        progress(0, 4)
        answered.wait(5)
        return matching.propose_pool(db, weights, progress) if answered.is_set() else []

    monkeypatch.setattr(matching_dialog, "propose_pool", slow)
    dialog = window.open_matching()
    dialog.compute.click()
    assert dialog.is_proposing()
    assert not dialog.compute.isEnabled()
    assert dialog.pool.message.text() == "Computing the proposal…"
    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, answered.set)
    qtbot.waitUntil(lambda: not dialog.is_proposing(), timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.pool.model.rowCount() == 1
    # "(s)" until the English catalogue has the plural of this new text.
    assert re.fullmatch(r"1 pair(\(s\))? proposed for the whole pool\.", dialog.pool.message.text())
    assert dialog.compute.isEnabled()
    assert dialog.progress_dialog is None  # closed
    dialog.reject()


def test_collections_wait_while_the_proposal_runs_and_resume_after(ctx, window, qtbot, monkeypatch):
    """A full collection in the middle of the proposal would freeze the window (it holds
    the interpreter's lock for as long as it walks the heap): they wait until it is done,
    failed or not."""
    import gc

    from mentorat_desktop.core import matching
    from mentorat_desktop.gui.pairs import matching_dialog

    _people(ctx)
    during: list[bool] = []

    def watched(db, weights, progress):
        during.append(gc.isenabled())
        return matching.propose_pool(db, weights, progress)

    def broken(db, weights, progress):
        during.append(gc.isenabled())
        raise RuntimeError("no proposal")

    assert gc.isenabled()
    dialog = window.open_matching()
    for function in (watched, broken):
        monkeypatch.setattr(matching_dialog, "propose_pool", function)
        propose(dialog, qtbot)
        assert gc.isenabled()
    assert during == [False, False]
    dialog.reject()


def test_cancel_drops_the_proposal(ctx, window, qtbot, find):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    _people(ctx)
    dialog = window.open_matching()
    dialog.compute.click()
    box = find(dialog, QProgressDialog, "Whole-pool proposal")
    assert box.maximum() == 4  # its steps: the pool read, scored, solved, explained
    find(box, QPushButton, "Cancel the proposal").click()
    assert dialog.pool.message.text() == "Stopping the proposal…"
    qtbot.waitUntil(lambda: not dialog.is_proposing(), timeout=10_000)
    assert dialog.pool.model.rowCount() == 0  # the result, had it come, is dropped
    assert dialog.pool.message.text() == (
        "Proposal cancelled: the list is as it was before, nothing was changed."
    )
    assert dialog.compute.isEnabled()
    assert dialog.findChildren(QProgressDialog) == [] or not box.isVisible()
    assert PairService(ctx.db).list_pairs() == []
    dialog.reject()


def test_a_failed_proposal_is_said_in_a_sentence(ctx, window, qtbot, monkeypatch):
    from mentorat_desktop.gui.pairs import matching_dialog

    _people(ctx)

    def broken(db, weights, progress):
        raise RuntimeError("secret: zoe@example.org")

    monkeypatch.setattr(matching_dialog, "propose_pool", broken)
    dialog = window.open_matching()
    propose(dialog, qtbot)
    text = dialog.pool.message.text()
    assert text.startswith("Something unexpected stopped the work (RuntimeError).")
    assert "zoe@example.org" not in text and "Traceback" not in text
    assert dialog.compute.isEnabled()
    assert dialog.progress_dialog is None
    dialog.reject()


def test_closing_during_the_proposal_drops_it(ctx, window, qtbot):
    _people(ctx)
    dialog = window.open_matching()
    dialog.compute.click()
    job = dialog.job
    dialog.reject()
    assert dialog.progress.cancelled
    qtbot.waitUntil(lambda: not job.running, timeout=10_000)
    assert dialog.pool.model.rowCount() == 0


def test_a_long_proposal_is_shown_whole_with_rows_as_tall_as_their_reasons(ctx, qtbot):
    from PySide6.QtCore import Qt

    from mentorat_desktop.core.matching import Suggestion
    from mentorat_desktop.core.matching.weights import Reason
    from mentorat_desktop.gui.pairs.matching_dialog import LONG_LIST, MatchingDialog
    from mentorat_desktop.gui.pairs.suggestions_model import COL_MENTOR, COL_REASONS

    city = Reason("same_city", {"city": "Villeurbanne"})
    mode = Reason("same_mode", {"mode": "any"})
    many = [
        Suggestion(k, 10_000 + k, f"Zoé Vidal-{k}", f"Odile Perrin-{k}", 50.0, reasons)
        for k in range(LONG_LIST + 50)
        for reasons in [(city, mode) if k % 2 else (city,)]
    ]
    dialog = MatchingDialog(ctx.services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pool.set_suggestions(many)
    table = dialog.pool.table
    assert dialog.pool.model.rowCount() == len(many)
    one_line, two_lines = table.rowHeight(0), table.rowHeight(1)
    assert two_lines - one_line == table.fontMetrics().lineSpacing()
    assert one_line >= table.fontMetrics().lineSpacing()
    name = dialog.pool.model.index(0, COL_MENTOR).data()
    assert table.columnWidth(COL_MENTOR) > table.fontMetrics().horizontalAdvance(name)
    tip = dialog.pool.model.index(1, COL_REASONS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Both live in Villeurbanne.\nAny way of meeting suits both."
    dialog.pool.set_suggestions(many[:3])  # a short list again: rows measured by contents
    assert table.wordWrap()
    dialog.reject()


def test_the_buttons_wait_for_a_suggestion_to_be_chosen(ctx, window, qtbot):
    zoe, _francois = _people(ctx)
    dialog = window.open_matching()
    one = dialog.one
    buttons = (one.accept_button, one.refuse_button, one.edit_button)
    # Nothing chosen yet: the list says what to do, and nothing can be accepted (it said
    # "0 pairs created" before).
    assert one.message.text() == "Choose a member above to see their best partners."
    assert not any(b.isEnabled() for b in buttons)
    assert dialog.member.lineEdit().placeholderText() == "Type part of a name…"
    assert dialog.pool.message.text() == "The proposal is listed here once computed."
    assert not dialog.pool.accept_button.isEnabled()
    dialog.member.set_member(zoe.id)
    assert one.model.rowCount() == 1
    assert all(b.isEnabled() for b in buttons)  # the best suggestion is chosen at once
    one.table.clearSelection()
    assert not any(b.isEnabled() for b in buttons)
    one.table.selectRow(0)
    assert one.refuse_selected() == 1
    assert not any(b.isEnabled() for b in buttons)  # the list is empty again
    dialog.member.set_member(None)
    assert one.message.text() == "Choose a member above to see their best partners."
    dialog.reject()
