"""Program settings: association, coordinator, commitment, language and paper, how long
members' data is kept, and where and how many backups are kept."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.errors import FieldError, ValidationError
from mentorat_desktop.core.events import Topic

if TYPE_CHECKING:
    from mentorat_desktop.core.matching import MatchWeights

LANGUAGES = ("fr_FR", "fr_CA", "en")
PAPER_SIZES = ("A4", "Letter")
COUNTRIES = ("FR", "CA")
# The language a country brings when it is set alone (an English-speaking coordinator keeps
# English whatever the country).
COUNTRY_LANGUAGES = {"FR": "fr_FR", "CA": "fr_CA"}
# The longest texts the settings row holds (the columns' lengths).
TEXT_MAX = {
    "association_name": 200,
    "coordinator_name": 200,
    "coordinator_email": 254,
    "coordinator_phone": 40,
    "association_address": 500,
}
MIN_DAYS = 1
MAX_DAYS = 365
# How long a member's data may be kept after their last activity: six months at least, so
# that a pair just ended is not erased before its closing is reported; ten years at most.
MIN_RETENTION_MONTHS = 6
MAX_RETENTION_MONTHS = 120
MIN_BACKUP_KEEP_LAST = 1
MAX_BACKUP_KEEP_LAST = 100
# The feedback check-ins: the first one from a week to four months after the start; the
# mid-term one from a fifth to four fifths of the way; the last one up to two months before
# the planned end.
CHECKIN_LIMITS = {
    "checkin_first_days": (7, 120),
    "checkin_mid_percent": (20, 80),
    "checkin_end_days": (0, 60),
}


class Settings(NamedTuple):
    """The association's settings, one row. A NamedTuple: it is read on the start-up path,
    where a frozen dataclass of this size costs about 3 ms to create."""

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
    # (The fields above and below are read in this order: keep new ones at the end.)
    retention_months: int = 36
    backup_folder_second: str | None = None
    backup_keep_last: int = 10
    association_address: str | None = None
    country: str = "FR"
    # Feedback check-ins (core.feedback.rounds): days after the start, how far through the
    # pair (percent), days before the planned end.
    checkin_first_days: int = 30
    checkin_mid_percent: int = 50
    checkin_end_days: int = 14

    def effective_paper_size(self, language: str | None = None) -> str:
        """The paper size to print on: the setting, else Letter in Québec and A4 elsewhere.

        Québec is the country "CA", or a text printed in Québec French (``language``, else the
        settings' language) for an association whose country was never set to Québec.
        """
        if self.paper_size in PAPER_SIZES:
            return self.paper_size
        if self.country == "CA" or (language or self.language) == "fr_CA":
            return "Letter"
        return "A4"


def _whole_between(value: object, low: int, high: int) -> bool:
    """``value`` is a whole number (not a bool) from ``low`` to ``high``."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _text_or_none(text: str) -> str | None:
    """A text trimmed (inner lines too), None when empty."""
    lines = [line.strip() for line in text.strip().splitlines()]
    return "\n".join(lines) or None


def _check_texts(new: Settings, changes: dict[str, object]) -> list[FieldError]:
    """Problems with the texts changed: too long, an e-mail or phone that cannot be one."""
    # lazy: the members' input checks, only when settings are changed (not at start-up)
    from mentorat_desktop.core.services.member_input import EMAIL_RE, phone_errors

    errors: list[FieldError] = []
    for name, limit in TEXT_MAX.items():
        value = getattr(new, name)
        if name in changes and isinstance(value, str) and len(value) > limit:
            errors.append(FieldError(name, "too_long", {"max": limit}))
    email = new.coordinator_email
    if "coordinator_email" in changes and email and not EMAIL_RE.match(email):
        errors.append(FieldError("coordinator_email", "email_invalid"))
    phone = new.coordinator_phone
    if "coordinator_phone" in changes and phone:
        errors += phone_errors("coordinator_phone", phone)
    return errors


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self) -> Settings:
        """The settings (a plain read: it is on the start-up path)."""
        names = Settings._fields
        rows = self._db.query(f"SELECT {', '.join(names)} FROM program_settings WHERE id = 1")
        if not rows:
            return Settings()
        return Settings(*rows[0])

    def update(self, **changes: object) -> Settings:
        """Change the settings given; ValidationError (nothing written) on a wrong value.

        Setting the country alone brings its language (fr_FR for "FR", fr_CA for "CA"),
        except for a coordinator who works in English.
        """
        new, errors = self._prepare(changes)
        if errors:
            raise ValidationError(errors)
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import ProgramSettings

        with self._db.transaction(announces=(Topic.SETTINGS,)) as session:
            row = session.get(ProgramSettings, 1)
            if row is None:
                row = ProgramSettings(id=1)
                session.add(row)
            for name in Settings._fields:
                setattr(row, name, getattr(new, name))
        return new

    def check(self, **changes: object) -> list[FieldError]:
        """What :meth:`update` would refuse in these changes (nothing is written)."""
        return self._prepare(changes)[1]

    def _prepare(self, changes: dict[str, object]) -> tuple[Settings, list[FieldError]]:
        """The settings with ``changes`` made (tidied), and every problem with them."""
        current = self.get()
        country = changes.get("country")
        if "language" not in changes and country in COUNTRY_LANGUAGES and current.language != "en":
            changes["language"] = COUNTRY_LANGUAGES[str(country)]
        for name in ("association_name", "coordinator_name"):
            if isinstance(changes.get(name), str):
                changes[name] = str(changes[name]).strip()
        for name in ("coordinator_email", "coordinator_phone", "association_address"):
            if isinstance(changes.get(name), str):
                changes[name] = _text_or_none(str(changes[name]))
        new = current._replace(**changes)  # type: ignore[arg-type]
        folder = new.backup_folder_second
        if folder is not None and not folder.strip():
            new = new._replace(backup_folder_second=None)
        elif folder is not None and folder != folder.strip():
            new = new._replace(backup_folder_second=folder.strip())
        errors = _check_texts(new, changes)
        if new.country not in COUNTRIES:
            errors.append(FieldError("country", "invalid_choice"))
        for name in ("silent_days", "end_soon_days"):
            if name in changes and not _whole_between(getattr(new, name), MIN_DAYS, MAX_DAYS):
                errors.append(FieldError(name, "number_range", {"min": MIN_DAYS, "max": MAX_DAYS}))
        if new.language not in LANGUAGES:
            errors.append(FieldError("language", "invalid_choice"))
        if new.paper_size is not None and new.paper_size not in PAPER_SIZES:
            errors.append(FieldError("paper_size", "invalid_choice"))
        if not 0.5 <= new.default_commitment_hours <= 40:
            errors.append(
                FieldError("default_commitment_hours", "number_range", {"min": 0.5, "max": 40})
            )
        if not _whole_between(new.retention_months, MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS):
            errors.append(
                FieldError(
                    "retention_months",
                    "number_range",
                    {"min": MIN_RETENTION_MONTHS, "max": MAX_RETENTION_MONTHS},
                )
            )
        if not _whole_between(new.backup_keep_last, MIN_BACKUP_KEEP_LAST, MAX_BACKUP_KEEP_LAST):
            errors.append(
                FieldError(
                    "backup_keep_last",
                    "number_range",
                    {"min": MIN_BACKUP_KEEP_LAST, "max": MAX_BACKUP_KEEP_LAST},
                )
            )
        for name, (low, high) in CHECKIN_LIMITS.items():
            if name in changes and not _whole_between(getattr(new, name), low, high):
                errors.append(FieldError(name, "number_range", {"min": low, "max": high}))
        return new, errors

    def match_weights(self) -> MatchWeights:
        """The weights of the matching's soft preferences (the defaults until changed)."""
        # lazy: the matching package, loaded when its weights are first read
        from mentorat_desktop.core.matching import MatchWeights

        rows = self._db.query("SELECT match_weights FROM program_settings WHERE id = 1")
        return MatchWeights.from_json(rows[0][0] if rows else None)

    def set_match_weights(self, weights: MatchWeights) -> None:
        """Keep the weights of the matching (as JSON in the settings row)."""
        # lazy: SQLAlchemy and the models, loaded on the first change (not at start-up)
        from mentorat_desktop.core.models import ProgramSettings

        with self._db.transaction(announces=(Topic.SETTINGS,)) as session:
            row = session.get(ProgramSettings, 1)
            if row is None:
                row = ProgramSettings(id=1)
                session.add(row)
            row.match_weights = weights.to_json()
