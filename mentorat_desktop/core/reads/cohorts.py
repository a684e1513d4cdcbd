"""Reads of cohorts and their program objectives."""

from __future__ import annotations

from typing import NamedTuple


class CohortRow(NamedTuple):
    """A cohort with how many pairs it holds (dates as ISO text)."""

    id: int
    name: str
    start_date: str | None
    end_date: str | None
    description: str | None
    closed_on: str | None
    pair_count: int
    row_version: int
    changed_by: str | None
    changed_at: str | None


# Followed by a WHERE on the cohort's columns (or nothing: every cohort).
COHORTS_SQL = (
    "SELECT id, name, start_date, end_date, description, closed_on, "
    "(SELECT count(*) FROM pair p WHERE p.cohort_id = cohort.id), "
    "row_version, changed_by, changed_at "
    "FROM cohort"
)


class CohortObjectiveRow(NamedTuple):
    """One of a cohort's program objectives."""

    id: int
    cohort_id: int
    text: str
    indicator: str | None
    target: str | None
    row_version: int


# Followed by a WHERE on ``cohort_id`` and an ORDER BY.
COHORT_OBJECTIVES_SQL = (
    "SELECT id, cohort_id, text, indicator, target, row_version FROM cohort_objective"
)
