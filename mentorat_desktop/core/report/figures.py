"""The figures of the activity report, for a period and optionally a cohort.

One source of truth: every figure the dashboard or the follow-up also shows is computed by
their own functions (``core.dashboard``: minutes by month, objectives, satisfaction, ended
pairs; ``core.followup``: the life of a pair and ``meets_commitment`` / ``tally_commitment``
for the commitment, the month in progress not judged until it ends), given a period and the
pairs of a cohort. ``tests/core/test_report.py`` proves they agree.

What the model records and the report uses:

- satisfaction (1 to 5) is given in follow-up entries, each with who spoke (the mentor, the
  mentee or the coordinator), and as the overall score of a feedback questionnaire typed
  back (core.services.feedback: the mentor's or the mentee's); a closing evaluation records
  the outcome and what each person learned, but no satisfaction score;
- the direction of teaching (mentor to mentee, mentee to mentor, both) is recorded per
  session and per objective; the generation of each person comes from their birth year;
- mentor training is one date per member (``mentor_training_on``): who was trained when,
  not what the training was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from mentorat_desktop.core.dashboard import (
    ended_by_reason,
    minutes_by_month,
    objectives_tally,
    satisfaction,
)
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import (
    Direction,
    EndReason,
    Generation,
    ObjectiveStatus,
    Outcome,
    Role,
    Speaker,
    generation_of,
)
from mentorat_desktop.core.followup import CommitmentTally, pairs_in_period, tally_commitment
from mentorat_desktop.core.services.feedback import overall_scores
from mentorat_desktop.core.services.pairs import CANCELLED_SQL, cancelled_sql


class ReportError(ValueError):
    """A report that cannot be made; ``code``: "period_reversed" (the start is after the
    end) or "cohort_unknown" (``value``: the name given)."""

    def __init__(self, code: str, value: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.value = value


GenerationKey = Generation | None  # None: birth year unknown


@dataclass(frozen=True)
class Learned:
    """What one person said they learned, in a closing evaluation."""

    role: Role  # MENTOR or MENTEE: who said it
    text: str
    name: str | None = None  # only when names were asked for


@dataclass(frozen=True)
class Indicators:
    """The program's figures over a period (``indicators``)."""

    start: dt.date
    end: dt.date
    cohort: str | None
    today: dt.date
    # Pairs
    pairs_formed: int  # started (became active) in the period
    pairs_active: int  # active on at least one day of the period
    pairs_paused: int  # paused on at least one day of the period
    pairs_ended: int  # ended in the period (a withdrawn proposal is none)
    pairs_ended_by_reason: dict[EndReason, int]
    pairs_ended_early: int  # of those, ended before their planned end
    outcomes: dict[Outcome, int]  # closing evaluations of the pairs ended in the period
    # Hours
    hours_total: float  # sessions held in the period
    hours_by_month: list[tuple[dt.date, float]]  # each month of the period (its days in it)
    # Commitment: each pair in each month of the period, judged by followup's rule.
    commitment_by_month: list[tuple[dt.date, CommitmentTally]]
    commitment_met: int  # pair-months that met it (meets_commitment is True)
    commitment_judged: int  # pair-months judged (meets_commitment is True or False)
    commitment_pending: int  # pair-months of a month in progress, not reached yet: not judged
    pairs_kept_commitment: int  # pairs that met it in every month judged
    pairs_judged: int  # pairs with at least one month judged
    # Objectives of the pairs that ran in the period, as they stand today
    objectives_reached: int
    objectives_total: int
    # Satisfaction (1 to 5) in the follow-up entries and the questionnaires of the period,
    # by who spoke
    satisfaction_mentors: float | None
    satisfaction_mentors_count: int
    satisfaction_mentees: float | None
    satisfaction_mentees_count: int
    satisfaction_all: float | None  # everyone, the coordinator included (as the dashboard)
    satisfaction_all_count: int
    # People in the pairs that ran in the period (each person once)
    members_by_generation: dict[GenerationKey, int]
    members_by_role: dict[Role, int]  # MENTOR, MENTEE: the role held in those pairs
    mentors_by_generation: dict[GenerationKey, int]
    mentees_by_generation: dict[GenerationKey, int]
    # Who taught whom: hours of sessions by (teaching generation, learning generation); a
    # session that went both ways counts for both directions.
    taught_hours: dict[tuple[GenerationKey, GenerationKey], float]
    hours_by_direction: dict[Direction, float]
    objectives_by_direction: dict[Direction, int]
    # Mentor training
    mentors_trained_in_period: int  # mentors of these pairs trained during the period
    mentors_trained: int  # mentors of these pairs trained by the period's end
    mentors_total: int
    learned: list[Learned] = field(default_factory=list)
    # The local group reported on (its name; None: every group), and whether the database
    # has groups at all (else the report says nothing of them).
    group: str | None = None
    groups_defined: bool = False

    @property
    def share_commitment_met(self) -> float | None:
        """Met / judged over the pair-months of the period: a month in progress counts
        only once its commitment is reached (followup.meets_commitment). For one month that
        is over, ``tally_commitment(...).share``: the dashboard's and the grid's figure."""
        return self.commitment_met / self.commitment_judged if self.commitment_judged else None

    @property
    def objectives_reached_share(self) -> float | None:
        return self.objectives_reached / self.objectives_total if self.objectives_total else None

    @property
    def hours_per_pair(self) -> float | None:
        """Hours per pair that was active in the period."""
        return self.hours_total / self.pairs_active if self.pairs_active else None

    def to_json(self) -> dict[str, Any]:
        """The figures as plain JSON values (enums by their value, unknown generation as
        "unknown", hours rounded to the hundredth)."""

        def gen(key: GenerationKey) -> str:
            return key.value if key is not None else "unknown"

        def share(value: float | None) -> float | None:
            return round(value, 4) if value is not None else None

        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "cohort": self.cohort,
            "pairs_formed": self.pairs_formed,
            "pairs_active": self.pairs_active,
            "pairs_paused": self.pairs_paused,
            "pairs_ended": self.pairs_ended,
            "pairs_ended_by_reason": {k.value: v for k, v in self.pairs_ended_by_reason.items()},
            "pairs_ended_early": self.pairs_ended_early,
            "outcomes": {k.value: v for k, v in self.outcomes.items()},
            "hours_total": round(self.hours_total, 2),
            "hours_per_pair": share(self.hours_per_pair),
            "hours_by_month": {m.strftime("%Y-%m"): round(h, 2) for m, h in self.hours_by_month},
            "share_commitment_met": share(self.share_commitment_met),
            "commitment_met": self.commitment_met,
            "commitment_judged": self.commitment_judged,
            "commitment_pending": self.commitment_pending,
            "commitment_by_month": {
                m.strftime("%Y-%m"): {
                    "met": t.met,
                    "judged": t.judged,
                    "pending": t.pending,
                    "share": share(t.met / t.judged if t.judged else None),
                }
                for m, t in self.commitment_by_month
            },
            "pairs_kept_commitment": self.pairs_kept_commitment,
            "pairs_judged": self.pairs_judged,
            "objectives_reached": self.objectives_reached,
            "objectives_total": self.objectives_total,
            "satisfaction_mentors": share(self.satisfaction_mentors),
            "satisfaction_mentors_count": self.satisfaction_mentors_count,
            "satisfaction_mentees": share(self.satisfaction_mentees),
            "satisfaction_mentees_count": self.satisfaction_mentees_count,
            "satisfaction_all": share(self.satisfaction_all),
            "satisfaction_all_count": self.satisfaction_all_count,
            "members_by_generation": {gen(k): v for k, v in self.members_by_generation.items()},
            "members_by_role": {k.value: v for k, v in self.members_by_role.items()},
            "mentors_by_generation": {gen(k): v for k, v in self.mentors_by_generation.items()},
            "mentees_by_generation": {gen(k): v for k, v in self.mentees_by_generation.items()},
            "taught_hours": [
                {"teacher": gen(a), "learner": gen(b), "hours": round(h, 2)}
                for (a, b), h in self.taught_hours.items()
            ],
            "hours_by_direction": {
                k.value: round(v, 2) for k, v in self.hours_by_direction.items()
            },
            "objectives_by_direction": {
                k.value: v for k, v in self.objectives_by_direction.items()
            },
            "mentors_trained_in_period": self.mentors_trained_in_period,
            "mentors_trained": self.mentors_trained,
            "mentors_total": self.mentors_total,
            "learned": [
                {"role": item.role.value, "text": item.text}
                | ({"name": item.name} if item.name else {})
                for item in self.learned
            ],
        } | ({"group": self.group} if self.groups_defined else {})


GENERATION_ORDER: tuple[GenerationKey, ...] = (*Generation, None)


def find_cohort(db: Database, name: str) -> int:
    """The id of the cohort called ``name`` (case and surrounding spaces ignored)."""
    wanted = name.strip().casefold()
    for cohort_id, cohort_name in db.query("SELECT id, name FROM cohort"):
        if str(cohort_name).strip().casefold() == wanted:
            return int(cohort_id)
    raise ReportError("cohort_unknown", name)


def _in(ids: Collection[int] | None, pair_id: int) -> bool:
    return ids is None or pair_id in ids


class _PairPeople(NamedTuple):
    """A pair and its two people: their birth years and the mentor's training day."""

    id: int
    mentor_id: int
    mentee_id: int
    mentor_birth_year: int | None
    mentee_birth_year: int | None
    mentor_trained_on: str | None


class _Closing(NamedTuple):
    """The closing evaluation of an ended pair: its outcome and what each one learned."""

    outcome: str | None
    mentor_learned: str | None
    mentee_learned: str | None
    mentor_name: str
    mentee_name: str


def indicators(
    db: Database,
    start: dt.date,
    end: dt.date,
    cohort: str | None = None,
    *,
    today: dt.date | None = None,
    names: bool = False,
    group_id: int | None = None,
) -> Indicators:
    """The figures of the program from ``start`` to ``end`` (both included), for the pairs
    of ``cohort`` (a cohort's name) or every pair, and of the local group ``group_id`` only
    when given. ``today`` (default: the real today) decides which month is still in
    progress; ``names``: say who learned what.

    Raises ReportError("period_reversed"), ReportError("cohort_unknown") or
    ReportError("group_unknown")."""
    if start > end:
        raise ReportError("period_reversed")
    today = today or dt.date.today()
    cohort_ids: set[int] | None = None
    if cohort is not None:
        cohort_id = find_cohort(db, cohort)
        cohort_ids = {
            int(row[0]) for row in db.query("SELECT id FROM pair WHERE cohort_id = ?", (cohort_id,))
        }
    # From here ``cohort_ids`` holds the pairs reported on: the cohort's, within the group.
    group_name: str | None = None
    if group_id is not None:
        found = db.query("SELECT name FROM local_group WHERE id = ?", (group_id,))
        if not found:
            raise ReportError("group_unknown", str(group_id))
        group_name = str(found[0][0])
        in_group = {
            int(row[0]) for row in db.query("SELECT id FROM pair WHERE group_id = ?", (group_id,))
        }
        cohort_ids = in_group if cohort_ids is None else cohort_ids & in_group
    groups_defined = bool(db.query("SELECT 1 FROM local_group LIMIT 1"))

    # Pairs that ran, and the commitment month by month (followup's rule and tally).
    months, running = pairs_in_period(db, start, end, today=today, group_id=group_id)
    running = [p for p in running if _in(cohort_ids, p.pair_id)]
    ran_ids = {p.pair_id for p in running}
    commitment_by_month = [
        (month, tally_commitment(p.cells[k] for p in running)) for k, month in enumerate(months)
    ]
    met = sum(t.met for _m, t in commitment_by_month)
    judged_months = sum(t.judged for _m, t in commitment_by_month)
    pending = sum(t.pending for _m, t in commitment_by_month)
    kept = judged = 0
    for pair in running:
        tally = tally_commitment(pair.cells)
        if tally.judged:
            judged += 1
            kept += tally.met == tally.judged
    # Hours (the dashboard's sum by month), each month cut to the days of the period.
    minutes = minutes_by_month(db, start, end, cohort_ids)
    hours_by_month = [(m, minutes.get(m.strftime("%Y-%m"), 0) / 60) for m in months]
    cohort_where = ""
    cohort_params: tuple[Any, ...] = ()
    if cohort is not None:
        cohort_where = " AND cohort_id = ?"
        cohort_params = (cohort_id,)
    if group_id is not None:
        cohort_where += " AND group_id = ?"
        cohort_params = (*cohort_params, group_id)

    (formed,) = db.query(
        "SELECT COUNT(*) FROM pair WHERE status <> 'proposed' AND start_date BETWEEN ? AND ? "
        f"AND NOT {CANCELLED_SQL}{cohort_where}",
        (start.isoformat(), end.isoformat(), *cohort_params),
    )[0]
    ended = ended_by_reason(db, start, end, pair_ids=cohort_ids)
    early = ended_by_reason(db, start, end, early_only=True, pair_ids=cohort_ids)
    total, reached = objectives_tally(db, ran_ids)
    # The follow-up's marks and the questionnaires' overall scores typed back, together.
    sat_mentors = _with_answers(db, start, end, Speaker.MENTOR, cohort_ids)
    sat_mentees = _with_answers(db, start, end, Speaker.MENTEE, cohort_ids)
    sat_all = _with_answers(db, start, end, None, cohort_ids)

    # The people of the pairs that ran, once each.
    generation_of_pair: dict[int, tuple[GenerationKey, GenerationKey]] = {}
    mentors: dict[int, tuple[GenerationKey, dt.date | None]] = {}
    mentees: dict[int, GenerationKey] = {}
    pair_people = db.query(
        # _PairPeople's columns
        "SELECT p.id, p.mentor_id, p.mentee_id, mr.birth_year, me.birth_year, "
        "mr.mentor_training_on FROM pair p JOIN member mr ON mr.id = p.mentor_id "
        "JOIN member me ON me.id = p.mentee_id"
    )
    for couple in map(_PairPeople._make, pair_people):
        if not _in(cohort_ids, couple.id):
            continue
        mentor_generation = generation_of(couple.mentor_birth_year)
        mentee_generation = generation_of(couple.mentee_birth_year)
        generation_of_pair[couple.id] = (mentor_generation, mentee_generation)
        if couple.id not in ran_ids:
            continue
        mentors[couple.mentor_id] = (
            mentor_generation,
            dt.date.fromisoformat(couple.mentor_trained_on) if couple.mentor_trained_on else None,
        )
        mentees[couple.mentee_id] = mentee_generation
    people: dict[int, GenerationKey] = {k: v[0] for k, v in mentors.items()} | mentees
    members_by_generation = _count(people.values())
    mentors_by_generation = _count(g for g, _t in mentors.values())
    mentees_by_generation = _count(mentees.values())
    trained_dates = [t for _g, t in mentors.values() if t is not None and t <= end]

    # Who taught whom, from the direction of each session and objective.
    taught: dict[tuple[GenerationKey, GenerationKey], float] = {}
    by_direction = {direction: 0.0 for direction in Direction}
    for pair_id, direction, pair_minutes in db.query(
        "SELECT pair_id, direction, SUM(duration_minutes) FROM mentoring_session "
        "WHERE held_on BETWEEN ? AND ? GROUP BY pair_id, direction",
        (start.isoformat(), end.isoformat()),
    ):
        generations = generation_of_pair.get(pair_id)
        if generations is None:
            continue  # a pair of another cohort
        hours = int(pair_minutes) / 60
        way = Direction(direction)
        by_direction[way] += hours
        mentor_gen, mentee_gen = generations
        if way is not Direction.MENTEE_TO_MENTOR:
            taught[(mentor_gen, mentee_gen)] = taught.get((mentor_gen, mentee_gen), 0.0) + hours
        if way is not Direction.MENTOR_TO_MENTEE:
            taught[(mentee_gen, mentor_gen)] = taught.get((mentee_gen, mentor_gen), 0.0) + hours
    objectives_by_direction = {direction: 0 for direction in Direction}
    for pair_id, direction, count in db.query(
        "SELECT pair_id, direction, COUNT(*) FROM objective WHERE status <> ? "
        "GROUP BY pair_id, direction",
        (ObjectiveStatus.DROPPED.value,),
    ):
        if pair_id in ran_ids:
            objectives_by_direction[Direction(direction)] += int(count)

    # Closing evaluations of the pairs ended in the period.
    outcomes = {outcome: 0 for outcome in Outcome}
    learned: list[Learned] = []
    closings = db.query(
        # _Closing's columns
        "SELECT p.outcome, p.mentor_learned, p.mentee_learned, "
        "mr.first_name || ' ' || mr.last_name, me.first_name || ' ' || me.last_name "
        "FROM pair p JOIN member mr ON mr.id = p.mentor_id JOIN member me ON me.id = p.mentee_id "
        f"WHERE p.status = 'ended' AND p.ended_on BETWEEN ? AND ? AND NOT {cancelled_sql('p')} "
        f"{cohort_where.replace('cohort_id', 'p.cohort_id').replace('group_id', 'p.group_id')} "
        "ORDER BY p.ended_on, p.id",
        (start.isoformat(), end.isoformat(), *cohort_params),
    )
    for closing in map(_Closing._make, closings):
        if closing.outcome:
            outcomes[Outcome(closing.outcome)] += 1
        for role, said, name in (
            (Role.MENTOR, closing.mentor_learned, closing.mentor_name),
            (Role.MENTEE, closing.mentee_learned, closing.mentee_name),
        ):
            if said and str(said).strip():
                learned.append(Learned(role, str(said).strip(), name.strip() if names else None))

    return Indicators(
        start=start,
        end=end,
        cohort=cohort,
        today=today,
        pairs_formed=int(formed),
        pairs_active=sum(1 for p in running if p.active_days),
        pairs_paused=sum(1 for p in running if p.paused_days),
        pairs_ended=sum(ended.values()),
        pairs_ended_by_reason=ended,
        pairs_ended_early=sum(early.values()),
        outcomes=outcomes,
        hours_total=sum(minutes.values()) / 60,
        hours_by_month=hours_by_month,
        commitment_by_month=commitment_by_month,
        commitment_met=met,
        commitment_judged=judged_months,
        commitment_pending=pending,
        pairs_kept_commitment=kept,
        pairs_judged=judged,
        objectives_reached=reached,
        objectives_total=total,
        satisfaction_mentors=sat_mentors[0],
        satisfaction_mentors_count=sat_mentors[1],
        satisfaction_mentees=sat_mentees[0],
        satisfaction_mentees_count=sat_mentees[1],
        satisfaction_all=sat_all[0],
        satisfaction_all_count=sat_all[1],
        members_by_generation=members_by_generation,
        members_by_role={Role.MENTOR: len(mentors), Role.MENTEE: len(mentees)},
        mentors_by_generation=mentors_by_generation,
        mentees_by_generation=mentees_by_generation,
        taught_hours=dict(
            sorted(
                taught.items(),
                key=lambda item: (
                    GENERATION_ORDER.index(item[0][0]),
                    GENERATION_ORDER.index(item[0][1]),
                ),
            )
        ),
        hours_by_direction=by_direction,
        objectives_by_direction=objectives_by_direction,
        mentors_trained_in_period=sum(1 for t in trained_dates if t >= start),
        mentors_trained=len(trained_dates),
        mentors_total=len(mentors),
        learned=learned,
        group=group_name,
        groups_defined=groups_defined,
    )


def _with_answers(
    db: Database,
    start: dt.date,
    end: dt.date,
    speaker: Speaker | None,
    pair_ids: Collection[int] | None,
) -> tuple[float | None, int]:
    """(average, answers): the satisfaction marks of the follow-up entries (the dashboard's
    ``satisfaction``) and the overall scores of the feedback questionnaires typed back
    (``services.feedback.overall_scores``; a questionnaire is never the coordinator's)."""
    average, count = satisfaction(db, start, end, speaker, pair_ids)
    if speaker is Speaker.COORDINATOR:
        return average, count
    total, answers = overall_scores(db, start, end, speaker, pair_ids)
    if not answers:
        return average, count
    summed = (average or 0.0) * count + total
    return summed / (count + answers), count + answers


def _count(values: Any) -> dict[GenerationKey, int]:
    """How many of each generation, in the order of the generations (unknown last)."""
    counts: dict[GenerationKey, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return {key: counts[key] for key in GENERATION_ORDER if key in counts}
