"""The ``training`` command: plan mentor training sessions, record who attended, print the
sign-in sheet and the attestations (core/services/training.py, core/training_print/)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.cli_common import (
    backup_before,
    open_db,
    print_field_errors,
    say_cannot_write,
    settings_language,
)
from mentorat_desktop.cli_output import (
    EXIT_NOTHING_DONE,
    EXIT_OK,
    dump_json,
    err,
    language_option,
    out,
)
from mentorat_desktop.core.durations import DurationError, format_minutes, parse_duration
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.formatting import format_date
from mentorat_desktop.core.services.registry import Services, build_services
from mentorat_desktop.core.services.training import TrainingRecord
from mentorat_desktop.core.training_print import (
    TrainingPrintError,
    write_attestations,
    write_sheet,
)
from mentorat_desktop.core.typed_dates import parse_typed_date
from mentorat_desktop.i18n.messages import field_error

# The option that gave each field of a session, to name it in a refusal.
_OPTIONS = {
    "title": "--title",
    "held_on": "--date",
    "duration_minutes": "--hours",
    "place": "--place",
    "trainer": "--trainer",
}


class _Refused(Exception):
    """A value the command cannot use; ``sentence`` says why."""

    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.sentence = sentence


def _field_sentence(error: FieldError) -> str:
    return QCoreApplication.translate("Messages", "{field}: {message}").format(
        field=_OPTIONS.get(error.field, error.field), message=field_error(error)
    )


def _run(args: argparse.Namespace, work: Callable[[Services, str], int], *, write: bool) -> int:
    """Open the database (for writing: with its lock), run ``work`` (which says what it
    did), and turn a refusal into sentences; nothing is written then."""
    language = language_option(args)
    db = open_db(args.db, language, write=write)
    if db is None:
        return EXIT_NOTHING_DONE
    services = build_services(db)
    try:
        try:
            return work(services, settings_language(services, language))
        except _Refused as refused:
            err(refused.sentence)
        except ValidationError as exc:
            for error in exc.errors:
                err(_field_sentence(error))
        except NotFoundError:
            err(
                QCoreApplication.translate("Cli", "There is no training session {id}.").format(
                    id=args.session
                )
            )
        if write:
            err(QCoreApplication.translate("Cli", "Nothing was changed."))
        else:
            err(QCoreApplication.translate("Cli", "Nothing was written."))
        return EXIT_NOTHING_DONE
    finally:
        db.close()


def _date(value: str, language: str) -> dt.date:
    try:
        return parse_typed_date(value, language, dt.date.today())
    except ValueError:
        raise _Refused(
            QCoreApplication.translate("Messages", "{field}: {message}").format(
                field="--date",
                message=QCoreApplication.translate(
                    "Cli", "“{value}” is not a date: write it as YYYY-MM-DD."
                ).format(value=value),
            )
        ) from None


def _minutes(value: str) -> int:
    try:
        return parse_duration(value)
    except DurationError as exc:
        raise ValidationError(
            [FieldError("duration_minutes", exc.code, {"value": exc.value})]
        ) from None


def _describe(record: object, language: str) -> str:
    assert isinstance(record, TrainingRecord)
    return QCoreApplication.translate("Cli", "“{title}”, {date}, {duration}").format(
        title=record.title,
        date=format_date(record.held_on, language),
        duration=format_minutes(record.duration_minutes, language),
    )


def run_training_add(args: argparse.Namespace) -> int:
    def work(services: Services, language: str) -> int:
        day = _date(args.date, language)
        minutes = _minutes(args.hours)
        record = services.training.create(
            args.title,
            day,
            minutes,
            place=args.place,
            trainer=args.trainer,
            topics=args.topics,
        )
        out(
            QCoreApplication.translate("Cli", "Training session {id} planned: {what}.").format(
                id=record.id, what=_describe(record, language)
            )
        )
        return EXIT_OK

    return _run(args, work, write=True)


def run_training_list(args: argparse.Namespace) -> int:
    def work(services: Services, language: str) -> int:
        sessions = services.training.list_sessions()
        if args.json:
            out(
                dump_json(
                    [
                        {
                            "id": s.id,
                            "title": s.title,
                            "date": s.held_on.isoformat(),
                            "duration_minutes": s.duration_minutes,
                            "full_day": s.full_day,
                            "place": s.place,
                            "trainer": s.trainer,
                            "listed": s.listed_count,
                            "attended": s.attended_count,
                        }
                        for s in sessions
                    ]
                )
            )
            return EXIT_OK
        if not sessions:
            out(QCoreApplication.translate("Cli", "No training session yet."))
        for s in sessions:
            out(
                QCoreApplication.translate(
                    "Cli", "{id}. {what}: {attended} present of {listed} on the list"
                ).format(
                    id=s.id,
                    what=_describe(s, language),
                    attended=s.attended_count,
                    listed=s.listed_count,
                )
            )
        return EXIT_OK

    return _run(args, work, write=False)


def run_training_attend(args: argparse.Namespace) -> int:
    def work(services: Services, language: str) -> int:
        service = services.training
        record = service.get(args.session)
        pairs = services.pairs
        ids: list[int] = []
        for who in args.member:
            try:
                ids.append(pairs.find_member(who))
            except NotFoundError:
                raise _Refused(
                    QCoreApplication.translate(
                        "Cli", "No active member is “{who}” (give an e-mail or “First Last”)."
                    ).format(who=who)
                ) from None
            except ValidationError as exc:
                print_field_errors(exc.errors)
                raise _Refused(
                    QCoreApplication.translate("Cli", "“{who}” is not clear enough.").format(
                        who=who
                    )
                ) from None
        # Several members' training dates may change: a checked copy first.
        backup_before(services, "manual")
        moved = service.attend(record.id, ids)
        out(
            QCoreApplication.translate(
                "Cli",
                "%n member(s) recorded as present at training session {id} ({date}).",
                "",
                len(set(ids)),
            ).format(id=record.id, date=format_date(record.held_on, language))
        )
        if moved:
            out(
                QCoreApplication.translate(
                    "Cli", "Training date now {date} for %n member(s).", "", len(moved)
                ).format(date=format_date(record.held_on, language))
            )
        return EXIT_OK

    return _run(args, work, write=True)


def _print(args: argparse.Namespace, attestations: bool) -> int:
    def work(services: Services, language: str) -> int:
        write = write_attestations if attestations else write_sheet
        try:
            pages = write(services.db, args.session, args.output, language)
        except TrainingPrintError:
            raise _Refused(
                QCoreApplication.translate(
                    "Cli",
                    "Nobody is recorded as present at this session yet: "
                    "record the attendance first (training attend).",
                )
            ) from None
        except OSError as exc:
            return say_cannot_write(args.output, exc)
        if attestations:
            text = QCoreApplication.translate(
                "Cli", "%n attestation(s) written to “{path}”.", "", pages
            )
        else:
            text = QCoreApplication.translate(
                "Cli", "Sign-in sheet written to “{path}” (%n page(s)).", "", pages
            )
        out(text.format(path=args.output))
        return EXIT_OK

    return _run(args, work, write=False)


def run_training_sheet(args: argparse.Namespace) -> int:
    return _print(args, attestations=False)


def run_training_attestations(args: argparse.Namespace) -> int:
    return _print(args, attestations=True)
