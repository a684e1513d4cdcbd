"""Two coordinators at once, seen in the member form: a save refused because another
coordinator changed the member says who and when and that nothing was saved, shows their
change, and reloads the form with it while keeping what was typed in the other fields."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

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


def test_the_means_of_a_pair_changed_meanwhile_are_shown_and_reloaded(
    ctx, qtbot, find, type_text, bruno
):
    import datetime as dt

    from mentorat_desktop.core.services.pairs import PairInput, PairService
    from mentorat_desktop.gui.pairs.pair_dialog import PairDialog

    mentor = ctx.members.add(MemberInput(first_name="Zoé", last_name="Roy", birth_year=2000))
    mentee = ctx.members.add(MemberInput(first_name="Odile", last_name="Fortin", birth_year=1955))
    start = dt.date.today() - dt.timedelta(days=30)
    pair = ctx.services.pairs.create(PairInput(mentor.id, mentee.id, start_date=start))
    dialog = PairDialog(ctx.services.pairs, ctx.members, ctx.services.cohorts, 3.0, pair)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(find(dialog, QLineEdit, "Frequency"), "tous les mardis")

    PairService(bruno).update_means(pair.id, place="Médiathèque")

    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert find(dialog, QLabel, "Changed by someone else").text().startswith("Bruno Tremblay")
    assert find(dialog, QLabel, "Their change").text() == "Their change:\n• Place: Médiathèque"
    qtbot.mouseClick(
        find(dialog, QPushButton, "Reload with their change"), Qt.MouseButton.LeftButton
    )
    assert find(dialog, QLineEdit, "Place").text() == "Médiathèque"
    assert find(dialog, QLineEdit, "Frequency").text() == "tous les mardis"
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = ctx.services.pairs.get(pair.id)
    assert (saved.place, saved.frequency) == ("Médiathèque", "tous les mardis")


def test_the_details_say_who_changed_the_record_last(ctx, qtbot):
    from mentorat_desktop.gui.members.detail import MemberDetail

    ctx.db.coordinator = "Alice Martin"
    record = ctx.members.add(MemberInput(first_name="Odile", last_name="Fortin"))
    detail = MemberDetail("en")
    qtbot.addWidget(detail)
    detail.show_member(record)
    assert "Last changed by Alice Martin on " in detail.body.text()


# -- the coordinator's name ------------------------------------------------------------------


def test_your_name_in_preferences_is_recorded_on_changes(ctx, qtbot, find, type_text):
    from mentorat_desktop.core.coordinator import login_name
    from mentorat_desktop.gui.coordinator_name import coordinator_name
    from mentorat_desktop.gui.preferences.dialog import PreferencesDialog

    assert ctx.db.coordinator == login_name()  # nothing typed yet: the login name
    dialog = PreferencesDialog(ctx.settings, db=ctx.db)
    qtbot.addWidget(dialog)
    field = find(dialog, QLineEdit, "Your name")
    assert field.text() == "" and field.placeholderText() == (login_name() or "")
    type_text(field, "  Alice   Martin ")
    dialog.accept()
    assert ctx.db.coordinator == "Alice Martin"
    record = ctx.members.add(MemberInput(first_name="Odile", last_name="Fortin"))
    assert record.changed_by == "Alice Martin"
    assert coordinator_name() == "Alice Martin"  # kept on this computer for the next start


# -- views that refresh ----------------------------------------------------------------------


def test_the_views_hear_what_another_copy_changed(ctx, qtbot, bruno):
    from PySide6.QtCore import QObject

    from mentorat_desktop.gui.remote_changes import RemoteChanges, watch_remote_changes

    # A file this copy holds: nobody else can write, nothing is watched.
    assert watch_remote_changes(ctx.db, QObject()) is None
    owner = QObject()
    remote = RemoteChanges(ctx.db, owner, interval_ms=20)
    heard: list[str] = []
    ctx.signals.changed.connect(heard.append)
    try:
        MemberService(bruno).add(MemberInput(first_name="Odile", last_name="Fortin"))
        qtbot.waitUntil(lambda: "members" in heard, timeout=3000)
        qtbot.wait(100)  # announced once, not at every tick
        assert heard.count("members") == 1
    finally:
        remote.stop()


# -- cohorts and sessions --------------------------------------------------------------------


def test_a_cohort_renamed_meanwhile_is_shown_and_reloaded(ctx, qtbot, find, type_text, bruno):
    from PySide6.QtWidgets import QPlainTextEdit

    from mentorat_desktop.core.services.cohorts import CohortService
    from mentorat_desktop.gui.cohorts.cohort_dialog import CohortDialog

    cohort = ctx.services.cohorts.create("Automne")
    dialog = CohortDialog(ctx.services.cohorts, cohort)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(find(dialog, QPlainTextEdit, "Description"), "Douze binômes")
    CohortService(bruno).update(cohort.id, name="Automne 2026")
    dialog.accept()
    assert dialog.isVisible()
    assert find(dialog, QLabel, "Their change").text() == "Their change:\n• Name: Automne 2026"
    find(dialog, QPushButton, "Reload with their change").click()
    assert find(dialog, QLineEdit, "Name").text() == "Automne 2026"
    dialog.accept()
    saved = ctx.services.cohorts.get(cohort.id)
    assert (saved.name, saved.description) == ("Automne 2026", "Douze binômes")


def test_a_session_changed_meanwhile_is_shown_and_reloaded(ctx, qtbot, find, type_text, bruno):
    import datetime as dt

    from mentorat_desktop.core.services.pairs import PairInput
    from mentorat_desktop.core.services.sessions import SessionInput, SessionService
    from mentorat_desktop.gui.sessions.log_dialog import SessionLogDialog

    mentor = ctx.members.add(MemberInput(first_name="Zoé", last_name="Roy", birth_year=2000))
    mentee = ctx.members.add(MemberInput(first_name="Odile", last_name="Fortin", birth_year=1955))
    start = dt.date.today() - dt.timedelta(days=30)
    pair = ctx.services.pairs.create(PairInput(mentor.id, mentee.id, start_date=start))
    logged = ctx.services.sessions.log(SessionInput(pair.id, dt.date.today(), 60))
    dialog = SessionLogDialog(ctx.services.sessions, ctx.services.pairs, "en", record=logged)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(find(dialog, QLineEdit, "Topics"), "Tableur")
    theirs = logged.to_input()
    theirs.place = "Médiathèque"
    SessionService(bruno).update(logged.id, theirs)
    dialog.accept()
    assert dialog.isVisible()
    assert find(dialog, QLabel, "Their change").text() == "Their change:\n• Place: Médiathèque"
    find(dialog, QPushButton, "Reload with their change").click()
    dialog.accept()
    saved = ctx.services.sessions.get(logged.id)
    assert (saved.place, saved.topics) == ("Médiathèque", "Tableur")


def test_an_objective_changed_meanwhile_is_shown_and_reloaded(ctx, qtbot, find, type_text, bruno):
    import datetime as dt

    from mentorat_desktop.core.enums import ObjectiveStatus
    from mentorat_desktop.core.services.pairs import ObjectiveInput, PairInput, PairService
    from mentorat_desktop.gui.pairs.objective_dialog import ObjectiveDialog

    mentor = ctx.members.add(MemberInput(first_name="Zoé", last_name="Roy", birth_year=2000))
    mentee = ctx.members.add(MemberInput(first_name="Odile", last_name="Fortin", birth_year=1955))
    start = dt.date.today() - dt.timedelta(days=30)
    pair = ctx.services.pairs.create(PairInput(mentor.id, mentee.id, start_date=start))
    objective = ctx.services.pairs.add_objective(pair.id, ObjectiveInput(text="Appeler en vidéo"))
    dialog = ObjectiveDialog(ctx.services.pairs, pair.id, objective)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(find(dialog, QLineEdit, "Success indicator"), "Un appel seule")

    theirs = ObjectiveInput(text="Appeler en vidéo", status=ObjectiveStatus.IN_PROGRESS)
    PairService(bruno).update_objective(objective.id, theirs)

    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused: nothing of Alice's change was written
    assert find(dialog, QLabel, "Changed by someone else").text().startswith("Bruno Tremblay")
    assert find(dialog, QLabel, "Their change").text() == "Their change:\n• Status: In progress"
    assert ctx.services.pairs.get_objective(objective.id).indicator is None
    qtbot.mouseClick(
        find(dialog, QPushButton, "Reload with their change"), Qt.MouseButton.LeftButton
    )
    assert find(dialog, QComboBox, "Status").currentData() == ObjectiveStatus.IN_PROGRESS
    assert find(dialog, QLineEdit, "Success indicator").text() == "Un appel seule"
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = ctx.services.pairs.get_objective(objective.id)
    assert (saved.status, saved.indicator) == (ObjectiveStatus.IN_PROGRESS, "Un appel seule")


def test_a_training_session_changed_meanwhile_is_shown_and_reloaded(
    ctx, qtbot, find, type_text, bruno
):
    import datetime as dt

    from mentorat_desktop.core.services.training import TrainingService
    from mentorat_desktop.gui.training.session_dialog import TrainingSessionDialog

    service = TrainingService(ctx.db)
    held = dt.date.today() + dt.timedelta(days=14)
    training = service.create("Écouter et transmettre", held, 180)
    dialog = TrainingSessionDialog(service, "en", training)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(find(dialog, QLineEdit, "Trainer"), "Inès Caron")

    TrainingService(bruno).update(training.id, place="Maison des associations")

    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert find(dialog, QLabel, "Changed by someone else").text().startswith("Bruno Tremblay")
    assert (
        find(dialog, QLabel, "Their change").text()
        == "Their change:\n• Place: Maison des associations"
    )
    assert service.get(training.id).trainer is None
    qtbot.mouseClick(
        find(dialog, QPushButton, "Reload with their change"), Qt.MouseButton.LeftButton
    )
    assert find(dialog, QLineEdit, "Place").text() == "Maison des associations"
    assert find(dialog, QLineEdit, "Trainer").text() == "Inès Caron"
    qtbot.mouseClick(find(dialog, QPushButton, "Save"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = service.get(training.id)
    assert (saved.place, saved.trainer) == ("Maison des associations", "Inès Caron")


def test_a_duration_changed_meanwhile_reads_in_hours_and_minutes(ctx):
    import dataclasses
    import datetime as dt

    from mentorat_desktop.core.services.training import TrainingRecord
    from mentorat_desktop.gui.conflicts import other_change

    before = TrainingRecord(1, "Écouter", dt.date(2026, 12, 10), 180, None, None, None, False)
    after = dataclasses.replace(before, duration_minutes=90, row_version=2)
    assert other_change(before, after) == [("Duration", "1 h 30 min")]
