"""Privacy in the window: members without consent marked in the list, a person's data
exported, a person erased (and nothing of them left in the file), the members past the
retention period anonymised; every confirmation can be declined, and then nothing changes."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QTreeWidget

from mentorat_desktop.core.backups import backup_folder
from mentorat_desktop.core.enums import PairStatus
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.gui.members.table_model import COL_NAME
from mentorat_desktop.gui.privacy.erase_dialog import ErasePersonDialog
from mentorat_desktop.gui.privacy.export_dialog import PersonExport, export_files
from mentorat_desktop.gui.privacy.menu import PrivacyActions
from mentorat_desktop.gui.privacy.retention_dialog import RetentionDialog

D = dt.date
WAIT_MS = 15000


def members_action(window, text: str) -> QAction:
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == "Members":
            for action in top.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    pytest.fail(f"no Members > {text}")


def privacy(window) -> PrivacyActions:
    actions = window.findChild(PrivacyActions)
    assert actions is not None
    return actions


def all_names(window) -> list[str]:
    """Every name in the members table, archived members included."""
    view = window.members_view
    combo = view.status_filter
    combo.setCurrentIndex(combo.findText("Active and archived"))
    model = view.model
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def backups(ctx, reason: str) -> list[Path]:
    folder = backup_folder(ctx.db.path)
    return sorted(folder.glob(f"*-{reason}.sqlite3")) if folder.is_dir() else []


def file_bytes(path: Path) -> bytes:
    """The database file and its -wal, as they are on disk."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data


@pytest.fixture
def anne(ctx):
    return ctx.members.add(
        MemberInput(
            first_name="Anne",
            last_name="Dupontel",
            birth_year=1955,
            email="anne.dupontel@exemple.org",
            city="Villeurbanne",
            notes="Préfère le mardi",
            skills_wanted=["Tableur"],
            consent_keep=True,
            consent_contact=True,
            consent_on=D(2025, 2, 4),
            consent_how="paper form",
        )
    )


@pytest.fixture
def bruno(ctx):
    return ctx.members.add(
        MemberInput(first_name="Bruno", last_name="Faure", birth_year=1999, consent_keep=True)
    )


# -- consent at a glance ---------------------------------------------------------------------


def test_withdrawn_and_missing_consent_are_marked_in_the_list(ctx, window, find, anne):
    withdrawn = ctx.members.add(
        MemberInput(
            first_name="Chloé",
            last_name="Garnier",
            consent_keep=True,
            consent_on=D(2024, 5, 1),
            consent_withdrawn_on=D(2025, 1, 10),
        )
    )
    never = ctx.members.add(MemberInput(first_name="Denis", last_name="Huet"))
    model = window.members_view.model
    marked = {}
    for member in (anne, withdrawn, never):
        index = model.index(model.row_of(member.id), COL_NAME)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        marked[member.first_name] = icon is not None and not icon.isNull()
        if marked[member.first_name]:
            # A sign and words, not a colour: the tooltip says why.
            assert "No consent to keep their data" in index.data(Qt.ItemDataRole.ToolTipRole)
            assert index.data(Qt.ItemDataRole.DisplayRole).startswith(member.last_name)
        else:
            assert index.data(Qt.ItemDataRole.ToolTipRole) == "Dupontel, Anne"
    assert marked == {"Anne": False, "Chloé": True, "Denis": True}

    combo = find(window, QComboBox, "Filter by status")
    combo.setCurrentIndex(combo.findText("Without consent"))
    names = [model.index(r, COL_NAME).data() for r in range(model.rowCount())]
    assert names == ["Garnier, Chloé", "Huet, Denis"]
    assert window.members_view.count_label.text().startswith("2 ")

    # Consent recorded: the mark goes and the filter lets the member go.
    ctx.members.update(
        never.id, MemberInput(first_name="Denis", last_name="Huet", consent_keep=True)
    )
    names = [model.index(r, COL_NAME).data() for r in range(model.rowCount())]
    assert names == ["Garnier, Chloé"]


def test_the_without_consent_filter_shows_the_warning_sign_once_the_window_is_up(
    window, find, qtbot
):
    """The same sign as in the list, beside the filter's entry; it comes just after start-up
    (making the style's icon first is not worth the window's first paint)."""
    combo = find(window, QComboBox, "Filter by status")
    index = combo.findText("Without consent")
    assert index >= 0
    qtbot.waitUntil(lambda: not combo.itemIcon(index).isNull(), timeout=5000)
    assert combo.itemIcon(index).cacheKey() == window.members_view.model.warning_icon.cacheKey()


def test_the_detail_panel_says_the_consent_in_words(ctx, window, anne):
    view = window.members_view
    view.select_member(anne.id)
    text = view.detail.body.text()
    assert "Given on 2025-02-04 (paper form): keeping their data, being contacted; " in text
    assert "not sharing their details" in text
    withdrawn = ctx.members.update(
        anne.id,
        MemberInput(
            first_name="Anne",
            last_name="Dupontel",
            consent_on=D(2025, 2, 4),
            consent_withdrawn_on=D(2025, 3, 1),
        ),
    )
    view.select_member(withdrawn.id)
    view.status_filter.setCurrentIndex(view.status_filter.findText("Active and archived"))
    view.select_member(withdrawn.id)
    text = view.detail.body.text()
    assert "⚠ Withdrawn on 2025-03-01 (given on 2025-02-04)" in text


# -- the actions ------------------------------------------------------------------------------


def test_the_members_menu_holds_the_privacy_actions(window, anne):
    view = window.members_view
    view.table.clearSelection()
    actions = privacy(window)
    actions.update_actions()
    assert not members_action(window, "Export this person’s data…").isEnabled()
    assert not members_action(window, "Erase this person…").isEnabled()
    assert members_action(window, "Members past the retention period…").isEnabled()
    view.select_member(anne.id)
    actions.update_actions()
    assert members_action(window, "Export this person’s data…").isEnabled()
    assert members_action(window, "Erase this person…").isEnabled()
    # Called with nothing selected (a shortcut, a script): a word, not a crash.
    view.table.clearSelection()
    assert actions.erase() is None
    assert "Select one member" in window.statusBar().currentMessage()


def test_export_writes_the_json_and_the_csv_beside_it(
    ctx, window, anne, tmp_path, qtbot, monkeypatch
):
    chosen = tmp_path / "exports" / "anne.csv"
    chosen.parent.mkdir()
    monkeypatch.setattr(PersonExport, "choose_path", lambda self, member_id: chosen)
    window.members_view.select_member(anne.id)
    privacy(window).update_actions()
    members_action(window, "Export this person’s data…").trigger()
    files = export_files(chosen)
    qtbot.waitUntil(
        lambda: "Everything kept about Anne Dupontel" in window.statusBar().currentMessage(),
        timeout=WAIT_MS,
    )
    data = json.loads(files.json.read_text(encoding="utf-8"))
    assert data["member_id"] == anne.id
    assert data["profile"]["email"] == "anne.dupontel@exemple.org"
    assert data["skills"]["wanted"] == ["Tableur"]
    assert "anne.dupontel@exemple.org" in files.csv.read_text(encoding="utf-8-sig")
    message = window.statusBar().currentMessage()
    assert str(files.json) in message and str(files.csv) in message


def test_export_asks_before_replacing_the_file_beside_and_can_be_declined(
    ctx, window, anne, tmp_path, qtbot, monkeypatch
):
    chosen = tmp_path / "anne.json"
    (tmp_path / "anne.csv").write_text("someone else's file", encoding="utf-8")
    asked: list[Path] = []
    monkeypatch.setattr(PersonExport, "choose_path", lambda self, member_id: chosen)
    monkeypatch.setattr(
        PersonExport, "confirm_replace", lambda self, path: asked.append(path) or False
    )
    window.members_view.select_member(anne.id)
    assert privacy(window).export() is None
    assert asked == [tmp_path / "anne.csv"]
    assert not chosen.exists()
    assert (tmp_path / "anne.csv").read_text(encoding="utf-8") == "someone else's file"


def test_export_names_both_files_from_the_name_chosen(tmp_path):
    for name in ("anne.json", "anne.csv", "anne", "anne.JSON"):
        files = export_files(tmp_path / name)
        assert (files.json.name, files.csv.name) == ("anne.json", "anne.csv")
    files = export_files(tmp_path / "données.anne")
    assert (files.json.name, files.csv.name) == ("données.anne.json", "données.anne.csv")


def open_erase(window, member) -> ErasePersonDialog:
    window.members_view.select_member(member.id)
    privacy(window).update_actions()
    members_action(window, "Erase this person…").trigger()
    dialog = window.findChild(ErasePersonDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_erase_confirms_then_leaves_nothing_of_the_person_in_the_file(
    ctx, window, find, qtbot, anne, bruno
):
    ctx.undo_stack.push(QUndoCommand("an earlier change"))  # cannot be undone after
    dialog = open_erase(window, anne)
    assert find(dialog, QLabel, "Person to erase").text() == "Erase Anne Dupontel?"
    explanation = find(dialog, QLabel, "What erasing does").text()
    assert "cannot be undone" in explanation
    assert "hours and counts of their pairs stay, without a name" in explanation
    assert "backed up first" in explanation and "within a year" in explanation
    cancel = find(dialog, QPushButton, "Cancel")
    assert cancel.isDefault()  # Return does not erase
    qtbot.mouseClick(find(dialog, QPushButton, "Erase"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)

    message = find(dialog, QLabel, "Message").text()
    assert "Anne Dupontel was erased" in message and f"#{anne.id}" in message
    assert "backed up to" in message
    assert len(backups(ctx, "erasure")) == 1
    assert ctx.undo_stack.count() == 0
    assert f"Member #{anne.id} erased." in window.statusBar().currentMessage()
    names = all_names(window)
    assert not any("Dupontel" in n or "Anne" in n for n in names)
    assert "Faure, Bruno" in names
    erased = ctx.members.get(anne.id)
    assert erased.is_erased and erased.email is None
    qtbot.mouseClick(find(dialog, QPushButton, "Close"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    ctx.db.close()
    raw = file_bytes(ctx.db.path)
    assert b"anne.dupontel@exemple.org" not in raw
    assert b"Dupontel" not in raw
    assert b"Villeurbanne" not in raw


def test_erase_can_be_declined_and_nothing_changes(ctx, window, find, qtbot, anne):
    before = ctx.members.get(anne.id)
    dialog = open_erase(window, anne)
    qtbot.mouseClick(find(dialog, QPushButton, "Cancel"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ctx.members.get(anne.id) == before
    assert backups(ctx, "erasure") == []
    assert "Dupontel, Anne" in all_names(window)


def test_a_member_in_a_current_pair_waits_for_the_pairs_to_be_ended(
    ctx, window, find, qtbot, anne, bruno
):
    pairs = PairService(ctx.db)
    pair = pairs.create(PairInput(mentor_id=bruno.id, mentee_id=anne.id, start_date=D.today()))
    dialog = open_erase(window, anne)
    why = find(dialog, QLabel, "Why the erasure waits")
    assert why.isVisible() and "still in 1 current pair" in why.text()
    erase = find(dialog, QPushButton, "Erase")
    assert not erase.isEnabled()
    end_pairs = find(dialog, QCheckBox, "End their current pairs, then erase")
    assert "no longer available" in end_pairs.text()
    qtbot.mouseClick(end_pairs, Qt.MouseButton.LeftButton)
    assert end_pairs.isChecked() and erase.isEnabled()
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    assert dialog.outcome.summary.pairs_ended == 1
    assert "1 current pair" in find(dialog, QLabel, "Message").text()
    assert pairs.get(pair.id).status == PairStatus.ENDED
    assert ctx.members.get(anne.id).is_erased
    assert not ctx.members.get(bruno.id).is_erased


# -- retention --------------------------------------------------------------------------------


def set_last_change(ctx, member_id: int, day: dt.date) -> None:
    """Make a member's record look as old as ``day`` (created and last changed then)."""
    con = sqlite3.connect(ctx.db.path)
    try:
        stamp = f"{day.isoformat()} 10:00:00.000000"
        con.execute(
            "UPDATE member SET created_at = ?, updated_at = ? WHERE id = ?",
            (stamp, stamp, member_id),
        )
        con.commit()
    finally:
        con.close()


@pytest.fixture
def old_members(ctx):
    odile = ctx.members.add(MemberInput(first_name="Odile", last_name="Leroux", email="o@x.org"))
    ctx.members.archive([odile.id])
    paul = ctx.members.add(MemberInput(first_name="Paul", last_name="Mercier", email="p@x.org"))
    rita = ctx.members.add(MemberInput(first_name="Rita", last_name="Noël", email="r@x.org"))
    set_last_change(ctx, odile.id, D(2015, 6, 1))
    set_last_change(ctx, paul.id, D(2016, 9, 30))
    return odile, paul, rita


def open_retention(window) -> RetentionDialog:
    members_action(window, "Members past the retention period…").trigger()
    dialog = window.findChild(RetentionDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_retention_lists_only_names_dates_and_reasons_then_anonymises(
    ctx, window, find, qtbot, old_members, monkeypatch
):
    odile, paul, rita = old_members
    dialog = open_retention(window)
    table = find(dialog, QTreeWidget, "Members to anonymise")
    header = table.headerItem()
    assert [header.text(c) for c in range(header.columnCount())] == [
        "Name",
        "Last activity",
        "Kept until",
        "Reason",
    ]
    rows = [
        [table.topLevelItem(r).text(c) for c in range(4)] for r in range(table.topLevelItemCount())
    ]
    assert [r[:3] for r in rows] == [
        ["Odile Leroux", "2015-06-01", "2018-06-01"],
        ["Paul Mercier", "2016-09-30", "2019-09-30"],
    ]
    assert rows[0][3].startswith("Archived") and rows[1][3].startswith("Still active")
    assert "o@x.org" not in str(rows)

    asked: list[int] = []
    monkeypatch.setattr(dialog, "confirm", lambda count: asked.append(count) or True)
    qtbot.mouseClick(find(dialog, QPushButton, "Anonymise all"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.message.isVisible(), timeout=WAIT_MS)
    assert asked == [2]
    assert find(dialog, QLabel, "Message").text().startswith("2 member")
    assert len(backups(ctx, "retention")) == 1
    assert ctx.members.get(odile.id).is_erased and ctx.members.get(paul.id).is_erased
    assert not ctx.members.get(rita.id).is_erased
    assert ctx.members.get(rita.id).email == "r@x.org"
    assert find(dialog, QLabel, "No member to anonymise").isVisible()
    assert not find(dialog, QPushButton, "Anonymise all").isEnabled()
    names = all_names(window)
    assert "Noël, Rita" in names
    assert not any("Leroux" in n or "Mercier" in n for n in names)


def test_retention_can_be_declined_and_nothing_changes(
    ctx, window, find, qtbot, old_members, monkeypatch
):
    odile, paul, _rita = old_members
    dialog = open_retention(window)
    monkeypatch.setattr(dialog, "confirm", lambda count: False)
    qtbot.mouseClick(find(dialog, QPushButton, "Anonymise all"), Qt.MouseButton.LeftButton)
    assert not dialog.is_busy()
    assert backups(ctx, "retention") == []
    assert not ctx.members.get(odile.id).is_erased
    assert ctx.members.get(paul.id).email == "p@x.org"
    assert find(dialog, QTreeWidget, "Members to anonymise").topLevelItemCount() == 2


def test_retention_with_nobody_past_it_says_so(ctx, window, find, bruno):
    dialog = open_retention(window)
    assert find(dialog, QLabel, "No member to anonymise").isVisible()
    assert not find(dialog, QPushButton, "Anonymise all").isEnabled()
    assert "36 month" in find(dialog, QLabel, "About the retention period").text()
