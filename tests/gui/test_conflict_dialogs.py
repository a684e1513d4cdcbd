"""Two coordinators at once, seen in the member form: a save refused because another
coordinator changed the member says who and when and that nothing was saved, shows their
change, and reloads the form with it while keeping what was typed in the other fields."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.gui.members.dialog import MemberDialog


@pytest.fixture
def bruno(ctx) -> Iterator[Database]:
    """A second coordinator on the same database."""
    database = open_database(ctx.db.path)
    database.coordinator = "Bruno Tremblay"
    try:
        yield database
    finally:
        database.close()


def test_a_refused_save_shows_the_other_change_and_reloads_with_it(
    ctx, qtbot, find, type_text, bruno
):
    ctx.db.coordinator = "Alice Martin"
    record = ctx.members.add(
        MemberInput(first_name="Odile", last_name="Fortin", birth_year=1955, role=Role.MENTEE)
    )
    dialog = MemberDialog(ctx.members, record)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(find(dialog, QLineEdit, "Phone"), "04 78 00 00 00")

    theirs = MemberService(bruno).get(record.id).to_input()
    theirs.city = "Villeurbanne"
    MemberService(bruno).update(record.id, theirs)

    reload_button = find(dialog, QPushButton, "Reload with their change")
    assert not reload_button.isVisible()
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)

    assert dialog.isVisible()  # refused: the form stays open, with what was typed
    message = find(dialog, QLabel, "Changed by someone else").text()
    assert message.startswith("Bruno Tremblay changed this record on ")
    assert "Nothing was saved" in message
    assert find(dialog, QLabel, "Their change").text() == "Their change:\n• City: Villeurbanne"
    stored = ctx.members.get(record.id)
    assert (stored.city, stored.phone) == ("Villeurbanne", None)

    assert reload_button.isVisible()
    qtbot.mouseClick(reload_button, Qt.MouseButton.LeftButton)
    assert find(dialog, QLineEdit, "City").text() == "Villeurbanne"
    assert find(dialog, QLineEdit, "Phone").text() == "04 78 00 00 00"
    assert not reload_button.isVisible()

    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = ctx.members.get(record.id)
    assert (stored.city, stored.phone, stored.changed_by) == (
        "Villeurbanne",
        "04 78 00 00 00",
        "Alice Martin",
    )
