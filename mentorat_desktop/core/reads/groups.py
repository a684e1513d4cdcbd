"""Reads of the local groups and of what each holds."""

from __future__ import annotations

from typing import NamedTuple


class GroupRow(NamedTuple):
    """A local group with how many members, cohorts and pairs it holds."""

    id: int
    name: str
    members: int
    cohorts: int
    pairs: int


GROUPS_SQL = (
    "SELECT g.id, g.name, "
    "(SELECT count(*) FROM member m WHERE m.group_id = g.id), "
    "(SELECT count(*) FROM cohort c WHERE c.group_id = g.id), "
    "(SELECT count(*) FROM pair p WHERE p.group_id = g.id) "
    "FROM local_group g"
)


class UngroupedRow(NamedTuple):
    """How many members, cohorts and pairs are in no group (one row)."""

    members: int
    cohorts: int
    pairs: int


UNGROUPED_SQL = (
    "SELECT (SELECT count(*) FROM member WHERE group_id IS NULL), "
    "(SELECT count(*) FROM cohort WHERE group_id IS NULL), "
    "(SELECT count(*) FROM pair WHERE group_id IS NULL)"
)
