"""The sign-up kiosk as visitors and the coordinator use it: a form filled in by one person
after another, refused without consent, in French or English at a touch, no way out without
the PIN (not Esc, not closing), and the sign-ups then accepted as members or deleted."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox

from mentorat_desktop.core.event.kiosk import KioskService, SignupInput
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.gui.event import signups
from mentorat_desktop.gui.event.kiosk import KioskWindow, PinDialog, open_kiosk
from mentorat_desktop.gui.event.signups import SignupsDialog


@pytest.fixture
def kiosk(qtbot, ctx):
    # Not given to qtbot: closed with the PIN, the kiosk deletes itself.
    window = open_kiosk(
        None, ctx.services, "2468", ctx.language, ctx.translators, full_screen=False
    )
    yield window
    if shiboken6.isValid(window):  # closed with the PIN, it is gone already
        window.unlock_without_pin()
        window.close()


def _fill(qtbot, kiosk, find, consent: bool = True) -> None:
    qtbot.keyClicks(find(kiosk, QLineEdit, "First name"), "Ginette")
    qtbot.keyClicks(find(kiosk, QLineEdit, "Last name"), "Tremblay")
    find(kiosk, QSpinBox, "Year of birth").setValue(1954)
    qtbot.keyClicks(find(kiosk, QLineEdit, "Phone"), "819 555-0199")
    qtbot.keyClicks(find(kiosk, QLineEdit, "What I want to learn"), "Tablette, Photos")
    if consent:
        find(kiosk, QCheckBox, "Consent to keep my data").setChecked(True)


def test_one_person_after_another(qtbot, ctx, kiosk, find) -> None:
    _fill(qtbot, kiosk, find)
    qtbot.mouseClick(find(kiosk, QPushButton, "Sign me up"), Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentIndex() == 1  # thank you
    (waiting,) = KioskService(ctx.db).waiting()
    assert waiting.data.first_name == "Ginette" and waiting.data.consent_keep
    # The form is empty for the next person: nothing of Ginette is left to read.
    qtbot.mouseClick(find(kiosk, QPushButton, "Next person"), Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentIndex() == 0
    assert find(kiosk, QLineEdit, "First name").text() == ""
    assert find(kiosk, QLineEdit, "Phone").text() == ""


def test_without_consent_nothing_is_kept(qtbot, ctx, kiosk, find) -> None:
    _fill(qtbot, kiosk, find, consent=False)
    assert kiosk.submit() is False
    assert "tick the first box" in kiosk.problems.text()
    assert KioskService(ctx.db).waiting() == []
    # Touching the sentence ticks its box.
    label = next(
        w for w in kiosk.findChildren(QLabel) if w.text().startswith("The association may keep")
    )
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert find(kiosk, QCheckBox, "Consent to keep my data").isChecked()
    assert kiosk.submit() is True


def test_no_way_out_without_the_pin(qtbot, kiosk, find) -> None:
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible()
    kiosk.close()
    assert kiosk.isVisible()
    assert kiosk.unlock("1111") is False
    assert kiosk.isVisible()
    assert kiosk.unlock("2468") is True
    assert not kiosk.isVisible()


def test_french_or_english_at_a_touch(qtbot, ctx, kiosk, find) -> None:
    qtbot.mouseClick(kiosk.french_button, Qt.MouseButton.LeftButton)
    assert kiosk.language == "fr_FR"
    assert kiosk.french_button.isChecked() and not kiosk.english_button.isChecked()
    qtbot.mouseClick(kiosk.english_button, Qt.MouseButton.LeftButton)
    assert kiosk.language == "en"
    assert find(kiosk, QPushButton, "Sign me up").text() == "&Sign me up"


def test_the_pin_is_chosen_twice_and_long_enough(qtbot) -> None:
    dialog = PinDialog(True)
    qtbot.addWidget(dialog)
    dialog.pin.setText("12")
    dialog.again.setText("12")
    dialog._check()
    assert dialog.result() == 0 and "too short" in dialog.problem.text()
    dialog.pin.setText("1234")
    dialog.again.setText("1235")
    dialog._check()
    assert "differ" in dialog.problem.text()
    dialog.again.setText("1234")
    dialog._check()
    assert dialog.result() == 1


def test_the_coordinator_accepts_or_deletes_signups(qtbot, ctx, find, monkeypatch) -> None:
    kiosk = KioskService(ctx.db)
    signup = SignupInput(
        first_name="Ginette", last_name="Tremblay", birth_year=1954, phone="819 555-0199",
        consent_keep=True,
    )  # fmt: skip
    kiosk.submit(signup)
    ctx.members.add(MemberInput(first_name="Léo", last_name="Roy", birth_year=2001))
    kiosk.submit(
        SignupInput(first_name="Léo", last_name="ROY", birth_year=2001, email="leo@exemple.org",
                    consent_keep=True)
    )  # fmt: skip
    dialog = SignupsDialog(ctx.services, ctx.language)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(1, 5).text() == "Probably Léo Roy"
    accept = find(dialog, QPushButton, "Accept as a member")
    table.selectRow(1)
    assert not accept.isEnabled()  # someone already in the register
    table.selectRow(0)
    assert accept.isEnabled()
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    names = [m.first_name for m in ctx.members.list_members()]
    assert "Ginette" in names
    assert table.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    said: list[str] = []
    monkeypatch.setattr(signups, "tell", lambda _widget, text: said.append(text))
    table.selectRow(0)
    qtbot.mouseClick(find(dialog, QPushButton, "Delete the sign-up"), Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0
    assert kiosk.waiting() == []
    assert said == ["Sign-up of Léo ROY deleted."]


def test_the_application_language_comes_back_after_the_kiosk(qtbot, ctx_fr) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale().name()
    window = KioskWindow(ctx_fr.services, "2468", "fr_FR", app_translators=ctx_fr.translators)
    qtbot.addWidget(window)
    window.set_language("en")
    assert QCoreApplication.translate("MainWindow", "&Pairs") == "&Pairs"
    assert window.unlock("2468")
    assert QLocale().name() == before
