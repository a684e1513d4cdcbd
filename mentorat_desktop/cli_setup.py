"""Long on purpose (about 600 lines): one option and one check per setting.
Why: one option and one check per setting of the program and its cohorts.

Commands that set the program up: its settings and its cohorts (what the welcome assistant
and Preferences do, for a helper who scripts the set-up).

A change is checked whole before anything is written: one wrong value and nothing changes
(exit status 2, a sentence naming the key or option at fault).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.cli_common import find_cohort, open_db, settings_language
from mentorat_desktop.cli_output import (
    EXIT_NOTHING_DONE,
    EXIT_OK,
    dump_json,
    err,
    language_option,
    out,
)
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.formatting import format_date, format_hours
from mentorat_desktop.core.services.registry import Services, build_services
from mentorat_desktop.core.typed_dates import parse_typed_date
from mentorat_desktop.i18n import normalize_language
from mentorat_desktop.i18n.messages import field_error

if TYPE_CHECKING:
    from mentorat_desktop.core.services.cohorts import CohortRecord
    from mentorat_desktop.core.services.settings import Settings


class _Refused(ValueError):
    """A value that cannot be read: ``sentence`` says why, in the user's language."""

    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.sentence = sentence


def _said(key: str, message: str) -> str:
    """ "key: message", as the other sentences naming a field."""
    return QCoreApplication.translate("Messages", "{field}: {message}").format(
        field=key, message=message
    )


# -- reading the values typed --------------------------------------------------------------


def _text(value: str) -> str | None:
    """A text as typed; "\\n" written in it is a line break (for the address); empty: None."""
    text = value.replace("\\n", "\n").strip()
    return text or None


def _name(value: str) -> str:
    return value.strip()


def _hours(value: str) -> float:
    """A number of hours, with a decimal point or comma ("2,5")."""
    try:
        return float(value.strip().replace(",", ".").replace("\u00a0", "").replace(" ", ""))
    except ValueError:
        raise _Refused(
            QCoreApplication.translate("Messages", "“{value}” is not a number.").format(value=value)
        ) from None


def _whole(value: str) -> int:
    try:
        return int(value.strip())
    except ValueError:
        raise _Refused(
            QCoreApplication.translate("Messages", "“{value}” is not a number.").format(value=value)
        ) from None


def _choice(choices: tuple[str, ...]) -> Callable[[str], str]:
    def read(value: str) -> str:
        for choice in choices:
            if value.strip().casefold() == choice.casefold():
                return choice
        raise _Refused(
            QCoreApplication.translate("Cli", "“{value}” is not one of: {choices}.").format(
                value=value, choices=", ".join(choices)
            )
        )

    return read


def _language_value(value: str) -> str:
    language = normalize_language(value.strip())
    if language is None:
        raise _Refused(
            QCoreApplication.translate("Cli", "“{value}” is not one of: {choices}.").format(
                value=value, choices="fr_FR, fr_CA, en"
            )
        )
    return language


def _paper(value: str) -> str | None:
    if value.strip().casefold() in ("", "auto"):
        return None
    return _choice(("A4", "Letter"))(value)


def _logo(value: str) -> str | None:
    """An image the charters can print: the file must exist and be a picture reportlab can
    draw (PNG, JPEG, GIF). Kept as an absolute path; empty: no logo."""
    if not value.strip():
        return None
    path = Path(value.strip()).expanduser()
    if not path.is_file():
        raise _Refused(
            QCoreApplication.translate("Cli", "“{path}” does not exist.").format(path=path)
        )
    # lazy: reportlab, only when a logo is given
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(str(path))
        width, height = reader.getSize()
        reader.getRGBData()
        drawable = width > 0 and height > 0
    except Exception:
        drawable = False
    if not drawable:
        raise _Refused(
            QCoreApplication.translate(
                "Cli", "“{path}” is not a picture that can be printed (use a PNG or JPEG file)."
            ).format(path=path)
        )
    return str(path.resolve())


@dataclass(frozen=True)
class _Key:
    """A key of ``settings --set``: the setting it changes and how its value is read."""

    field: str
    read: Callable[[str], Any]


KEYS: dict[str, _Key] = {
    "association_name": _Key("association_name", _name),
    "association_address": _Key("association_address", _text),
    "coordinator_name": _Key("coordinator_name", _name),
    "coordinator_email": _Key("coordinator_email", _text),
    "coordinator_phone": _Key("coordinator_phone", _text),
    "country": _Key("country", _choice(("FR", "CA"))),
    "language": _Key("language", _language_value),
    "monthly_commitment_hours": _Key("default_commitment_hours", _hours),
    "paper_size": _Key("paper_size", _paper),
    "logo_path": _Key("logo_path", _logo),
    "charter_commitments": _Key("charter_commitments", _text),
    "silent_days": _Key("silent_days", _whole),
    "end_soon_days": _Key("end_soon_days", _whole),
    "retention_months": _Key("retention_months", _whole),
    "backup_keep_last": _Key("backup_keep_last", _whole),
}
_KEY_OF_FIELD = {key.field: name for name, key in KEYS.items()}


def _read_changes(pairs: list[str]) -> tuple[dict[str, Any], list[str]]:
    """The settings to change, by field, and a sentence for each KEY=VALUE that is wrong."""
    changes: dict[str, Any] = {}
    problems: list[str] = []
    for pair in pairs:
        key, equals, value = pair.partition("=")
        key = key.strip()
        if not equals:
            problems.append(
                QCoreApplication.translate(
                    "Cli", "“{value}” is not KEY=VALUE (for example country=CA)."
                ).format(value=pair)
            )
            continue
        if key not in KEYS:
            problems.append(
                QCoreApplication.translate(
                    "Cli", "“{key}” is not a setting; the settings are: {keys}."
                ).format(key=key, keys=", ".join(KEYS))
            )
            continue
        try:
            changes[KEYS[key].field] = KEYS[key].read(value)
        except _Refused as refused:
            problems.append(_said(key, refused.sentence))
    return changes, problems


# -- settings ------------------------------------------------------------------------------


def _settings_json(settings: Settings) -> dict[str, Any]:
    values: dict[str, Any] = {
        name: getattr(settings, key.field) for name, key in KEYS.items() if name != "language"
    }
    values["language"] = settings.language
    values["effective_paper_size"] = settings.effective_paper_size()
    return dict(sorted(values.items()))


def _settings_lines(settings: Settings, language: str) -> list[str]:
    """The settings, one per line, in the user's language, each with its key for --set."""
    none = QCoreApplication.translate("Cli", "(not set)")
    countries = {
        "FR": QCoreApplication.translate("Cli", "France"),
        "CA": QCoreApplication.translate("Cli", "Québec (Canada)"),
    }
    languages = {
        "fr_FR": QCoreApplication.translate("Cli", "French (France)"),
        "fr_CA": QCoreApplication.translate("Cli", "French (Québec)"),
        "en": QCoreApplication.translate("Cli", "English"),
    }
    papers = {
        "A4": QCoreApplication.translate("Cli", "A4"),
        "Letter": QCoreApplication.translate("Cli", "US Letter"),
    }
    paper = papers[settings.effective_paper_size()]
    if settings.paper_size is None:
        paper = QCoreApplication.translate("Cli", "{paper} (follows the country)").format(
            paper=paper
        )
    rows: list[tuple[str, str, str | None]] = [
        (
            QCoreApplication.translate("Cli", "Association"),
            "association_name",
            settings.association_name,
        ),
        (
            QCoreApplication.translate("Cli", "Address"),
            "association_address",
            settings.association_address,
        ),
        (
            QCoreApplication.translate("Cli", "Coordinator"),
            "coordinator_name",
            settings.coordinator_name,
        ),
        (
            QCoreApplication.translate("Cli", "Coordinator's e-mail"),
            "coordinator_email",
            settings.coordinator_email,
        ),
        (
            QCoreApplication.translate("Cli", "Coordinator's phone"),
            "coordinator_phone",
            settings.coordinator_phone,
        ),
        (
            QCoreApplication.translate("Cli", "Country"),
            "country",
            countries.get(settings.country, settings.country),
        ),
        (
            QCoreApplication.translate("Cli", "Language"),
            "language",
            languages.get(settings.language, settings.language),
        ),
        (
            QCoreApplication.translate("Cli", "Monthly commitment"),
            "monthly_commitment_hours",
            # as the assistant and the charters write it: "2 h 30 par mois"
            QCoreApplication.translate("Cli", "{hours} a month").format(
                hours=format_hours(settings.default_commitment_hours, language)
            ),
        ),
        (QCoreApplication.translate("Cli", "Paper"), "paper_size", paper),
        (QCoreApplication.translate("Cli", "Logo"), "logo_path", settings.logo_path),
        (
            QCoreApplication.translate("Cli", "Charter's commitments"),
            "charter_commitments",
            settings.charter_commitments
            or QCoreApplication.translate("Cli", "(the charter's own text)"),
        ),
        (
            QCoreApplication.translate("Cli", "Call a pair silent for"),
            "silent_days",
            QCoreApplication.translate("Cli", "%n day(s)", "", settings.silent_days),
        ),
        (
            QCoreApplication.translate("Cli", "Warn before a pair's end"),
            "end_soon_days",
            QCoreApplication.translate("Cli", "%n day(s)", "", settings.end_soon_days),
        ),
        (
            QCoreApplication.translate("Cli", "Keep members' data"),
            "retention_months",
            QCoreApplication.translate("Cli", "%n month(s)", "", settings.retention_months),
        ),
        (
            QCoreApplication.translate("Cli", "Backups always kept"),
            "backup_keep_last",
            str(settings.backup_keep_last),
        ),
    ]
    lines = []
    for label, key, value in rows:
        text = value if value else none
        first, *rest = text.splitlines() or [text]
        lines.append(
            QCoreApplication.translate("Cli", "{label} ({key}): {value}").format(
                label=label, key=key, value=first
            )
        )
        lines += [f"    {line}" for line in rest]
    return lines


def run_settings(args: argparse.Namespace) -> int:
    language = language_option(args)
    changing = bool(args.changes)
    db = open_db(args.db, language, write=changing)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        services = build_services(db)
        service = services.settings
        if changing:
            changes, problems = _read_changes(args.changes)
            # Every value is checked before anything is written, the readable ones too.
            problems += [_field_sentence(e, _KEY_OF_FIELD) for e in service.check(**changes)]
            if not problems:
                try:
                    service.update(**changes)
                except ValidationError as exc:
                    problems = [_field_sentence(e, _KEY_OF_FIELD) for e in exc.errors]
            if problems:
                for problem in problems:
                    err(problem)
                err(QCoreApplication.translate("Cli", "Nothing was changed."))
                return EXIT_NOTHING_DONE
        settings = service.get()
        if args.json:
            out(dump_json(_settings_json(settings)))
        else:
            if changing:
                out(
                    QCoreApplication.translate("Cli", "%n setting(s) saved.", "", len(args.changes))
                )
            for line in _settings_lines(settings, settings_language(services, language)):
                out(line)
        return EXIT_OK
    finally:
        db.close()


def _field_sentence(error: FieldError, names: dict[str, str]) -> str:
    """The sentence for a refused value, naming the key or option typed."""
    return _said(names.get(error.field, error.field), field_error(error))


# -- cohorts -------------------------------------------------------------------------------

# The option that gave each field of a cohort, to name it in a refusal.
_COHORT_OPTIONS = {
    "name": "--name",
    "start_date": "--start",
    "end_date": "--end",
    "closed_on": "--on",
    "text": "--text",
    "target": "--target",
}


def _date(value: str | None, option: str, language: str) -> dt.date | None:
    """A date as typed (2026-03-01, 01/03/2026, 1 mars 2026); None when not given."""
    if value is None:
        return None

    try:
        return parse_typed_date(value, language, dt.date.today())
    except ValueError:
        raise _Refused(
            _said(
                option,
                QCoreApplication.translate(
                    "Cli", "“{value}” is not a date: write it as YYYY-MM-DD."
                ).format(value=value),
            )
        ) from None


def _cohort_change(args: argparse.Namespace, change: Callable[[Services, str], int]) -> int:
    """Open for writing, run ``change`` (which says what it did), and turn a refusal into
    sentences naming the options; nothing is written then."""
    language = language_option(args)
    db = open_db(args.db, language, write=True)
    if db is None:
        return EXIT_NOTHING_DONE
    services = build_services(db)
    try:
        try:
            return change(services, settings_language(services, language))
        except _Refused as refused:
            err(refused.sentence)
        except ValidationError as exc:
            for error in exc.errors:
                err(_field_sentence(error, _COHORT_OPTIONS))
        except NotFoundError:
            err(QCoreApplication.translate("Messages", "This cohort no longer exists."))
        err(QCoreApplication.translate("Cli", "Nothing was changed."))
        return EXIT_NOTHING_DONE
    finally:
        db.close()


def _period(cohort: CohortRecord, language: str) -> str:
    start, end = cohort.start_date, cohort.end_date
    if start and end:
        return QCoreApplication.translate("Cli", "from {start} to {end}").format(
            start=format_date(start, language), end=format_date(end, language)
        )
    if start:
        return QCoreApplication.translate("Cli", "from {start}").format(
            start=format_date(start, language)
        )
    if end:
        return QCoreApplication.translate("Cli", "until {end}").format(
            end=format_date(end, language)
        )
    return QCoreApplication.translate("Cli", "no dates")


def run_cohort_add(args: argparse.Namespace) -> int:
    def change(services: Services, language: str) -> int:
        start = _date(args.start, "--start", language)
        end = _date(args.end, "--end", language)
        cohort = services.cohorts.create(args.name, start, end, args.description)
        out(
            QCoreApplication.translate("Cli", "Cohort “{name}” created ({period}).").format(
                name=cohort.name, period=_period(cohort, language)
            )
        )
        return EXIT_OK

    return _cohort_change(args, change)


def run_cohort_objective(args: argparse.Namespace) -> int:
    def change(services: Services, language: str) -> int:
        cohort = find_cohort(services.cohorts, args.name)
        if cohort is None:
            return EXIT_NOTHING_DONE
        services.cohorts.add_objective(cohort.id, args.text, args.indicator, args.target)
        out(
            QCoreApplication.translate(
                "Cli",
                "Objective added to the cohort “{name}” (%n objective(s) now).",
                "",
                len(cohort.objectives) + 1,
            ).format(name=cohort.name)
        )
        return EXIT_OK

    return _cohort_change(args, change)


def run_cohort_duplicate(args: argparse.Namespace) -> int:
    def change(services: Services, language: str) -> int:
        source = find_cohort(services.cohorts, args.name)
        if source is None:
            return EXIT_NOTHING_DONE
        copy = services.cohorts.duplicate(source.id, args.new_name)
        out(
            QCoreApplication.translate(
                "Cli",
                "Cohort “{name}” created from “{source}” ({period}), with its %n objective(s).",
                "",
                len(copy.objectives),
            ).format(name=copy.name, source=source.name, period=_period(copy, language))
        )
        return EXIT_OK

    return _cohort_change(args, change)


def run_cohort_close(args: argparse.Namespace) -> int:
    def change(services: Services, language: str) -> int:
        on = _date(args.on, "--on", language)
        cohort = find_cohort(services.cohorts, args.name)
        if cohort is None:
            return EXIT_NOTHING_DONE
        closed = services.cohorts.close(cohort.id, on)
        assert closed.closed_on is not None
        out(
            QCoreApplication.translate(
                "Cli",
                "Cohort “{name}” closed on {date}: its %n pair(s) stay in it; it takes no new "
                "pair.",
                "",
                closed.pair_count,
            ).format(name=closed.name, date=format_date(closed.closed_on, language))
        )
        return EXIT_OK

    return _cohort_change(args, change)


def run_cohort_reopen(args: argparse.Namespace) -> int:
    def change(services: Services, language: str) -> int:
        cohort = find_cohort(services.cohorts, args.name)
        if cohort is None:
            return EXIT_NOTHING_DONE
        services.cohorts.reopen(cohort.id)
        out(
            QCoreApplication.translate("Cli", "Cohort “{name}” is open again.").format(
                name=cohort.name
            )
        )
        return EXIT_OK

    return _cohort_change(args, change)


def _cohort_json(cohort: CohortRecord) -> dict[str, Any]:
    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    return {
        "id": cohort.id,
        "name": cohort.name,
        "start_date": iso(cohort.start_date),
        "end_date": iso(cohort.end_date),
        "closed_on": iso(cohort.closed_on),
        "description": cohort.description,
        "pairs": cohort.pair_count,
        "objectives": [
            {"text": o.text, "indicator": o.indicator, "target": o.target}
            for o in cohort.objectives
        ],
    }


def run_cohorts(args: argparse.Namespace) -> int:
    language = language_option(args)
    db = open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        services = build_services(db)
        language = settings_language(services, language)
        cohorts = services.cohorts.list_cohorts()
        if args.json:
            out(dump_json([_cohort_json(c) for c in cohorts]))
            return EXIT_OK
        if not cohorts:
            out(
                QCoreApplication.translate(
                    "Cli", "No cohort yet: cohort add --name NAME creates one."
                )
            )
            return EXIT_OK
        for cohort in cohorts:
            parts = [
                _period(cohort, language),
                QCoreApplication.translate("Cli", "%n pair(s)", "", cohort.pair_count),
            ]
            if cohort.closed_on is not None:
                parts.append(
                    QCoreApplication.translate("Cli", "closed on {date}").format(
                        date=format_date(cohort.closed_on, language)
                    )
                )
            out(f"{cohort.name} — {' · '.join(parts)}")
            for objective in cohort.objectives:
                details = []
                if objective.indicator:
                    details.append(
                        QCoreApplication.translate("Cli", "indicator: {text}").format(
                            text=objective.indicator
                        )
                    )
                if objective.target:
                    details.append(
                        QCoreApplication.translate("Cli", "target: {text}").format(
                            text=objective.target
                        )
                    )
                line = f"  • {objective.text}"
                out(f"{line} — {' · '.join(details)}" if details else line)
        return EXIT_OK
    finally:
        db.close()
