"""The first-run assistant: filled from the keyboard, it saves the settings at once and
creates the first cohort; skipped, it changes nothing; it opens by itself on an empty
database only, and only until it has been finished or skipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWizard

from mentorat_desktop.core.coordinator import ENVIRONMENT
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.gui import coordinator_name
from mentorat_desktop.gui.welcome import welcome_if_first_run
from mentorat_desktop.gui.welcome.first_run import should_welcome, welcome_seen
from mentorat_desktop.gui.welcome.wizard import WelcomeWizard


@pytest.fixture
def wizard(window, qtbot) -> WelcomeWizard:
    window.show()
    opened = window.open_welcome()
    qtbot.waitExposed(opened)
    return opened


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def button(wizard: WelcomeWizard, name: str) -> QPushButton:
    found = [b for b in wizard.findChildren(QPushButton) if b.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def test_filled_by_keyboard_then_finished_saves_everything_at_once(
    ctx, window, wizard, find, qtbot, type_text
):
    announced: list[str] = []
    ctx.signals.changed.connect(announced.append)
    assert wizard.currentPage() is wizard.association
    type_text(find(wizard, QLineEdit, "Association's name"), "Les Passerelles")
    type_text(find(wizard, QPlainTextEdit, "Address"), "12 rue des Écoles")
    click(qtbot, button(wizard, "Next"))
    assert wizard.currentPage() is wizard.coordinator
    type_text(find(wizard, QLineEdit, "Coordinator's name"), "Hélène Roy")
    qtbot.keyClicks(find(wizard, QLineEdit, "Coordinator's e-mail"), "helene@exemple.org")
    qtbot.keyClicks(find(wizard, QLineEdit, "Coordinator's phone"), "514 555 0199")
    click(qtbot, button(wizard, "Next"))
    country = find(wizard, QComboBox, "Country")
    country.setFocus()
    qtbot.keyClick(country, Qt.Key.Key_Down)  # France -> Québec
    assert country.currentData() == "CA"
    language = find(wizard, QComboBox, "Language")
    assert language.currentData() == "en"  # opened in English: English is kept
    language.setFocus()
    qtbot.keyClick(language, Qt.Key.Key_Up)
    assert language.currentData() == "fr_CA"
    assert "US Letter" in find(wizard, QLabel, "What the country changes").text()
    click(qtbot, button(wizard, "Next"))
    hours = find(wizard, QLineEdit, "Hours per month for each pair")
    hours.selectAll()
    qtbot.keyClicks(hours, "2h30")
    assert "2 h 30" in find(wizard, QLabel, "Commitment as read").text()
    click(qtbot, button(wizard, "Next"))
    assert wizard.currentPage() is wizard.start
    type_text(find(wizard, QLineEdit, "Cohort's name"), "Printemps 2027")
    announced.clear()
    click(qtbot, button(wizard, "Finish"))

    assert not wizard.isVisible()
    saved = ctx.settings.get()
    assert saved.association_name == "Les Passerelles"
    assert saved.association_address == "12 rue des Écoles"
    assert (saved.coordinator_name, saved.coordinator_email, saved.coordinator_phone) == (
        "Hélène Roy",
        "helene@exemple.org",
        "514 555 0199",
    )
    assert (saved.country, saved.language) == ("CA", "fr_CA")
    assert saved.default_commitment_hours == 2.5
    assert [c.name for c in CohortService(ctx.db).list_cohorts()] == ["Printemps 2027"]
    assert announced.count("settings") == 1  # one settings update
    message = window.statusBar().currentMessage()
    assert "set-up is saved" in message and "“Printemps 2027”" in message
    assert "next time" in message  # the language changed
    assert welcome_seen()


def test_a_commitment_that_does_not_read_is_refused_beside_the_field(ctx, wizard, find, qtbot):
    for _ in range(3):
        click(qtbot, button(wizard, "Next"))
    hours = find(wizard, QLineEdit, "Hours per month for each pair")
    for typed, words in (("beaucoup", "not a number of hours"), ("60", "between")):
        hours.selectAll()
        qtbot.keyClicks(hours, typed)
        click(qtbot, button(wizard, "Next"))
        assert wizard.currentPage() is wizard.commitment  # stays
        error = wizard.commitment.rows["default_commitment_hours"].error
        assert error.isVisible() and words in error.text()
    click(qtbot, button(wizard, "Finish"))  # Finish refuses it too
    assert wizard.isVisible()
    assert ctx.settings.get().default_commitment_hours == 3.0
    hours.selectAll()
    qtbot.keyClicks(hours, "2,5")
    click(qtbot, button(wizard, "Next"))
    assert wizard.currentPage() is wizard.start


def test_a_wrong_e_mail_is_said_on_its_page_and_saves_nothing(ctx, wizard, find, qtbot, type_text):
    type_text(find(wizard, QLineEdit, "Association's name"), "Les Passerelles")
    click(qtbot, button(wizard, "Next"))
    email = find(wizard, QLineEdit, "Coordinator's e-mail")
    qtbot.keyClicks(email, "helene-at-exemple")
    click(qtbot, button(wizard, "Next"))  # refused on leaving the page, beside the field
    assert wizard.currentPage() is wizard.coordinator
    error = wizard.coordinator.rows["coordinator_email"].error
    assert error.isVisible() and "e-mail" in error.text()
    assert error.wordWrap()  # a long sentence wraps within the assistant's width
    click(qtbot, button(wizard, "Finish"))  # Finish too
    assert wizard.isVisible() and wizard.currentPage() is wizard.coordinator
    assert ctx.settings.get().association_name == ""
    assert CohortService(ctx.db).list_cohorts() == []
    email.clear()
    qtbot.keyClicks(email, "helene@exemple.org")
    click(qtbot, button(wizard, "Next"))
    assert wizard.currentPage() is wizard.country
    assert not error.isVisible()


@pytest.mark.parametrize("already", [None, "Another name"])
def test_the_coordinator_named_becomes_this_computers_author(
    ctx, wizard, find, qtbot, type_text, monkeypatch, already
):
    """The person setting up the association is most often the coordinator at this
    computer: their name is recorded on what they change, unless a name was chosen."""
    monkeypatch.delenv(ENVIRONMENT, raising=False)
    if already:
        coordinator_name.save_name(already)
        ctx.db.coordinator = already
    click(qtbot, button(wizard, "Next"))
    type_text(find(wizard, QLineEdit, "Coordinator's name"), "Hélène Roy")
    click(qtbot, button(wizard, "Finish"))
    assert not wizard.isVisible()
    assert coordinator_name.saved_name() == (already or "Hélène Roy")
    assert ctx.db.coordinator == (already or "Hélène Roy")


def test_skipped_changes_nothing_and_does_not_come_back(
    ctx, window, wizard, find, qtbot, type_text
):
    before = ctx.settings.get()
    type_text(find(wizard, QLineEdit, "Association's name"), "Les Passerelles")
    click(qtbot, button(wizard, "Next"))
    click(qtbot, button(wizard, "Skip the set-up"))
    assert not wizard.isVisible()
    assert ctx.settings.get() == before
    assert CohortService(ctx.db).list_cohorts() == []
    assert "Set up the association" in window.statusBar().currentMessage()
    assert welcome_seen()
    assert welcome_if_first_run(window) is None


def test_escape_skips_too(ctx, wizard, qtbot):
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert welcome_seen()


def test_finish_on_the_first_page_keeps_the_rest(ctx, wizard, find, qtbot, type_text):
    ctx.settings.update(coordinator_name="Josée Tremblay")
    type_text(find(wizard, QLineEdit, "Association's name"), "Entre Générations")
    click(qtbot, button(wizard, "Finish"))
    saved = ctx.settings.get()
    assert saved.association_name == "Entre Générations"
    assert saved.default_commitment_hours == 3.0
    assert CohortService(ctx.db).list_cohorts() == []


@pytest.mark.parametrize("choice, opened", [("import", "import"), ("demo", "demo")])
def test_the_last_page_opens_the_import_or_the_demo(
    window, wizard, qtbot, monkeypatch, choice, opened
):
    calls: list[str] = []
    monkeypatch.setattr(window, "import_members", lambda *a: calls.append("import"))
    monkeypatch.setattr(window, "open_demo", lambda *a: calls.append("demo"))
    wizard.start.choose(choice)
    click(qtbot, button(wizard, "Finish"))
    assert calls == [opened]


def test_opens_by_itself_on_an_empty_database_only(ctx, window, qtbot):
    assert should_welcome(ctx)
    opened = welcome_if_first_run(window)
    assert isinstance(opened, WelcomeWizard)
    opened.accept()
    assert welcome_if_first_run(window) is None  # finished once: never again


def test_not_on_a_database_with_members_or_a_name(ctx, window):
    from mentorat_desktop.core.demo import generate_demo

    ctx.settings.update(association_name="Entre Générations")
    assert not should_welcome(ctx)
    ctx.settings.update(association_name="")
    assert should_welcome(ctx)
    generate_demo(ctx.db, members=12)
    ctx.settings.update(association_name="")
    assert not should_welcome(ctx)
    assert welcome_if_first_run(window) is None


def test_qt_buttons_speak_french(ctx_fr, qtbot):
    from mentorat_desktop.app import build_main_window

    main = build_main_window(ctx_fr)
    qtbot.addWidget(main)
    opened = main.open_welcome()
    assert opened.buttonText(QWizard.WizardButton.NextButton) == "&Suivant >"
    assert opened.buttonText(QWizard.WizardButton.BackButton) == "< &Précédent"
    assert opened.buttonText(QWizard.WizardButton.FinishButton) == "&Terminer"
    opened.done(0)


def test_the_language_follows_the_country_and_starts_from_the_one_opened(
    ctx_fr, qtbot, tmp_path, qapp
):
    from mentorat_desktop.app import build_main_window, create_context

    main = build_main_window(ctx_fr)
    qtbot.addWidget(main)
    opened = main.open_welcome()
    assert opened.country.country.currentData() == "FR"
    opened.country.country.setCurrentIndex(opened.country.country.findData("CA"))
    assert opened.country.language.currentData() == "fr_CA"  # French follows the country
    opened.done(0)

    quebec = create_context(tmp_path / "qc.sqlite3", "fr_CA", qapp)
    try:
        main = build_main_window(quebec)
        qtbot.addWidget(main)
        opened = main.open_welcome()
        assert opened.country.country.currentData() == "CA"  # opened in Québec French
        assert opened.country.language.currentData() == "fr_CA"
        opened.done(0)
    finally:
        quebec.close()


def test_a_cohort_that_cannot_be_created_saves_nothing(ctx, wizard, find, qtbot, type_text):
    import datetime as dt

    CohortService(ctx.db).create("Printemps 2027")
    type_text(find(wizard, QLineEdit, "Association's name"), "Les Passerelles")
    for _ in range(4):
        click(qtbot, button(wizard, "Next"))
    type_text(find(wizard, QLineEdit, "Cohort's name"), "printemps 2027")  # taken
    wizard.start.start.set_value(dt.date(2027, 9, 1))
    wizard.start.end.set_value(dt.date(2027, 3, 1))  # before the start
    click(qtbot, button(wizard, "Finish"))
    assert wizard.isVisible()
    assert "already used" in wizard.start.rows["name"].error.text()
    assert "end comes before the start" in wizard.start.rows["end_date"].error.text()
    assert ctx.settings.get().association_name == ""
    wizard.start.cohort_name.setText("Automne 2027")
    wizard.start.end.set_value(dt.date(2028, 6, 30))
    click(qtbot, button(wizard, "Finish"))
    assert not wizard.isVisible()
    autumn = [c for c in CohortService(ctx.db).list_cohorts() if c.name == "Automne 2027"]
    assert [(c.start_date, c.end_date) for c in autumn] == [
        (dt.date(2027, 9, 1), dt.date(2028, 6, 30))
    ]
    assert ctx.settings.get().association_name == "Les Passerelles"
