"""The import preview: what will be added, skipped and refused, then one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from mentorat_desktop.core.backups import backup_files
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.gui.import_dialog import ImportMembersDialog

CSV = (
    "Prénom;Nom;Courriel;Année de naissance;Ville;Pointure\n"
    "Émile;Émery;emile@exemple.org;1998;Québec;42\n"
    "Bruno;Faure;bruno@exemple.org;1970;Montréal;44\n"
    "Chloé;Zola;chloe@exemple.org;;Lyon;38\n"
    "Anne;Dupont;ANNE@exemple.org;1955;Lyon;39\n"
    "Denis;Martin;denis-chez-exemple.org;1962;Paris;41\n"
)


@pytest.fixture
def existing(ctx) -> int:
    return ctx.members.add(
        MemberInput(first_name="Anne", last_name="Dupont", email="anne@exemple.org")
    ).id


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "inscriptions.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


@pytest.fixture
def dialog(ctx, existing, csv_file, qtbot) -> ImportMembersDialog:
    dlg = ImportMembersDialog(ctx.services, csv_file)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def tab_texts(dialog: ImportMembersDialog) -> list[str]:
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_tabs_show_the_counts(dialog):
    texts = tab_texts(dialog)
    assert texts[0].startswith("To add") and "(3)" in texts[0]
    assert texts[1].startswith("Already present") and "(1)" in texts[1]
    assert texts[2].startswith("Refused") and "(1)" in texts[2]
    assert dialog.tabs.currentIndex() == 0


def test_rows_to_add_are_listed_with_their_lines(dialog, tree_rows):
    assert tree_rows(dialog.to_add) == [
        ["2", "Émile Émery", "emile@exemple.org", "Either", "Québec"],
        ["3", "Bruno Faure", "bruno@exemple.org", "Either", "Montréal"],
        ["4", "Chloé Zola", "chloe@exemple.org", "Either", "Lyon"],
    ]


def test_duplicate_names_the_member_already_there(dialog, tree_rows):
    ((line, name, why),) = tree_rows(dialog.duplicates)
    assert (line, name) == ("5", "Anne Dupont")
    assert "Anne Dupont" in why and "e-mail" in why


def test_refused_tab_lists_the_line_and_the_reason(dialog, tree_rows):
    ((line, name, why),) = tree_rows(dialog.refused)
    assert line == "6"
    assert name == "Denis Martin"
    assert "E-mail" in why and "not valid" in why


def test_unused_columns_are_named(dialog):
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert any("Pointure" in t and "not used" in t for t in texts)
    assert "inscriptions.csv" in dialog.summary.text()


def test_import_button_counts_and_adds_exactly_those_rows(ctx, dialog, find, qtbot):
    button = dialog.import_button
    assert "3" in button.text() and button.text().startswith("Import")
    assert button.isEnabled()
    assert find(dialog, QPushButton, button.text()) is button
    assert ctx.members.count() == 1  # nothing written by the preview
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy())  # the import runs in another thread
    assert not dialog.isVisible()
    assert dialog.added == 3
    assert ctx.members.count() == 4
    assert sorted(m.full_name for m in ctx.members.list_members()) == [
        "Anne Dupont",
        "Bruno Faure",
        "Chloé Zola",
        "Émile Émery",
    ]
    emile = next(m for m in ctx.members.list_members() if m.last_name == "Émery")
    assert (emile.birth_year, emile.city) == (1998, "Québec")


def test_cancel_imports_nothing(ctx, dialog, find, qtbot):
    qtbot.mouseClick(find(dialog, QPushButton, "Cancel"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.added is None
    assert ctx.members.count() == 1


def test_members_view_shows_the_imported_members(ctx, window, csv_file, qtbot):
    view = window.members_view
    assert view.stack.currentWidget() is view.empty
    dialog = window.import_members(str(csv_file))
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy())  # the import runs in another thread
    assert view.stack.currentWidget() is not view.empty
    assert view.model.rowCount() == 4  # Anne Dupont included: the database was empty
    said = window.statusBar().currentMessage()
    assert said == f"4 members imported from {csv_file.name}. (Ctrl+Z to undo)", said


def test_an_import_is_undone_and_redone_as_a_whole(ctx, window, csv_file, qtbot):
    dialog = window.import_members(str(csv_file))
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert ctx.members.count() == 4
    assert ctx.undo_stack.undoText() == f"import of {csv_file.name}"
    ctx.undo_stack.undo()
    assert ctx.members.count() == 0
    assert window.members_view.model.rowCount() == 0
    assert window.statusBar().currentMessage() == "Import undone: 4 members removed."
    ctx.undo_stack.redo()
    assert ctx.members.count() == 4


def test_only_refused_rows_open_on_the_refused_tab(ctx, tmp_path, qtbot, tree_rows):
    path = tmp_path / "bad.csv"
    path.write_text("Prénom;Nom;Courriel\nAnne;;anne@exemple.org\n;Faure;x@y\n", "utf-8")
    dialog = ImportMembersDialog(ctx.services, path)
    qtbot.addWidget(dialog)
    assert dialog.tabs.currentWidget() is dialog.refused
    assert [r[0] for r in tree_rows(dialog.refused)] == ["2", "3"]
    assert not dialog.import_button.isEnabled()
    dialog.accept()
    assert ctx.members.count() == 0


def test_file_without_name_columns_explains_and_lets_them_be_chosen(ctx, tmp_path, qtbot, find):
    """Nothing gives the names: the reason is shown, nothing can be imported, and every
    column is offered with what it holds, so that the coordinator can pick the names."""
    from PySide6.QtWidgets import QComboBox

    path = tmp_path / "sans-noms.csv"
    path.write_text("Qui;Courriel;Ville\nAnne Roy;anne@exemple.org;Lyon\n", encoding="utf-8")
    dialog = ImportMembersDialog(ctx.services, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.plan is None
    message = find(dialog, QLabel, "Why nothing can be imported")
    assert message.isVisible()
    assert "No column gives the names" in message.text() and "sans-noms.csv" in message.text()
    assert "sans-noms.csv" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert not dialog.tabs.isEnabled()
    assert dialog.chosen_columns() == {"Qui": "", "Courriel": "email", "Ville": "city"}
    table = dialog.mapping
    assert table.item(0, 2).text() == "Anne Roy"  # what the column holds
    dialog.accept()
    assert dialog.isVisible()
    assert ctx.members.count() == 0

    who = find(dialog, QComboBox, "Field for the column “Qui”")
    who.setCurrentIndex(who.findData("full_name"))
    assert not message.isVisible()
    assert dialog.tabs.isEnabled()
    assert [row.name for row in dialog.plan.to_add] == ["Anne Roy"]
    assert dialog.import_button.isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy())  # the import runs in another thread
    assert [m.full_name for m in ctx.members.list_members()] == ["Anne Roy"]


def test_missing_file_explains(ctx, tmp_path, qtbot):
    dialog = ImportMembersDialog(ctx.services, tmp_path / "absent.csv")
    qtbot.addWidget(dialog)
    assert "absent.csv" in dialog.summary.text()
    assert "Nothing was imported" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_an_import_is_backed_up_first(ctx, dialog, qtbot):
    from mentorat_desktop.core.backups import list_backups

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy())  # the import runs in another thread
    (backup,) = list_backups(ctx.db.path)
    assert (backup.reason, backup.members) == ("import", 1)  # the state before the import


def test_the_backup_before_an_import_also_goes_to_the_second_folder_of_the_preferences(
    ctx, existing, csv_file, qtbot, tmp_path
):
    second = tmp_path / "usb"
    ctx.settings.update(backup_folder_second=str(second))  # as saved in Preferences
    dialog = ImportMembersDialog(ctx.services, csv_file)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy())  # the import runs in another thread
    (copy,) = backup_files(second)
    assert "import" in copy.name
    assert ctx.members.count() == 4


def test_an_import_that_cannot_get_its_backup_writes_nothing_and_says_why(
    ctx, dialog, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    # A file where the backups folder should be.
    (ctx.db.path.parent / f"{ctx.db.path.stem}-backups").write_text("in the way")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy())  # the import runs in another thread
    assert dialog.isVisible()
    assert ctx.members.count() == 1
    assert said and "Nothing was changed." in said[0]


# -- one vocabulary: what the screens say, an import reads ----------------------------------


@pytest.fixture(params=["fr_FR", "fr_CA", "en"])
def screen_language(request, qapp):
    """The application's catalogues for one language, installed for the test only."""
    from PySide6.QtCore import QTranslator

    from mentorat_desktop.i18n import catalogue_files

    translators = []
    for path in catalogue_files(request.param):
        translator = QTranslator()
        assert translator.load(str(path))
        qapp.installTranslator(translator)
        translators.append(translator)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_title_the_member_screens_show_is_a_title_the_import_reads(screen_language):
    """Built from the label functions the screens use (the form, the privacy panel and the
    members table), in each language."""
    from mentorat_desktop.core.importing.members import recognise_headers
    from mentorat_desktop.gui.members.table_model import (
        COL_EMAIL,
        COL_OFFERED,
        COL_STATUS,
        COL_WANTED,
        MemberTableModel,
    )
    from mentorat_desktop.i18n.messages import field_label
    from mentorat_desktop.i18n.privacy_messages import privacy_field_label

    expected = {
        field_label(name): name
        for name in (
            "first_name",
            "last_name",
            "birth_year",
            "email",
            "phone",
            "city",
            "organisation",
            "department",
            "manager_name",
            "years_experience",
            "languages",
            "role",
            "availability",
            "preferred_mode",
            "capacity",
            "mentor_training_on",
            "consent_on",
            "notes",
            "skills_offered",
            "skills_wanted",
        )
    }
    for name in (
        "consent_on",
        "consent_keep",
        "consent_contact",
        "consent_share",
        "consent_how",
        "consent_withdrawn_on",
    ):
        expected[privacy_field_label(name)] = name
    model = MemberTableModel()
    horizontal = Qt.Orientation.Horizontal
    for column, name in (
        (COL_EMAIL, "email"),
        (COL_OFFERED, "skills_offered"),
        (COL_WANTED, "skills_wanted"),
        (COL_STATUS, "status"),
    ):
        expected[model.headerData(column, horizontal)] = name
    column_map, ignored = recognise_headers(list(expected))
    assert ignored == []
    assert column_map == expected


def test_every_choice_word_the_screens_show_is_read_back(screen_language):
    from mentorat_desktop.core.enums import MemberStatus, Mode, Role
    from mentorat_desktop.core.importing.cells import (
        MODE_INDEX,
        ROLE_INDEX,
        STATUS_INDEX,
        header_key,
    )
    from mentorat_desktop.i18n.labels import mode_label, role_label, role_short, status_label

    for role in Role:
        assert ROLE_INDEX[header_key(role_short(role))] == role
        assert ROLE_INDEX[header_key(role_label(role))] == role
    for mode in Mode:
        assert MODE_INDEX[header_key(mode_label(mode))] == mode
    for status in MemberStatus:
        assert STATUS_INDEX[header_key(status_label(status))] == status


def test_the_exports_write_the_french_screens_words(screen_language):
    from mentorat_desktop.core.enums import Direction, Mode, Role
    from mentorat_desktop.core.exporting import MEMBER_COLUMNS, MODE_LABELS, ROLE_LABELS
    from mentorat_desktop.core.exporting_sessions import DIRECTION_LABELS
    from mentorat_desktop.i18n.labels import direction_label, mode_label, role_short
    from mentorat_desktop.i18n.messages import field_label

    if screen_language != "fr_FR":
        pytest.skip("the exports are written in the French of France")
    assert {ROLE_LABELS[r] for r in Role} == {role_short(r) for r in Role}
    assert all(MODE_LABELS[m] == mode_label(m) for m in Mode)
    assert all(DIRECTION_LABELS[d] == direction_label(d) for d in Direction)
    for name in ("email", "role", "preferred_mode", "capacity", "mentor_training_on"):
        assert field_label(name) in MEMBER_COLUMNS


# -- issue 9: a file that cannot be read says why ---------------------------------------------


def test_a_quote_left_open_is_named_with_its_line(ctx, tmp_path, qtbot):
    path = tmp_path / "guillemet.csv"
    path.write_text('Prénom;Nom;Ville\nLéa;Roy;Lyon\nAnne;"Dupont;Paris\nBruno;Faure;Nice\n')
    dialog = ImportMembersDialog(ctx.services, path)
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "line 3" in text and "quotation mark" in text, text
    assert "does not exist" not in text
    assert not dialog.import_button.isEnabled()


def test_a_false_workbook_is_not_said_missing(ctx, tmp_path, qtbot):
    path = tmp_path / "faux.xlsx"
    path.write_text("Prénom;Nom\nLéa;Roy\n")
    dialog = ImportMembersDialog(ctx.services, path)
    qtbot.addWidget(dialog)
    assert "is not a spreadsheet" in dialog.summary.text()
    assert "does not exist" not in dialog.summary.text()


def test_an_unrecognised_encoding_is_named(ctx, tmp_path, qtbot):
    path = tmp_path / "utf16.csv"
    path.write_bytes("Prénom;Nom\nLéa;Roy\n".encode("utf-16-le"))
    dialog = ImportMembersDialog(ctx.services, path)
    qtbot.addWidget(dialog)
    assert "encoding" in dialog.summary.text()


def test_a_yes_no_column_that_says_neither_is_explained(ctx, tmp_path, qtbot, tree_rows):
    path = tmp_path / "accords.csv"
    path.write_text("Prénom;Nom;Agrees to being contacted\nLéa;Roy;peut-être\n")
    dialog = ImportMembersDialog(ctx.services, path)
    qtbot.addWidget(dialog)
    (row,) = tree_rows(dialog.refused)
    assert "“peut-être” is not yes or no" in row[2]


# -- issue 9: the coordinator maps each column ------------------------------------------------


def test_each_column_has_a_field_with_the_guess_chosen(dialog):
    choices = dialog.chosen_columns()
    assert choices == {
        "Prénom": "first_name",
        "Nom": "last_name",
        "Courriel": "email",
        "Année de naissance": "birth_year",
        "Ville": "city",
        "Pointure": "",
    }
    table = dialog.mapping
    held = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert held["Pointure"] == "42, 44, 38"  # what the skipped column held
    assert held["Ville"] == "Québec, Montréal, Lyon"


def test_choosing_a_field_for_a_column_plans_again(dialog, find):
    from PySide6.QtWidgets import QComboBox

    combo = find(dialog, QComboBox, "Field for the column “Pointure”")
    combo.setCurrentIndex(combo.findData("notes"))
    assert dialog.plan.column_map["Pointure"] == "notes"
    assert [row.data.notes for row in dialog.plan.to_add] == ["42", "44", "38"]
    assert not any("Pointure" in t for t in [dialog.columns.text()] if dialog.columns.isVisible())

    city = find(dialog, QComboBox, "Field for the column “Ville”")
    city.setCurrentIndex(city.findData(""))
    assert [row.data.city for row in dialog.plan.to_add] == [None, None, None]
    assert "Ville (Québec, Montréal, Lyon)" in dialog.columns.text()


def test_leaving_out_the_names_explains_and_cannot_import(dialog, find):
    from PySide6.QtWidgets import QComboBox

    first = find(dialog, QComboBox, "Field for the column “Prénom”")
    first.setCurrentIndex(first.findData(""))
    assert dialog.plan is None
    assert "No column gives the names" in dialog.mapping_problem.text()
    assert not dialog.import_button.isEnabled()
    first.setCurrentIndex(first.findData("first_name"))
    assert dialog.import_button.isEnabled()
    assert len(dialog.plan.to_add) == 3


# -- issue 9: the accent of "À ajouter" is not cut ---------------------------------------------


def ink(tabs, index: int) -> int:
    """How many dark pixels the text of a tab shows."""
    bar = tabs.tabBar()
    image = bar.grab(bar.tabRect(index)).toImage()
    return sum(
        image.pixelColor(x, y).lightness() < 128
        for x in range(image.width())
        for y in range(image.height())
    )


@pytest.mark.parametrize(("accented", "plain"), [("À", "A"), ("É", "E")])
def test_the_accent_of_a_capital_shows_on_a_tab_not_selected(dialog, accented, plain):
    """Fusion lowers the tabs not selected: the top of "À" used to fall outside the tab, so
    that "À ajouter" read "A ajouter" whenever another tab was open."""
    tabs = dialog.tabs
    tabs.setTabText(0, accented)
    tabs.setTabText(1, plain)
    tabs.setCurrentIndex(2)
    assert ink(tabs, 0) > ink(tabs, 1)


# -- off the GUI thread: a big file's preview, and every import --------------------------------


@pytest.fixture
def big(monkeypatch):
    """Every file counts as big: its preview is made in the thread pool."""
    from mentorat_desktop.gui import import_dialog

    monkeypatch.setattr(import_dialog, "BIG_FILE_BYTES", 10)


@pytest.fixture
def threads(monkeypatch) -> list[str]:
    """The threads the members import planned and applied in."""
    import threading

    from mentorat_desktop.core.importing import members

    seen: list[str] = []
    real_plan, real_apply = members.plan_member_import, members.apply_member_import

    def where() -> str:
        return "main" if threading.current_thread() is threading.main_thread() else "pool"

    def plan(*args, **kwargs):
        seen.append("plan " + where())
        return real_plan(*args, **kwargs)

    def apply(*args, **kwargs):
        seen.append("apply " + where())
        return real_apply(*args, **kwargs)

    monkeypatch.setattr(members, "plan_member_import", plan)
    monkeypatch.setattr(members, "apply_member_import", apply)
    return seen


def test_a_big_file_is_read_in_another_thread(
    ctx, existing, csv_file, qtbot, big, threads, find, tree_rows
):
    from PySide6.QtWidgets import QProgressBar

    dialog = ImportMembersDialog(ctx.services, csv_file)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.summary.text() == "Reading “inscriptions.csv”…"
    assert find(dialog, QProgressBar, "Working").isVisible()
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert threads == ["plan pool"]
    assert "inscriptions.csv" in dialog.summary.text()
    assert not find(dialog, QProgressBar, "Working").isVisible()
    assert [r[0] for r in tree_rows(dialog.to_add)] == ["2", "3", "4"]
    assert dialog.import_button.isEnabled()
    # A column given another field: planned again in the thread, the preview follows.
    from PySide6.QtWidgets import QComboBox

    city = find(dialog, QComboBox, "Field for the column “Ville”")
    city.setCurrentIndex(city.findData(""))
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert threads == ["plan pool", "plan pool"]
    assert "Ville" in dialog.columns.text()  # now among the columns not used
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert threads[-1] == "apply pool"
    assert dialog.added == 3 and not dialog.isVisible()


def test_cancel_while_a_big_file_is_read_drops_the_preview(
    ctx, existing, csv_file, qtbot, big, find
):
    dialog = ImportMembersDialog(ctx.services, csv_file)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(find(dialog, QPushButton, "Cancel"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.plan is None
    assert dialog.summary.text() == "Reading “inscriptions.csv”…"  # nothing built after
    assert ctx.members.count() == 1


def test_a_big_file_that_cannot_be_read_says_why(ctx, tmp_path, qtbot, big):
    path = tmp_path / "faux.xlsx"
    path.write_text("not a workbook, but long enough to be read in the thread", "utf-8")
    dialog = ImportMembersDialog(ctx.services, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert "faux.xlsx" in dialog.summary.text()
    assert "Nothing was imported" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_the_import_runs_in_another_thread_and_the_views_hear_of_it(
    ctx, existing, dialog, qtbot, threads, find
):
    heard = []
    ctx.db.bus.subscribe(heard.append)
    dialog.show()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.is_busy()
    assert dialog.summary.text() == "Backing up, then importing…"
    assert not dialog.import_button.isEnabled()
    assert not find(dialog, QPushButton, "Cancel").isEnabled()
    dialog.reject()  # Escape: the transaction ends first
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert threads == ["apply pool"]
    assert dialog.added == 3 and not dialog.isVisible()
    assert "members" in heard and "skills" in heard


def test_an_unexpected_import_error_is_said_in_a_sentence(ctx, dialog, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from mentorat_desktop.core.importing import members

    def broken(db, plan, added_ids=None):
        raise RuntimeError("emile@exemple.org")

    said = []
    monkeypatch.setattr(members, "apply_member_import", broken)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    dialog.show()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert said == [
        "The import stopped and nothing was written. Check the file and try again. (RuntimeError)"
    ]
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    assert dialog.added is None
    assert ctx.members.count() == 1


def test_a_big_file_shows_its_first_rows_and_counts_them_all(
    ctx, tmp_path, qtbot, tree_rows, monkeypatch
):
    # The preview keeps the first rows of each kind; the tabs and the button count them all.
    from mentorat_desktop.core.importing import streaming

    monkeypatch.setattr(streaming, "SHOWN_ROWS", 2)
    rows = [f"Prénom{i};Nom{i};p{i}@exemple.org" for i in range(6)]
    rows += [f"Refus{i};Nom{i};pas-valide" for i in range(3)]
    path = tmp_path / "gros.csv"
    path.write_text("Prénom;Nom;Courriel\n" + "\n".join(rows) + "\n", encoding="utf-8")
    dialog = ImportMembersDialog(ctx.services, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert tab_texts(dialog) == ["To add (6)", "Already present (0)", "Refused (3)"]
    to_add, refused = tree_rows(dialog.to_add), tree_rows(dialog.refused)
    assert [r[:2] for r in to_add[:2]] == [["2", "Prénom0 Nom0"], ["3", "Prénom1 Nom1"]]
    assert [r[:2] for r in refused[:2]] == [["8", "Refus0 Nom0"], ["9", "Refus1 Nom1"]]
    # The last line says how many more there are (the plural from the catalogue).
    assert to_add[2][0] == "" and to_add[2][1].startswith("… and 4 more row")
    assert refused[2][0] == "" and refused[2][1].startswith("… and 1 more row")
    assert len(to_add) == len(refused) == 3
    assert dialog.import_button.text() == "Import 6 members"
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.added == 6 and ctx.members.count() == 6


def test_a_file_changed_since_the_preview_is_not_imported(
    ctx, dialog, csv_file, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    csv_file.write_text(CSV.replace("Émile", "Émilie"), encoding="utf-8")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert said == [
        "The file “inscriptions.csv” changed, moved or was removed since this preview: nothing "
        "was imported. Close this window and import the file again to see what it holds now."
    ]
    assert dialog.isVisible() and dialog.added is None
    assert ctx.members.count() == 1


def test_a_redo_after_the_file_changed_says_so(ctx, window, csv_file, qtbot):
    dialog = window.import_members(str(csv_file))
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    ctx.undo_stack.undo()
    assert ctx.members.count() == 0
    csv_file.unlink()  # the import reads its file again
    ctx.undo_stack.redo()
    assert ctx.members.count() == 0
    assert window.statusBar().currentMessage() == (
        "The import cannot be done again: its file changed, moved or was removed since. "
        "Import the file again from the menu."
    )
