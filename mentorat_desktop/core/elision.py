"""French elision before a name or a word filled into a sentence: "ce qu’Odile", "d’Adrien",
"la fiche d’Hélène", never "de Adrien".

A translated sentence writes "que {mentee}" or "de {name}"; ``elided_format`` writes
"qu’{mentee}" when the value that fills the placeholder begins with a vowel sound, then fills
it. Sentences in other languages have no such word before a placeholder and are left as they
are; so are numbers and dates ("le {date}": "le 1er mars").

No Qt here: the window's sentences (Qt's catalogues) and the PDFs' (core/*/texts.py) both
use it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from mentorat_desktop.core.text import fold

# A French word that elides ("que", "de", "le", "jusque"…) just before a placeholder.
_ELIDING = re.compile(r"\b(qu|jusqu|lorsqu|puisqu|d|l|j|m|n|s|t)e (\{(\w+)\})", re.IGNORECASE)
_VOWELS = frozenset("aeiouœæø")  # after folding: "Øyvind" keeps its ø


def begins_with_vowel_sound(name: str) -> bool:
    """Whether French elides before this name: a vowel ("Odile", "Émilie"), a mute h
    ("Hélène", "Hugo") or a y before a consonant ("Yves"; not "Yann")."""
    folded = fold(name)
    if not folded:
        return False
    first = folded[0]
    if first in _VOWELS or first == "h":
        return True
    return first == "y" and len(folded) > 1 and folded[1] not in _VOWELS and folded[1] != "y"


def elide(template: str, params: Mapping[str, Any]) -> str:
    """``template`` with "que {name}" written "qu’{name}" (and so on) where the value of the
    placeholder begins with a vowel sound."""

    def elided(match: re.Match[str]) -> str:
        value = params.get(match.group(3))
        if isinstance(value, str) and begins_with_vowel_sound(value):
            return f"{match.group(1)}’{match.group(2)}"
        return match.group(0)

    return _ELIDING.sub(elided, template)


def elided_format(template: str, **params: Any) -> str:
    """``template.format(**params)``, French elision done first ("Objectifs d’Adrien")."""
    return elide(template, params).format(**params)
