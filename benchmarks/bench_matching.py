"""Whole-pool matching benchmark (run this file with the venv's Python).

Builds a database with 300 mentors and 300 mentees (skills, cities, availabilities, modes,
languages, organisations and reporting lines, a few pairs already running and a few couples
refused), then times ``propose_pool``: reading the pool, scoring every couple and solving the
assignment exactly (its time is printed as context: a fixed number of seconds would depend on
the machine, so the figures with a target are ratios).

The same pool with 90 members of role EITHER added (who may mentor or be mentored: the problem
is then no longer bipartite and the exact solver takes its general path), against the pool
without them, alternated (benchmarks/floor.py): target at most 2 times. Each pool's proposal
is also set against the solver alone on the same score matrix (context: what reading and
scoring add).

The general path is fastest when the linear relaxation's optimum is integral, as it is for
the pool of the default seed; for some pools it is not (odd cycles of members of role EITHER)
and the solver needs blossom cuts or a matching. As context, the solver alone on pools drawn
with the next ``--other-seeds`` seeds, with and without those members.

Usage: bench_matching.py [--mentors N] [--mentees N] [--either N] [--runs N] [--seed N]
                         [--other-seeds N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import floor

if TYPE_CHECKING:
    from sqlalchemy import Table

EITHER_TARGET = 2.0

DIGITAL = [
    "Réseaux sociaux",
    "Visioconférence",
    "Tableur Excel",
    "Montage vidéo",
    "Cybersécurité au quotidien",
    "Outils collaboratifs",
    "Intelligence artificielle",
    "Automatisation",
    "Données et tableaux de bord",
    "Télétravail",
    "Attentes de la génération Z",
    "Smartphone",
]
TRADE = [
    "Négociation",
    "Gestion de projet",
    "Prise de décision",
    "Gestion d'équipe",
    "Culture d'entreprise",
    "Prise de parole en public",
    "Relation client",
    "Comptabilité",
    "Droit du travail",
    "Réseau professionnel",
    "Gestion du temps",
    "Codes du milieu de travail québécois",
]
CITIES = ["Lyon", "Montréal", "Québec", "Grenoble", "Trois-Rivières", "Villeurbanne", None]
LANGUAGES = ["français", "français, anglais", "français, espagnol", "anglais", None]
AVAILABILITY = [
    "mardi soir",
    "jeudi soir",
    "en semaine après 17 h",
    "samedi matin",
    "le midi, du lundi au vendredi",
    "dimanche après-midi",
    "lundi et mercredi soir",
    "le week-end",
    "en semaine en journée",
    "mardi matin",
    "tous les jours sauf le mercredi",
    None,
]
ORGANISATIONS = ["Ville de Lyon", "Caisse populaire", "Hôpital Nord", "Lycée des Érables", None]
DEPARTMENTS = ["Finances", "Numérique", "Ressources humaines", "Accueil", "Direction"]
FIRST = ["Zoé", "Léo", "Inès", "Hugo", "Chloé", "Nathan", "Manon", "Louis", "Jade", "Adam"]
LAST = ["Martin", "Tremblay", "Gagnon", "Roy", "Côté", "Bernard", "Dubois", "Lefèvre", "Morel"]


def _table(model: Any) -> Table:
    """A mapped class's table, typed as one (``__table__`` is typed as any FROM clause)."""
    from sqlalchemy import Table

    table = model.__table__
    assert isinstance(table, Table)
    return table


def build_database(
    path: Path, mentors: int, mentees: int, either: int, seed: int
) -> dict[str, int]:
    """A register for the benchmark, written in a few bulk inserts."""
    from sqlalchemy import insert

    from mentorat_desktop.core.database import open_database
    from mentorat_desktop.core.enums import MemberStatus, Mode, PairStatus, Role, SkillKind
    from mentorat_desktop.core.models import Member, MemberSkill, Pair, RefusedMatch, Skill
    from mentorat_desktop.core.text import fold

    rng = random.Random(seed)
    now = dt.datetime(2026, 1, 5, 9, 0)
    db = open_database(path)
    try:
        with db.transaction() as session:
            names = DIGITAL + TRADE
            session.execute(
                insert(_table(Skill)),
                [{"id": i + 1, "name": n, "key": fold(n)} for i, n in enumerate(names)],
            )
            skill_id = {n: i + 1 for i, n in enumerate(names)}
            roles = [Role.MENTOR] * mentors + [Role.MENTEE] * mentees + [Role.EITHER] * either
            rows: list[dict[str, Any]] = []
            links: list[dict[str, Any]] = []
            people: list[tuple[int, Role, str]] = []
            for k, role in enumerate(roles):
                member_id = k + 1
                young = role == Role.MENTOR or (role == Role.EITHER and rng.random() < 0.5)
                year = rng.randint(1988, 2008) if young else rng.randint(1950, 1980)
                first, last = rng.choice(FIRST), f"{rng.choice(LAST)}-{member_id}"
                organisation = rng.choice(ORGANISATIONS)
                department = rng.choice(DEPARTMENTS) if organisation else None
                manager = None
                if people and rng.random() < 0.1:
                    manager = rng.choice(people)[2]
                if role == Role.MENTOR:
                    capacity = rng.choices([1, 2, 3], [80, 18, 2])[0]
                elif role == Role.MENTEE:
                    capacity = rng.choices([1, 2], [92, 8])[0]
                else:
                    capacity = rng.choice([1, 1, 2])
                rows.append(
                    {
                        "id": member_id,
                        "first_name": first,
                        "last_name": last,
                        "birth_year": year if rng.random() < 0.95 else None,
                        "email": None,
                        "phone": None,
                        "city": rng.choice(CITIES),
                        "organisation": organisation,
                        "department": department,
                        "manager_name": manager,
                        "years_experience": None,
                        "languages": rng.choice(LANGUAGES),
                        "role": role,
                        "availability": rng.choice(AVAILABILITY),
                        "preferred_mode": rng.choice(list(Mode)),
                        "capacity": capacity,
                        "mentor_training_on": dt.date(2025, 10, 1) if rng.random() < 0.6 else None,
                        "consent_on": dt.date(2025, 9, 15),
                        "notes": None,
                        "status": MemberStatus.ACTIVE,
                        "archived_at": None,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                teach, learn = (DIGITAL, TRADE) if young else (TRADE, DIGITAL)
                offered = rng.sample(teach, rng.randint(2, 4))
                wanted = rng.sample(learn, rng.randint(2, 4))
                if role == Role.EITHER:
                    offered.append(rng.choice(learn))
                    wanted.append(rng.choice([s for s in teach if s not in offered]))
                for kind, chosen in ((SkillKind.OFFERED, offered), (SkillKind.WANTED, wanted)):
                    links += [
                        {"member_id": member_id, "skill_id": skill_id[n], "kind": kind}
                        for n in dict.fromkeys(chosen)
                    ]
                people.append((member_id, role, f"{first} {last}"))
            session.execute(insert(_table(Member)), rows)
            session.execute(insert(_table(MemberSkill)), links)
            mentor_ids = [m for m, r, _ in people if r == Role.MENTOR]
            mentee_ids = [m for m, r, _ in people if r == Role.MENTEE]
            running = [
                {
                    "mentor_id": a,
                    "mentee_id": b,
                    "status": rng.choice([PairStatus.ACTIVE, PairStatus.PAUSED]),
                    "monthly_commitment_hours": 3.0,
                    "mode": Mode.ANY,
                    "charter_version": 1,
                    "created_at": now,
                }
                for a, b in zip(
                    rng.sample(mentor_ids, len(mentor_ids) // 10),
                    rng.sample(mentee_ids, len(mentee_ids) // 10),
                    strict=False,
                )
            ]
            if running:
                session.execute(insert(_table(Pair)), running)
            refused = {(rng.choice(mentor_ids), rng.choice(mentee_ids)) for _ in range(30)}
            session.execute(
                insert(_table(RefusedMatch)),
                [
                    {"mentor_id": a, "mentee_id": b, "refused_on": dt.date(2025, 12, 1)}
                    for a, b in refused
                ],
            )
    finally:
        db.close()
    return {"members": len(roles), "pairs": len(running), "refused": len(refused)}


def bench(path: Path, runs: int) -> tuple[list[float], dict[str, float], int, float]:
    """Times of propose_pool (each on a freshly opened database), the median of its two
    parts, the number of pairs proposed and the time of the very first call (which imports
    numpy and scipy). ``propose_pool(db)`` is ``propose(load_pool(db))``: the two parts are
    timed one after the other."""
    from mentorat_desktop.core import matching
    from mentorat_desktop.core.database import open_database

    totals: list[float] = []
    loads: list[float] = []
    proposes: list[float] = []
    proposed = 0
    first = 0.0
    for run in range(runs + 1):
        db = open_database(path)
        try:
            start = time.perf_counter()
            pool = matching.load_pool(db)
            loaded = time.perf_counter()
            proposal = matching.propose(pool)
            end = time.perf_counter()
        finally:
            db.close()
        if run == 0:
            first = end - start
            continue
        totals.append(end - start)
        loads.append(loaded - start)
        proposes.append(end - loaded)
        proposed = len(proposal)
    split = {
        "load_pool": statistics.median(loads),
        "score, solve and explain": statistics.median(proposes),
    }
    return totals, split, proposed, first


def solver_alone(path: Path) -> Any:
    """A call of ``solve`` on the score matrix ``propose`` builds for the pool at ``path``
    (the steps of ``propose`` before it, done once)."""
    import numpy as np

    from mentorat_desktop.core import matching
    from mentorat_desktop.core.database import open_database
    from mentorat_desktop.core.matching.pool import _keep_better_direction
    from mentorat_desktop.core.matching.scoring import score_matrix
    from mentorat_desktop.core.matching.solver import solve
    from mentorat_desktop.core.matching.weights import MatchWeights

    db = open_database(path)
    try:
        pool = matching.load_pool(db)
    finally:
        db.close()
    people = [c for c in pool.candidates.values() if c.available]
    mentors = [c for c in people if c.can_mentor]
    mentees = [c for c in people if c.can_be_mentee]
    scores = score_matrix(mentors, mentees, MatchWeights())
    _keep_better_direction(scores, mentors, mentees)
    scores = np.where(scores > 0, scores, 0.0)
    row_caps = np.array([c.remaining for c in mentors], dtype=np.int64)
    col_caps = np.array([c.remaining for c in mentees], dtype=np.int64)
    row_ids, col_ids = [c.id for c in mentors], [c.id for c in mentees]
    return lambda: solve(scores, row_caps, col_caps, row_ids, col_ids)


def whole_pool(path: Path) -> Any:
    """A call of ``propose_pool`` on a freshly opened database at ``path``."""
    from mentorat_desktop.core import matching
    from mentorat_desktop.core.database import open_database

    def run() -> None:
        db = open_database(path)
        try:
            matching.propose_pool(db)
        finally:
            db.close()

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentors", type=int, default=300)
    parser.add_argument("--mentees", type=int, default=300)
    parser.add_argument("--either", type=int, default=90, help="for the informative figure")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--other-seeds", type=int, default=3, help="pools with other seeds, for context"
    )
    args = parser.parse_args(argv)

    ok = True
    paths: dict[int, Path] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, either, targeted in (
            ("mentors and mentees", 0, True),
            (f"with {args.either} members of role EITHER", args.either, False),
        ):
            if not targeted and not either:
                continue
            path = paths[either] = Path(tmp) / f"bench-{either}.sqlite3"
            built = build_database(path, args.mentors, args.mentees, either, args.seed)
            times, split, proposed, first = bench(path, args.runs)
            median = statistics.median(times)
            parts = ", ".join(f"{name} {value * 1000:.0f} ms" for name, value in split.items())
            print(
                f"propose_pool, {args.mentors} mentors x {args.mentees} mentees, {label} "
                f"({built['members']} members, {built['pairs']} pairs running, "
                f"{built['refused']} refused): median of {len(times)} {median * 1000:.0f} ms"
                f"\n    runs: {', '.join(f'{t * 1000:.0f}' for t in times)} ms; "
                f"{parts}; {proposed} pairs proposed; first call {first * 1000:.0f} ms"
            )
        if args.either and len(paths) == 2:
            side = floor.alternate(
                {
                    "without": whole_pool(paths[0]),
                    "either": whole_pool(paths[args.either]),
                    "solve without": solver_alone(paths[0]),
                    "solve either": solver_alone(paths[args.either]),
                },
                args.runs,
            )
            for name, times in side.items():
                print(f"  alternated, {name}: {floor.spread(times)}")
            med = {name: statistics.median(times) for name, times in side.items()}
            ok = (
                floor.report(
                    [
                        floor.figure(
                            f"whole-pool proposal, with {args.either} members of role EITHER "
                            "/ the same pool without them (ms)",
                            med["either"],
                            med["without"],
                            EITHER_TARGET,
                        ),
                        floor.figure(
                            f"whole-pool proposal with {args.either} EITHER / the solver alone "
                            "on its score matrix (ms)",
                            med["either"],
                            med["solve either"],
                            None,
                        ),
                        floor.figure(
                            "whole-pool proposal without EITHER / the solver alone on its "
                            "score matrix (ms)",
                            med["without"],
                            med["solve without"],
                            None,
                        ),
                    ]
                )
                and ok
            )
        if args.either:
            for seed in range(args.seed + 1, args.seed + 1 + args.other_seeds):
                solvers = {}
                for either in (0, args.either):
                    path = Path(tmp) / f"bench-{either}-{seed}.sqlite3"
                    build_database(path, args.mentors, args.mentees, either, seed)
                    solvers[f"solve {'either' if either else 'without'}"] = solver_alone(path)
                side = floor.alternate(solvers, 3)
                print(
                    f"  seed {seed}, the solver alone, with {args.either} EITHER / without: "
                    f"{floor.median(side['solve either']):.0f} ms / "
                    f"{floor.median(side['solve without']):.0f} ms (median of 3)"
                )
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
