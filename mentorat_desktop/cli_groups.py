"""Local groups on the command line: ``group add``, ``group list``, ``group rename``,
``group delete``, ``group assign``; and the ``--group NAME`` that restricts ``followup``,
``export-members``, ``report`` and ``indicators`` to one group."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.cli_common import find_cohort, find_group, open_db
from mentorat_desktop.cli_output import (
    EXIT_NOTHING_DONE,
    EXIT_OK,
    dump_json,
    err,
    language_option,
    out,
)
from mentorat_desktop.core.errors import FieldError, NotFoundError, ValidationError
from mentorat_desktop.core.services.groups import GroupCounts, GroupRecord
from mentorat_desktop.core.services.registry import Services, build_services
from mentorat_desktop.i18n.messages import field_error


def _counts(counts: GroupCounts) -> str:
    return " · ".join(
        (
            QCoreApplication.translate("Cli", "%n member(s)", "", counts.members),
            QCoreApplication.translate("Cli", "%n cohort(s)", "", counts.cohorts),
            QCoreApplication.translate("Cli", "%n pair(s)", "", counts.pairs),
        )
    )


def _change(args: argparse.Namespace, change: Callable[[Services], int]) -> int:
    """Open for writing, run ``change`` (which says what it did), and turn a refusal into
    sentences; nothing is written then."""
    language = language_option(args)
    db = open_db(args.db, language, write=True)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        try:
            return change(build_services(db))
        except ValidationError as exc:
            for error in exc.errors:
                err(_refusal(error, field_error(error)))
        except NotFoundError:
            err(QCoreApplication.translate("Cli", "This local group no longer exists."))
        err(QCoreApplication.translate("Cli", "Nothing was changed."))
        return EXIT_NOTHING_DONE
    finally:
        db.close()


def _refusal(error: FieldError, sentence: str) -> str:
    if error.field != "name":
        return sentence
    return QCoreApplication.translate("Messages", "{field}: {message}").format(
        field=QCoreApplication.translate("Cli", "the group's name"), message=sentence
    )


def run_group_add(args: argparse.Namespace) -> int:
    def change(services: Services) -> int:
        group = services.groups.create(args.name)
        out(
            QCoreApplication.translate("Cli", "Local group “{name}” created.").format(
                name=group.name
            )
        )
        return EXIT_OK

    return _change(args, change)


def run_group_rename(args: argparse.Namespace) -> int:
    def change(services: Services) -> int:
        group = find_group(services.groups, args.name)
        if group is None:
            return EXIT_NOTHING_DONE
        renamed = services.groups.rename(group.id, args.new_name)
        out(
            QCoreApplication.translate("Cli", "Local group “{old}” renamed “{new}”.").format(
                old=group.name, new=renamed.name
            )
        )
        return EXIT_OK

    return _change(args, change)


def run_group_delete(args: argparse.Namespace) -> int:
    def change(services: Services) -> int:
        group = find_group(services.groups, args.name)
        if group is None:
            return EXIT_NOTHING_DONE
        services.groups.delete(group.id)
        out(
            QCoreApplication.translate(
                "Cli",
                "Local group “{name}” deleted; its members, cohorts and pairs are kept, "
                "in no group now.",
            ).format(name=group.name)
        )
        return EXIT_OK

    return _change(args, change)


def run_group_assign(args: argparse.Namespace) -> int:
    def change(services: Services) -> int:
        group = find_group(services.groups, args.group)
        if group is None:
            return EXIT_NOTHING_DONE
        member_ids: list[int] = []
        for who in args.members or ():
            try:
                member_ids.append(services.pairs.find_member(who))
            except NotFoundError:
                err(
                    QCoreApplication.translate(
                        "Cli", "No active member is “{who}” (give an e-mail or “First Last”)."
                    ).format(who=who)
                )
                err(QCoreApplication.translate("Cli", "Nothing was changed."))
                return EXIT_NOTHING_DONE
        cohort = None
        if args.cohort is not None:
            cohort = find_cohort(services.cohorts, args.cohort)
            if cohort is None:
                err(QCoreApplication.translate("Cli", "Nothing was changed."))
                return EXIT_NOTHING_DONE
        for pair_id in args.pairs or ():
            try:
                services.pairs.get(pair_id)
            except NotFoundError:
                err(
                    QCoreApplication.translate("Cli", "There is no pair number {id}.").format(
                        id=pair_id
                    )
                )
                err(QCoreApplication.translate("Cli", "Nothing was changed."))
                return EXIT_NOTHING_DONE
        if not (member_ids or cohort or args.pairs):
            err(
                QCoreApplication.translate(
                    "Cli", "Say what goes into the group: --members, --cohort or --pairs."
                )
            )
            return EXIT_NOTHING_DONE
        # Everything named is found: now the changes, one transaction each.
        said = []
        if member_ids:
            services.groups.assign_members(member_ids, group.id)
            count = len(set(member_ids))
            said.append(QCoreApplication.translate("Cli", "%n member(s)", "", count))
        if cohort is not None:
            services.groups.assign_cohorts([cohort.id], group.id)
            said.append(
                QCoreApplication.translate("Cli", "the cohort “{name}”").format(name=cohort.name)
            )
        if args.pairs:
            services.groups.assign_pairs(list(args.pairs), group.id)
            said.append(QCoreApplication.translate("Cli", "%n pair(s)", "", len(set(args.pairs))))
        out(
            QCoreApplication.translate("Cli", "In the local group “{name}”: {what}.").format(
                name=group.name, what=", ".join(said)
            )
        )
        return EXIT_OK

    return _change(args, change)


def _group_json(group: GroupRecord) -> dict[str, Any]:
    return {
        "name": group.name,
        "members": group.counts.members,
        "cohorts": group.counts.cohorts,
        "pairs": group.counts.pairs,
    }


def run_group_list(args: argparse.Namespace) -> int:
    language = language_option(args)
    db = open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        groups = build_services(db).groups
        listed = groups.list_groups()
        if args.json:
            out(dump_json([_group_json(g) for g in listed]))
            return EXIT_OK
        if not listed:
            out(
                QCoreApplication.translate(
                    "Cli", "No local group: everyone is in the one association (group add NAME)."
                )
            )
            return EXIT_OK
        for group in listed:
            out(f"{group.name} — {_counts(group.counts)}")
        outside = groups.ungrouped()
        if outside != GroupCounts():
            out(
                QCoreApplication.translate("Cli", "In no group: {counts}").format(
                    counts=_counts(outside)
                )
            )
        return EXIT_OK
    finally:
        db.close()
