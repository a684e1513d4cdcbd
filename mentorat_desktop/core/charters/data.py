"""What a charter prints, gathered from the database for a list of pairs.

A handful of queries whatever the number of pairs: the settings, the pairs with their two
members and cohort, the objectives of all of them, and those of their cohorts (in chunks of
a few hundred ids, to stay under SQLite's limit on query parameters).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from mentorat_desktop.core.enums import Direction, Mode, ObjectiveStatus, PairStatus

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database

ADULT_AGE = 18
DEFAULT_RETENTION_MONTHS = 36  # how long members' data is kept when the settings do not say
_CHUNK = 500
# What a new charter version can change, in the order a charter names them.
CHANGE_KINDS = ("objectives", "means", "period", "cohort")


class CharterError(KeyError):
    """A charter cannot be made. ``code`` names the problem (``pair_not_found``), for the GUI
    and the command line to turn into a sentence; ``pair_id`` says which pair, when one."""

    def __init__(self, code: str, pair_id: int | None = None) -> None:
        super().__init__(code, pair_id)
        self.code = code
        self.pair_id = pair_id

    def __str__(self) -> str:
        return self.code if self.pair_id is None else f"{self.code}: pair {self.pair_id}"


class CharterObjective(NamedTuple):
    """One objective as the charter prints it: (text, indicator, target_date, direction)."""

    text: str
    indicator: str | None
    target_date: dt.date | None
    direction: Direction


class CohortGoal(NamedTuple):
    """One objective of the pair's cohort (the program's): (text, indicator, target)."""

    text: str
    indicator: str | None
    target: str | None


@dataclass(frozen=True)
class CharterData:
    """Everything one pair's charter shows, read at one moment."""

    pair_id: int
    status: PairStatus
    association: str
    coordinator_name: str
    coordinator_email: str | None
    coordinator_phone: str | None
    logo_path: str | None
    mentor_name: str
    mentor_birth_year: int | None
    mentee_name: str
    mentee_birth_year: int | None
    cohort_name: str | None
    objectives: tuple[CharterObjective, ...]
    place: str | None
    mode: Mode
    frequency: str | None
    monthly_commitment_hours: float
    start_date: dt.date | None
    planned_end: dt.date | None
    charter_version: int
    charter_changed_at: dt.datetime | None
    # The coordinator's own wording of the mutual commitments (settings), None for the default.
    commitments_text: str | None
    # How long the association keeps the members' data after their last activity (settings).
    retention_months: int = DEFAULT_RETENTION_MONTHS
    # When version 1 was signed (None: not recorded, or not signed yet).
    charter_signed_on: dt.date | None = None
    # What the current version changes since the one before, among CHANGE_KINDS; empty when
    # the database does not say (it then prints a line to write the changes on by hand).
    charter_changes: tuple[str, ...] = ()
    # The association's postal address (settings), its lines as typed; None when not set.
    association_address: str | None = None
    # The objectives of the pair's cohort, with their success indicators and targets.
    cohort_objectives: tuple[CohortGoal, ...] = ()
    # When the mentor took the mentor training (None: not yet, or not recorded).
    mentor_trained_on: dt.date | None = None

    def mentor_is_minor(self, on: dt.date) -> bool:
        return is_minor(self.mentor_birth_year, on)

    def mentee_is_minor(self, on: dt.date) -> bool:
        return is_minor(self.mentee_birth_year, on)


def is_minor(birth_year: int | None, on: dt.date) -> bool:
    """Possibly under 18 on ``on``. Only the year of birth is known, so this errs on the safe
    side: someone born in 2008 still counts as a minor for the whole of 2026, since their 18th
    birthday may not have come yet (a guardian line too many is harmless, one too few is not).
    An unknown year: not a minor."""
    if birth_year is None:
        return False
    return on.year - birth_year <= ADULT_AGE


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def change_kinds(recorded: object) -> tuple[str, ...]:
    """The kinds of change a version records, in CHANGE_KINDS order: read from a text such as
    "means,objectives" (or a sequence of names); unknown names and anything else are ignored."""
    if isinstance(recorded, str):
        names = {part.strip() for part in recorded.replace(";", ",").split(",")}
    elif isinstance(recorded, (list, tuple, set, frozenset)):
        names = {str(part).strip() for part in recorded}
    else:
        return ()
    return tuple(kind for kind in CHANGE_KINDS if kind in names)


def _clean(text: str | None) -> str | None:
    """None for a missing or blank text, else the text without surrounding blanks."""
    if text is None:
        return None
    text = text.strip()
    return text or None


class _Statements(NamedTuple):
    pairs: Any
    objectives: Any
    cohort_goals: Any


@functools.cache
def _statements() -> _Statements:
    """The three queries of load_charter_data, built once per process: SQLAlchemy takes
    longer to build a select of twenty columns over aliases than the database to run it.
    Each takes its ids in the expanding parameter ``ids``."""
    # lazy: SQLAlchemy and the models, loaded when the first charter is read
    from sqlalchemy import bindparam, literal, select
    from sqlalchemy.orm import aliased

    # lazy: the models (SQLAlchemy), likewise
    from mentorat_desktop.core.models import Cohort, CohortObjective, Member, Objective, Pair

    # What a version changed is read when this version of the database records it.
    recorded_changes: Any = getattr(Pair, "charter_changes", None)
    if recorded_changes is None:
        recorded_changes = literal(None)
    mentor = aliased(Member)
    mentee = aliased(Member)
    pairs = (
        select(
            Pair.id,
            Pair.status,
            Pair.start_date,
            Pair.planned_end,
            Pair.monthly_commitment_hours,
            Pair.place,
            Pair.mode,
            Pair.frequency,
            Pair.charter_version,
            Pair.charter_changed_at,
            Pair.charter_signed_on,
            recorded_changes,
            mentor.first_name,
            mentor.last_name,
            mentor.birth_year,
            mentee.first_name,
            mentee.last_name,
            mentee.birth_year,
            Cohort.name,
            Pair.cohort_id,
            mentor.mentor_training_on,
        )
        .join(mentor, mentor.id == Pair.mentor_id)
        .join(mentee, mentee.id == Pair.mentee_id)
        .outerjoin(Cohort, Cohort.id == Pair.cohort_id)
        .where(Pair.id.in_(bindparam("ids", expanding=True)))
    )
    objectives = (
        select(
            Objective.pair_id,
            Objective.text,
            Objective.indicator,
            Objective.target_date,
            Objective.direction,
        )
        .where(Objective.pair_id.in_(bindparam("ids", expanding=True)))
        .where(Objective.status != ObjectiveStatus.DROPPED)
        .order_by(Objective.pair_id, Objective.id)
    )
    cohort_goals = (
        select(
            CohortObjective.cohort_id,
            CohortObjective.text,
            CohortObjective.indicator,
            CohortObjective.target,
        )
        .where(CohortObjective.cohort_id.in_(bindparam("ids", expanding=True)))
        .order_by(CohortObjective.cohort_id, CohortObjective.id)
    )
    return _Statements(pairs, objectives, cohort_goals)


def load_charter_data(db: Database, pair_ids: list[int]) -> list[CharterData]:
    """The charter data of each pair, in the order of ``pair_ids`` (a repeated id gives a
    repeated charter). Raises CharterError("pair_not_found") for an id that does not exist.
    Dropped objectives are left out: a charter lists what the pair still aims at."""
    # lazy: the models (SQLAlchemy), loaded when the first charter is read
    from mentorat_desktop.core.models import ProgramSettings

    statements = _statements()
    wanted = list(dict.fromkeys(pair_ids))
    pairs: dict[int, Any] = {}
    objectives: dict[int, list[CharterObjective]] = {}
    cohort_goals: dict[int, list[CohortGoal]] = {}

    with db.reading() as session:
        settings = session.get(ProgramSettings, 1)
        for chunk in _chunks(wanted):
            rows = session.execute(statements.pairs, {"ids": chunk}).all()
            pairs.update((row[0], row) for row in rows)
            missing = next((pid for pid in chunk if pid not in pairs), None)
            if missing is not None:
                raise CharterError("pair_not_found", pair_id=missing)
            for pid, text, indicator, target_date, direction in session.execute(
                statements.objectives, {"ids": chunk}
            ):
                objectives.setdefault(pid, []).append(
                    CharterObjective(text.strip(), _clean(indicator), target_date, direction)
                )
        cohort_ids = sorted({row[-2] for row in pairs.values() if row[-2] is not None})
        for chunk in _chunks(cohort_ids):
            for cohort_id, text, indicator, target in session.execute(
                statements.cohort_goals, {"ids": chunk}
            ):
                cohort_goals.setdefault(cohort_id, []).append(
                    CohortGoal(text.strip(), _clean(indicator), _clean(target))
                )

    association = coordinator = ""
    email = phone = logo = commitments = address = None
    retention = DEFAULT_RETENTION_MONTHS
    if settings is not None:
        # (Read whether or not this version of the database has the setting yet.)
        months = getattr(settings, "retention_months", None)
        if isinstance(months, int) and not isinstance(months, bool) and months > 0:
            retention = months
        association = settings.association_name.strip()
        coordinator = settings.coordinator_name.strip()
        email = _clean(settings.coordinator_email)
        phone = _clean(settings.coordinator_phone)
        logo = _clean(settings.logo_path)
        # (Read whether or not this version of the database has the setting yet.)
        typed_address = getattr(settings, "association_address", None)
        if isinstance(typed_address, str) and typed_address.strip():
            address = "\n".join(
                line.strip() for line in typed_address.strip().splitlines() if line.strip()
            )
        if _clean(settings.charter_commitments):
            # Inner line breaks and blank lines are the coordinator's layout: keep them.
            commitments = (settings.charter_commitments or "").strip("\r\n ")

    charters = []
    for pid in pair_ids:
        (
            _id,
            status,
            start_date,
            planned_end,
            hours,
            place,
            mode,
            frequency,
            version,
            changed_at,
            signed_on,
            changes,
            mentor_first,
            mentor_last,
            mentor_year,
            mentee_first,
            mentee_last,
            mentee_year,
            cohort_name,
            cohort_id,
            mentor_trained_on,
        ) = pairs[pid]
        charters.append(
            CharterData(
                pair_id=pid,
                status=status,
                association=association,
                coordinator_name=coordinator,
                coordinator_email=email,
                coordinator_phone=phone,
                logo_path=logo,
                mentor_name=f"{mentor_first} {mentor_last}".strip(),
                mentor_birth_year=mentor_year,
                mentor_trained_on=mentor_trained_on,
                mentee_name=f"{mentee_first} {mentee_last}".strip(),
                mentee_birth_year=mentee_year,
                cohort_name=_clean(cohort_name),
                objectives=tuple(objectives.get(pid, ())),
                place=_clean(place),
                mode=mode,
                frequency=_clean(frequency),
                monthly_commitment_hours=float(hours),
                start_date=start_date,
                planned_end=planned_end,
                charter_version=int(version or 1),
                charter_changed_at=changed_at,
                commitments_text=commitments,
                retention_months=retention,
                charter_signed_on=signed_on,
                charter_changes=change_kinds(changes),
                association_address=address,
                cohort_objectives=tuple(cohort_goals.get(cohort_id, ())),
            )
        )
    return charters
