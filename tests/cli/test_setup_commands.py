"""Setting the program up from the command line: settings, cohorts, a pair in a cohort, and
the charter that then names the association, the coordinator and the cohort."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from mentorat_desktop import cli_spec
from mentorat_desktop.cli import EXIT_NOTHING_DONE, EXIT_OK
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.pairs import PairService
from mentorat_desktop.core.services.settings import Settings, SettingsService

MEMBERS_CSV = (
    "Prénom;Nom;Courriel;Année de naissance;Rôle\r\n"
    "Zoé;Vidal;zoe.vidal@example.org;2001;Mentor\r\n"
    "François;Roy;francois.roy@example.org;1954;Mentoré\r\n"
    "Anne;Dupont;anne.dupont@example.org;1955;Mentoré\r\n"
)


def pdf_text(path: Path) -> str:
    """The text of a PDF, each run of blanks and line ends as one space."""
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def read_settings(path: Path) -> Settings:
    db = open_database(path)
    try:
        return SettingsService(db).get()
    finally:
        db.close()


@pytest.fixture(autouse=True)
def _argparse_words_restored(monkeypatch):
    # Help in French routes argparse's words through the catalogues; give them back after.
    monkeypatch.setattr(argparse, "_", argparse._)


# -- the whole set-up, scripted ------------------------------------------------------------


def test_from_an_empty_database_to_a_charter_of_our_own(cli, empty_db: Path, tmp_path: Path):
    db = empty_db
    result = cli(
        "settings", "--db", db, "--lang", "en",
        "--set", "association_name=Passerelles Générations",
        "--set", r"association_address=12, rue des Lilas\n69003 Lyon",
        "--set", "coordinator_name=Hélène Dubœuf",
        "--set", "coordinator_email=helene@passerelles.example",
        "--set", "coordinator_phone=04 72 00 00 00",
        "--set", "country=FR",
        "--set", "monthly_commitment_hours=2,5",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.text
    assert "7 settings saved." in result.out
    assert "Passerelles Générations" in result.out

    result = cli(
        "cohort", "add", "--db", db, "--name", "Printemps 2026",
        "--start", "2026-03-01", "--end", "2026-12-15", "--lang", "en",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.text
    result = cli(
        "cohort", "objective", "--db", db, "--name", "printemps 2026",
        "--text", "Gagner en autonomie numérique",
        "--indicator", "Une démarche en ligne faite seule", "--target", "80 %", "--lang", "en",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.text

    csv = tmp_path / "membres.csv"
    csv.write_bytes(MEMBERS_CSV.encode("cp1252"))
    assert cli("import-members", csv, "--db", db, "--lang", "en").code == EXIT_OK
    result = cli(
        "add-pair", "--db", db, "--mentor", "zoe.vidal@example.org",
        "--mentee", "François Roy", "--cohort", "Printemps 2026", "--lang", "en",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.text
    pair_id = int(re.search(r"Pair (\d+)", result.out).group(1))

    out = tmp_path / "charte.pdf"
    result = cli("charter", "--db", db, "--pair", pair_id, "-o", out, "--lang", "fr_FR")
    assert result.code == EXIT_OK, result.text
    text = pdf_text(out)
    assert "Association : Passerelles Générations · 12, rue des Lilas · 69003 Lyon" in text
    assert "Hélène Dubœuf · helene@passerelles.example · 04 72 00 00 00" in text
    assert "Cohorte Printemps 2026" in text
    assert "cohorte « Printemps 2026 »" in text
    assert "Gagner en autonomie numérique" in text
    assert "Une démarche en ligne faite seule" in text
    assert "80 %" in text
    assert "2 h 30 par mois" in text  # the program's commitment, on the new pair
    width, height = PdfReader(out).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (595, 842)  # France: A4


# -- settings ------------------------------------------------------------------------------


def test_settings_are_shown_in_the_language_with_their_keys(cli, empty_db: Path) -> None:
    result = cli("settings", "--db", empty_db, "--lang", "en")
    assert result.code == EXIT_OK, result.text
    assert "Country (country): France" in result.out
    assert "Monthly commitment (monthly_commitment_hours): 3 h a month" in result.out
    assert "Paper (paper_size): A4 (follows the country)" in result.out


def test_settings_in_quebec_french_say_hours_and_paper_in_french(cli, empty_db: Path) -> None:
    """The commitment as the assistant writes it ("2 h 30", not "2,5 h") and the paper by
    its French name, not the keyword "Letter"."""
    assert cli("settings", "--db", empty_db, "--set", "country=CA").code == EXIT_OK
    assert cli("settings", "--db", empty_db, "--set", "monthly_commitment_hours=2.5").code == 0
    result = cli("settings", "--db", empty_db, "--lang", "fr_CA")
    assert result.code == EXIT_OK, result.text
    assert "(monthly_commitment_hours)\u00a0: 2 h 30 par mois" in result.out
    assert "(paper_size)\u00a0: Lettre US (selon le pays)" in result.out
    assert "Letter" not in result.out


def test_settings_as_json(cli, empty_db: Path) -> None:
    assert cli("settings", "--db", empty_db, "--set", "country=CA").code == EXIT_OK
    result = cli("settings", "--db", empty_db, "--json")
    values = json.loads(result.out)
    assert values["country"] == "CA"
    assert values["language"] == "fr_CA"  # the language followed the country
    assert values["effective_paper_size"] == "Letter"
    assert values["monthly_commitment_hours"] == 3.0
    assert values["association_address"] is None
    assert set(values) >= {
        "association_name",
        "association_address",
        "coordinator_name",
        "coordinator_email",
        "coordinator_phone",
        "country",
        "monthly_commitment_hours",
    }


def test_one_wrong_value_and_nothing_changes(cli, empty_db: Path) -> None:
    before = read_settings(empty_db)
    result = cli(
        "settings", "--db", empty_db, "--lang", "en",
        "--set", "association_name=Passerelles",
        "--set", "country=BE",
        "--set", "coordinator_email=pas-une-adresse",
        "--set", "monthly_commitment_hours=beaucoup",
        "--set", "silent_days=0",
        "--set", "colour=blue",
        "--set", "no-equals-sign",
    )  # fmt: skip
    assert result.code == EXIT_NOTHING_DONE
    err = result.err
    assert "country: “BE” is not one of: FR, CA." in err
    assert "coordinator_email: This e-mail address is not valid" in err
    assert "monthly_commitment_hours: “beaucoup” is not a number." in err
    assert "silent_days: Enter a number between 1 and 365." in err
    assert "“colour” is not a setting" in err
    assert "“no-equals-sign” is not KEY=VALUE" in err
    assert "Nothing was changed." in err
    assert "Traceback" not in result.text
    assert read_settings(empty_db) == before


def test_a_commitment_out_of_range_names_its_key(cli, empty_db: Path) -> None:
    result = cli(
        "settings", "--db", empty_db, "--set", "monthly_commitment_hours=0,2", "--lang", "en"
    )
    assert result.code == EXIT_NOTHING_DONE
    assert "monthly_commitment_hours: Enter a number between" in result.err


def test_the_logo_must_be_a_picture(cli, empty_db: Path, tmp_path: Path) -> None:
    missing = tmp_path / "absent.png"
    result = cli("settings", "--db", empty_db, "--set", f"logo_path={missing}", "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "logo_path:" in result.err and "does not exist" in result.err

    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    result = cli("settings", "--db", empty_db, "--set", f"logo_path={text}", "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "not a picture that can be printed" in result.err
    assert read_settings(empty_db).logo_path is None

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    picture = tmp_path / "vrai logo.png"
    assert image.save(str(picture))
    result = cli("settings", "--db", empty_db, "--set", f"logo_path={picture}", "--lang", "en")
    assert result.code == EXIT_OK, result.text
    assert read_settings(empty_db).logo_path == str(picture.resolve())
    assert cli("settings", "--db", empty_db, "--set", "logo_path=").code == EXIT_OK
    assert read_settings(empty_db).logo_path is None


def test_every_key_can_be_set(cli, empty_db: Path) -> None:
    result = cli(
        "settings", "--db", empty_db, "--lang", "en",
        "--set", "language=en",
        "--set", "paper_size=letter",
        "--set", "charter_commitments=Nous nous voyons.",
        "--set", "silent_days=21",
        "--set", "end_soon_days=14",
        "--set", "retention_months=24",
        "--set", "backup_keep_last=5",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.text
    settings = read_settings(empty_db)
    assert (settings.language, settings.paper_size) == ("en", "Letter")
    assert settings.charter_commitments == "Nous nous voyons."
    assert (settings.silent_days, settings.end_soon_days) == (21, 14)
    assert (settings.retention_months, settings.backup_keep_last) == (24, 5)
    assert cli("settings", "--db", empty_db, "--set", "paper_size=auto").code == EXIT_OK
    assert read_settings(empty_db).paper_size is None


def test_settings_of_a_missing_database_creates_nothing(cli, tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite3"
    result = cli("settings", "--db", path, "--set", "country=CA", "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert not path.exists()


# -- cohorts -------------------------------------------------------------------------------


def cohort_names(path: Path) -> list[str]:
    db = open_database(path)
    try:
        return [c.name for c in CohortService(db).list_cohorts()]
    finally:
        db.close()


def test_cohort_duplicate_close_reopen_and_list(cli, empty_db: Path) -> None:
    db = empty_db
    assert cli(
        "cohort", "add", "--db", db, "--name", "Printemps 2024",
        "--start", "29/02/2024", "--end", "2024-12-31",
    ).code == EXIT_OK  # fmt: skip
    assert cli(
        "cohort", "objective", "--db", db, "--name", "Printemps 2024", "--text", "Dix binômes",
    ).code == EXIT_OK  # fmt: skip

    result = cli(
        "cohort", "duplicate", "--db", db, "--name", "Printemps 2024", "--as", "Printemps 2025",
        "--lang", "en",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.text
    assert "“Printemps 2025” created from “Printemps 2024”" in result.out
    assert "2025-02-28" in result.out

    result = cli(
        "cohort", "close", "--db", db, "--name", "Printemps 2024", "--on", "2025-01-10",
        "--lang", "en",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.text
    assert "closed on 2025-01-10" in result.out

    listed = json.loads(cli("cohorts", "--db", db, "--json").out)
    assert [(c["name"], c["closed_on"], c["start_date"]) for c in listed] == [
        ("Printemps 2024", "2025-01-10", "2024-02-29"),
        ("Printemps 2025", None, "2025-02-28"),
    ]
    assert listed[1]["objectives"] == [{"text": "Dix binômes", "indicator": None, "target": None}]

    text = cli("cohorts", "--db", db, "--lang", "en").out
    assert "Printemps 2024 — from 2024-02-29 to 2024-12-31 · 0 pairs · closed on 2025-01-10" in text
    assert "  • Dix binômes" in text

    assert cli("cohort", "reopen", "--db", db, "--name", "Printemps 2024").code == EXIT_OK
    assert all(c["closed_on"] is None for c in json.loads(cli("cohorts", "--db", db, "--json").out))


def test_a_taken_name_or_wrong_dates_change_nothing(cli, empty_db: Path) -> None:
    assert cli("cohort", "add", "--db", empty_db, "--name", "Automne").code == EXIT_OK
    result = cli("cohort", "add", "--db", empty_db, "--name", "automne", "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "--name: This name is already used." in result.err

    result = cli(
        "cohort", "add", "--db", empty_db, "--name", "Hiver",
        "--start", "2026-05-01", "--end", "2026-01-01", "--lang", "en",
    )  # fmt: skip
    assert result.code == EXIT_NOTHING_DONE
    assert "--end: The end comes before the start." in result.err

    result = cli(
        "cohort", "add", "--db", empty_db, "--name", "Hiver", "--start", "bientôt", "--lang", "en"
    )
    assert result.code == EXIT_NOTHING_DONE
    assert "--start: “bientôt” is not a date" in result.err
    assert cohort_names(empty_db) == ["Automne"]


def test_an_unknown_cohort_is_named_with_the_existing_ones(cli, empty_db: Path) -> None:
    result = cli("cohort", "close", "--db", empty_db, "--name", "Été", "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "there is no cohort yet" in result.err
    cli("cohort", "add", "--db", empty_db, "--name", "Automne")
    result = cli(
        "cohort", "duplicate", "--db", empty_db, "--name", "Été", "--as", "Été 2", "--lang", "en"
    )
    assert result.code == EXIT_NOTHING_DONE
    assert "the cohorts are: “Automne”" in result.err
    assert cohort_names(empty_db) == ["Automne"]


def test_a_closed_cohort_takes_no_new_pair(cli, empty_db: Path, tmp_path: Path) -> None:
    csv = tmp_path / "membres.csv"
    csv.write_bytes(MEMBERS_CSV.encode("cp1252"))
    assert cli("import-members", csv, "--db", empty_db).code == EXIT_OK
    cli("cohort", "add", "--db", empty_db, "--name", "Automne")
    cli("cohort", "close", "--db", empty_db, "--name", "Automne")
    result = cli(
        "add-pair", "--db", empty_db, "--mentor", "Zoé Vidal", "--mentee", "Anne Dupont",
        "--cohort", "Automne", "--lang", "en",
    )  # fmt: skip
    assert result.code == EXIT_NOTHING_DONE
    assert "“Automne” is closed" in result.err
    result = cli(
        "add-pair", "--db", empty_db, "--mentor", "Zoé Vidal", "--mentee", "Anne Dupont",
        "--cohort", "Printemps", "--lang", "en",
    )  # fmt: skip
    assert result.code == EXIT_NOTHING_DONE
    db = open_database(empty_db)
    try:
        assert PairService(db).list_pairs() == []
    finally:
        db.close()


# -- help ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "action", [a.name for a in cli_spec.BY_NAME["cohort"].actions], ids=lambda a: a
)
def test_each_cohort_action_has_its_help_and_example(cli, action: str) -> None:
    result = cli("cohort", action, "--help", "--lang", "en")
    assert result.code == 0
    assert f"mentorat-desktop cohort {action} " in result.out
    assert "Example:" in result.out
    spec = next(a for a in cli_spec.BY_NAME["cohort"].actions if a.name == action)
    for option in spec.options:
        assert option.help.strip()


def test_cohort_without_an_action_says_so(cli, empty_db: Path) -> None:
    result = cli("cohort", "--db", empty_db, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "Traceback" not in result.text
    help_text = cli("cohort", "--help", "--lang", "en").out
    for action in ("add", "objective", "duplicate", "close", "reopen"):
        assert action in help_text
