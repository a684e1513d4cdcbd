"""The user guide's pages: Markdown files shipped with the package, one folder per language.

``assets/help/<language>/NN-name.md`` holds the pages in the order of their number; each starts
with its title (``# Title``). The screenshots they show are drawn by the application's own
``screenshot`` command (``python3 tasks.py help-images``) into ``assets/help/images/<language>/``.
Nothing here needs Qt: the tests read the pages without a window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from mentorat_desktop.core.text import fold

HELP_DIR = Path(__file__).resolve().parents[2] / "assets" / "help"
IMAGES_DIR = HELP_DIR / "images"
FALLBACK_LANGUAGE = "fr_FR"

_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_MARKUP = re.compile(r"[#*_`>|]")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Page:
    name: str  # the file's name without its number and suffix: "members"
    title: str
    path: Path
    text: str

    @property
    def searchable(self) -> str:
        """The words a reader sees, folded: no link targets, no image paths, no markup."""
        return fold(_MARKUP.sub(" ", _LINK_TARGET.sub("]", self.text)))

    def images(self) -> list[Path]:
        """The images the page shows, as paths on disk."""
        return [(self.path.parent / target).resolve() for target in _IMAGE.findall(self.text)]


def language_dir(language: str) -> Path:
    folder = HELP_DIR / language
    return folder if folder.is_dir() else HELP_DIR / FALLBACK_LANGUAGE


def load_pages(language: str) -> list[Page]:
    """The guide's pages in ``language`` (France's French when there is no such folder)."""
    pages = []
    for path in sorted(language_dir(language).glob("[0-9][0-9]-*.md")):
        text = path.read_text(encoding="utf-8")
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        title = first.lstrip("#").strip() or path.stem
        pages.append(Page(path.stem[3:], title, path, text))
    return pages


def search(pages: list[Page], query: str) -> list[Page]:
    """The pages that hold every word of ``query`` (accents and case ignored): those whose
    title holds them first, then those that hold them most often."""
    words = _WORD.findall(fold(query))
    if not words:
        return list(pages)
    found = []
    for order, page in enumerate(pages):
        text = page.searchable
        if all(word in text for word in words):
            title = fold(page.title)
            in_title = sum(word in title for word in words)
            often = sum(text.count(word) for word in words)
            found.append((-in_title, -often, order, page))
    return [page for *_, page in sorted(found, key=lambda entry: entry[:3])]
