"""The members register as the coordinator uses it: empty state, add, search, edit, archive,
keyboard, and a French screen without English left over."""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QTableView,
    QTreeWidget,
    QWidget,
)

from mentorat_desktop.app import build_main_window, create_context
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.enums import MemberStatus, Role
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.gui.members.dialog import MemberDialog
from mentorat_desktop.gui.members.empty_state import EmptyMembers
from mentorat_desktop.gui.members.table_model import COL_CITY, COL_NAME


@pytest.fixture
def view(window):
    window.resize(1200, 700)
    window.show()
    return window.members_view


def add(ctx, first: str, last: str, **values) -> int:
    return ctx.members.add(MemberInput(first_name=first, last_name=last, **values)).id


@pytest.fixture
def three(ctx, view):
    """Three members (Anne, Émile, Bruno); returns their ids by first name."""
    return {
        "Anne": add(
            ctx,
            "Anne",
            "Dupont",
            birth_year=1955,
            email="anne@exemple.org",
            city="Lyon",
            role=Role.MENTEE,
            skills_wanted=["Réseaux sociaux"],
        ),
        "Émile": add(
            ctx,
            "Émile",
            "Émery",
            birth_year=1998,
            email="emile@exemple.org",
            city="Québec",
            role=Role.MENTOR,
            skills_offered=["Réseaux sociaux", "Vidéo"],
        ),
        "Bruno": add(ctx, "Bruno", "Faure", birth_year=1970, city="Montréal", role=Role.MENTEE),
    }


def names(view) -> list[str]:
    model = view.model
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def selected_names(view) -> list[str]:
    return [r.full_name for r in view.selected_records()]


# -- empty state -------------------------------------------------------------------------------


def test_empty_database_shows_the_three_ways_to_begin(view, find):
    page = view.stack.currentWidget()
    assert isinstance(page, EmptyMembers)
    assert page.accessibleName() == "No members yet"
    assert page.isVisible()
    assert not view.table.isVisible()
    for name in ("Add a member", "Import a spreadsheet", "Open the demo"):
        button = find(page, QPushButton, name)
        assert button.isVisible() and button.isEnabled()
    assert find(page, QPushButton, "Import a spreadsheet").text() == "Import a spreadsheet…"


def test_empty_state_add_button_opens_the_form(view, find, qtbot):
    page = view.stack.currentWidget()
    qtbot.mouseClick(find(page, QPushButton, "Add a member"), Qt.MouseButton.LeftButton)
    dialogs = view.findChildren(MemberDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].windowTitle() == "New member"
    dialogs[0].reject()


def test_empty_state_import_asks_the_window(view, find, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *args, **kwargs: (asked.append("open") or "", "")),
    )
    page = view.stack.currentWidget()
    with qtbot.waitSignal(view.import_requested, timeout=1000):
        qtbot.mouseClick(find(page, QPushButton, "Import a spreadsheet"), Qt.MouseButton.LeftButton)
    assert asked == ["open"]  # the window asked for a file; cancelled, nothing happens


# -- adding --------------------------------------------------------------------------------------


def test_add_member_through_the_dialog(ctx, view, find, qtbot, type_text):
    dialog = view.add_member()
    assert dialog.isVisible()
    type_text(find(dialog, QLineEdit, "First name"), "Émile")
    type_text(find(dialog, QLineEdit, "Last name"), "Émery")
    qtbot.keyClicks(find(dialog, QLineEdit, "Birth year"), "1998")
    qtbot.keyClicks(find(dialog, QLineEdit, "E-mail"), "emile@exemple.org")
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ctx.members.count() == 1
    assert view.stack.currentWidget() is not view.empty
    assert view.table.isVisible()
    assert names(view) == ["Émery, Émile"]
    assert selected_names(view) == ["Émile Émery"]
    detail = view.detail.body.text()
    assert "Émile Émery" in detail and "emile@exemple.org" in detail
    assert "Generation Z" in detail
    assert view.count_label.text().startswith("1 member")


def test_added_member_hidden_by_the_search_is_shown_and_selected(
    ctx, view, three, find, qtbot, type_text
):
    qtbot.keyClicks(find(view, QLineEdit, "Search members"), "anne")
    assert names(view) == ["Dupont, Anne"]
    dialog = view.add_member()
    type_text(find(dialog, QLineEdit, "First name"), "Zoé")
    type_text(find(dialog, QLineEdit, "Last name"), "Martin")
    dialog.accept()
    assert view.search.text() == ""
    assert len(names(view)) == 4
    assert selected_names(view) == ["Zoé Martin"]
    assert "Zoé Martin" in view.detail.body.text()


def test_refused_form_changes_nothing_in_the_table(ctx, view, three, find, type_text):
    dialog = view.add_member()
    type_text(find(dialog, QLineEdit, "First name"), "Paul")
    type_text(find(dialog, QLineEdit, "E-mail"), "ANNE@exemple.org")
    dialog.accept()
    assert dialog.isVisible()
    assert ctx.members.count() == 3
    assert len(names(view)) == 3
    dialog.reject()


# -- search and filters ------------------------------------------------------------------------


def test_search_as_you_type(view, three, find, qtbot, type_text):
    search = find(view, QLineEdit, "Search members")
    assert search.placeholderText() == "Search by name, e-mail, skill or city…"
    assert len(names(view)) == 3
    qtbot.keyClicks(search, "r")  # in Faure, Émery and Anne's "Réseaux sociaux"
    assert len(names(view)) == 3
    search.clear()
    type_text(search, "rése")
    assert names(view) == ["Dupont, Anne", "Émery, Émile"]  # the skill, accents aside
    qtbot.keyClicks(search, "aux vid")
    assert names(view) == ["Émery, Émile"]  # every word must match
    assert view.count_label.text().startswith("1 member")
    search.clear()
    qtbot.keyClicks(search, "QUEBEC")
    assert names(view) == ["Émery, Émile"]
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.keyClicks(search, "xyz")
    assert names(view) == []
    assert view.count_label.text().startswith("0 member")
    assert "Select a member" in view.detail.body.text()
    search.clear()
    assert len(names(view)) == 3


def test_role_and_status_filters(ctx, view, three, find):
    role = find(view, QComboBox, "Filter by role")
    assert [role.itemText(i) for i in range(role.count())] == ["All roles", "Mentor", "Mentee"]
    role.setCurrentIndex(role.findText("Mentor"))
    assert names(view) == ["Émery, Émile"]
    role.setCurrentIndex(role.findText("Mentee"))
    assert names(view) == ["Dupont, Anne", "Faure, Bruno"]
    role.setCurrentIndex(0)
    ctx.members.archive([three["Bruno"]])
    assert names(view) == ["Dupont, Anne", "Émery, Émile"]
    status = find(view, QComboBox, "Filter by status")
    status.setCurrentIndex(status.findText("Archived members"))
    assert names(view) == ["Faure, Bruno"]
    status.setCurrentIndex(status.findText("Active and archived"))
    assert len(names(view)) == 3
    generation = find(view, QComboBox, "Filter by generation")
    generation.setCurrentIndex(generation.findText("Generation X"))
    assert names(view) == ["Faure, Bruno"]


def test_clicking_a_column_title_sorts(view, three, qtbot):
    header = view.table.horizontalHeader()
    city = QPoint(
        header.sectionViewportPosition(COL_CITY) + header.sectionSize(COL_CITY) // 2,
        header.height() // 2,
    )

    def cities() -> list[str]:
        return [view.model.index(row, COL_CITY).data() for row in range(view.model.rowCount())]

    assert cities() == ["Lyon", "Québec", "Montréal"]  # by name: Dupont, Émery, Faure
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=city)
    assert cities() == ["Lyon", "Montréal", "Québec"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=city)
    assert cities() == ["Québec", "Montréal", "Lyon"]
    assert header.sortIndicatorSection() == COL_CITY


# -- selection and changes -----------------------------------------------------------------------


def test_first_member_is_selected_and_shown(view, three):
    assert selected_names(view) == ["Anne Dupont"]
    assert "Anne Dupont" in view.detail.body.text()
    assert view.edit_button.isEnabled()
    assert view.archive_button.isEnabled()
    assert not view.restore_button.isEnabled()


def test_details_are_read_only_text_reachable_from_the_keyboard(view, three, qtbot):
    """The detail panel is text to read and copy, not a field: nothing typed changes it,
    and Tab reaches it so that keyboard and screen-reader users can select from it."""
    body = view.detail.body
    assert body.isReadOnly()
    assert body.focusPolicy() & Qt.FocusPolicy.TabFocus
    shown = body.toPlainText()
    assert "Anne Dupont" in shown
    body.setFocus()
    qtbot.keyClicks(body, "xyz")
    assert body.toPlainText() == shown
    body.selectAll()
    assert "Anne Dupont" in body.textCursor().selectedText()


def test_details_show_what_was_typed_even_where_it_looks_like_markup(ctx, view):
    """The panel is rich text: a note with "<", ">", "&" or quotes shows as typed, not as
    markup (and nothing in it can change the panel's layout)."""
    member = add(ctx, "Zoé", "Martin", notes='Atelier <b>Excel</b> & "Teams" l\'après-midi')
    view.select_member(member)
    assert 'Atelier <b>Excel</b> & "Teams" l\'après-midi' in view.detail.body.toPlainText()


def test_selection_survives_a_change_made_elsewhere(ctx, view, three):
    view.select_member(three["Bruno"])
    add(ctx, "Aaron", "Abel")  # sorts first
    assert len(names(view)) == 4
    assert selected_names(view) == ["Bruno Faure"]
    assert "Bruno Faure" in view.detail.body.text()


def test_buttons_follow_the_selection(ctx, view, three, find):
    ctx.members.archive([three["Bruno"]])
    find(view, QComboBox, "Filter by status").setCurrentIndex(2)  # active and archived
    view.select_member(three["Bruno"])
    assert "Archived" in view.detail.body.text()
    assert not view.archive_button.isEnabled()
    assert view.restore_button.isEnabled()
    view.table.selectAll()
    assert not view.edit_button.isEnabled()  # one member at a time
    assert not view.restore_button.isEnabled()  # not all archived
    assert "Select a member" in view.detail.body.text()


def test_edit_member_through_the_view(ctx, view, three, find, qtbot, type_text):
    view.select_member(three["Bruno"])
    qtbot.mouseClick(find(view, QPushButton, "Edit"), Qt.MouseButton.LeftButton)
    (dialog,) = view.findChildren(MemberDialog)
    assert dialog.windowTitle() == "Edit Bruno Faure"
    city = find(dialog, QLineEdit, "City")
    assert city.text() == "Montréal"
    city.clear()
    type_text(city, "Laval")
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert ctx.members.get(three["Bruno"]).city == "Laval"
    row = view.model.row_of(three["Bruno"])
    assert view.model.index(row, COL_CITY).data() == "Laval"
    assert selected_names(view) == ["Bruno Faure"]
    assert "Laval" in view.detail.body.text()
    assert ctx.members.count() == 3
    said = view.window().statusBar().currentMessage()
    assert said == "Bruno Faure’s record saved (Ctrl+Z to undo).", said
    # The edit can be undone and redone as a whole.
    assert ctx.undo_stack.undoText() == "edit Bruno Faure"
    ctx.undo_stack.undo()
    assert ctx.members.get(three["Bruno"]).city == "Montréal"
    assert view.model.index(row, COL_CITY).data() == "Montréal"
    ctx.undo_stack.redo()
    assert ctx.members.get(three["Bruno"]).city == "Laval"


def test_undo_of_an_edit_never_overwrites_another_coordinators_later_change(
    ctx, view, three, find, qtbot, type_text
):
    view.select_member(three["Bruno"])
    qtbot.mouseClick(find(view, QPushButton, "Edit"), Qt.MouseButton.LeftButton)
    (dialog,) = view.findChildren(MemberDialog)
    city = find(dialog, QLineEdit, "City")
    city.clear()
    type_text(city, "Laval")
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    # Another coordinator (another copy, on a shared server) changes Bruno afterwards.
    other = open_database(ctx.db.location)
    other.coordinator = "Claire"
    try:
        theirs = MemberService(other)
        record = theirs.get(three["Bruno"])
        theirs.update(three["Bruno"], replace(record.to_input(), phone="0102030405"))
    finally:
        other.close()
    ctx.undo_stack.undo()
    bruno = ctx.members.get(three["Bruno"])
    assert (bruno.city, bruno.phone) == ("Laval", "0102030405")  # their change is kept
    said = view.window().statusBar().currentMessage()
    assert said.startswith("Claire changed this member since"), said
    assert "Nothing was saved" in said


def test_column_widths_survive_a_change_of_data(ctx, view, three):
    header = view.table.horizontalHeader()
    header.resizeSection(COL_CITY, 333)
    add(ctx, "Zoé", "Martin")  # the table reloads
    view.search.setText("mart")  # and filters
    assert header.sectionSize(COL_CITY) == 333


def test_double_click_opens_the_member(view, three, qtbot):
    row = view.model.row_of(three["Émile"])
    rect = view.table.visualRect(view.model.index(row, COL_NAME))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialogs = [d for d in view.findChildren(MemberDialog) if d.isVisible()]
    assert [d.windowTitle() for d in dialogs] == ["Edit Émile Émery"]
    dialogs[0].reject()


# -- archive and undo ------------------------------------------------------------------------


def test_archive_then_undo_and_redo(ctx, view, three, find, qtbot):
    view.select_member(three["Émile"])
    qtbot.mouseClick(find(view, QPushButton, "Archive"), Qt.MouseButton.LeftButton)
    assert ctx.members.get(three["Émile"]).status == MemberStatus.ARCHIVED
    assert names(view) == ["Dupont, Anne", "Faure, Bruno"]  # archived members are hidden
    assert ctx.undo_stack.undoText() == "archive Émile Émery"
    ctx.undo_stack.undo()
    assert ctx.members.get(three["Émile"]).status == MemberStatus.ACTIVE
    assert names(view) == ["Dupont, Anne", "Émery, Émile", "Faure, Bruno"]
    ctx.undo_stack.redo()
    assert ctx.members.get(three["Émile"]).status == MemberStatus.ARCHIVED
    assert "Émery, Émile" not in names(view)


@pytest.mark.parametrize("answer", ["Hold the pairs and archive", "Archive only", "Cancel"])
def test_archiving_a_member_in_a_pair_asks_what_to_do_with_it(
    ctx, window, view, three, find, qtbot, answer, monkeypatch
):
    import datetime as dt

    from PySide6.QtWidgets import QMessageBox

    from mentorat_desktop.core.enums import PairStatus
    from mentorat_desktop.core.services.pairs import PairInput, PairService

    pairs = PairService(ctx.db)
    start = dt.date.today() - dt.timedelta(days=40)
    pair = pairs.create(PairInput(three["Émile"], three["Anne"], start_date=start))
    seen: list[str] = []

    def answer_the_question(box: QMessageBox) -> int:
        seen.append(box.text())
        next(b for b in box.buttons() if b.accessibleName() == answer).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_the_question)
    view.select_member(three["Émile"])
    qtbot.mouseClick(find(view, QPushButton, "Archive"), Qt.MouseButton.LeftButton)

    assert "Émile Émery and Anne Dupont" in seen[0]  # the pair is named in the question
    status = ctx.members.get(three["Émile"]).status
    said = window.statusBar().currentMessage()
    if answer == "Cancel":
        assert status == MemberStatus.ACTIVE
        assert pairs.get(pair.id).status == PairStatus.ACTIVE
        return
    assert status == MemberStatus.ARCHIVED
    assert said.startswith("1 member archived"), said
    if answer == "Archive only":
        assert pairs.get(pair.id).status == PairStatus.ACTIVE
        assert ctx.undo_stack.undoText() == "archive Émile Émery"
        assert said.endswith("Their pairs were left as they were (1 running).")
    else:
        assert pairs.get(pair.id).status == PairStatus.PAUSED
        assert "Pairs put on hold: 1" in said


def test_a_member_whose_pair_is_already_on_hold_is_archived_without_a_question(
    ctx, window, view, three, find, qtbot, monkeypatch
):
    import datetime as dt

    from PySide6.QtWidgets import QMessageBox

    from mentorat_desktop.core.enums import PairStatus
    from mentorat_desktop.core.services.pairs import PairInput, PairService

    pairs = PairService(ctx.db)
    start = dt.date.today() - dt.timedelta(days=40)
    pair = pairs.create(PairInput(three["Émile"], three["Anne"], start_date=start))
    pairs.pause(pair.id, dt.date.today())
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    view.select_member(three["Émile"])
    qtbot.mouseClick(find(view, QPushButton, "Archive"), Qt.MouseButton.LeftButton)
    assert asked == []  # nothing to put on hold: nothing to ask
    assert ctx.members.get(three["Émile"]).status == MemberStatus.ARCHIVED
    assert pairs.get(pair.id).status == PairStatus.PAUSED
    said = window.statusBar().currentMessage()
    assert said.endswith("Their pairs were left as they were (1 running)."), said


def test_delete_key_archives_the_selected_members(ctx, window, view, three, qtbot, activate):
    activate(window)
    view.table.setFocus()
    view.table.selectAll()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert all(r.status == MemberStatus.ARCHIVED for r in ctx.members.list_members())
    assert view.stack.currentWidget() is not view.empty  # members exist, none shown
    assert names(view) == []
    assert ctx.undo_stack.undoText().startswith("archive 3 member")
    ctx.undo_stack.undo()
    assert len(names(view)) == 3


def test_restore_an_archived_member(ctx, view, three, find, qtbot):
    ctx.members.archive([three["Anne"]])
    find(view, QComboBox, "Filter by status").setCurrentIndex(1)  # archived members
    assert names(view) == ["Dupont, Anne"]
    view.select_member(three["Anne"])
    qtbot.mouseClick(find(view, QPushButton, "Restore"), Qt.MouseButton.LeftButton)
    assert ctx.members.get(three["Anne"]).status == MemberStatus.ACTIVE
    assert names(view) == []
    said = view.window().statusBar().currentMessage()
    assert said == "1 member restored (Ctrl+Z to undo)."
    ctx.undo_stack.undo()
    assert ctx.members.get(three["Anne"]).status == MemberStatus.ARCHIVED
    ctx.undo_stack.redo()
    assert ctx.members.get(three["Anne"]).status == MemberStatus.ACTIVE


def test_an_archive_the_database_refuses_claims_nothing(ctx, view, three, monkeypatch):
    """A database opened read-only (or a full disk) refuses the archive: the refusal goes to
    the sentence that says so; the undo stack and the status bar claim nothing."""
    from mentorat_desktop.core.errors import StorageError, StorageProblem

    def refuse(_ids):
        raise StorageError(StorageProblem.READ_ONLY_SESSION)

    monkeypatch.setattr(view._service, "archive", refuse)
    before = view.window().statusBar().currentMessage()
    view.select_member(three["Anne"])
    with pytest.raises(StorageError):  # in the window, the application's hook says it
        view.archive_selected()
    assert ctx.members.get(three["Anne"]).status == MemberStatus.ACTIVE
    assert ctx.undo_stack.count() == 0
    assert view.window().statusBar().currentMessage() == before


# -- keyboard only -------------------------------------------------------------------------------


def _tab_path(qtbot, start: QWidget, stop: QWidget, limit: int = 20) -> list[str]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    path = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        path.append(current.accessibleName())
        if current is stop:
            return path
    pytest.fail(f"Tab never reached {stop.accessibleName()!r}: {path}")


def test_tab_from_the_search_reaches_the_table(window, view, three, qtbot, activate):
    activate(window)
    path = _tab_path(qtbot, view.search, view.table)
    assert path[-1] == "Members table"


def test_tab_order_follows_the_screen(window, view, three, qtbot, activate):
    activate(window)
    path = _tab_path(qtbot, view.search, view.table)
    assert path == [
        "Filter by role",
        "Filter by generation",
        "Filter by status",
        "Filter by mentor training",
        "Members table",
    ]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_return_on_the_table_opens_the_member(window, view, three, qtbot, key, activate):
    activate(window)
    view.select_member(three["Bruno"])
    view.table.setFocus()
    qtbot.keyClick(view.table, key)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, MemberDialog)
    assert dialog.windowTitle() == "Edit Bruno Faure"
    dialog.reject()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Down])
def test_from_the_search_to_the_results(window, view, three, qtbot, key, activate):
    activate(window)
    view.search.setFocus()
    qtbot.keyClicks(view.search, "mont")  # Montréal: Bruno only
    assert names(view) == ["Faure, Bruno"]
    qtbot.keyClick(view.search, key)
    assert QApplication.focusWidget() is view.table
    assert selected_names(view) == ["Bruno Faure"]
    assert "Bruno Faure" in view.detail.body.text()


def test_arrow_keys_move_through_the_table(window, view, three, qtbot, activate):
    activate(window)
    view.table.setFocus()
    assert selected_names(view) == ["Anne Dupont"]
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert selected_names(view) == ["Émile Émery"]
    assert "Émile Émery" in view.detail.body.text()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Up)
    assert selected_names(view) == ["Émile Émery"]


def test_find_shortcut_goes_to_the_search(window, view, three, qtbot, activate):
    activate(window)
    view.table.setFocus()
    view.search.setText("anne")
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.search
    assert view.search.selectedText() == "anne"  # typing replaces the old search


def test_after_saving_the_table_has_the_focus(window, view, three, qtbot, activate):
    activate(window)
    dialog = view.edit_current()
    dialog.accept()
    activate(window)
    assert QApplication.focusWidget() is view.table


# -- French ----------------------------------------------------------------------------------

ALLOWED = {
    "Mentorat",
    "E-mail",
    "Notes",
    "Mentor",
    "Organisation",
    "A4",
    "nom@exemple.org",
    "Association",  # the same word in French
    "Logo",
}
DATA = ("Anne", "Dupont", "anne@exemple.org", "Lyon")
_TAG = re.compile(r"<[^>]+>")


def _strings(widget: QWidget) -> list[str]:
    texts = [widget.accessibleName()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, QLabel):
        text = widget.text()
        texts += [unescape(part) for part in _TAG.split(text)] if "<" in text else [text]
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QTableView):
        model = widget.model()
        texts += [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
    if isinstance(widget, QTreeWidget):
        item = widget.headerItem()
        texts += [item.text(c) for c in range(item.columnCount())]
    return texts


def _visible_strings(window) -> set[str]:
    texts: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.isVisible():
            texts += _strings(widget)
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        if menu_action.menu() is not None:
            texts += [a.text() for a in menu_action.menu().actions() if not a.isSeparator()]
    cleaned = set()
    for text in texts:
        text = (text or "").replace("&", "").strip()
        if text:
            cleaned.add(text)
    return cleaned


def _screen_strings(tmp_path: Path, qapp, qtbot, language: str) -> set[str]:
    """Every string of the members screen: empty, with its form open, with a member, and
    with the preferences open."""
    locale = QLocale()
    ctx = create_context(tmp_path / f"{language}.sqlite3", language, qapp)
    try:
        window = build_main_window(ctx)
        qtbot.addWidget(window)
        window.show()
        texts = _visible_strings(window)
        dialog = window.members_view.add_member()
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            texts |= _visible_strings(window)
        dialog.accept()  # empty: refused, so the error messages show
        texts |= _visible_strings(window)
        dialog.reject()
        ctx.members.add(
            MemberInput(
                first_name="Anne", last_name="Dupont", email="anne@exemple.org", city="Lyon"
            )
        )
        texts |= _visible_strings(window)
        preferences = window.open_preferences()
        texts |= _visible_strings(window)
        preferences.reject()
        window.close()
        return texts
    finally:
        ctx.close()
        QLocale.setDefault(locale)


def test_no_english_on_french_screen(tmp_path, qapp, qtbot):
    english = _screen_strings(tmp_path, qapp, qtbot, "en")
    # The walk itself must see the screen, or the comparison below proves nothing.
    assert {"Add a member", "Search by name, e-mail, skill or city…", "Name", "New member"} <= (
        english
    )
    assert {"File", "Members table", "⚠ This field is required."} <= english
    french = _screen_strings(tmp_path, qapp, qtbot, "fr_FR")
    leftovers = sorted(
        text
        for text in english & french
        if text not in ALLOWED
        and not re.fullmatch(r"[\W\d_]*", text)
        and not any(data in text for data in DATA)
    )
    assert leftovers == [], f"English left on the French screen: {leftovers}"


def test_everyones_skills_wait_until_the_window_is_on_screen(ctx, qtbot):
    """The first screen's skills come with the list; everyone else's load once the window
    has been shown, counted from then, so that a slow computer draws the window first."""
    for i in range(100):
        add(ctx, f"Prénom{i:03d}", "Membre", skills_offered=["Vidéo"])
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    model = window.members_view.model
    qtbot.wait(400)  # longer than the delay: nothing is loaded while the window is hidden
    assert model._skills_pending
    window.show()
    qtbot.waitUntil(lambda: not model._skills_pending, timeout=3000)
    last = model.index(model.rowCount() - 1, 0)
    assert model._records[model._visible[last.row()]].skills_offered == ("Vidéo",)


def test_a_reload_behind_another_tab_reads_everyones_skills_once_shown_again(ctx, qtbot):
    """Members changed while another view is in front: the list is read again, and the
    rest of the skills wait until the members are on screen, then load without a scroll."""
    for i in range(100):
        add(ctx, f"Prénom{i:03d}", "Membre", skills_offered=["Vidéo"])
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    model = window.members_view.model
    qtbot.waitUntil(lambda: not model.skills_pending, timeout=3000)
    window.tabs.setCurrentWidget(window.sessions_view)
    add(ctx, "Zoé", "Zèbre", skills_offered=["Vidéo"])
    ctx.signals.changed.emit("members")
    qtbot.wait(700)  # longer than the delay, twice: nothing is read while hidden
    assert model.skills_pending
    window.tabs.setCurrentWidget(window.members_view)
    qtbot.waitUntil(lambda: not model.skills_pending, timeout=3000)
    last = model.index(model.rowCount() - 1, 0)
    assert model._records[model._visible[last.row()]].skills_offered == ("Vidéo",)
