"""The cohorts window as the coordinator uses it: creating, editing, closing, duplicating for
next year and deleting cohorts, their objectives with indicators and targets, the pairs
view showing a pair's cohort objectives, and the keyboard."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.gui.cohorts.cohort_dialog import CohortDialog
from mentorat_desktop.gui.cohorts.duplicate_dialog import DuplicateCohortDialog
from mentorat_desktop.gui.cohorts.naming import next_year_name
from mentorat_desktop.gui.cohorts.objective_dialog import CohortObjectiveDialog
from mentorat_desktop.gui.cohorts.table_model import (
    COL_END,
    COL_NAME,
    COL_PAIRS,
    COL_START,
    COL_STATE,
    CohortTableModel,
)
from mentorat_desktop.gui.cohorts.window import CohortsWindow
from mentorat_desktop.gui.pairs.pair_dialog import PairDialog
from mentorat_desktop.gui.widgets import ErrorLabel, FieldWithError

# -- helpers -----------------------------------------------------------------------------------


@pytest.fixture
def cohorts(ctx) -> CohortService:
    return CohortService(ctx.db)


@pytest.fixture
def pairs(ctx) -> PairService:
    return PairService(ctx.db)


@pytest.fixture
def open_window(ctx, cohorts, qtbot):
    def make() -> CohortsWindow:
        window = CohortsWindow(cohorts, "en")
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture
def spring(cohorts):
    """Printemps 2026, with two objectives (one with an indicator and a target)."""
    cohort = cohorts.create(
        "Printemps 2026", dt.date(2026, 3, 2), dt.date(2026, 12, 15), "Lycéens et retraités"
    )
    cohorts.add_objective(
        cohort.id, "Autonomie numérique", "Appel vidéo seul·e", "8 binômes sur 10"
    )
    cohorts.add_objective(cohort.id, "Garder le lien")
    return cohorts.get(cohort.id)


def add_pair(ctx, pairs, cohort_id: int | None, n: int = 0) -> int:
    mentor = ctx.members.add(
        MemberInput(first_name="Zoé", last_name=f"Vidal{n}", birth_year=2001, role=Role.MENTOR)
    ).id
    mentee = ctx.members.add(
        MemberInput(first_name="Anne", last_name=f"Dupont{n}", birth_year=1955, role=Role.MENTEE)
    ).id
    return pairs.create(PairInput(mentor, mentee, cohort_id=cohort_id)).id


def table_rows(window: CohortsWindow) -> list[list[str]]:
    model = window.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def select(window: CohortsWindow, name: str) -> None:
    for row in range(window.model.rowCount()):
        if window.model.record_at(row).name == name:
            window.table.selectRow(row)
            return
    pytest.fail(f"no cohort named {name!r}")


def objective_lines(window: CohortsWindow) -> list[str]:
    return [window.objectives.item(i).text() for i in range(window.objectives.count())]


def error_beside(widget: QWidget) -> ErrorLabel:
    row = widget
    while not isinstance(row, FieldWithError):
        row = row.parentWidget()
    return row.error


def answer_questions(monkeypatch, answer=QMessageBox.StandardButton.Yes) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def shown(parent, cls):
    found = [d for d in parent.findChildren(cls) if d.isVisible()]
    assert len(found) == 1, f"{len(found)} visible {cls.__name__}"
    return found[0]


# -- the table model and the proposed name, without a window -----------------------------------


def test_the_table_model_shows_name_dates_pairs_and_state(ctx, cohorts, pairs, spring, qapp):
    add_pair(ctx, pairs, spring.id)
    autumn = cohorts.create("Automne 2025", dt.date(2025, 9, 1))
    cohorts.close(autumn.id, on=dt.date(2026, 2, 1))
    model = CohortTableModel("fr_FR")
    model.set_records(cohorts.list_cohorts())
    assert model.rowCount() == 2
    rows = {model.index(r, COL_NAME).data(): r for r in range(2)}
    spring_row, autumn_row = rows["Printemps 2026"], rows["Automne 2025"]
    assert model.index(spring_row, COL_START).data() == "02/03/2026"
    assert model.index(spring_row, COL_END).data() == "15/12/2026"
    assert model.index(spring_row, COL_PAIRS).data() == "1"
    assert model.index(spring_row, COL_STATE).data() == "Open"
    assert model.index(autumn_row, COL_END).data() == ""
    assert model.index(autumn_row, COL_PAIRS).data() == "0"
    assert model.index(autumn_row, COL_STATE).data() == "Closed on 01/02/2026"
    assert model.index(autumn_row, COL_NAME).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(spring_row, COL_NAME).data(Qt.ItemDataRole.FontRole) is None
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Cohort", "Start", "End", "Pairs", "State"]


@pytest.mark.parametrize(
    ("name", "start", "expected"),
    [
        ("Printemps 2026", None, "Printemps 2027"),
        ("Année 2025-2026", None, "Année 2026-2027"),
        ("Cohorte du lycée", dt.date(2026, 3, 1), "Cohorte du lycée 2027"),
        ("Groupe 12345", dt.date(2026, 3, 1), "Groupe 12345 2027"),
    ],
)
def test_the_name_proposed_for_next_year(name, start, expected):
    assert next_year_name(name, start) == expected


# -- creating and editing ----------------------------------------------------------------------


def test_an_empty_program_says_how_to_start(open_window, find):
    window = open_window()
    assert window.model.rowCount() == 0
    assert "No cohort yet" in window.description.text()
    assert not find(window, QPushButton, "Edit the cohort").isEnabled()
    assert not find(window, QPushButton, "Delete the cohort").isEnabled()
    assert not find(window, QPushButton, "Add an objective").isEnabled()


def test_create_a_cohort(ctx, cohorts, open_window, find, qtbot, type_text):
    window = open_window()
    find(window, QPushButton, "New cohort").click()
    dialog = shown(window, CohortDialog)
    type_text(find(dialog, QLineEdit, "Name"), "Printemps 2026")
    find(dialog, QCheckBox, "Start").setChecked(True)
    find(dialog, QDateEdit, "Start — date").setDate(QDate(2026, 3, 2))
    find(dialog, QCheckBox, "End").setChecked(True)
    find(dialog, QDateEdit, "End — date").setDate(QDate(2026, 12, 15))
    type_text(find(dialog, QPlainTextEdit, "Description"), "Lycéens et retraités")
    find(dialog, QPushButton, "Save").click()
    assert not dialog.isVisible()
    (saved,) = cohorts.list_cohorts()
    assert (saved.name, saved.start_date, saved.end_date, saved.description) == (
        "Printemps 2026",
        dt.date(2026, 3, 2),
        dt.date(2026, 12, 15),
        "Lycéens et retraités",
    )
    assert table_rows(window) == [["Printemps 2026", "2026-03-02", "2026-12-15", "0", "Open"]]
    assert window.current_cohort().id == saved.id
    notice = find(window, QLabel, "Notice")
    assert notice.isVisible() and "Cohort “Printemps 2026” created." in notice.text()


def test_refusals_are_shown_beside_their_field_and_write_nothing(
    ctx, cohorts, spring, open_window, find, type_text
):
    window = open_window()
    written = []
    ctx.db.bus.subscribe(lambda topic: written.append(topic))
    find(window, QPushButton, "New cohort").click()
    dialog = shown(window, CohortDialog)
    name = find(dialog, QLineEdit, "Name")
    find(dialog, QPushButton, "Save").click()
    assert dialog.isVisible()
    assert error_beside(name).text() == "⚠ This field is required."
    type_text(name, "printemps 2026")  # the same name, another case
    find(dialog, QPushButton, "Save").click()
    assert error_beside(name).text() == "⚠ This name is already used."
    name.clear()
    type_text(name, "Automne 2026")
    find(dialog, QCheckBox, "Start").setChecked(True)
    find(dialog, QDateEdit, "Start — date").setDate(QDate(2026, 9, 1))
    end = find(dialog, QCheckBox, "End")
    end.setChecked(True)
    find(dialog, QDateEdit, "End — date").setDate(QDate(2026, 6, 1))
    find(dialog, QPushButton, "Save").click()
    assert error_beside(end).text() == "⚠ The end comes before the start."
    assert not error_beside(name).isVisible()
    assert [c.name for c in cohorts.list_cohorts()] == ["Printemps 2026"]
    assert written == []
    dialog.reject()


def test_edit_a_cohort(cohorts, spring, open_window, find, qtbot, type_text):
    window = open_window()
    assert window.objectives_box.title() == "Objectives of “Printemps 2026”"
    find(window, QPushButton, "Edit the cohort").click()
    dialog = shown(window, CohortDialog)
    name = find(dialog, QLineEdit, "Name")
    assert name.text() == "Printemps 2026"
    assert find(dialog, QCheckBox, "Start").isChecked()
    assert find(dialog, QDateEdit, "Start — date").date() == QDate(2026, 3, 2)
    assert find(dialog, QPlainTextEdit, "Description").toPlainText() == "Lycéens et retraités"
    name.selectAll()
    type_text(name, "Printemps 2026 (Lyon)")
    find(dialog, QCheckBox, "End").setChecked(False)
    find(dialog, QPushButton, "Save").click()
    saved = cohorts.get(spring.id)
    assert (saved.name, saved.end_date, saved.start_date) == (
        "Printemps 2026 (Lyon)",
        None,
        dt.date(2026, 3, 2),
    )
    assert table_rows(window)[0][:3] == ["Printemps 2026 (Lyon)", "2026-03-02", ""]
    assert "Cohort “Printemps 2026 (Lyon)” saved." in find(window, QLabel, "Notice").text()


# -- objectives ----------------------------------------------------------------------------------


def test_the_objectives_of_the_selected_cohort(cohorts, spring, open_window, find):
    autumn = cohorts.create("Automne 2026")
    cohorts.add_objective(autumn.id, "Former les mentors")
    window = open_window()
    select(window, "Printemps 2026")
    assert objective_lines(window) == [
        "1. Autonomie numérique\n    Success indicator: Appel vidéo seul·e\n"
        "    Target: 8 binômes sur 10",
        "2. Garder le lien",
    ]
    assert window.description.text() == "Lycéens et retraités"
    select(window, "Automne 2026")
    assert objective_lines(window) == ["1. Former les mentors"]
    assert window.objectives_box.title() == "Objectives of “Automne 2026”"


def test_add_change_and_remove_an_objective(
    cohorts, spring, open_window, find, type_text, monkeypatch
):
    window = open_window()
    find(window, QPushButton, "Add an objective").click()
    dialog = shown(window, CohortObjectiveDialog)
    find(dialog, QPushButton, "Save").click()  # no text: refused beside it
    assert error_beside(find(dialog, QLineEdit, "Objective")).text() == (
        "⚠ This field is required."
    )
    type_text(find(dialog, QLineEdit, "Objective"), "Former les mentors")
    type_text(find(dialog, QLineEdit, "Success indicator"), "Part des mentors formés")
    type_text(find(dialog, QLineEdit, "Target"), "100 %")
    find(dialog, QPushButton, "Save").click()
    objectives = cohorts.get(spring.id).objectives
    assert [(o.text, o.indicator, o.target) for o in objectives][-1] == (
        "Former les mentors",
        "Part des mentors formés",
        "100 %",
    )
    assert window.objectives.currentRow() == 2  # the new one is selected
    assert "Objective added to “Printemps 2026”." in find(window, QLabel, "Notice").text()

    window.objectives.setCurrentRow(1)
    find(window, QPushButton, "Change the objective").click()
    dialog = shown(window, CohortObjectiveDialog)
    assert find(dialog, QLineEdit, "Objective").text() == "Garder le lien"
    type_text(find(dialog, QLineEdit, "Success indicator"), "Six séances au moins")
    find(dialog, QPushButton, "Save").click()
    assert cohorts.get(spring.id).objectives[1].indicator == "Six séances au moins"
    assert "Success indicator: Six séances au moins" in objective_lines(window)[1]

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    window.objectives.setCurrentRow(0)
    find(window, QPushButton, "Remove the objective").click()
    assert len(cohorts.get(spring.id).objectives) == 3  # "No" removes nothing
    answer_questions(monkeypatch)
    find(window, QPushButton, "Remove the objective").click()
    assert asked == ["Remove “Autonomie numérique” from the objectives of “Printemps 2026”?"]
    assert [o.text for o in cohorts.get(spring.id).objectives] == [
        "Garder le lien",
        "Former les mentors",
    ]
    assert objective_lines(window)[0].startswith("1. Garder le lien")
    assert "Objective removed from “Printemps 2026”." in find(window, QLabel, "Notice").text()


# -- close, duplicate, delete --------------------------------------------------------------------


def test_close_and_reopen(cohorts, spring, open_window, find):
    window = open_window()
    find(window, QPushButton, "Close the cohort").click()
    assert cohorts.get(spring.id).closed_on == dt.date.today()
    assert table_rows(window)[0][4].startswith("Closed on ")
    assert "Cohort “Printemps 2026” closed" in find(window, QLabel, "Notice").text()
    reopen = find(window, QPushButton, "Reopen the cohort")
    assert reopen.text() == "Re&open the cohort"
    reopen.click()
    assert cohorts.get(spring.id).closed_on is None
    assert table_rows(window)[0][4] == "Open"
    assert "Cohort “Printemps 2026” reopened." in find(window, QLabel, "Notice").text()
    find(window, QPushButton, "Close the cohort")


def test_a_cohort_that_has_not_started_cannot_be_closed(cohorts, open_window, find, monkeypatch):
    later = cohorts.create("Printemps 2099", dt.date(2099, 3, 2))
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "information",
        staticmethod(lambda _parent, _title, text, *a, **k: told.append(text)),
    )
    window = open_window()
    find(window, QPushButton, "Close the cohort").click()
    assert told == [
        "“Printemps 2099” starts on 2099-03-02: it cannot be closed before it starts. If it "
        "will not take place, delete it instead."
    ]
    assert cohorts.get(later.id).closed_on is None
    assert not find(window, QLabel, "Notice").isVisible()


def test_duplicate_for_next_year(cohorts, spring, open_window, find, type_text):
    window = open_window()
    find(window, QPushButton, "Duplicate for next year").click()
    dialog = shown(window, DuplicateCohortDialog)
    name = find(dialog, QLineEdit, "Name of the new cohort")
    assert name.text() == "Printemps 2027"
    find(dialog, QPushButton, "OK").click()
    assert not dialog.isVisible()
    copy = cohorts.find("Printemps 2027")
    assert copy is not None
    assert (copy.start_date, copy.end_date) == (dt.date(2027, 3, 2), dt.date(2027, 12, 15))
    assert [(o.text, o.indicator, o.target) for o in copy.objectives] == [
        (o.text, o.indicator, o.target) for o in spring.objectives
    ]
    assert window.current_cohort().id == copy.id
    assert re.fullmatch(  # "objectives" once the English catalogue gives the plural
        r"✓ Cohort “Printemps 2026” duplicated as “Printemps 2027”, with 2 objective(\(s\)|s)\.",
        find(window, QLabel, "Notice").text(),
    )
    assert len(objective_lines(window)) == 2


def test_duplicate_refuses_a_taken_name_beside_the_field(ctx, cohorts, spring, open_window, find):
    cohorts.create("Printemps 2027")
    window = open_window()
    select(window, "Printemps 2026")
    find(window, QPushButton, "Duplicate for next year").click()
    dialog = shown(window, DuplicateCohortDialog)
    find(dialog, QPushButton, "OK").click()
    assert dialog.isVisible()
    name = find(dialog, QLineEdit, "Name of the new cohort")
    assert error_beside(name).text() == "⚠ This name is already used."
    assert len(cohorts.list_cohorts()) == 2
    dialog.reject()


def test_delete_is_refused_while_the_cohort_has_pairs(
    ctx, cohorts, pairs, spring, open_window, find, monkeypatch
):
    add_pair(ctx, pairs, spring.id)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "information",
        staticmethod(lambda _parent, _title, text, *a, **k: told.append(text)),
    )
    asked = answer_questions(monkeypatch)
    window = open_window()
    find(window, QPushButton, "Delete the cohort").click()
    assert asked == []
    assert len(told) == 1
    assert re.match(r"“Printemps 2026” holds 1 pair(\(s\))?, so it cannot be deleted\.", told[0])
    assert "close the cohort instead" in told[0]
    assert cohorts.get(spring.id).name == "Printemps 2026"


def deleting_autumn(asked: list[str]) -> bool:
    """The one question asked is the deletion of Automne 2026 and its objectives (none)."""
    pattern = r"Delete the cohort “Automne 2026” and its 0 objective(\(s\)|s)\?"
    return len(asked) == 1 and re.fullmatch(pattern, asked[0]) is not None


def test_delete_a_cohort_without_pairs(cohorts, spring, open_window, find, monkeypatch):
    autumn = cohorts.create("Automne 2026")
    asked = answer_questions(monkeypatch)
    window = open_window()
    select(window, "Automne 2026")
    find(window, QPushButton, "Delete the cohort").click()
    assert deleting_autumn(asked)
    assert [c.id for c in cohorts.list_cohorts()] == [spring.id]
    assert [row[0] for row in table_rows(window)] == ["Printemps 2026"]
    assert autumn.id not in [c.id for c in cohorts.list_cohorts()]
    assert "Cohort “Automne 2026” deleted." in find(window, QLabel, "Notice").text()


# -- keyboard and names --------------------------------------------------------------------------


def test_the_keyboard_edits_and_deletes(cohorts, spring, open_window, qtbot, monkeypatch, activate):
    cohorts.create("Automne 2026")
    window = open_window()
    activate(window)
    assert QApplication.focusWidget() is window.table
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CohortDialog)
    assert dialog.name.text() == "Automne 2026"
    dialog.reject()
    activate(window)
    window.table.setFocus()
    asked = answer_questions(monkeypatch)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert deleting_autumn(asked)
    assert [c.name for c in cohorts.list_cohorts()] == ["Printemps 2026"]
    window.objectives.setFocus()
    qtbot.keyClick(window.objectives, Qt.Key.Key_Return)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CohortObjectiveDialog)
    assert dialog.text.text() == "Autonomie numérique"
    dialog.reject()


def test_every_input_and_button_is_named(cohorts, spring, open_window):
    window = open_window()
    dialogs = [
        window,
        window.new_cohort(),
        window.duplicate_cohort(),
        window.add_objective(),
    ]
    for parent in dialogs:
        kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QTableView, QListWidget)
        for kind in kinds:
            for widget in parent.findChildren(kind):
                if widget.isVisibleTo(parent) and widget.parent() is not None:
                    if isinstance(widget, QLineEdit) and isinstance(
                        widget.parentWidget(), (QDateEdit, QComboBox)
                    ):
                        continue  # the inner editor of a named field
                    assert widget.accessibleName(), (type(parent).__name__, widget)
        if parent is not window:
            parent.reject()


# -- from the main window, and in the pairs view --------------------------------------------------


def test_the_pairs_menu_opens_the_cohorts_and_the_status_bar_confirms(
    window, cohorts, qtbot, find, type_text
):
    actions = {
        a.text(): a
        for menu in window.menuBar().actions()
        if menu.menu()
        for a in menu.menu().actions()
    }
    actions["C&ohorts…"].trigger()
    cohorts_window = shown(window, CohortsWindow)
    cohorts_window.new_cohort()
    dialog = shown(cohorts_window, CohortDialog)
    type_text(find(dialog, QLineEdit, "Name"), "Automne 2026")
    find(dialog, QPushButton, "Save").click()
    assert window.statusBar().currentMessage() == "Cohort “Automne 2026” created."
    assert [c.name for c in cohorts.list_cohorts()] == ["Automne 2026"]
    cohorts_window.reject()


def detail_text(view) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", view.detail.body.text())).split())


def test_the_pair_detail_shows_its_cohort_objectives(window, ctx, cohorts, pairs, spring):
    pair_id = add_pair(ctx, pairs, spring.id)
    window.resize(1200, 700)
    window.show()
    window.show_view("pairs")
    view = window.pairs_view
    assert view.select_pair(pair_id)
    text = detail_text(view)
    assert "Objectives of the cohort “Printemps 2026”" in text
    assert "Autonomie numérique Success indicator: Appel vidéo seul·e Target: 8 binômes sur 10" in (
        text
    )
    assert "Garder le lien" in text
    # A change in the cohorts window reaches the detail through the bus.
    cohorts.add_objective(spring.id, "Former les mentors", "Part des mentors formés")
    assert "Former les mentors Success indicator: Part des mentors formés" in detail_text(view)
    cohorts.close(spring.id, on=dt.date(2026, 6, 30))
    assert "Printemps 2026 (closed on 2026-06-30)" in detail_text(view)


def test_a_pair_without_cohort_objectives_says_where_to_add_them(window, ctx, cohorts, pairs):
    bare = cohorts.create("Automne 2026")
    pair_id = add_pair(ctx, pairs, bare.id)
    window.show_view("pairs")
    view = window.pairs_view
    assert view.select_pair(pair_id)
    assert "This cohort has no objective yet (Pairs → Cohorts…)." in detail_text(view)
    solo = add_pair(ctx, pairs, None, 1)
    assert view.select_pair(solo)
    assert "Objectives of the cohort" not in detail_text(view)


def test_a_closed_cohort_is_not_offered_for_a_new_pair(ctx, cohorts, pairs, spring, qtbot):
    autumn = cohorts.create("Automne 2026")
    cohorts.close(spring.id)
    dialog = PairDialog(pairs, ctx.members, cohorts, 3.0)
    qtbot.addWidget(dialog)
    combo = dialog.cohort
    assert [combo.itemText(i) for i in range(combo.count())] == ["No cohort", "Automne 2026"]
    assert combo.findData(autumn.id) == 1
