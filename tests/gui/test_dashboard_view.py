"""The dashboard against a small register counted by hand: the figures the coordinator
reports to the board, and charts that a screen reader can read as text."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QFrame

from mentorat_desktop.app import build_main_window
from mentorat_desktop.core.dashboard import compute_dashboard
from mentorat_desktop.core.enums import EndReason, ObjectiveStatus, PairStatus, Role
from mentorat_desktop.core.services.followups import FollowUpInput, FollowUpService
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import ObjectiveInput, PairInput, PairService
from mentorat_desktop.core.services.sessions import SessionInput, SessionService
from mentorat_desktop.gui.dashboard.bar_chart import BarChart
from mentorat_desktop.gui.dashboard.view import DashboardView, Figure

TODAY = dt.date(2026, 6, 20)
D = dt.date


def build(ctx) -> dict[str, int]:
    """Seen on 20 June 2026:

    - Zoé (2001) & Anne (1955), active from 5 January: May 3 h (met), June 1 h 30;
      objectives: one reached, one open; satisfaction 4 on 1 June.
    - Émile (1999) & Bruno (1968), active from 1 February: May 1 h (below), June 45 min;
      one objective in progress; satisfaction 5 on 15 May.
    - Paul (1998) & Marc (1948), from 10 January, paused since 1 March: February 2 h.
    - Léa (2003) & Henri (1950), from 10 January, planned to 31 December, ended on 15 March
      (mismatch): January 1 h; one objective dropped.
    - Yann (2002) & Odile (1951): proposed, with a reached objective that does not count.
    - Chloé (no birth year, either role); Jean (1940), archived: not counted.
    - A satisfaction of 1 given more than a year ago: not counted.
    """
    pairs = PairService(ctx.db)
    sessions = SessionService(ctx.db)
    followups = FollowUpService(ctx.db)

    def member(first: str, last: str, year: int | None, role: Role) -> int:
        data = MemberInput(first_name=first, last_name=last, birth_year=year, role=role)
        return ctx.members.add(data).id

    zoe, anne = (
        member("Zoé", "Vidal", 2001, Role.MENTOR),
        member("Anne", "Dupont", 1955, Role.MENTEE),
    )
    emile, bruno = (
        member("Émile", "Émery", 1999, Role.MENTOR),
        member("Bruno", "Faure", 1968, Role.MENTEE),
    )
    paul, marc = (
        member("Paul", "Girard", 1998, Role.MENTOR),
        member("Marc", "Leroy", 1948, Role.MENTEE),
    )
    lea, henri = (
        member("Léa", "Roux", 2003, Role.MENTOR),
        member("Henri", "Petit", 1950, Role.MENTEE),
    )
    yann, odile = (
        member("Yann", "Morel", 2002, Role.MENTOR),
        member("Odile", "Blanc", 1951, Role.MENTEE),
    )
    member("Chloé", "Martin", None, Role.EITHER)
    jean = member("Jean", "Ancien", 1940, Role.MENTEE)
    ctx.members.archive([jean])

    ids = {
        "zoe": pairs.create(PairInput(zoe, anne, start_date=D(2026, 1, 5))).id,
        "emile": pairs.create(PairInput(emile, bruno, start_date=D(2026, 2, 1))).id,
        "paul": pairs.create(PairInput(paul, marc, start_date=D(2026, 1, 10))).id,
        "lea": pairs.create(
            PairInput(lea, henri, start_date=D(2026, 1, 10), planned_end=D(2026, 12, 31))
        ).id,
        "yann": pairs.create(PairInput(yann, odile)).id,
    }
    for pair, status in (
        ("zoe", ObjectiveStatus.REACHED),
        ("zoe", ObjectiveStatus.OPEN),
        ("emile", ObjectiveStatus.IN_PROGRESS),
        ("lea", ObjectiveStatus.DROPPED),
        ("yann", ObjectiveStatus.REACHED),
    ):
        pairs.add_objective(ids[pair], ObjectiveInput(text="Objectif", status=status))
    for pair, day, minutes in (
        ("zoe", D(2026, 5, 4), 180),
        ("zoe", D(2026, 6, 10), 90),
        ("emile", D(2026, 5, 10), 60),
        ("emile", D(2026, 6, 2), 45),
        ("paul", D(2026, 2, 5), 120),
        ("lea", D(2026, 1, 20), 60),
    ):
        sessions.log(SessionInput(pair_id=ids[pair], held_on=day, duration_minutes=minutes))
    pairs.pause(ids["paul"], D(2026, 3, 1))
    pairs.end(ids["lea"], D(2026, 3, 15), EndReason.MISMATCH)
    for pair, day, satisfaction in (
        ("zoe", D(2026, 6, 1), 4),
        ("emile", D(2026, 5, 15), 5),
        ("zoe", D(2025, 5, 1), 1),
    ):
        followups.add(FollowUpInput(pair_id=ids[pair], held_on=day, satisfaction=satisfaction))
    return ids


@pytest.fixture
def ids(ctx) -> dict[str, int]:
    return build(ctx)


@pytest.fixture
def view(ctx, ids, qtbot) -> DashboardView:
    widget = DashboardView(ctx.db, ctx.signals, ctx.language, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def figure(view: DashboardView, find, caption: str) -> tuple[str, str]:
    frame = find(view, QFrame, caption)
    return frame.value.text(), frame.detail.text()


def test_the_figures_match_the_register(view, find):
    assert figure(view, find, "active pairs") == ("2", "1 paused, 1 proposed")
    assert figure(view, find, "of the pairs met their commitment last month") == (
        "50 %",
        "1 of 2 in May 2026",
    )
    assert figure(view, find, "of sessions this month") == ("2.25 h", "")
    assert figure(view, find, "of sessions this year") == ("9.25 h", "")
    assert figure(view, find, "of the objectives reached") == ("25 %", "1 of 4")
    assert figure(view, find, "average satisfaction (out of 5)") == (
        "4.5",
        "2 answers over 12 months",
    )


def test_figures_are_read_aloud_with_their_value(view, find):
    active = find(view, QFrame, "active pairs")
    assert active.accessibleDescription() == "2 1 paused, 1 proposed"
    assert find(view, QFrame, "of sessions this month").accessibleDescription() == "2.25 h"


def test_the_core_figures(ctx, ids):
    d = compute_dashboard(ctx.db, TODAY)
    assert d.active_pairs == 2
    assert d.pairs_by_status == {
        PairStatus.PROPOSED: 1,
        PairStatus.ACTIVE: 2,
        PairStatus.PAUSED: 1,
        PairStatus.ENDED: 1,
    }
    assert (d.last_month, d.last_month_counted, d.last_month_met) == (D(2026, 5, 1), 2, 1)
    assert d.hours_this_month == pytest.approx(2.25)
    assert d.hours_this_year == pytest.approx(9.25)
    assert (d.objectives_reached, d.objectives_total) == (1, 4)
    assert (d.satisfaction_average, d.satisfaction_count) == (4.5, 2)
    assert (d.ended_early, d.ended_early_by_reason) == (1, {EndReason.MISMATCH: 1})


def test_charts_describe_their_figures_in_words(view, find):
    by_month = find(view, BarChart, "Hours of sessions by month")
    assert by_month.accessibleDescription() == (
        "Jul 2025: 0; Aug 2025: 0; Sep 2025: 0; Oct 2025: 0; Nov 2025: 0; Dec 2025: 0; "
        "Jan 2026: 1; Feb 2026: 2; Mar 2026: 0; Apr 2026: 0; May 2026: 4; Jun 2026: 2"
    )
    assert find(view, BarChart, "Pairs by status").accessibleDescription() == (
        "Proposed: 1; Active: 2; Paused: 1; Ended: 1"
    )
    assert find(view, BarChart, "Members by generation").accessibleDescription() == (
        "Baby boomer: 4; Generation X: 1; Generation Z: 5; Unknown: 1"
    )
    assert find(view, BarChart, "Members by role").accessibleDescription() == (
        "Mentor: 5; Mentee: 5; Either: 1"
    )
    assert find(view, BarChart, "Pairs ended early, and why").accessibleDescription() == (
        "Mismatch: 1"
    )


def test_charts_paint_without_error(view, qtbot):
    for chart in view.findChildren(BarChart):
        image = chart.grab()
        assert not image.isNull()
        assert chart.sizeHint().height() > 0


def test_a_new_session_updates_the_dashboard(ctx, view, ids, find):
    SessionService(ctx.db).log(
        SessionInput(pair_id=ids["emile"], held_on=D(2026, 6, 19), duration_minutes=60)
    )
    assert figure(view, find, "of sessions this month") == ("3.25 h", "")
    assert figure(view, find, "of sessions this year") == ("10.25 h", "")


def test_an_empty_register_shows_dashes(ctx, qtbot, find):
    widget = DashboardView(ctx.db, ctx.signals, ctx.language, today=TODAY)
    qtbot.addWidget(widget)
    assert figure(widget, find, "active pairs") == ("0", "0 paused, 0 proposed")
    assert figure(widget, find, "of the pairs met their commitment last month")[0] == "—"
    assert figure(widget, find, "of the objectives reached")[0] == "—"
    assert figure(widget, find, "average satisfaction (out of 5)")[0] == "—"
    assert find(widget, BarChart, "Pairs ended early, and why").accessibleDescription() == ""


def test_dashboard_in_french(ctx_fr, qtbot, find):
    build(ctx_fr)
    window = build_main_window(ctx_fr)
    qtbot.addWidget(window)
    texts = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert texts[-2:] == ["Suivi", "Tableau de bord"]
    assert window.dashboard_view.accessibleName() == "Tableau de bord"
    view = DashboardView(ctx_fr.db, ctx_fr.signals, ctx_fr.language, today=TODAY)
    qtbot.addWidget(view)
    figures = {f.accessibleName(): f for f in view.findChildren(Figure)}
    assert "active pairs" not in figures
    assert figures["binômes actifs"].value.text() == "2"
    assert figures["binômes actifs"].detail.text() != "1 paused, 1 proposed"
    assert sorted(f.value.text() for f in figures.values() if f.value.text().endswith("h 15")) == [
        "2 h 15",
        "9 h 15",
    ]
    chart = find(view, BarChart, view.by_status.accessibleName())
    assert chart.accessibleName() != "Pairs by status"
    assert "Active" not in chart.accessibleDescription()


def test_one_proposal_is_singular_in_french(ctx_fr, qtbot):
    build(ctx_fr)
    view = DashboardView(ctx_fr.db, ctx_fr.signals, ctx_fr.language, today=TODAY)
    qtbot.addWidget(view)
    assert view.active.detail.text().startswith("1 en pause")
    assert "1 proposés" not in view.active.detail.text()
