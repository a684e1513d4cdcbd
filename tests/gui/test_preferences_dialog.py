"""Preferences: shows the settings as they are and saves what the coordinator changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QPushButton

from mentorat_desktop.gui.preferences_dialog import PreferencesDialog
from mentorat_desktop.i18n.messages import field_label


def commitment(dialog, find) -> QDoubleSpinBox:
    # Named as the dialog names it, whatever the wording of the label.
    return find(dialog, QDoubleSpinBox, field_label("default_commitment_hours"))


@pytest.fixture
def open_dialog(ctx, qtbot):
    def make() -> PreferencesDialog:
        dialog = PreferencesDialog(ctx.settings)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_shows_the_current_settings(ctx, open_dialog, find):
    ctx.settings.update(
        association_name="Entre Générations",
        coordinator_name="Josée Tremblay",
        coordinator_email="josee@exemple.org",
        default_commitment_hours=4.5,
        language="fr_CA",
        paper_size="A4",
    )
    dialog = open_dialog()
    assert dialog.windowTitle() == "Preferences"
    assert find(dialog, QLineEdit, "Association").text() == "Entre Générations"
    assert find(dialog, QLineEdit, "Coordinator").text() == "Josée Tremblay"
    assert find(dialog, QLineEdit, "Coordinator's e-mail").text() == "josee@exemple.org"
    assert find(dialog, QLineEdit, "Coordinator's phone").text() == ""
    assert commitment(dialog, find).value() == 4.5
    assert find(dialog, QComboBox, "Language").currentText() == "French (Québec)"
    assert find(dialog, QComboBox, "Paper size").currentText() == "A4"


def test_new_database_defaults(open_dialog, find):
    dialog = open_dialog()
    assert find(dialog, QLineEdit, "Association").text() == ""
    assert commitment(dialog, find).value() == 3.0
    assert find(dialog, QComboBox, "Language").currentText() == "French (France)"
    paper = find(dialog, QComboBox, "Paper size")
    assert paper.currentData() is None
    assert paper.currentText().startswith("Follow the country")
    assert items(find(dialog, QComboBox, "Language")) == [
        "French (France)",
        "French (Québec)",
        "English",
    ]
    assert items(paper)[1:] == ["A4", "US Letter"]


def test_save_stores_every_field(ctx, open_dialog, find, qtbot, type_text):
    dialog = open_dialog()
    type_text(find(dialog, QLineEdit, "Association"), "  Les Passerelles  ")
    type_text(find(dialog, QLineEdit, "Coordinator"), "Hélène Roy")
    qtbot.keyClicks(find(dialog, QLineEdit, "Coordinator's e-mail"), "helene@exemple.org")
    qtbot.keyClicks(find(dialog, QLineEdit, "Coordinator's phone"), "514 555 0199")
    spin = commitment(dialog, find)
    spin.setValue(2.5)
    language = find(dialog, QComboBox, "Language")
    language.setCurrentIndex(language.findData("en"))
    paper = find(dialog, QComboBox, "Paper size")
    paper.setCurrentIndex(paper.findData("Letter"))
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = ctx.settings.get()
    assert saved.association_name == "Les Passerelles"  # spaces trimmed
    assert saved.coordinator_name == "Hélène Roy"
    assert saved.coordinator_email == "helene@exemple.org"
    assert saved.coordinator_phone == "514 555 0199"
    assert saved.default_commitment_hours == 2.5
    assert saved.language == "en"
    assert saved.paper_size == "Letter"


def test_emptied_contact_fields_are_cleared(ctx, open_dialog, find):
    ctx.settings.update(coordinator_email="josee@exemple.org", coordinator_phone="0102030405")
    dialog = open_dialog()
    find(dialog, QLineEdit, "Coordinator's e-mail").clear()
    find(dialog, QLineEdit, "Coordinator's phone").setText("   ")
    dialog.accept()
    saved = ctx.settings.get()
    assert saved.coordinator_email is None
    assert saved.coordinator_phone is None


def test_following_the_language_for_paper_is_kept(ctx, open_dialog, find):
    ctx.settings.update(paper_size="A4")
    dialog = open_dialog()
    paper = find(dialog, QComboBox, "Paper size")
    paper.setCurrentIndex(0)
    dialog.accept()
    assert ctx.settings.get().paper_size is None


def test_cancel_keeps_the_settings(ctx, open_dialog, find, qtbot, type_text):
    ctx.settings.update(association_name="Entre Générations")
    dialog = open_dialog()
    association = find(dialog, QLineEdit, "Association")
    association.clear()
    type_text(association, "Autre chose")
    qtbot.mouseClick(find(dialog, QPushButton, "Cancel"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ctx.settings.get().association_name == "Entre Générations"


def test_commitment_stays_within_what_the_settings_accept(open_dialog, find):
    dialog = open_dialog()
    spin = commitment(dialog, find)
    spin.setValue(0)
    assert spin.value() == 0.5
    spin.setValue(100)
    assert spin.value() == 40
    spin.setValue(2.5)
    assert spin.text() == "2 h 30 min"  # hours and minutes, as the durations read


def test_commitment_reads_what_is_typed_as_people_say_it(open_dialog, find, qtbot):
    """« 2h30 » typed is 2 h 30 (a plain number box kept the digits only: 23 h)."""
    dialog = open_dialog()
    spin = commitment(dialog, find)
    for typed, hours in (("2h30", 2.5), ("2,5", 2.5), ("1 h 20", 4 / 3), ("45", 40), ("0,2", 0.5)):
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin, typed)
        spin.interpretText()
        assert abs(spin.value() - hours) < 1e-6, typed


# -- members' data and backups -------------------------------------------------------------------


def test_retention_and_backups_show_their_settings(ctx, open_dialog, find):
    from PySide6.QtWidgets import QLabel, QSpinBox

    ctx.settings.update(retention_months=18, backup_folder_second="/media/cle", backup_keep_last=5)
    dialog = open_dialog()
    retention = find(dialog, QSpinBox, "Keep a member's data after their last activity for")
    assert (retention.minimum(), retention.maximum(), retention.value()) == (6, 120, 18)
    years = find(dialog, QLabel, "Retention period in years")
    assert "1" in years.text() and "6" in years.text()  # a year and six months
    retention.setValue(48)
    assert "4" in years.text() and "month" not in years.text()
    retention.setValue(6)
    assert years.text() == ""
    assert find(dialog, QLineEdit, "Second backup folder").text() == "/media/cle"
    keep = find(dialog, QSpinBox, "Latest backups always kept")
    assert (keep.minimum(), keep.maximum(), keep.value()) == (1, 100, 5)


def test_retention_and_backups_are_saved(ctx, open_dialog, find, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QSpinBox

    from mentorat_desktop.gui import preferences_dialog

    usb = tmp_path / "usb"
    monkeypatch.setattr(
        preferences_dialog.QFileDialog,
        "getExistingDirectory",
        staticmethod(lambda *args, **kwargs: str(usb)),
    )
    dialog = open_dialog()
    find(dialog, QSpinBox, "Keep a member's data after their last activity for").setValue(24)
    qtbot.mouseClick(
        find(dialog, QPushButton, "Choose the second backup folder"), Qt.MouseButton.LeftButton
    )
    assert find(dialog, QLineEdit, "Second backup folder").text() == str(usb)
    find(dialog, QSpinBox, "Latest backups always kept").setValue(25)
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = ctx.settings.get()
    assert (saved.retention_months, saved.backup_folder_second, saved.backup_keep_last) == (
        24,
        str(usb),
        25,
    )

    again = open_dialog()
    qtbot.mouseClick(find(again, QPushButton, "No second backup folder"), Qt.MouseButton.LeftButton)
    assert find(again, QLineEdit, "Second backup folder").text() == ""
    again.accept()
    assert ctx.settings.get().backup_folder_second is None
    assert ctx.settings.get().retention_months == 24


# -- association: address and logo --------------------------------------------------------------


@pytest.fixture
def logo_png(tmp_path):
    from PySide6.QtGui import QColor, QImage

    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path


def answer_open_file(monkeypatch, path) -> None:
    from mentorat_desktop.gui import preferences_dialog

    monkeypatch.setattr(
        preferences_dialog.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *args, **kwargs: (str(path), "")),
    )


def test_a_logo_is_chosen_previewed_and_saved(ctx, open_dialog, find, qtbot, logo_png, monkeypatch):
    from PySide6.QtWidgets import QLabel, QPlainTextEdit

    dialog = open_dialog()
    preview = find(dialog, QLabel, "Logo preview")
    assert preview.text() == "No logo"
    assert not find(dialog, QPushButton, "Remove the logo").isEnabled()
    answer_open_file(monkeypatch, logo_png)
    qtbot.mouseClick(find(dialog, QPushButton, "Choose the logo"), Qt.MouseButton.LeftButton)
    assert not preview.pixmap().isNull()  # the image itself is shown
    assert find(dialog, QLabel, "Logo file").text() == "logo.png"
    find(dialog, QPlainTextEdit, "Address").setPlainText("12 rue des Écoles\n75005 Paris")
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    saved = ctx.settings.get()
    assert saved.logo_path == str(logo_png)
    assert saved.association_address == "12 rue des Écoles\n75005 Paris"

    again = open_dialog()
    assert not find(again, QLabel, "Logo preview").pixmap().isNull()
    qtbot.mouseClick(find(again, QPushButton, "Remove the logo"), Qt.MouseButton.LeftButton)
    assert find(again, QLabel, "Logo preview").text() == "No logo"
    again.accept()
    assert ctx.settings.get().logo_path is None


def test_a_file_that_is_not_an_image_is_refused_beside_the_field(
    ctx, open_dialog, find, qtbot, tmp_path, monkeypatch
):
    fake = tmp_path / "logo.png"
    fake.write_text("not an image")
    dialog = open_dialog()
    answer_open_file(monkeypatch, fake)
    qtbot.mouseClick(find(dialog, QPushButton, "Choose the logo"), Qt.MouseButton.LeftButton)
    error = dialog.association.rows["logo_path"].error
    assert error.isVisible() and "not a PNG or JPEG image" in error.text()
    dialog.accept()
    assert ctx.settings.get().logo_path is None


# -- the charter's commitments --------------------------------------------------------------------


def test_own_commitments_are_saved_and_the_default_can_be_restored(ctx, open_dialog, find, qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    from mentorat_desktop.gui.preferences.fields import default_commitments_text

    dialog = open_dialog()
    text = find(dialog, QPlainTextEdit, "Commitments printed on the charter")
    default = default_commitments_text("fr_FR")
    assert dialog.charter.plain_text() == default
    assert "Confidentialité" in default and "Ponctualité" in default
    text.setPlainText("Nous nous voyons chaque mois.\nNous nous prévenons en cas d’absence.")
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert ctx.settings.get().charter_commitments == (
        "Nous nous voyons chaque mois.\nNous nous prévenons en cas d’absence."
    )

    again = open_dialog()
    text = find(again, QPlainTextEdit, "Commitments printed on the charter")
    assert text.toPlainText().startswith("Nous nous voyons")
    qtbot.mouseClick(
        find(again, QPushButton, "Restore the default text"), Qt.MouseButton.LeftButton
    )
    assert again.charter.plain_text() == default
    again.accept()
    assert ctx.settings.get().charter_commitments is None  # the default, in each language


def test_the_default_commitments_follow_the_language_chosen(open_dialog, find):
    from mentorat_desktop.gui.preferences.fields import default_commitments_text

    dialog = open_dialog()
    language = find(dialog, QComboBox, "Language")
    language.setCurrentIndex(language.findData("en"))
    assert dialog.charter.plain_text() == default_commitments_text("en")
    dialog.charter.text.setPlainText("Notre texte à nous.")
    language.setCurrentIndex(language.findData("fr_CA"))
    assert dialog.charter.plain_text() == "Notre texte à nous."  # one's own text stays


# -- follow-up thresholds, country, errors ---------------------------------------------------------


def test_thresholds_and_country_are_saved(ctx, open_dialog, find, qtbot):
    from PySide6.QtWidgets import QSpinBox

    ctx.settings.update(silent_days=21, end_soon_days=45)
    dialog = open_dialog()
    quiet = find(dialog, QSpinBox, "A pair is quiet after")
    near = find(dialog, QSpinBox, "An end is near")
    assert (quiet.value(), near.value()) == (21, 45)
    assert (quiet.minimum(), quiet.maximum()) == (1, 365)
    quiet.setValue(14)
    near.setValue(60)
    country = find(dialog, QComboBox, "Country")
    country.setCurrentIndex(country.findData("CA"))
    assert find(dialog, QComboBox, "Language").currentData() == "fr_CA"  # follows the country
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    saved = ctx.settings.get()
    assert (saved.silent_days, saved.end_soon_days) == (14, 60)
    assert (saved.country, saved.language) == ("CA", "fr_CA")
    assert saved.effective_paper_size() == "Letter"


def test_a_bad_value_is_shown_beside_its_field_and_nothing_is_saved(
    ctx, open_dialog, find, qtbot, type_text
):
    from PySide6.QtWidgets import QSpinBox

    before = ctx.settings.get()
    dialog = open_dialog()
    find(dialog, QSpinBox, "A pair is quiet after").setValue(10)
    dialog.tabs.setCurrentIndex(1)
    type_text(find(dialog, QLineEdit, "Coordinator's e-mail"), "helene-at-exemple")
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.association  # the field's tab is shown
    error = dialog.association.rows["coordinator_email"].error
    assert error.isVisible() and "not valid" in error.text()
    assert ctx.settings.get() == before


def test_saving_says_so_in_the_status_bar(window, find, qtbot):
    dialog = window.open_preferences()
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Preferences saved."


def test_text_size_is_kept_on_this_computer(ctx, open_dialog, find, qtbot, qapp):
    from PySide6.QtWidgets import QSpinBox

    from mentorat_desktop.gui import text_size

    dialog = open_dialog()
    size = find(dialog, QSpinBox, "Text size")
    assert size.value() == 100 and size.suffix() == " %"
    size.setValue(130)
    try:
        qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
        assert text_size.text_scale() == 130
    finally:
        text_size.apply_text_scale(qapp, text_size.NORMAL)
