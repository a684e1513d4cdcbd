"""Who is present at an event: names or e-mails as the coordinator types them, resolved to
members, read back with what the rota needs (name, birth year, role)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.errors import NotFoundError, ValidationError
from mentorat_desktop.core.event.rota import Present
from mentorat_desktop.core.services.pairs import PairService
from mentorat_desktop.core.text import clean

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database

_CHUNK = 500


@dataclass(frozen=True)
class Resolved:
    """The members found, in the order given (each once), and what could not be matched."""

    member_ids: list[int]
    unknown: list[str]  # nobody of that name or e-mail (archived members are not matched)
    ambiguous: list[str]  # several members of that name


def parse_names(text: str) -> list[str]:
    """Names or e-mails, one a line or separated by commas; blank ones dropped."""
    names: list[str] = []
    for line in text.splitlines():
        for part in line.split(",") if "," in line else [line]:
            name = clean(part)
            if name:
                names.append(name)
    return names


def resolve_members(db: Database, names: list[str]) -> Resolved:
    """Each name or e-mail as ``PairService.find_member`` matches it."""
    service = PairService(db)
    ids: list[int] = []
    unknown: list[str] = []
    ambiguous: list[str] = []
    for name in names:
        try:
            member_id = service.find_member(name)
        except NotFoundError:
            unknown.append(name)
            continue
        except ValidationError:
            ambiguous.append(name)
            continue
        if member_id not in ids:
            ids.append(member_id)
    return Resolved(ids, unknown, ambiguous)


class _PresentRow(NamedTuple):
    id: int
    first_name: str | None
    last_name: str | None
    birth_year: int | None
    role: str


def load_present(db: Database, member_ids: list[int]) -> list[Present]:
    """The members present, in the order given (unknown ids left out)."""
    found: dict[int, Present] = {}
    for start in range(0, len(member_ids), _CHUNK):
        chunk = member_ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = db.query(
            # _PresentRow's columns
            f"SELECT id, first_name, last_name, birth_year, role FROM member WHERE id IN ({marks})",
            tuple(chunk),
        )
        for row in map(_PresentRow._make, rows):
            name = f"{row.first_name or ''} {row.last_name or ''}".strip()
            found[row.id] = Present(row.id, name, row.birth_year, Role(row.role))
    return [found[m] for m in member_ids if m in found]
