"""Long on purpose (about 1,500 lines): the grid, report and calls share one reading of months.
Why: the grid, the month's report and the list of pairs to call read a pair's months the same
way (states, prorated commitment) and must agree.

Follow-up figures: the month-by-month grid of hours against the commitment, the report of
one month, and the list of pairs the coordinator should contact.

Everything here only reads, with a few aggregate queries on the plain sqlite3 connection
(``Database.query``), never one query per pair.

How a month is judged (``month_cell``)
--------------------------------------
A pair's life comes from its status history: each change takes effect on its date, that day
included, and lasts until the next change. Before its first change a pair has not started;
from its end it no longer counts. For each month the days the pair spent ACTIVE and the days
it spent PAUSED are counted, then, in this order:

1. **Paused**: paused on more than half of the month's days -> ``PAUSED``, no commitment.
2. **Full month**: active on at least 15 days -> the full monthly commitment.
3. **Partial month with sessions**: active on fewer than 15 days (the first or last month of
   a pair, a return from a pause...) but with hours logged that month -> the commitment is
   prorated to the days it was active (commitment x active days / days of the month, rounded
   to the hundredth of an hour), so that a pair which started on the 20th and already met is
   credited for it.
4. **Not counted**: otherwise no commitment: ``PAUSED`` when the pair spent at least as many
   days paused as active that month, ``INACTIVE`` otherwise (not started yet, ended, or only
   a few days active with nothing logged).

With a commitment, the state is ``MET`` when the hours reach it, ``BELOW`` when some hours
were logged but fewer, ``NONE`` when nothing was logged. Hours logged in a month that is not
counted are still shown and still add to the totals.

A month that is not over (today on or before its last day) is **not judged** until it ends:
a pair may well meet once, for three hours, on the 28th, so a verdict on the 2nd (or a
commitment prorated to the days gone by) would only paint most pairs red for nothing. Such a
month is ``MET`` as soon as its hours reach the commitment (more sessions cannot undo that);
otherwise it is ``IN_PROGRESS``: the commitment is known, the hours so far are shown, no
verdict is given.

What "meets the commitment in month M" means is said once, by ``meets_commitment``, and
counted once, by ``tally_commitment``: the grid, the report of one month (the ``followup``
command) and the dashboard all use them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple, Protocol, overload

from mentorat_desktop.core import sql
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import PairStatus
from mentorat_desktop.core.feedback.rounds import CheckinRound
from mentorat_desktop.core.services.feedback import FeedbackService
from mentorat_desktop.core.services.settings import SettingsService
from mentorat_desktop.core.text import _fold, fold

FULL_MONTH_DAYS = 15
"""A month in which the pair was active at least this many days carries its full commitment."""


class CellState(StrEnum):
    MET = "met"  # hours >= commitment
    BELOW = "below"  # some hours, fewer than the commitment
    NONE = "none"  # no hours in a month that carried a commitment
    PAUSED = "paused"  # paused most of the month: no commitment
    INACTIVE = "inactive"  # not started, ended, or barely active: no commitment
    IN_PROGRESS = "in_progress"  # the month is not over and its commitment not reached yet


COUNTED_STATES = frozenset({CellState.MET, CellState.BELOW, CellState.NONE})
"""The states of a month that was judged against a commitment."""
OWED_STATES = COUNTED_STATES | {CellState.IN_PROGRESS}
"""The states of a month that carries a commitment, judged or not yet."""


@dataclass(frozen=True, slots=True)
class MonthCell:
    """One pair in one month: the hours logged, the commitment that month (0 when the month
    is not counted) and the verdict. Immutable: equal cells may be one shared object."""

    hours: float
    commitment: float
    state: CellState

    @property
    def counted(self) -> bool:
        """Whether the month was judged against a commitment (MET, BELOW or NONE)."""
        return self.state in COUNTED_STATES


class _Judgement(Protocol):
    """A month of a pair judged by the rule: a ``MonthCell`` or a ``PairMonth``."""

    @property
    def state(self) -> CellState: ...


def meets_commitment(cell: _Judgement) -> bool | None:
    """Whether the pair meets its commitment in the cell's month: the one definition.

    True: the month carries a commitment and its hours reach it (``MET``, in a month over or
    still in progress). False: the month is over, carried a commitment and its hours fell
    short (``BELOW``, ``NONE``). None: not judged: paused, not running, or a month in
    progress whose commitment is not reached yet."""
    if cell.state is CellState.MET:
        return True
    if cell.state is CellState.BELOW or cell.state is CellState.NONE:
        return False
    return None


@dataclass(frozen=True, slots=True)
class CommitmentTally:
    """How many pairs met their commitment in one month (``tally_commitment``)."""

    met: int  # meets_commitment is True
    judged: int  # meets_commitment is True or False
    pending: int  # in progress: a commitment, not reached yet, not judged

    @property
    def owing(self) -> int:
        """The pairs whose month carries a commitment, judged or not yet."""
        return self.judged + self.pending

    @property
    def share(self) -> float | None:
        """met / owing (in a month over: met / judged); None when no pair owed hours."""
        return self.met / self.owing if self.owing else None


class _State(NamedTuple):
    """A judgement reduced to its state (what ``meets_commitment`` reads)."""

    state: CellState


_state_of = attrgetter("state")


def tally_commitment(cells: Iterable[_Judgement]) -> CommitmentTally:
    """Count, by ``meets_commitment``, the pairs of one month that met their commitment.

    The cells are counted by state first (a Counter, in C), then each state is judged
    once: a grid of thousands of pairs costs no Python call per cell."""
    met = judged = pending = 0
    for state, count in Counter(map(_state_of, cells)).items():
        verdict = meets_commitment(_State(state))
        if verdict is None:
            pending += count if state is CellState.IN_PROGRESS else 0
        else:
            judged += count
            met += count if verdict else 0
    return CommitmentTally(met, judged, pending)


@dataclass(frozen=True)
class GridRow:
    pair_id: int
    mentor_name: str
    mentee_name: str
    commitment: float  # the pair's monthly commitment, in hours
    cells: list[MonthCell]  # one per month of the grid
    total_hours: float  # over the months of the grid
    last_session: dt.date | None  # the last session on or before the grid's last day


_CELL_STATES = tuple(CellState)
"""The states by their code in a grid's columns (``FollowUpGrid``): their order of
declaration."""
_CODE = {state: code for code, state in enumerate(_CELL_STATES)}


class FollowUpGrid:
    """The grid: its months, one row per pair, the months' totals and shares.

    Held as columns, not as an object per cell: the pairs as read (ids, names, commitments,
    last sessions) with, per row of the grid, the position of its pair among them; per row
    and month the minutes logged, the commitment of the month and the state's code
    (``_CELL_STATES``), in arrays built at once from the grid's queries. A cell (``cell``)
    or a row (``rows[k]``, a ``GridRow``) is made when it is asked for: a table shows a few
    dozen rows at a time."""

    __slots__ = (
        "_commitments",
        "_ids",
        "_last",
        "_minutes",
        "_names",
        "_owed",
        "_row_minutes",
        "_rows",
        "_states",
        "month_met_share",
        "month_totals",
        "months",
    )

    def __init__(
        self,
        months: list[dt.date],
        month_totals: list[float],
        month_met_share: list[float | None],
        columns: _GridColumns,
    ) -> None:
        self.months = months  # first day of each month, oldest first
        self.month_totals = month_totals  # hours of the rows shown, per month
        self.month_met_share = month_met_share  # per month: tally_commitment(...).share
        self._rows = columns.rows
        self._ids = columns.ids
        self._names = columns.names
        self._commitments = columns.commitments
        self._last = columns.last_sessions
        self._minutes = columns.minutes
        self._owed = columns.owed
        self._states = columns.states
        self._row_minutes = columns.row_minutes

    @property
    def rows(self) -> _GridRows:
        """The rows, by mentor then mentee (last then first name, accents ignored)."""
        return _GridRows(self)

    def __len__(self) -> int:
        return len(self._rows)

    def pair_id(self, row: int) -> int:
        return int(self._ids[self._rows[row]])

    def pair_names(self, row: int) -> tuple[str, str]:
        """The names of the row's mentor and mentee."""
        at = self._rows[row]
        mentor_first, mentor_last, mentee_first, mentee_last = self._names
        return (
            f"{mentor_first[at]} {mentor_last[at]}".strip(),
            f"{mentee_first[at]} {mentee_last[at]}".strip(),
        )

    def total_hours(self, row: int) -> float:
        """The row's hours over the months of the grid."""
        return int(self._row_minutes[row]) / 60

    def cell(self, row: int, month: int) -> MonthCell:
        """The row's cell in the month at ``month`` (0: the oldest)."""
        return MonthCell(
            int(self._minutes[row, month]) / 60,
            float(self._owed[row, month]),
            _CELL_STATES[int(self._states[row, month])],
        )

    def state(self, row: int, month: int) -> CellState:
        return _CELL_STATES[int(self._states[row, month])]

    def row(self, row: int) -> GridRow:
        mentor, mentee = self.pair_names(row)
        at = self._rows[row]
        last = self._last[at]
        return GridRow(
            int(self._ids[at]),
            mentor,
            mentee,
            float(self._commitments[at]),
            [self.cell(row, k) for k in range(len(self.months))],
            self.total_hours(row),
            dt.date.fromisoformat(last) if last else None,
        )

    def _key(self) -> tuple[Any, ...]:
        return (self.months, list(self.rows), self.month_totals, self.month_met_share)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FollowUpGrid):
            return NotImplemented
        return self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"FollowUpGrid(months={self.months!r}, rows={len(self)}, "
            f"month_totals={self.month_totals!r}, month_met_share={self.month_met_share!r})"
        )


class _GridRows(Sequence[GridRow]):
    """A grid's rows, each made when asked for (``FollowUpGrid.row``)."""

    __slots__ = ("_grid",)

    def __init__(self, grid: FollowUpGrid) -> None:
        self._grid = grid

    def __len__(self) -> int:
        return len(self._grid)

    @overload
    def __getitem__(self, index: int) -> GridRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[GridRow]: ...
    def __getitem__(self, index: int | slice) -> GridRow | list[GridRow]:
        if isinstance(index, slice):
            return [self._grid.row(k) for k in range(len(self))[index]]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._grid.row(index)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _GridRows | list | tuple):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(list(self))


@dataclass(frozen=True)
class PairMonth:
    """One pair in the report of one month (``month_report``)."""

    pair_id: int
    mentor: str
    mentee: str
    hours: float  # rounded to 2 decimals
    commitment_hours: float  # per the rule of the module: full, prorated or 0
    meets: bool | None  # meets_commitment: None when the month is not judged (see state)
    last_session: dt.date | None  # on or before the month's last day
    state: CellState

    def to_json(self) -> dict[str, Any]:
        """The entry as plain JSON values (dates as ISO text)."""
        return {
            "pair_id": self.pair_id,
            "mentor": self.mentor,
            "mentee": self.mentee,
            "hours": self.hours,
            "commitment_hours": self.commitment_hours,
            "meets": self.meets,
            "last_session": self.last_session.isoformat() if self.last_session else None,
            "state": self.state.value,
        }


class ReasonCode(StrEnum):
    """Why a pair is on the follow-up list (the GUI turns each into a sentence)."""

    SILENT = "silent"  # {"days"}
    RECHECK = "recheck"  # {"date"}
    END_PASSED = "end_passed"  # {"date", "days"} the planned end passed `days` days ago
    END_NEAR = "end_near"  # {"date", "days"} the planned end is in `days` days (0: today)
    BELOW_LAST_MONTH = "below_last_month"  # {"hours", "commitment"}
    MENTOR_UNTRAINED = "mentor_untrained"  # {"mentor"} a proposed pair's mentor, not trained
    FEEDBACK_DUE = "feedback_due"  # {"checkin", "date"} a planned check-in has come


@dataclass(frozen=True)
class Reason:
    code: ReasonCode
    params: dict[str, Any]


@dataclass(frozen=True)
class FollowUpItem:
    pair_id: int
    mentor_name: str
    mentee_name: str
    mentor_phone: str | None
    mentee_phone: str | None
    mentor_email: str | None
    mentee_email: str | None
    last_session: dt.date | None  # on or before today
    reasons: tuple[Reason, ...]  # in the order of ReasonCode

    def reason(self, code: ReasonCode | str) -> Reason | None:
        return next((r for r in self.reasons if r.code == code), None)


# -- months --------------------------------------------------------------------------------


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(month: dt.date, count: int) -> dt.date:
    """The first day of the month ``count`` months after (or before) ``month``'s."""
    index = month.year * 12 + month.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(month: dt.date) -> dt.date:
    """The last day of ``month``'s month."""
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def month_cell(
    commitment_hours: float,
    days_in_month: int,
    active_days: int,
    paused_days: int,
    minutes: int,
    in_progress: bool = False,
) -> MonthCell:
    """Judge one month of one pair (the rule is in the module's docstring); ``in_progress``:
    the month is not over, so it is not judged unless its commitment is already reached."""
    hours = minutes / 60
    if paused_days * 2 > days_in_month:
        return MonthCell(hours, 0.0, CellState.PAUSED)
    if active_days >= FULL_MONTH_DAYS:
        commitment = float(commitment_hours)
    elif active_days > 0 and minutes > 0:
        commitment = round(commitment_hours * active_days / days_in_month, 2)
    else:
        state = (
            CellState.PAUSED if paused_days and paused_days >= active_days else CellState.INACTIVE
        )
        return MonthCell(hours, 0.0, state)
    if commitment <= 0:  # a degenerate commitment: nothing was asked
        return MonthCell(hours, 0.0, CellState.INACTIVE)
    if minutes >= commitment * 60 - 1e-9:
        state = CellState.MET
    elif in_progress:
        state = CellState.IN_PROGRESS
    elif minutes > 0:
        state = CellState.BELOW
    else:
        state = CellState.NONE
    return MonthCell(hours, commitment, state)


# -- the life of a pair --------------------------------------------------------------------

# A period as day ordinals: [first, stop) (stop None: still going on), with its status.
_Period = tuple[int, int | None, PairStatus]


def _periods(
    changes: Sequence[tuple[int, PairStatus]],
    start_date: dt.date | None,
    ended_on: dt.date | None,
) -> list[_Period]:
    """The ACTIVE and PAUSED periods of a pair, from its history: (day ordinal, status) in
    the order recorded.

    Changes on one day: the last recorded wins. A pair without history (data from elsewhere)
    is taken as active from its start date to its end date."""
    if not changes:
        if start_date is None:
            return []
        stop = ended_on.toordinal() if ended_on else None
        if stop is not None and stop <= start_date.toordinal():
            return []
        return [(start_date.toordinal(), stop, PairStatus.ACTIVE)]
    ordered = sorted(changes, key=_first)  # stable: one day's changes keep their order
    periods: list[_Period] = []
    last = len(ordered) - 1
    for position, (begin, status) in enumerate(ordered):
        if status is not PairStatus.ACTIVE and status is not PairStatus.PAUSED:
            continue
        stop = ordered[position + 1][0] if position < last else None
        if stop is not None and stop <= begin:
            continue  # replaced the same day
        if periods and periods[-1][2] is status and periods[-1][1] == begin:
            begin = periods.pop()[0]  # the same status recorded twice in a row
        periods.append((begin, stop, status))
    return periods


def _first(item: tuple[int, PairStatus]) -> int:
    return item[0]


def _held_days(periods: Iterable[_Period], first: int, stop: int) -> tuple[int, int]:
    """Days ACTIVE and days PAUSED in [first, stop) (day ordinals)."""
    active = paused = 0
    for begin, end, status in periods:
        low = begin if begin > first else first
        high = stop if end is None or end > stop else end
        if high > low:
            if status is PairStatus.ACTIVE:
                active += high - low
            else:
                paused += high - low
    return active, paused


def _days_by_month(
    periods: Iterable[_Period], starts: Sequence[int], stops: Sequence[int]
) -> tuple[list[int], list[int]]:
    """Days ACTIVE and days PAUSED in each month ([starts[k], stops[k]) as day ordinals,
    consecutive), each period spread over the months it covers."""
    count = len(starts)
    window_first, window_stop = starts[0], stops[-1]
    actives = [0] * count
    pauses = [0] * count
    for begin, end, status in periods:
        low = begin if begin > window_first else window_first
        high = window_stop if end is None or end > window_stop else end
        if high <= low:
            continue
        days = actives if status is PairStatus.ACTIVE else pauses
        k = bisect_right(starts, low) - 1
        while k < count and starts[k] < high:
            days[k] += (stops[k] if stops[k] < high else high) - (
                starts[k] if starts[k] > low else low
            )
            k += 1
    return actives, pauses


def _current_active_since(periods: Sequence[_Period], day: dt.date) -> dt.date | None:
    """The first day of the ACTIVE period that contains ``day``, if any."""
    ordinal = day.toordinal()
    for begin, stop, status in periods:
        if status == PairStatus.ACTIVE and begin <= ordinal and (stop is None or ordinal < stop):
            return dt.date.fromordinal(begin)
    return None


# -- reading -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Pair:
    id: int
    status: PairStatus
    start_date: dt.date | None
    planned_end: dt.date | None
    commitment: float
    mentor_first: str
    mentor_last: str
    mentee_first: str
    mentee_last: str
    mentor_phone: str | None
    mentee_phone: str | None
    mentor_email: str | None
    mentee_email: str | None
    last_session: dt.date | None
    periods: list[_Period]

    @property
    def mentor_name(self) -> str:
        return f"{self.mentor_first} {self.mentor_last}".strip()

    @property
    def mentee_name(self) -> str:
        return f"{self.mentee_first} {self.mentee_last}".strip()

    def sort_key(self) -> tuple[str, str, str, str, int]:
        return (
            fold(self.mentor_last),
            fold(self.mentor_first),
            fold(self.mentee_last),
            fold(self.mentee_first),
            self.id,
        )


_STATUSES = {status.value: status for status in PairStatus}

_PEOPLE_COLUMNS = """,
       mr.first_name, mr.last_name, me.first_name, me.last_name,
       mr.phone, me.phone, mr.email, me.email"""
_PEOPLE_JOINS = """
JOIN member mr ON mr.id = p.mentor_id
JOIN member me ON me.id = p.mentee_id"""
_NO_PEOPLE = ("", "", "", "", None, None, None, None)

# The minutes per pair and month, as one aggregate over the sessions: the floor the grid is
# measured against (benchmarks/bench_followup.py; the grid folds the same sums in). Dates are
# stored as ISO text, so ``substr(held_on, 1, 7)`` is the month; the query matches the index
# ix_session_pair_month (pair_id, that same expression, held_on, duration_minutes) word for
# word: SQLite walks that index alone, in the order of the GROUP BY, with no sort.
_MINUTES_SQL = (
    "SELECT pair_id, substr(held_on, 1, 7) AS month, SUM(duration_minutes) "
    "FROM mentoring_session WHERE substr(held_on, 1, 7) BETWEEN ? AND ? "
    "GROUP BY pair_id, substr(held_on, 1, 7)"
)

# The grid's one query: each pair that has started (not PROPOSED) and had not ended before
# the window, with its last session up to a day (a MAX per pair, a seek on the index
# (pair_id, held_on)) and, folded in as text, its status history (id, status and date of
# each change) and its minutes per month of the window (month and sum), both read per pair
# through their index (ix_pair_status_change_pair_id, and ix_session_pair_month, whose
# expression the month's substr matches word for word, walked for that pair's months
# only). Items are separated by the ASCII record separator (char 30), which no ISO date,
# status or number holds. Written per dialect (core.sql): on SQLite exactly the text the
# index plan was measured with; on a server the same query in PostgreSQL's words.
_GRID_TEMPLATE = """
SELECT p.id, p.status, p.start_date, p.ended_on, p.planned_end, p.monthly_commitment_hours,
       (SELECT MAX(s.held_on) FROM mentoring_session s
        WHERE s.pair_id = p.id AND s.held_on <= ?),
       (SELECT {changes}
        FROM pair_status_change c WHERE c.pair_id = p.id),
       (SELECT {months} FROM
         (SELECT {month} AS month, SUM(s.duration_minutes) AS minutes
          FROM mentoring_session s
          WHERE s.pair_id = p.id AND {in_months}
          GROUP BY s.pair_id, {month}){alias}){{people}}
FROM pair p{{joins}}
WHERE p.status <> 'proposed' AND (p.ended_on IS NULL OR p.ended_on >= ?)
"""


def _in_months(month: str, dialect: str) -> str:
    """A session held in the months from ? to ? ('YYYY-MM', both included). On a server, as
    a range of dates: a seek on its index (pair_id, held_on), which holds the date itself,
    not its text; on SQLite, the month's text (``month``) that its index holds."""
    if dialect == sql.POSTGRESQL:
        return (
            "s.held_on >= CAST(? || '-01' AS DATE)"
            " AND s.held_on < CAST(CAST(? || '-01' AS DATE) + INTERVAL '1 month' AS DATE)"
        )
    return f"{month} BETWEEN ? AND ?"


def _grid_sql(dialect: str) -> str:
    """The grid's one query in ``dialect``'s words ({people} and {joins} left to fill)."""
    separator = sql.char(30, dialect)
    month = sql.month_of("s.held_on", dialect)
    in_months = _in_months(month, dialect)
    return _GRID_TEMPLATE.format(
        changes=sql.joined(
            f"c.id || ' ' || c.status || ' ' || {sql.as_text('c.effective_on', dialect)}",
            separator,
            dialect,
        ),
        months=sql.joined("month || ' ' || minutes", separator, dialect),
        month=month,
        in_months=in_months,
        alias=" AS m" if dialect == sql.POSTGRESQL else "",
    )


_GRID_SQL = _grid_sql(sql.SQLITE)
_GRID_SQL_BY_DIALECT = {sql.SQLITE: _GRID_SQL, sql.POSTGRESQL: _grid_sql(sql.POSTGRESQL)}
_SEPARATOR = "\x1e"


def _load_grid(
    db: Database,
    months: Sequence[dt.date],
    people: bool = True,
    last_until: dt.date | None = None,
    group_id: int | None = None,
) -> tuple[dict[int, list[int]], list[_Pair]]:
    """The pairs that have started (not PROPOSED) and had not ended before the first of
    ``months`` (consecutive), with their periods, their last session on or before
    ``last_until`` (by default the last month's last day) and (``people``) the names and
    contacts of their members; and the minutes each of them logged in each month (pairs
    without any left out); only the pairs of the local group ``group_id`` when given. One
    query."""
    parse = dt.date.fromisoformat
    statuses = _STATUSES
    separator = _SEPARATOR
    index = {m.strftime("%Y-%m"): k for k, m in enumerate(months)}
    size = len(months)
    query = _GRID_SQL_BY_DIALECT[db.dialect].format(
        people=_PEOPLE_COLUMNS if people else "", joins=_PEOPLE_JOINS if people else ""
    )
    first, last = months[0], month_end(months[-1])
    in_group: tuple[int, ...] = ()
    if group_id is not None:  # the WHERE clause comes last
        query, in_group = query.rstrip() + " AND p.group_id = ?", (group_id,)
    rows = db.query(
        query,
        (
            (last_until or last).isoformat(),
            first.strftime("%Y-%m"),
            last.strftime("%Y-%m"),
            first.isoformat(),
            *in_group,
        ),
    )
    minutes: dict[int, list[int]] = {}
    pairs: list[_Pair] = []
    for row in rows:
        # The columns by name, in the order of _GRID_SQL (then the people's, when asked).
        pair_id, pair_status, start, ended, planned_end, commitment, last_session = row[:7]
        history, logged = row[7], row[8]
        if logged:
            values = [0] * size
            for item in logged.split(separator):
                month, _space, total = item.rpartition(" ")
                slot = index.get(month)
                if slot is not None:  # else a date not written as ISO text
                    values[slot] = int(total) if total.isdigit() else int(float(total))
            minutes[pair_id] = values
        changes: list[tuple[int, PairStatus]] = []
        if history:
            items = history.split(separator)
            if len(items) > 1:  # in the order recorded (by id): one day's last wins
                items.sort(key=_change_id)
            for item in items:
                _id, status, effective_on = item.split(" ", 2)
                changes.append((parse(effective_on).toordinal(), statuses[status]))
        start_date = parse(start) if start else None
        first_a, last_a, first_b, last_b, phone_a, phone_b, email_a, email_b = (
            row[9:] if people else _NO_PEOPLE
        )
        pairs.append(
            _Pair(
                pair_id,
                statuses[pair_status],
                start_date,
                parse(planned_end) if planned_end else None,
                float(commitment),
                first_a or "",
                last_a or "",
                first_b or "",
                last_b or "",
                phone_a,
                phone_b,
                email_a,
                email_b,
                parse(last_session) if last_session else None,
                _periods(changes, start_date, parse(ended) if ended else None),
            )
        )
    return minutes, pairs


def _change_id(item: str) -> int:
    """The id of a change folded in by _GRID_SQL (``"id status date"``)."""
    return int(item.split(" ", 1)[0])


_cached_cell = lru_cache(maxsize=16384)(month_cell)


@dataclass(slots=True)
class _Judged:
    pair: _Pair
    cells: list[MonthCell]
    minutes: list[int]
    active_days: list[int]


def _judge(
    db: Database,
    first_month: dt.date,
    count: int,
    people: bool = True,
    today: dt.date | None = None,
    group_id: int | None = None,
) -> tuple[list[dt.date], list[_Judged]]:
    """The months and, for every pair active or paused on at least one day of them, its
    cells (with ``people``, names and contacts, sorted by mentor then mentee). One query
    (``_load_grid``). The months not over on ``today`` (default: the real today) are in progress."""
    if count < 1:
        raise ValueError("count must be at least 1")
    months = [add_months(first_month, k) for k in range(count)]
    starts = [m.toordinal() for m in months]
    stops = [*starts[1:], add_months(months[-1], 1).toordinal()]
    lengths = [stop - first for first, stop in zip(starts, stops, strict=True)]
    # A month is over once today is past its last day (stop is the next month's first).
    now = (today or dt.date.today()).toordinal()
    running = [stop > now for stop in stops]
    no_minutes = [0] * count
    minutes, pairs = _load_grid(db, months, people, group_id=group_id)
    cell = _cached_cell
    spread = _days_by_month
    judged: list[_Judged] = []
    for pair in pairs:
        if not pair.periods:
            continue
        actives, pauses = spread(pair.periods, starts, stops)
        if not any(actives) and not any(pauses):
            continue
        logged = minutes.get(pair.id, no_minutes)
        commitment = pair.commitment
        # The row's cells in one map over the month columns (the cached judge is C code).
        cells = list(
            map(cell, repeat(commitment, count), lengths, actives, pauses, logged, running)
        )
        judged.append(_Judged(pair, cells, logged, actives))
    if people:
        judged.sort(key=lambda j: j.pair.sort_key())
    return months, judged


# -- the grid ------------------------------------------------------------------------------


class _GridColumns(NamedTuple):
    """What a ``FollowUpGrid`` holds: the pairs as read (``ids``; ``names``: the mentors'
    first and last names then the mentees'; ``commitments``; ``last_sessions`` as ISO
    text), ``rows``: for each row of the grid the position of its pair among them; and by
    row of the grid ``row_minutes`` and, per month, numpy arrays: ``minutes``, ``owed``
    (the month's commitment) and ``states`` (the codes of ``_CELL_STATES``)."""

    ids: Sequence[int]
    names: tuple[Sequence[str], Sequence[str], Sequence[str], Sequence[str]]
    commitments: Sequence[float]
    last_sessions: Sequence[str | None]
    rows: list[int]
    row_minutes: Any
    minutes: Any
    owed: Any
    states: Any


_EPOCH = dt.date(1970, 1, 1).toordinal()
_ACTIVE, _PAUSED = 1, 2
_DIALECTS = (sql.SQLITE, sql.POSTGRESQL)
_SPACE = "' '"  # the separator of the numbers a query joins in one text, as a SQL literal

# The grid reads three things, each with one query, and joins them by pair id in numpy:
# the pairs (those of _GRID_SQL: started, not ended before the window; their commitment,
# last session and members' names), their status histories, and the minutes per pair and
# month (the benchmark's floor, _MINUTES_SQL). The histories and the minutes come back as
# numbers in one text each, which numpy reads at once: no Python object per change nor
# per pair and month. A pair's last session is one backward seek on (pair_id, held_on):
# taking it from the walk of the minutes instead (a MAX per pair and month) costs that
# walk more than the seeks. The start and end dates, which only a pair without history
# needs, are read for such pairs alone (_start_and_end).
_GRID_PAIRS_WHERE = "p.status <> 'proposed' AND (p.ended_on IS NULL OR p.ended_on >= ?)"
_GRID_PAIRS_SQL = f"""
SELECT p.id, p.monthly_commitment_hours,
       (SELECT s.held_on FROM mentoring_session s
        WHERE s.pair_id = p.id AND s.held_on <= ? ORDER BY s.held_on DESC LIMIT 1),
       mr.first_name, mr.last_name, me.first_name, me.last_name
FROM pair p
JOIN member mr ON mr.id = p.mentor_id
JOIN member me ON me.id = p.mentee_id
WHERE {_GRID_PAIRS_WHERE}{{group}}
ORDER BY p.id
"""


# A status change packed into one number: (pair id * 4 + the status's code) * 2^23 + its day
# + 2^22 (every day of the years 1 to 9999 fits in 23 bits, so offset). A pair id from 2^38
# does not fit: such a change is -1, and the grid reads the histories unpacked.
_DAY_BITS = 23
_DAY_OFFSET = 1 << (_DAY_BITS - 1)
_PACKED_PAIRS = 1 << (63 - 2 - _DAY_BITS)


def _grid_history_columns(dialect: str) -> tuple[str, str]:
    """The SQL of a change's owner (the pair's id and the status's code (_ACTIVE, _PAUSED,
    else 0) as id * 4 + code) and of its day (days since 1970-01-01, numpy's day numbers)."""
    if dialect == sql.POSTGRESQL:
        day = "(c.effective_on - DATE '1970-01-01')"
    else:
        day = "CAST(julianday(c.effective_on) - 2440587.5 AS INTEGER)"
    owner = (  # in brackets: SQLite's || binds tighter than +
        f"(CAST(c.pair_id AS BIGINT) * 4 + CASE c.status WHEN 'active' THEN {_ACTIVE}"
        f" WHEN 'paused' THEN {_PAUSED} ELSE 0 END)"
    )
    return owner, day


def _grid_history_sql(dialect: str) -> str:
    """Every status change, in one walk of the table (a few per pair: cheaper than a seek
    per pair of the grid; the grid keeps the changes of its pairs), as two texts of numbers:
    each change packed in one number (its owner and day, above; -1 when it does not fit, or
    when its date is not one), and the changes' ids in the same order (one day's last
    recorded wins). One number per change and no text joined per row: half the work of
    writing each change as three numbers (_GRID_PLAIN_HISTORY_SQL, the fallback)."""
    owner, day = _grid_history_columns(dialect)
    packed = (
        f"CASE WHEN c.pair_id < {_PACKED_PAIRS}"
        f" THEN coalesce({owner} * {1 << _DAY_BITS} + {day} + {_DAY_OFFSET}, -1) ELSE -1 END"
    )
    if dialect == sql.POSTGRESQL:  # each text in the order of the ids, said outright
        return (
            f"SELECT string_agg(CAST({packed} AS TEXT), ' ' ORDER BY c.id),"
            " string_agg(CAST(c.id AS TEXT), ' ' ORDER BY c.id) FROM pair_status_change c"
        )
    # Both aggregates are fed the same rows in the same order: the n-th number of one
    # text and the n-th of the other are the same change.
    return f"SELECT group_concat({packed}, ' '), group_concat(c.id, ' ') FROM pair_status_change c"


def _grid_plain_history_sql(dialect: str) -> str:
    """Each status change as three numbers: its owner, its day and its id (what
    _GRID_HISTORY_SQL packs), for a register whose pair ids do not fit in a packed number."""
    owner, day = _grid_history_columns(dialect)
    numbers = sql.joined(f"{owner} || ' ' || {day} || ' ' || c.id", _SPACE, dialect)
    return f"SELECT {numbers} FROM pair_status_change c"


_GRID_HISTORY_SQL = {dialect: _grid_history_sql(dialect) for dialect in _DIALECTS}
_GRID_PLAIN_HISTORY_SQL = {dialect: _grid_plain_history_sql(dialect) for dialect in _DIALECTS}

# The minutes per pair and month: the aggregate of _MINUTES_SQL (on SQLite the same walk of
# the covering index ix_session_pair_month), each of its rows one number, (pair id * 2^8 +
# the month's index in the grid) * 2^28 + the minutes, all of them joined in one text. A
# row that would not fit (a pair id from 2^27, 2^28 minutes or more) is -1: the grid then
# reads the same sums as rows (_GRID_PLAIN_MINUTES_SQL).
_MONTH_BITS, _MINUTE_BITS = 8, 28
_PACKED_MONTHS = 1 << _MONTH_BITS
_PACKED_COLUMNS = (
    f"CASE WHEN s.pair_id < {1 << (63 - _MONTH_BITS - _MINUTE_BITS)}"
    f" AND SUM(s.duration_minutes) < {1 << _MINUTE_BITS}"
    f" THEN (CAST(s.pair_id AS BIGINT) * {_PACKED_MONTHS} + {{index}}) * {1 << _MINUTE_BITS}"
    " + CAST(SUM(s.duration_minutes) AS BIGINT) ELSE -1 END AS packed"
)
_PLAIN_COLUMNS = "s.pair_id, {index}, CAST(SUM(s.duration_minutes) AS BIGINT)"


def _grid_minutes_sql(dialect: str, columns: str) -> str:
    """The minutes per pair and month in ``dialect``'s words, as ``columns`` says; its
    parameters: the index of the grid's first month (year * 12 + month), then the first and
    last months as 'YYYY-MM'."""
    month = sql.month_of("s.held_on", dialect)
    # The month's index counted from the grid's first month, from the year and month of a
    # row of the group: on PostgreSQL from the grouped month's text (a bare column may not
    # be named there); on SQLite from the date's text itself (the same digits, and half
    # the cost of taking them from the grouped expression), its year by a CAST, which
    # reads the leading digits of a text without the call of a function.
    digits = month if dialect == sql.POSTGRESQL else "s.held_on"
    year = f"substr({digits}, 1, 4)" if dialect == sql.POSTGRESQL else digits
    index = (
        f"CAST({year} AS INTEGER) * 12"
        f" + CAST(substr({digits}, 6, 2) AS INTEGER) - CAST(? AS INTEGER)"
    )
    in_months = _in_months(month, dialect)
    return (
        f"SELECT {columns.format(index=index)}\n"
        "FROM mentoring_session s\n"
        f"WHERE {in_months}\n"
        f"GROUP BY s.pair_id, {month}"
    )


_GRID_MINUTES_SQL = {
    dialect: f"SELECT {sql.joined('packed', _SPACE, dialect)} FROM ("
    f"{_grid_minutes_sql(dialect, _PACKED_COLUMNS)}) AS m"
    for dialect in _DIALECTS
}
_GRID_PLAIN_MINUTES_SQL = {
    dialect: _grid_minutes_sql(dialect, _PLAIN_COLUMNS) for dialect in _DIALECTS
}


def compute_grid(
    db: Database,
    end_month: dt.date,
    months: int = 12,
    today: dt.date | None = None,
    group_id: int | None = None,
) -> FollowUpGrid:
    """The grid of the ``months`` months ending with ``end_month``'s month: one row per pair
    active or paused on at least one day of them. The months not over on ``today`` (default:
    the real today) are in progress: not judged until their commitment is reached.

    Three queries, whatever the number of pairs: the pairs with their members' names and
    last session, the status histories and the minutes per pair and month (_GRID_PAIRS_SQL,
    _GRID_HISTORY_SQL, _GRID_MINUTES_SQL), joined by pair id; a fourth only for pairs
    without history (their start and end), or for ids too large to pack (the same figures
    unpacked). Everything is read before the grid is returned. What follows works by column,
    not by pair nor by cell (numpy): each period of a history is spread over the months at
    once (``_grid_days``), every cell is judged by the module's rule at once
    (``_grid_states``); the grid keeps the arrays and makes a cell when it is asked for."""
    # lazy: numpy, loaded when a grid is first built (the follow-up view, a report)
    import numpy as np

    if months < 1:
        raise ValueError("count must be at least 1")
    first = add_months(month_start(end_month), -(months - 1))
    month_list = [add_months(first, k) for k in range(months)]
    last_day = month_end(month_list[-1])
    group, in_group = ("", ()) if group_id is None else (" AND p.group_id = ?", (group_id,))
    pairs = db.query(
        _GRID_PAIRS_SQL.format(group=group),
        (last_day.isoformat(), first.isoformat(), *in_group),
    )
    if not pairs:
        return _empty_grid(month_list)
    ids, commitment, last_session, *names = zip(*pairs, strict=True)
    id_array = np.array(ids, dtype=np.int64)  # ascending (ORDER BY p.id)
    # Days as numbers since 1970-01-01 (numpy's dates), each month [bounds[k], bounds[k+1]).
    bounds = np.array(
        [m.toordinal() - _EPOCH for m in (*month_list, add_months(first, months))],
        dtype=np.int64,
    )
    active, paused = _grid_days(db, _grid_changes(db), id_array, bounds)
    # The pairs active or paused on at least one day of the months, by mentor then mentee.
    shown = np.flatnonzero(active.any(axis=1) | paused.any(axis=1)).tolist()
    if not shown:
        return _empty_grid(month_list)
    rows = _by_names(names, shown)
    take = np.array(rows, dtype=np.int64)
    minutes = _grid_minutes(db, first, last_day, months, id_array)[take]
    now = (today or dt.date.today()).toordinal() - _EPOCH
    owed, states = _grid_states(
        minutes,
        active[take],
        paused[take],
        np.array(commitment, dtype=np.float64)[take],
        bounds,
        bounds[1:] > now,
    )
    columns = _GridColumns(
        ids,
        (names[0], names[1], names[2], names[3]),
        commitment,
        last_session,
        rows,
        minutes.sum(axis=1),
        minutes,
        owed,
        states,
    )
    totals = [total / 60 for total in minutes.sum(axis=0).tolist()]
    return FollowUpGrid(month_list, totals, _met_shares(states), columns)


_NUL = "\x00"


def _by_names(names: Sequence[Sequence[str]], shown: list[int]) -> list[int]:
    """The positions ``shown`` (pairs in the order of their ids) by mentor then mentee: the
    last then first names, folded (accents and case ignored), then the id.

    Each pair's four folded names are joined in one text by NUL, which sorts before every
    other character: two such texts compare as their four names in turn, one comparison
    of texts instead of a tuple's; the sort is stable, so pairs of the same names keep the
    order of their ids. A name holding NUL itself would break that: such a register is
    sorted by the tuples of names."""
    mentor_first, mentor_last, mentee_first, mentee_last = names
    in_order = (mentor_last, mentor_first, mentee_last, mentee_first)
    # Every pair read, shown or not: cheaper than picking the shown ones' names first (the
    # folding is remembered, ``_fold``).
    keys: list[Any] = list(map(_NUL.join, zip(*(map(_fold, c) for c in in_order), strict=True)))
    if "".join(keys).count(_NUL) != 3 * len(keys):
        keys = list(zip(*(map(_fold, c) for c in in_order), strict=True))
    return sorted(shown, key=keys.__getitem__)


def _gather(column: Sequence[Any], rows: Sequence[int]) -> list[Any]:
    """``[column[k] for k in rows]``, gathered in C."""
    if len(rows) < 2:
        return [column[k] for k in rows]
    return list(itemgetter(*rows)(column))


def _numbers(text: str | None, width: int) -> Any:
    """The integers of a text of numbers separated by spaces (a query's joined numbers),
    ``width`` to a row."""
    # lazy: numpy, loaded when a grid is first built
    import numpy as np

    if not text:
        return np.zeros((0, width), dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=" ").reshape(-1, width)


def _grid_minutes(
    db: Database, first: dt.date, last_day: dt.date, months: int, id_array: Any
) -> Any:
    """The minutes each pair of ``id_array`` (ascending) logged in each month of the grid
    (a row per pair, a column per month)."""
    # lazy: numpy, loaded when a grid is first built
    import numpy as np

    params = (first.year * 12 + first.month, first.strftime("%Y-%m"), last_day.strftime("%Y-%m"))
    minutes = np.zeros((len(id_array), months), dtype=np.int64)
    packed = None
    if months <= _PACKED_MONTHS:
        packed = _numbers(db.query(_GRID_MINUTES_SQL[db.dialect], params)[0][0], 1)[:, 0]
        if not len(packed):
            return minutes
    if packed is not None and packed.min() >= 0:
        keys = packed >> _MINUTE_BITS
        pair_ids, slots = keys >> _MONTH_BITS, keys & (_PACKED_MONTHS - 1)
        logged = packed & ((1 << _MINUTE_BITS) - 1)
    else:  # a row too large to pack: the same sums, read as rows
        plain = db.query(_GRID_PLAIN_MINUTES_SQL[db.dialect], params)
        if not plain:
            return minutes
        pair_ids, slots, logged = np.array(plain, dtype=np.int64).T
    rows = np.minimum(np.searchsorted(id_array, pair_ids), len(id_array) - 1)
    known = (id_array[rows] == pair_ids) & (slots >= 0) & (slots < months)
    minutes[rows[known], slots[known]] = logged[known]
    return minutes


def _grid_changes(db: Database) -> tuple[Any, Any, Any]:
    """Every status change as three arrays: its owner (pair id * 4 + the status's code),
    its day (numpy's day numbers) and its id. One query (_GRID_HISTORY_SQL); a second, the
    changes unpacked, only when one of them did not fit in a packed number."""
    # lazy: numpy, loaded when a grid is first built
    import numpy as np

    packed_text, id_text = db.query(_GRID_HISTORY_SQL[db.dialect])[0]
    packed = _numbers(packed_text, 1)[:, 0]
    if len(packed) and packed.min() < 0:
        (plain,) = db.query(_GRID_PLAIN_HISTORY_SQL[db.dialect])[0]
        changes = _numbers(plain, 3)
        return changes[:, 0], changes[:, 1], changes[:, 2]
    day = (packed & ((1 << _DAY_BITS) - 1)) - _DAY_OFFSET
    return packed >> _DAY_BITS, day, _numbers(id_text, 1)[:, 0].astype(np.int64)


def _grid_days(
    db: Database, changes: tuple[Any, Any, Any], id_array: Any, bounds: Any
) -> tuple[Any, Any]:
    """The days each pair of ``id_array`` (ascending) spent ACTIVE and PAUSED in each month
    (``bounds``: the first day of each month, then of the month after, in numpy's day
    numbers), by ``_periods``' rule: each change (``changes``: the owners, days and ids of
    ``_grid_changes``), in the order of the day then of the record (one day's last wins),
    lasts until the pair's next change; a pair without history (data from elsewhere) is
    active from its start to its end, which are read for such pairs only."""
    # lazy: numpy, loaded when a grid is first built
    import numpy as np

    never = np.iinfo(np.int64).max // 4  # the end of a period still going on
    count, size = len(id_array), len(bounds) - 1
    owner_codes, days, change_ids = changes
    pair_ids, codes = owner_codes >> 2, owner_codes & 3
    owners = np.minimum(np.searchsorted(id_array, pair_ids), count - 1)
    # Each change's pair among the pairs read (a pair written in between is left out),
    # its changes by day then as recorded.
    known = id_array[owners] == pair_ids
    owners, codes, days, change_ids = owners[known], codes[known], days[known], change_ids[known]
    if len(change_ids) > 1 and (change_ids[1:] > change_ids[:-1]).all():
        # Read in the order of their ids (as a table is walked): a stable sort by pair
        # then day keeps it; a day's number plus _DAY_OFFSET holds in _DAY_BITS bits.
        order = np.argsort((owners << _DAY_BITS) + (days + _DAY_OFFSET), kind="stable")
    else:
        order = np.lexsort((change_ids, days, owners))
    owners, codes, days = owners[order], codes[order], days[order]
    stop = np.full(len(days), never, dtype=np.int64)
    if len(days) > 1:
        stop[:-1] = np.where(owners[1:] == owners[:-1], days[1:], never)
    with_history = np.zeros(count, dtype=bool)
    with_history[owners] = True
    without = np.flatnonzero(~with_history)
    dates = _start_and_end(db, id_array[without].tolist()) if len(without) else {}
    plain = [k for k in without.tolist() if int(id_array[k]) in dates]
    if plain:  # no history: active from the start to the end
        spans = [dates[int(id_array[k])] for k in plain]
        owners = np.concatenate((owners, np.array(plain, dtype=np.int64)))
        codes = np.concatenate((codes, np.full(len(plain), _ACTIVE, dtype=np.int64)))
        begins = np.array([b for b, _e in spans], dtype="datetime64[D]").astype(np.int64)
        days = np.concatenate((days, begins))
        ends = [e for _b, e in spans]
        stops = np.array([e or "9999-12-31" for e in ends], dtype="datetime64[D]")
        stops = np.where([e is None for e in ends], never, stops.astype(np.int64))
        stop = np.concatenate((stop, stops))
    # Each ACTIVE or PAUSED period's days in each month: from max(its first, the month's
    # first) to min(its stop, the next month's first), when that is not empty; added up
    # per status (0: ACTIVE, 1: PAUSED), pair and month at once (an unbuffered add).
    counted = codes != 0
    owners, codes, days, stop = owners[counted], codes[counted], days[counted], stop[counted]
    overlap = np.minimum(stop[:, None], bounds[None, 1:]) - np.maximum(
        days[:, None], bounds[None, :-1]
    )
    np.maximum(overlap, 0, out=overlap)
    held = np.zeros((2, count, size), dtype=np.int64)
    np.add.at(held, ((codes != _ACTIVE).astype(np.intp), owners), overlap)
    return held[0], held[1]


def _start_and_end(db: Database, pair_ids: list[int]) -> dict[int, tuple[str, str | None]]:
    """The start and end dates (ISO text) of the pairs ``pair_ids`` that have a start date:
    the pairs without history, few or none (one query, only when there are some)."""
    rows = db.query(
        "SELECT p.id, p.start_date, p.ended_on FROM pair p "
        f"WHERE p.start_date IS NOT NULL AND {sql.in_json_ids('p.id', db.dialect)}",
        (json.dumps(pair_ids),),
    )
    return {pair_id: (start, ended) for pair_id, start, ended in rows if start}


def _grid_states(
    minutes: Any, active: Any, paused: Any, commitments: Any, bounds: Any, running: Any
) -> tuple[Any, Any]:
    """Every cell judged by the module's rule, as ``month_cell`` judges one, over the
    arrays: the commitment of each month (0 where none) and the state's code."""
    # lazy: numpy, loaded when a grid is first built
    import numpy as np

    lengths = bounds[1:] - bounds[:-1]
    asked = np.asarray(commitments, dtype=np.float64)[:, None]
    most_paused = paused * 2 > lengths
    full = active >= FULL_MONTH_DAYS
    partial = (active > 0) & (minutes > 0) & ~full & ~most_paused
    owed = np.where(full & ~most_paused, asked, 0.0)
    # A first or last month, a return: prorated, rounded as month_cell rounds (Python's
    # round to the hundredth, not numpy's), the same product and quotient of floats; each
    # distinct value rounded once (a few commitments, days and lengths of months).
    rows, months = np.nonzero(partial)
    if len(rows):
        prorated = asked[rows, 0] * active[rows, months] / lengths[months]
        values, where = np.unique(prorated, return_inverse=True)
        owed[rows, months] = np.array([round(v, 2) for v in values.tolist()])[where]
    owing = owed > 0  # a degenerate commitment asks for nothing: not running
    met = owing & (minutes >= owed * 60 - 1e-9)
    mostly_paused = (paused > 0) & (paused >= active) & ~full & ~partial
    # The first state whose condition holds (a cell that owes hours is never paused): each
    # state written over the cells of its condition, from the last condition to the first.
    states = np.full(owed.shape, _CODE[CellState.INACTIVE], dtype=np.int8)
    states[most_paused | mostly_paused] = _CODE[CellState.PAUSED]
    states[owing] = _CODE[CellState.NONE]
    states[owing & (minutes > 0)] = _CODE[CellState.BELOW]
    states[owing & running[None, :]] = _CODE[CellState.IN_PROGRESS]
    states[met] = _CODE[CellState.MET]
    owed[~owing] = 0.0
    return owed, states


def _met_shares(states: Any) -> list[float | None]:
    """Per month, ``tally_commitment(...).share`` of the states' codes."""
    # lazy: numpy, loaded when a grid is first built
    import numpy as np

    kinds = len(_CELL_STATES)
    months = states.shape[1]
    codes = states.astype(np.int64) + np.arange(months, dtype=np.int64) * kinds
    count = np.bincount(codes.ravel(), minlength=months * kinds).reshape(months, kinds)
    met = count[:, _CODE[CellState.MET]].tolist()
    judged = count[:, [_CODE[s] for s in COUNTED_STATES]].sum(axis=1).tolist()
    pending = count[:, _CODE[CellState.IN_PROGRESS]].tolist()
    return [CommitmentTally(*month).share for month in zip(met, judged, pending, strict=True)]


def _empty_grid(month_list: list[dt.date]) -> FollowUpGrid:
    # lazy: numpy, loaded when a grid is first built
    import numpy as np

    size = len(month_list)
    nothing = np.zeros((0, size), dtype=np.int64)
    columns = _GridColumns(
        [], ([], [], [], []), [], [], [], np.zeros(0, dtype=np.int64), nothing, nothing, nothing
    )
    return FollowUpGrid(month_list, [0.0] * size, [None] * size, columns)


def month_cells(
    db: Database, month: dt.date, today: dt.date | None = None, group_id: int | None = None
) -> dict[int, MonthCell]:
    """Each pair active or paused on at least one day of ``month``'s month, by id, with its
    cell: the grid of one month without names (the quick path of the dashboard)."""
    _months, judged = _judge(
        db, month_start(month), 1, people=False, today=today, group_id=group_id
    )
    return {item.pair.id: item.cells[0] for item in judged}


@dataclass(frozen=True, slots=True)
class PairInPeriod:
    """One pair over a period of days (``pairs_in_period``)."""

    pair_id: int
    cells: list[MonthCell]  # one per calendar month the period touches, judged by the rule
    active_days: int  # days ACTIVE from the period's first day to its last
    paused_days: int


def pairs_in_period(
    db: Database,
    start: dt.date,
    end: dt.date,
    today: dt.date | None = None,
    group_id: int | None = None,
) -> tuple[list[dt.date], list[PairInPeriod]]:
    """The calendar months from ``start``'s to ``end``'s and each pair active or paused on
    at least one day from ``start`` to ``end`` (both included), its months judged as the
    grid judges them (the report of a period: the same rule, the same life of a pair)."""
    first = month_start(start)
    count = (end.year - first.year) * 12 + end.month - first.month + 1
    months, judged = _judge(db, first, max(count, 1), people=False, today=today, group_id=group_id)
    first_day, stop = start.toordinal(), end.toordinal() + 1
    result: list[PairInPeriod] = []
    for item in judged:
        active, paused = _held_days(item.pair.periods, first_day, stop)
        if active or paused:
            result.append(PairInPeriod(item.pair.id, item.cells, active, paused))
    return months, result


def month_report(
    db: Database, month: dt.date, today: dt.date | None = None, group_id: int | None = None
) -> list[PairMonth]:
    """One entry per pair active on at least one day of ``month``'s month (pairs paused the
    whole month are left out), by mentor then mentee.

    ``commitment_hours`` follows the rule of the module: the full commitment for a month
    active on 15 days or more, prorated for a shorter month in which sessions were logged, 0
    for a month paused more than half or barely active with nothing logged; ``meets`` is
    ``meets_commitment`` (None for a month not judged: ``state`` tells why). A month not
    over on ``today`` (default: the real today) is in progress."""
    _months, judged = _judge(db, month_start(month), 1, today=today, group_id=group_id)
    report: list[PairMonth] = []
    for item in judged:
        if item.active_days[0] == 0:
            continue
        cell = item.cells[0]
        hours = round(cell.hours, 2)
        report.append(
            PairMonth(
                item.pair.id,
                item.pair.mentor_name,
                item.pair.mentee_name,
                hours,
                cell.commitment,
                meets_commitment(cell),
                item.pair.last_session,
                cell.state,
            )
        )
    return report


# -- the follow-up list --------------------------------------------------------------------


def _pending_rechecks(db: Database, today: dt.date) -> dict[int, dt.date]:
    """Per pair, the earliest recheck date that has come (on or before ``today``) and that
    no other follow-up entry of the pair, held on that date or later, has answered."""
    rows = db.query(
        "SELECT e.pair_id, MIN(e.recheck_on) FROM follow_up_entry e "
        "WHERE e.recheck_on IS NOT NULL AND e.recheck_on <= ? AND NOT EXISTS ("
        " SELECT 1 FROM follow_up_entry f WHERE f.pair_id = e.pair_id AND f.id <> e.id"
        " AND f.held_on >= e.recheck_on) "
        "GROUP BY e.pair_id",
        (today.isoformat(),),
    )
    return {pair_id: dt.date.fromisoformat(day) for pair_id, day in rows}


def reason_keys(item: FollowUpItem, today: dt.date) -> tuple[str, ...]:
    """The stable keys of the item's reasons, as a handled mark records them: a recheck by
    its date, an end (near or passed) by the planned end date, a month below the commitment
    by that month, a silence by the last session (``silent:never`` when the pair never met).

    Two lists on different days give one reason the same key while it is the same matter:
    a silence that goes on, the same planned end coming then passing."""
    keys: list[str] = []
    for reason in item.reasons:
        if reason.code is ReasonCode.SILENT:
            last = item.last_session.isoformat() if item.last_session else "never"
            keys.append(f"silent:{last}")
        elif reason.code is ReasonCode.RECHECK:
            keys.append(f"recheck:{reason.params['date'].isoformat()}")
        elif reason.code in (ReasonCode.END_PASSED, ReasonCode.END_NEAR):
            keys.append(f"end:{reason.params['date'].isoformat()}")
        elif reason.code is ReasonCode.BELOW_LAST_MONTH:
            keys.append(f"below:{add_months(month_start(today), -1).strftime('%Y-%m')}")
        elif reason.code is ReasonCode.MENTOR_UNTRAINED:
            keys.append("untrained")
        elif reason.code is ReasonCode.FEEDBACK_DUE:
            keys.append(f"feedback:{reason.params['checkin']}")
    return tuple(keys)


@dataclass(frozen=True, slots=True)
class _Mark:
    """The latest handled mark of a pair (``_handled_marks``)."""

    held_on: dt.date
    keys: frozenset[str]
    note_after: bool  # an ordinary follow-up note was added after the mark


def _handled_marks(db: Database) -> dict[int, _Mark]:
    """Per pair, its latest handled mark (the latest date, then the latest recorded)."""
    rows = db.query(
        "SELECT m.pair_id, m.held_on, m.handled_reasons, EXISTS ("
        " SELECT 1 FROM follow_up_entry f WHERE f.pair_id = m.pair_id AND f.id > m.id"
        " AND f.handled = false) "
        "FROM follow_up_entry m WHERE m.handled = true AND m.id = ("
        " SELECT g.id FROM follow_up_entry g WHERE g.pair_id = m.pair_id AND g.handled = true"
        " ORDER BY g.held_on DESC, g.id DESC LIMIT 1)"
    )
    marks: dict[int, _Mark] = {}
    for pair_id, held_on, keys, note_after in rows:
        try:
            loaded = json.loads(keys) if keys else []
        except ValueError:
            loaded = []
        marks[pair_id] = _Mark(
            dt.date.fromisoformat(held_on),
            frozenset(str(k) for k in loaded) if isinstance(loaded, list) else frozenset(),
            bool(note_after),
        )
    return marks


def _covered(mark: _Mark | None, item: FollowUpItem, today: dt.date) -> bool:
    """Whether a handled mark still answers the item: it holds every current reason, and no
    session was held nor ordinary note added after it."""
    if mark is None or mark.note_after:
        return False
    if item.last_session is not None and item.last_session > mark.held_on:
        return False
    return set(reason_keys(item, today)) <= mark.keys


def to_follow_up(
    db: Database, today: dt.date, include_handled: bool = False, group_id: int | None = None
) -> list[FollowUpItem]:
    """The pairs to contact today, each with its reasons (``ReasonCode``):

    - ``silent`` {"days"}: an ACTIVE pair with no session for at least the settings'
      ``silent_days`` days. The silence is counted from the later of its last session and
      the day it became active (its start, or its return from a pause), so a pair that has
      just resumed is left alone; ``days`` is the days since its last session (since its
      start when it never met).
    - ``recheck`` {"date"}: a follow-up entry's recheck date has come (on or before today)
      and no other entry of the pair was held on that date or later (ACTIVE or PAUSED pairs).
    - ``end_passed`` {"date", "days"}: the planned end has passed by ``days`` days and the
      pair has not been ended (ACTIVE or PAUSED pairs).
    - ``end_near`` {"date", "days"}: the planned end is within the settings'
      ``end_soon_days`` days (``days`` from 0, today, up; ACTIVE or PAUSED pairs).
    - ``below_last_month`` {"hours", "commitment"}: an ACTIVE pair whose last month carried
      a commitment (see the module's rule) that its hours did not reach.
    - ``feedback_due`` {"checkin", "date"}: a feedback check-in planned on ``date`` has come
      and neither member answered it yet (core.services.feedback.due_checkins; ``checkin``
      a CheckinRound value; ACTIVE or PAUSED pairs). The end check-in is left to
      ``end_near`` / ``end_passed`` when the pair has one: the closing conversation is it.
    - ``mentor_untrained`` {"mentor"}: a PROPOSED pair whose mentor has no training date
      (core/services/training.py): to invite to a training session before the pair starts.
      Listed after the pairs that have started.

    A pair marked as called / handled (``FollowUpService.mark_handled``) is left out while
    its latest mark holds the keys (``reason_keys``) of all its current reasons, unless a
    session was held after the mark's date or an ordinary note was added after it; with
    ``include_handled`` such pairs are kept.

    Sorted by urgency: silent pairs first, the longest silence first; then the pairs with
    the most reasons; then by mentor and mentee. Seven queries, whatever the number of pairs.
    """
    settings = SettingsService(db).get()
    last_month = add_months(month_start(today), -1)
    month_first, month_stop = last_month.toordinal(), add_months(last_month, 1).toordinal()
    minutes, pairs = _load_grid(db, [last_month], last_until=today, group_id=group_id)
    rechecks = _pending_rechecks(db, today)
    marks = {} if include_handled else _handled_marks(db)
    checkins = FeedbackService(db).due_checkins(today)

    ranked: list[tuple[tuple[Any, ...], FollowUpItem]] = []
    for pair in pairs:
        if pair.status not in (PairStatus.ACTIVE, PairStatus.PAUSED):
            continue
        active_now = pair.status == PairStatus.ACTIVE
        reasons: list[Reason] = []
        last = pair.last_session
        silent, silent_days = False, 0
        if active_now:
            since = _current_active_since(pair.periods, today) or pair.start_date
            known = [d for d in (last, since) if d is not None]
            if known and (today - max(known)).days >= settings.silent_days:
                silent = True
                silent_days = (today - (last or pair.start_date or max(known))).days
                reasons.append(Reason(ReasonCode.SILENT, {"days": silent_days}))
        if pair.id in rechecks:
            reasons.append(Reason(ReasonCode.RECHECK, {"date": rechecks[pair.id]}))
        if pair.planned_end is not None:
            left = (pair.planned_end - today).days
            if left < 0:
                reasons.append(
                    Reason(ReasonCode.END_PASSED, {"date": pair.planned_end, "days": -left})
                )
            elif left <= settings.end_soon_days:
                reasons.append(
                    Reason(ReasonCode.END_NEAR, {"date": pair.planned_end, "days": left})
                )
        if active_now:
            active, paused = _held_days(pair.periods, month_first, month_stop)
            cell = month_cell(
                pair.commitment,
                month_stop - month_first,
                active,
                paused,
                minutes.get(pair.id, (0,))[0],
            )
            if cell.state in (CellState.BELOW, CellState.NONE):
                reasons.append(
                    Reason(
                        ReasonCode.BELOW_LAST_MONTH,
                        {"hours": round(cell.hours, 2), "commitment": cell.commitment},
                    )
                )
        due = checkins.get(pair.id)
        # The end check-in falls when the end is near: the closing conversation is it.
        near_end = any(r.code in (ReasonCode.END_NEAR, ReasonCode.END_PASSED) for r in reasons)
        if due is not None and not (due.checkin is CheckinRound.END and near_end):
            params = {"checkin": due.checkin.value, "date": due.planned_on}
            reasons.append(Reason(ReasonCode.FEEDBACK_DUE, params))
        if not reasons:
            continue
        item = FollowUpItem(
            pair.id,
            pair.mentor_name,
            pair.mentee_name,
            pair.mentor_phone,
            pair.mentee_phone,
            pair.mentor_email,
            pair.mentee_email,
            last,
            tuple(reasons),
        )
        if marks and _covered(marks.get(pair.id), item, today):
            continue
        ranked.append(((not silent, -silent_days, -len(reasons), *pair.sort_key()), item))
    for untrained in _untrained_proposed(db, group_id):
        if not (marks and _covered(marks.get(untrained.pair_id), untrained, today)):
            ranked.append(((True, 1, 0, untrained.mentor_name, untrained.pair_id), untrained))
    ranked.sort(key=lambda entry: entry[0])
    return [item for _key, item in ranked]


def _untrained_proposed(db: Database, group_id: int | None = None) -> list[FollowUpItem]:
    """The PROPOSED pairs (of the local group ``group_id`` when given) whose mentor has no
    training date, one query."""
    rows = db.query(
        "SELECT p.id, mr.first_name, mr.last_name, me.first_name, me.last_name, "
        "mr.phone, me.phone, mr.email, me.email FROM pair p "
        "JOIN member mr ON mr.id = p.mentor_id JOIN member me ON me.id = p.mentee_id "
        "WHERE p.status = 'proposed' AND mr.mentor_training_on IS NULL"
        + ("" if group_id is None else " AND p.group_id = ?"),
        () if group_id is None else (group_id,),
    )
    items = []
    for pair_id, mr_first, mr_last, me_first, me_last, mr_phone, me_phone, mr_mail, me_mail in rows:
        mentor = f"{mr_first} {mr_last}".strip()
        items.append(
            FollowUpItem(
                pair_id,
                mentor,
                f"{me_first} {me_last}".strip(),
                mr_phone,
                me_phone,
                mr_mail,
                me_mail,
                None,
                (Reason(ReasonCode.MENTOR_UNTRAINED, {"mentor": mentor}),),
            )
        )
    return items
