"""Program settings: association, coordinator, commitment, language and paper."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.errors import FieldError, ValidationError
from mentorat_desktop.core.events import Topic

if TYPE_CHECKING:
    from mentorat_desktop.core.matching import MatchWeights

LANGUAGES = ("fr_FR", "fr_CA", "en")
PAPER_SIZES = ("A4", "Letter")


@dataclass(frozen=True)
class Settings:
    association_name: str = ""
    coordinator_name: str = ""
    coordinator_email: str | None = None
    coordinator_phone: str | None = None
    default_commitment_hours: float = 3.0
    language: str = "fr_FR"
    paper_size: str | None = None
    logo_path: str | None = None
    charter_commitments: str | None = None
    silent_days: int = 30
    end_soon_days: int = 30

    def effective_paper_size(self, language: str | None = None) -> str:
        """The paper size to print on: the setting, else Letter in Québec and A4 elsewhere."""
        if self.paper_size in PAPER_SIZES:
            return self.paper_size
        return "Letter" if (language or self.language) == "fr_CA" else "A4"


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self) -> Settings:
        """The settings (a plain read: it is on the start-up path)."""
        names = [f.name for f in fields(Settings)]
        rows = self._db.query(f"SELECT {', '.join(names)} FROM program_settings WHERE id = 1")
        if not rows:
            return Settings()
        return Settings(*rows[0])

    def update(self, **changes: object) -> Settings:
        new = replace(self.get(), **changes)  # type: ignore[arg-type]
        errors = []
        if new.language not in LANGUAGES:
            errors.append(FieldError("language", "invalid_choice"))
        if new.paper_size is not None and new.paper_size not in PAPER_SIZES:
            errors.append(FieldError("paper_size", "invalid_choice"))
        if not 0.5 <= new.default_commitment_hours <= 40:
            errors.append(
                FieldError("default_commitment_hours", "number_range", {"min": 0.5, "max": 40})
            )
        if errors:
            raise ValidationError(errors)
        from mentorat_desktop.core.models import ProgramSettings

        with self._db.transaction() as session:
            row = session.get(ProgramSettings, 1)
            if row is None:
                row = ProgramSettings(id=1)
                session.add(row)
            for f in fields(Settings):
                setattr(row, f.name, getattr(new, f.name))
        self._db.bus.emit(Topic.SETTINGS)
        return new

    def match_weights(self) -> MatchWeights:
        """The weights of the matching's soft preferences (the defaults until changed)."""
        from mentorat_desktop.core.matching import MatchWeights

        rows = self._db.query("SELECT match_weights FROM program_settings WHERE id = 1")
        return MatchWeights.from_json(rows[0][0] if rows else None)

    def set_match_weights(self, weights: MatchWeights) -> None:
        """Keep the weights of the matching (as JSON in the settings row)."""
        from mentorat_desktop.core.models import ProgramSettings

        with self._db.transaction() as session:
            row = session.get(ProgramSettings, 1)
            if row is None:
                row = ProgramSettings(id=1)
                session.add(row)
            row.match_weights = weights.to_json()
        self._db.bus.emit(Topic.SETTINGS)
