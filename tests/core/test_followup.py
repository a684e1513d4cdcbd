"""The follow-up figures: how a month is judged (pauses, partial months, month boundaries),
the grid with its totals, the report of one month, and the list of pairs to follow up with
each of its rules and thresholds.

The data is written straight through the models (pairs, status histories, sessions,
follow-up entries), so these tests do not depend on the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import EndReason, PairStatus, Role, Speaker
from mentorat_desktop.core.followup import (
    CellState,
    FollowUpItem,
    MonthCell,
    ReasonCode,
    add_months,
    compute_grid,
    meets_commitment,
    month_cell,
    month_cells,
    month_end,
    month_report,
    reason_keys,
    tally_commitment,
    to_follow_up,
)
from mentorat_desktop.core.services.settings import SettingsService

D = dt.date


class Register:
    """Members, pairs with their histories, sessions and follow-up entries, written with the
    models inside one transaction each."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.count = 0

    def member(
        self,
        first: str,
        last: str,
        role: Role = Role.EITHER,
        phone: str | None = None,
        email: str | None = None,
    ) -> int:
        from mentorat_desktop.core.models import Member

        with self.db.transaction() as session:
            member = Member(first_name=first, last_name=last, role=role, phone=phone, email=email)
            session.add(member)
            session.flush()
            return member.id

    def pair(
        self,
        start: dt.date | None,
        *changes: tuple[PairStatus, dt.date],
        commitment: float = 3.0,
        planned_end: dt.date | None = None,
        mentor: int | None = None,
        mentee: int | None = None,
        proposed_on: dt.date | None = None,
    ) -> int:
        """A pair ACTIVE from ``start`` (PROPOSED when ``start`` is None), then ``changes``."""
        from mentorat_desktop.core.models import Pair, PairStatusChange

        self.count += 1
        n = self.count
        if mentor is None:
            mentor = self.member("Mentor", f"M{n:03d}", Role.MENTOR)
        if mentee is None:
            mentee = self.member("Mentee", f"E{n:03d}", Role.MENTEE)
        history: list[tuple[PairStatus, dt.date]] = []
        if proposed_on is not None or start is None:
            history.append((PairStatus.PROPOSED, proposed_on or D(2024, 1, 1)))
        if start is not None:
            history.append((PairStatus.ACTIVE, start))
        history += changes
        status = history[-1][0]
        ended_on = history[-1][1] if status == PairStatus.ENDED else None
        with self.db.transaction() as session:
            pair = Pair(
                mentor_id=mentor,
                mentee_id=mentee,
                status=status,
                start_date=start,
                planned_end=planned_end,
                ended_on=ended_on,
                end_reason=EndReason.OTHER if ended_on else None,
                monthly_commitment_hours=commitment,
            )
            pair.history = [PairStatusChange(status=s, effective_on=d) for s, d in history]
            session.add(pair)
            session.flush()
            return pair.id

    def sessions(self, pair_id: int, *items: tuple[dt.date, int]) -> None:
        from mentorat_desktop.core.models import MentoringSession

        with self.db.transaction() as session:
            for held_on, minutes in items:
                session.add(
                    MentoringSession(pair_id=pair_id, held_on=held_on, duration_minutes=minutes)
                )

    def follow_up(self, pair_id: int, held_on: dt.date, recheck_on: dt.date | None = None) -> int:
        from mentorat_desktop.core.models import FollowUpEntry

        with self.db.transaction() as session:
            entry = FollowUpEntry(
                pair_id=pair_id, held_on=held_on, speaker=Speaker.COORDINATOR, recheck_on=recheck_on
            )
            session.add(entry)
            session.flush()
            return entry.id


@pytest.fixture
def reg(db: Database) -> Register:
    return Register(db)


def row_of(grid_rows: Sequence[object], pair_id: int) -> object:
    return next(r for r in grid_rows if r.pair_id == pair_id)  # type: ignore[attr-defined]


def cells(db: Database, pair_id: int, end_month: dt.date, months: int) -> list[MonthCell]:
    grid = compute_grid(db, end_month, months)
    return row_of(grid.rows, pair_id).cells  # type: ignore[attr-defined, no-any-return]


# -- months --------------------------------------------------------------------------------


def test_month_helpers() -> None:
    assert add_months(D(2025, 11, 1), 2) == D(2026, 1, 1)
    assert add_months(D(2025, 1, 1), -1) == D(2024, 12, 1)
    assert add_months(D(2025, 3, 1), -14) == D(2024, 1, 1)
    assert month_end(D(2024, 2, 10)) == D(2024, 2, 29)
    assert month_end(D(2025, 2, 1)) == D(2025, 2, 28)
    assert month_end(D(2025, 12, 31)) == D(2025, 12, 31)


# -- the rule, as a pure function ----------------------------------------------------------


def test_full_month_states() -> None:
    assert month_cell(3.0, 31, 31, 0, 180) == MonthCell(3.0, 3.0, CellState.MET)
    assert month_cell(3.0, 31, 31, 0, 240) == MonthCell(4.0, 3.0, CellState.MET)
    assert month_cell(3.0, 31, 31, 0, 179) == MonthCell(179 / 60, 3.0, CellState.BELOW)
    assert month_cell(3.0, 31, 31, 0, 0) == MonthCell(0.0, 3.0, CellState.NONE)


def test_paused_more_than_half_has_no_commitment() -> None:
    # 16 of 31 days paused: more than half.
    assert month_cell(3.0, 31, 15, 16, 0) == MonthCell(0.0, 0.0, CellState.PAUSED)
    # Hours logged in a paused month are still shown, against no commitment.
    assert month_cell(3.0, 31, 15, 16, 60) == MonthCell(1.0, 0.0, CellState.PAUSED)
    # Exactly half (15 of 30) is not more than half: 15 active days carry the commitment.
    assert month_cell(3.0, 30, 15, 15, 0) == MonthCell(0.0, 3.0, CellState.NONE)


def test_fifteen_active_days_carry_the_full_commitment() -> None:
    assert month_cell(3.0, 31, 15, 0, 0).commitment == 3.0
    assert month_cell(3.0, 28, 14, 0, 0) == MonthCell(0.0, 0.0, CellState.INACTIVE)


def test_short_month_with_sessions_is_prorated() -> None:
    # 10 active days of 31, 1 hour logged: 3 x 10 / 31 = 0.97 h asked.
    assert month_cell(3.0, 31, 10, 0, 60) == MonthCell(1.0, 0.97, CellState.MET)
    assert month_cell(3.0, 31, 10, 0, 45) == MonthCell(0.75, 0.97, CellState.BELOW)
    # 58 minutes are 0.9667 h: below 0.97 even though it prints as 0.97.
    assert month_cell(3.0, 31, 10, 0, 58).state == CellState.BELOW


def test_short_month_without_sessions_is_not_counted() -> None:
    assert month_cell(3.0, 31, 10, 0, 0) == MonthCell(0.0, 0.0, CellState.INACTIVE)
    assert month_cell(3.0, 31, 0, 0, 0) == MonthCell(0.0, 0.0, CellState.INACTIVE)
    # Hours logged before the start (or after the end) count for nothing.
    assert month_cell(3.0, 31, 0, 0, 90) == MonthCell(1.5, 0.0, CellState.INACTIVE)
    # A few days paused, fewer active, nothing logged: shown as a pause.
    assert month_cell(3.0, 31, 0, 10, 0).state == CellState.PAUSED
    assert month_cell(3.0, 31, 5, 10, 0).state == CellState.PAUSED
    assert month_cell(3.0, 31, 12, 10, 0).state == CellState.INACTIVE


def test_counted_property() -> None:
    assert MonthCell(0, 3, CellState.NONE).counted
    assert MonthCell(3, 3, CellState.MET).counted
    assert not MonthCell(1, 0, CellState.PAUSED).counted
    assert not MonthCell(0, 0, CellState.INACTIVE).counted


# -- the month in progress and the one definition ---------------------------------------


def test_a_month_in_progress_is_not_judged_until_its_commitment_is_reached() -> None:
    # Active all month, nothing logged yet: no verdict (it was ✖ NONE on the 2nd).
    assert month_cell(3, 30, 30, 0, 0, in_progress=True) == MonthCell(
        0.0, 3.0, CellState.IN_PROGRESS
    )
    assert month_cell(3, 30, 30, 0, 60, in_progress=True).state == CellState.IN_PROGRESS
    # Reached already: met, whatever comes next.
    assert month_cell(3, 30, 30, 0, 180, in_progress=True).state == CellState.MET
    # Paused or not running: the same as in a month over.
    assert month_cell(3, 30, 0, 30, 0, in_progress=True).state == CellState.PAUSED
    assert month_cell(3, 30, 5, 0, 0, in_progress=True).state == CellState.INACTIVE


def test_meets_commitment_is_the_one_definition() -> None:
    assert meets_commitment(MonthCell(3, 3, CellState.MET)) is True
    assert meets_commitment(MonthCell(1, 3, CellState.BELOW)) is False
    assert meets_commitment(MonthCell(0, 3, CellState.NONE)) is False
    for state in (CellState.PAUSED, CellState.INACTIVE, CellState.IN_PROGRESS):
        assert meets_commitment(MonthCell(1, 0, state)) is None  # not judged, not "met"
    tally = tally_commitment(
        [
            MonthCell(3, 3, CellState.MET),
            MonthCell(1, 3, CellState.BELOW),
            MonthCell(1, 0, CellState.PAUSED),
            MonthCell(0, 3, CellState.IN_PROGRESS),
        ]
    )
    assert (tally.met, tally.judged, tally.pending, tally.owing) == (1, 2, 1, 3)
    assert tally.share == 1 / 3
    assert tally_commitment([MonthCell(1, 0, CellState.PAUSED)]).share is None


def test_on_the_2nd_the_month_shows_its_hours_without_a_verdict(
    db: Database, reg: Register
) -> None:
    quiet = reg.pair(D(2025, 1, 1))
    started = reg.pair(D(2025, 1, 1))
    done = reg.pair(D(2025, 1, 1))
    reg.sessions(started, (D(2025, 3, 1), 60))
    reg.sessions(done, (D(2025, 3, 1), 180))
    grid = compute_grid(db, D(2025, 3, 1), 2, today=D(2025, 3, 2))
    states = {row.pair_id: [c.state for c in row.cells] for row in grid.rows}
    assert states[quiet] == [CellState.NONE, CellState.IN_PROGRESS]  # February is over
    assert states[started][1] == CellState.IN_PROGRESS
    assert states[done][1] == CellState.MET
    assert grid.month_met_share == [0.0, 1 / 3]  # March: 1 of 3 already met
    # Once March is over, the same hours are judged.
    later = compute_grid(db, D(2025, 3, 1), 1, today=D(2025, 4, 1))
    assert [row.cells[0].state for row in later.rows] == [
        CellState.NONE,
        CellState.BELOW,
        CellState.MET,
    ]
    report = {entry.pair_id: entry for entry in month_report(db, D(2025, 3, 1), D(2025, 3, 2))}
    assert (report[quiet].meets, report[quiet].state) == (None, CellState.IN_PROGRESS)
    assert report[done].meets is True


# -- the grid ------------------------------------------------------------------------------


def test_session_on_the_31st_and_on_the_1st_fall_in_their_own_months(
    db: Database, reg: Register
) -> None:
    pair = reg.pair(D(2024, 12, 1))
    reg.sessions(pair, (D(2025, 1, 31), 120), (D(2025, 2, 1), 60), (D(2025, 2, 28), 30))
    reg.sessions(pair, (D(2025, 3, 1), 600), (D(2024, 12, 31), 45))
    grid = compute_grid(db, D(2025, 2, 14), months=2)
    assert grid.months == [D(2025, 1, 1), D(2025, 2, 1)]
    (row,) = grid.rows
    assert [c.hours for c in row.cells] == [2.0, 1.5]
    assert row.total_hours == 3.5
    # The last session on or before the grid's last day (28 February), not 1 March.
    assert row.last_session == D(2025, 2, 28)
    assert grid.month_totals == [2.0, 1.5]


def test_pause_over_half_a_month_is_paused_without_commitment(db: Database, reg: Register) -> None:
    pair = reg.pair(
        D(2025, 1, 1),
        (PairStatus.PAUSED, D(2025, 2, 10)),  # February: 9 days active, 19 paused
        (PairStatus.ACTIVE, D(2025, 4, 16)),  # April: 15 paused, 15 active (not over half)
        (PairStatus.PAUSED, D(2025, 6, 15)),  # June: 14 active, 16 paused
    )
    reg.sessions(pair, (D(2025, 1, 5), 180), (D(2025, 2, 3), 60), (D(2025, 4, 20), 60))
    row = cells(db, pair, D(2025, 6, 1), 6)
    assert [c.state for c in row] == [
        CellState.MET,  # January
        CellState.PAUSED,  # February
        CellState.PAUSED,  # March
        CellState.BELOW,  # April: the full 3 hours asked, 1 logged
        CellState.NONE,  # May
        CellState.PAUSED,  # June
    ]
    assert [c.commitment for c in row] == [3.0, 0.0, 0.0, 3.0, 3.0, 0.0]
    assert row[1].hours == 1.0  # hours of a paused month are still shown


def test_partial_first_and_last_months(db: Database, reg: Register) -> None:
    late = reg.pair(D(2025, 1, 20), (PairStatus.ENDED, D(2025, 4, 10)))  # 12 days, 9 days
    idle = reg.pair(D(2025, 1, 20), (PairStatus.ENDED, D(2025, 4, 10)))
    mid = reg.pair(D(2025, 1, 17), (PairStatus.ENDED, D(2025, 4, 16)))  # 15 days each end
    reg.sessions(late, (D(2025, 1, 25), 60), (D(2025, 4, 2), 60))
    grid = compute_grid(db, D(2025, 4, 1), 4)
    late_cells = row_of(grid.rows, late).cells  # type: ignore[attr-defined]
    # January: 12 days of 31 with a session: 3 x 12 / 31 = 1.16 h asked, 1 h logged.
    assert late_cells[0] == MonthCell(1.0, 1.16, CellState.BELOW)
    # April: 9 days of 30 (the end day does not count): 0.9 h asked, 1 h logged.
    assert late_cells[3] == MonthCell(1.0, 0.9, CellState.MET)
    idle_cells = row_of(grid.rows, idle).cells  # type: ignore[attr-defined]
    assert [c.state for c in idle_cells] == [
        CellState.INACTIVE,
        CellState.NONE,
        CellState.NONE,
        CellState.INACTIVE,
    ]
    mid_cells = row_of(grid.rows, mid).cells  # type: ignore[attr-defined]
    assert [c.commitment for c in mid_cells] == [3.0, 3.0, 3.0, 3.0]


def test_states_totals_and_met_share(db: Database, reg: Register) -> None:
    met = reg.pair(D(2025, 1, 1))
    below = reg.pair(D(2025, 1, 1), commitment=2.0)
    none = reg.pair(D(2025, 1, 1))
    paused = reg.pair(D(2025, 1, 1), (PairStatus.PAUSED, D(2025, 2, 1)))
    reg.sessions(met, (D(2025, 3, 3), 90), (D(2025, 3, 20), 90), (D(2025, 2, 2), 60))
    reg.sessions(below, (D(2025, 3, 9), 60), (D(2025, 2, 9), 120))
    reg.sessions(paused, (D(2025, 3, 10), 30))
    grid = compute_grid(db, D(2025, 3, 1), 2)
    states = {r.pair_id: [c.state for c in r.cells] for r in grid.rows}
    assert states == {
        met: [CellState.BELOW, CellState.MET],
        below: [CellState.MET, CellState.BELOW],
        none: [CellState.NONE, CellState.NONE],
        paused: [CellState.PAUSED, CellState.PAUSED],
    }
    assert grid.month_totals == [3.0, 4.5]
    # Counted each month: met, below and none (the paused pair is not); one met each month.
    assert grid.month_met_share == [pytest.approx(1 / 3), pytest.approx(1 / 3)]
    below_row = row_of(grid.rows, below)
    assert below_row.commitment == 2.0  # type: ignore[attr-defined]
    assert below_row.total_hours == 3.0  # type: ignore[attr-defined]
    assert below_row.last_session == D(2025, 3, 9)  # type: ignore[attr-defined]
    assert row_of(grid.rows, none).last_session is None  # type: ignore[attr-defined]


def test_met_share_is_none_when_nobody_is_counted(db: Database, reg: Register) -> None:
    reg.pair(D(2025, 3, 25))
    grid = compute_grid(db, D(2025, 3, 1), 1)
    assert [c.state for c in grid.rows[0].cells] == [CellState.INACTIVE]
    assert grid.month_met_share == [None]
    assert grid.month_totals == [0.0]
    empty = compute_grid(db, D(2020, 3, 1), 3)
    assert empty.rows == []
    assert empty.month_totals == [0.0, 0.0, 0.0]
    assert empty.month_met_share == [None, None, None]


def test_which_pairs_are_shown(db: Database, reg: Register) -> None:
    shown_active = reg.pair(D(2025, 2, 20))
    shown_paused = reg.pair(D(2024, 6, 1), (PairStatus.PAUSED, D(2024, 12, 1)))
    shown_ended = reg.pair(D(2024, 6, 1), (PairStatus.ENDED, D(2025, 1, 2)))
    reg.pair(None)  # proposed: never held
    reg.pair(D(2024, 1, 1), (PairStatus.ENDED, D(2025, 1, 1)))  # ended before the months
    reg.pair(D(2025, 4, 1))  # starts after them
    ended_unstarted = reg.pair(None, (PairStatus.ENDED, D(2025, 2, 1)))
    grid = compute_grid(db, D(2025, 3, 1), 3)
    assert {r.pair_id for r in grid.rows} == {shown_active, shown_paused, shown_ended}
    assert ended_unstarted not in {r.pair_id for r in grid.rows}


def test_rows_by_mentor_then_mentee_accents_ignored(db: Database, reg: Register) -> None:
    e1 = reg.member("Zoé", "Émond")
    e2 = reg.member("Anne", "Zola")
    e3 = reg.member("Luc", "Abel")
    m1 = reg.member("Léo", "Éluard")
    m2 = reg.member("Inès", "Dupré")
    first = reg.pair(D(2025, 1, 1), mentor=m2, mentee=e1)
    third = reg.pair(D(2025, 1, 1), mentor=m1, mentee=e2)
    second = reg.pair(D(2025, 1, 1), mentor=m1, mentee=e3)
    grid = compute_grid(db, D(2025, 1, 1), 1)
    assert [r.pair_id for r in grid.rows] == [first, second, third]
    assert grid.rows[0].mentor_name == "Inès Dupré"
    assert grid.rows[0].mentee_name == "Zoé Émond"


def test_changes_on_one_day_and_repeated_statuses(db: Database, reg: Register) -> None:
    # Proposed and activated the same day; a pause recorded and undone the same day.
    pair = reg.pair(
        D(2025, 1, 10),
        (PairStatus.PAUSED, D(2025, 2, 1)),
        (PairStatus.ACTIVE, D(2025, 2, 1)),
        proposed_on=D(2025, 1, 10),
    )
    row = cells(db, pair, D(2025, 2, 1), 2)
    assert [c.state for c in row] == [CellState.NONE, CellState.NONE]


def test_pair_without_history_uses_its_dates(db: Database, reg: Register) -> None:
    from sqlalchemy import delete

    from mentorat_desktop.core.models import PairStatusChange

    pair = reg.pair(D(2025, 1, 1), (PairStatus.ENDED, D(2025, 2, 5)))
    with db.transaction() as session:
        session.execute(delete(PairStatusChange).where(PairStatusChange.pair_id == pair))
    row = cells(db, pair, D(2025, 3, 1), 3)
    assert [c.state for c in row] == [CellState.NONE, CellState.INACTIVE, CellState.INACTIVE]


def test_month_cells_match_the_grid(db: Database, reg: Register) -> None:
    met = reg.pair(D(2025, 1, 1))
    paused = reg.pair(D(2025, 1, 1), (PairStatus.PAUSED, D(2025, 2, 1)))
    reg.pair(D(2025, 4, 1))  # not held in March
    reg.sessions(met, (D(2025, 3, 3), 200))
    quick = month_cells(db, D(2025, 3, 20))
    grid = compute_grid(db, D(2025, 3, 1), 1)
    assert quick == {row.pair_id: row.cells[0] for row in grid.rows}
    assert quick[met] == MonthCell(200 / 60, 3.0, CellState.MET)
    assert quick[paused].state == CellState.PAUSED


def test_grid_rejects_zero_months(db: Database) -> None:
    with pytest.raises(ValueError):
        compute_grid(db, D(2025, 1, 1), 0)


# -- the report of one month ---------------------------------------------------------------


def test_month_report_values_and_meets(db: Database, reg: Register) -> None:
    mentor = reg.member("Léa", "Roy")
    mentee = reg.member("Jean", "Côté")
    met = reg.pair(D(2025, 1, 1), mentor=mentor, mentee=mentee)
    below = reg.pair(D(2025, 1, 1))
    starting = reg.pair(D(2025, 3, 22))  # 10 days of 31
    silent_start = reg.pair(D(2025, 3, 22))
    paused = reg.pair(D(2025, 1, 1), (PairStatus.PAUSED, D(2025, 3, 10)))  # 9 days active
    reg.pair(D(2025, 1, 1), (PairStatus.PAUSED, D(2025, 2, 10)))  # paused all March
    reg.sessions(met, (D(2025, 3, 3), 100), (D(2025, 3, 31), 100), (D(2025, 4, 1), 60))
    reg.sessions(below, (D(2025, 2, 27), 60), (D(2025, 3, 2), 50))
    reg.sessions(starting, (D(2025, 3, 25), 60))
    report = month_report(db, D(2025, 3, 17))
    by_pair = {entry.pair_id: entry for entry in report}
    assert set(by_pair) == {met, below, starting, silent_start, paused}

    entry = by_pair[met]
    assert (entry.mentor, entry.mentee) == ("Léa Roy", "Jean Côté")
    assert entry.hours == 3.33
    assert entry.commitment_hours == 3.0
    assert entry.meets is True
    assert entry.last_session == D(2025, 3, 31)  # not 1 April
    assert entry.state == CellState.MET

    assert (by_pair[below].hours, by_pair[below].meets) == (0.83, False)
    assert by_pair[below].last_session == D(2025, 3, 2)
    assert by_pair[starting].commitment_hours == 0.97
    assert by_pair[starting].meets is True
    # No commitment: not judged (None, not "met"), and the state tells why.
    assert by_pair[silent_start].commitment_hours == 0.0
    assert by_pair[silent_start].meets is None
    assert by_pair[silent_start].state == CellState.INACTIVE
    assert by_pair[silent_start].last_session is None
    assert by_pair[paused].state == CellState.PAUSED
    assert by_pair[paused].meets is None

    assert entry.to_json() == {
        "pair_id": met,
        "mentor": "Léa Roy",
        "mentee": "Jean Côté",
        "hours": 3.33,
        "commitment_hours": 3.0,
        "meets": True,
        "last_session": "2025-03-31",
        "state": "met",
    }
    assert by_pair[silent_start].to_json()["last_session"] is None


# -- the list of pairs to follow up --------------------------------------------------------

TODAY = D(2025, 6, 15)


def reasons(item: FollowUpItem) -> dict[str, dict[str, object]]:
    return {r.code.value: r.params for r in item.reasons}


def listed(db: Database, today: dt.date = TODAY) -> dict[int, dict[str, dict[str, object]]]:
    return {item.pair_id: reasons(item) for item in to_follow_up(db, today)}


def test_silent_threshold_follows_the_settings(db: Database, reg: Register) -> None:
    thirty = reg.pair(D(2025, 1, 1))
    twenty_nine = reg.pair(D(2025, 1, 1))
    forty_six = reg.pair(D(2025, 1, 1))
    for pair, days in ((thirty, 30), (twenty_nine, 29), (forty_six, 46)):
        reg.sessions(pair, (TODAY - dt.timedelta(days=days), 180))
    reg.sessions(thirty, (TODAY + dt.timedelta(days=3), 60))  # a future date is ignored
    result = listed(db)
    assert result[thirty]["silent"] == {"days": 30}
    assert result[forty_six]["silent"] == {"days": 46}
    assert twenty_nine not in result

    SettingsService(db).update(silent_days=45)
    result = listed(db)
    assert thirty not in result
    assert result[forty_six]["silent"] == {"days": 46}


def test_silent_counts_from_the_start_when_never_met(db: Database, reg: Register) -> None:
    old = reg.pair(D(2025, 5, 1))
    new = reg.pair(D(2025, 5, 20))
    result = listed(db)
    assert result[old]["silent"] == {"days": 45}
    assert new not in result  # 26 days, and May had 12 active days and nothing logged


def test_silence_restarts_when_a_pair_resumes(db: Database, reg: Register) -> None:
    resumed = reg.pair(
        D(2025, 1, 1), (PairStatus.PAUSED, D(2025, 2, 1)), (PairStatus.ACTIVE, D(2025, 6, 5))
    )
    reg.sessions(resumed, (D(2025, 1, 20), 180))
    assert resumed not in listed(db)
    # Once the pair has been back for the threshold, the silence shows, counted from the
    # last session.
    later = D(2025, 7, 5)
    assert listed(db, later)[resumed]["silent"] == {"days": (later - D(2025, 1, 20)).days}


def test_below_last_month(db: Database, reg: Register) -> None:
    below = reg.pair(D(2025, 1, 1))
    met = reg.pair(D(2025, 1, 1))
    nothing = reg.pair(D(2025, 1, 1))
    started_late = reg.pair(D(2025, 5, 25))  # 7 days in May
    paused_in_may = reg.pair(
        D(2025, 1, 1), (PairStatus.PAUSED, D(2025, 5, 1)), (PairStatus.ACTIVE, D(2025, 6, 1))
    )
    reg.sessions(below, (D(2025, 5, 31), 120), (D(2025, 6, 1), 120), (D(2025, 6, 10), 30))
    reg.sessions(met, (D(2025, 5, 2), 180), (D(2025, 6, 10), 30))
    reg.sessions(nothing, (D(2025, 6, 10), 30))
    reg.sessions(started_late, (D(2025, 6, 10), 30))
    reg.sessions(paused_in_may, (D(2025, 6, 10), 30))
    result = listed(db)
    assert result[below] == {"below_last_month": {"hours": 2.0, "commitment": 3.0}}
    assert result[nothing] == {"below_last_month": {"hours": 0.0, "commitment": 3.0}}
    assert met not in result
    assert started_late not in result
    assert paused_in_may not in result


def test_end_near_and_end_passed(db: Database, reg: Register) -> None:
    in_30 = reg.pair(D(2025, 1, 1), planned_end=TODAY + dt.timedelta(days=30))
    in_31 = reg.pair(D(2025, 1, 1), planned_end=TODAY + dt.timedelta(days=31))
    today = reg.pair(D(2025, 1, 1), planned_end=TODAY)
    passed = reg.pair(D(2025, 1, 1), planned_end=D(2025, 6, 1))
    paused = reg.pair(
        D(2025, 1, 1),
        (PairStatus.PAUSED, D(2025, 3, 1)),
        planned_end=TODAY + dt.timedelta(days=3),
    )
    for pair in (in_30, in_31, today, passed, paused):
        reg.sessions(pair, (D(2025, 5, 10), 180), (D(2025, 6, 10), 60))
    result = listed(db)
    assert result[in_30] == {"end_near": {"date": D(2025, 7, 15), "days": 30}}
    assert in_31 not in result
    assert result[today] == {"end_near": {"date": TODAY, "days": 0}}
    assert result[passed] == {"end_passed": {"date": D(2025, 6, 1), "days": 14}}
    assert result[paused] == {"end_near": {"date": D(2025, 6, 18), "days": 3}}

    SettingsService(db).update(end_soon_days=45)
    assert listed(db)[in_31] == {"end_near": {"date": D(2025, 7, 16), "days": 31}}


def test_recheck_puts_a_pair_back_on_its_day(db: Database, reg: Register) -> None:
    pair = reg.pair(D(2025, 1, 1))
    reg.sessions(pair, (D(2025, 5, 10), 180), (D(2025, 6, 12), 60), (D(2025, 6, 25), 60))
    reg.follow_up(pair, D(2025, 6, 1), recheck_on=D(2025, 6, 15))
    assert pair not in listed(db, D(2025, 6, 14))
    assert listed(db, D(2025, 6, 15))[pair] == {"recheck": {"date": D(2025, 6, 15)}}
    # An entry held before the recheck date does not answer it.
    reg.follow_up(pair, D(2025, 6, 10))
    assert listed(db, D(2025, 6, 16))[pair] == {"recheck": {"date": D(2025, 6, 15)}}
    # One held on that date or later does.
    reg.follow_up(pair, D(2025, 6, 16))
    assert pair not in listed(db, D(2025, 6, 16))


def test_recheck_on_the_entry_day_and_the_earliest_pending(db: Database, reg: Register) -> None:
    pair = reg.pair(D(2025, 1, 1), (PairStatus.PAUSED, D(2025, 4, 1)))  # paused: recheck only
    reg.follow_up(pair, D(2025, 6, 15), recheck_on=D(2025, 6, 15))
    assert listed(db)[pair] == {"recheck": {"date": D(2025, 6, 15)}}
    other = reg.pair(D(2025, 1, 1))
    reg.sessions(other, (D(2025, 5, 10), 180), (D(2025, 6, 12), 60))
    reg.follow_up(other, D(2025, 5, 1), recheck_on=D(2025, 5, 20))
    reg.follow_up(other, D(2025, 5, 2), recheck_on=D(2025, 6, 1))
    # The entry of 2 May was held before 20 May: both are pending, the earliest shows.
    assert listed(db)[other] == {"recheck": {"date": D(2025, 5, 20)}}


def test_only_active_and_paused_pairs_are_listed(db: Database, reg: Register) -> None:
    paused = reg.pair(D(2025, 1, 1), (PairStatus.PAUSED, D(2025, 2, 1)))
    ended = reg.pair(D(2025, 1, 1), (PairStatus.ENDED, D(2025, 6, 1)), planned_end=TODAY)
    proposed = reg.pair(None, planned_end=TODAY)
    for pair in (ended, proposed):
        reg.follow_up(pair, D(2025, 6, 1), recheck_on=D(2025, 6, 2))
    # A paused pair is never silent nor below its commitment; a proposed pair is listed
    # only for its mentor's training, not yet had (core.services.training).
    untrained = {proposed: {"mentor_untrained": {"mentor": "Mentor M003"}}}
    assert listed(db) == untrained
    reg.follow_up(paused, D(2025, 6, 1), recheck_on=D(2025, 6, 2))
    assert listed(db) == {**untrained, paused: {"recheck": {"date": D(2025, 6, 2)}}}


def test_order_contacts_and_several_reasons(db: Database, reg: Register) -> None:
    mentor = reg.member("Léa", "Roy", phone="06 11", email="lea@example.org")
    mentee = reg.member("Jean", "Côté", phone="06 22", email="jean@example.org")
    long_silence = reg.pair(D(2025, 1, 1), mentor=mentor, mentee=mentee)
    short_silence = reg.pair(D(2025, 1, 1), planned_end=D(2025, 7, 1))
    two_reasons = reg.pair(D(2025, 1, 1), planned_end=D(2025, 7, 1))
    one_reason = reg.pair(D(2025, 1, 1), planned_end=D(2025, 7, 1))
    reg.sessions(long_silence, (D(2025, 3, 1), 60))
    reg.sessions(short_silence, (D(2025, 5, 1), 180))
    reg.sessions(two_reasons, (D(2025, 5, 2), 60), (D(2025, 6, 10), 60))
    reg.sessions(one_reason, (D(2025, 5, 2), 180), (D(2025, 6, 10), 60))
    items = to_follow_up(db, TODAY)
    assert [i.pair_id for i in items] == [long_silence, short_silence, two_reasons, one_reason]
    first = items[0]
    assert (first.mentor_name, first.mentee_name) == ("Léa Roy", "Jean Côté")
    assert (first.mentor_phone, first.mentee_phone) == ("06 11", "06 22")
    assert (first.mentor_email, first.mentee_email) == ("lea@example.org", "jean@example.org")
    assert first.last_session == D(2025, 3, 1)
    assert reasons(first) == {
        "silent": {"days": 106},
        "below_last_month": {"hours": 0.0, "commitment": 3.0},
    }
    assert [r.code for r in items[1].reasons] == [ReasonCode.SILENT, ReasonCode.END_NEAR]
    assert items[2].reason("below_last_month") is not None
    assert items[2].reason(ReasonCode.SILENT) is None


@pytest.mark.sqlite_only  # SQLite's plan of its expression index
def test_minutes_per_month_are_read_from_the_covering_index(db: Database) -> None:
    # The grid's one aggregate walks ix_session_pair_month alone, in GROUP BY order: no sort,
    # no visit to the table (the 100 ms target of 100,000 sessions depends on it).
    from mentorat_desktop.core.followup import _MINUTES_SQL

    plan = " | ".join(
        str(row[3])
        for row in db.query("EXPLAIN QUERY PLAN " + _MINUTES_SQL, ("2026-01", "2026-12"))
    )
    assert "COVERING INDEX ix_session_pair_month" in plan
    assert "TEMP B-TREE" not in plan


# -- the call sheet ------------------------------------------------------------------------


def _laid_out_lines(markup: str, width: float) -> list[str]:
    """The lines reportlab makes of ``markup`` in a column ``width`` points wide."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from mentorat_desktop.core.charters.render import FONT, register_fonts

    register_fonts()
    style = ParagraphStyle("t", fontName=FONT, fontSize=9, leading=11)  # as reportlab splits
    paragraph = Paragraph(markup, style)
    paragraph.wrap(width, 10_000)
    lines = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):
            lines.append(" ".join(line[1]))
        else:
            lines.append("".join(getattr(w, "text", "") for w in line.words))
    return [line.strip() for line in lines]


def test_call_sheet_keeps_phone_numbers_and_addresses_whole() -> None:
    from mentorat_desktop.core.call_sheet import MIN_ADDRESS_SIZE, contact_markup
    from mentorat_desktop.core.charters.render import FONT, register_fonts

    register_fonts()
    text = (
        "Marie-Claude Lévesque-Tremblay — +33 6 12 34 56 78\n"
        "marie-claude.levesque@generations.org\n"
        "Jean Dufour — (514) 555-0142 poste 23\njb.dufour@exemple.qc.ca"
    )
    width = 160.0  # a narrow column: the address and the names would wrap
    markup = contact_markup(text, FONT, width)
    lines = [
        line.replace("\u00a0", " ").replace("\u2011", "-")
        for line in _laid_out_lines(markup, width)
    ]
    assert any(line.endswith("+33 6 12 34 56 78") for line in lines)
    phones = "Anne Roy — +33 6 12 34 56 78\nJean Dufour — (514) 555-0142"
    narrow = [  # a very narrow column: the names wrap, the numbers stay whole
        line.replace("\u00a0", " ").replace("\u2011", "-")
        for line in _laid_out_lines(contact_markup(phones, FONT, 95), 95)
    ]
    assert narrow == ["Anne Roy —", "+33 6 12 34 56 78", "Jean Dufour —", "(514) 555-0142"]
    assert any("(514) 555-0142" in line for line in lines)
    assert "marie-claude.levesque@generations.org" in lines
    assert "jb.dufour@exemple.qc.ca" in lines
    assert 'font size="' in markup  # the long address is set smaller to fit
    assert f'font size="{MIN_ADDRESS_SIZE:g}"' not in markup
    # Only an address that cannot fit even small goes on after its "@".
    huge = "a" * 60 + "@" + "b" * 60 + ".org"
    assert "@<br/>" in contact_markup(huge, FONT, width)
    # Markup characters in a name are escaped.
    assert contact_markup("A & B <x>", FONT, width) == "A &amp; B &lt;x&gt;"


# -- called / handled marks ----------------------------------------------------------------


def mark(db: Database, pair_id: int, on: dt.date, today: dt.date = TODAY, note: str | None = None):
    from mentorat_desktop.core.services.followups import FollowUpService

    return FollowUpService(db).mark_handled(pair_id, on, note, today=today)


def test_reason_keys_are_stable_per_matter(db: Database, reg: Register) -> None:
    silent_end = reg.pair(D(2025, 1, 1), planned_end=TODAY + dt.timedelta(days=10))
    reg.sessions(silent_end, (D(2025, 4, 2), 60))
    never = reg.pair(D(2025, 1, 1))
    recheck = reg.pair(D(2025, 1, 1), (PairStatus.PAUSED, D(2025, 3, 1)))
    reg.follow_up(recheck, D(2025, 6, 1), recheck_on=D(2025, 6, 10))
    items = {i.pair_id: i for i in to_follow_up(db, TODAY)}
    assert reason_keys(items[silent_end], TODAY) == (
        "silent:2025-04-02",
        "end:2025-06-25",
        "below:2025-05",
    )
    assert reason_keys(items[never], TODAY) == ("silent:never", "below:2025-05")
    assert reason_keys(items[recheck], TODAY) == ("recheck:2025-06-10",)
    # The same silence, the same end now passed, on a later day: the same keys but the month.
    later = {i.pair_id: i for i in to_follow_up(db, D(2025, 6, 30))}
    assert reason_keys(later[silent_end], D(2025, 6, 30))[:2] == (
        "silent:2025-04-02",
        "end:2025-06-25",
    )


def test_marking_takes_the_pair_off_the_list(db: Database, reg: Register) -> None:
    called = reg.pair(D(2025, 1, 1))
    other = reg.pair(D(2025, 1, 1))
    for pair in (called, other):
        reg.sessions(pair, (D(2025, 4, 2), 60))
    record = mark(db, called, D(2025, 6, 14), note="Appelé Anne")
    assert record.handled and record.comment == "Appelé Anne"
    assert record.handled_reasons == ("silent:2025-04-02", "below:2025-05")
    assert set(listed(db)) == {other}
    # The same reasons a few days later: still handled.
    assert set(listed(db, D(2025, 6, 25))) == {other}
    # Asked for, the handled pairs are all there.
    assert {i.pair_id for i in to_follow_up(db, TODAY, include_handled=True)} == {called, other}


def test_a_session_after_the_mark_brings_the_pair_back(db: Database, reg: Register) -> None:
    pair = reg.pair(D(2025, 1, 1), planned_end=TODAY + dt.timedelta(days=10))
    reg.sessions(pair, (D(2025, 5, 10), 180))
    mark(db, pair, D(2025, 6, 12))
    assert pair not in listed(db)
    reg.sessions(pair, (D(2025, 6, 12), 60))  # the day of the call: not after it
    assert pair not in listed(db)
    reg.sessions(pair, (D(2025, 6, 13), 60))
    assert listed(db)[pair] == {"end_near": {"date": D(2025, 6, 25), "days": 10}}


def test_a_new_reason_brings_the_pair_back(db: Database, reg: Register) -> None:
    pair = reg.pair(D(2025, 1, 1))
    reg.sessions(pair, (D(2025, 5, 10), 180), (D(2025, 6, 2), 60))
    reg.follow_up(pair, D(2025, 6, 1), recheck_on=D(2025, 6, 15))
    mark(db, pair, D(2025, 6, 14))
    assert pair not in listed(db)  # a mark held before the recheck date does not answer it
    # July: June carried a commitment it did not reach, a reason the mark never saw.
    assert listed(db, D(2025, 7, 1))[pair] == {
        "recheck": {"date": D(2025, 6, 15)},
        "below_last_month": {"hours": 1.0, "commitment": 3.0},
    }
    # Marked again, it leaves the list again; the latest mark is the one that counts.
    mark(db, pair, D(2025, 7, 1), today=D(2025, 7, 1))
    assert pair not in listed(db, D(2025, 7, 1))


def test_a_note_after_the_mark_brings_the_pair_back(db: Database, reg: Register) -> None:
    pair = reg.pair(D(2025, 1, 1))
    reg.sessions(pair, (D(2025, 4, 2), 60))
    mark(db, pair, D(2025, 6, 14))
    assert pair not in listed(db)
    reg.follow_up(pair, D(2025, 6, 14))
    assert set(listed(db)[pair]) == {"silent", "below_last_month"}
