"""The feedback rounds of a pair: when its check-ins are planned, and which one is due.

Three check-ins per pair: after its first month (``first_month``), at mid-term
(``mid_term``) and near its end (``end``). Their dates come from the pair's own start and
planned end, with the offsets of the settings (``Settings.checkin_first_days``, days after
the start; ``checkin_mid_percent``, how far through the pair; ``checkin_end_days``, days
before the planned end). A pair with no planned end has only its first check-in.

No Qt, no database: plain dates (the database reads are in ``core.feedback``).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class CheckinRound(StrEnum):
    FIRST_MONTH = "first_month"
    MID_TERM = "mid_term"
    END = "end"


def checkin_dates(
    start: dt.date | None,
    planned_end: dt.date | None,
    first_days: int = 30,
    mid_percent: int = 50,
    end_days: int = 14,
) -> dict[CheckinRound, dt.date]:
    """The planned check-ins of a pair that started on ``start``, in date order. None
    before it started; the mid-term and end ones only with a planned end after the start,
    and only those that fall after the first (a pair of six weeks has no mid-term)."""
    if start is None:
        return {}
    first = start + dt.timedelta(days=first_days)
    dates = {CheckinRound.FIRST_MONTH: first}
    if planned_end is None or planned_end <= start:
        return dates
    span = (planned_end - start).days
    mid = start + dt.timedelta(days=round(span * mid_percent / 100))
    end = planned_end - dt.timedelta(days=end_days)
    if mid > first:
        dates[CheckinRound.MID_TERM] = mid
    if end > max(dates.values()):
        dates[CheckinRound.END] = end
    return dates


# A check-in stays on the list of pairs to call for this many days after its date: a round
# of feedback, not a debt that follows the pair for ever.
DUE_FOR_DAYS = 30


def due_checkin(
    dates: dict[CheckinRound, dt.date],
    answered: set[CheckinRound],
    today: dt.date,
) -> tuple[CheckinRound, dt.date] | None:
    """The check-in to hold now: the latest whose date has come, in the DUE_FOR_DAYS days
    after it, unless it was answered (by either member). An earlier one missed is not asked
    again once a later one has come: the later check-in covers it."""
    come = [(date, checkin) for checkin, date in dates.items() if date <= today]
    if not come:
        return None
    date, checkin = max(come)
    if checkin in answered or (today - date).days >= DUE_FOR_DAYS:
        return None
    return checkin, date
