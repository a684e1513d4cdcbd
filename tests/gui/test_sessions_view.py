"""The session log as the coordinator reads it: newest first, a search by name, topic or
place, a summary of how many sessions and how many hours are shown, and imports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from mentorat_desktop.app import build_main_window
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.core.services.sessions import SessionInput, SessionService
from mentorat_desktop.gui.sessions.import_dialog import ImportSessionsDialog
from mentorat_desktop.gui.sessions.table_model import (
    COL_DATE,
    COL_DURATION,
    COL_PAIR,
    COL_TOPICS,
)

TODAY = dt.date.today()
ZOE_ANNE = "Zoé Vidal & Anne Dupont"
EMILE_BRUNO = "Émile Émery & Bruno Faure"


def build(ctx) -> dict[str, int]:
    """Two pairs started 90 days ago and four sessions (5 h 15 in all):

    - Zoé & Anne: 10 days ago 1 h 30 "Réseaux sociaux" at the Médiathèque; 3 days ago 1 h
      "Visioconférence";
    - Émile & Bruno: 20 days ago 2 h "Tableur"; yesterday 45 min "Sécurité en ligne".
    """

    def member(first: str, last: str, year: int, role: Role) -> int:
        data = MemberInput(first_name=first, last_name=last, birth_year=year, role=role)
        return ctx.members.add(data).id

    pairs = PairService(ctx.db)
    start = TODAY - dt.timedelta(days=90)
    ids = {
        "zoe_anne": pairs.create(
            PairInput(
                member("Zoé", "Vidal", 2001, Role.MENTOR),
                member("Anne", "Dupont", 1955, Role.MENTEE),
                start_date=start,
            )
        ).id,
        "emile_bruno": pairs.create(
            PairInput(
                member("Émile", "Émery", 1999, Role.MENTOR),
                member("Bruno", "Faure", 1962, Role.MENTEE),
                start_date=start,
            )
        ).id,
    }
    sessions = SessionService(ctx.db)
    for pair, days, minutes, topics, place in (
        ("zoe_anne", 10, 90, "Réseaux sociaux", "Médiathèque"),
        ("zoe_anne", 3, 60, "Visioconférence", None),
        ("emile_bruno", 20, 120, "Tableur", "Café des Arts"),
        ("emile_bruno", 1, 45, "Sécurité en ligne", None),
    ):
        sessions.log(
            SessionInput(
                pair_id=ids[pair],
                held_on=TODAY - dt.timedelta(days=days),
                duration_minutes=minutes,
                topics=topics,
                place=place,
            )
        )
    return ids


@pytest.fixture
def view(ctx, window):
    build(ctx)
    window.resize(1100, 650)
    window.show()
    window.show_view("sessions")
    return window.sessions_view


def rows(view, column: int = COL_PAIR) -> list[str]:
    return [view.model.index(r, column).data() for r in range(view.model.rowCount())]


def test_newest_first_with_every_column(view):
    assert rows(view) == [EMILE_BRUNO, ZOE_ANNE, ZOE_ANNE, EMILE_BRUNO]
    assert rows(view, COL_TOPICS) == [
        "Sécurité en ligne",
        "Visioconférence",
        "Réseaux sociaux",
        "Tableur",
    ]
    assert rows(view, COL_DURATION) == ["0.75 h", "1 h", "1.5 h", "2 h"]
    assert rows(view, COL_DATE)[0] == (TODAY - dt.timedelta(days=1)).isoformat()
    headers = [
        view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())
    ]
    assert headers == ["Date", "Pair", "Duration", "Mode", "Who taught", "Topics"]


def test_summary_counts_the_sessions_and_hours(view, find):
    summary = find(view, QLabel, "Sessions shown")
    assert summary.text() == "4 sessions, 5.25 h"


@pytest.mark.parametrize(
    ("typed", "pairs", "summary"),
    [
        ("faure", [EMILE_BRUNO, EMILE_BRUNO], "2 sessions, 2.75 h"),
        ("ZOE", [ZOE_ANNE, ZOE_ANNE], "2 sessions, 2.5 h"),
        ("reseaux", [ZOE_ANNE], "1 session, 1.5 h"),  # a topic, accents ignored
        ("mediatheque", [ZOE_ANNE], "1 session, 1.5 h"),  # a place
        ("emile tableur", [EMILE_BRUNO], "1 session, 2 h"),  # every word must match
        ("tricot", [], "0 sessions, 0 h"),
    ],
)
def test_search_narrows_the_list_and_the_summary(view, find, qtbot, typed, pairs, summary):
    search = find(view, QLineEdit, "Search sessions")
    qtbot.keyClicks(search, typed)
    assert rows(view) == pairs
    assert find(view, QLabel, "Sessions shown").text() == summary
    search.clear()
    assert len(rows(view)) == 4
    assert find(view, QLabel, "Sessions shown").text() == "4 sessions, 5.25 h"


def test_a_session_logged_elsewhere_appears_and_counts(ctx, view, find):
    pair_id = PairService(ctx.db).list_pairs()[0].id
    SessionService(ctx.db).log(SessionInput(pair_id=pair_id, held_on=TODAY, duration_minutes=30))
    assert len(rows(view)) == 5
    assert find(view, QLabel, "Sessions shown").text() == "5 sessions, 5.75 h"


def test_change_and_delete_need_a_selection(view, find):
    change = find(view, QPushButton, "Change")
    delete = find(view, QPushButton, "Delete")
    view.table.clearSelection()
    assert not change.isEnabled() and not delete.isEnabled()
    view.table.selectRow(1)
    assert change.isEnabled() and delete.isEnabled()
    assert view.current_session().topics == "Visioconférence"


def test_summary_in_french(ctx_fr, qtbot):
    build(ctx_fr)
    window = build_main_window(ctx_fr)
    qtbot.addWidget(window)
    view = window.sessions_view
    assert view.summary.text() == "4 rencontres, 5 h 15"
    assert rows(view, COL_DURATION) == ["45 min", "1 h", "1 h 30", "2 h"]
    view.search.setText("anne")
    assert view.summary.text() == "2 rencontres, 2 h 30"


# -- import ------------------------------------------------------------------------------------


def test_import_from_the_sessions_view(ctx, view, window, tmp_path: Path, find, qtbot):
    csv = tmp_path / "journal.csv"
    day = TODAY - dt.timedelta(days=5)
    csv.write_bytes(
        (
            "Mentor;Mentoré;Date;Durée;Sujets\r\n"
            f"Zoé Vidal;Anne Dupont;{day.isoformat()};1h15;Messagerie\r\n"
            f"Émile Émery;Bruno Faure;{day.isoformat()};quarante;Photos\r\n"
        ).encode("cp1252")
    )
    dialog = window.import_sessions(str(csv))
    assert isinstance(dialog, ImportSessionsDialog)
    assert dialog.to_add.topLevelItemCount() == 1
    assert dialog.refused.topLevelItemCount() == 1
    assert dialog.refused.topLevelItem(0).text(0) == "3"  # its line in the file
    assert "quarante" in dialog.refused.topLevelItem(0).text(2)
    assert dialog.import_button.text() == "Import 1 session"
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.is_busy())  # the import runs in another thread
    assert dialog.added == 1
    assert "Messagerie" in rows(view, COL_TOPICS)
    assert find(view, QLabel, "Sessions shown").text() == "5 sessions, 6.5 h"
