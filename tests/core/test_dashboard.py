"""The dashboard, on a small register built by hand through the models: every figure is
checked against a number worked out below."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorat_desktop.core.dashboard import Dashboard, compute_dashboard
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import (
    EndReason,
    Generation,
    MemberStatus,
    ObjectiveStatus,
    PairStatus,
    Role,
)

D = dt.date
TODAY = D(2025, 6, 15)


def build(db: Database) -> None:
    """Seven pairs, nine members (one archived), objectives, sessions, follow-ups.

    A  active since 2025-01-01   May 180 min (met), June 60 min       objectives: reached, open
    B  active since 2025-02-01   May 60 min (below)                   objectives: reached, dropped
    C  paused since 2025-04-01   (not counted in May)                 objectives: in progress
    D  proposed                                                       objectives: reached (not
                                                                      counted: a proposal)
    E  2024-09-01 .. ended 2025-03-01, planned 2025-09-01, mismatch   Dec 90 min, Jan 120 min
    F  2024-06-01 .. ended 2025-01-31 = planned end, objectives reached
    G  2024-10-01 .. ended 2025-02-10, planned 2025-04-01, no longer available
    """
    from mentorat_desktop.core.models import (
        FollowUpEntry,
        Member,
        MentoringSession,
        Objective,
        Pair,
        PairStatusChange,
    )

    with db.transaction() as session:
        people = {
            "m1": Member(first_name="Zoé", last_name="A", birth_year=2000, role=Role.MENTOR),
            "e1": Member(first_name="Jean", last_name="B", birth_year=1960, role=Role.MENTEE),
            "m2": Member(first_name="Léo", last_name="C", birth_year=1990, role=Role.MENTOR),
            "e2": Member(first_name="Anne", last_name="D", birth_year=1970, role=Role.MENTEE),
            "m3": Member(first_name="Inès", last_name="E", birth_year=2001, role=Role.MENTOR),
            "e3": Member(first_name="Paul", last_name="F", birth_year=None, role=Role.EITHER),
            "e4": Member(first_name="Rose", last_name="G", birth_year=1940, role=Role.MENTEE),
            "m4": Member(first_name="Hugo", last_name="H", birth_year=1985, role=Role.EITHER),
            "gone": Member(
                first_name="Old",
                last_name="I",
                birth_year=1950,
                role=Role.MENTEE,
                status=MemberStatus.ARCHIVED,
            ),
        }
        session.add_all(people.values())
        session.flush()
        ids = {key: member.id for key, member in people.items()}

        def pair(
            mentor: str,
            mentee: str,
            history: list[tuple[PairStatus, dt.date]],
            objectives: list[ObjectiveStatus] = [],  # noqa: B006
            planned_end: dt.date | None = None,
            end_reason: EndReason | None = None,
            sessions: list[tuple[dt.date, int]] = [],  # noqa: B006
        ) -> Pair:
            status, last = history[-1]
            starts = [d for s, d in history if s == PairStatus.ACTIVE]
            item = Pair(
                mentor_id=ids[mentor],
                mentee_id=ids[mentee],
                status=status,
                start_date=starts[0] if starts else None,
                planned_end=planned_end,
                ended_on=last if status == PairStatus.ENDED else None,
                end_reason=end_reason,
            )
            item.history = [PairStatusChange(status=s, effective_on=d) for s, d in history]
            item.objectives = [Objective(text="Objectif", status=o) for o in objectives]
            session.add(item)
            session.flush()
            for held_on, minutes in sessions:
                session.add(
                    MentoringSession(pair_id=item.id, held_on=held_on, duration_minutes=minutes)
                )
            return item

        active = PairStatus.ACTIVE
        a = pair(
            "m1",
            "e1",
            [(active, D(2025, 1, 1))],
            [ObjectiveStatus.REACHED, ObjectiveStatus.OPEN],
            sessions=[
                (D(2025, 5, 5), 120),
                (D(2025, 5, 31), 60),
                (D(2025, 6, 2), 60),
                (D(2025, 6, 20), 90),  # after today: not counted
            ],
        )
        b = pair(
            "m2",
            "e2",
            [(active, D(2025, 2, 1))],
            [ObjectiveStatus.REACHED, ObjectiveStatus.DROPPED],
            sessions=[(D(2025, 5, 12), 60)],
        )
        pair(
            "m3",
            "e3",
            [(active, D(2025, 1, 1)), (PairStatus.PAUSED, D(2025, 4, 1))],
            [ObjectiveStatus.IN_PROGRESS],
        )
        pair(
            "m4",
            "e4",
            [(PairStatus.PROPOSED, D(2025, 6, 1))],
            [ObjectiveStatus.REACHED],
        )
        pair(
            "m1",
            "e2",
            [(active, D(2024, 9, 1)), (PairStatus.ENDED, D(2025, 3, 1))],
            planned_end=D(2025, 9, 1),
            end_reason=EndReason.MISMATCH,
            sessions=[(D(2024, 12, 20), 90), (D(2025, 1, 10), 120), (D(2024, 6, 1), 600)],
        )
        pair(
            "m2",
            "e1",
            [(active, D(2024, 6, 1)), (PairStatus.ENDED, D(2025, 1, 31))],
            planned_end=D(2025, 1, 31),
            end_reason=EndReason.OBJECTIVES_REACHED,
        )
        pair(
            "m3",
            "e4",
            [(active, D(2024, 10, 1)), (PairStatus.ENDED, D(2025, 2, 10))],
            planned_end=D(2025, 4, 1),
            end_reason=EndReason.NO_LONGER_AVAILABLE,
        )
        for pair_item, held_on, satisfaction in (
            (a, D(2025, 5, 1), 4),
            (a, D(2025, 1, 1), 5),
            (b, D(2024, 6, 15), 2),  # exactly a year ago: outside the last 12 months
            (b, D(2024, 6, 16), 3),
            (b, D(2025, 6, 1), None),  # no satisfaction given
            (b, D(2025, 6, 16), 1),  # after today
        ):
            session.add(
                FollowUpEntry(pair_id=pair_item.id, held_on=held_on, satisfaction=satisfaction)
            )


@pytest.fixture
def board(db: Database) -> Dashboard:
    build(db)
    return compute_dashboard(db, TODAY)


def test_pairs(board: Dashboard) -> None:
    assert board.today == TODAY
    assert board.active_pairs == 2
    assert board.pairs_by_status == {
        PairStatus.PROPOSED: 1,
        PairStatus.ACTIVE: 2,
        PairStatus.PAUSED: 1,
        PairStatus.ENDED: 3,
    }


def test_commitment_last_month(board: Dashboard) -> None:
    # May: A met (3 h), B below (1 h); C paused; the ended pairs had ended.
    assert board.last_month == D(2025, 5, 1)
    assert (board.last_month_counted, board.last_month_met) == (2, 1)
    assert board.last_month_met_share == 0.5


def test_hours(board: Dashboard) -> None:
    # June to today: A's 60 minutes (the 20 June session is after today).
    assert board.hours_this_month == 1.0
    # 2025 to today: 120 (E, January) + 180 (A, May) + 60 (B, May) + 60 (A, June) minutes.
    assert board.hours_this_year == 7.0
    assert [m for m, _h in board.hours_by_month] == [
        D(2024, 7, 1),
        D(2024, 8, 1),
        D(2024, 9, 1),
        D(2024, 10, 1),
        D(2024, 11, 1),
        D(2024, 12, 1),
        D(2025, 1, 1),
        D(2025, 2, 1),
        D(2025, 3, 1),
        D(2025, 4, 1),
        D(2025, 5, 1),
        D(2025, 6, 1),
    ]
    assert [h for _m, h in board.hours_by_month] == [0, 0, 0, 0, 0, 1.5, 2.0, 0, 0, 0, 4.0, 1.0]


def test_objectives(board: Dashboard) -> None:
    # A, B and C (not D, a proposal; E, F, G have none): 2 reached of 5.
    assert (board.objectives_reached, board.objectives_total) == (2, 5)
    assert board.objectives_reached_share == 0.4


def test_satisfaction(board: Dashboard) -> None:
    # 4, 5 and 3: the one of exactly a year ago, the empty one and the future one are left out.
    assert board.satisfaction_average == 4.0
    assert board.satisfaction_count == 3


def test_members(board: Dashboard) -> None:
    assert board.members_by_generation == {
        Generation.Z: 2,
        Generation.BABY_BOOMER: 1,
        Generation.Y: 2,
        Generation.X: 1,
        Generation.SILENT: 1,
        None: 1,
    }
    assert board.members_by_role == {Role.MENTOR: 3, Role.MENTEE: 3, Role.EITHER: 2}


def test_pairs_ended_early(board: Dashboard) -> None:
    # E and G ended before their planned end; F ended on it.
    assert board.ended_early == 2
    assert board.ended_early_by_reason == {
        EndReason.MISMATCH: 1,
        EndReason.NO_LONGER_AVAILABLE: 1,
    }


def test_empty_register(db: Database) -> None:
    board = compute_dashboard(db, TODAY)
    assert board.active_pairs == 0
    assert set(board.pairs_by_status.values()) == {0}
    assert board.last_month_met_share is None
    assert (board.last_month_counted, board.last_month_met) == (0, 0)
    assert board.hours_this_month == board.hours_this_year == 0
    assert (board.objectives_reached, board.objectives_total) == (0, 0)
    assert board.objectives_reached_share is None
    assert (board.satisfaction_average, board.satisfaction_count) == (None, 0)
    assert board.members_by_generation == {}
    assert board.ended_early == 0
    assert board.ended_early_by_reason == {}
    assert len(board.hours_by_month) == 12
    assert all(h == 0 for _m, h in board.hours_by_month)


def test_january_first_and_leap_day(db: Database) -> None:
    build(db)
    # On 1 January the year holds only that day; the chart runs from February last year.
    board = compute_dashboard(db, D(2025, 1, 1))
    assert board.hours_this_year == 0
    assert board.hours_by_month[0][0] == D(2024, 2, 1)
    assert board.last_month == D(2024, 12, 1)
    # 29 February: a year before is 28 February.
    leap = compute_dashboard(db, D(2024, 2, 29))
    assert leap.satisfaction_count == 0


def test_a_withdrawn_proposal_is_no_ended_pair(db: Database) -> None:
    from mentorat_desktop.core.services.members import MemberInput, MemberService
    from mentorat_desktop.core.services.pairs import ObjectiveInput, PairInput, PairService

    build(db)
    before = compute_dashboard(db, TODAY)
    members, pairs = MemberService(db), PairService(db)
    young = members.add(MemberInput(first_name="Yanis", last_name="Roy", birth_year=2001))
    old = members.add(MemberInput(first_name="Odile", last_name="Roy", birth_year=1958))
    proposal = pairs.create(
        PairInput(mentor_id=young.id, mentee_id=old.id, planned_end=D(2026, 6, 1))
    )
    pairs.add_objective(proposal.id, ObjectiveInput(text="Découvrir la visioconférence"))
    pairs.cancel_proposal(proposal.id, dt.date.today(), note="proposé par erreur")
    after = compute_dashboard(db, TODAY)
    assert after.pairs_by_status == before.pairs_by_status
    assert after.ended_early_by_reason == before.ended_early_by_reason
    assert (after.objectives_reached, after.objectives_total) == (
        before.objectives_reached,
        before.objectives_total,
    )
