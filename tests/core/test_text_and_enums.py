"""Text helpers (fold, clean, split_list) and the generation of a birth year."""

from __future__ import annotations

import pytest

from mentorat_desktop.core.enums import Generation, generation_of
from mentorat_desktop.core.text import clean, escape_html, fold, split_list


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Réseaux  Sociaux", "reseaux sociaux"),
        ("reseaux sociaux", "reseaux sociaux"),
        ("HÉLÈNE CÔTÉ", "helene cote"),
        ("Ça\tva\n bien", "ca va bien"),
        ("Bélanger-Nguyễn", "belanger-nguyen"),
        ("Straße", "strasse"),  # casefold, not just lower
        ("ﬁchier", "fichier"),  # compatibility ligature
        ("Ève\u00a0Marie", "eve marie"),  # non-breaking space
        ("", ""),
        (None, ""),
    ],
)
def test_fold(text: str | None, expected: str) -> None:
    assert fold(text) == expected


def test_fold_makes_spellings_equal() -> None:
    assert fold("Réseaux sociaux") == fold("reseaux  sociaux") == fold("RÉSEAUX SOCIAUX")
    assert fold("Hélène Côté") == fold("Helene Cote")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Marie   Ève ", "Marie Ève"),
        ("Côté", "Côté"),
        ("ligne 1\n\nligne 2", "ligne 1 ligne 2"),
        ("   ", None),
        ("", None),
        (None, None),
    ],
)
def test_clean(text: str | None, expected: str | None) -> None:
    assert clean(text) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Excel, Word; PowerPoint", ["Excel", "Word", "PowerPoint"]),
        ("Réseaux sociaux;reseaux  sociaux, Tableur", ["Réseaux sociaux", "Tableur"]),
        ("Excel\nWord\r\nTeams", ["Excel", "Word", "Teams"]),
        (" , ;; \n", []),
        ("Un seul", ["Un seul"]),
        ("", []),
        (None, []),
    ],
)
def test_split_list(cell: str | None, expected: list[str]) -> None:
    assert split_list(cell) == expected


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1930, Generation.SILENT),
        (1945, Generation.SILENT),
        (1946, Generation.BABY_BOOMER),
        (1964, Generation.BABY_BOOMER),
        (1965, Generation.X),
        (1980, Generation.X),
        (1981, Generation.Y),
        (1996, Generation.Y),
        (1997, Generation.Z),
        (2012, Generation.Z),
        (2013, Generation.ALPHA),
        (2030, Generation.ALPHA),
        (None, None),
    ],
)
def test_generation_boundaries(year: int | None, expected: Generation | None) -> None:
    assert generation_of(year) == expected


def test_enums_store_their_string_values() -> None:
    assert Generation.BABY_BOOMER == "baby_boomer"
    assert str(Generation.X) == "x"


def test_clean_removes_control_characters_and_bidi_overrides() -> None:
    from mentorat_desktop.core.text import strip_controls

    assert clean("Ana\u202eïs\x1b ") == "Anaïs"
    assert clean("\u2067Roy\u2069\x7f") == "Roy"
    assert strip_controls("deux\nlignes\tet\x00") == "deux\nlignes\tet"
    assert split_list("Ex\u202dcel; Canva\x08") == ["Excel", "Canva"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Zoé Martin",
        "a & b",
        "<b>gras</b>",
        'l\'atelier "Excel"',
        "&amp;",
        "1 < 2 > 0",
        "\u202e",
    ],
)
def test_escape_html_replaces_what_the_standard_library_replaces(text: str) -> None:
    import html

    assert escape_html(text) == html.escape(text)
