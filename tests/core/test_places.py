"""The bundled table of French and Québec places."""

from __future__ import annotations

import pytest

from mentorat_desktop.core.places import (
    country_of,
    find_place,
    find_places,
    nearest_km,
    places,
    utc_offset_of,
)


def test_the_table_covers_the_demo_cities() -> None:
    from mentorat_desktop.core.demo import CITIES

    assert 100 <= sum(len(found) for found in places().values()) <= 200
    for cities in CITIES.values():
        for city, _weight in cities:
            assert find_places(city), city


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("saint-etienne", "Saint-Étienne"),
        ("St-Étienne", "Saint-Étienne"),
        ("TROIS RIVIERES", "Trois-Rivières"),
        ("Lyon 3e", "Lyon"),
        ("Sherbrooke, QC", "Sherbrooke"),
        ("Montréal (Québec)", "Montréal"),
        ("Paris 75011", "Paris"),
    ],
)
def test_a_name_is_found_whatever_its_form(text: str, name: str) -> None:
    found = find_place(text)
    assert found is not None and found.name == name


def test_homonyms_and_hints() -> None:
    assert find_place("Laval") is None  # Mayenne or Québec
    assert {p.country for p in find_places("Laval")} == {"FR", "CA"}
    assert country_of("Laval, QC") == "CA" and country_of("Laval (53)") == "FR"
    assert country_of("Nulle-Part") is None and country_of("Nulle-Part, France") == "FR"
    assert utc_offset_of("Sherbrooke") == -5 and utc_offset_of("Angers") == 1


def test_distances() -> None:
    lyon, villeurbanne = find_places("Lyon"), find_places("Villeurbanne")
    assert nearest_km(lyon, villeurbanne) == pytest.approx(3.4, abs=1)
    assert nearest_km(find_places("Angers"), find_places("Sherbrooke")) == pytest.approx(
        5300, rel=0.05
    )
    assert nearest_km(find_places("Montréal"), find_places("Laval")) == pytest.approx(12, abs=3)
    assert nearest_km(lyon, ()) is None
