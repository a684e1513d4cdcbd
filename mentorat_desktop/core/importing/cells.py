"""The cells both importers read, one way for both: dates, numbers, modes, roles, yes/no.

One vocabulary for the whole application: the words the screens show (in French, Québec
French and English), the words the exports write, and the words older exports wrote
("Les deux", "Présentiel", "Courriel") are all read back. The screens' words live in the
translation catalogues, which the core does not load (it must not need Qt): they are
written out here, and a GUI test checks them against the label functions of the screens
in every language. The column titles are in titles.py, compared by :func:`header_key`.

Dates are read by :func:`parse_cell_date` for both importers, with the rules of the date
fields (core.typed_dates) and what a file needs besides; a workbook day number
(:data:`EXCEL_EPOCH`) only in a date column, never for a year or a count. A session's
direction ("mentor → mentoré") and pair ("Zoé Côté / François Lévesque") are read here
too.

:data:`EXPORT_ROLE`, :data:`EXPORT_MODE` and :data:`EXPORT_STATUS` are the French words
of the screens, which the exports write.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeVar

from mentorat_desktop.core.enums import Direction, MemberStatus, Mode, Role
from mentorat_desktop.core.text import fold
from mentorat_desktop.core.typed_dates import (
    IMPOSSIBLE,
    TypedDateError,
    full_year,
    parse_typed_date,
)

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
    Role.MENTEE: "Personne mentorée",
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
    Role.MENTOR: (
        "Mentor",
        "Junior",
        "Jeune",
        "Mentor (plus jeune)",
        "Mentor (younger)",
        "Personne mentor",
        "Personne mentor (plus jeune)",
    ),
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
        "Personne mentorée",
        "Personne mentorée (plus âgée)",
        "Mentoré·e",
        "Mentoré(e)",
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

EXCEL_EPOCH = dt.date(1899, 12, 30)  # day 0 of a workbook's day numbers
EXCEL_SERIAL = re.compile(r"^(\d{5})(?:[.,]\d+)?$")
_BARE_YEAR = re.compile(r"^(\d{4,})(?:[.,]0+)?$")
_NUMBER = re.compile(r"^([+-]?\d+)(?:[.,]0+)?\s*[a-z. ]*$")
# A time after the date, as a workbook or a database writes it: "2026-11-15 00:00:00",
# "15/11/2026 14:30", "2026-11-15T10:30:00".
_TIME_AFTER = re.compile(r"^(.*\d)(?:\s+|T)\d{1,2}[:h]\d{2}(?::\d{2}(?:[.,]\d+)?)?$")
_THREE_NUMBERS = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})$")
_DAY_FIRST_LANGUAGES = frozenset({"fr_FR"})  # where 05/06/2026 can only be 5 June


class AmbiguousDateError(ValueError):
    """The text is a date, but day and month could be either way round."""


def excel_day(text: str) -> dt.date | None:
    """The date of a workbook day number ("45356": a date cell of a workbook saved as a
    number), None for anything else. Only a date column reads one: a year or a count is
    never a day number."""
    match = EXCEL_SERIAL.match(text.strip())
    if match and 10000 <= int(match.group(1)) <= 80000:
        return EXCEL_EPOCH + dt.timedelta(days=int(match.group(1)))
    return None


def parse_cell_date(text: str, language: str = "fr_FR", today: dt.date | None = None) -> dt.date:
    """The date a cell of a file holds, for both importers.

    The date fields' rules (core.typed_dates: "15/11/2026", "15/11/26", "2026-11-15",
    "15 nov. 2026", "jeudi 15 oct. 2026", "October 15, 2026"...), with what a file needs
    besides:

    - the year is written: "15/11" and words relative to today ("hier", "today") are
      refused, since a file is not read on the day it was written;
    - a time after the date ("2026-11-15 00:00:00") is left aside;
    - three numbers that make no date day first but one month first ("11/15/2026", from
      a workbook set up for the United States) are read month first;
    - in fr_CA and en, three numbers that make a date either way ("05/06/2026") raise
      AmbiguousDateError: files from Québec and English Canada are written both ways;
    - a workbook day number ("46310") is read as the date it stands for.

    Raises AmbiguousDateError, or ValueError when the cell is no date at all or no real
    one."""
    today = today or dt.date.today()
    stripped = " ".join(text.split())
    match = _TIME_AFTER.match(stripped)
    if match:
        stripped = match.group(1)
    day = excel_day(stripped)
    if day is not None:
        return day
    folded = fold(stripped)
    numbers = re.findall(r"\d+", folded)
    if len(numbers) < (2 if re.search(r"[a-z]", folded) else 3):
        raise ValueError(text)  # no year, or a word such as "hier"
    three = _THREE_NUMBERS.match(folded)
    try:
        found = parse_typed_date(stripped, language, today)
    except TypedDateError as exc:
        swapped = _month_first(three, today) if exc.code == IMPOSSIBLE else None
        if swapped is None:
            raise ValueError(text) from None
        return swapped
    if three is not None and language not in _DAY_FIRST_LANGUAGES:
        other = _month_first(three, today)
        if other is not None and other != found:
            raise AmbiguousDateError(text)
    return found


def _month_first(three: re.Match[str] | None, today: dt.date) -> dt.date | None:
    """The date three numbers make read month first, None when they make none."""
    if three is None:
        return None
    month, day, year_text = three.groups()
    year = full_year(year_text, today)
    try:
        return dt.date(year, int(month), int(day)) if year is not None else None
    except ValueError:
        return None


def parse_date(text: str, today: dt.date | None = None, language: str = "fr_FR") -> dt.date:
    """A date cell of a members file: :func:`parse_cell_date`."""
    return parse_cell_date(text, language, today)


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
        return parse_cell_date(text).year
    except ValueError:  # AmbiguousDateError too: either way, the year is not told
        pass
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


# -- a session's direction and pair -------------------------------------------------------

# Words that name one side of the pair, or both, in a "direction" cell.
_MENTOR_SIDE = frozenset({"mentor", "mentors", "jeune", "junior"})
_MENTEE_SIDE = frozenset(
    {"mentore", "mentoree", "mentores", "mentee", "mentees", "senior", "aine", "ainee"}
)
_BOTH_WORDS = frozenset(
    {
        "deux",
        "both",
        "reciproque",
        "reciprocal",
        "mutuel",
        "mutuelle",
        "mutual",
        "bidirectionnel",
        "bidirectional",
        "echange",
        "croise",
        "twoway",
    }
)
# Verbs that make a lone side the one who taught ("le mentor transmet").
_TEACHES = frozenset({"transmet", "transmis", "enseigne", "passes", "passed", "teaches", "taught"})
_LEFT_ARROWS = ("←", "<-", "<=", "⇐", "<")


def parse_direction(text: str) -> Direction:
    """Which way the learning went, from "mentor → mentoré", "Mentor vers mentoré",
    "mentoré vers mentor", "mentee to mentor", "jeune > senior", "les deux", "both",
    "réciproque"... An empty cell is the usual way (mentor to mentee). ValueError when
    the cell names neither a way nor both."""
    folded = fold(text)
    words = re.findall(r"[a-z]+", folded)
    if not words:
        if folded.strip(" -") == "":
            return Direction.MENTOR_TO_MENTEE
        raise ValueError(text)
    if any(word in _BOTH_WORDS for word in words) or "2 sens" in folded or "<->" in folded:
        return Direction.BOTH
    sides = [
        "mentor" if word in _MENTOR_SIDE else "mentee"
        for word in words
        if word in _MENTOR_SIDE or word in _MENTEE_SIDE
    ]
    if len(sides) == 1 and _TEACHES & set(words):
        # The screens' words: "Le mentor transmet", "The mentee passes it on".
        sides.append("mentee" if sides[0] == "mentor" else "mentor")
    if len(sides) < 2 or sides[0] == sides[-1]:
        raise ValueError(text)
    direction = Direction.MENTOR_TO_MENTEE if sides[0] == "mentor" else Direction.MENTEE_TO_MENTOR
    if any(arrow in text for arrow in _LEFT_ARROWS) and not any(
        arrow in text for arrow in ("→", "->", "=>", "⇒", ">")
    ):
        direction = (
            Direction.MENTEE_TO_MENTOR
            if direction == Direction.MENTOR_TO_MENTEE
            else Direction.MENTOR_TO_MENTEE
        )
    return direction


_PAIR_SEPARATORS = re.compile(r"\s*/\s*|\s+(?:et|and|avec|with)\s+|\s*&\s*|\s+[-–—+]\s+|\s*;\s*")


def split_pair(text: str) -> tuple[str, str]:
    """The two people of "Zoé Côté / François Lévesque", "Zoé Côté et François Lévesque",
    "Zoé Côté - François Lévesque" or "Zoé Côté & François Lévesque". ValueError otherwise."""
    parts = [p.strip() for p in _PAIR_SEPARATORS.split(text.strip())]
    parts = [p for p in parts if p]
    if len(parts) != 2:
        raise ValueError(text)
    return parts[0], parts[1]
