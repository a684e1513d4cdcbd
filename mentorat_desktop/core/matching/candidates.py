"""A member as the matching sees them: ``Candidate`` (built by ``candidate``), with skills as
bits of a ``SkillIndex``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from mentorat_desktop.core.enums import Mode, Role
from mentorat_desktop.core.matching.availability import availability_cells
from mentorat_desktop.core.places import Place, country_of, find_places, utc_offset_of
from mentorat_desktop.core.text import fold, split_list

_LANGUAGE_SYNONYMS = {
    "french": "francais",
    "english": "anglais",
    "spanish": "espagnol",
    "arabic": "arabe",
    "german": "allemand",
    "portuguese": "portugais",
    "italian": "italien",
    "chinese": "chinois",
    "mandarin": "chinois",
    "haitian creole": "creole haitien",
    "creole": "creole haitien",
    "russian": "russe",
    "vietnamese": "vietnamien",
    "polish": "polonais",
    "romanian": "roumain",
    "turkish": "turc",
    "dutch": "neerlandais",
    "ukrainian": "ukrainien",
}


def _key(text: str | None) -> str:
    """Folded, with hyphens and apostrophes as spaces ("Trois-Rivières" = "trois rivieres")."""
    return " ".join(re.sub(r"[-'’.]", " ", fold(text)).split())


def _language_key(name: str) -> str:
    key = _key(name)
    return _LANGUAGE_SYNONYMS.get(key, key)


class SkillIndex:
    """Skills as bit positions, so that a member's skills fit in one int (a bitset)."""

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        self._names: list[str] = []

    def bit(self, name: str) -> int:
        """The bit of a skill (by folded name), added on first sight."""
        key = fold(name)
        if key not in self._bits:
            self._bits[key] = len(self._names)
            self._names.append(name)
        return self._bits[key]

    def bits(self, names: Iterable[str]) -> int:
        result = 0
        for name in names:
            result |= 1 << self.bit(name)
        return result

    def names(self, bits: int) -> list[str]:
        """The names of the skills in a bitset, in alphabetical order (accents ignored)."""
        found = []
        while bits:
            low = bits & -bits
            found.append(self._names[low.bit_length() - 1])
            bits ^= low
        return sorted(found, key=fold)

    def __len__(self) -> int:
        return len(self._names)


@dataclass(frozen=True, eq=False)
class Candidate:
    """A member as the matching sees them (build one with ``candidate``)."""

    id: int
    first_name: str
    last_name: str
    role: Role
    birth_year: int | None
    remaining: int  # capacity minus proposed, active and paused pairs
    trained: bool
    offered: int  # bitset of SkillIndex bits
    wanted: int
    skills: SkillIndex
    city: str | None
    city_key: str
    languages: tuple[tuple[str, str], ...]  # (key, as written)
    language_keys: frozenset[str]
    availability: int  # bitset of week cells, 0 when unknown
    mode: Mode
    unit_key: str  # organisation + department, when both are recorded
    name_keys: frozenset[str]
    manager_key: str
    blocked: frozenset[int]  # members never to be paired with this one
    archived: bool
    ended: frozenset[int] = frozenset()  # members with whom a pair ran and ended
    availability_text: str = ""  # as recorded
    places: tuple[Place, ...] = ()  # the bundled places the city may be (homonyms), or ()
    country: str = ""  # "FR" or "CA" when the city or its text tells it
    utc_offset: float | None = None  # hours, standard time, when it can be told
    # Whom this member wished to continue with after a speed-meeting: member id -> ISO date
    # of the latest such evening (core/event/wishes.py; the pool fills it).
    wishes: Mapping[int, str] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def can_mentor(self) -> bool:
        return self.role in (Role.MENTOR, Role.EITHER)

    @property
    def can_be_mentee(self) -> bool:
        return self.role in (Role.MENTEE, Role.EITHER)

    @property
    def available(self) -> bool:
        """In the pool: not archived and with room for one more pair."""
        return not self.archived and self.remaining > 0


def candidate(
    id: int,
    first_name: str,
    last_name: str,
    *,
    skills: SkillIndex,
    role: Role = Role.EITHER,
    birth_year: int | None = None,
    remaining: int = 1,
    trained: bool = True,
    offered: Iterable[str] = (),
    wanted: Iterable[str] = (),
    city: str | None = None,
    languages: str | None = None,
    availability: str | None = None,
    mode: Mode = Mode.ANY,
    organisation: str | None = None,
    department: str | None = None,
    manager_name: str | None = None,
    blocked: Iterable[int] = (),
    archived: bool = False,
    ended: Iterable[int] = (),
) -> Candidate:
    """A candidate from plain member data (skills by name, registered in ``skills``: the
    candidates matched together must share one SkillIndex)."""
    return make_candidate(
        id,
        first_name,
        last_name,
        role,
        birth_year,
        remaining,
        trained,
        skills.bits(offered),
        skills.bits(wanted),
        skills,
        city,
        languages,
        availability,
        mode,
        organisation,
        department,
        manager_name,
        frozenset(blocked),
        archived,
        frozenset(ended),
    )


def make_candidate(
    id: int,
    first_name: str,
    last_name: str,
    role: Role,
    birth_year: int | None,
    remaining: int,
    trained: bool,
    offered: int,
    wanted: int,
    skills: SkillIndex,
    city: str | None,
    languages: str | None,
    availability: str | None,
    mode: Mode,
    organisation: str | None,
    department: str | None,
    manager_name: str | None,
    blocked: frozenset[int],
    archived: bool,
    ended: frozenset[int] = frozenset(),
) -> Candidate:
    spoken = tuple((_language_key(name), name) for name in split_list(languages))
    org, dept = _key(organisation), _key(department)
    return Candidate(
        id=id,
        first_name=first_name,
        last_name=last_name,
        role=role,
        birth_year=birth_year,
        remaining=remaining,
        trained=trained,
        offered=offered,
        wanted=wanted,
        skills=skills,
        city=city,
        city_key=_key(city),
        languages=spoken,
        language_keys=frozenset(k for k, _ in spoken),
        availability=availability_cells(availability),
        mode=mode,
        unit_key=f"{org}\x1f{dept}" if org and dept else "",
        name_keys=frozenset({_key(f"{first_name} {last_name}"), _key(f"{last_name} {first_name}")}),
        manager_key=_key(manager_name),
        blocked=blocked,
        archived=archived,
        ended=ended - blocked,
        availability_text=(availability or "").strip(),
        places=find_places(city),
        country=country_of(city) or "",
        utc_offset=utc_offset_of(city),
    )
