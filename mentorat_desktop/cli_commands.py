"""What each command of the command line does, on the same core as the GUI."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.cli_common import (
    backup_before,
    cohort_for_new_pair,
    group_option,
    open_db,
    print_field_errors,
    say_cannot_write,
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
from mentorat_desktop.core.database import (
    Database,
)
from mentorat_desktop.core.demo_file import write_demo_whole
from mentorat_desktop.core.enums import PairStatus
from mentorat_desktop.core.errors import DatabaseOpenError, NotFoundError, ValidationError
from mentorat_desktop.core.formatting import format_date, format_hours
from mentorat_desktop.core.services.pairs import PairInput
from mentorat_desktop.core.services.registry import Services, build_services
from mentorat_desktop.i18n import current_language, normalize_language
from mentorat_desktop.i18n.messages import open_error, warning_text
from mentorat_desktop.i18n.reasons import reason_text, score_text

if TYPE_CHECKING:
    from mentorat_desktop.core.importing.members import MemberImportPlan
    from mentorat_desktop.core.importing.sessions import SessionImportPlan

# The plan of one of the two imports: the command reads what both have (to_add, refused).
_Plan = TypeVar("_Plan", "MemberImportPlan", "SessionImportPlan")


def run_demo(args: argparse.Namespace) -> int:
    language = ensure_translations(language_option(args))
    path: Path = args.path
    if path.exists() and not (path.is_file() and path.stat().st_size == 0):
        err(
            QCoreApplication.translate(
                "Cli", "“{path}” already exists: choose a new file name (nothing was written)."
            ).format(path=path)
        )
        return EXIT_NOTHING_DONE
    if args.members < 1 or args.members > 100_000:
        err(QCoreApplication.translate("Cli", "--members must be between 1 and 100000."))
        return EXIT_NOTHING_DONE
    try:
        summary = write_demo_whole(path, members=args.members, seed=args.seed)
    except DatabaseOpenError as exc:
        err(open_error(exc))
        return EXIT_NOTHING_DONE
    except FileExistsError:
        err(
            QCoreApplication.translate(
                "Cli", "“{path}” already exists: choose a new file name (nothing was written)."
            ).format(path=path)
        )
        return EXIT_NOTHING_DONE
    del language
    out(
        QCoreApplication.translate(
            "Cli", "Demo database written to “{path}”: %n member(s).", "", summary.members
        ).format(path=path)
    )
    return EXIT_OK


def _run_import(
    args: argparse.Namespace,
    plan_fn: Callable[[Services, Path], _Plan],
    apply_fn: Callable[[Database, _Plan], int],
    added_message: Callable[[int], str],
) -> int:
    language = language_option(args)
    db = open_db(args.db, language, create=True, write=not args.dry_run)
    if db is None:
        return EXIT_NOTHING_DONE
    services = build_services(db)
    try:
        # lazy: the import's messages (not on the start-up path), only for an import
        from mentorat_desktop.i18n.import_messages import describe_plan_problem, plan_lines

        try:
            plan = plan_fn(services, args.file)
        except Exception as exc:
            message = describe_plan_problem(exc, args.file)
            if message is None:
                raise
            err(message)
            return EXIT_NOTHING_DONE
        for line in plan_lines(plan):
            out(line)
        if args.dry_run:
            out(QCoreApplication.translate("Cli", "Dry run: nothing was written."))
        else:
            if plan.to_add:
                backup_before(services, "import")
            added = apply_fn(db, plan)
            out(added_message(added))
        return EXIT_SOME_REFUSED if plan.refused else EXIT_OK
    finally:
        db.close()


def run_import_members(args: argparse.Namespace) -> int:
    # lazy: the importer loads SQLAlchemy, only for an import
    from mentorat_desktop.core.importing.members import apply_member_import, plan_member_import

    language = normalize_language(args.lang) if args.lang else None

    def plan(services: Services, path: Path) -> MemberImportPlan:
        # Dates in the file are read in the language's order (fr_CA: year first).
        return plan_member_import(services.db, path, language=settings_language(services, language))

    return _run_import(
        args,
        plan,
        apply_member_import,
        lambda n: QCoreApplication.translate("Cli", "%n member(s) added.", "", n),
    )


def run_import_sessions(args: argparse.Namespace) -> int:
    # lazy: the importer loads SQLAlchemy, only for an import
    from mentorat_desktop.core.importing.sessions import (
        apply_session_import,
        plan_session_import,
    )

    language = normalize_language(args.lang) if args.lang else None

    def plan(services: Services, path: Path) -> SessionImportPlan:
        return plan_session_import(
            services.db, path, language=settings_language(services, language)
        )

    return _run_import(
        args,
        plan,
        apply_session_import,
        lambda n: QCoreApplication.translate("Cli", "%n session(s) added.", "", n),
    )


def run_followup(args: argparse.Namespace) -> int:
    language = language_option(args)
    try:
        year, month = (int(v) for v in args.month.split("-"))
        first = dt.date(year, month, 1)
    except ValueError:
        ensure_translations(language)
        err(
            QCoreApplication.translate(
                "Cli", "“{value}” is not a month: write it as YYYY-MM."
            ).format(value=args.month)
        )
        return EXIT_NOTHING_DONE
    db = open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        # lazy: the follow-up grid (not on the start-up path), only for followup
        from mentorat_desktop.core.followup import CellState, month_report, tally_commitment

        services = build_services(db)
        found, group_id = group_option(services.groups, args.group)
        if not found:
            return EXIT_NOTHING_DONE
        rows = month_report(services.db, first, group_id=group_id)
        # meets: the one definition (followup.meets_commitment), null when the month is not
        # judged (paused, not running, or not over): the dashboard counts the same way.
        if args.json:
            out(
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
        lang = settings_language(services, language)
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
            out("  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=False)).rstrip())
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
        out(summary.format(met=tally.met))
        if len(rows) > tally.owing:
            out(
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
    language = language_option(args)
    db = open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        # lazy: the exports (not on the start-up path), only for export-members
        from mentorat_desktop.core.exporting import export_members_csv

        found, group_id = group_option(build_services(db).groups, args.group)
        if not found:
            return EXIT_NOTHING_DONE
        try:
            count = export_members_csv(db, args.output, group_id=group_id)
        except OSError as exc:
            return say_cannot_write(args.output, exc)
        out(
            QCoreApplication.translate(
                "Cli", "%n member(s) exported to “{path}”.", "", count
            ).format(path=args.output)
        )
        return EXIT_OK
    finally:
        db.close()


def run_screenshot(args: argparse.Namespace) -> int:
    language = language_option(args)
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
        if not (200 <= width <= 8000 and 200 <= height <= 8000):
            raise ValueError
    except ValueError:
        ensure_translations(language)
        err(
            QCoreApplication.translate(
                "Cli", "“{value}” is not a size: write it as WIDTHxHEIGHT, e.g. 1280x800."
            ).format(value=args.size)
        )
        return EXIT_NOTHING_DONE
    # lazy: the GUI package, only for a screenshot
    from mentorat_desktop.gui.screenshot import take_screenshot

    return take_screenshot(args.db, args.view, language, (width, height), args.output)


def run_match(args: argparse.Namespace) -> int:
    language = language_option(args)
    db = open_db(args.db, language, write=args.apply)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        # lazy: the matching package (not on the start-up path), only for match
        from mentorat_desktop.core.matching import propose_pool, reasons_to_json

        services = build_services(db)
        weights = services.settings.match_weights()
        proposal = propose_pool(services.db, weights)
        if args.json:
            out(
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
                out(QCoreApplication.translate("Cli", "No pair to propose."))
            shown = current_language()
            for s in proposal:
                out(f"{score_text(s.score, shown):>5}  {s.mentor_name} → {s.mentee_name}")
                for reason in s.reasons:
                    out("       " + reason_text(reason.code, reason.params))
                for warning in s.warnings:
                    out("     ⚠ " + reason_text(warning.code, warning.params))
        if args.apply and proposal:
            backup_before(services, "match")
            # One transaction: all the proposed pairs, or none of them.
            created = len(
                services.pairs.create_many(
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
            (err if args.json else out)(message)
        return EXIT_OK
    finally:
        db.close()


def run_add_pair(args: argparse.Namespace) -> int:
    language = language_option(args)
    db = open_db(args.db, language, write=True)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        services = build_services(db)
        pairs = services.pairs
        start = None
        if args.start:
            try:
                start = dt.date.fromisoformat(args.start)
            except ValueError:
                err(
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
                err(
                    QCoreApplication.translate(
                        "Cli", "No active member is “{who}” (give an e-mail or “First Last”)."
                    ).format(who=who)
                )
                return EXIT_NOTHING_DONE
            except ValidationError as exc:
                print_field_errors(exc.errors)
                return EXIT_NOTHING_DONE
        found, cohort_id = cohort_for_new_pair(services.cohorts, getattr(args, "cohort", None))
        if not found:
            return EXIT_NOTHING_DONE
        try:
            record = pairs.create(
                PairInput(mentor_id=ids[0], mentee_id=ids[1], start_date=start, cohort_id=cohort_id)
            )
        except ValidationError as exc:
            print_field_errors(exc.errors)
            return EXIT_NOTHING_DONE

        for warning in pairs.warnings_for(ids[0], ids[1]):
            err(warning_text(warning))
        if start is None:
            text = QCoreApplication.translate(
                "Cli", "Pair {id} proposed: {mentor} (mentor) and {mentee} (mentee)."
            )
        else:
            text = QCoreApplication.translate(
                "Cli", "Pair {id} active: {mentor} (mentor) and {mentee} (mentee)."
            )
        out(text.format(id=record.id, mentor=record.mentor_name, mentee=record.mentee_name))
        return EXIT_OK
    finally:
        db.close()


def _write_charters(
    args: argparse.Namespace, pair_ids: list[int], language: str | None, services: Services
) -> int:
    # lazy: the charters (not on the start-up path), only for charter and charters
    from mentorat_desktop.core.charters import CharterError, write_charters

    language = settings_language(services, language)
    try:
        pages = write_charters(
            services.db, pair_ids, args.output, language, copies=getattr(args, "copies", 1)
        )
    except CharterError:
        err(QCoreApplication.translate("Cli", "There is no such pair. Nothing was written."))
        return EXIT_NOTHING_DONE
    except OSError as exc:
        return say_cannot_write(args.output, exc)
    out(
        QCoreApplication.translate(
            "Cli", "%n charter(s) written to “{path}”", "", len(pair_ids)
        ).format(path=args.output)
        + QCoreApplication.translate("Cli", " (%n page(s)).", "", pages)
    )
    return EXIT_OK


def run_charter(args: argparse.Namespace) -> int:
    language = language_option(args)
    db = open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        return _write_charters(args, [args.pair], language, build_services(db))
    finally:
        db.close()


def run_charters(args: argparse.Namespace) -> int:
    language = language_option(args)
    db = open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        services = build_services(db)
        statuses = (
            [PairStatus(args.status)] if args.status else [PairStatus.PROPOSED, PairStatus.ACTIVE]
        )
        pair_ids = [p.id for status in statuses for p in services.pairs.list_pairs(status=status)]
        if not pair_ids:
            err(QCoreApplication.translate("Cli", "No pair to print. Nothing was written."))
            return EXIT_NOTHING_DONE
        return _write_charters(args, pair_ids, language, services)
    finally:
        db.close()
