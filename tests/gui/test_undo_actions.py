"""Edit → Undo and Redo say what they took back or made again (gui/undo_actions.py)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from mentorat_desktop.app import build_main_window
from mentorat_desktop.gui.notices import tell


class _Flag(QUndoCommand):
    """A change already made when pushed; ``said``: what its undo says itself, if anything."""

    def __init__(self, text: str, state: list[str], said: str | None = None) -> None:
        super().__init__(text)
        self._state = state
        self._said = said
        self._window = None

    def redo(self) -> None:
        self._state.append("done")

    def undo(self) -> None:
        self._state.append("undone")
        if self._said is not None and self._window is not None:
            tell(self._window, self._said)


def _edit_action(window, text: str):
    for top in window.menuBar().actions():
        if top.text().replace("&", "") in ("Edit", "Édition"):
            for action in top.menu().actions():
                if action.text().replace("&", "").startswith(text):
                    return action
    raise AssertionError(f"no Edit > {text}")


def test_undo_and_redo_say_what_they_did(ctx, window):
    state: list[str] = []
    ctx.undo_stack.push(_Flag("the pause of the pair Zoé Vidal and Anne Roux", state))
    undo = _edit_action(window, "Undo")
    assert undo.isEnabled()
    assert undo.text() == "&Undo the pause of the pair Zoé Vidal and Anne Roux"
    undo.trigger()
    assert state == ["done", "undone"]
    said = window.statusBar().currentMessage()
    assert said == "Undone: the pause of the pair Zoé Vidal and Anne Roux."
    assert not undo.isEnabled() and undo.text() == "&Undo"
    redo = _edit_action(window, "Redo")
    redo.trigger()
    assert state == ["done", "undone", "done"]
    assert window.statusBar().currentMessage() == (
        "Redone: the pause of the pair Zoé Vidal and Anne Roux."
    )


def test_a_command_that_says_something_itself_is_not_talked_over(ctx, window):
    state: list[str] = []
    command = _Flag("the import of members.csv", state, said="Import undone: 3 members removed.")
    command._window = window
    ctx.undo_stack.push(command)
    _edit_action(window, "Undo").trigger()
    assert window.statusBar().currentMessage() == "Import undone: 3 members removed."


def test_an_ampersand_in_a_pairs_name_is_shown_not_taken_for_a_shortcut(ctx, window):
    """« Zoé Vidal & Anne Roux » in the menu, not « Zoé Vidal _Anne Roux »."""
    ctx.undo_stack.push(_Flag("the deletion of the session (Zoé Vidal & Anne Roux)", []))
    undo = _edit_action(window, "Undo")
    assert undo.text() == "&Undo the deletion of the session (Zoé Vidal && Anne Roux)"
    assert undo.iconText() == "Undo the deletion of the session (Zoé Vidal & Anne Roux)"


def test_redo_answers_ctrl_y_too(ctx, window):
    from PySide6.QtGui import QKeySequence

    redo = _edit_action(window, "Redo")
    keys = [k.toString() for k in redo.shortcuts()]
    assert "Ctrl+Y" in keys
    assert QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)[0].toString() in keys


def test_in_french(ctx_fr, qtbot):
    window = build_main_window(ctx_fr)
    qtbot.addWidget(window)
    ctx_fr.undo_stack.push(_Flag("la mise en pause du binôme Zoé Vidal et Anne Roux", []))
    undo = _edit_action(window, "Annuler")
    assert undo.text() == "&Annuler la mise en pause du binôme Zoé Vidal et Anne Roux"
    undo.trigger()
    assert window.statusBar().currentMessage() == (
        "Annulé\u00a0: la mise en pause du binôme Zoé Vidal et Anne Roux."
    )
