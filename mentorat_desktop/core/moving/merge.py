"""What was done on the laptop at an event, carried back into the server.

The exported file remembers each row as it left the server (``snapshot``). Reading the
file again, in the order of the foreign keys:

- a row it did not have then is **new**: inserted on the server under a new number, and the
  rows that point to it (a new member's skills, a new pair's history and objectives, the
  sessions of a new pair) follow it under the new number. A skill, a cohort or a local group
  of the same name as one the server already has is that one.
- a shared record (member, cohort, pair, session) the laptop **changed** is merged field by
  field against its values as exported: a field only the laptop changed takes the laptop's
  value; a field both sides changed, to different values, is a **conflict**: the server's
  value stays, and the conflict is listed (record, field, both values, who changed it on the
  server) for the coordinator to decide. A member's skills are merged as sets: those the
  laptop added are added, those it removed are removed. A member erased on the server
  meanwhile gets nothing back from the laptop (listed as a conflict).

Left out, and counted so that the coordinator knows: rows deleted on the laptop, changes to
rows that are not shared records (a pair's objectives, follow-up notes, training attendance,
kiosk sign-ups already there, the settings), and new rows whose record was deleted on the
server meanwhile. Nothing checks whether a member added at the event was also added on the
server (the same person twice is left to the duplicates check).

All in one transaction on the server; a dry run makes the same changes and rolls them back.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, UniqueConstraint, and_, select
from sqlalchemy.engine import Connection

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import SkillKind
from mentorat_desktop.core.errors import StorageError
from mentorat_desktop.core.models import Member, Pair
from mentorat_desktop.core.moving import MovingError, MovingProblem
from mentorat_desktop.core.moving.copy import EVERYTHING, database_name, ordered_tables
from mentorat_desktop.core.moving.snapshot import (
    BOOKKEEPING,
    VERSIONED,
    SnapshotRow,
    clear_bases,
    digest,
    plain,
    plain_row,
    read_origin,
    read_snapshot,
    row_key,
    set_origin,
)

# The settings are the server's: a laptop's preferences never replace them.
NOT_MERGED = frozenset({"program_settings"})
SKILLS_OF = {SkillKind.OFFERED.value: "skills_offered", SkillKind.WANTED.value: "skills_wanted"}


@dataclass(frozen=True)
class Conflict:
    """A field both sides changed: the server's value was kept."""

    table: str
    record_id: int  # the record's number on the server
    subject: str  # who or what it is: a member's name, a pair's names, a session's pair and day
    field: str  # the column; "" when the server no longer has the record
    laptop_value: Any
    server_value: Any
    changed_by: str | None  # who changed it on the server, when known
    changed_at: str | None


@dataclass
class MergeResult:
    source: str | None  # the server the file was exported from
    exported_at: str | None
    dry_run: bool = False
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    # Left out: changes in tables not merged, rows deleted on the laptop, new rows whose
    # record the server no longer has.
    not_merged: dict[str, int] = field(default_factory=dict)
    deleted_on_laptop: dict[str, int] = field(default_factory=dict)
    orphans: dict[str, int] = field(default_factory=dict)
    # The members and pairs added, each as (table, its number on the server, who it is).
    new_records: list[tuple[str, int, str]] = field(default_factory=list)
    # Whether the file now says it was merged back (it is merged once).
    file_marked: bool = False

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.updated)


class _DryRun(Exception):
    pass


def merge_back(laptop: Database, server: Database, *, dry_run: bool = False) -> MergeResult:
    """Carry the laptop's changes since its export into ``server``, in one transaction.

    Raises MovingError: NOT_AN_EXPORT (the file was not written by export), ALREADY_MERGED,
    OTHER_DATABASE (exported from another database), CHANGED_MEANWHILE (a row changed on the
    server during the merge: nothing was written, try again)."""
    with laptop.engine.connect() as lc, lc.begin():
        origin = read_origin(lc)
        if origin is None:
            raise MovingError(MovingProblem.NOT_AN_EXPORT)
        if origin.get("merged_at"):
            raise MovingError(MovingProblem.ALREADY_MERGED, merged_at=origin["merged_at"])
        result = MergeResult(origin.get("source"), origin.get("exported_at"), dry_run)
        try:
            with server.transaction(announces=EVERYTHING) as session:
                sc = session.connection()
                if database_name(server, sc) != origin.get("database"):
                    raise MovingError(MovingProblem.OTHER_DATABASE, expected=origin.get("source"))
                _Merger(lc, sc, server.coordinator, result).run()
                if dry_run:
                    raise _DryRun
        except _DryRun:
            return result
    try:
        with laptop.transaction(announces=()) as session:
            now = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
            set_origin(session.connection(), "merged_at", now)
            set_origin(session.connection(), "merged_into", server.location)
            # The values as exported served the merge: they go (a copy of members' data).
            clear_bases(session.connection())
        result.file_marked = True
    except StorageError:
        result.file_marked = False
    return result


class _Merger:
    def __init__(
        self, laptop: Connection, server: Connection, coordinator: str | None, result: MergeResult
    ) -> None:
        self.laptop = laptop
        self.server = server
        self.coordinator = coordinator
        self.result = result
        # Laptop number -> server number, per table, for the rows inserted or matched.
        self.id_map: dict[str, dict[Any, Any]] = defaultdict(dict)
        # The keys of the rows each table had when exported.
        self.exported: dict[str, set[str]] = {}
        self.updated: dict[str, set[Any]] = defaultdict(set)
        self.present: dict[tuple[str, Any], bool] = {}

    def run(self) -> None:
        for table in ordered_tables():
            self._merge_table(table)
        self.result.updated = {t: len(ids) for t, ids in self.updated.items() if ids}

    # -- one table --------------------------------------------------------------------

    def _merge_table(self, table: Table) -> None:
        snap = read_snapshot(self.laptop, table.name)
        self.exported[table.name] = set(snap)
        new_rows: list[dict[str, Any]] = []
        changed: list[tuple[dict[str, Any], SnapshotRow]] = []
        seen: set[str] = set()
        query = select(table).order_by(*table.primary_key.columns)
        for row in self.laptop.execute(query):
            values = row._asdict()
            key = row_key(table, values)
            before = snap.get(key)
            if before is None:
                new_rows.append(values)
                continue
            seen.add(key)
            if digest(plain_row(values)) != before.digest:
                changed.append((values, before))
        gone = len(snap) - len(seen)
        if table.name == "member_skill":
            self._merge_member_skills(table, snap, new_rows)
            return
        if gone:
            _add(self.result.deleted_on_laptop, table.name, gone)
        if table.name in NOT_MERGED:
            if changed:
                _add(self.result.not_merged, table.name, len(changed))
            return
        for values in new_rows:
            self._insert(table, values)
        for values, before in changed:
            if table.name in VERSIONED:
                self._update(table, values, before)
            else:
                _add(self.result.not_merged, table.name, 1)

    # -- new rows ---------------------------------------------------------------------

    def _remapped(self, table: Table, values: dict[str, Any]) -> dict[str, Any] | None:
        """The row with its references in the server's numbers; None when a record it
        cannot do without is not on the server (deleted there, or not carried over)."""
        out = dict(values)
        for fk in table.foreign_keys:
            name = fk.parent.name
            found, value = self._reference(fk.column.table, out.get(name))
            if found:
                out[name] = value
            elif fk.parent.nullable:
                out[name] = None
            else:
                return None
        return out

    def _reference(self, target: Table, value: Any) -> tuple[bool, Any]:
        """A laptop's reference to a row of ``target`` in the server's numbers: (True, the
        number), or (False, None) when the server does not have that row."""
        if value is None:
            return True, None
        if value in self.id_map[target.name]:
            return True, self.id_map[target.name][value]
        if str(plain(value)) in self.exported.get(target.name, ()) and self._on_server(
            target, value
        ):
            return True, value  # there when exported, still there: the same number
        return False, None

    def _on_server(self, table: Table, value: Any) -> bool:
        key = (table.name, value)
        if key not in self.present:
            column = next(iter(table.primary_key.columns))
            found = self.server.scalar(select(column).where(column == value))
            self.present[key] = found is not None
        return self.present[key]

    def _insert(self, table: Table, values: dict[str, Any]) -> None:
        row = self._remapped(table, values)
        if row is None:
            _add(self.result.orphans, table.name, 1)
            return
        key = list(table.primary_key.columns)
        numbered = len(key) == 1 and key[0].name == "id"
        same = self._same_on_server(table, row)
        if same is not None:
            # Already there (a skill, a cohort of that name; a member's skill): that one.
            if numbered:
                self.id_map[table.name][values["id"]] = same
            return
        if numbered:
            laptop_id = row.pop("id")
            new_id = self.server.execute(
                table.insert().values(**row).returning(table.c.id)
            ).scalar_one()
            self.id_map[table.name][laptop_id] = new_id
            if table.name in ("member", "pair"):
                subject = self._subject(table.name, row)
                self.result.new_records.append((table.name, new_id, subject))
        else:
            self.server.execute(table.insert().values(**row))
        _add(self.result.added, table.name, 1)

    def _same_on_server(self, table: Table, row: dict[str, Any]) -> Any:
        """The number (or key) of the server's row that has the same unique values as
        ``row``, or None."""
        groups = [list(c.columns) for c in table.constraints if isinstance(c, UniqueConstraint)]
        groups += [[c] for c in table.columns if c.unique]
        key = list(table.primary_key.columns)
        if not (len(key) == 1 and key[0].name == "id"):
            groups.append(key)
        for columns in groups:
            if any(row.get(c.name) is None for c in columns):
                continue
            condition = and_(*(c == row[c.name] for c in columns))
            found = self.server.execute(select(*key).where(condition)).first()
            if found is not None:
                return found[0]
        return None

    # -- changed shared records ------------------------------------------------------

    def _update(self, table: Table, values: dict[str, Any], before: SnapshotRow) -> None:
        record_id = values["id"]
        current = self.server.execute(
            select(table).where(table.c.id == record_id).with_for_update()
        ).first()
        if current is None:
            self._conflict(table, record_id, "", values, None, None)
            return
        server_row = current._asdict()
        if server_row.get("erased_at") is not None:
            # Erased on the server meanwhile: nothing personal comes back from the laptop.
            self._conflict(table, record_id, "erased_at", values, server_row, None)
            return
        server_plain = plain_row(server_row)
        base = before.base or {}
        untouched = server_row["row_version"] == before.row_version
        references = {fk.parent.name: fk.column.table for fk in table.foreign_keys}
        changes: dict[str, Any] = {}
        for name, laptop_value in plain_row(values).items():
            if name in BOOKKEEPING or laptop_value == base.get(name):
                continue
            new_value = values[name]
            if name in references:
                found, new_value = self._reference(references[name], new_value)
                if not found:
                    continue  # a record the server does not have: the server's stays
            if untouched or server_plain[name] == base.get(name):
                changes[name] = new_value
            elif server_plain[name] != plain(new_value):
                self._conflict(table, record_id, name, values, server_row, new_value)
        if not changes:
            return
        statement = (
            table.update()
            .where(table.c.id == record_id, table.c.row_version == server_row["row_version"])
            .values(
                **changes,
                row_version=server_row["row_version"] + 1,
                changed_by=values.get("changed_by") or self.coordinator,
                changed_at=values.get("changed_at") or dt.datetime.now(),
            )
        )
        if self.server.execute(statement).rowcount != 1:
            raise MovingError(MovingProblem.CHANGED_MEANWHILE)
        self.updated[table.name].add(record_id)

    def _conflict(
        self,
        table: Table,
        record_id: int,
        name: str,
        values: dict[str, Any],
        server_row: dict[str, Any] | None,
        laptop_value: Any,
    ) -> None:
        self.result.conflicts.append(
            Conflict(
                table=table.name,
                record_id=record_id,
                subject=self._subject(table.name, server_row or values),
                field=name,
                laptop_value=plain(laptop_value),
                server_value=plain(server_row[name]) if server_row and name else None,
                changed_by=server_row.get("changed_by") if server_row else None,
                changed_at=_to_the_second(server_row.get("changed_at")) if server_row else None,
            )
        )

    def _subject(self, table: str, row: dict[str, Any]) -> str:
        """Who or what a record is, in the data's own words (names, a day)."""
        if table == "member":
            return f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
        if table == "cohort":
            return str(row.get("name") or "")
        if table == "pair":
            return " / ".join(self._member_name(row.get(k)) for k in ("mentor_id", "mentee_id"))
        if table == "mentoring_session":
            pair = self.server.execute(
                select(Pair.__table__).where(Pair.__table__.c.id == row.get("pair_id"))
            ).first()
            names = self._subject("pair", pair._asdict()) if pair is not None else ""
            return f"{names}, {plain(row.get('held_on'))}".strip(", ")
        return ""

    def _member_name(self, member_id: Any) -> str:
        found = self.server.execute(
            select(Member.first_name, Member.last_name).where(Member.id == member_id)
        ).first()
        return f"{found.first_name} {found.last_name}".strip() if found else ""

    # -- a member's skills -------------------------------------------------------------

    def _merge_member_skills(
        self, table: Table, snap: dict[str, SnapshotRow], new_rows: list[dict[str, Any]]
    ) -> None:
        """The skills of the members that were exported, merged as sets; those of the new
        members inserted with them."""
        existing_members = self.exported.get("member", set())
        base: dict[int, set[tuple[int, str]]] = defaultdict(set)
        for key in snap:
            member_text, skill_text, kind_text = key.split("|")
            base[int(member_text)].add((int(skill_text), kind_text))
        now: dict[int, set[tuple[int, str]]] = defaultdict(set)
        query = select(table.c.member_id, table.c.skill_id, table.c.kind)
        for held_by, held_skill, held_kind in self.laptop.execute(query):
            if str(held_by) in existing_members:
                skill_id = self.id_map["skill"].get(held_skill, held_skill)
                now[held_by].add((skill_id, plain(held_kind)))
        for values in new_rows:
            if str(values["member_id"]) not in existing_members:
                self._insert(table, values)
        still_there = {str(m) for m in self.laptop.scalars(select(_member_table().c.id))}
        for member in sorted(set(base) | set(now)):
            if str(member) not in still_there:
                continue  # deleted on the laptop: left out, as the member is
            added, removed = now[member] - base[member], base[member] - now[member]
            if not (added or removed) or not self._on_server(_member_table(), member):
                continue
            found = self.server.execute(query.where(table.c.member_id == member))
            on_server = {(skill, plain(kind)) for _member, skill, kind in found}
            for skill, kind in sorted(added - on_server):
                self.server.execute(
                    table.insert().values(member_id=member, skill_id=skill, kind=SkillKind(kind))
                )
            for skill, kind in sorted(removed & on_server):
                self.server.execute(
                    table.delete().where(
                        table.c.member_id == member,
                        table.c.skill_id == skill,
                        table.c.kind == SkillKind(kind),
                    )
                )
            self.updated["member"].add(member)


def _member_table() -> Table:
    return Member.__table__  # type: ignore[return-value]


def _to_the_second(moment: Any) -> str | None:
    if isinstance(moment, dt.datetime):
        return moment.replace(microsecond=0).isoformat(sep=" ")
    return None if moment is None else str(moment)


def _add(counts: dict[str, int], table: str, n: int) -> None:
    counts[table] = counts.get(table, 0) + n
