"""What the printed pages of a training session show, read from the database: its list of
attendees and the association's header (no reportlab; the package and ``render.py`` both
import it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mentorat_desktop.core.services.settings import SettingsService
from mentorat_desktop.core.services.training import TrainingRecord, TrainingService

if TYPE_CHECKING:
    from mentorat_desktop.core.database import Database

BLANK_LINES = 4  # for those who come without being on the list
MIN_LINES = 12  # a sheet for a session nobody was invited to yet still has lines


class TrainingPrintError(Exception):
    """Nothing to print; ``code``: "no_attendee"."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Attendee:
    name: str
    attended: bool


@dataclass(frozen=True)
class TrainingSheetData:
    """What the sheet and the attestations print of a session."""

    session: TrainingRecord
    attendees: tuple[Attendee, ...]  # by name
    association: str
    address: str | None
    coordinator: str
    logo_path: str | None


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value else None


def load_sheet_data(db: Database, session_id: int) -> TrainingSheetData:
    """The session, its list and the association's header; NotFoundError for an unknown
    session."""
    service = TrainingService(db)
    session = service.get(session_id)
    # An erased member's row stays for the figures, but prints nowhere: it names nobody.
    erased = {i for (i,) in db.query("SELECT id FROM member WHERE erased_at IS NOT NULL")}
    attendees = tuple(
        Attendee(a.full_name, a.attended)
        for a in service.attendance(session_id)
        if a.member_id not in erased
    )
    settings = SettingsService(db).get()
    address = _clean(settings.association_address)
    if address:
        address = "\n".join(line.strip() for line in address.splitlines() if line.strip())
    return TrainingSheetData(
        session,
        attendees,
        settings.association_name.strip(),
        address,
        settings.coordinator_name.strip(),
        _clean(settings.logo_path),
    )
