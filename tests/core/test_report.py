"""The activity report's figures: on a small register built by hand, each figure against a
number worked out below; on the demo, the same figures as the dashboard and the follow-up
for the same period (one source of truth)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorat_desktop.core.dashboard import compute_dashboard
from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.enums import (
    Direction,
    EndReason,
    Generation,
    ObjectiveStatus,
    Outcome,
    PairStatus,
    Role,
    Speaker,
)
from mentorat_desktop.core.followup import (
    add_months,
    compute_grid,
    month_end,
    month_report,
    month_start,
)
from mentorat_desktop.core.report import ReportError, indicators

D = dt.date
TODAY = D(2025, 6, 15)
START, END = D(2025, 1, 1), D(2025, 5, 31)


def build(db: Database) -> None:
    """Five pairs; the period is January to May 2025, all months over on TODAY.

    A  Zoé (2000, Z) & Jean (1960, boomer), active since 2024-12-01, cohort Printemps.
       Jan 180 min mentor->mentee (met), Feb 60 both (below), Mar 180 mentee->mentor (met),
       Apr nothing (none), May 200 (met); June 60 (after the period).
       Objectives: reached (mentor->mentee), open (mentee->mentor).
    B  Léo (1990, Y) & Anne (1970, X), active 2025-03-10, ended 2025-05-20 (planned
       2025-09-01, mismatch, partly). Mar 120 (below: 22 active days, full commitment),
       Apr 180 (met), May nothing (none: 19 active days). Objective reached.
    C  Inès (2001, Z) & Paul (birth year unknown), cohort Printemps, active 2025-02-01,
       paused 2025-04-01. Feb 180 both (met), Mar nothing (none), Apr-May paused.
       Objective dropped.
    D  Hugo & Rose: a proposal (not counted).
    E  Léo & Rose: 2024-06-01 to 2024-12-15 (before the period).
    """
    from mentorat_desktop.core.models import (
        Cohort,
        FollowUpEntry,
        Member,
        MentoringSession,
        Objective,
        Pair,
        PairStatusChange,
    )

    with db.transaction() as session:
        spring = Cohort(name="Printemps 2025")
        session.add(spring)
        people = {
            "zoe": Member(
                first_name="Zoé", last_name="A", birth_year=2000, mentor_training_on=D(2025, 1, 10)
            ),
            "jean": Member(first_name="Jean", last_name="B", birth_year=1960),
            "leo": Member(
                first_name="Léo", last_name="C", birth_year=1990, mentor_training_on=D(2024, 11, 1)
            ),
            "anne": Member(first_name="Anne", last_name="D", birth_year=1970),
            "ines": Member(first_name="Inès", last_name="E", birth_year=2001),
            "paul": Member(first_name="Paul", last_name="F", birth_year=None),
            "hugo": Member(first_name="Hugo", last_name="G", birth_year=1985),
            "rose": Member(first_name="Rose", last_name="H", birth_year=1950),
        }
        session.add_all(people.values())
        session.flush()

        def pair(
            mentor: str,
            mentee: str,
            history: list[tuple[PairStatus, dt.date]],
            objectives: list[tuple[ObjectiveStatus, Direction]] = [],  # noqa: B006
            sessions: list[tuple[dt.date, int, Direction]] = [],  # noqa: B006
            **fields: object,
        ) -> Pair:
            status, last = history[-1]
            starts = [d for s, d in history if s == PairStatus.ACTIVE]
            item = Pair(
                mentor_id=people[mentor].id,
                mentee_id=people[mentee].id,
                status=status,
                start_date=starts[0] if starts else None,
                ended_on=last if status == PairStatus.ENDED else None,
                **fields,
            )
            item.history = [PairStatusChange(status=s, effective_on=d) for s, d in history]
            item.objectives = [
                Objective(text="Objectif", status=o, direction=w) for o, w in objectives
            ]
            session.add(item)
            session.flush()
            for held_on, minutes, direction in sessions:
                session.add(
                    MentoringSession(
                        pair_id=item.id,
                        held_on=held_on,
                        duration_minutes=minutes,
                        direction=direction,
                    )
                )
            return item

        active, paused, ended = PairStatus.ACTIVE, PairStatus.PAUSED, PairStatus.ENDED
        to_mentee, to_mentor, both = (
            Direction.MENTOR_TO_MENTEE,
            Direction.MENTEE_TO_MENTOR,
            Direction.BOTH,
        )
        a = pair(
            "zoe",
            "jean",
            [(active, D(2024, 12, 1))],
            [(ObjectiveStatus.REACHED, to_mentee), (ObjectiveStatus.OPEN, to_mentor)],
            [
                (D(2025, 1, 8), 180, to_mentee),
                (D(2025, 2, 8), 60, both),
                (D(2025, 3, 8), 180, to_mentor),
                (D(2025, 5, 8), 200, to_mentee),
                (D(2025, 6, 2), 60, to_mentee),
            ],
            cohort_id=spring.id,
        )
        b = pair(
            "leo",
            "anne",
            [(active, D(2025, 3, 10)), (ended, D(2025, 5, 20))],
            [(ObjectiveStatus.REACHED, to_mentee)],
            [(D(2025, 3, 20), 120, to_mentee), (D(2025, 4, 5), 180, to_mentee)],
            planned_end=D(2025, 9, 1),
            end_reason=EndReason.MISMATCH,
            outcome=Outcome.PARTLY,
            mentor_learned="Écouter avant de proposer.",
            mentee_learned="Les raccourcis du tableur.",
        )
        pair(
            "ines",
            "paul",
            [(active, D(2025, 2, 1)), (paused, D(2025, 4, 1))],
            [(ObjectiveStatus.DROPPED, both)],
            [(D(2025, 2, 10), 180, both)],
            cohort_id=spring.id,
        )
        pair(
            "hugo",
            "rose",
            [(PairStatus.PROPOSED, D(2025, 1, 5))],
            [(ObjectiveStatus.REACHED, to_mentee)],
        )
        pair(
            "leo",
            "rose",
            [(active, D(2024, 6, 1)), (ended, D(2024, 12, 15))],
            planned_end=D(2024, 12, 15),
            end_reason=EndReason.OBJECTIVES_REACHED,
            mentor_learned="Avant la période.",
        )
        for pair_id, held_on, speaker, score in (
            (a.id, D(2025, 2, 1), Speaker.MENTOR, 4),
            (a.id, D(2025, 3, 1), Speaker.MENTEE, 5),
            (b.id, D(2025, 5, 1), Speaker.MENTEE, 3),
            (a.id, D(2025, 4, 1), Speaker.COORDINATOR, 2),
            (a.id, D(2025, 6, 10), Speaker.MENTOR, 1),  # after the period
        ):
            session.add(
                FollowUpEntry(pair_id=pair_id, held_on=held_on, speaker=speaker, satisfaction=score)
            )


@pytest.fixture
def small(db: Database) -> Database:
    build(db)
    return db


def test_pairs_hours_and_commitment_of_the_period(small: Database) -> None:
    data = indicators(small, START, END, today=TODAY)
    assert (data.pairs_active, data.pairs_paused, data.pairs_formed) == (3, 1, 2)
    assert data.pairs_ended == 1
    assert data.pairs_ended_by_reason == {EndReason.MISMATCH: 1}
    assert data.pairs_ended_early == 1
    assert data.outcomes[Outcome.PARTLY] == 1 and sum(data.outcomes.values()) == 1
    assert data.hours_total == pytest.approx(1100 / 60)  # June's hour is after the period
    assert [round(h, 2) for _m, h in data.hours_by_month] == [3.0, 4.0, 5.0, 3.0, 3.33]
    # A met Jan, Mar, May of 5; B Apr of 3; C Feb of 2 (April and May paused).
    assert (data.commitment_met, data.commitment_judged, data.commitment_pending) == (5, 10, 0)
    assert data.share_commitment_met == pytest.approx(0.5)
    assert (data.pairs_kept_commitment, data.pairs_judged) == (0, 3)
    assert data.hours_per_pair == pytest.approx(1100 / 60 / 3)


def test_objectives_satisfaction_people_and_directions(small: Database) -> None:
    data = indicators(small, START, END, today=TODAY)
    # A's two, B's one, C's dropped one (counted, as the dashboard counts it); not D's.
    assert (data.objectives_reached, data.objectives_total) == (2, 4)
    assert (data.satisfaction_mentors, data.satisfaction_mentors_count) == (4.0, 1)
    assert (data.satisfaction_mentees, data.satisfaction_mentees_count) == (4.0, 2)
    assert (data.satisfaction_all, data.satisfaction_all_count) == (3.5, 4)
    assert data.members_by_generation == {
        Generation.BABY_BOOMER: 1,
        Generation.X: 1,
        Generation.Y: 1,
        Generation.Z: 2,
        None: 1,
    }
    assert data.members_by_role == {Role.MENTOR: 3, Role.MENTEE: 3}
    assert data.mentors_by_generation == {Generation.Y: 1, Generation.Z: 2}
    assert data.mentees_by_generation == {Generation.BABY_BOOMER: 1, Generation.X: 1, None: 1}
    taught = {k: round(v, 2) for k, v in data.taught_hours.items()}
    assert taught == {
        (Generation.BABY_BOOMER, Generation.Z): 4.0,  # Feb both (1) + Mar to the mentor (3)
        (Generation.Y, Generation.X): 5.0,
        (Generation.Z, Generation.BABY_BOOMER): 7.33,  # Jan 3 + Feb both 1 + May 3.33
        (Generation.Z, None): 3.0,
        (None, Generation.Z): 3.0,
    }
    assert {k: round(v, 2) for k, v in data.hours_by_direction.items()} == {
        Direction.MENTOR_TO_MENTEE: 11.33,
        Direction.MENTEE_TO_MENTOR: 3.0,
        Direction.BOTH: 4.0,
    }
    assert sum(data.hours_by_direction.values()) == pytest.approx(data.hours_total)
    assert data.objectives_by_direction == {
        Direction.MENTOR_TO_MENTEE: 2,
        Direction.MENTEE_TO_MENTOR: 1,
        Direction.BOTH: 0,  # C's objective was dropped
    }
    assert (data.mentors_trained, data.mentors_trained_in_period, data.mentors_total) == (2, 1, 3)


def test_what_people_learned_without_names_unless_asked(small: Database) -> None:
    data = indicators(small, START, END, today=TODAY)
    assert [(i.role, i.text, i.name) for i in data.learned] == [
        (Role.MENTOR, "Écouter avant de proposer.", None),
        (Role.MENTEE, "Les raccourcis du tableur.", None),
    ]
    assert "Léo" not in str(data.to_json())
    named = indicators(small, START, END, today=TODAY, names=True)
    assert [i.name for i in named.learned] == ["Léo C", "Anne D"]


def test_a_cohort_counts_its_own_pairs_only(small: Database) -> None:
    data = indicators(small, START, END, " printemps 2025", today=TODAY)
    assert data.cohort == " printemps 2025"
    assert (data.pairs_active, data.pairs_formed, data.pairs_ended) == (2, 1, 0)
    assert data.hours_total == pytest.approx(800 / 60)  # A's 620 min and C's 180
    assert (data.objectives_reached, data.objectives_total) == (1, 3)
    assert (data.satisfaction_mentors, data.satisfaction_mentees) == (4.0, 5.0)
    assert data.learned == []
    assert (data.commitment_met, data.commitment_judged) == (4, 7)


def test_a_month_in_progress_is_not_judged_until_reached(small: Database) -> None:
    # On 2025-05-10, May is in progress: A has met it (200 min), B has not yet.
    data = indicators(small, D(2025, 5, 1), D(2025, 5, 31), today=D(2025, 5, 10))
    assert (data.commitment_met, data.commitment_judged, data.commitment_pending) == (1, 1, 1)
    assert data.share_commitment_met == 1.0


def test_refusals(small: Database) -> None:
    with pytest.raises(ReportError) as reversed_period:
        indicators(small, END, START)
    assert reversed_period.value.code == "period_reversed"
    with pytest.raises(ReportError) as unknown:
        indicators(small, START, END, "Automne")
    assert (unknown.value.code, unknown.value.value) == ("cohort_unknown", "Automne")


def test_json_keys_for_the_command_line(small: Database) -> None:
    values = indicators(small, START, END, today=TODAY).to_json()
    for key in (
        "pairs_active",
        "pairs_ended",
        "hours_total",
        "share_commitment_met",
        "objectives_reached",
        "objectives_total",
        "satisfaction_mentors",
        "satisfaction_mentees",
        "members_by_generation",
    ):
        assert key in values
    assert values["members_by_generation"]["unknown"] == 1
    assert values["hours_total"] == 18.33


# -- one source of truth: the demo, against the dashboard and the follow-up ------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from mentorat_desktop.core.demo import write_demo_database

    path: Path = tmp_path_factory.mktemp("report") / "demo.sqlite3"
    write_demo_database(path)
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


def test_equal_to_the_dashboard_on_the_same_periods(demo: Database) -> None:
    today = dt.date.today()
    board = compute_dashboard(demo, today)
    last = board.last_month
    month = indicators(demo, last, month_end(last), today=today)
    assert (month.commitment_met, month.commitment_judged) == (
        board.last_month_met,
        board.last_month_counted,
    )
    assert month.share_commitment_met == board.last_month_met_share
    year = indicators(demo, today.replace(month=1, day=1), today, today=today)
    assert year.hours_total == pytest.approx(board.hours_this_year)
    twelve = indicators(demo, add_months(month_start(today), -11), today, today=today)
    assert twelve.hours_by_month == board.hours_by_month
    since = indicators(demo, D(1900, 1, 1), today, today=today)
    assert (since.objectives_reached, since.objectives_total) == (
        board.objectives_reached,
        board.objectives_total,
    )
    early = indicators(demo, D(1900, 1, 1), D(2999, 12, 31), today=today)
    assert early.pairs_ended_early == board.ended_early
    first = board.today.replace(year=board.today.year - 1) + dt.timedelta(days=1)
    satisfied = indicators(demo, first, today, today=today)
    assert (satisfied.satisfaction_all, satisfied.satisfaction_all_count) == (
        board.satisfaction_average,
        board.satisfaction_count,
    )
    now = indicators(demo, today, today, today=today)
    assert now.pairs_active == board.active_pairs


def test_equal_to_the_follow_up_on_the_same_months(demo: Database) -> None:
    today = dt.date.today()
    last = add_months(month_start(today), -1)
    rows = month_report(demo, last, today=today)
    month = indicators(demo, last, month_end(last), today=today)
    assert month.commitment_met == sum(1 for r in rows if r.meets is True)
    assert month.commitment_judged == sum(1 for r in rows if r.meets is not None)
    grid = compute_grid(demo, today, 12, today=today)
    year = indicators(demo, grid.months[0], today, today=today)
    judged = [t.met / t.judged if t.judged else None for _m, t in year.commitment_by_month]
    # A month over: the grid's share is met / judged, the report's too.
    assert judged[:-1] == grid.month_met_share[:-1]
    for (_m, hours), total in zip(year.hours_by_month, grid.month_totals, strict=True):
        assert hours == pytest.approx(total)


# -- the PDF -------------------------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _named(db: Database, name: str, logo: Path | None = None) -> None:
    from mentorat_desktop.core.models import ProgramSettings

    with db.transaction() as session:
        settings = session.get(ProgramSettings, 1)
        if settings is None:
            settings = ProgramSettings(id=1)
            session.add(settings)
        settings.association_name = name
        settings.logo_path = str(logo) if logo else None


@pytest.mark.parametrize(
    ("language", "size", "words"),
    [
        (
            "fr_FR",
            (595, 842),
            [
                "Rapport d’activité",
                "Du 1er janvier 2025 au 31 mai 2025",
                "L’essentiel",
                "Satisfaction des personnes mentorées",
                "Comment lire ces chiffres",
                "« Écouter avant de proposer. »",
                "18 h 20",
                "50 %",
                "Baby-boomers",
            ],
        ),
        (
            "fr_CA",
            (612, 792),
            ["Rapport d’activités", "Baby-boumeurs", "Préparé le", "Comment lire ces chiffres"],
        ),
        (
            "en",
            (595, 842),
            [
                "Activity report",
                "From January 1, 2025 to May 31, 2025",
                "At a glance",
                "Satisfaction of the mentees",
                "How to read these figures",
                "“Les raccourcis du tableur.” — a mentee",
                "18.33 h",
                "50%",
            ],
        ),
    ],
)
def test_the_pdf_in_each_language(
    small: Database, tmp_path: Path, language: str, size: tuple[int, int], words: list[str]
) -> None:
    from PIL import Image
    from pypdf import PdfReader

    from mentorat_desktop.core.report import write_report

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (40, 40, 40)).save(logo)
    _named(small, "Les Âges Unis", logo)
    output = tmp_path / "rapport.pdf"
    pages = write_report(small, START, END, output, language, today=TODAY)
    reader = PdfReader(output)
    assert pages == len(reader.pages) >= 4
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    assert "/XObject" in reader.pages[0]["/Resources"]  # the logo on the cover
    text = _pdf_text(output)
    assert "Les Âges Unis" in text
    for word in words:
        assert word in text, word
    assert "Léo" not in text and "Anne" not in text  # names left out
    assert output.stat().st_mode & 0o077 == 0  # readable by its owner only


def test_an_unwritable_report_leaves_nothing(small: Database, tmp_path: Path) -> None:
    from mentorat_desktop.core.report import write_report

    with pytest.raises(OSError):
        write_report(small, START, END, tmp_path / "missing" / "r.pdf", "en", today=TODAY)
    assert not (tmp_path / "missing").exists()
    with pytest.raises(ReportError):
        write_report(small, END, START, tmp_path / "r.pdf", "en", today=TODAY)
    assert list(tmp_path.glob("*.pdf")) == []


def test_importing_the_package_does_not_load_reportlab() -> None:
    import subprocess
    import sys

    code = (
        "import sys, mentorat_desktop.core.report; "
        "sys.exit(1 if any(m.startswith('reportlab') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_the_month_in_progress_is_named_with_elision_in_french(
    small: Database, tmp_path: Path
) -> None:
    from mentorat_desktop.core.report import write_report

    output = tmp_path / "rapport.pdf"
    write_report(small, D(2025, 1, 1), D(2025, 4, 30), output, "fr_FR", today=D(2025, 4, 10))
    assert "Le mois d’avril 2025 n’est pas terminé" in _pdf_text(output)
    write_report(small, D(2025, 1, 1), D(2025, 3, 31), output, "fr_FR", today=D(2025, 3, 10))
    assert "Le mois de mars 2025 n’est pas terminé" in _pdf_text(output)
