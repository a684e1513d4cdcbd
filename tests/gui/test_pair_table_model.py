"""The pairs table model on its own: what each cell shows, the filters and the sorting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from mentorat_desktop.core.enums import Direction, Mode, ObjectiveStatus, PairStatus, Role
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.core.services.pairs import (
    ObjectiveInput,
    ObjectiveRecord,
    PairInput,
    PairRecord,
    PairService,
)
from mentorat_desktop.gui.pairs.table_model import (
    COL_COHORT,
    COL_END,
    COL_HOURS,
    COL_MENTEE,
    COL_MENTOR,
    COL_OBJECTIVES,
    COL_START,
    COL_STATUS,
    COLUMN_COUNT,
    PAIR_ID_ROLE,
    PairFilter,
    PairTableModel,
)

ASC = Qt.SortOrder.AscendingOrder
DESC = Qt.SortOrder.DescendingOrder
ALL = PairFilter(include_ended=True)
QUEBEC = (1, "Québec 2025")
LYON = (2, "Ateliers Lyon")


def record(
    pair_id: int,
    mentor: str,
    mentee: str,
    *,
    status: PairStatus = PairStatus.ACTIVE,
    cohort: tuple[int, str] | None = None,
    start: dt.date | None = None,
    planned_end: dt.date | None = None,
    hours: float = 3.0,
    objectives: int = 0,
) -> PairRecord:
    return PairRecord(
        id=pair_id,
        mentor_id=100 + pair_id,
        mentee_id=200 + pair_id,
        mentor_name=mentor,
        mentee_name=mentee,
        mentor_birth_year=None,
        mentee_birth_year=None,
        cohort_id=cohort[0] if cohort else None,
        cohort_name=cohort[1] if cohort else None,
        status=status,
        start_date=start,
        planned_end=planned_end,
        charter_signed_on=start,
        ended_on=None,
        end_reason=None,
        monthly_commitment_hours=hours,
        place=None,
        mode=Mode.ANY,
        frequency=None,
        match_score=None,
        match_reasons=None,
        capacity_override_reason=None,
        outcome=None,
        mentor_learned=None,
        mentee_learned=None,
        closing_comment=None,
        charter_version=1,
        charter_changed_at=None,
        objectives=tuple(
            ObjectiveRecord(
                pair_id * 10 + n,
                pair_id,
                f"Objectif {n}",
                None,
                None,
                ObjectiveStatus.OPEN,
                Direction.MENTOR_TO_MENTEE,
            )
            for n in range(objectives)
        ),
        history=(),
    )


# First and last names sort the same way, so the tests hold whichever one the table uses.
RECORDS = [
    record(
        1,
        "Émile Émery",
        "Anne Dupont",
        cohort=QUEBEC,
        start=dt.date(2025, 1, 15),
        planned_end=dt.date(2025, 10, 15),
        hours=3.0,
        objectives=2,
    ),
    record(2, "Zoé Vidal", "Bruno Faure", status=PairStatus.PROPOSED, hours=1.5),
    record(
        3,
        "Chloé Bernard",
        "Gérard Lefèvre",
        status=PairStatus.PAUSED,
        cohort=QUEBEC,
        start=dt.date(2024, 9, 1),
        planned_end=dt.date(2026, 1, 31),
        hours=4.0,
        objectives=1,
    ),
    record(
        4,
        "Léa Roux",
        "Hélène Petit",
        status=PairStatus.ENDED,
        cohort=LYON,
        start=dt.date(2024, 3, 1),
        planned_end=dt.date(2024, 12, 1),
        hours=2.0,
        objectives=3,
    ),
]


@pytest.fixture
def model(qapp) -> PairTableModel:
    model = PairTableModel("en")
    model.set_records(RECORDS)
    return model


def mentors(model: PairTableModel) -> list[str]:
    return [model.index(row, COL_MENTOR).data() for row in range(model.rowCount())]


def row_texts(model: PairTableModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


# -- what the table shows -----------------------------------------------------------------------


def test_headers(model):
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(model.columnCount())] == [
        "Mentor",
        "Mentee",
        "Status",
        "Cohort",
        "Start",
        "Planned end",
        "Per month",
        "Objectives",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_cells_of_a_pair(model):
    row = model.row_of(1)
    assert row_texts(model, row) == [
        "Émile Émery",
        "Anne Dupont",
        "Active",
        "Québec 2025",
        "2025-01-15",
        "2025-10-15",
        "3 h",
        "2",
    ]
    assert model.index(row, COL_MENTOR).data(PAIR_ID_ROLE) == 1
    assert model.index(row, COL_MENTEE).data(PAIR_ID_ROLE) == 1
    assert model.index(row, COL_MENTOR).data(Qt.ItemDataRole.ToolTipRole) == "Émile Émery"
    assert model.index(row, COL_MENTOR).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.data(QModelIndex()) is None


def test_a_proposal_has_empty_cells_where_nothing_is_known(model):
    assert row_texts(model, model.row_of(2)) == [
        "Zoé Vidal",
        "Bruno Faure",
        "Proposed",
        "",
        "",
        "",
        "1.5 h",
        "0",
    ]


def test_french_dates_and_hours(qapp):
    model = PairTableModel("fr_FR")
    model.set_records(RECORDS)
    row = model.row_of(2)
    assert model.index(row, COL_HOURS).data() == "1 h 30"
    row = model.row_of(1)
    assert model.index(row, COL_START).data() == "15/01/2025"
    assert model.index(row, COL_END).data() == "15/10/2025"
    assert model.index(row, COL_HOURS).data() == "3 h"


def test_counts_and_lookups(model):
    assert model.columnCount() == COLUMN_COUNT == 8
    assert model.rowCount() == 3  # the ended pair is hidden
    assert model.total_count() == 4
    assert model.row_of(4) is None
    assert model.row_of(999) is None
    assert model.record_at(model.row_of(3)).mentee_name == "Gérard Lefèvre"
    valid = model.index(0, 0)
    assert model.rowCount(valid) == 0 and model.columnCount(valid) == 0


# -- filters ----------------------------------------------------------------------------------


def test_by_default_ended_pairs_are_hidden(model):
    assert mentors(model) == ["Chloé Bernard", "Émile Émery", "Zoé Vidal"]


def test_all_ended_included(model):
    model.set_filter(ALL)
    assert mentors(model) == ["Chloé Bernard", "Émile Émery", "Léa Roux", "Zoé Vidal"]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (PairStatus.PROPOSED, ["Zoé Vidal"]),
        (PairStatus.ACTIVE, ["Émile Émery"]),
        (PairStatus.PAUSED, ["Chloé Bernard"]),
        (PairStatus.ENDED, ["Léa Roux"]),  # asking for the ended ones shows them
    ],
)
def test_one_status(model, status, expected):
    model.set_filter(PairFilter(status=status))
    assert mentors(model) == expected


def test_by_cohort(model):
    model.set_filter(PairFilter(cohort_id=QUEBEC[0]))
    assert mentors(model) == ["Chloé Bernard", "Émile Émery"]
    model.set_filter(PairFilter(cohort_id=LYON[0]))
    assert mentors(model) == []  # its only pair has ended
    model.set_filter(PairFilter(cohort_id=LYON[0], include_ended=True))
    assert mentors(model) == ["Léa Roux"]
    model.set_filter(PairFilter(cohort_id=QUEBEC[0], status=PairStatus.PAUSED))
    assert mentors(model) == ["Chloé Bernard"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("emile", ["Émile Émery"]),  # accents ignored in the names...
        ("EMERY", ["Émile Émery"]),
        ("lefevre", ["Chloé Bernard"]),  # ...of the mentee too
        ("Gérard", ["Chloé Bernard"]),
        ("quebec", ["Chloé Bernard", "Émile Émery"]),  # ...and of the cohort
        ("québec 2025", ["Chloé Bernard", "Émile Émery"]),
        ("anne emile", ["Émile Émery"]),  # every word, anywhere in the row
        ("anne zoe", []),
        ("  ", ["Chloé Bernard", "Émile Émery", "Zoé Vidal"]),
        ("helene", []),  # an ended pair stays hidden
    ],
)
def test_by_text(model, text, expected):
    model.set_filter(PairFilter(text=text))
    assert mentors(model) == expected


def test_text_search_reaches_ended_pairs_when_asked(model):
    model.set_filter(PairFilter(text="hélène ateliers", include_ended=True))
    assert mentors(model) == ["Léa Roux"]


def test_filter_and_sort_survive_new_records(model):
    model.sort(COL_MENTOR, DESC)
    model.set_filter(PairFilter(text="quebec"))
    model.set_records([*RECORDS, record(5, "Yann Zeller", "Irène Jacob", cohort=QUEBEC)])
    assert mentors(model) == ["Yann Zeller", "Émile Émery", "Chloé Bernard"]
    assert model.total_count() == 5


def test_changing_the_filter_resets_the_model(model, qtbot):
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_filter(PairFilter(text="zoé"))
    assert model.rowCount() == 1


# -- sorting ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        (COL_MENTOR, ["Chloé Bernard", "Émile Émery", "Léa Roux", "Zoé Vidal"]),
        (COL_MENTEE, ["Émile Émery", "Zoé Vidal", "Chloé Bernard", "Léa Roux"]),
        # the life of a pair, not the alphabet: proposed, active, paused, ended
        (COL_STATUS, ["Zoé Vidal", "Émile Émery", "Chloé Bernard", "Léa Roux"]),
        # pairs without a cohort last; a tie is broken by the names
        (COL_COHORT, ["Léa Roux", "Chloé Bernard", "Émile Émery", "Zoé Vidal"]),
        (COL_START, ["Léa Roux", "Chloé Bernard", "Émile Émery", "Zoé Vidal"]),
        (COL_END, ["Léa Roux", "Émile Émery", "Chloé Bernard", "Zoé Vidal"]),
        (COL_HOURS, ["Zoé Vidal", "Léa Roux", "Émile Émery", "Chloé Bernard"]),
        (COL_OBJECTIVES, ["Zoé Vidal", "Chloé Bernard", "Émile Émery", "Léa Roux"]),
    ],
)
def test_sort_by_each_column(model, column, expected):
    model.set_filter(ALL)
    model.sort(column, ASC)
    assert mentors(model) == expected
    model.sort(column, DESC)
    assert mentors(model) == list(reversed(expected))


def test_sort_ignores_accents_and_case(qapp):
    model = PairTableModel("en")
    model.set_records(
        [
            record(1, "zoé Vidal", "A B"),
            record(2, "Édith Bonnet", "A B"),
            record(3, "Eric Caron", "A B"),
            record(4, "david Arnaud", "A B"),
        ]
    )
    model.sort(COL_MENTOR, ASC)
    assert mentors(model) == ["david Arnaud", "Édith Bonnet", "Eric Caron", "zoé Vidal"]


# -- records from the real service -------------------------------------------------------------


def test_records_from_the_service(ctx):
    def add(first: str, last: str, year: int, role: Role, capacity: int = 1) -> int:
        data = MemberInput(
            first_name=first, last_name=last, birth_year=year, role=role, capacity=capacity
        )
        return ctx.members.add(data).id

    # Émile and Bruno take two pairs: each is in two that were open at once.
    emile = add("Émile", "Émery", 1998, Role.MENTOR, capacity=2)
    zoe = add("Zoé", "Vidal", 2001, Role.MENTOR)
    anne = add("Anne", "Dupont", 1955, Role.MENTEE)
    bruno = add("Bruno", "Faure", 1970, Role.MENTEE, capacity=2)
    cohort = CohortService(ctx.db).create("Québec 2025")
    pairs = PairService(ctx.db)
    today = dt.date.today()
    active = pairs.create(
        PairInput(emile, anne, cohort_id=cohort.id, start_date=today, monthly_commitment_hours=2.5)
    )
    pairs.add_objective(active.id, ObjectiveInput("Tenir une visio en famille"))
    proposed = pairs.create(PairInput(zoe, bruno))
    ended = pairs.create(PairInput(emile, bruno))
    pairs.end(ended.id, today, reason="mismatch")

    model = PairTableModel("en")
    model.set_records(pairs.list_pairs())
    assert model.total_count() == 3
    assert mentors(model) == ["Émile Émery", "Zoé Vidal"]
    assert row_texts(model, model.row_of(active.id)) == [
        "Émile Émery",
        "Anne Dupont",
        "Active",
        "Québec 2025",
        today.isoformat(),
        "",
        "2.5 h",
        "1",
    ]
    assert row_texts(model, model.row_of(proposed.id))[2:] == ["Proposed", "", "", "", "3 h", "0"]
    model.set_filter(PairFilter(text="quebec"))
    assert mentors(model) == ["Émile Émery"]
    model.set_filter(PairFilter(status=PairStatus.ENDED))
    assert row_texts(model, 0)[:3] == ["Émile Émery", "Bruno Faure", "Ended"]
