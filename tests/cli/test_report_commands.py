"""``report`` and ``indicators`` on the command line: the PDF with the expected text, the
figures as JSON, and every refusal a sentence with exit status 2 and nothing written."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.report import indicators

Run = Callable[..., object]
YEAR = str(dt.date.today().year)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_report_writes_the_pdf(cli: Run, demo60: Path, tmp_path: Path) -> None:
    output = tmp_path / "rapport.pdf"
    result = cli(
        "report",
        "--db",
        demo60,
        "--from",
        f"{YEAR}-01-01",
        "--to",
        f"31/12/{YEAR}",  # as people type it
        "--lang",
        "en",
        "-o",
        output,
    )
    assert result.code == 0, result.text
    assert "Activity report written to" in result.out
    text = _pdf_text(output)
    for words in (
        "Activity report",
        f"From January 1, {YEAR} to December 31, {YEAR}",
        "Every pair of the program",
        "At a glance",
        "Mentoring hours, month by month",
        "Who learned from whom",
        "How to read these figures",
    ):
        assert words in text, words


def test_report_of_a_cohort_in_quebec_french(cli: Run, demo60: Path, tmp_path: Path) -> None:
    db = open_database(demo60)
    try:
        name = str(db.query("SELECT name FROM cohort ORDER BY name")[0][0])
    finally:
        db.close()
    output = tmp_path / "rapport.pdf"
    result = cli(
        "report",
        "--db",
        demo60,
        "--from",
        f"{YEAR}-01-01",
        "--to",
        f"{YEAR}-12-31",
        "--cohort",
        name.upper(),
        "--lang",
        "fr_CA",
        "-o",
        output,
    )
    assert result.code == 0, result.text
    text = _pdf_text(output)
    assert "Rapport d’activités" in text
    assert f"Cohorte : {name.upper()}" in text


def test_indicators_json(cli: Run, demo60: Path) -> None:
    result = cli(
        "indicators", "--db", demo60, "--from", f"1/1/{YEAR}", "--to", f"{YEAR}-12-31", "--json"
    )
    assert result.code == 0, result.text
    values = json.loads(result.out)
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
        assert key in values, key
    db = open_database(demo60)
    try:
        core = indicators(db, dt.date(int(YEAR), 1, 1), dt.date(int(YEAR), 12, 31)).to_json()
    finally:
        db.close()
    assert values == core
    assert values["pairs_active"] > 0 and values["hours_total"] > 0


def test_indicators_as_text(cli: Run, demo60: Path) -> None:
    result = cli(
        "indicators", "--db", demo60, "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-12-31",
        "--lang", "en",
    )  # fmt: skip
    assert result.code == 0, result.text
    assert "Pairs active" in result.out and "Objectives reached" in result.out


def test_refusals_say_why_and_write_nothing(cli: Run, demo60: Path, tmp_path: Path) -> None:
    output = tmp_path / "rapport.pdf"
    period = ["--from", f"{YEAR}-01-01", "--to", f"{YEAR}-12-31"]
    reversed_period = cli(
        "report", "--db", demo60, "--from", f"{YEAR}-12-31", "--to", f"{YEAR}-01-01",
        "--lang", "en", "-o", output,
    )  # fmt: skip
    assert reversed_period.code == 2
    assert "The period starts after it ends" in reversed_period.err
    unknown = cli("report", "--db", demo60, *period, "--cohort", "Nulle part", "--lang", "en",
                  "-o", output)  # fmt: skip
    assert unknown.code == 2
    assert "No cohort is called “Nulle part”" in unknown.err
    not_a_date = cli("indicators", "--db", demo60, "--from", "demain matin", "--to", "hier",
                     "--lang", "en")  # fmt: skip
    assert not_a_date.code == 2
    assert "“demain matin” is not a date" in not_a_date.err
    unwritable = tmp_path / "no such folder" / "rapport.pdf"
    cannot = cli("report", "--db", demo60, *period, "--lang", "en", "-o", unwritable)
    assert cannot.code == 2
    assert "Nothing was written" in cannot.err
    assert "Traceback" not in cannot.text
    assert not output.exists() and not unwritable.parent.exists()


def test_help_has_an_example(cli: Run) -> None:
    for command in ("report", "indicators"):
        result = cli(command, "--help", "--lang", "en")
        assert result.code == 0
        assert "Example:" in result.out and f"mentorat-desktop {command} --db" in result.out
        assert "--from" in result.out and "--cohort" in result.out


def test_an_unknown_cohort_lists_the_cohorts_in_alphabetical_order(
    cli: Run, empty_db: Path, tmp_path: Path
) -> None:
    """Accents and capitals aside, on a file as on a server (whose collations differ)."""
    from mentorat_desktop.core.services.cohorts import CohortService

    db = open_database(empty_db)
    try:
        for name in ("Zèbres", "écoles du soir", "Ateliers", "été 2026"):
            CohortService(db).create(name)
    finally:
        db.close()
    result = cli("indicators", "--db", empty_db, "--from", f"{YEAR}-01-01", "--to",
                 f"{YEAR}-12-31", "--cohort", "Nulle part", "--lang", "en")  # fmt: skip
    assert result.code == 2
    assert "the cohorts are: Ateliers, écoles du soir, été 2026, Zèbres." in result.err
