"""Accepting, refusing and editing suggestions in the suggestions dialog."""

from __future__ import annotations

from mentorat_desktop.core.enums import PairStatus, Role
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairService


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
    dialog.propose()
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


def test_refused_suggestion_never_comes_back(ctx, window):
    _people(ctx)
    dialog = window.open_matching()
    dialog.propose()
    assert dialog.pool.refuse_selected() == 1
    dialog.propose()
    assert dialog.pool.model.rowCount() == 0
    assert PairService(ctx.db).list_pairs() == []
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
