"""Moving a register: the laptop's file to a server (migrate-to), the server to a file for an
event with no network (export), and that file's changes back into the server (merge-back)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.cli_common import open_db, say_cannot_write
from mentorat_desktop.cli_messages import ensure_translations
from mentorat_desktop.cli_output import (
    EXIT_NOTHING_DONE,
    EXIT_OK,
    EXIT_SOME_REFUSED,
    err,
    language_option,
    out,
)
from mentorat_desktop.core.database import Database
from mentorat_desktop.core.errors import DatabaseOpenError
from mentorat_desktop.core.exporting import write_csv
from mentorat_desktop.core.moving import MovingError
from mentorat_desktop.core.moving.copy import export_to_file, migrate_to
from mentorat_desktop.core.moving.merge import MergeResult, merge_back
from mentorat_desktop.core.server import is_server_address
from mentorat_desktop.i18n.messages import open_error
from mentorat_desktop.i18n.moving_messages import (
    conflict_columns,
    conflict_line,
    conflict_row,
    moving_error,
    new_record_label,
    table_counts,
)
from mentorat_desktop.i18n.os_messages import os_reason

# How many of the members and pairs added are named one by one.
NAMED = 30


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Moving", text, "", n)


def run_migrate_to(args: argparse.Namespace) -> int:
    language = language_option(args)
    if not is_server_address(args.address):
        ensure_translations(language)
        err(
            _tr(
                "“{value}” is not the address of a PostgreSQL server's database "
                "(postgresql://user@host/database). Nothing was copied."
            ).format(value=args.address)
        )
        return EXIT_NOTHING_DONE
    laptop = open_db(args.db, language)
    if laptop is None:
        return EXIT_NOTHING_DONE
    try:
        server = open_db(args.address, language)
        if server is None:
            return EXIT_NOTHING_DONE
        try:
            started = time.monotonic()
            try:
                counts = migrate_to(laptop, server)
            except MovingError as exc:
                err(moving_error(exc))
                return EXIT_NOTHING_DONE
            out(
                _tr(
                    "Copied to “{address}” in {seconds} s: {counts}. Each table was counted "
                    "on the server before the copy was saved."
                ).format(
                    address=server.location,
                    seconds=round(time.monotonic() - started),
                    counts=table_counts(counts),
                )
            )
            return EXIT_OK
        finally:
            server.close()
    finally:
        laptop.close()


def run_export(args: argparse.Namespace) -> int:
    language = language_option(args)
    server = open_db(args.db, language)
    if server is None:
        return EXIT_NOTHING_DONE
    try:
        try:
            counts = export_to_file(server, args.output)
        except MovingError as exc:
            err(moving_error(exc))
            return EXIT_NOTHING_DONE
        except DatabaseOpenError as exc:
            err(open_error(exc))
            return EXIT_NOTHING_DONE
        except OSError as exc:
            return say_cannot_write(args.output, exc)
        out(
            _tr(
                "Written to “{path}”: {counts}. Open it at the event; afterwards, merge-back "
                "carries what was changed in it back into the server."
            ).format(path=args.output, counts=table_counts(counts))
        )
        return EXIT_OK
    finally:
        server.close()


def run_merge_back(args: argparse.Namespace) -> int:
    language = language_option(args)
    path: Path = args.file
    laptop = open_db(path, language, write=True)
    if laptop is None:
        return EXIT_NOTHING_DONE
    try:
        server = open_db(args.db, language)
        if server is None:
            return EXIT_NOTHING_DONE
        try:
            try:
                result = merge_back(laptop, server, dry_run=args.dry_run)
            except MovingError as exc:
                err(moving_error(exc, path))
                return EXIT_NOTHING_DONE
            _say_merge(result, server)
            if args.conflicts is not None and result.conflicts:
                status = _write_conflicts(args.conflicts, result)
                if status is not None:
                    return status
        finally:
            server.close()
    finally:
        laptop.close()
    return EXIT_SOME_REFUSED if result.conflicts else EXIT_OK


def _say_merge(result: MergeResult, server: Database) -> None:
    if result.dry_run:
        out(_tr("Dry run: nothing was written. Merging back would do this:"))
    elif result.changed_anything or result.conflicts:
        out(_tr("Merged back into “{address}”:").format(address=server.location))
    if not (result.changed_anything or result.conflicts):
        out(_tr("Nothing to carry over: the file holds no change since it was exported."))
    if result.added:
        out("  " + _tr("added: {what}").format(what=table_counts(result.added)))
        for table, number, subject in result.new_records[:NAMED]:
            out("    " + new_record_label(table, number, subject))
        if len(result.new_records) > NAMED:
            out("    " + _tr("… and %n more", len(result.new_records) - NAMED))
    if result.updated:
        out("  " + _tr("updated: {what}").format(what=table_counts(result.updated)))
    if result.conflicts:
        out(
            _tr(
                "%n conflict(s): changed on both sides, the server's value was kept. Decide, "
                "and change it by hand where the laptop's was right:",
                len(result.conflicts),
            )
        )
        for conflict in result.conflicts:
            out("  " + conflict_line(conflict))
    left_out = [
        (result.deleted_on_laptop, _tr("deleted on the laptop: {what}")),
        (result.not_merged, _tr("changed on the laptop, not carried over: {what}")),
        (result.orphans, _tr("added on the laptop to a record the server no longer has: {what}")),
    ]
    lines = [text.format(what=table_counts(counts)) for counts, text in left_out if counts]
    if lines:
        out(_tr("Left out (the server's stays as it is):"))
        for line in lines:
            out("  " + line)
    if not result.dry_run and not result.file_marked and result.changed_anything:
        err(
            _tr(
                "The file could not be marked as merged back: do not merge it back again, "
                "its new records would be added twice."
            )
        )


def _write_conflicts(path: Path, result: MergeResult) -> int | None:
    try:
        write_csv(path, conflict_columns(), [conflict_row(c) for c in result.conflicts])
    except OSError as exc:
        err(
            _tr("Cannot write “{path}”: {reason}. The conflicts are listed above.").format(
                path=path, reason=os_reason(exc)
            )
        )
        return EXIT_SOME_REFUSED
    out(_tr("The conflicts were written to “{path}”.").format(path=path))
    return None
