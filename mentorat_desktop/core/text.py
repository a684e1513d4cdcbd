"""Small text helpers shared by search, skills and imports."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
# Control characters (but tab and line breaks) and the bidirectional embeddings, overrides
# and isolates, which can make a name display as another ("Trojan Source"); none belongs
# in what a person typed.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# What the detail panels write into rich text: the five characters HTML gives a meaning,
# as the standard library's html.escape replaces them. Not that module itself: importing it
# builds its table of 2,000 named entities, about 3 ms on the window's start-up path, for
# a job this table does.
_HTML_SPECIAL = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
)


def escape_html(text: str) -> str:
    """``text`` safe to put in rich text: "Zoé <zoe@x>" -> "Zoé &lt;zoe@x&gt;"."""
    return text.translate(_HTML_SPECIAL)


def strip_controls(text: str) -> str:
    """``text`` without control characters (tab and line breaks kept) nor bidirectional
    overrides: "Ana\u202eLéa" -> "AnaLéa"."""
    return _CONTROLS.sub("", text)


def fold(text: str | None) -> str:
    """Lower-case, accent-free, single-spaced: "  Réseaux  Sociaux" -> "reseaux sociaux"."""
    if not text:
        return ""
    return _fold(text)


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    # Names, cities and skills repeat a great deal across a register: remember them.
    if text.isascii():
        return _SPACES.sub(" ", text).strip().lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped).strip().casefold()


def clean(text: str | None) -> str | None:
    """Trimmed text with inner runs of spaces collapsed; None when nothing is left."""
    if text is None:
        return None
    text = _SPACES.sub(" ", strip_controls(str(text))).strip()
    return text or None


def split_list(cell: str | None) -> list[str]:
    """Split a cell holding several values on ',' or ';' (and line breaks)."""
    if not cell:
        return []
    seen: set[str] = set()
    items: list[str] = []
    for part in re.split(r"[;,\n]", cell):
        value = clean(part)
        if value and fold(value) not in seen:
            seen.add(fold(value))
            items.append(value)
    return items
