"""The dashboard against a small register counted by hand: the figures the coordinator
reports to the board, and charts that a screen reader can read as text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil

import pytest
from PySide6.QtWidgets import QComboBox, QFrame, QMainWindow, QPushButton

from mentorat_desktop.app import build_main_window
from mentorat_desktop.core.enums import EndReason, ObjectiveStatus, Role, Speaker
from mentorat_desktop.core.formatting import format_hours
from mentorat_desktop.core.report.figures import indicators
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.followups import FollowUpInput, FollowUpService
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import ObjectiveInput, PairInput, PairService
from mentorat_desktop.core.services.sessions import SessionInput, SessionService
from mentorat_desktop.gui.dashboard.bar_chart import BarChart
from mentorat_desktop.gui.dashboard.period import PeriodKind
from mentorat_desktop.gui.dashboard.view import DashboardView, Figure
from mentorat_desktop.gui.widgets import DateField

TODAY = dt.date(2026, 6, 20)
D = dt.date


def build(ctx) -> dict[str, int]:
    """Seen on 20 June 2026:

    - Zoé (2001) & Anne (1955), active from 5 January: May 3 h (met), June 1 h 30;
      objectives: one reached, one open; Anne's satisfaction 4 on 1 June.
    - Émile (1999) & Bruno (1968), active from 1 February: May 1 h (below), June 45 min;
      one objective in progress; Émile's satisfaction 5 on 15 May, 3 on 16 May.
    - Paul (1998) & Marc (1948), from 10 January, paused since 1 March: February 2 h.
    - Léa (2003) & Henri (1950), from 10 January, planned to 31 December, ended on 15 March
      (mismatch): January 1 h; one objective dropped.
    - Yann (2002) & Odile (1951): proposed, with a reached objective that does not count.
    - Chloé (no birth year, either role); Jean (1940), archived: not counted.
    - A satisfaction of 1 given by Zoé in May 2025.
    - Zoé & Anne and Léa & Henri are in the cohort "Printemps".
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

    spring = CohortService(ctx.db).create("Printemps").id
    ids = {
        "zoe": pairs.create(PairInput(zoe, anne, start_date=D(2026, 1, 5), cohort_id=spring)).id,
        "emile": pairs.create(PairInput(emile, bruno, start_date=D(2026, 2, 1))).id,
        "paul": pairs.create(PairInput(paul, marc, start_date=D(2026, 1, 10))).id,
        "lea": pairs.create(
            PairInput(
                lea,
                henri,
                start_date=D(2026, 1, 10),
                planned_end=D(2026, 12, 31),
                cohort_id=spring,
            )
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
    for pair, day, satisfaction, speaker in (
        ("zoe", D(2026, 6, 1), 4, Speaker.MENTEE),
        ("emile", D(2026, 5, 15), 5, Speaker.MENTOR),
        ("emile", D(2026, 5, 16), 3, Speaker.MENTOR),
        ("zoe", D(2025, 5, 1), 1, Speaker.MENTOR),
    ):
        followups.add(
            FollowUpInput(
                pair_id=ids[pair], held_on=day, satisfaction=satisfaction, speaker=speaker
            )
        )

    return ids


@pytest.fixture
def ids(ctx) -> dict[str, int]:
    return build(ctx)


@pytest.fixture
def view(ctx, ids, qtbot) -> DashboardView:
    widget = DashboardView(ctx.services, ctx.signals, ctx.language, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def figure(view: DashboardView, find, caption: str) -> tuple[str, str]:
    frame = find(view, QFrame, caption)
    return frame.value.text(), frame.detail.text()


def test_this_year_is_shown_first_and_counted_by_hand(view, find):
    assert (view.filters.kind, view.filters.start, view.filters.end) == (
        PeriodKind.THIS_YEAR,
        D(2026, 1, 1),
        D(2026, 12, 31),
    )
    assert view.period_line.text() == "From January 1, 2026 to December 31, 2026, all pairs."
    # Zoé, Émile, Paul (until his pause) and Léa (until the end) were active in 2026.
    assert figure(view, find, "pairs active in the period") == (
        "4",
        "of which 4 started, 1 paused, 1 ended",
    )
    assert figure(view, find, "of sessions") == ("9.25 h", "2.31 h per active pair")
    assert figure(view, find, "of the objectives reached") == ("25 %", "1 of 4")
    # "answer(s)" until the English catalogue gives the plural its two forms
    assert figure(view, find, "mentors' satisfaction (out of 5)") in (
        ("4", "2 answers"),
        ("4", "2 answer(s)"),
    )
    assert figure(view, find, "mentees' satisfaction (out of 5)") in (
        ("4", "1 answer"),
        ("4", "1 answer(s)"),
    )


def test_last_month_and_a_cohort(view, find):
    view.filters.choose(PeriodKind.LAST_MONTH)
    assert (view.filters.start, view.filters.end) == (D(2026, 5, 1), D(2026, 5, 31))
    # May: Zoé 3 h (met), Émile 1 h (below the commitment).
    assert figure(view, find, "of sessions") == ("4 h", "2 h per active pair")
    assert figure(view, find, "of the months of pairs met the commitment") == ("50 %", "1 of 2")
    view.filters.choose_cohort("Printemps")
    assert view.period_line.text() == "From May 1, 2026 to May 31, 2026, cohort “Printemps”."
    assert figure(view, find, "of sessions") == ("3 h", "3 h per active pair")
    assert figure(view, find, "mentors' satisfaction (out of 5)")[0] == "—"


def test_the_dashboard_shows_the_reports_figures(ctx, view, find):
    """One source of truth: for every period and cohort, what the dashboard shows is what
    ``indicators`` (the activity report, the ``indicators`` command) gives."""
    periods = [
        (PeriodKind.THIS_MONTH, None),
        (PeriodKind.LAST_YEAR, None),
        (PeriodKind.THIS_YEAR, "Printemps"),
    ]
    for kind, cohort in periods:
        view.filters.choose_cohort(cohort)
        view.filters.choose(kind)
        expected = indicators(ctx.db, view.filters.start, view.filters.end, cohort, today=TODAY)
        assert view.indicators == expected
        assert figure(view, find, "pairs active in the period")[0] == str(expected.pairs_active)
        assert figure(view, find, "of sessions")[0] == format_hours(expected.hours_total, "en")
        assert figure(view, find, "of the objectives reached")[1] == (
            f"{expected.objectives_reached} of {expected.objectives_total}"
        )
        assert figure(view, find, "mentors' satisfaction (out of 5)")[1].startswith(
            str(expected.satisfaction_mentors_count)
        )
    view.filters.choose_cohort(None)
    view.filters.set_dates(D(2026, 2, 1), D(2026, 3, 31))
    expected = indicators(ctx.db, D(2026, 2, 1), D(2026, 3, 31), None, today=TODAY)
    assert view.indicators == expected
    assert figure(view, find, "pairs active in the period") == (
        "4",
        "of which 1 started, 1 paused, 1 ended",
    )
    assert figure(view, find, "of sessions")[0] == "2 h"


def test_custom_dates_typed_in_the_date_fields(view, find, qtbot):
    view.filters.choose(PeriodKind.CUSTOM)
    assert view.filters.from_field.isEnabled()
    view.filters.from_field.edit.setText("2026-06-01")
    view.filters.to_field.edit.setText("2026-06-30")
    assert (view.indicators.start, view.indicators.end) == (D(2026, 6, 1), D(2026, 6, 30))
    assert figure(view, find, "of sessions")[0] == "2.25 h"
    # A period that ends before it starts is not counted: the figures stay.
    view.filters.to_field.edit.setText("2026-05-01")
    assert view.indicators.end == D(2026, 6, 30)
    view.filters.choose(PeriodKind.THIS_YEAR)
    assert not view.filters.from_field.isEnabled()


def test_charts_describe_their_figures_in_words(view, find):
    view.filters.set_dates(D(2026, 1, 1), D(2026, 6, 30))
    by_month = find(view, BarChart, "Hours of sessions by month")
    assert by_month.accessibleDescription() == (
        "Jan 2026: 1; Feb 2026: 2; Mar 2026: 0; Apr 2026: 0; May 2026: 4; Jun 2026: 2"
    )
    assert find(view, BarChart, "Pairs in the period").accessibleDescription() == (
        "Started: 4; Active: 4; Paused: 1; Ended: 1"
    )
    # The people of the pairs that ran: the proposal, Chloé and Jean are not counted.
    assert find(view, BarChart, "Members by generation").accessibleDescription() == (
        "Baby boomer: 3; Generation X: 1; Generation Z: 4"
    )
    assert find(view, BarChart, "Members by role").accessibleDescription() == (
        "Mentor: 4; Mentee: 4"
    )
    assert find(view, BarChart, "Pairs ended, and why").accessibleDescription() == ("Mismatch: 1")


def test_charts_paint_without_error(view, qtbot):
    for chart in view.findChildren(BarChart):
        image = chart.grab()
        assert not image.isNull()
        assert chart.sizeHint().height() > 0


def test_a_new_session_updates_the_dashboard(ctx, view, ids, find, qtbot, monkeypatch):
    counted = []
    monkeypatch.setattr(view, "show_indicators", counted.append)
    SessionService(ctx.db).log(
        SessionInput(pair_id=ids["emile"], held_on=D(2026, 6, 19), duration_minutes=60)
    )
    PairService(ctx.db).pause(ids["zoe"], D(2026, 6, 19))
    qtbot.waitUntil(lambda: len(counted) == 1)
    qtbot.wait(20)
    assert len(counted) == 1  # two changes, counted once
    assert counted[0].hours_total == 10.25


def test_a_hidden_dashboard_counts_again_when_shown(ctx, view, ids, find, qtbot):
    view.hide()
    SessionService(ctx.db).log(
        SessionInput(pair_id=ids["emile"], held_on=D(2026, 6, 19), duration_minutes=60)
    )
    qtbot.wait(20)
    assert figure(view, find, "of sessions")[0] == "9.25 h"
    view.show()
    assert figure(view, find, "of sessions")[0] == "10.25 h"


def test_a_new_cohort_is_offered(ctx, view, qtbot):
    CohortService(ctx.db).create("Automne")
    combo = view.filters.cohort
    qtbot.waitUntil(lambda: combo.findData("Automne") >= 0)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0] == "All pairs" and sorted(names[1:]) == ["Automne", "Printemps"]


def test_an_empty_register_shows_dashes(ctx, qtbot, find):
    widget = DashboardView(ctx.services, ctx.signals, ctx.language, today=TODAY)
    qtbot.addWidget(widget)
    assert figure(widget, find, "pairs active in the period") == (
        "0",
        "of which 0 started, 0 paused, 0 ended",
    )
    assert figure(widget, find, "of the months of pairs met the commitment")[0] == "—"
    assert figure(widget, find, "of the objectives reached")[0] == "—"
    assert figure(widget, find, "mentors' satisfaction (out of 5)")[0] == "—"
    assert find(widget, BarChart, "Pairs ended, and why").accessibleDescription() == ""


# -- exports and the report -------------------------------------------------------------------


def test_export_to_csv(ctx, ids, qtbot, tmp_path):
    window = QMainWindow()
    view = DashboardView(ctx.services, ctx.signals, ctx.language, today=TODAY)
    window.setCentralWidget(view)
    qtbot.addWidget(window)
    path = view.export_csv(tmp_path / "tableau.csv")
    assert path == tmp_path / "tableau.csv"
    assert path.stat().st_mode & 0o077 == 0  # private
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Figures"]
    assert rows[1] == ["Figure", "Value"]
    values = {row[0]: row[1] for row in rows[2:24] if len(row) == 2}
    assert values["Pairs active"] == "4"
    assert values["Hours of sessions"] == "9.25"
    assert values["Objectives reached"] == "1"
    assert values["Mentors' satisfaction (out of 5)"] == "4.0"
    assert ["Jun 2026", "2.25", "0", "0"] in rows
    assert ["Mismatch", "1"] in rows
    said = f"The dashboard's tables are saved in “{path}”."
    assert view.last_notice == said
    assert window.statusBar().currentMessage() == said


def test_csv_cells_never_run_as_formulas(ctx, view, tmp_path, qtbot):
    CohortService(ctx.db).create("=HYPERLINK(1)")
    qtbot.waitUntil(lambda: view.filters.cohort.findData("=HYPERLINK(1)") >= 0)
    view.filters.choose_cohort("=HYPERLINK(1)")
    path = view.export_csv(tmp_path / "t.csv")
    assert "'=HYPERLINK(1)" in path.read_text(encoding="utf-8-sig")


def test_export_to_excel(view, tmp_path):
    from openpyxl import load_workbook

    view.filters.choose(PeriodKind.LAST_MONTH)
    path = view.export_xlsx(tmp_path / "tableau.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == [
        "Figures",
        "Hours by month",
        "Members by generation",
        "Pairs ended, and why",
    ]
    figures = {row[0]: row[1] for row in book["Figures"].iter_rows(values_only=True)}
    assert figures["Hours of sessions"] == 4
    assert figures["Months of pairs that met the commitment (%)"] == 50
    assert list(book["Hours by month"].iter_rows(values_only=True)) == [
        ("Month", "Hours", "Pairs that met the commitment", "Pairs judged"),
        ("May 2026", 4, 1, 2),
    ]
    assert view.last_notice.startswith("The dashboard's tables are saved in")


def test_an_export_that_cannot_be_written_says_so(view, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "mentorat_desktop.gui.dashboard.view.QMessageBox.warning",
        lambda *args: shown.append(args[2]),
    )
    assert view.export_csv(tmp_path / "missing" / "t.csv") is None
    assert shown and "could not be written" in shown[0]
    assert view.last_notice == "Export cancelled: the file could not be written."


def test_print_the_report_writes_the_pdf_off_the_gui_thread(view, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "mentorat_desktop.gui.dashboard.view.DashboardView._offer",
        lambda self, pdf, pages, scratch: opened.append((pdf, pages, pdf.read_bytes()[:5])),
    )
    view.filters.choose_cohort("Printemps")
    job = view.print_report()
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=30000):
        pass
    ((pdf, pages, head),) = opened
    assert head == b"%PDF-"
    assert pages >= 2
    assert pdf.name == "activity-report-2026-01-01-2026-12-31.pdf"
    assert view.last_notice == "The activity report is ready."
    shutil.rmtree(pdf.parent)  # the private scratch folder the dialog would have removed


def test_the_report_can_be_cancelled(view, qtbot):
    job = view.print_report()
    job.progress.cancel()
    with qtbot.waitSignal(job.done, timeout=30000):
        pass
    assert view.last_notice == "Activity report cancelled."
    assert view.print_dialog is None


def test_the_report_is_offered_for_printing_and_saving(view, qtbot, find):
    from mentorat_desktop.gui.printing import PrintOutDialog

    job = view.print_report()
    with qtbot.waitSignal(job.done, timeout=30000):
        pass
    dialog = view.print_dialog
    assert isinstance(dialog, PrintOutDialog)
    assert find(dialog, QPushButton, "Print…").isEnabled()
    assert find(dialog, QPushButton, "Save as PDF…").isEnabled()
    assert dialog.pdf.exists()
    dialog.reject()


def test_every_action_has_a_name(view, find):
    for name in ("Export to CSV…", "Export to Excel…", "Print the report…"):
        assert find(view, QPushButton, name).isEnabled()
    for name in ("Period", "Cohort"):
        find(view, QComboBox, name)
    for name in ("From", "To"):
        find(view, DateField, name)


def test_dashboard_in_french(ctx_fr, qtbot, find):
    build(ctx_fr)
    window = build_main_window(ctx_fr)
    qtbot.addWidget(window)
    texts = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert texts[-2:] == ["Suivi", "Tableau de bord"]
    assert window.dashboard_view.accessibleName() == "Tableau de bord"
    view = DashboardView(ctx_fr.services, ctx_fr.signals, ctx_fr.language, today=TODAY)
    qtbot.addWidget(view)
    figures = {f.accessibleName(): f for f in view.findChildren(Figure)}
    assert "pairs active in the period" not in figures
    assert figures["binômes actifs sur la période"].value.text() == "4"
    assert figures["binômes actifs sur la période"].detail.text() == (
        "dont 4 démarrés, 1 mis en pause, 1 terminé"
    )
    assert [f.value.text() for f in figures.values() if f.value.text().endswith("h 15")] == [
        "9 h 15"
    ]
    chart = find(view, BarChart, view.by_generation.accessibleName())
    assert chart.accessibleName() != "Members by generation"


def test_in_french_the_dashboards_alt_letters_are_not_the_windows(ctx_fr, qtbot):
    """Alt+O opened Données instead of the cohort; Alt+E the Membres menu instead of the
    Excel export. Every Alt letter of the dashboard is its own."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = build_main_window(ctx_fr)
    qtbot.addWidget(window)
    window.show_view("dashboard")

    def letter(text: str) -> str | None:
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        return found.group(1).lower() if found else None

    taken = [letter(a.text()) for a in window.menuBar().actions()]
    taken += [letter(window.tabs.tabText(i)) for i in range(window.tabs.count())]
    dashboard = window.dashboard_view
    own = [letter(w.text()) for w in dashboard.findChildren(QLabel) if "&" in w.text()]
    own += [letter(w.text()) for w in dashboard.findChildren(QAbstractButton) if "&" in w.text()]
    letters = [x for x in taken + own if x is not None]
    assert len(own) >= 7
    assert sorted(letters) == sorted(set(letters)), letters
