"""The session import preview: every column of the log given a field (the guesses chosen
first), what each column holds, and a preview that follows the coordinator's choices,
even when no column was recognised at all (issue 9)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.gui.sessions.import_dialog import ImportSessionsDialog

DAY = dt.date.today() - dt.timedelta(days=3)
START = dt.date.today() - dt.timedelta(days=60)


@pytest.fixture
def pair(ctx) -> int:
    zoe = ctx.members.add(MemberInput(first_name="Zoé", last_name="Vidal", birth_year=2000))
    anne = ctx.members.add(MemberInput(first_name="Anne", last_name="Dupont", birth_year=1955))
    return PairService(ctx.db).create(PairInput(zoe.id, anne.id, start_date=START)).id


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "journal.csv"
    path.write_text(text, encoding="utf-8")
    return path


def open_dialog(ctx, qtbot, path: Path) -> ImportSessionsDialog:
    dialog = ImportSessionsDialog(ctx.services, path, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog, find, column: str, field: str) -> None:
    combo = find(dialog, QComboBox, f"Field for the column “{column}”")
    index = combo.findData(field)
    assert index >= 0, field
    combo.setCurrentIndex(index)


def test_each_column_has_a_field_with_the_guess_chosen_and_what_it_holds(
    ctx, pair, tmp_path, qtbot
):
    path = write(
        tmp_path,
        "Mentor;Mentoré;Date;Durée;Humeur\n"
        f"Zoé Vidal;Anne Dupont;{DAY.isoformat()};1h15;contente\n",
    )
    dialog = open_dialog(ctx, qtbot, path)
    assert dialog.chosen_columns() == {
        "Mentor": "mentor",
        "Mentoré": "mentee",
        "Date": "held_on",
        "Durée": "duration_minutes",
        "Humeur": "",
    }
    table = dialog.mapping
    held = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert held["Humeur"] == "contente"  # what the skipped column held
    assert "Humeur (contente)" in dialog.columns.text()
    assert len(dialog.plan.to_add) == 1


def test_choosing_a_field_plans_again(ctx, pair, tmp_path, qtbot, find):
    path = write(
        tmp_path,
        "Mentor;Mentoré;Date;Durée;Humeur\n"
        f"Zoé Vidal;Anne Dupont;{DAY.isoformat()};1h15;contente\n",
    )
    dialog = open_dialog(ctx, qtbot, path)
    choose(dialog, find, "Humeur", "notes")
    assert [row.data.notes for row in dialog.plan.to_add] == ["contente"]
    choose(dialog, find, "Durée", "")
    assert dialog.plan is None
    problem = find(dialog, QLabel, "Why nothing can be imported")
    assert problem.isVisible() and "duration" in problem.text()
    assert not dialog.import_button.isEnabled()


def test_nothing_recognised_the_columns_are_picked_by_hand(
    ctx, pair, tmp_path, qtbot, find, tree_rows
):
    path = write(
        tmp_path,
        "Qui;Avec qui;Le;Combien\n"
        f"Zoé Vidal;Anne Dupont;{DAY.strftime('%d/%m/%Y')};1h30\n"
        f"Zoé Vidal;Inconnue Personne;{DAY.strftime('%d/%m/%Y')};45 min\n",
    )
    dialog = open_dialog(ctx, qtbot, path)
    assert dialog.plan is None
    problem = find(dialog, QLabel, "Why nothing can be imported")
    assert problem.isVisible() and "journal.csv" in problem.text()
    assert not dialog.import_button.isEnabled()
    assert not dialog.tabs.isEnabled()
    assert set(dialog.chosen_columns()) == {"Qui", "Avec qui", "Le", "Combien"}
    table = dialog.mapping
    assert table.item(1, 2).text() == "Anne Dupont, Inconnue Personne"

    choose(dialog, find, "Qui", "mentor")
    choose(dialog, find, "Avec qui", "mentee")
    choose(dialog, find, "Le", "held_on")
    assert dialog.plan is None  # still no duration
    choose(dialog, find, "Combien", "duration_minutes")
    assert not problem.isVisible()
    assert dialog.tabs.isEnabled()
    ((line, name, _day, _duration),) = tree_rows(dialog.to_add)
    assert (line, name) == ("2", "Zoé Vidal / Anne Dupont")
    assert [r[0] for r in tree_rows(dialog.refused)] == ["3"]
    assert dialog.import_button.isEnabled()
    assert "1" in dialog.import_button.text()
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy())  # the import runs in another thread
    assert dialog.added == 1


def test_a_pair_column_can_be_chosen_instead_of_two_people(ctx, pair, tmp_path, qtbot, find):
    path = write(
        tmp_path,
        f"Duo choisi;Quand;Temps\nZoé Vidal / Anne Dupont;{DAY.isoformat()};2h\n",
    )
    dialog = open_dialog(ctx, qtbot, path)
    choose(dialog, find, "Duo choisi", "pair")
    assert dialog.plan is None or not dialog.plan.to_add
    choose(dialog, find, "Quand", "held_on")
    choose(dialog, find, "Temps", "duration_minutes")
    assert [row.data.duration_minutes for row in dialog.plan.to_add] == [120]


def test_a_file_gone_since_the_preview_is_said_so(ctx, pair, tmp_path, qtbot, find):
    path = write(
        tmp_path,
        "Mentor;Mentoré;Date;Durée;Humeur\n"
        f"Zoé Vidal;Anne Dupont;{DAY.isoformat()};1h15;contente\n",
    )
    dialog = open_dialog(ctx, qtbot, path)
    path.unlink()
    choose(dialog, find, "Humeur", "notes")
    problem = find(dialog, QLabel, "Why nothing can be imported")
    assert "does not exist" in problem.text()
    assert "Choose in the table" not in problem.text()
    assert not dialog.import_button.isEnabled()


def test_a_big_log_is_read_and_imported_in_another_thread(ctx, pair, tmp_path, qtbot, monkeypatch):
    import threading

    from mentorat_desktop.core.importing import sessions
    from mentorat_desktop.gui import import_dialog

    monkeypatch.setattr(import_dialog, "BIG_FILE_BYTES", 10)  # every file counts as big
    seen: list[bool] = []
    real_plan, real_apply = sessions.plan_session_import, sessions.apply_session_import

    def plan(*args, **kwargs):
        seen.append(threading.current_thread() is threading.main_thread())
        return real_plan(*args, **kwargs)

    def apply(*args, **kwargs):
        seen.append(threading.current_thread() is threading.main_thread())
        return real_apply(*args, **kwargs)

    monkeypatch.setattr(sessions, "plan_session_import", plan)
    monkeypatch.setattr(sessions, "apply_session_import", apply)
    heard: list[str] = []
    ctx.db.bus.subscribe(heard.append)
    path = write(
        tmp_path,
        f"Mentor;Mentoré;Date;Durée\nZoé Vidal;Anne Dupont;{DAY.isoformat()};1h15\n",
    )
    dialog = open_dialog(ctx, qtbot, path)
    assert dialog.summary.text() == "Reading “journal.csv”…"
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert [row.name for row in dialog.plan.to_add] == ["Zoé Vidal / Anne Dupont"]
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert seen == [False, False]  # both in the thread pool
    assert dialog.added == 1 and not dialog.isVisible()
    assert heard == ["sessions"]  # the views are told, on the GUI thread
