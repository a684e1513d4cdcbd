"""Local groups: a network of associations (or one association with several local groups)
puts each member, cohort and pair in one group; a coordinator sees their own group, or all.

With no group defined (one association on a laptop) nothing here changes anything: every
read takes ``group_id=None`` (every record) and the windows show no group at all.

What belongs to a group, and what follows what:

- a member, a cohort and a pair each carry their own group (migration 0011's ``group_id``);
- a new pair takes its mentee's group (the mentee drives the relationship and is the one the
  local group recruited): ``PairService`` sets it when the pair is formed;
- moving a member to another group takes along the pairs in which they are the mentee and
  that were in the mentee's former group (they were following the mentee); a pair put in
  another group by hand stays there. A cohort's pairs do not follow their cohort: a cohort
  may gather pairs of several groups;
- deleting a group keeps its members, cohorts and pairs, which are then in no group.

Reading is plain SQL; changes go through SQLAlchemy sessions, imported on the first change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.reads import rows
from mentorat_desktop.core.reads.groups import GROUPS_SQL, UNGROUPED_SQL, GroupRow, UngroupedRow
from mentorat_desktop.core.text import clean, fold

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentorat_desktop.core.models import LocalGroup, Member

NAME_MAX = 150


class GroupScope(NamedTuple):
    """Which records a list shows: those of one group (``group_id``), or of every group
    (``group_id`` None, the default, which is also the only scope without groups)."""

    group_id: int | None = None

    @property
    def is_all(self) -> bool:
        return self.group_id is None


ALL_GROUPS = GroupScope()

# What a change of group announces: the groups' counts, the members' and the pairs' lists.
GROUP_TOPICS = (Topic.GROUPS, Topic.MEMBERS, Topic.PAIRS)


class GroupCounts(NamedTuple):
    """How many members, cohorts and pairs are in a group (or in none)."""

    members: int = 0
    cohorts: int = 0
    pairs: int = 0


class GroupRecord(NamedTuple):
    id: int
    name: str
    counts: GroupCounts


def group_condition(column: str, group_id: int | None) -> tuple[str, tuple[Any, ...]]:
    """An SQL condition "column = ?" and its parameter for one group; ("", ()) for every
    group. For the reads that take ``group_id`` (lists, grid, figures)."""
    if group_id is None:
        return "", ()
    return f"{column} = ?", (group_id,)


def _validate(name: str | None) -> list[FieldError]:
    if not name:
        return [FieldError("name", "required")]
    if len(name) > NAME_MAX:
        return [FieldError("name", "too_long", {"max": NAME_MAX})]
    return []


class GroupService:
    def __init__(self, db: Database) -> None:
        self._db = db
        # The scope the application's lists show (the toolbar's choice); the command line
        # passes its --group to each read instead.
        self.scope: GroupScope = ALL_GROUPS

    # -- reading -------------------------------------------------------------------------
    def any_groups(self) -> bool:
        """Whether at least one group is defined (else no group shows anywhere)."""
        return bool(self._db.query("SELECT 1 FROM local_group LIMIT 1"))

    def list_groups(self) -> list[GroupRecord]:
        """Every group with how many members, cohorts and pairs it holds, by name (accents
        and case ignored)."""
        records = [
            GroupRecord(
                int(row.id),
                str(row.name),
                GroupCounts(int(row.members), int(row.cohorts), int(row.pairs)),
            )
            for row in rows(self._db, GroupRow, GROUPS_SQL)
        ]
        records.sort(key=lambda r: (fold(r.name), r.id))
        return records

    def ungrouped(self) -> GroupCounts:
        """How many members, cohorts and pairs are in no group."""
        counts = rows(self._db, UngroupedRow, UNGROUPED_SQL)[0]
        return GroupCounts(int(counts.members), int(counts.cohorts), int(counts.pairs))

    def get(self, group_id: int) -> GroupRecord:
        for record in self.list_groups():
            if record.id == group_id:
                return record
        raise NotFoundError(group_id)

    def find(self, name: str) -> GroupRecord | None:
        """The group of this name (accents, case and spaces ignored), or None."""
        key = fold(clean(name) or "")
        return next((g for g in self.list_groups() if fold(g.name) == key), None)

    def name_of(self, group_id: int | None) -> str | None:
        if group_id is None:
            return None
        found = self._db.query("SELECT name FROM local_group WHERE id = ?", (group_id,))
        return str(found[0][0]) if found else None

    def group_of(self, table: str, record_id: int) -> int | None:
        """The group of one member, cohort or pair (``table``: "member", "cohort", "pair")."""
        if table not in ("member", "cohort", "pair"):
            raise ValueError(table)
        found = self._db.query(f"SELECT group_id FROM {table} WHERE id = ?", (record_id,))
        return int(found[0][0]) if found and found[0][0] is not None else None

    def member_ids(self, group_id: int) -> set[int]:
        return {int(r[0]) for r in self._db.query(_IDS["member"], (group_id,))}

    def pair_ids(self, group_id: int) -> set[int]:
        return {int(r[0]) for r in self._db.query(_IDS["pair"], (group_id,))}

    # -- changing ------------------------------------------------------------------------
    @staticmethod
    def _name_taken(session: Session, name: str, exclude_id: int | None = None) -> bool:
        # lazy: SQLAlchemy, loaded on the first change (not at start-up)
        from sqlalchemy import select

        # lazy: the models (SQLAlchemy tables), likewise
        from mentorat_desktop.core.models import LocalGroup

        key = fold(name)
        return any(
            fold(other_name) == key and other_id != exclude_id
            for other_id, other_name in session.execute(select(LocalGroup.id, LocalGroup.name))
        )

    def _checked_name(self, session: Session, name: str, exclude_id: int | None = None) -> str:
        cleaned = clean(name)
        errors = _validate(cleaned)
        if cleaned and not errors and self._name_taken(session, cleaned, exclude_id):
            errors.append(FieldError("name", "duplicate_name", {"name": cleaned}))
        if errors or cleaned is None:
            raise ValidationError(errors)
        return cleaned

    def create(self, name: str) -> GroupRecord:
        """Add a group; ValidationError (nothing written) on a missing, long or taken name."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import LocalGroup

        with self._db.transaction(announces=(Topic.GROUPS,)) as session:
            group = LocalGroup(name=self._checked_name(session, name))
            session.add(group)
            session.flush()
            group_id = group.id
        return self.get(group_id)

    def rename(self, group_id: int, name: str) -> GroupRecord:
        with self._db.transaction(announces=(Topic.GROUPS,)) as session:
            group = self._load(session, group_id)
            group.name = self._checked_name(session, name, exclude_id=group_id)
        return self.get(group_id)

    def delete(self, group_id: int) -> None:
        """Remove a group: its members, cohorts and pairs keep everything but the group."""
        # lazy: SQLAlchemy, loaded on the first change (not at start-up)
        from sqlalchemy import select

        # lazy: the models (SQLAlchemy tables), likewise
        from mentorat_desktop.core.models import Cohort, Member, Pair

        with self._db.transaction(announces=GROUP_TOPICS) as session:
            group = self._load(session, group_id)
            models: tuple[Any, ...] = (Member, Cohort, Pair)
            for model in models:
                for record in session.scalars(select(model).where(model.group_id == group_id)):
                    record.group_id = None
            session.flush()
            session.delete(group)
        if self.scope.group_id == group_id:
            self.scope = ALL_GROUPS

    def assign_members(self, member_ids: list[int], group_id: int | None) -> int:
        """Put members in a group (None: in none); the pairs in which one is the mentee and
        that were in the mentee's former group follow. How many members changed group."""
        # lazy: SQLAlchemy, loaded on the first change (not at start-up)
        from sqlalchemy import select

        # lazy: the models (SQLAlchemy tables), likewise
        from mentorat_desktop.core.models import Member

        with self._db.transaction(announces=GROUP_TOPICS) as session:
            check_group(session, group_id)
            wanted = set(member_ids)
            members = list(session.scalars(select(Member).where(Member.id.in_(wanted))))
            if len(members) != len(wanted):
                raise NotFoundError(sorted(wanted - {m.id for m in members}))
            return sum(place_member(session, member, group_id) for member in members)

    def assign_cohorts(self, cohort_ids: list[int], group_id: int | None) -> int:
        """Put cohorts in a group (None: in none); their pairs stay where they are."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Cohort

        return self._assign(Cohort, cohort_ids, group_id, (Topic.GROUPS, Topic.PAIRS))

    def assign_pairs(self, pair_ids: list[int], group_id: int | None) -> int:
        """Put pairs in a group (None: in none), whatever their mentee's group."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import Pair

        return self._assign(Pair, pair_ids, group_id, (Topic.GROUPS, Topic.PAIRS))

    def _assign(
        self, model: Any, ids: list[int], group_id: int | None, topics: tuple[Topic, ...]
    ) -> int:
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from sqlalchemy import select

        with self._db.transaction(announces=topics) as session:
            check_group(session, group_id)
            wanted = set(ids)
            records = list(session.scalars(select(model).where(model.id.in_(wanted))))
            if len(records) != len(wanted):
                raise NotFoundError(sorted(wanted - {r.id for r in records}))
            changed = 0
            for record in records:
                if record.group_id != group_id:
                    record.group_id = group_id
                    changed += 1
        return changed

    @staticmethod
    def _load(session: Session, group_id: int) -> LocalGroup:
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import LocalGroup

        group = session.get(LocalGroup, group_id)
        if group is None:
            raise NotFoundError(group_id)
        return group


_IDS = {
    "member": "SELECT id FROM member WHERE group_id = ?",
    "pair": "SELECT id FROM pair WHERE group_id = ?",
}


def check_group(session: Session, group_id: int | None) -> None:
    """NotFoundError unless ``group_id`` is None (no group) or a group that exists."""
    if group_id is not None:
        GroupService._load(session, group_id)


def group_errors(session: Session, group_id: int | None) -> list[FieldError]:
    """The refusal of a group chosen in a form that has been deleted since it opened (by
    another coordinator): said beside the group field; nothing when it exists (or is None)."""
    try:
        check_group(session, group_id)
    except NotFoundError:
        return [FieldError("group_id", "not_found")]
    return []


def place_member(session: Session, member: Member, group_id: int | None) -> bool:
    """Put one member in a group (None: in none) within the caller's transaction; the pairs
    in which they are the mentee and that were in their former group follow. True when the
    member changed group. The group is the caller's to check (``check_group``)."""
    if member.group_id == group_id:
        return False
    # lazy: SQLAlchemy, loaded on the first change (not at start-up)
    from sqlalchemy import select

    # lazy: the models (SQLAlchemy tables), likewise
    from mentorat_desktop.core.models import Pair

    former = member.group_id
    for pair in session.scalars(select(Pair).where(Pair.mentee_id == member.id)):
        if pair.group_id == former:
            pair.group_id = group_id
    member.group_id = group_id
    return True
