"""What each command of the command line does, on the same core as the GUI."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.cli import EXIT_NOTHING_DONE, EXIT_OK, EXIT_SOME_REFUSED
from mentorat_desktop.cli_messages import ensure_translations
from mentorat_desktop.core.database import (
    Database,
    default_database_path,
    demo_database_path,
    open_database,
)
from mentorat_desktop.core.errors import DatabaseOpenError
from mentorat_desktop.i18n import normalize_language
from mentorat_desktop.i18n.messages import open_error


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


def _open_db(path: Path, language: str | None) -> Database | None:
    """Open the database or say why not (in the chosen language); None when it failed."""
    try:
        db = open_database(path)
    except DatabaseOpenError as exc:
        ensure_translations(language)
        _err(open_error(exc))
        return None
    if language is None:
        from mentorat_desktop.core.services.settings import SettingsService

        language = SettingsService(db).get().language
    ensure_translations(language)
    return db


def run_open(args: argparse.Namespace) -> int:
    language = _lang(args)
    if args.demo:
        path = demo_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.stat().st_size == 0:
            from mentorat_desktop.core.demo import write_demo_database

            write_demo_database(path)
    elif args.db is not None:
        path = args.db
    else:
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
    from mentorat_desktop.gui.run import run_gui

    return run_gui(path, language)


def run_demo(args: argparse.Namespace) -> int:
    language = ensure_translations(_lang(args))
    from mentorat_desktop.core.demo import write_demo_database

    path: Path = args.path
    if path.exists() and path.stat().st_size > 0:
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
        summary = write_demo_database(path, members=args.members, seed=args.seed)
    except DatabaseOpenError as exc:
        _err(open_error(exc))
        return EXIT_NOTHING_DONE
    del language
    _out(
        QCoreApplication.translate(
            "Cli", "Demo database written to “{path}”: %n member(s).", "", summary.members
        ).format(path=path)
    )
    return EXIT_OK


def run_import_members(args: argparse.Namespace) -> int:
    language = _lang(args)
    db = _open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        from mentorat_desktop.core.importing.members import (
            apply_member_import,
            plan_member_import,
        )
        from mentorat_desktop.i18n.import_messages import describe_plan_problem, plan_lines

        try:
            plan = plan_member_import(db, args.file)
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
            added = apply_member_import(db, plan)
            _out(QCoreApplication.translate("Cli", "%n member(s) added.", "", added))
        return EXIT_SOME_REFUSED if plan.refused else EXIT_OK
    finally:
        db.close()


def run_export_members(args: argparse.Namespace) -> int:
    language = _lang(args)
    db = _open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        from mentorat_desktop.core.exporting import export_members_csv

        try:
            count = export_members_csv(db, args.output)
        except OSError as exc:
            _err(
                QCoreApplication.translate(
                    "Cli", "Cannot write “{path}”: {reason}. Nothing was written."
                ).format(path=args.output, reason=exc.strerror or exc)
            )
            return EXIT_NOTHING_DONE
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
