"""Generating the demo: the steps in order, in one transaction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.demo.cohorts import add_cohorts
from mentorat_desktop.core.demo.follow_ups import add_follow_ups
from mentorat_desktop.core.demo.members import add_members, add_settings, add_skills
from mentorat_desktop.core.demo.model import (
    DEFAULT_MEMBERS,
    DEFAULT_SEED,
    DatabaseNotEmptyError,
    DemoContext,
    DemoStep,
    DemoSummary,
)
from mentorat_desktop.core.demo.objectives import add_objectives
from mentorat_desktop.core.demo.pairs import add_pairs
from mentorat_desktop.core.demo.sessions import add_sessions
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.models import Member
from mentorat_desktop.core.moving.copy import move_sequences, ordered_tables

# The steps, in order, each drawing from its own stream (ctx.rng("pairs"), ...):
#   add_settings     the association and its coordinator;
#   add_skills       the skills catalogue;
#   add_members      the register, with skills, teams and reporting lines;
#   add_cohorts      two cohorts, six months apart, with their program objectives;
#   add_pairs        pairs proposed, active, paused and ended, respecting ctx.members' roles,
#                    capacities and reporting lines (same organisation, department, manager),
#                    each with its status history (ctx.pairs);
#   add_objectives   each pair's objectives with their success indicators;
#   add_sessions     the sessions of every pair that has been active, inside its active
#                    periods and up to today: most pairs meet the monthly commitment, some
#                    fall below it, some fade, a few go silent (sets each pair's pace);
#   add_follow_ups   the coordinator's check-ins with about half the pairs (some by the
#                    mentor or the mentee), a mediation here and there, a few rechecks due.
# Each adds its counts to DemoSummary.
_STEPS: tuple[DemoStep, ...] = (
    add_settings,
    add_skills,
    add_members,
    add_cohorts,
    add_pairs,
    add_objectives,
    add_sessions,
    add_follow_ups,
)


# -- the public API ----------------------------------------------------------------------------


def generate_demo(
    db: Database,
    members: int = DEFAULT_MEMBERS,
    seed: int = DEFAULT_SEED,
    today: dt.date | None = None,
) -> DemoSummary:
    """Fill ``db`` with the fictional association, in one transaction.

    The database must not hold any member yet (DatabaseNotEmptyError otherwise, and nothing is
    written). Same ``seed`` and same ``today`` (default: the current date) give the same data.
    """
    if members < 0:
        raise ValueError("members must not be negative")
    today = today or dt.date.today()
    everything = (
        Topic.MEMBERS,
        Topic.SKILLS,
        Topic.SETTINGS,
        Topic.PAIRS,
        Topic.SESSIONS,
        Topic.FOLLOW_UP,
    )
    with db.transaction(announces=everything) as session:
        if session.scalar(select(func.count(Member.id))):
            raise DatabaseNotEmptyError(db.path)
        ctx = DemoContext(session=session, seed=seed, today=today, member_count=members)
        for step in _STEPS:
            step(ctx)
        if db.on_server:
            # The steps write their own numbers: the server's numbering is moved past them,
            # or the first record added afterwards would take number 1 again.
            move_sequences(session.connection(), ordered_tables())
    return ctx.summary()


def write_demo_database(
    path: Path,
    members: int = DEFAULT_MEMBERS,
    seed: int = DEFAULT_SEED,
    today: dt.date | None = None,
) -> DemoSummary:
    """Create a demo database at ``path``; an existing non-empty file is never touched."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise IsADirectoryError(str(path))
    existed = path.exists()
    if existed and path.stat().st_size > 0:
        raise FileExistsError(str(path))
    db = open_database(path)
    try:
        summary = generate_demo(db, members=members, seed=seed, today=today)
    except BaseException:
        db.close()
        if not existed:  # leave no half-made database behind
            for leftover in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                leftover.unlink(missing_ok=True)
        raise
    db.close()
    return summary
