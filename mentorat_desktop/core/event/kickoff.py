"""The kickoff evening: the pairs expected (proposed, optionally of one cohort), each at a
numbered table, their charters printed in that order; the pairs whose charter is signed that
evening become active together (``PairService.activate_many``); those who did not come are
listed, with how to reach both members, for a call."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from mentorat_desktop.core.enums import PairStatus
from mentorat_desktop.core.text import fold

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database


@dataclass(frozen=True)
class ExpectedPair:
    table: int  # from 1, in the order the charters are printed
    pair_id: int
    mentee_name: str  # the older member
    mentor_name: str  # the younger member
    mentee_phone: str | None
    mentee_email: str | None
    mentor_phone: str | None
    mentor_email: str | None
    cohort: str | None


def _name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


class _Row(NamedTuple):
    """One proposed pair as ``expected_pairs`` reads it."""

    pair_id: int
    mentee_first: str | None
    mentee_last: str | None
    mentor_first: str | None
    mentor_last: str | None
    mentee_phone: str | None
    mentee_email: str | None
    mentor_phone: str | None
    mentor_email: str | None
    cohort: str | None


def expected_pairs(db: Database, cohort_id: int | None = None) -> list[ExpectedPair]:
    """The proposed pairs (of ``cohort_id`` when given), ordered by the older member's last
    then first name (accents ignored), tables numbered from 1 in that order."""
    sql = (
        "SELECT p.id, me.first_name, me.last_name, mr.first_name, mr.last_name, "
        "me.phone, me.email, mr.phone, mr.email, c.name "
        "FROM pair p JOIN member me ON me.id = p.mentee_id "
        "JOIN member mr ON mr.id = p.mentor_id LEFT JOIN cohort c ON c.id = p.cohort_id "
        "WHERE p.status = ?"
    )
    params: tuple[object, ...] = (PairStatus.PROPOSED.value,)
    if cohort_id is not None:
        sql += " AND p.cohort_id = ?"
        params += (cohort_id,)
    rows = [_Row._make(r) for r in db.query(sql, params)]
    rows.sort(
        key=lambda r: (
            fold(r.mentee_last),
            fold(r.mentee_first),
            fold(r.mentor_last),
            fold(r.mentor_first),
            r.pair_id,
        )
    )
    return [
        ExpectedPair(
            table,
            int(r.pair_id),
            _name(r.mentee_first, r.mentee_last),
            _name(r.mentor_first, r.mentor_last),
            r.mentee_phone,
            r.mentee_email,
            r.mentor_phone,
            r.mentor_email,
            r.cohort,
        )
        for table, r in enumerate(rows, start=1)
    ]


def to_call(expected: Iterable[ExpectedPair], signed: Iterable[int]) -> list[ExpectedPair]:
    """The pairs expected whose charter was not signed: who did not come, to be called."""
    done = set(signed)
    return [pair for pair in expected if pair.pair_id not in done]
