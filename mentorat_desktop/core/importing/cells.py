"""The words and cells both importers read: column titles, modes, roles, dates, numbers.

One vocabulary for the whole application: the words the screens show (in French, Québec
French and English), the words the exports write, and the words older exports wrote
("Les deux", "Présentiel", "Courriel") are all read back. The screens' words live in the
translation catalogues, which the core does not load (it must not need Qt): they are
written out here, and a GUI test checks them against the label functions of the screens
in every language, so that a title a screen shows is always a title an import reads.

:data:`EXPORT_ROLE`, :data:`EXPORT_MODE` and :data:`EXPORT_STATUS` are the French words
of the screens, which the exports write.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeVar

from mentorat_desktop.core.enums import MemberStatus, Mode, Role
from mentorat_desktop.core.text import fold

_STOP_WORDS = frozenset(
    [
        "votre",
        "vos",
        "ton",
        "ta",
        "tes",
        "your",
        "my",
        "mon",
        "ma",
        "mes",
        "quel",
        "quelle",
        "est",
        "what",
        "is",
        "le",
        "la",
        "les",
        "l",
        "d",
        "de",
        "du",
        "des",
        "of",
        "the",
        "a",
    ]
)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORD = re.compile(r"[a-z0-9]+")


def header_key(text: str) -> str:
    """The form titles and choice words are compared in: no accents, case, punctuation,
    bracketed remarks, filler words or plural 's' ("Prénom(s) *" -> "prenom")."""
    words = _WORD.findall(_BRACKETS.sub(" ", fold(text)))
    return "".join(
        w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in _STOP_WORDS
    )


_T = TypeVar("_T")


def word_index(table: dict[_T, tuple[str, ...]]) -> dict[str, _T]:
    """Each word's :func:`header_key` -> what it means; a word with two meanings is a bug."""
    index: dict[str, _T] = {}
    for target, words in table.items():
        for word in words:
            key = header_key(word)
            if index.setdefault(key, target) != target:
                raise AssertionError(f"{word!r} has two meanings")  # pragma: no cover
    return index


# -- the words the exports write (the screens' French words) ----------------------------

EXPORT_ROLE: dict[Role, str] = {
    Role.MENTOR: "Mentor",
    Role.MENTEE: "Mentoré",
    Role.EITHER: "Indifférent",
}
EXPORT_MODE: dict[Mode, str] = {
    Mode.IN_PERSON: "En personne",
    Mode.VIDEO: "Visioconférence",
    Mode.PHONE: "Téléphone",
    Mode.ANY: "Sans préférence",
}
EXPORT_STATUS: dict[MemberStatus, str] = {
    MemberStatus.ACTIVE: "Actif",
    MemberStatus.ARCHIVED: "Archivé",
}
EXPORT_YES = "Oui"
EXPORT_NO = "Non"

# -- choice words ------------------------------------------------------------------------

ROLE_WORDS: dict[Role, tuple[str, ...]] = {
    Role.MENTOR: ("Mentor", "Junior", "Jeune", "Mentor (plus jeune)", "Mentor (younger)"),
    Role.MENTEE: (
        "Mentoré",
        "Mentorée",
        "Mentore",
        "Mentee",
        "Mentoree",
        "Senior",
        "Aîné",
        "Aînée",
        "Mentoré (plus âgé)",
        "Mentee (older)",
    ),
    Role.EITHER: (
        "",
        "Les deux",
        "Either",
        "Both",
        "Indifférent",
        "Indifférente",
        "Peu importe",
        "Sans préférence",
        "No preference",
        "Mentor ou mentoré",
        "Mentor et mentoré",
        "Mentor / mentoré",
    ),
}

MODE_WORDS: dict[Mode, tuple[str, ...]] = {
    Mode.IN_PERSON: (
        "Présentiel",
        "En présentiel",
        "En personne",
        "In person",
        "Face à face",
        "Sur place",
    ),
    Mode.VIDEO: (
        "Visio",
        "Visioconférence",
        "Vidéoconférence",
        "Vidéo",
        "Video",
        "Video call",
        "En ligne",
        "Online",
        "À distance",
        "Distanciel",
        "Remote",
        "Teams",
        "Zoom",
        "Meet",
        "Google Meet",
        "Skype",
        "WhatsApp",
    ),
    Mode.PHONE: (
        "Téléphone",
        "Tél.",
        "Phone",
        "Telephone",
        "Par téléphone",
        "Appel",
        "Call",
    ),
    Mode.ANY: (
        "Indifférent",
        "Indifférente",
        "Peu importe",
        "Sans préférence",
        "No preference",
        "Any",
        "Either",
        "Both",
        "Les deux",
        "Tous",
        "Mixte",
        "Mixed",
        "Hybride",
        "Hybrid",
    ),
}

STATUS_WORDS: dict[MemberStatus, tuple[str, ...]] = {
    MemberStatus.ACTIVE: ("", "Actif", "Active"),
    MemberStatus.ARCHIVED: ("Archivé", "Archivée", "Archived", "Inactif", "Inactive"),
}

ROLE_INDEX = word_index(ROLE_WORDS)
MODE_INDEX = word_index(MODE_WORDS)
STATUS_INDEX = word_index(STATUS_WORDS)

YES_WORDS = frozenset(
    header_key(w) for w in ("oui", "yes", "x", "o", "y", "vrai", "true", "1", "ok", "fait", "done")
)
NO_WORDS = frozenset(header_key(w) for w in ("", "non", "no", "n", "faux", "false", "0", "-"))
TICKS = frozenset("✓✔☑✅")


def parse_mode(text: str) -> Mode:
    """The mode a cell names (ValueError when none): the screens' words in every
    language, the exports' words old and new, and the usual ones ("Zoom", "Visio")."""
    mode = MODE_INDEX.get(header_key(text))
    if mode is None:
        raise ValueError(text)
    return mode


def parse_yes_no(text: str) -> bool:
    """Oui / non, yes / no, a tick, 1 / 0; ValueError otherwise."""
    stripped = text.strip()
    if stripped[:1] in TICKS:
        return True
    key = header_key(stripped)
    if key in YES_WORDS:
        return True
    if key in NO_WORDS:
        return False
    raise ValueError(text)


# -- dates and numbers -------------------------------------------------------------------

ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d.*)?$")
SLASHED_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[ T]\d.*)?$")
EXCEL_SERIAL = re.compile(r"^(\d{5})(?:[.,]\d+)?$")
EXCEL_EPOCH = dt.date(1899, 12, 30)
_BARE_YEAR = re.compile(r"^(\d{4,})(?:[.,]0+)?$")
_NUMBER = re.compile(r"^([+-]?\d+)(?:[.,]0+)?\s*[a-z. ]*$")


def excel_day(text: str) -> dt.date | None:
    """The date of a workbook day number typed as text ("45356"), None for anything else.
    Only a date column reads one: a year or a count is never a day number."""
    match = EXCEL_SERIAL.match(text.strip())
    if match and 10000 <= int(match.group(1)) <= 80000:
        return EXCEL_EPOCH + dt.timedelta(days=int(match.group(1)))
    return None


def parse_date(text: str, today: dt.date | None = None) -> dt.date:
    """A date typed in one of the usual ways: 1958-03-15, 15/03/1958, 15-03-1958,
    15.03.58, 03/15/1958 (when the day cannot be a month) or an Excel day number.
    Raises ValueError when it is none of them or not a real date."""
    found = _typed_date(text, today)
    if found is not None:
        return found
    day = excel_day(text)
    if day is not None:
        return day
    raise ValueError(text)


def _typed_date(text: str, today: dt.date | None) -> dt.date | None:
    text = text.strip()
    match = ISO_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    match = SLASHED_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            pivot = (today or dt.date.today()).year % 100
            year += 2000 if year <= pivot else 1900
        if month > 12 >= day:
            day, month = month, day  # written month first, as in the United States
        return dt.date(year, month, day)
    return None


def parse_birth_year(text: str) -> int:
    """A year of birth from "1958", "1958.0", a full date, or words around one year
    ("15 mars 1958", "vers 1960"). A number of four digits or more is the year it says
    ("19856" is the year 19856, which the range check then refuses), never a workbook
    day number. Raises ValueError otherwise."""
    text = text.strip()
    match = _BARE_YEAR.match(text)
    if match:
        return int(match.group(1))
    try:
        found = _typed_date(text, None)
    except ValueError:
        found = None
    if found is not None:
        return found.year
    folded = fold(text)
    numbers = re.findall(r"\d+", folded)
    years = [n for n in numbers if len(n) == 4]
    if (
        len(years) == 1
        and re.search(r"[a-z]", folded)
        and all(len(n) <= 2 and int(n) <= 31 for n in numbers if n not in years)
    ):
        return int(years[0])
    raise ValueError(text)


def parse_int(text: str) -> int:
    """A whole number, perhaps with a unit after it ("3", "3.0", "12 ans")."""
    match = _NUMBER.match(fold(text))
    if not match:
        raise ValueError(text)
    return int(match.group(1))
