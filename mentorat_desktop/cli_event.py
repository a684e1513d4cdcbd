"""At the event, on the command line: ``speed-meeting`` seats the members present for rounds
and prints the rota."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.cli_common import open_db, say_cannot_write, settings_language
from mentorat_desktop.cli_messages import ensure_translations
from mentorat_desktop.cli_output import (
    EXIT_NOTHING_DONE,
    EXIT_OK,
    dump_json,
    err,
    language_option,
    out,
)
from mentorat_desktop.core.event import write_rota
from mentorat_desktop.core.event.people import load_present, parse_names, resolve_members
from mentorat_desktop.core.event.rota import MAX_ROUNDS, rota_for, rota_json
from mentorat_desktop.core.services.registry import build_services


def _names(value: str) -> list[str] | None:
    """The names or e-mails given: the lines of a text file when ``value`` names one, else
    ``value`` itself, separated by commas. None when the file cannot be read."""
    path = Path(value)
    try:
        is_file = path.is_file()
    except OSError:  # a list of names too long to be a path
        is_file = False
    if not is_file:
        return parse_names(value)
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return parse_names(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    return None


def run_speed_meeting(args: argparse.Namespace) -> int:
    language = language_option(args)
    ensure_translations(language)
    if not 1 <= args.rounds <= MAX_ROUNDS:
        err(
            QCoreApplication.translate(
                "Cli", "The number of rounds must be between 1 and {max}. Nothing was written."
            ).format(max=MAX_ROUNDS)
        )
        return EXIT_NOTHING_DONE
    names = _names(args.members)
    if names is None:
        err(
            QCoreApplication.translate(
                "Cli", "Cannot read the list of members “{path}”. Nothing was written."
            ).format(path=args.members)
        )
        return EXIT_NOTHING_DONE
    if not names:
        err(
            QCoreApplication.translate(
                "Cli", "No member is named in “{value}”. Nothing was written."
            ).format(value=args.members)
        )
        return EXIT_NOTHING_DONE
    db = open_db(args.db, language)
    if db is None:
        return EXIT_NOTHING_DONE
    try:
        resolved = resolve_members(db, names)
        if resolved.unknown or resolved.ambiguous:
            for name in resolved.unknown:
                err(
                    QCoreApplication.translate(
                        "Cli", "Nobody in the register is called “{name}”."
                    ).format(name=name)
                )
            for name in resolved.ambiguous:
                err(
                    QCoreApplication.translate(
                        "Cli", "Several members are called “{name}”: give their e-mail instead."
                    ).format(name=name)
                )
            err(
                QCoreApplication.translate(
                    "Cli",
                    "%n name(s) not found. Correct the list (or add the missing members) and "
                    "run the command again. Nothing was written.",
                    "",
                    len(resolved.unknown) + len(resolved.ambiguous),
                )
            )
            return EXIT_NOTHING_DONE
        people = load_present(db, resolved.member_ids)
        rota = rota_for(people, args.rounds)
        if not rota.rounds:
            err(
                QCoreApplication.translate(
                    "Cli",
                    "Nobody can be seated: at least one older member (mentee) and one younger "
                    "member (mentor) must be present. Nothing was written.",
                )
            )
            return EXIT_NOTHING_DONE
        language = settings_language(build_services(db), language)
        try:
            pages = write_rota(db, rota, people, args.output, language)
        except OSError as exc:
            return say_cannot_write(args.output, exc)
    finally:
        db.close()
    # With --json, standard output holds the JSON alone: the sentences go to the error stream.
    say = err if args.json else out
    if args.json:
        out(dump_json(rota_json(rota)))
    say(
        QCoreApplication.translate(
            "Cli", "Rota of %n round(s) written to “{path}”", "", len(rota.rounds)
        ).format(path=args.output)
        + QCoreApplication.translate("Cli", " (%n page(s)).", "", pages)
    )
    if len(rota.rounds) < args.rounds:
        say(
            QCoreApplication.translate(
                "Cli",
                "After %n round(s) everyone has met everyone in the other group: the rota "
                "stops there.",
                "",
                len(rota.rounds),
            )
        )
    return EXIT_OK
