"""What each command of the command line does, on the same core as the GUI."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.cli import EXIT_NOTHING_DONE, EXIT_OK, EXIT_SOME_REFUSED
from mentorat_desktop.cli_messages import ensure_translations
from mentorat_desktop.core.coordinator import default_coordinator
from mentorat_desktop.core.database import (
    Database,
    default_database_path,
    demo_database_path,
    make_private_dir,
    open_database,
)
from mentorat_desktop.core.demo_file import write_demo_whole
from mentorat_desktop.core.errors import DatabaseOpenError, FieldError, StorageError
from mentorat_desktop.i18n import normalize_language
from mentorat_desktop.i18n.messages import field_error_with_label, open_error
from mentorat_desktop.i18n.os_messages import os_reason

if TYPE_CHECKING:
    from mentorat_desktop.core.importing.members import MemberImportPlan
    from mentorat_desktop.core.importing.sessions import SessionImportPlan

# The plan of one of the two imports: the command reads what both have (to_add, refused).
_Plan = TypeVar("_Plan", "MemberImportPlan", "SessionImportPlan")


def _lang(args: argparse.Namespace) -> str | None:
    if getattr(args, "lang", None) is None:
        return None
    language = normalize_language(args.lang)
    if language is None:
        ensure_translations(None)
        _err(
            QCoreApplication.translate(
                "Cli", "Unknown language “{value}”: use fr_FR, fr_CA or en."
            ).format(value=args.lang)
        )
        raise SystemExit(EXIT_NOTHING_DONE)
    return language


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _out(text: str) -> None:
    print(text)


def _open_db(
    path: Path | str, language: str | None, create: bool = False, write: bool = False
) -> Database | None:
    """Open the database or say why not (in the chosen language); None when it failed.

    Only an import may create a new database: elsewhere a mistyped path is an error. A
    command that writes first takes the database's lock, waiting a few seconds for another
    command to finish; while the application has the file open, it is refused. A server's
    address (a str) is opened as it is: the server itself keeps writers apart."""
    if isinstance(path, str):
        return _open_server(path, language)
    if not create and not path.exists():
        ensure_translations(language)
        _err(QCoreApplication.translate("Cli", "“{path}” does not exist.").format(path=path))
        return None
    lock = None
    if write:
        from mentorat_desktop.core.lock import DatabaseLock

        # A file that is not ours is refused below; releasing the lock then removes its
        # lock file, so nothing is left beside it.
        lock = DatabaseLock(path)
        try:
            lock.acquire(wait_seconds=LOCK_WAIT_SECONDS)
        except StorageError as exc:
            _say_storage_error(exc, language)
            return None
    try:
        db = open_database(path)
    except DatabaseOpenError as exc:
        if lock is not None:
            lock.release()
        ensure_translations(language)
        _err(open_error(exc))
        return None
    except StorageError as exc:
        if lock is not None:
            lock.release()
        _say_storage_error(exc, language)
        return None
    db.lock = lock
    db.coordinator = default_coordinator()  # --as, MENTORAT_COORDINATOR or the login name
    if language is None:
        from mentorat_desktop.core.services.settings import SettingsService

        language = SettingsService(db).get().language
    ensure_translations(language)
    return db


def _open_server(address: str, language: str | None) -> Database | None:
    try:
        db = open_database(address)
    except DatabaseOpenError as exc:
        ensure_translations(language)
        _err(open_error(exc))
        return None
    except StorageError as exc:
        _say_storage_error(exc, language)
        return None
    db.coordinator = default_coordinator()  # --as, MENTORAT_COORDINATOR or the login name
    if language is None:
        from mentorat_desktop.core.services.settings import SettingsService

        language = SettingsService(db).get().language
    ensure_translations(language)
    return db


# How long a command that writes waits for another one to let go of the database.
LOCK_WAIT_SECONDS = 15.0


def _say_storage_error(exc: StorageError, language: str | None) -> None:
    from mentorat_desktop.i18n.storage_messages import storage_error

    _err(storage_error(exc, ensure_translations(language)))


def backup_before(db: Database, reason: str) -> None:
    """The checked backup made before a change that touches many rows (an import, a pool
    proposal, an erasure). Raises StorageError when it cannot be written: then the change
    is not made."""
    from mentorat_desktop.core.backups import BackupReason, backup_place, safety_copy
    from mentorat_desktop.core.services.settings import SettingsService

    place = backup_place(SettingsService(db))
    safety_copy(
        db,
        BackupReason(reason),
        second_folder=place.second_folder,
        keep_last=place.keep_last,
    )


def say_cannot_write(path: Path, exc: OSError) -> int:
    """A file that could not be written, said without the error's own text (it may quote
    data); returns the exit status of nothing done."""
    _err(
        QCoreApplication.translate(
            "Cli", "Cannot write “{path}”: {reason}. Nothing was written."
        ).format(path=path, reason=os_reason(exc))
    )
    return EXIT_NOTHING_DONE


def run_open(args: argparse.Namespace) -> int:
    language = _lang(args)
    if args.demo:
        path = demo_database_path()
        make_private_dir(path.parent)
        if not path.exists():
            write_demo_whole(path)
    elif args.db is not None:
        path = args.db
    else:
        path = default_database_path()
        make_private_dir(path.parent)
    from mentorat_desktop.system_check import report_missing

    if report_missing(language):  # Qt would abort with a misleading message
        return EXIT_NOTHING_DONE
    from mentorat_desktop.gui.run import run_gui

    return run_gui(path, language)


def run_demo(args: argparse.Namespace) -> int:
    language = ensure_translations(_lang(args))
    path: Path = args.path
    if path.exists() and not (path.is_file() and path.stat().st_size == 0):
        _err(
            QCoreApplication.translate(
                "Cli", "“{path}” already exists: choose a new file name (nothing was written)."
            ).format(path=path)
        )
        return EXIT_NOTHING_DONE
    if args.members < 1 or args.members > 100_000:
        _err(QCoreApplication.translate("Cli", "--members must be between 1 and 100000."))
        return EXIT_NOTHING_DONE
    try:
        summary = write_demo_whole(path, members=args.members, seed=args.seed)
    except DatabaseOpenError as exc:
        _err(open_error(exc))
        return EXIT_NOTHING_DONE
    except FileExistsError:
        _err(
            QCoreApplication.translate(
                "Cli", "“{path}” already exists: choose a new file name (nothing was written)."
            ).format(path=path)
        )
        return EXIT_NOTHING_DONE
    del language
    _out(
        QCoreApplication.translate(
            "Cli", "Demo database written to “{path}”: %n member(s).", "", summary.members
        ).format(path=path)
    )
    return EXIT_OK


def _run_import(
    args: argparse.Namespace,
    plan_fn: Callable[[Database, Path], _Plan],
    apply_fn: Callable[[Database, _Plan], int],
    added_message: Callable[[int], str],
) -> int:
    language = _lang(args)
    db = _open_db(args.db, language, create=True, write=not args.dry_run)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        from mentorat_desktop.i18n.import_messages import describe_plan_problem, plan_lines

        try:
            plan = plan_fn(db, args.file)
        except Exception as exc:
            message = describe_plan_problem(exc, args.file)
            if message is None:
                raise
            _err(message)
            return EXIT_NOTHING_DONE
        for line in plan_lines(plan):
            _out(line)
        if args.dry_run:
            _out(QCoreApplication.translate("Cli", "Dry run: nothing was written."))
        else:
            if plan.to_add:
                backup_before(db, "import")
            added = apply_fn(db, plan)
            _out(added_message(added))
        return EXIT_SOME_REFUSED if plan.refused else EXIT_OK
    finally:
        db.close()


def run_import_members(args: argparse.Namespace) -> int:
    from mentorat_desktop.core.importing.members import apply_member_import, plan_member_import

    language = normalize_language(args.lang) if args.lang else None

    def plan(db: Database, path: Path) -> MemberImportPlan:
        # Dates in the file are read in the language's order (fr_CA: year first).
        from mentorat_desktop.core.services.settings import SettingsService

        return plan_member_import(db, path, language=language or SettingsService(db).get().language)

    return _run_import(
        args,
        plan,
        apply_member_import,
        lambda n: QCoreApplication.translate("Cli", "%n member(s) added.", "", n),
    )


def run_import_sessions(args: argparse.Namespace) -> int:
    from mentorat_desktop.core.importing.sessions import (
        apply_session_import,
        plan_session_import,
    )

    language = normalize_language(args.lang) if args.lang else None

    def plan(db: Database, path: Path) -> SessionImportPlan:
        from mentorat_desktop.core.services.settings import SettingsService

        return plan_session_import(
            db, path, language=language or SettingsService(db).get().language
        )

    return _run_import(
        args,
        plan,
        apply_session_import,
        lambda n: QCoreApplication.translate("Cli", "%n session(s) added.", "", n),
    )


def run_followup(args: argparse.Namespace) -> int:
    import datetime as dt

    language = _lang(args)
    try:
        year, month = (int(v) for v in args.month.split("-"))
        first = dt.date(year, month, 1)
    except ValueError:
        ensure_translations(language)
        _err(
            QCoreApplication.translate(
                "Cli", "“{value}” is not a month: write it as YYYY-MM."
            ).format(value=args.month)
        )
        return EXIT_NOTHING_DONE
    db = _open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        from mentorat_desktop.cli_groups import group_option
        from mentorat_desktop.core.followup import CellState, month_report, tally_commitment
        from mentorat_desktop.core.formatting import format_date, format_hours
        from mentorat_desktop.core.services.settings import SettingsService

        found, group_id = group_option(db, args.group)
        if not found:
            return EXIT_NOTHING_DONE
        rows = month_report(db, first, group_id=group_id)
        # meets: the one definition (followup.meets_commitment), null when the month is not
        # judged (paused, not running, or not over): the dashboard counts the same way.
        if args.json:
            _out(
                dump_json(
                    [
                        {
                            "mentor": r.mentor,
                            "mentee": r.mentee,
                            "hours": r.hours,
                            "commitment_hours": r.commitment_hours,
                            "meets": r.meets,
                            "state": r.state.value,
                            "last_session": r.last_session.isoformat() if r.last_session else None,
                        }
                        for r in rows
                    ]
                )
            )
            return EXIT_OK
        lang = language or SettingsService(db).get().language
        yes, no = (
            QCoreApplication.translate("Cli", "yes"),
            QCoreApplication.translate("Cli", "NO"),
        )
        headers = [
            QCoreApplication.translate("Cli", "Mentor"),
            QCoreApplication.translate("Cli", "Mentee"),
            QCoreApplication.translate("Cli", "Hours"),
            QCoreApplication.translate("Cli", "Commitment"),
            QCoreApplication.translate("Cli", "Met"),
            QCoreApplication.translate("Cli", "Last session"),
        ]
        table = [
            [
                r.mentor,
                r.mentee,
                format_hours(r.hours, lang),
                format_hours(r.commitment_hours, lang),
                (yes if r.meets else no)
                if r.meets is not None
                else "…"
                if r.state is CellState.IN_PROGRESS
                else "—",
                format_date(r.last_session, lang) or "—",
            ]
            for r in rows
        ]
        widths = [max(len(str(c)) for c in col) for col in zip(headers, *table, strict=False)]
        for line in [headers, *table]:
            _out("  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=False)).rstrip())
        tally = tally_commitment(rows)
        if tally.pending:
            summary = QCoreApplication.translate(
                "Cli",
                "{met} of %n pair(s) have already met their commitment: the month is not over.",
                "",
                tally.owing,
            )
        else:
            summary = QCoreApplication.translate(
                "Cli", "{met} of %n pair(s) met their commitment.", "", tally.judged
            )
        _out(summary.format(met=tally.met))
        if len(rows) > tally.owing:
            _out(
                QCoreApplication.translate(
                    "Cli",
                    "%n pair(s) without a commitment that month (—): paused or not running.",
                    "",
                    len(rows) - tally.owing,
                )
            )
        return EXIT_OK
    finally:
        db.close()


def run_export_members(args: argparse.Namespace) -> int:
    language = _lang(args)
    db = _open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        from mentorat_desktop.cli_groups import group_option
        from mentorat_desktop.core.exporting import export_members_csv

        found, group_id = group_option(db, args.group)
        if not found:
            return EXIT_NOTHING_DONE
        try:
            count = export_members_csv(db, args.output, group_id=group_id)
        except OSError as exc:
            return say_cannot_write(args.output, exc)
        _out(
            QCoreApplication.translate(
                "Cli", "%n member(s) exported to “{path}”.", "", count
            ).format(path=args.output)
        )
        return EXIT_OK
    finally:
        db.close()


def run_screenshot(args: argparse.Namespace) -> int:
    language = _lang(args)
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
        if not (200 <= width <= 8000 and 200 <= height <= 8000):
            raise ValueError
    except ValueError:
        ensure_translations(language)
        _err(
            QCoreApplication.translate(
                "Cli", "“{value}” is not a size: write it as WIDTHxHEIGHT, e.g. 1280x800."
            ).format(value=args.size)
        )
        return EXIT_NOTHING_DONE
    from mentorat_desktop.gui.screenshot import take_screenshot

    return take_screenshot(args.db, args.view, language, (width, height), args.output)


def dump_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _print_errors(errors: list[FieldError]) -> None:
    for error in errors:
        _err(field_error_with_label(error))


def run_match(args: argparse.Namespace) -> int:
    language = _lang(args)
    db = _open_db(args.db, language, write=args.apply)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        from mentorat_desktop.core.matching import propose_pool, reasons_to_json
        from mentorat_desktop.core.services.pairs import PairInput, PairService
        from mentorat_desktop.core.services.settings import SettingsService
        from mentorat_desktop.i18n import current_language
        from mentorat_desktop.i18n.reasons import reason_text, score_text

        weights = SettingsService(db).match_weights()
        proposal = propose_pool(db, weights)
        if args.json:
            _out(
                dump_json(
                    [
                        {
                            # The numbers tell apart two members of one name.
                            "mentor_id": s.mentor_id,
                            "mentor": s.mentor_name,
                            "mentee_id": s.mentee_id,
                            "mentee": s.mentee_name,
                            "score": s.score,
                            "reasons": [reason_text(r.code, r.params) for r in s.reasons],
                            "warnings": [reason_text(w.code, w.params) for w in s.warnings],
                        }
                        for s in proposal
                    ]
                )
            )
        else:
            if not proposal:
                _out(QCoreApplication.translate("Cli", "No pair to propose."))
            shown = current_language()
            for s in proposal:
                _out(f"{score_text(s.score, shown):>5}  {s.mentor_name} → {s.mentee_name}")
                for reason in s.reasons:
                    _out("       " + reason_text(reason.code, reason.params))
                for warning in s.warnings:
                    _out("     ⚠ " + reason_text(warning.code, warning.params))
        if args.apply and proposal:
            backup_before(db, "match")
            # One transaction: all the proposed pairs, or none of them.
            created = len(
                PairService(db).create_many(
                    [
                        PairInput(
                            mentor_id=s.mentor_id,
                            mentee_id=s.mentee_id,
                            match_score=s.score,
                            match_reasons=reasons_to_json(s.reasons),
                        )
                        for s in proposal
                    ]
                )
            )
            message = QCoreApplication.translate(
                "Cli", "%n pair(s) created as proposed.", "", created
            )
            # With --json, standard output stays pure JSON.
            (_err if args.json else _out)(message)
        return EXIT_OK
    finally:
        db.close()


def run_add_pair(args: argparse.Namespace) -> int:
    import datetime as dt

    from mentorat_desktop.core.errors import NotFoundError, ValidationError

    language = _lang(args)
    db = _open_db(args.db, language, write=True)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        from mentorat_desktop.core.services.pairs import PairInput
        from mentorat_desktop.core.services.registry import build_services

        services = build_services(db)
        pairs = services.pairs
        start = None
        if args.start:
            try:
                start = dt.date.fromisoformat(args.start)
            except ValueError:
                _err(
                    QCoreApplication.translate(
                        "Cli", "“{value}” is not a date: write it as YYYY-MM-DD."
                    ).format(value=args.start)
                )
                return EXIT_NOTHING_DONE
        ids = []
        for who in (args.mentor, args.mentee):
            try:
                ids.append(pairs.find_member(who))
            except NotFoundError:
                _err(
                    QCoreApplication.translate(
                        "Cli", "No active member is “{who}” (give an e-mail or “First Last”)."
                    ).format(who=who)
                )
                return EXIT_NOTHING_DONE
            except ValidationError as exc:
                _print_errors(exc.errors)
                return EXIT_NOTHING_DONE
        from mentorat_desktop.cli_setup import cohort_for_new_pair

        found, cohort_id = cohort_for_new_pair(services.cohorts, getattr(args, "cohort", None))
        if not found:
            return EXIT_NOTHING_DONE
        try:
            record = pairs.create(
                PairInput(mentor_id=ids[0], mentee_id=ids[1], start_date=start, cohort_id=cohort_id)
            )
        except ValidationError as exc:
            _print_errors(exc.errors)
            return EXIT_NOTHING_DONE
        from mentorat_desktop.i18n.messages import warning_text

        for warning in pairs.warnings_for(ids[0], ids[1]):
            _err(warning_text(warning))
        if start is None:
            text = QCoreApplication.translate(
                "Cli", "Pair {id} proposed: {mentor} (mentor) and {mentee} (mentee)."
            )
        else:
            text = QCoreApplication.translate(
                "Cli", "Pair {id} active: {mentor} (mentor) and {mentee} (mentee)."
            )
        _out(text.format(id=record.id, mentor=record.mentor_name, mentee=record.mentee_name))
        return EXIT_OK
    finally:
        db.close()


def _write_charters(
    args: argparse.Namespace, pair_ids: list[int], language: str | None, db: Database
) -> int:
    from mentorat_desktop.core.charters import CharterError, write_charters
    from mentorat_desktop.core.services.settings import SettingsService

    language = language or SettingsService(db).get().language
    try:
        pages = write_charters(
            db, pair_ids, args.output, language, copies=getattr(args, "copies", 1)
        )
    except CharterError:
        _err(QCoreApplication.translate("Cli", "There is no such pair. Nothing was written."))
        return EXIT_NOTHING_DONE
    except OSError as exc:
        return say_cannot_write(args.output, exc)
    _out(
        QCoreApplication.translate(
            "Cli", "%n charter(s) written to “{path}”", "", len(pair_ids)
        ).format(path=args.output)
        + QCoreApplication.translate("Cli", " (%n page(s)).", "", pages)
    )
    return EXIT_OK


def run_charter(args: argparse.Namespace) -> int:
    language = _lang(args)
    db = _open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        return _write_charters(args, [args.pair], language, db)
    finally:
        db.close()


def run_charters(args: argparse.Namespace) -> int:
    from mentorat_desktop.core.enums import PairStatus

    language = _lang(args)
    db = _open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        from mentorat_desktop.core.services.pairs import PairService

        statuses = (
            [PairStatus(args.status)] if args.status else [PairStatus.PROPOSED, PairStatus.ACTIVE]
        )
        pair_ids = [p.id for status in statuses for p in PairService(db).list_pairs(status=status)]
        if not pair_ids:
            _err(QCoreApplication.translate("Cli", "No pair to print. Nothing was written."))
            return EXIT_NOTHING_DONE
        return _write_charters(args, pair_ids, language, db)
    finally:
        db.close()
