"""The refused suggestions window: the list, forgetting a refusal with the keyboard, and the
suggestion coming back in the suggestions afterwards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTreeWidget

from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairService
from mentorat_desktop.gui.pairs.refusals_dialog import RefusalsDialog


def _people(ctx):
    add = ctx.members.add
    adrien = add(
        MemberInput(
            first_name="Adrien",
            last_name="Vidal",
            birth_year=2001,
            role=Role.MENTOR,
            skills_offered=["Réseaux sociaux"],
            skills_wanted=["Négociation"],
        )
    )
    odile = add(
        MemberInput(
            first_name="Odile",
            last_name="Roy",
            birth_year=1956,
            role=Role.MENTEE,
            skills_offered=["Négociation"],
            skills_wanted=["Réseaux sociaux"],
        )
    )
    return adrien, odile


def _open(window, qtbot) -> RefusalsDialog:
    pairs_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Pairs"
    )
    [action] = [
        a for a in pairs_menu.actions() if a.text().replace("&", "") == "Refused suggestions…"
    ]
    action.trigger()
    dialog = window.findChild(RefusalsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def test_no_refusal_says_so(ctx, window, qtbot, find):
    dialog = _open(window, qtbot)
    assert dialog.stack.currentWidget() is find(dialog, QLabel, "No refused suggestion")
    assert dialog.empty.text() == "No suggestion has been refused."
    assert not find(dialog, QPushButton, "Forget this refusal").isEnabled()
    dialog.reject()


def test_lists_the_refusals(ctx, window, qtbot, find):
    adrien, odile = _people(ctx)
    PairService(ctx.db).refuse_match(adrien.id, odile.id, "Même équipe")
    dialog = _open(window, qtbot)
    table = find(dialog, QTreeWidget, "Refused suggestions")
    assert dialog.stack.currentWidget() is table
    assert [table.headerItem().text(c) for c in range(4)] == [
        "Mentor",
        "Mentee",
        "Refused on",
        "Reason",
    ]
    item = table.topLevelItem(0)
    assert [item.text(c) for c in (0, 1, 3)] == ["Adrien Vidal", "Odile Roy", "Même équipe"]
    assert item.text(2)  # today, as the language writes dates
    assert not find(dialog, QPushButton, "Forget this refusal").isEnabled()
    dialog.reject()


def test_forget_with_the_keyboard_and_the_suggestion_comes_back(ctx, window, qtbot, find):
    adrien, odile = _people(ctx)
    matching = window.open_matching()
    matching.propose()
    qtbot.waitUntil(lambda: not matching.is_proposing())  # it runs in another thread
    assert matching.pool.refuse_selected() == 1
    matching.propose()
    qtbot.waitUntil(lambda: not matching.is_proposing())  # it runs in another thread
    assert matching.pool.model.rowCount() == 0
    matching.reject()

    dialog = _open(window, qtbot)
    dialog.activateWindow()
    table = find(dialog, QTreeWidget, "Refused suggestions")
    button = find(dialog, QPushButton, "Forget this refusal")
    table.setFocus()
    qtbot.waitUntil(lambda: table.hasFocus())
    qtbot.keyClick(table, Qt.Key.Key_Space)  # the row the focus is on: the first
    assert dialog.selected() is not None
    assert button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)

    assert PairService(ctx.db).refused_pairs() == set()
    assert dialog.message.text() == "The suggestion of Adrien Vidal and Odile Roy may come back."
    assert dialog.stack.currentWidget() is dialog.empty
    assert not button.isEnabled()
    dialog.reject()

    matching = window.open_matching()
    matching.propose()
    qtbot.waitUntil(lambda: not matching.is_proposing())  # it runs in another thread
    suggestions = matching.pool.model.suggestions()
    assert [(s.mentor_id, s.mentee_id) for s in suggestions] == [(adrien.id, odile.id)]
    matching.reject()


class _French(QTranslator):
    """The French of this window's sentence, as the translators write it."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if (context, source) == (
            "RefusalsDialog",
            "The suggestion of {mentor} and {mentee} may come back.",
        ):
            return "La suggestion de {mentor} et de {mentee} pourra revenir."
        return None


def test_french_elides_before_a_vowel(ctx_fr, qtbot):
    french = _French()
    QCoreApplication.installTranslator(french)
    adrien, odile = _people(ctx_fr)
    PairService(ctx_fr.db).refuse_match(adrien.id, odile.id)
    dialog = RefusalsDialog(ctx_fr.services, ctx_fr.language, ctx_fr.signals)
    qtbot.addWidget(dialog)
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    try:
        dialog.forget_button.click()
    finally:
        QCoreApplication.removeTranslator(french)
    assert dialog.message.text() == "La suggestion d’Adrien Vidal et d’Odile Roy pourra revenir."
