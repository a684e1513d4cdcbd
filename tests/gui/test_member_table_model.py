"""The members table model on its own: filtering, sorting and what each cell shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from mentorat_desktop.core.enums import Generation, MemberStatus, Mode, Role
from mentorat_desktop.core.services.members import MemberInput, MemberRecord, MemberService
from mentorat_desktop.core.text import fold
from mentorat_desktop.gui.members.table_model import (
    COL_CITY,
    COL_EMAIL,
    COL_GENERATION,
    COL_NAME,
    COL_OFFERED,
    COL_ROLE,
    COL_STATUS,
    COL_WANTED,
    COLUMN_COUNT,
    MEMBER_ID_ROLE,
    MemberFilter,
    MemberTableModel,
)

ASC = Qt.SortOrder.AscendingOrder
DESC = Qt.SortOrder.DescendingOrder
ALL = MemberFilter(status=None)  # active and archived


def record(
    member_id: int,
    first: str,
    last: str,
    *,
    birth_year: int | None = None,
    email: str | None = None,
    city: str | None = None,
    role: Role = Role.EITHER,
    status: MemberStatus = MemberStatus.ACTIVE,
    offered: tuple[str, ...] = (),
    wanted: tuple[str, ...] = (),
) -> MemberRecord:
    return MemberRecord(
        id=member_id,
        first_name=first,
        last_name=last,
        birth_year=birth_year,
        email=email,
        phone=None,
        city=city,
        organisation=None,
        department=None,
        manager_name=None,
        years_experience=None,
        languages=None,
        role=role,
        availability=None,
        preferred_mode=Mode.ANY,
        capacity=1,
        mentor_training_on=None,
        consent_on=None,
        notes=None,
        status=status,
        skills_offered=offered,
        skills_wanted=wanted,
    )


def in_service_order(records: list[MemberRecord]) -> list[MemberRecord]:
    """As MemberService.list_members hands them to the model: by name, accents ignored."""
    return sorted(records, key=lambda r: (fold(r.last_name), fold(r.first_name), r.id))


RECORDS = in_service_order(
    [
        record(
            1,
            "Émile",
            "Émery",
            birth_year=1990,
            email="emile.emery@exemple.org",
            city="Québec",
            role=Role.MENTOR,
            offered=("Réseaux sociaux", "Vidéo"),
        ),
        record(
            2,
            "Anne",
            "Dupont",
            birth_year=1955,
            email="anne.dupont@exemple.org",
            city="Lyon",
            role=Role.MENTEE,
            offered=("Gestion de projet",),
            wanted=("Réseaux sociaux",),
        ),
        record(
            3,
            "Bruno",
            "Faure",
            birth_year=2001,
            city="Montréal",
            role=Role.EITHER,
            offered=("Excel",),
            wanted=("Vidéo",),
        ),
        record(4, "chloé", "zola", email="chloe@exemple.org", role=Role.MENTOR),
        record(
            5,
            "Denis",
            "Dupont",
            birth_year=1970,
            email="denis@exemple.org",
            city="Paris",
            role=Role.MENTEE,
            status=MemberStatus.ARCHIVED,
            offered=("Comptabilité",),
            wanted=("Excel",),
        ),
    ]
)


@pytest.fixture
def model(qapp) -> MemberTableModel:
    m = MemberTableModel()
    m.set_records(RECORDS)
    return m


def shown_ids(model: MemberTableModel) -> list[int]:
    return [
        model.data(model.index(row, COL_NAME), MEMBER_ID_ROLE) for row in range(model.rowCount())
    ]


def cell(model: MemberTableModel, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


# -- what is shown -----------------------------------------------------------------------------


def test_archived_members_are_hidden_by_default(model):
    assert shown_ids(model) == [2, 1, 3, 4]
    assert model.rowCount() == 4
    assert model.total_count() == 5


def test_counts_headers_and_cells(model):
    assert model.columnCount() == COLUMN_COUNT == 8
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table: no children
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert headers == [
        "Name",
        "Generation",
        "Role",
        "City",
        "E-mail",
        "Skills offered",
        "Skills wanted",
        "Status",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) is None
    # Row 0 is Anne Dupont (sorted by name).
    assert cell(model, 0, COL_NAME) == "Dupont, Anne"
    assert cell(model, 0, COL_GENERATION) == "Baby boomer (1955)"
    assert cell(model, 0, COL_ROLE) == "Mentee"
    assert cell(model, 0, COL_CITY) == "Lyon"
    assert cell(model, 0, COL_EMAIL) == "anne.dupont@exemple.org"
    assert cell(model, 0, COL_OFFERED) == "Gestion de projet"
    assert cell(model, 0, COL_WANTED) == "Réseaux sociaux"
    assert cell(model, 0, COL_STATUS) == "Active"
    # Chloé Zola has no year, no city and no skills.
    row = model.row_of(4)
    assert cell(model, row, COL_GENERATION) == "Unknown"
    assert cell(model, row, COL_CITY) == ""
    assert cell(model, row, COL_OFFERED) == ""
    assert model.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None


def test_several_skills_are_listed_in_one_cell(model):
    assert cell(model, model.row_of(1), COL_OFFERED) == "Réseaux sociaux, Vidéo"


def test_archived_rows_are_in_italics(model):
    model.set_filter(ALL)
    archived = model.data(model.index(model.row_of(5), COL_NAME), Qt.ItemDataRole.FontRole)
    active = model.data(model.index(model.row_of(2), COL_NAME), Qt.ItemDataRole.FontRole)
    assert isinstance(archived, QFont) and archived.italic()
    assert cell(model, model.row_of(5), COL_STATUS) == "Archived"
    assert active is None


def test_member_id_role_and_row_of(model):
    for row in range(model.rowCount()):
        member_id = model.data(model.index(row, COL_CITY), MEMBER_ID_ROLE)
        assert model.row_of(member_id) == row
        assert model.record_at(row).id == member_id
    assert model.row_of(5) is None  # archived, so not shown
    assert model.row_of(999) is None
    model.set_filter(ALL)
    assert model.row_of(5) is not None


def test_set_records_replaces_everything(model):
    model.set_records([record(9, "Zoé", "Nouvelle")])
    assert shown_ids(model) == [9]
    assert model.total_count() == 1
    model.set_records([])
    assert model.rowCount() == 0


# -- search --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("emile", [1]),  # the first name is "Émile"
        ("ÉMERY", [1]),
        ("DuPoNt", [2]),  # Denis Dupont is archived
        ("quebec", [1]),  # city "Québec"
        ("MONTREAL", [3]),
        ("reseaux", [2, 1]),  # offered by Émile, wanted by Anne
        ("video", [1, 3]),
        ("chloe@", [4]),  # e-mail
        ("exemple.org", [2, 1, 4]),
        ("  anne   dupont ", [2]),  # several words: all must match
        ("dupont reseaux", [2]),
        ("dupont excel", []),  # no active Dupont knows Excel
        ("émile lyon", []),
        ("nobody", []),
        ("", [2, 1, 3, 4]),
    ],
)
def test_search_is_accent_and_case_insensitive(model, text, expected):
    model.set_filter(MemberFilter(text=text))
    assert shown_ids(model) == expected


def test_search_also_finds_archived_members_when_they_are_shown(model):
    model.set_filter(MemberFilter(text="dupont excel", status=None))
    assert shown_ids(model) == [5]


def test_search_after_new_records_still_applies(model):
    model.set_filter(MemberFilter(text="zoé"))
    assert shown_ids(model) == []
    model.set_records(in_service_order([*RECORDS, record(9, "Zoe", "Nouvelle")]))
    assert shown_ids(model) == [9]


# -- filters -------------------------------------------------------------------------------


def test_role_filter_keeps_members_open_to_either_role(model):
    model.set_filter(MemberFilter(role=Role.MENTOR))
    assert shown_ids(model) == [1, 3, 4]  # 3 is "either"
    model.set_filter(MemberFilter(role=Role.MENTEE))
    assert shown_ids(model) == [2, 3]
    model.set_filter(MemberFilter(role=Role.MENTEE, status=None))
    assert shown_ids(model) == [2, 5, 3]


@pytest.mark.parametrize(
    ("generation", "expected"),
    [
        (Generation.BABY_BOOMER, [2]),
        (Generation.Y, [1]),
        (Generation.Z, [3]),
        (Generation.X, []),  # Denis (1970) is archived
        (Generation.SILENT, []),
    ],
)
def test_generation_filter(model, generation, expected):
    model.set_filter(MemberFilter(generation=generation))
    assert shown_ids(model) == expected


def test_unknown_birth_year_matches_no_generation(model):
    for generation in Generation:
        model.set_filter(MemberFilter(generation=generation, status=None))
        assert 4 not in shown_ids(model)


def test_status_filter(model):
    model.set_filter(MemberFilter(status=MemberStatus.ARCHIVED))
    assert shown_ids(model) == [5]
    model.set_filter(ALL)
    assert shown_ids(model) == [2, 5, 1, 3, 4]
    model.set_filter(MemberFilter())
    assert shown_ids(model) == [2, 1, 3, 4]


def test_filters_combine(model):
    model.set_filter(MemberFilter(text="dupont", role=Role.MENTEE, status=None))
    assert shown_ids(model) == [2, 5]
    model.set_filter(
        MemberFilter(text="dupont", generation=Generation.X, role=Role.MENTEE, status=None)
    )
    assert shown_ids(model) == [5]
    model.set_filter(MemberFilter(text="dupont", role=Role.MENTOR, status=None))
    assert shown_ids(model) == []


def test_same_filter_again_does_not_reset_the_table(model, qtbot):
    model.set_filter(MemberFilter(text="dupont"))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_filter(MemberFilter(text="dupont"))
    assert resets == []
    assert model.member_filter == MemberFilter(text="dupont")
    model.set_filter(MemberFilter(text="dupon"))
    assert resets == [True]


# -- sorting -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        # "Émery" sorts with E (between Dupont and Faure), "zola" with Z despite its case.
        (COL_NAME, [2, 5, 1, 3, 4]),
        # Youngest first; no year last.
        (COL_GENERATION, [3, 1, 5, 2, 4]),
        (COL_ROLE, [3, 2, 5, 1, 4]),  # either, mentee, mentor; then by name
        (COL_EMAIL, [2, 4, 5, 1, 3]),  # Bruno has no e-mail: last
        (COL_OFFERED, [5, 3, 2, 1, 4]),  # "Comptabilité" before "Excel"; Chloé has none
        (COL_WANTED, [5, 2, 3, 1, 4]),  # Émile and Chloé want nothing: last, by name
        (COL_STATUS, [2, 1, 3, 4, 5]),  # active first
    ],
)
def test_sort_each_column_both_ways(model, column, ascending):
    model.set_filter(ALL)
    model.sort(column, ASC)
    assert shown_ids(model) == ascending
    model.sort(column, DESC)
    assert shown_ids(model) == list(reversed(ascending))


def test_sort_by_city_is_accent_insensitive(model):
    model.set_filter(ALL)
    model.sort(COL_CITY, ASC)
    with_city = [i for i in shown_ids(model) if i != 4]
    assert with_city == [2, 3, 5, 1]  # Lyon, Montréal, Paris, Québec
    model.sort(COL_CITY, DESC)
    assert [i for i in shown_ids(model) if i != 4] == [1, 5, 3, 2]


def test_names_sort_accent_insensitively_among_first_names(qapp):
    m = MemberTableModel()
    m.set_records(
        in_service_order(
            [
                record(1, "Fanny", "Martin"),
                record(2, "Émile", "Martin"),
                record(3, "Denis", "Martin"),
                record(4, "Élodie", "martin"),
                record(5, "Zoé", "Émond"),
            ]
        )
    )
    m.sort(COL_NAME, DESC)
    assert shown_ids(m) == [1, 2, 4, 3, 5]  # Martin Fanny, Émile, Élodie, Denis; Émond
    m.sort(COL_CITY, ASC)
    m.sort(COL_NAME, ASC)
    assert shown_ids(m) == [5, 3, 4, 2, 1]


def test_register_from_the_service_is_in_name_order_accents_aside(qapp, members: MemberService):
    for first, last in [("chloé", "zola"), ("Émile", "Émery"), ("Anne", "Dupont"), ("Zoé", "Eve")]:
        members.add(MemberInput(first_name=first, last_name=last))
    m = MemberTableModel()
    m.set_records(members.list_members())
    names = [cell(m, row, COL_NAME) for row in range(m.rowCount())]
    assert names == ["Dupont, Anne", "Émery, Émile", "Eve, Zoé", "zola, chloé"]


def test_members_without_a_city_sort_last_like_other_empty_cells(model):
    model.set_filter(ALL)
    model.sort(COL_CITY, ASC)
    assert shown_ids(model)[-1] == 4


def test_sorting_keeps_the_filter(model):
    model.set_filter(MemberFilter(text="dupont", status=None))
    model.sort(COL_NAME, DESC)
    assert shown_ids(model) == [5, 2]
    model.sort(COL_STATUS, ASC)
    assert shown_ids(model) == [2, 5]


def test_new_records_keep_the_chosen_sort(model):
    model.sort(COL_GENERATION, ASC)
    model.set_records(in_service_order([*RECORDS, record(9, "Zoé", "Alpha", birth_year=2015)]))
    assert shown_ids(model)[0] == 9  # the youngest
