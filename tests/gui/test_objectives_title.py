"""The objectives window names the pair with French elision."""

from __future__ import annotations


def test_the_objectives_window_is_titled_with_elision_in_french(ctx_fr, qtbot):
    from mentorat_desktop.core.enums import Role
    from mentorat_desktop.core.services.members import MemberInput
    from mentorat_desktop.core.services.pairs import PairInput, PairService
    from mentorat_desktop.gui.pairs.objectives_dialog import ObjectivesDialog

    add = ctx_fr.members.add
    young = add(
        MemberInput(first_name="Adrien", last_name="Roy", birth_year=2001, role=Role.MENTOR)
    )
    old = add(MemberInput(first_name="Odile", last_name="Roy", birth_year=1955, role=Role.MENTEE))
    pairs = PairService(ctx_fr.db)
    pair = pairs.create(PairInput(mentor_id=young.id, mentee_id=old.id))
    dialog = ObjectivesDialog(pairs, pair.id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Objectifs d’Adrien Roy et d’Odile Roy"
