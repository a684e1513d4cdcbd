"""Charters keep what reportlab works out for a paragraph (its parsed markup, its lines for a
width, what it draws) from one charter to the next: a charter printed with that work
remembered must be the very same page as one printed from nothing, and as one drawn by
platypus itself."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorat_desktop.core.charters import CharterData, CharterObjective, render_charters
from mentorat_desktop.core.enums import Direction, Mode, PairStatus

PRINTED_ON = dt.date(2026, 3, 10)

CHARTER = CharterData(
    pair_id=7,
    status=PairStatus.ACTIVE,
    association="Passerelles Générations",
    coordinator_name="Hélène Dubœuf",
    coordinator_email="helene@passerelles.example",
    coordinator_phone="04 72 00 00 00",
    logo_path=None,
    mentor_name="Łukasz Nowak",
    mentor_birth_year=2009,
    mentee_name="Øyvind Şahin",
    mentee_birth_year=1955,
    cohort_name="Automne",
    objectives=(
        CharterObjective(
            "Prendre en main un tableur & <ses> formules",
            "Un budget tenu seul un mois",
            dt.date(2026, 5, 1),
            Direction.MENTOR_TO_MENTEE,
        ),
        CharterObjective("Publier sur un réseau", None, None, Direction.BOTH),
    ),
    place="Médiathèque",
    mode=Mode.IN_PERSON,
    frequency="Deux fois par mois",
    monthly_commitment_hours=2.5,
    start_date=dt.date(2025, 10, 1),
    planned_end=dt.date(2026, 6, 30),
    charter_version=2,
    charter_changed_at=dt.datetime(2026, 1, 12, 10, 0),
    commitments_text=None,
)


def _cold() -> None:
    from mentorat_desktop.core.charters import render

    render._parsed.clear()
    render._wrapped.clear()
    render._drawn.clear()
    render._table_sizes.clear()


def _pages(path: Path) -> list[bytes]:
    """What each page draws (its content stream), page by page."""
    pages = [page.get_contents() for page in PdfReader(path).pages]
    return [b"" if page is None else page.get_data() for page in pages]


def _print(
    charters: list[CharterData], path: Path, language: str = "fr_FR", paper: str = "A4"
) -> list[bytes]:
    render_charters(charters, path, language, paper, printed_on=PRINTED_ON)
    return _pages(path)


@pytest.mark.parametrize(
    ("language", "paper"), [("fr_FR", "A4"), ("fr_CA", "Letter"), ("en", "A4")]
)
def test_a_warm_charter_is_the_same_page_as_a_cold_one(
    tmp_path: Path, language: str, paper: str
) -> None:
    _cold()
    cold = _print([CHARTER], tmp_path / "cold.pdf", language, paper)
    # Another pair first: its names differ, the wording is the same.
    other = dataclasses.replace(CHARTER, pair_id=8, mentor_name="Zoé Côté", objectives=())
    _print([other], tmp_path / "other.pdf", language, paper)
    warm = _print([CHARTER], tmp_path / "warm.pdf", language, paper)
    assert warm == cold


@pytest.mark.parametrize(
    ("language", "paper"), [("fr_FR", "A4"), ("fr_CA", "Letter"), ("en", "A4")]
)
def test_a_charter_drawn_again_is_what_platypus_draws(
    tmp_path: Path, language: str, paper: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a paragraph, a table or a line to fill in drew is drawn again in the next
    charters, its text encoded for each document: the pages are byte for byte those platypus
    draws itself, for charters whose names bring other characters in another order."""
    from reportlab.platypus import Flowable

    from mentorat_desktop.core.charters import render

    others = [
        dataclasses.replace(CHARTER, pair_id=8, mentor_name="Zoé Côté", objectives=()),
        dataclasses.replace(
            CHARTER, pair_id=9, mentee_name="Nguyễn Thi Hoa", mentor_birth_year=1990
        ),
        dataclasses.replace(CHARTER, status=PairStatus.ENDED, mentee_birth_year=2012),
    ]
    _cold()
    for n, charter in enumerate([CHARTER, *others]):
        _print([charter], tmp_path / f"warm{n}.pdf", language, paper)
    assert len(render._drawn._entries) > 20  # paragraphs, tables, lines remembered
    replayed = [
        _print([c], tmp_path / f"again{n}.pdf", language, paper) for n, c in enumerate(others)
    ]
    with monkeypatch.context() as patch:
        patch.setattr(render._Replayed, "_drawOn", Flowable._drawOn)
        patch.setattr(render._Replayed, "drawOn", Flowable.drawOn)
        _cold()
        drawn = [
            _print([c], tmp_path / f"plain{n}.pdf", language, paper) for n, c in enumerate(others)
        ]
    assert replayed == drawn


def test_a_table_split_over_two_pages_is_what_platypus_draws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thirty objectives run over a page end: the table's two parts (plain tables, drawn
    by reportlab) and every table measured before print as platypus prints them."""
    from reportlab.platypus import Flowable

    from mentorat_desktop.core.charters import render

    many = dataclasses.replace(
        CHARTER,
        objectives=tuple(
            CharterObjective(f"Objectif numéro {n}", f"Indicateur {n}", None, Direction.BOTH)
            for n in range(1, 31)
        ),
    )
    _cold()
    first = _print([many], tmp_path / "first.pdf")
    assert len(first) >= 3
    again = _print([many, CHARTER], tmp_path / "again.pdf")
    with monkeypatch.context() as patch:
        patch.setattr(render._Replayed, "_drawOn", Flowable._drawOn)
        patch.setattr(render._Replayed, "drawOn", Flowable.drawOn)
        _cold()
        drawn = _print([many, CHARTER], tmp_path / "plain.pdf")
    assert again == drawn
    assert again[: len(first)] == first


def test_a_remembered_layout_is_for_its_width_only(tmp_path: Path) -> None:
    """A4 and Letter frames differ in width: Letter's lines are its own after A4's."""
    _cold()
    letter_cold = _print([CHARTER], tmp_path / "letter_cold.pdf", "fr_FR", "Letter")
    _cold()
    _print([CHARTER], tmp_path / "a4.pdf", "fr_FR", "A4")
    assert _print([CHARTER], tmp_path / "letter.pdf", "fr_FR", "Letter") == letter_cold


def test_a_remembered_paragraph_split_over_two_pages_prints_whole_each_time(
    tmp_path: Path,
) -> None:
    """The coordinator's long wording of the commitments runs over a page end: its two parts
    print the same, and completely, on every charter."""
    lines = [f"Engagement numéro {n} : nous nous prévenons à l’avance." for n in range(1, 61)]
    long = dataclasses.replace(CHARTER, commitments_text="\n".join(lines))
    _cold()
    cold = _print([long], tmp_path / "cold.pdf")
    assert len(cold) >= 2
    first = _print([long, long], tmp_path / "twice.pdf")
    assert first[: len(cold)] == cold
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "twice.pdf").pages)
    assert text.count("Engagement numéro 60 :") == 2
    assert text.count("Engagement numéro 1 :") == 2


def test_two_threads_printing_at_once_print_what_each_prints_alone(tmp_path: Path) -> None:
    others = [
        dataclasses.replace(CHARTER, pair_id=20 + n, mentee_name=f"Personne {n} Gagnon")
        for n in range(4)
    ]
    _cold()
    alone = [_print([c], tmp_path / f"alone{n}.pdf") for n, c in enumerate(others)]
    _cold()
    results: dict[int, list[bytes]] = {}
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for _ in range(3):
                results[n] = _print([others[n]], tmp_path / f"thread{n}.pdf")
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(len(others))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert [results[n] for n in range(len(others))] == alone
