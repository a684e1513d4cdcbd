"""Local groups in the window: without groups nothing shows (no selector, no group field);
with groups the toolbar's selector restricts the members, pairs and follow-up views to one
group; the groups window creates, renames and deletes them and remembers this computer's
own group."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mentorat_desktop.app import build_main_window
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.services.groups import ALL_GROUPS
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairInput
from mentorat_desktop.core.services.sessions import SessionInput
from mentorat_desktop.gui.groups import settings
from mentorat_desktop.gui.groups.window import GroupsWindow


def _people(ctx) -> dict[str, int]:
    """Two groups, each with a mentor and a mentee in an active pair, and one member in no
    group. The group ids by name."""
    services = ctx.services
    lyon = services.groups.create("Lyon").id
    nantes = services.groups.create("Nantes").id
    ids = {}
    for first, last, year, role, group in (
        ("Zoé", "Martin", 1999, Role.MENTOR, lyon),
        ("Odile", "Bernard", 1958, Role.MENTEE, lyon),
        ("Lucas", "Petit", 2000, Role.MENTOR, nantes),
        ("Henri", "Durand", 1955, Role.MENTEE, nantes),
        ("Anne", "Seule", 1970, Role.EITHER, None),
    ):
        data = MemberInput(first_name=first, last_name=last, birth_year=year, role=role)
        ids[first] = services.members.add(data, group_id=group).id
    start = dt.date.today().replace(day=1) - dt.timedelta(days=40)
    services.pairs.create(PairInput(ids["Zoé"], ids["Odile"], start_date=start))
    services.pairs.create(PairInput(ids["Lucas"], ids["Henri"], start_date=start))
    return {"Lyon": lyon, "Nantes": nantes}


def _member_names(window) -> list[str]:
    model = window.members_view.model
    return sorted(model.record_at(row).first_name for row in range(model.rowCount()))


def _pair_mentors(window) -> list[str]:
    model = window.pairs_view.model
    return sorted(model.record_at(row).mentor_name for row in range(model.rowCount()))


def _choose(window, text: str) -> None:
    selector = window.group_selector
    index = selector.findText(text)
    assert index >= 0, [selector.itemText(i) for i in range(selector.count())]
    selector.setCurrentIndex(index)


def test_without_groups_nothing_shows(ctx, qtbot) -> None:
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    assert window.group_bar.isHidden()
    assert not window.group_selector.has_groups
    assert ctx.services.groups.scope == ALL_GROUPS
    dialog = window.members_view.add_member()
    assert dialog.group is None  # no "Local group" field
    dialog.reject()


def test_the_selector_restricts_every_list(ctx, qtbot) -> None:
    _people(ctx)
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    assert not window.group_bar.isHidden()
    assert window.group_selector.currentText() == "All groups"
    assert _member_names(window) == ["Anne", "Henri", "Lucas", "Odile", "Zoé"]
    _choose(window, "Lyon")
    assert _member_names(window) == ["Odile", "Zoé"]
    assert _pair_mentors(window) == ["Zoé Martin"]
    grid = window.followup_view.model
    shown = [grid.pair_id_at(r) for r in range(grid.rowCount())]
    assert [p for p in shown if p is not None] == [window.pairs_view.model.record_at(0).id]
    _choose(window, "Nantes")
    assert _member_names(window) == ["Henri", "Lucas"]
    assert _pair_mentors(window) == ["Lucas Petit"]
    _choose(window, "All groups")
    assert len(_pair_mentors(window)) == 2


def test_a_new_member_joins_the_group_shown(ctx, qtbot) -> None:
    groups = _people(ctx)
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    _choose(window, "Nantes")
    dialog = window.members_view.add_member()
    assert dialog.group is not None and dialog.group.currentText() == "Nantes"
    dialog.first_name.setText("Paul")
    dialog.last_name.setText("Roux")
    dialog.accept()
    assert dialog.saved is not None
    assert ctx.services.groups.group_of("member", dialog.saved.id) == groups["Nantes"]
    assert "Paul" in _member_names(window)
    # Moving an existing member to another group through the form.
    dialog = window.members_view.edit_current()
    dialog.group.setCurrentIndex(dialog.group.findText("Lyon"))
    dialog.accept()
    moved = dialog.saved.id
    assert ctx.services.groups.group_of("member", moved) == groups["Lyon"]


def test_the_sessions_view_and_the_exports_keep_to_the_group_shown(
    ctx, qtbot, tmp_path, monkeypatch
) -> None:
    """A computer that sees only its own group sees only its group's sessions, and exports
    only its group's members and sessions."""
    _people(ctx)
    start = dt.date.today().replace(day=1) - dt.timedelta(days=20)
    for pair in ctx.services.pairs.list_pairs():
        ctx.services.sessions.log(SessionInput(pair.id, start, 90))
    settings.set_own_group("Lyon")
    settings.set_may_see_all(False)
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    view = window.sessions_view
    shown = [view.model.record_at(r).mentor_name for r in range(view.model.rowCount())]
    assert shown == ["Zoé Martin"]
    for export, name in ((window.export_members, "m.csv"), (window.export_sessions, "s.csv")):
        target = tmp_path / name
        monkeypatch.setattr(
            QFileDialog,
            "getSaveFileName",
            staticmethod(lambda *a, target=target, **k: (str(target), "")),
        )
        export()
        qtbot.waitUntil(lambda: not window.exporter.is_running())
        text = target.read_text(encoding="utf-8-sig")
        assert "Martin" in text and "Petit" not in text and "Durand" not in text, name
    # A computer that may see all groups, showing all: every session.
    settings.set_may_see_all(True)
    window.group_selector.refresh()
    _choose(window, "All groups")
    assert view.model.rowCount() == 2


def test_a_group_deleted_while_the_form_is_open_is_said_beside_the_field(ctx, qtbot) -> None:
    """Another coordinator deletes the group chosen in the form before it is saved: the
    form says so under the group field, stays open, and nothing typed in it is written."""
    _people(ctx)
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    _choose(window, "Nantes")
    summaries = ctx.services.members.list_summaries()
    member_id = next(m.id for m in summaries if m.first_name == "Henri")
    window.members_view.select_member(member_id)
    dialog = window.members_view.edit_current()
    assert dialog is not None
    before = ctx.services.members.get(member_id)
    brest = ctx.services.groups.create("Brest").id
    dialog.group.addItem("Brest", brest)  # as read when the form opened
    dialog.group.setCurrentIndex(dialog.group.findText("Brest"))
    dialog.last_name.setText("Autrenom")
    ctx.services.groups.delete(brest)  # meanwhile, elsewhere
    dialog.accept()
    assert dialog.saved is None and dialog.result() == 0
    assert dialog.group.row.error.text() == "⚠ This local group no longer exists."
    assert dialog.tabs.currentIndex() == dialog.tabs.indexOf(dialog.group.row.parentWidget())
    after = ctx.services.members.get(member_id)
    assert (after.last_name, after.row_version) == (before.last_name, before.row_version)
    # Another group chosen: the edit and the move are saved together.
    dialog.group.setCurrentIndex(dialog.group.findText("Lyon"))
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.last_name == "Autrenom"
    assert ctx.services.groups.group_of("member", member_id) == ctx.services.groups.find("Lyon").id


def test_a_cohorts_group_deleted_meanwhile_is_said_beside_the_field(ctx, qtbot) -> None:
    _people(ctx)
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    cohorts = window.open_cohorts()
    dialog = cohorts.new_cohort()
    brest = ctx.services.groups.create("Brest").id
    dialog.group.addItem("Brest", brest)
    dialog.group.setCurrentIndex(dialog.group.findText("Brest"))
    dialog.name.setText("Printemps")
    ctx.services.groups.delete(brest)
    dialog.accept()
    assert dialog.saved is None
    assert dialog.group.row.error.text() == "⚠ This local group no longer exists."
    assert ctx.services.cohorts.list_cohorts() == []
    cohorts.reject()


def test_groups_window_creates_renames_and_deletes(ctx, qtbot, monkeypatch) -> None:
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    assert window.group_bar.isHidden()
    dialog = window.open_groups()
    assert isinstance(dialog, GroupsWindow)
    dialog.name.setText("Lyon")
    dialog.create_button.click()
    assert dialog.model.rowCount() == 1
    assert "created" in dialog.notice.text()
    # The selector appears with the first group.
    assert not window.group_bar.isHidden()
    dialog.name.setText("lyon")
    dialog.create_button.click()
    assert dialog.notice.text() == "This name is already used."
    assert dialog.model.rowCount() == 1
    dialog.name.setText("Lyon Est")
    dialog.rename_button.click()
    assert dialog.current_group().name == "Lyon Est"
    assert window.group_selector.findText("Lyon Est") >= 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.delete_button.click()
    assert dialog.model.rowCount() == 0
    assert window.group_bar.isHidden()
    dialog.reject()


def test_this_computers_group_is_shown_first_and_kept(ctx, qtbot) -> None:
    groups = _people(ctx)
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    dialog = window.open_groups()
    dialog.select_group(groups["Nantes"])
    dialog.own_button.click()
    assert settings.own_group() == "Nantes"
    assert window.group_selector.itemText(0) == "My group: Nantes"
    dialog.reject()
    # Next time the window opens on this computer's group.
    ctx.services.groups.scope = ALL_GROUPS
    again = build_main_window(ctx)
    qtbot.addWidget(again)
    assert again.group_selector.currentText() == "My group: Nantes"
    assert _member_names(again) == ["Henri", "Lucas"]


@pytest.mark.parametrize("allowed", [True, False])
def test_may_see_all_groups_is_a_setting_of_this_computer(ctx, qtbot, allowed: bool) -> None:
    _people(ctx)
    settings.set_own_group("Lyon")
    settings.set_may_see_all(allowed)
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    selector = window.group_selector
    texts = [selector.itemText(i) for i in range(selector.count())]
    if allowed:
        assert texts == ["My group: Lyon", "All groups", "Nantes"]
        assert selector.isEnabled()
    else:
        assert texts == ["My group: Lyon"]
        assert not selector.isEnabled()
    assert _member_names(window) == ["Odile", "Zoé"]


def test_the_cohort_form_has_a_group_field_only_with_groups(ctx, qtbot) -> None:
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    cohorts = window.open_cohorts()
    dialog = cohorts.new_cohort()
    assert dialog.group is None
    dialog.reject()
    cohorts.reject()
    groups = _people(ctx)
    _choose(window, "Lyon")
    cohorts = window.open_cohorts()
    dialog = cohorts.new_cohort()
    assert dialog.group.currentText() == "Lyon"
    dialog.name.setText("Printemps")
    dialog.accept()
    assert ctx.services.groups.group_of("cohort", dialog.saved.id) == groups["Lyon"]
    assert ctx.services.groups.get(groups["Lyon"]).counts.cohorts == 1
    cohorts.reject()
