"""French elision before a name: "Objectifs d’Émile", never "Objectifs de Émile"."""

from __future__ import annotations

from mentorat_desktop.core.elision import elided_format


def test_names_beginning_with_a_vowel_sound_are_elided():
    text = elided_format(
        "Objectifs de {mentor} et de {mentee}", mentor="Émile Émery", mentee="Hélène Roy"
    )
    assert text == "Objectifs d’Émile Émery et d’Hélène Roy"


def test_other_names_and_english_are_left_as_they_are():
    assert (
        elided_format("Objectifs de {mentor} et de {mentee}", mentor="Bruno", mentee="Zoé")
        == "Objectifs de Bruno et de Zoé"
    )
    assert elided_format("Objectives of {mentor}", mentor="Anne") == "Objectives of Anne"
