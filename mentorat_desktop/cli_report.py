"""The activity report on the command line: ``report`` (a PDF) and ``indicators`` (its
figures), for a period typed as people type dates and, optionally, a cohort."""

from __future__ import annotations

import argparse
import datetime as dt

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.cli_common import group_option, open_db, say_cannot_write, settings_language
from mentorat_desktop.cli_messages import ensure_translations
from mentorat_desktop.cli_output import (
    EXIT_NOTHING_DONE,
    EXIT_OK,
    dump_json,
    err,
    language_option,
    out,
)
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.formatting import format_hours, format_number
from mentorat_desktop.core.report import ReportError, indicators, write_report
from mentorat_desktop.core.services.registry import build_services
from mentorat_desktop.core.text import fold
from mentorat_desktop.core.typed_dates import TypedDateError, parse_typed_date


def _period(args: argparse.Namespace, language: str | None) -> tuple[dt.date, dt.date] | None:
    """The period's two dates, or None once the problem has been said."""
    today = dt.date.today()
    days: list[dt.date] = []
    for text in (args.start, args.end):
        try:
            days.append(parse_typed_date(text, language or "fr_FR", today))
        except TypedDateError:
            ensure_translations(language)
            err(
                QCoreApplication.translate(
                    "Cli",
                    "“{value}” is not a date: write it as 2026-01-31 or 31/01/2026. "
                    "Nothing was written.",
                ).format(value=text)
            )
            return None
    start, end = days
    if start > end:
        ensure_translations(language)
        err(
            QCoreApplication.translate(
                "Cli",
                "The period starts after it ends ({start} is after {end}): give --from the "
                "earlier date. Nothing was written.",
            ).format(start=start.isoformat(), end=end.isoformat())
        )
        return None
    return start, end


def _say_report_error(db: Database, code: str, value: str) -> int:
    if code == "cohort_unknown":
        # In the order of the letters, accents and case aside (each engine's own collation
        # would order them otherwise: byte order on SQLite, the locale's on a server).
        names = sorted((str(row[0]) for row in db.query("SELECT name FROM cohort")), key=fold)
        if names:
            err(
                QCoreApplication.translate(
                    "Cli",
                    "No cohort is called “{name}”; the cohorts are: {names}. Nothing was written.",
                ).format(name=value, names=", ".join(names))
            )
        else:
            err(
                QCoreApplication.translate(
                    "Cli",
                    "No cohort is called “{name}”: there is no cohort yet. Nothing was written.",
                ).format(name=value)
            )
    else:  # period_reversed: _period said it already
        err(QCoreApplication.translate("Cli", "The period is not valid. Nothing was written."))
    return EXIT_NOTHING_DONE


def run_report(args: argparse.Namespace) -> int:
    language = language_option(args)
    period = _period(args, language)
    if period is None:
        return EXIT_NOTHING_DONE
    db = open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        services = build_services(db)
        found, group_id = group_option(services.groups, args.group)
        if not found:
            return EXIT_NOTHING_DONE
        try:
            pages = write_report(
                db,
                *period,
                args.output,
                settings_language(services, language),
                args.cohort,
                names=args.names,
                group_id=group_id,
            )
        except ReportError as exc:
            return _say_report_error(db, exc.code, exc.value)
        except OSError as exc:
            return say_cannot_write(args.output, exc)
        out(
            QCoreApplication.translate(
                "Cli", "Activity report written to “{path}” (%n page(s)).", "", pages
            ).format(path=args.output)
        )
        return EXIT_OK
    finally:
        db.close()


def run_indicators(args: argparse.Namespace) -> int:
    language = language_option(args)
    period = _period(args, language)
    if period is None:
        return EXIT_NOTHING_DONE
    db = open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        services = build_services(db)
        found, group_id = group_option(services.groups, args.group)
        if not found:
            return EXIT_NOTHING_DONE
        try:
            data = indicators(db, *period, args.cohort, group_id=group_id)
        except ReportError as exc:
            return _say_report_error(db, exc.code, exc.value)
        if args.json:
            out(dump_json(data.to_json()))
            return EXIT_OK
        lang = settings_language(services, language)

        def share(value: float | None) -> str:
            return "–" if value is None else format_number(value * 100, lang, 0) + " %"

        def score(value: float | None, count: int) -> str:
            return "–" if value is None else f"{format_number(value, lang, 1)}/5 ({count})"

        lines = [
            (QCoreApplication.translate("Cli", "Pairs active"), str(data.pairs_active)),
            (QCoreApplication.translate("Cli", "Pairs formed"), str(data.pairs_formed)),
            (QCoreApplication.translate("Cli", "Pairs ended"), str(data.pairs_ended)),
            (QCoreApplication.translate("Cli", "Hours"), format_hours(data.hours_total, lang)),
            (
                QCoreApplication.translate("Cli", "Months with the commitment kept"),
                f"{share(data.share_commitment_met)} "
                f"({data.commitment_met}/{data.commitment_judged})",
            ),
            (
                QCoreApplication.translate("Cli", "Objectives reached"),
                f"{data.objectives_reached}/{data.objectives_total}",
            ),
            (
                QCoreApplication.translate("Cli", "Satisfaction of the mentors"),
                score(data.satisfaction_mentors, data.satisfaction_mentors_count),
            ),
            (
                QCoreApplication.translate("Cli", "Satisfaction of the mentees"),
                score(data.satisfaction_mentees, data.satisfaction_mentees_count),
            ),
            (
                QCoreApplication.translate("Cli", "People in a pair"),
                str(sum(data.members_by_generation.values())),
            ),
        ]
        width = max(len(label) for label, _v in lines)
        for label, value in lines:
            out(f"{label.ljust(width)}  {value}")
        return EXIT_OK
    finally:
        db.close()
