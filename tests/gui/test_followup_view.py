"""The follow-up view as the coordinator uses it: the grid of hours against the commitment
(signs and words, never colour alone), the pairs to call and why, follow-up notes with a
date to check again, a ready-written e-mail and the printed call sheet."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QUrl, QUrlQuery
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QPushButton, QTreeWidget

from mentorat_desktop.app import build_main_window
from mentorat_desktop.core.enums import EndReason, Role
from mentorat_desktop.core.services.followups import FollowUpInput, FollowUpService
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import PairInput, PairService
from mentorat_desktop.core.services.sessions import SessionInput, SessionService
from mentorat_desktop.gui.followup.entry_dialog import FollowUpDialog
from mentorat_desktop.gui.followup.view import FollowUpView

# The world below is seen from this day: the grid shows January to June 2026.
TODAY = dt.date(2026, 6, 20)
MONTHS = ["Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026"]
D = dt.date


# -- the world ---------------------------------------------------------------------------------


def member(ctx, first: str, last: str, year: int, role: Role, phone=None, email=None) -> int:
    data = MemberInput(
        first_name=first, last_name=last, birth_year=year, role=role, phone=phone, email=email
    )
    return ctx.members.add(data).id


def build(ctx) -> dict[str, int]:
    """Four pairs (3 h a month each) and a proposal, seen on 20 June 2026:

    - Zoé & Anne, from 5 January: Jan 3 h (met), Feb 1 h 30 (below), Mar nothing, paused
      all April, May 3 h (met), 10 June 2 h so far. Not to call.
    - Émile & Bruno, from 1 February: one hour on 15 February, then nothing: silent for
      125 days, nothing last month.
    - Paul & Marc, from 1 March, planned end 1 July: May 3 h, 15 June 1 h: ends soon.
    - Léa & Henri, from 10 January, 2 h in January, ended on 10 February.
    - Yann & Odile: proposed, never started; Yann had the mentor training, so the proposal
      is not to call.
    """
    pairs = PairService(ctx.db)
    sessions = SessionService(ctx.db)
    zoe = member(ctx, "Zoé", "Vidal", 2001, Role.MENTOR, "06 11 22 33 44", "zoe@example.org")
    anne = member(ctx, "Anne", "Dupont", 1955, Role.MENTEE, "04 91 00 00 01", "anne@example.org")
    emile = member(ctx, "Émile", "Émery", 1999, Role.MENTOR, "06 12 34 56 78", "emile@example.org")
    bruno = member(ctx, "Bruno", "Faure", 1952, Role.MENTEE, "04 78 12 34 56")
    paul = member(ctx, "Paul", "Girard", 1998, Role.MENTOR, "07 00 11 22 33", "paul@example.org")
    marc = member(ctx, "Marc", "Leroy", 1948, Role.MENTEE, "05 56 44 33 22", "marc@example.org")
    lea = member(ctx, "Léa", "Roux", 2003, Role.MENTOR)
    henri = member(ctx, "Henri", "Petit", 1950, Role.MENTEE)
    yann = ctx.members.add(
        MemberInput(
            first_name="Yann",
            last_name="Morel",
            birth_year=2002,
            role=Role.MENTOR,
            mentor_training_on=D(2026, 1, 15),
        )
    ).id
    odile = member(ctx, "Odile", "Blanc", 1951, Role.MENTEE)

    ids = {
        "zoe": pairs.create(PairInput(zoe, anne, start_date=D(2026, 1, 5))).id,
        "emile": pairs.create(PairInput(emile, bruno, start_date=D(2026, 2, 1))).id,
        "paul": pairs.create(
            PairInput(paul, marc, start_date=D(2026, 3, 1), planned_end=D(2026, 7, 1))
        ).id,
        "lea": pairs.create(PairInput(lea, henri, start_date=D(2026, 1, 10))).id,
        "yann": pairs.create(PairInput(yann, odile)).id,
    }
    pairs.pause(ids["zoe"], D(2026, 4, 1))
    pairs.resume(ids["zoe"], D(2026, 5, 1))
    for pair, day, minutes in (
        ("zoe", D(2026, 1, 12), 180),
        ("zoe", D(2026, 2, 9), 90),
        ("zoe", D(2026, 5, 4), 120),
        ("zoe", D(2026, 5, 18), 60),
        ("zoe", D(2026, 6, 10), 120),
        ("emile", D(2026, 2, 15), 60),
        ("paul", D(2026, 5, 12), 180),
        ("paul", D(2026, 6, 15), 60),
        ("lea", D(2026, 1, 20), 120),
    ):
        sessions.log(SessionInput(pair_id=ids[pair], held_on=day, duration_minutes=minutes))
    pairs.end(ids["lea"], D(2026, 2, 10), EndReason.NO_LONGER_AVAILABLE)
    return ids


@pytest.fixture
def ids(ctx) -> dict[str, int]:
    return build(ctx)


@pytest.fixture
def view(ctx, ids, qtbot) -> FollowUpView:
    widget = FollowUpView(ctx.services, ctx.signals, ctx.language, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    return widget


def grid_texts(view: FollowUpView, role=Qt.ItemDataRole.DisplayRole) -> list[list[str]]:
    model = view.model
    return [
        [model.index(r, c).data(role) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def to_call(view: FollowUpView) -> list[list[str]]:
    tree = view.to_call
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def select_in_list(view: FollowUpView, pair_name: str) -> None:
    tree = view.to_call
    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).text(0) == pair_name:
            tree.setCurrentItem(tree.topLevelItem(i))
            return
    pytest.fail(f"{pair_name} is not on the list: {to_call(view)}")


# -- the grid ----------------------------------------------------------------------------------


def test_grid_a_row_per_pair_that_ran_with_signs_and_words(view):
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Pair", *MONTHS[:-1], "Jun 2026\n(so far)", "Total"]  # June is today's
    tip = model.headerData(6, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == (
        "This month is not over: its hours are counted up to today and it is judged once it "
        "ends (✔ as soon as the commitment is reached, … until then)."
    )
    assert model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert grid_texts(view) == [
        ["Émile Émery & Bruno Faure", "", "▼ 1 h", "✖ 0 h", "✖ 0 h", "✖ 0 h", "… 0 h", "1 h"],
        ["Paul Girard & Marc Leroy", "", "", "✖ 0 h", "✖ 0 h", "✔ 3 h", "… 1 h", "4 h"],
        ["Léa Roux & Henri Petit", "▼ 2 h", "", "", "", "", "", "2 h"],
        ["Zoé Vidal & Anne Dupont", "✔ 3 h", "▼ 1.5 h", "✖ 0 h", "‖ paused", "✔ 3 h", "… 2 h",
         "9.5 h"],
        ["Total", "5 h\n✔ 50 %", "2.5 h\n✔ 0 %", "0 h\n✔ 0 %", "0 h\n✔ 0 %",
         "6 h\n✔ 67 %", "3 h\n✔ 0 %", "16.5 h"],
    ]  # fmt: skip
    # The totals row in two lines, in full (« 32 h · 6… » was cut), its share told in words.
    total = view.model.rowCount() - 1
    assert view.grid.rowHeight(total) > view.grid.rowHeight(0)
    assert view.model.index(total, 5).data(Qt.ItemDataRole.ToolTipRole) == (
        "6 h in all; 67 % of the pairs met their commitment this month."
    )
    assert view.model.index(total, 6).data(Qt.ItemDataRole.ToolTipRole) == (
        "3 h so far; 0 % of the pairs have already met this month's commitment."
    )
    # June, the month in progress (today is the 20th), is not judged: no ✖ nor ▼ yet.
    # The proposal (Yann & Odile) never ran: no row.


def test_grid_rows_know_their_pair(view, ids):
    assert [view.model.pair_id_at(r) for r in range(5)] == [
        ids["emile"],
        ids["paul"],
        ids["lea"],
        ids["zoe"],
        None,  # the totals row
    ]


def test_every_coloured_cell_also_says_it_in_words(view):
    """The colour is never alone: each coloured cell's text starts with its sign, and its
    tooltip says the hours against the commitment in words."""
    model = view.model
    coloured = 0
    for r in range(model.rowCount() - 1):
        for c in range(1, model.columnCount() - 1):
            index = model.index(r, c)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if background is None and text.startswith("…"):  # in progress: not judged
                assert "so far" in index.data(Qt.ItemDataRole.ToolTipRole)
                continue
            if background is None:
                assert text == ""
                assert index.data(Qt.ItemDataRole.ToolTipRole) == "not running this month"
                continue
            coloured += 1
            assert text[0] in "✔▼✖‖", text
    assert coloured == 13  # Émile 4, Paul 3, Léa 1, Zoé 5; June is in progress
    tips = grid_texts(view, Qt.ItemDataRole.ToolTipRole)
    assert tips[3][1:5] == [
        "3 h of 3 h: commitment met",
        "1.5 h of 3 h: below the commitment",
        "0 h of 3 h: no session",
        "paused this month",
    ]
    assert view.legend.text() == (
        "✔ commitment met   ▼ below it   ✖ no session   ‖ paused   … month not over, not judged yet"
    )


def test_grid_can_show_twelve_months_up_to_another_month(view, find):
    view.months.setCurrentIndex(view.months.findData(12))
    assert view.model.columnCount() == 14
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Jul 2025"
    view.until.setDate(QDate(2026, 2, 1))
    assert view.model.headerData(12, Qt.Orientation.Horizontal) == "Feb 2026"
    assert [row[0] for row in grid_texts(view)] == [
        "Émile Émery & Bruno Faure",
        "Léa Roux & Henri Petit",
        "Zoé Vidal & Anne Dupont",
        "Total",
    ]  # Paul and Marc had not started by February


# -- the pairs to call -------------------------------------------------------------------------


def test_to_follow_up_lists_the_silent_pair_first_with_its_reasons(view, find):
    assert find(view, QTreeWidget, "Pairs to follow up") is view.to_call
    assert view.to_call_title.text() == "To follow up: 2 pairs"
    assert to_call(view) == [
        [
            "Émile Émery & Bruno Faure",
            "No session for 125 days.\nLast month: 0 h of the 3 h agreed.",
            "2026-02-15",
        ],
        [
            "Paul Girard & Marc Leroy",
            "Planned end on 2026-07-01: prepare the closing conversation.",
            "2026-06-15",
        ],
    ]


def test_a_pair_with_two_reasons_has_a_row_tall_enough_for_both(view):
    view.resize(1200, 700)
    view.show()
    tree = view.to_call
    line = tree.fontMetrics().lineSpacing()
    two = tree.visualItemRect(tree.topLevelItem(0)).height()  # silent, and below last month
    one = tree.visualItemRect(tree.topLevelItem(1)).height()
    assert two >= 2 * line
    assert one >= line


def test_each_reason_is_read_in_full_in_a_narrow_list(view, qtbot):
    """The list narrow (the splitter pulled left): every reason wraps and its row grows to
    hold it; no text is cut and no row runs into the next."""
    from PySide6.QtCore import QRect

    tree = view.to_call
    view.resize(640, 700)
    qtbot.wait(20)
    assert tree.columnWidth(1) < 300
    metrics = tree.fontMetrics()
    bottom = None
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        rect = tree.visualItemRect(item)
        needed = metrics.boundingRect(
            QRect(0, 0, tree.columnWidth(1) - 8, 100_000),
            int(Qt.TextFlag.TextWordWrap),
            item.text(1),
        ).height()
        assert rect.height() >= needed, (item.text(1), rect.height(), needed)
        if bottom is not None:
            assert rect.top() >= bottom  # no overlap
        bottom = rect.bottom()
    first = tree.visualItemRect(tree.topLevelItem(0)).height()
    assert first >= 3 * metrics.lineSpacing()  # two reasons, one at least on two lines


def test_selecting_a_pair_shows_its_notes(ctx, view, ids, find):
    FollowUpService(ctx.db).add(
        FollowUpInput(
            pair_id=ids["emile"],
            held_on=D(2026, 6, 1),
            satisfaction=2,
            comment="Bruno n'a plus de nouvelles d'Émile.",
            action="Appeler Émile",
            recheck_on=D(2026, 6, 15),
        )
    )
    notes = find(view, QListWidget, "Follow-up notes of the pair")
    assert notes.count() == 0
    select_in_list(view, "Émile Émery & Bruno Faure")
    assert [notes.item(i).text() for i in range(notes.count())] == [
        "2026-06-01 · satisfaction 2/5\nBruno n'a plus de nouvelles d'Émile.\n"
        "Action: Appeler Émile\nCheck again on 2026-06-15"
    ]
    # The recheck date (15 June) has come: it is one more reason to call.
    assert to_call(view)[0][1].splitlines()[1] == "To check again since 2026-06-15."
    view.grid.selectRow(3)  # Zoé & Anne, from the grid: no notes
    assert notes.count() == 0


def test_note_button_needs_a_pair(view, find):
    button = find(view, QPushButton, "Add a follow-up note")
    assert not button.isEnabled()
    assert view.add_note() is None
    view.grid.selectRow(0)
    assert button.isEnabled()


@pytest.fixture
def today_view(ctx, qtbot) -> tuple[FollowUpView, int]:
    """A pair seen from the real today (the note dialog dates notes today): it started ten
    days ago and met two days ago, so nothing calls for a follow-up."""
    pairs = PairService(ctx.db)
    real_today = dt.date.today()
    pair = pairs.create(
        PairInput(
            member(ctx, "Zoé", "Vidal", 2001, Role.MENTOR, email="zoe@example.org"),
            member(ctx, "Anne", "Dupont", 1955, Role.MENTEE, email="anne@example.org"),
            start_date=real_today - dt.timedelta(days=10),
        )
    )
    SessionService(ctx.db).log(
        SessionInput(
            pair_id=pair.id, held_on=real_today - dt.timedelta(days=2), duration_minutes=60
        )
    )
    widget = FollowUpView(ctx.services, ctx.signals, ctx.language)
    qtbot.addWidget(widget)
    widget.show()
    return widget, pair.id


def test_a_note_to_check_again_today_puts_the_pair_back_on_the_list(ctx, today_view, find, qtbot):
    view, pair_id = today_view
    assert to_call(view) == []
    assert view.to_call_title.text() == "To follow up: 0 pairs"
    view.grid.selectRow(0)
    dialog = view.add_note()
    assert isinstance(dialog, FollowUpDialog)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Follow-up of Zoé Vidal & Anne Dupont"
    assert dialog.date.date() == QDate.currentDate()
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(4))
    dialog.comment.setPlainText("Anne aimerait se voir plus souvent.")
    dialog.action.setText("Proposer un créneau fixe")
    dialog.recheck.check.setChecked(True)
    dialog.recheck.date.setDate(QDate.currentDate())
    dialog.accept()
    assert not dialog.isVisible()
    assert view.notice.text() == "Follow-up note of Zoé Vidal & Anne Dupont saved."

    (entry,) = FollowUpService(ctx.db).list_entries(pair_id)
    assert entry.recheck_on == dt.date.today()
    today_text = dt.date.today().isoformat()
    met_on = (dt.date.today() - dt.timedelta(days=2)).isoformat()
    assert to_call(view) == [
        ["Zoé Vidal & Anne Dupont", f"To check again since {today_text}.", met_on]
    ]
    assert view.notes.item(0).text() == (
        f"{today_text} · satisfaction 4/5\nAnne aimerait se voir plus souvent.\n"
        f"Action: Proposer un créneau fixe\nCheck again on {today_text}"
    )


def test_a_recheck_before_the_note_is_refused(ctx, today_view, qtbot):
    view, pair_id = today_view
    view.grid.selectRow(0)
    dialog = view.add_note()
    qtbot.addWidget(dialog)
    dialog.recheck.check.setChecked(True)
    dialog.recheck.date.setDate(QDate.currentDate().addDays(-3))
    dialog.accept()
    assert dialog.isVisible()
    assert FollowUpService(ctx.db).list_entries(pair_id) == []
    errors = [label.text() for label in dialog.findChildren(QLabel) if label.text().startswith("⚠")]
    assert errors == ["⚠ The date to check again comes before this follow-up."]


# -- e-mail and call sheet ---------------------------------------------------------------------


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True)
    )
    return urls


def test_email_url_has_both_addresses_a_subject_and_a_body(ctx, view, opened, find, qtbot):
    ctx.settings.update(association_name="Générations & Co")
    item = next(i for i in view.items if i.mentor_name == "Paul Girard")
    url = view.email_url(item)
    assert url.scheme() == "mailto"
    assert url.path() == "paul@example.org,marc@example.org"
    query = QUrlQuery(url)
    assert query.queryItemValue("subject", QUrl.ComponentFormattingOption.FullyDecoded) == (
        "How is your pair going? — Générations & Co"
    )
    body = query.queryItemValue("body", QUrl.ComponentFormattingOption.FullyDecoded)
    assert body.startswith("Hello Paul and Marc,\n\n")

    button = find(view, QPushButton, "Write an e-mail")
    select_in_list(view, "Paul Girard & Marc Leroy")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [u.toString() for u in opened] == [url.toString()]


def test_email_to_a_pair_with_one_address(view, opened):
    item = next(i for i in view.items if i.mentor_name == "Émile Émery")  # Bruno has none
    url = view.email_url(item)
    assert url.path() == "emile@example.org"
    select_in_list(view, "Émile Émery & Bruno Faure")
    view.write_email()
    assert len(opened) == 1


def test_print_call_sheet_writes_the_pairs_to_call(view, opened, tmp_path: Path, monkeypatch):
    target = tmp_path / "appels"  # the user left out ".pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    view.print_call_sheet().save_as()  # drawn, then saved from the window that offers to print
    pdf = target.with_suffix(".pdf")
    assert pdf.exists()
    assert [u.toLocalFile() for u in opened] == [str(pdf)]
    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = re.sub(r"\s+", " ", text)
    for expected in (
        "Pairs to call",
        "Émile Émery",
        "Bruno Faure",
        "Paul Girard",
        "Marc Leroy",
        "No session for 125 days.",
        "Are you still meeting?",
    ):
        assert expected in flat, expected
    digits = re.sub(r"\D", "", text)
    for phone in ("0612345678", "0478123456", "0700112233", "0556443322"):
        assert phone in digits, phone
    assert "Zoé Vidal" not in flat  # not to call
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape


def test_print_call_sheet_cancelled_writes_nothing(view, opened, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    view.print_call_sheet().save_as()
    assert opened == []
    assert not list(tmp_path.glob("*.pdf"))


# -- French ------------------------------------------------------------------------------------


def test_follow_up_in_french(ctx_fr, qtbot, find):
    build(ctx_fr)
    window = build_main_window(ctx_fr)
    qtbot.addWidget(window)
    texts = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert "Suivi" in texts
    assert "Tableau de bord" in texts
    view = FollowUpView(ctx_fr.services, ctx_fr.signals, ctx_fr.language, today=TODAY)
    qtbot.addWidget(view)
    assert view.to_call_title.text() == "À suivre : 2 binômes"
    first = to_call(view)[0]
    assert first[0] == "Émile Émery & Bruno Faure"
    assert first[2] == "15/02/2026"
    assert "125 jours" in first[1]
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Binôme"
    assert view.model.headerData(6, Qt.Orientation.Horizontal) == "juin 2026\n(en cours)"
    assert view.grid.columnWidth(6) >= view.grid.horizontalHeader().sectionSizeHint(6)
    zoe = grid_texts(view)[3]
    assert zoe[2] == "▼ 1 h 30"
    assert zoe[4].startswith("‖ ") and zoe[4] != "‖ paused"
    assert view.notes_title.text() != "Notes on the selected pair"


def test_follow_up_fits_a_small_screen_in_french(ctx_fr, qtbot):
    window = build_main_window(ctx_fr)
    qtbot.addWidget(window)
    assert window.followup_view.minimumSizeHint().width() <= 800
    window.resize(800, 600)
    assert window.width() == 800


# -- called / handled --------------------------------------------------------------------------


def test_mark_as_called_takes_the_pair_off_until_a_session(ctx, view, ids, find, qtbot):
    from mentorat_desktop.gui.followup.entry_dialog import MarkHandledDialog

    button = find(view, QPushButton, "Mark as called")
    assert not button.isEnabled()
    assert view.mark_called() is None
    select_in_list(view, "Émile Émery & Bruno Faure")
    assert button.isEnabled()
    dialog = view.mark_called()
    assert isinstance(dialog, MarkHandledDialog)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Mark Émile Émery & Bruno Faure as called"
    assert dialog.date.date() == QDate(2026, 6, 20)  # the view's today
    dialog.date.setDate(QDate(2026, 6, 18))
    dialog.note.setPlainText("Répondeur ; Bruno rappellera lundi.")
    dialog.accept()
    assert not dialog.isVisible()

    assert [row[0] for row in to_call(view)] == ["Paul Girard & Marc Leroy"]
    assert view.to_call_title.text() == "To follow up: 1 pair"
    notice = find(view, QLabel, "Notice")
    assert notice.text() == "Émile Émery & Bruno Faure: marked as called on 2026-06-18."
    assert view.notes.item(0).text() == (
        "Called on 2026-06-18 — Répondeur ; Bruno rappellera lundi."
    )
    (entry,) = FollowUpService(ctx.db).list_entries(ids["emile"])
    assert entry.handled and entry.handled_reasons == ("silent:2026-02-15", "below:2026-05")

    # A session after the call: the pair comes back for what still holds (May below).
    SessionService(ctx.db).log(
        SessionInput(pair_id=ids["emile"], held_on=D(2026, 6, 19), duration_minutes=30)
    )
    assert to_call(view)[0][:2] == [
        "Émile Émery & Bruno Faure",
        "Last month: 0 h of the 3 h agreed.",
    ]


def test_mark_as_called_in_the_future_is_refused(ctx, view, ids, qtbot):
    select_in_list(view, "Paul Girard & Marc Leroy")
    dialog = view.mark_called()
    qtbot.addWidget(dialog)
    dialog.date.setMaximumDate(QDate(2026, 12, 31))
    dialog.date.setDate(QDate(2026, 6, 21))
    dialog.accept()
    assert dialog.record is None
    assert FollowUpService(ctx.db).list_entries(ids["paul"]) == []
    assert len(to_call(view)) == 2
