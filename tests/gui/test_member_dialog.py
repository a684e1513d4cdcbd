"""The add/edit member form: what is saved, and how each refusal is shown beside its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton

from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.gui.members.dialog import MemberDialog
from mentorat_desktop.gui.widgets import ErrorLabel, FieldWithError


@pytest.fixture
def new_dialog(ctx, qtbot) -> MemberDialog:
    dialog = MemberDialog(ctx.members)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def error_of(field) -> ErrorLabel:
    """The error label shown under ``field``."""
    row = field.parentWidget()
    assert isinstance(row, FieldWithError), f"{field.accessibleName()} has no error row"
    return row.error


def fill(type_text, find, dialog, values: dict[str, str]) -> None:
    """Type into the form's line edits, found by their labels."""
    for label, text in values.items():
        edit = find(dialog, QLineEdit, label)
        edit.clear()
        type_text(edit, text)


def save(qtbot, find, dialog) -> None:
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)


def test_new_member_is_saved(ctx, qtbot, find, type_text, new_dialog):
    assert new_dialog.windowTitle() == "New member"
    fill(
        type_text,
        find,
        new_dialog,
        {"First name": "Émile", "Last name": "Émery", "Birth year": "1990"},
    )
    qtbot.keyClicks(find(new_dialog, QLineEdit, "E-mail"), "  Emile.Emery@Exemple.org ")
    type_text(find(new_dialog, QLineEdit, "City"), "Québec")
    type_text(find(new_dialog, QLineEdit, "Skills offered"), "Vidéo, réseaux sociaux, video")
    save(qtbot, find, new_dialog)
    assert not new_dialog.isVisible()
    assert new_dialog.result() == QDialog.DialogCode.Accepted
    (saved,) = ctx.members.list_members()
    assert new_dialog.saved == saved
    assert (saved.first_name, saved.last_name, saved.birth_year) == ("Émile", "Émery", 1990)
    assert saved.email == "emile.emery@exemple.org"
    assert saved.city == "Québec"
    assert sorted(saved.skills_offered) == ["Vidéo", "réseaux sociaux"]  # "video" only once


def test_role_left_untouched_is_either(ctx, find, type_text, new_dialog):
    fill(type_text, find, new_dialog, {"First name": "Anne", "Last name": "Dupont"})
    new_dialog.accept()
    (saved,) = ctx.members.list_members()
    assert saved.role == Role.EITHER


def test_generation_follows_the_birth_year(qtbot, find, type_text, new_dialog):
    generation = find(new_dialog, QLabel, "Generation")
    assert generation.text() == "—"
    qtbot.keyClicks(find(new_dialog, QLineEdit, "Birth year"), "1962")
    assert generation.text() == "Baby boomer"
    birth_year = find(new_dialog, QLineEdit, "Birth year")
    birth_year.clear()
    qtbot.keyClicks(birth_year, "2001")
    assert generation.text() == "Generation Z"
    qtbot.keyClick(birth_year, Qt.Key.Key_Backspace)
    assert generation.text() == "—"


def test_empty_last_name_and_bad_email_keep_the_form_open(ctx, qtbot, find, type_text, new_dialog):
    fill(type_text, find, new_dialog, {"First name": "Anne", "E-mail": "anne-at-exemple.org"})
    save(qtbot, find, new_dialog)
    assert new_dialog.isVisible()
    assert new_dialog.result() != QDialog.DialogCode.Accepted
    assert ctx.members.count() == 0
    assert new_dialog.saved is None
    last_name_error = error_of(find(new_dialog, QLineEdit, "Last name"))
    email_error = error_of(find(new_dialog, QLineEdit, "E-mail"))
    assert last_name_error.isVisible() and "required" in last_name_error.text()
    assert email_error.isVisible() and "not valid" in email_error.text()
    assert not error_of(find(new_dialog, QLineEdit, "First name")).isVisible()
    summary = find(new_dialog, QLabel, "Problems to correct")
    assert summary.isVisible() and "Nothing was saved" in summary.text()


def test_corrected_form_is_saved_and_errors_go_away(ctx, qtbot, find, type_text, new_dialog):
    fill(type_text, find, new_dialog, {"First name": "Anne", "E-mail": "anne-at-exemple.org"})
    save(qtbot, find, new_dialog)
    email = find(new_dialog, QLineEdit, "E-mail")
    assert error_of(email).isVisible()
    fill(type_text, find, new_dialog, {"Last name": "Dupont", "E-mail": "anne@exemple.org"})
    save(qtbot, find, new_dialog)
    assert not new_dialog.isVisible()
    assert [m.full_name for m in ctx.members.list_members()] == ["Anne Dupont"]


def test_unreadable_and_impossible_birth_years(ctx, qtbot, find, type_text, new_dialog):
    fill(
        type_text,
        find,
        new_dialog,
        {"First name": "Anne", "Last name": "Dupont", "Birth year": "19x0"},
    )
    save(qtbot, find, new_dialog)
    birth_year = find(new_dialog, QLineEdit, "Birth year")
    assert "19x0" in error_of(birth_year).text()
    assert new_dialog.isVisible()
    fill(type_text, find, new_dialog, {"Birth year": "1850"})
    save(qtbot, find, new_dialog)
    assert error_of(birth_year).isVisible()
    assert "1900" in error_of(birth_year).text()
    assert ctx.members.count() == 0


def test_first_error_on_another_tab_brings_that_tab_forward(
    ctx, qtbot, find, type_text, new_dialog
):
    fill(type_text, find, new_dialog, {"First name": "Anne", "Last name": "Dupont"})
    skills = find(new_dialog, QLineEdit, "Skills offered")
    skills.setText("x" * 121)
    assert not skills.isVisible()  # on the "Program" tab
    save(qtbot, find, new_dialog)
    assert new_dialog.tabs.tabText(new_dialog.tabs.currentIndex()) == "Program"
    assert skills.isVisible()
    assert error_of(skills).isVisible() and "120" in error_of(skills).text()
    assert ctx.members.count() == 0


def test_duplicate_email_names_the_other_member(ctx, qtbot, find, type_text, new_dialog):
    ctx.members.add(MemberInput(first_name="Anne", last_name="Dupont", email="anne@exemple.org"))
    fill(
        type_text,
        find,
        new_dialog,
        {"First name": "Paul", "Last name": "Martin", "E-mail": "ANNE@exemple.org"},
    )
    save(qtbot, find, new_dialog)
    error = error_of(find(new_dialog, QLineEdit, "E-mail"))
    assert error.isVisible()
    assert "Anne Dupont" in error.text()
    assert new_dialog.isVisible()
    assert ctx.members.count() == 1


def test_same_person_born_the_same_year_is_refused(ctx, qtbot, find, type_text, new_dialog):
    ctx.members.add(MemberInput(first_name="Anne", last_name="Dupont", birth_year=1955))
    fill(
        type_text,
        find,
        new_dialog,
        {"First name": "anne", "Last name": "DUPONT", "Birth year": "1955"},
    )
    save(qtbot, find, new_dialog)
    error = error_of(find(new_dialog, QLineEdit, "Last name"))
    assert error.isVisible() and "Anne Dupont" in error.text()
    assert ctx.members.count() == 1


def test_cancel_writes_nothing(ctx, qtbot, find, type_text, new_dialog):
    fill(type_text, find, new_dialog, {"First name": "Anne", "Last name": "Dupont"})
    qtbot.mouseClick(find(new_dialog, QPushButton, "Cancel"), Qt.MouseButton.LeftButton)
    assert not new_dialog.isVisible()
    assert new_dialog.saved is None
    assert ctx.members.count() == 0


def test_edit_shows_the_member_and_saves_changes(ctx, qtbot, find, type_text):
    record = ctx.members.add(
        MemberInput(
            first_name="Anne",
            last_name="Dupont",
            birth_year=1955,
            email="anne@exemple.org",
            city="Lyon",
            role=Role.MENTEE,
            skills_wanted=["Réseaux sociaux", "Excel"],
        )
    )
    dialog = MemberDialog(ctx.members, record)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Edit Anne Dupont"
    assert find(dialog, QLineEdit, "Last name").text() == "Dupont"
    assert find(dialog, QLineEdit, "Birth year").text() == "1955"
    assert find(dialog, QLineEdit, "E-mail").text() == "anne@exemple.org"
    assert find(dialog, QLabel, "Generation").text() == "Baby boomer"
    assert dialog.role.currentData() == Role.MENTEE
    assert find(dialog, QLineEdit, "Skills wanted").text() == "Excel, Réseaux sociaux"
    fill(type_text, find, dialog, {"City": "Villeurbanne"})
    save(qtbot, find, dialog)  # her own e-mail is not a duplicate
    assert not dialog.isVisible()
    updated = ctx.members.get(record.id)
    assert updated.city == "Villeurbanne"
    assert updated.email == "anne@exemple.org"
    assert updated.skills_wanted == record.skills_wanted
    assert ctx.members.count() == 1


def test_french_standard_buttons(ctx_fr, qtbot):
    dialog = MemberDialog(ctx_fr.members)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    texts = {
        box.button(QDialogButtonBox.StandardButton.Save).text().replace("&", ""),
        box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", ""),
    }
    assert texts == {"Enregistrer", "Annuler"}


def test_a_locked_database_is_said_in_the_form_and_what_was_typed_stays(
    ctx, qtbot, find, type_text, new_dialog, monkeypatch
):
    import sqlite3

    from mentorat_desktop.core import database

    # Another program holds the write lock: the save waits briefly, then says so.
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    ctx.db.close()  # new connections pick up the short wait
    other = sqlite3.connect(ctx.db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        fill(type_text, find, new_dialog, {"First name": "Zoé", "Last name": "Lacroix"})
        save(qtbot, find, new_dialog)
        assert new_dialog.isVisible()
        summary = new_dialog.summary.text()
        assert "busy" in summary and "Nothing was changed." in summary
        assert find(new_dialog, QLineEdit, "First name").text() == "Zoé"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert ctx.members.list_members() == []


# -- consent -------------------------------------------------------------------------------------


def consent_tab(dialog) -> None:
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)


def tick(qtbot, box) -> None:
    """Click a check box on its box (a box stretched across the form is blank at its
    centre)."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_consent_is_saved_and_shown_in_words(ctx, qtbot, find, type_text, new_dialog):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit

    from mentorat_desktop.gui.members.detail import MemberDetail

    fill(type_text, find, new_dialog, {"First name": "Anne", "Last name": "Dupont"})
    consent_tab(new_dialog)
    for name in ("Agrees to their data being kept", "Agrees to being contacted"):
        tick(qtbot, find(new_dialog, QCheckBox, name))
    how = find(new_dialog, QComboBox, "Consent collected by")
    assert [how.itemText(i) for i in range(how.count())] == [
        "paper form",
        "e-mail",
        "orally",
        "online form",
    ]
    how.setCurrentIndex(how.findText("paper form"))
    qtbot.mouseClick(find(new_dialog, QCheckBox, "Consent given on"), Qt.MouseButton.LeftButton)
    find(new_dialog, QDateEdit, "Consent given on — date").setDate(QDate(2025, 2, 4))
    save(qtbot, find, new_dialog)
    assert not new_dialog.isVisible()
    (saved,) = ctx.members.list_members()
    assert (saved.consent_keep, saved.consent_contact, saved.consent_share) == (True, True, False)
    assert saved.consent_how == "paper form"
    assert str(saved.consent_on) == "2025-02-04"
    assert saved.consent_withdrawn_on is None

    detail = MemberDetail("en")
    qtbot.addWidget(detail)
    detail.show_member(saved)
    assert (
        "Given on 2025-02-04 (paper form): keeping their data, being contacted; "
        "not sharing their details" in detail.body.text()
    )


def test_a_typed_way_of_giving_consent_is_kept(ctx, qtbot, find, type_text, new_dialog):
    from PySide6.QtWidgets import QComboBox

    fill(type_text, find, new_dialog, {"First name": "Anne", "Last name": "Dupont"})
    consent_tab(new_dialog)
    how = find(new_dialog, QComboBox, "Consent collected by")
    type_text(how.lineEdit(), "lors de la soirée de lancement")
    save(qtbot, find, new_dialog)
    assert ctx.members.list_members()[0].consent_how == "lors de la soirée de lancement"


def test_a_withdrawal_unticks_the_agreements_and_is_saved(ctx, qtbot, find):
    import datetime as dt

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit

    record = ctx.members.add(
        MemberInput(
            first_name="Anne",
            last_name="Dupont",
            consent_keep=True,
            consent_share=True,
            consent_on=dt.date(2025, 2, 4),
            consent_how="e-mail",
        )
    )
    dialog = MemberDialog(ctx.members, record)
    qtbot.addWidget(dialog)
    dialog.show()
    consent_tab(dialog)
    keep = find(dialog, QCheckBox, "Agrees to their data being kept")
    share = find(
        dialog, QCheckBox, "Agrees to their details being given to the other member of their pair"
    )
    assert keep.isChecked() and share.isChecked()
    assert find(dialog, QComboBox, "Consent collected by").currentText() == "e-mail"
    assert find(dialog, QCheckBox, "Consent given on").isChecked()
    withdrawn = find(dialog, QCheckBox, "Consent withdrawn on")
    assert not withdrawn.isChecked()
    qtbot.mouseClick(withdrawn, Qt.MouseButton.LeftButton)
    assert not keep.isChecked() and not keep.isEnabled() and not share.isChecked()
    # Before the day consent was given: refused, said beside the withdrawal.
    date = find(dialog, QDateEdit, "Consent withdrawn on — date")
    date.setDate(QDate(2025, 1, 1))
    save(qtbot, find, dialog)
    assert dialog.isVisible()
    error = error_of(dialog.consent_withdrawn_on)
    assert error.isVisible() and "before the day it was given" in error.text()
    assert ctx.members.get(record.id).consent_withdrawn_on is None
    date.setDate(QDate(2025, 3, 1))
    save(qtbot, find, dialog)
    assert not dialog.isVisible()
    saved = ctx.members.get(record.id)
    assert saved.consent_withdrawn_on == dt.date(2025, 3, 1)
    assert (saved.consent_keep, saved.consent_contact, saved.consent_share) == (False, False, False)


def test_an_erased_member_is_shown_but_not_edited(ctx, qtbot, find):
    from mentorat_desktop.core.privacy import erase_person

    record = ctx.members.add(MemberInput(first_name="Anne", last_name="Dupont"))
    erase_person(ctx.db, record.id)
    dialog = MemberDialog(ctx.members, ctx.members.get(record.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not find(dialog, QPushButton, "Save").isEnabled()
    summary = find(dialog, QLabel, "Problems to correct")
    assert summary.isVisible() and "erased" in summary.text()


def test_the_red_line_goes_once_the_fields_are_corrected(find, type_text, new_dialog, qtbot):
    birth = find(new_dialog, QLineEdit, "Birth year")
    type_text(birth, "1850")
    save(qtbot, find, new_dialog)
    assert new_dialog.isVisible()
    assert new_dialog.summary.isVisible()
    assert not error_of(birth).isHidden()
    # The names are missing too; correct every marked field, as the coordinator would.
    fill(type_text, find, new_dialog, {"First name": "Zoé", "Last name": "Lacroix"})
    assert new_dialog.summary.isVisible()  # the year is still wrong
    birth.clear()
    type_text(birth, "1985")
    assert not error_of(birth).isVisible()
    assert not new_dialog.summary.isVisible()
