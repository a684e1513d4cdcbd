"""The charter prints what the set-up says: the association's name and address, the
coordinator's name, e-mail and phone, and the pair's cohort with its program's objectives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorat_desktop.core.charters import CohortGoal, load_charter_data, write_charters
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.pairs import ObjectiveInput, PairInput, PairService
from mentorat_desktop.core.services.settings import SettingsService

PRINTED_ON = dt.date(2026, 3, 10)


def _flat(path: Path) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(path).pages).split())


def set_up(db: Database, *, goals: bool = True, cohort: bool = True) -> int:
    SettingsService(db).update(
        association_name="Passerelles Générations",
        association_address="12, rue des Lilas\n69003 Lyon",
        coordinator_name="Hélène Dubœuf",
        coordinator_email="helene@passerelles.example",
        coordinator_phone="04 72 00 00 00",
    )
    cohort_id = None
    if cohort:
        cohorts = CohortService(db)
        cohort_id = cohorts.create("Printemps 2026").id
        if goals:
            cohorts.add_objective(
                cohort_id,
                "Rendre chaque personne mentorée autonome en ligne",
                "Une démarche réelle faite seule au bilan",
                "80 %",
            )
            cohorts.add_objective(cohort_id, "Tenir le rythme des rencontres")
    members = MemberService(db)
    zoe = members.add(MemberInput(first_name="Zoé", last_name="Côté", birth_year=2000))
    francois = members.add(
        MemberInput(first_name="François", last_name="Lévesque", birth_year=1957)
    )
    return PairService(db).create(PairInput(zoe.id, francois.id, cohort_id=cohort_id)).id


def test_load_reads_the_address_and_the_cohort_objectives(db: Database) -> None:
    pair_id = set_up(db)
    (charter,) = load_charter_data(db, [pair_id])
    assert charter.association_address == "12, rue des Lilas\n69003 Lyon"
    assert charter.cohort_name == "Printemps 2026"
    assert charter.cohort_objectives == (
        CohortGoal(
            "Rendre chaque personne mentorée autonome en ligne",
            "Une démarche réelle faite seule au bilan",
            "80 %",
        ),
        CohortGoal("Tenir le rythme des rencontres", None, None),
    )


def test_a_pair_without_cohort_has_no_cohort_objectives(db: Database) -> None:
    pair_id = set_up(db, cohort=False)
    (charter,) = load_charter_data(db, [pair_id])
    assert (charter.cohort_name, charter.cohort_objectives) == (None, ())


@pytest.mark.parametrize(
    ("language", "intro", "indicator"),
    [
        ("fr_FR", "Notre binôme fait partie de la cohorte « Printemps 2026 »", "Indicateur"),
        ("fr_CA", "Notre binôme fait partie de la cohorte « Printemps 2026 »", "Indicateur"),
        ("en", "Our pair belongs to the cohort “Printemps 2026”", "Success indicator"),
    ],
)
def test_the_charter_prints_association_coordinator_and_cohort(
    db: Database, tmp_path: Path, language: str, intro: str, indicator: str
) -> None:
    pair_id = set_up(db)
    output = tmp_path / f"{language}.pdf"
    write_charters(db, [pair_id], output, language, printed_on=PRINTED_ON)
    text = _flat(output)
    assert "Passerelles Générations · 12, rue des Lilas · 69003 Lyon" in text
    assert "Hélène Dubœuf · helene@passerelles.example · 04 72 00 00 00" in text
    assert intro in text
    assert indicator in text
    assert "Rendre chaque personne mentorée autonome en ligne" in text
    assert "Une démarche réelle faite seule au bilan" in text
    assert "80 %" in text
    assert "Tenir le rythme des rencontres" in text


def test_a_cohort_without_objectives_is_named(db: Database, tmp_path: Path) -> None:
    pair_id = set_up(db, goals=False)
    output = tmp_path / "fr.pdf"
    write_charters(db, [pair_id], output, "fr_FR", printed_on=PRINTED_ON)
    text = _flat(output)
    assert "Notre binôme fait partie de la cohorte « Printemps 2026 »." in text
    assert "Objectif du programme" not in text


def test_no_cohort_no_cohort_sentence(db: Database, tmp_path: Path) -> None:
    pair_id = set_up(db, cohort=False)
    output = tmp_path / "fr.pdf"
    write_charters(db, [pair_id], output, "fr_FR", printed_on=PRINTED_ON)
    assert "cohorte" not in _flat(output).casefold()


@pytest.mark.parametrize("language", ["fr_FR", "fr_CA", "en"])
def test_cohort_and_pair_objectives_fit_two_letter_pages(
    db: Database, tmp_path: Path, language: str
) -> None:
    pair_id = set_up(db)
    cohort = CohortService(db).find("Printemps 2026")
    assert cohort is not None
    CohortService(db).add_objective(
        cohort.id, "Faire se rencontrer les générations", "Deux rencontres collectives", "2"
    )
    pairs = PairService(db)
    for n in range(1, 5):
        pairs.add_objective(
            pair_id,
            ObjectiveInput(
                text=f"Objectif {n} du binôme, formulé en une phrase assez longue",
                indicator="Une tâche réelle menée sans aide, montrée au bilan",
            ),
        )
    output = tmp_path / f"{language}.pdf"
    assert write_charters(db, [pair_id], output, language, paper="Letter") == 2


def test_the_paper_follows_the_country(db: Database, tmp_path: Path) -> None:
    pair_id = set_up(db)
    SettingsService(db).update(country="CA", language="en")
    output = tmp_path / "en.pdf"
    write_charters(db, [pair_id], output, "en", printed_on=PRINTED_ON)
    width, height = PdfReader(output).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (612, 792)
