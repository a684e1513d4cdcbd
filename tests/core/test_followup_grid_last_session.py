"""The grid's rows at the edges of its window, on SQLite and on the server: each pair's last
session (never met, met only before the window, on the first or last day of a month, after
today but inside the window, after the window), the hours of each month, paused, ended and
same-day changes, a pair without history, a history older than 1970, and local groups.

Each grid is also compared with the pair-by-pair judgement (``_judge``, its pairs and last
sessions read by the one query ``_GRID_SQL``), which shares none of the grid's queries."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import PairStatus, Role
from mentorat_desktop.core.followup import (
    _GRID_PLAIN_HISTORY_SQL,
    CellState,
    _grid_changes,
    _judge,
    _numbers,
    add_months,
    compute_grid,
    tally_commitment,
)

D = dt.date
TODAY = D(2025, 4, 15)
ACTIVE, PAUSED, ENDED = PairStatus.ACTIVE, PairStatus.PAUSED, PairStatus.ENDED


class _Register:
    """Pairs with their histories and sessions, written through the models."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.count = 0

    def group(self, name: str) -> int:
        from mentorat_desktop.core.models import LocalGroup

        with self.db.transaction() as session:
            group = LocalGroup(name=name)
            session.add(group)
            session.flush()
            return group.id

    def pair(
        self,
        history: list[tuple[PairStatus, dt.date]],
        *sessions: tuple[dt.date, int],
        group: int | None = None,
        start: dt.date | None = None,
        ended: dt.date | None = None,
    ) -> int:
        """A pair with ``history`` (in the order recorded; none: active from ``start`` to
        ``ended``) and its ``sessions`` (day, minutes)."""
        from mentorat_desktop.core.models import (
            Member,
            MentoringSession,
            Pair,
            PairStatusChange,
        )

        self.count += 1
        n = self.count
        status = history[-1][0] if history else (ENDED if ended else ACTIVE)
        with self.db.transaction() as session:
            mentor = Member(first_name="Mentor", last_name=f"M{n:02d}", role=Role.MENTOR)
            mentee = Member(first_name="Mentee", last_name=f"E{n:02d}", role=Role.MENTEE)
            session.add_all([mentor, mentee])
            session.flush()
            pair = Pair(
                mentor_id=mentor.id,
                mentee_id=mentee.id,
                status=status,
                start_date=start or (history[0][1] if history else None),
                ended_on=ended or (history[-1][1] if status is ENDED else None),
                monthly_commitment_hours=3.0,
                group_id=group,
            )
            pair.history = [PairStatusChange(status=s, effective_on=d) for s, d in history]
            session.add(pair)
            session.flush()
            session.add_all(
                MentoringSession(pair_id=pair.id, held_on=day, duration_minutes=minutes)
                for day, minutes in sessions
            )
            return pair.id


@pytest.fixture
def register(db: Database) -> dict[str, int]:
    """The pairs of the module's docstring, by what each stands for."""
    r = _Register(db)
    north, south = r.group("North"), r.group("South")
    return {
        "never met": r.pair([(ACTIVE, D(2024, 10, 1))], group=north),
        "met before the window": r.pair(
            [(ACTIVE, D(2024, 6, 1))], (D(2024, 8, 10), 60), (D(2024, 12, 31), 90)
        ),
        "month edges": r.pair(
            [(ACTIVE, D(2024, 12, 1))],
            (D(2025, 1, 1), 60),
            (D(2025, 1, 31), 60),
            (D(2025, 2, 1), 30),
            (D(2025, 3, 31), 45),
            (D(2025, 4, 30), 60),  # after today, on the window's last day
            (D(2025, 5, 1), 120),  # after the window
        ),
        "paused": r.pair(
            [(ACTIVE, D(2024, 11, 1)), (PAUSED, D(2025, 2, 10)), (ACTIVE, D(2025, 3, 20))],
            (D(2025, 1, 15), 180),
            (D(2025, 3, 25), 60),
            group=south,
        ),
        "ended in the window": r.pair(
            [(ACTIVE, D(2024, 9, 1)), (ENDED, D(2025, 2, 14))],
            (D(2024, 12, 20), 60),
            (D(2025, 2, 13), 60),
        ),
        "ended before the window": r.pair(
            [(ACTIVE, D(2024, 3, 1)), (ENDED, D(2024, 12, 15))], (D(2024, 12, 1), 60)
        ),
        "same-day changes": r.pair(
            [
                (ACTIVE, D(2024, 10, 1)),
                (PAUSED, D(2025, 2, 1)),
                (ACTIVE, D(2025, 2, 1)),
                (PAUSED, D(2025, 2, 1)),  # recorded last: paused from 1 February
            ],
            (D(2025, 1, 5), 200),
        ),
        "no history": r.pair([], (D(2025, 3, 3), 60), start=D(2024, 12, 20)),
        "met after today only": r.pair([(ACTIVE, D(2025, 4, 1))], (D(2025, 4, 20), 60)),
        "proposed": r.pair([(PairStatus.PROPOSED, D(2025, 1, 1))], (D(2025, 1, 2), 60)),
        "since 1969": r.pair([(ACTIVE, D(1969, 12, 31))], (D(2025, 2, 2), 240), group=north),
    }


def _pair_by_pair(
    db: Database, end: dt.date, count: int, today: dt.date, group: int | None
) -> tuple[list[Any], list[float], list[float | None]]:
    first = add_months(end.replace(day=1), -(count - 1))
    _months, judged = _judge(db, first, count, today=today, group_id=group)
    rows = [
        (
            j.pair.id,
            j.pair.mentor_name,
            j.pair.mentee_name,
            j.pair.commitment,
            j.cells,
            sum(j.minutes) / 60,
            j.pair.last_session,
        )
        for j in judged
    ]
    totals = [sum(j.minutes[k] for j in judged) / 60 for k in range(count)]
    shares = [tally_commitment(j.cells[k] for j in judged).share for k in range(count)]
    return rows, totals, shares


@pytest.mark.parametrize(
    ("end", "count", "today"),
    [
        (D(2025, 4, 1), 4, TODAY),  # the month in progress, sessions after today
        (D(2025, 3, 1), 3, TODAY),  # months over only
        (D(2025, 4, 1), 12, TODAY),
        (D(2025, 1, 1), 1, TODAY),
        (D(2025, 6, 1), 2, D(2025, 8, 1)),  # after everything
    ],
)
def test_the_grid_is_the_pair_by_pair_judgement(
    db: Database, register: dict[str, int], end: dt.date, count: int, today: dt.date
) -> None:
    groups = [None, *(g for (g,) in db.query("SELECT id FROM local_group ORDER BY id"))]
    for group in groups:
        grid = compute_grid(db, end, count, today=today, group_id=group)
        rows = [
            (
                r.pair_id,
                r.mentor_name,
                r.mentee_name,
                r.commitment,
                r.cells,
                r.total_hours,
                r.last_session,
            )
            for r in grid.rows
        ]
        assert (rows, grid.month_totals, grid.month_met_share) == _pair_by_pair(
            db, end, count, today, group
        )


def test_last_sessions_at_the_edges_of_the_window(db: Database, register: dict[str, int]) -> None:
    grid = compute_grid(db, D(2025, 4, 1), 4, today=TODAY)
    last = {r.pair_id: r.last_session for r in grid.rows}
    assert {name: last.get(pair_id, "not shown") for name, pair_id in register.items()} == {
        "never met": None,
        "met before the window": D(2024, 12, 31),
        "month edges": D(2025, 4, 30),  # not 1 May, after the window
        "paused": D(2025, 3, 25),
        "ended in the window": D(2025, 2, 13),
        "ended before the window": "not shown",
        "same-day changes": D(2025, 1, 5),
        "no history": D(2025, 3, 3),
        "met after today only": D(2025, 4, 20),
        "proposed": "not shown",
        "since 1969": D(2025, 2, 2),
    }
    # Three months, the last one March: its last day's session is the last one.
    shorter = compute_grid(db, D(2025, 3, 1), 3, today=TODAY)
    edges = next(r for r in shorter.rows if r.pair_id == register["month edges"])
    assert edges.last_session == D(2025, 3, 31)
    assert register["met after today only"] not in [r.pair_id for r in shorter.rows]


def test_cells_at_the_edges_of_the_window(db: Database, register: dict[str, int]) -> None:
    grid = compute_grid(db, D(2025, 4, 1), 4, today=TODAY)
    rows = {r.pair_id: r for r in grid.rows}
    edges = rows[register["month edges"]]
    assert [c.hours for c in edges.cells] == [2.0, 0.5, 0.75, 1.0]
    assert [c.state for c in edges.cells] == [
        CellState.BELOW,
        CellState.BELOW,
        CellState.BELOW,
        CellState.IN_PROGRESS,
    ]
    assert edges.total_hours == 4.25
    paused = rows[register["paused"]]
    assert [c.state for c in paused.cells][:2] == [CellState.MET, CellState.PAUSED]
    same_day = rows[register["same-day changes"]]
    assert [c.state for c in same_day.cells] == [CellState.MET] + [CellState.PAUSED] * 3
    never = rows[register["never met"]]
    assert [c.state for c in never.cells] == [CellState.NONE] * 3 + [CellState.IN_PROGRESS]
    assert [c.state for c in rows[register["no history"]].cells] == [
        CellState.NONE,
        CellState.NONE,
        CellState.BELOW,
        CellState.IN_PROGRESS,
    ]
    assert rows[register["since 1969"]].cells[1].state is CellState.MET
    assert rows[register["ended in the window"]].cells[2].state is CellState.INACTIVE
    # Minutes: 120 + 180 + 200 in January; 30 + 60 + 240; 45 + 60 + 60; 60 + 60 in April.
    assert grid.month_totals == [500 / 60, 330 / 60, 165 / 60, 120 / 60]


def test_a_local_group_keeps_its_own_rows(db: Database, register: dict[str, int]) -> None:
    north, south = (g for (g,) in db.query("SELECT id FROM local_group ORDER BY id"))
    whole = {r.pair_id: r for r in compute_grid(db, D(2025, 4, 1), 4, today=TODAY).rows}
    for group, names in ((north, ["never met", "since 1969"]), (south, ["paused"])):
        grid = compute_grid(db, D(2025, 4, 1), 4, today=TODAY, group_id=group)
        assert [r.pair_id for r in grid.rows] == [register[name] for name in names]
        assert list(grid.rows) == [whole[register[name]] for name in names]


def test_the_packed_histories_read_as_the_plain_ones(
    db: Database, register: dict[str, int]
) -> None:
    """Each change packed in one number (owner, day before or after 1970) with the ids in a
    second text gives the owners, days and ids of the changes written as three numbers."""
    owners, days, ids = _grid_changes(db)
    plain = _numbers(db.query(_GRID_PLAIN_HISTORY_SQL[db.dialect])[0][0], 3)
    assert sorted(zip(ids.tolist(), owners.tolist(), days.tolist(), strict=True)) == sorted(
        zip(plain[:, 2].tolist(), plain[:, 0].tolist(), plain[:, 1].tolist(), strict=True)
    )
    epoch = D(1970, 1, 1).toordinal()
    assert D(1969, 12, 31).toordinal() - epoch in days.tolist()
    assert len(ids) == db.query("SELECT COUNT(*) FROM pair_status_change")[0][0] > 10
