"""Commands about the data itself: backups, restore, checks, and one person's data."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.cli_common import (
    backup_before,
    open_db,
    say_cannot_write,
    say_storage_error,
    settings_language,
)
from mentorat_desktop.cli_messages import ensure_translations
from mentorat_desktop.cli_output import (
    EXIT_NOTHING_DONE,
    EXIT_OK,
    EXIT_SOME_REFUSED,
    dump_json,
    err,
    language_option,
    out,
)
from mentorat_desktop.core.backups import (
    BackupError,
    BackupReason,
    backup_folder,
    backup_place,
    list_backups,
    read_backup_info,
    restore_backup,
    write_backup,
)
from mentorat_desktop.core.checks import check_database, repair_database
from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.errors import (
    DatabaseOpenError,
    NotFoundError,
    StorageError,
    ValidationError,
)
from mentorat_desktop.core.privacy import erase_person, export_person_json, find_member_id
from mentorat_desktop.core.privacy_record import write_processing_record
from mentorat_desktop.core.server import shown_address
from mentorat_desktop.core.services.registry import build_services
from mentorat_desktop.i18n.check_messages import repair_note, repaired_text, report_lines
from mentorat_desktop.i18n.messages import field_error_with_label
from mentorat_desktop.i18n.storage_messages import (
    backup_error,
    contents_text,
    format_size,
    reason_label,
    storage_error,
)
from mentorat_desktop.i18n.times import format_time


def _server_language(address: str, language: str | None) -> str | None:
    """The language to speak about a server's database: --lang, else its settings' (read
    without migrating or writing anything), else None (the default) when it cannot be read."""
    if language is not None:
        return language

    try:
        db = open_database(address, read_only=True)
    except (DatabaseOpenError, StorageError):
        return None
    try:
        return settings_language(build_services(db), None)
    except StorageError:
        return None
    finally:
        db.close()


def _refused_on_server(
    args: argparse.Namespace, language: str | None, *, restore: bool = False
) -> bool:
    """True, once said in a sentence, when --db is a server's address: backup, backups and
    restore copy the laptop's file, and a server's copies (pg_dump and the like) are the
    business of whoever runs it. Nothing is written, on the server or beside it."""
    if not isinstance(args.db, str):
        return False

    ensure_translations(_server_language(args.db, language))
    if restore:
        text = QCoreApplication.translate(
            "Cli",
            "“{address}” is a database on a server: a backup file can only be restored into "
            "a database file. The server's own backups are restored by its administrator "
            "(with pg_restore, for instance). Nothing was changed.",
        )
    else:
        text = QCoreApplication.translate(
            "Cli",
            "“{address}” is a database on a server: Mentorat makes and lists backups of a "
            "database file only. The server's backups are made by its administrator (with "
            "pg_dump, for instance). Nothing was written.",
        )
    err(text.format(address=shown_address(args.db)))
    return True


def run_backup(args: argparse.Namespace) -> int:
    language = language_option(args)
    if _refused_on_server(args, language):
        return EXIT_NOTHING_DONE
    db = open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        services = build_services(db)
        language = settings_language(services, language)
        if args.output is not None and args.output.exists():
            err(
                QCoreApplication.translate(
                    "Cli", "“{path}” already exists: choose a new file name (nothing was written)."
                ).format(path=args.output)
            )
            return EXIT_NOTHING_DONE
        place = backup_place(services.settings)
        assert db.path is not None  # a file: a server's address was refused above
        try:
            result = write_backup(
                db.path,
                BackupReason.MANUAL,
                output=args.output,
                second_folder=None if args.output is not None else place.second_folder,
                keep_last=place.keep_last,
            )
        except StorageError as exc:
            err(storage_error(exc, language))
            return EXIT_NOTHING_DONE
        out(str(result.path))
        if result.second_problem is not None:
            err(
                QCoreApplication.translate(
                    "Cli", "The copy to the second place could not be written: {reason}"
                ).format(reason=storage_error(StorageError(result.second_problem), language))
            )
        return EXIT_OK
    finally:
        db.close()


def run_backups(args: argparse.Namespace) -> int:
    language = language_option(args)
    if _refused_on_server(args, language):
        return EXIT_NOTHING_DONE
    db = open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        language = settings_language(build_services(db), language)
        assert db.path is not None  # a file: a server's address was refused above
        backups = list_backups(db.path)
    finally:
        db.close()
    if args.json:
        out(
            dump_json(
                [
                    {
                        "path": str(b.path),
                        "created_at": b.created_at.isoformat(timespec="seconds"),
                        "reason": b.reason,
                        "members": b.members,
                        "pairs": b.pairs,
                        "sessions": b.sessions,
                        "size": b.size,
                    }
                    for b in backups
                ]
            )
        )
        return EXIT_OK
    if not backups:
        out(
            QCoreApplication.translate("Cli", "No backup yet in “{folder}”.").format(
                folder=backup_folder(args.db)
            )
        )
        return EXIT_OK
    out(
        QCoreApplication.translate("Cli", "Backups in “{folder}”, newest first:").format(
            folder=backup_folder(args.db)
        )
    )
    for b in backups:
        out(
            f"{format_time(b.created_at, language)}  {reason_label(b.reason)}  "
            f"{contents_text(b)}  {format_size(b.size, language)}"
        )
        out(f"    {b.path}")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    language = language_option(args)
    if _refused_on_server(args, language, restore=True):
        return EXIT_NOTHING_DONE
    ensure_translations(language)
    try:
        info = read_backup_info(args.backup)
    except BackupError as exc:
        err(backup_error(exc))
        return EXIT_NOTHING_DONE
    db = open_db(args.db, language, create=True, write=True)
    if db is None:
        return EXIT_NOTHING_DONE
    lock = db.lock
    db.lock = None  # kept through the restore, released below
    try:
        services = build_services(db)
        language = settings_language(services, language)
        second = backup_place(services.settings).second_folder
        db.close()
        try:
            before = restore_backup(args.backup, args.db, second_folder=second)
        except BackupError as exc:
            err(backup_error(exc))
            return EXIT_NOTHING_DONE
        except StorageError as exc:
            say_storage_error(exc, language)
            return EXIT_NOTHING_DONE
    finally:
        if lock is not None:
            lock.release()
    if before is not None:
        out(
            QCoreApplication.translate(
                "Cli", "The state before the restore was backed up to “{path}”."
            ).format(path=before.path)
        )
    out(
        QCoreApplication.translate("Cli", "Restored the backup of {time}: {contents}.").format(
            time=format_time(info.created_at, language), contents=contents_text(info)
        )
    )
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    language = language_option(args)
    db = open_db(args.db, language, write=args.repair)
    if db is None:
        return EXIT_NOTHING_DONE
    services = build_services(db)
    try:
        report = check_database(db)
        if args.repair and any(p.repairable for p in report.problems):
            backup_before(services, "repair")
            report, repaired = repair_database(db, closing_note=repair_note())
            out(repaired_text(repaired))
        for line in report_lines(report, settings_language(services, language)):
            out(line)
        return EXIT_OK if report.sound else EXIT_SOME_REFUSED
    finally:
        db.close()


def _member_id(db: Database, who: str) -> int | None:
    try:
        return find_member_id(db, who)
    except NotFoundError:
        err(
            QCoreApplication.translate(
                "Cli", "No member is “{who}” (give an e-mail address or a member number)."
            ).format(who=who)
        )
        return None


def run_export_person(args: argparse.Namespace) -> int:
    language = language_option(args)
    db = open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        member_id = _member_id(db, args.member)
        if member_id is None:
            return EXIT_NOTHING_DONE
        try:
            export_person_json(db, member_id, args.output)
        except OSError as exc:
            return say_cannot_write(args.output, exc)
        out(
            QCoreApplication.translate(
                "Cli", "Everything kept about member {number} was written to “{path}”."
            ).format(number=member_id, path=args.output)
        )
        return EXIT_OK
    finally:
        db.close()


def run_erase_person(args: argparse.Namespace) -> int:
    language = language_option(args)
    if not args.yes:
        ensure_translations(language)
        err(
            QCoreApplication.translate(
                "Cli",
                "Erasing cannot be undone: add --yes to confirm. (Backups made before keep "
                "the data until they age out.) Nothing was done.",
            )
        )
        return EXIT_NOTHING_DONE
    db = open_db(args.db, language, write=True)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        member_id = _member_id(db, args.member)
        if member_id is None:
            return EXIT_NOTHING_DONE
        backup_before(build_services(db), "erasure")
        try:
            # --yes is the request itself: the pairs still running end with it (reason: no
            # longer available), in the same transaction.
            summary = erase_person(db, member_id, end_pairs=True)
        except ValidationError as exc:
            for error in exc.errors:
                err(field_error_with_label(error))
            return EXIT_NOTHING_DONE
        out(
            QCoreApplication.translate(
                "Cli",
                "Member {number} erased: their personal data is gone; the hours and counts of "
                "their pairs stay, without a name.",
            ).format(number=member_id)
        )
        if summary.pairs_ended:
            out(
                QCoreApplication.translate(
                    "Cli",
                    "%n pair(s) still running ended with the erasure (no longer available).",
                    "",
                    summary.pairs_ended,
                )
            )
        if db.on_server:
            out(
                QCoreApplication.translate(
                    "Cli",
                    "The server keeps the old values in its files until its routine clean-up "
                    "(VACUUM), and in its own backups until they age out: ask its administrator "
                    "if they must go sooner.",
                )
            )
            return EXIT_OK
        out(
            QCoreApplication.translate(
                "Cli",
                "The backups made before the erasure, the one just made included, still hold "
                "this person's data until they age out (one year at most); delete them by hand "
                "to erase it now.",
            )
        )
        return EXIT_OK
    finally:
        db.close()


def run_processing_record(args: argparse.Namespace) -> int:
    language = language_option(args)
    db = open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        try:
            pages = write_processing_record(
                db, args.output, settings_language(build_services(db), language)
            )
        except OSError as exc:
            return say_cannot_write(args.output, exc)
        out(
            QCoreApplication.translate(
                "Cli", "Record of processing written to “{path}” (%n page(s)).", "", pages
            ).format(path=args.output)
        )
        return EXIT_OK
    finally:
        db.close()
