"""Long on purpose (about 1,000 lines): one declaration per command, read by parser and dispatch.
Why: one declaration per command (options, help, example), the table that the parser and the
dispatch both read.

Every command of the command line, declared once: what it does, an example, its options.

The parser of each command and its help are built from this table, in the user's language
(argparse's own words too: "usage", "options", "the following arguments are required"); the
dispatch reads the same table to find the command's handler.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from mentorat_desktop import __version__
from mentorat_desktop.core.server import looks_like_address


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for the catalogues; it is translated when the parser is built."""
    return text


# The table's entries are NamedTuples, not frozen dataclasses: this module is on the
# window's start-up path (the parser of the open command), where the two dataclasses cost
# about 3 ms to create and their 90 instances about 1 ms more.
_NO_KWARGS: Mapping[str, Any] = MappingProxyType({})


class Option(NamedTuple):
    flags: tuple[str, ...]
    help: str  # English source, marked for translation
    kwargs: Mapping[str, Any] = _NO_KWARGS  # for argparse's add_argument


class Command(NamedTuple):
    name: str
    module: str  # where its handler run_<name> lives
    summary: str
    example: str
    options: tuple[Option, ...]
    # Sub-actions ("cohort add", "cohort close"): each is a Command of its own (its handler
    # run_<command>_<action> in its module); the command's own options are then usually none.
    actions: tuple[Command, ...] = ()


def database_target(value: str) -> Path | str:
    """A --db value: a PostgreSQL server's address stays text, anything else is a file."""
    return value if looks_like_address(value) else Path(value)


def _db(required: bool = True) -> Option:
    return Option(
        ("--db",),
        QT_TRANSLATE_NOOP(
            "CliHelp", "the database file, or a PostgreSQL server's address (postgresql://...)"
        ),
        {"type": database_target, "required": required, "metavar": "PATH"},
    )


def _output(what: str, required: bool = True) -> Option:
    return Option(("-o", "--output"), what, {"type": Path, "required": required, "metavar": "FILE"})


_DRY_RUN = Option(
    ("--dry-run",),
    QT_TRANSLATE_NOOP("CliHelp", "show what would be done, write nothing"),
    {"action": "store_true"},
)
_JSON = Option(
    ("--json",),
    QT_TRANSLATE_NOOP("CliHelp", "print JSON instead of text"),
    {"action": "store_true"},
)
# The period of a report: dates as people type them (2026-01-31, 31/01/2026, 31 janv. 2026).
_PERIOD = (
    Option(
        ("--from",),
        QT_TRANSLATE_NOOP("CliHelp", "the first day of the period, e.g. 2026-01-01"),
        {"required": True, "metavar": "DATE", "dest": "start"},
    ),
    Option(
        ("--to",),
        QT_TRANSLATE_NOOP("CliHelp", "the last day of the period, e.g. 2026-12-31"),
        {"required": True, "metavar": "DATE", "dest": "end"},
    ),
    Option(
        ("--cohort",),
        QT_TRANSLATE_NOOP("CliHelp", "only the pairs of this cohort (its name)"),
        {"metavar": "NAME"},
    ),
    Option(
        ("--group",),
        QT_TRANSLATE_NOOP("CliHelp", "only the pairs of this local group (its name)"),
        {"metavar": "NAME"},
    ),
)
_COHORT_NAME = Option(
    ("--name",),
    QT_TRANSLATE_NOOP("CliHelp", "the cohort's name"),
    {"required": True, "metavar": "NAME"},
)
# Local groups: a group named by a command, and the lists restricted to one group.
_GROUP_NAME = Option(
    ("name",),
    QT_TRANSLATE_NOOP("CliHelp", "the local group's name"),
    {"metavar": "NAME"},
)
_GROUP = Option(
    ("--group",),
    QT_TRANSLATE_NOOP("CliHelp", "only the members and pairs of this local group (its name)"),
    {"metavar": "NAME"},
)
# The training session an action of the training command works on.
_TRAINING_SESSION = Option(
    ("--session",),
    QT_TRANSLATE_NOOP("CliHelp", "the training session's number (see training list)"),
    {"type": int, "required": True, "metavar": "ID"},
)

VIEWS = ("members", "pairs", "sessions", "followup", "dashboard")
# Windows opened over the main window, drawn by themselves (gui/screenshot.py WINDOWS).
WINDOW_VIEWS = (
    "preferences",
    "help",
    "cohorts",
    "welcome",
    "event",
    "training",
    "kiosk",
    "kickoff",
)

COMMANDS: tuple[Command, ...] = (
    Command(
        "demo",
        "cli_commands",
        QT_TRANSLATE_NOOP("CliHelp", "Write a demo association (fictional members) to a new file."),
        "mentorat-desktop demo demo.sqlite3 --members 120",
        (
            Option(
                ("path",),
                QT_TRANSLATE_NOOP("CliHelp", "the new file"),
                {"type": Path, "metavar": "PATH"},
            ),
            Option(
                ("--members",),
                QT_TRANSLATE_NOOP("CliHelp", "how many members (1 to 100000)"),
                {"type": int, "default": 120, "metavar": "N"},
            ),
            Option(
                ("--seed",),
                QT_TRANSLATE_NOOP("CliHelp", "another number gives other people"),
                {"type": int, "default": 2026, "metavar": "N"},
            ),
        ),
    ),
    Command(
        "import-members",
        "cli_commands",
        QT_TRANSLATE_NOOP("CliHelp", "Add the members of a CSV or XLSX file (one transaction)."),
        "mentorat-desktop import-members membres.csv --db mentorat.sqlite3 --dry-run",
        (
            Option(
                ("file",),
                QT_TRANSLATE_NOOP("CliHelp", "the CSV or XLSX file"),
                {"type": Path, "metavar": "FILE"},
            ),
            _db(),
            _DRY_RUN,
        ),
    ),
    Command(
        "export-members",
        "cli_commands",
        QT_TRANSLATE_NOOP("CliHelp", "Write the members to a CSV file that Excel opens."),
        "mentorat-desktop export-members --db mentorat.sqlite3 -o membres.csv",
        (_db(), _output(QT_TRANSLATE_NOOP("CliHelp", "the CSV file to write")), _GROUP),
    ),
    Command(
        "screenshot",
        "cli_commands",
        QT_TRANSLATE_NOOP("CliHelp", "Draw a view of the application into a PNG image."),
        "mentorat-desktop screenshot --db demo.sqlite3 --view pairs -o binomes.png",
        (
            _db(),
            Option(
                ("--view",),
                QT_TRANSLATE_NOOP("CliHelp", "which view"),
                {"default": "members", "choices": [*VIEWS, *WINDOW_VIEWS]},
            ),
            Option(
                ("--size",),
                QT_TRANSLATE_NOOP("CliHelp", "the image's size, WIDTHxHEIGHT"),
                {"default": "1280x800"},
            ),
            _output(QT_TRANSLATE_NOOP("CliHelp", "the PNG file to write")),
        ),
    ),
    Command(
        "match",
        "cli_commands",
        QT_TRANSLATE_NOOP("CliHelp", "Propose pairs for the whole pool, with their reasons."),
        "mentorat-desktop match --db mentorat.sqlite3 --apply",
        (
            _db(),
            _JSON,
            Option(
                ("--apply",),
                QT_TRANSLATE_NOOP(
                    "CliHelp", "record the proposed pairs (all or none; a backup is made first)"
                ),
                {"action": "store_true"},
            ),
        ),
    ),
    Command(
        "add-pair",
        "cli_commands",
        QT_TRANSLATE_NOOP("CliHelp", "Form a pair: proposed, or active from a start date."),
        "mentorat-desktop add-pair --db mentorat.sqlite3 --mentor zoe@exemple.org "
        '--mentee "François Roy" --start 2026-09-01',
        (
            _db(),
            Option(
                ("--mentor",),
                QT_TRANSLATE_NOOP("CliHelp", "the mentor: an e-mail address or “First Last”"),
                {"required": True, "metavar": "WHO"},
            ),
            Option(
                ("--mentee",),
                QT_TRANSLATE_NOOP("CliHelp", "the mentee: an e-mail address or “First Last”"),
                {"required": True, "metavar": "WHO"},
            ),
            Option(
                ("--start",),
                QT_TRANSLATE_NOOP(
                    "CliHelp", "the start date, YYYY-MM-DD (the pair is then active)"
                ),
                {"metavar": "DATE"},
            ),
            Option(
                ("--cohort",),
                QT_TRANSLATE_NOOP("CliHelp", "the cohort the pair belongs to (its name)"),
                {"metavar": "NAME"},
            ),
        ),
    ),
    Command(
        "charter",
        "cli_commands",
        QT_TRANSLATE_NOOP("CliHelp", "Write the charter of one pair, ready to print and sign."),
        "mentorat-desktop charter --db mentorat.sqlite3 --pair 12 -o charte.pdf",
        (
            _db(),
            Option(
                ("--pair",),
                QT_TRANSLATE_NOOP("CliHelp", "the pair's number"),
                {"type": int, "required": True, "metavar": "ID"},
            ),
            _output(QT_TRANSLATE_NOOP("CliHelp", "the PDF file to write")),
        ),
    ),
    Command(
        "charters",
        "cli_commands",
        QT_TRANSLATE_NOOP("CliHelp", "Write the charters of several pairs into one PDF."),
        "mentorat-desktop charters --db mentorat.sqlite3 --status active --copies 2 -o chartes.pdf",
        (
            _db(),
            Option(
                ("--status",),
                QT_TRANSLATE_NOOP(
                    "CliHelp", "only the pairs in this state (default: proposed and active)"
                ),
                {"choices": ["proposed", "active", "paused", "ended"]},
            ),
            Option(
                ("--copies",),
                QT_TRANSLATE_NOOP("CliHelp", "2 prints each charter twice, one for each member"),
                {"type": int, "choices": [1, 2], "default": 1},
            ),
            _output(QT_TRANSLATE_NOOP("CliHelp", "the PDF file to write")),
        ),
    ),
    Command(
        "settings",
        "cli_setup",
        QT_TRANSLATE_NOOP("CliHelp", "Show the settings, or change them with --set (all or none)."),
        "mentorat-desktop settings --db mentorat.sqlite3 --set "
        '"association_name=Entre-Générations Québec" --set '
        '"association_address=1000, rue Sherbrooke Ouest\\nMontréal (Québec) H3A 3G4" '
        "--set country=CA --set monthly_commitment_hours=2,5",
        (
            _db(),
            Option(
                ("--set",),
                QT_TRANSLATE_NOOP(
                    "CliHelp",
                    "change one setting, KEY=VALUE (repeat it for several); keys: "
                    "association_name, association_address (its lines as in the example), "
                    "coordinator_name, coordinator_email, coordinator_phone, country (FR or CA), "
                    "language (fr_FR, fr_CA or en), monthly_commitment_hours, paper_size (A4, "
                    "Letter or auto), logo_path (a PNG or JPEG file), charter_commitments, "
                    "silent_days, end_soon_days, retention_months, backup_keep_last; an empty "
                    "VALUE clears a text",
                ),
                {"action": "append", "metavar": "KEY=VALUE", "dest": "changes"},
            ),
            _JSON,
        ),
    ),
    Command(
        "cohorts",
        "cli_setup",
        QT_TRANSLATE_NOOP(
            "CliHelp", "List the cohorts: dates, number of pairs, objectives, closed or open."
        ),
        "mentorat-desktop cohorts --db mentorat.sqlite3 --json",
        (_db(), _JSON),
    ),
    Command(
        "cohort",
        "cli_setup",
        QT_TRANSLATE_NOOP(
            "CliHelp", "Create a cohort, give it objectives, duplicate it for next year, close it."
        ),
        'mentorat-desktop cohort add --db mentorat.sqlite3 --name "Printemps 2026" '
        "--start 2026-03-01 --end 2026-12-15",
        (),
        actions=(
            Command(
                "add",
                "cli_setup",
                QT_TRANSLATE_NOOP("CliHelp", "Create a cohort."),
                'mentorat-desktop cohort add --db mentorat.sqlite3 --name "Printemps 2026" '
                "--start 2026-03-01 --end 2026-12-15",
                (
                    _db(),
                    _COHORT_NAME,
                    Option(
                        ("--start",),
                        QT_TRANSLATE_NOOP("CliHelp", "its first day, e.g. 2026-03-01"),
                        {"metavar": "DATE"},
                    ),
                    Option(
                        ("--end",),
                        QT_TRANSLATE_NOOP("CliHelp", "its last day, e.g. 2026-12-15"),
                        {"metavar": "DATE"},
                    ),
                    Option(
                        ("--description",),
                        QT_TRANSLATE_NOOP("CliHelp", "a few words about it"),
                        {"metavar": "TEXT"},
                    ),
                ),
            ),
            Command(
                "objective",
                "cli_setup",
                QT_TRANSLATE_NOOP(
                    "CliHelp", "Give a cohort an objective, with its success indicator."
                ),
                'mentorat-desktop cohort objective --db mentorat.sqlite3 --name "Printemps 2026" '
                '--text "Gagner en autonomie numérique" '
                '--indicator "Une démarche en ligne faite seule" --target "80 %"',
                (
                    _db(),
                    _COHORT_NAME,
                    Option(
                        ("--text",),
                        QT_TRANSLATE_NOOP("CliHelp", "the objective"),
                        {"required": True, "metavar": "TEXT"},
                    ),
                    Option(
                        ("--indicator",),
                        QT_TRANSLATE_NOOP("CliHelp", "how its success is seen"),
                        {"metavar": "TEXT"},
                    ),
                    Option(
                        ("--target",),
                        QT_TRANSLATE_NOOP("CliHelp", "the value aimed at, e.g. 12 pairs"),
                        {"metavar": "TEXT"},
                    ),
                ),
            ),
            Command(
                "duplicate",
                "cli_setup",
                QT_TRANSLATE_NOOP(
                    "CliHelp",
                    "Copy a cohort for next year: the same objectives, its dates a year on.",
                ),
                'mentorat-desktop cohort duplicate --db mentorat.sqlite3 --name "Printemps 2026" '
                '--as "Printemps 2027"',
                (
                    _db(),
                    _COHORT_NAME,
                    Option(
                        ("--as",),
                        QT_TRANSLATE_NOOP("CliHelp", "the new cohort's name"),
                        {"required": True, "metavar": "NEW_NAME", "dest": "new_name"},
                    ),
                ),
            ),
            Command(
                "close",
                "cli_setup",
                QT_TRANSLATE_NOOP(
                    "CliHelp", "Close a cohort: its pairs stay, new pairs can no longer join it."
                ),
                'mentorat-desktop cohort close --db mentorat.sqlite3 --name "Printemps 2026"',
                (
                    _db(),
                    _COHORT_NAME,
                    Option(
                        ("--on",),
                        QT_TRANSLATE_NOOP("CliHelp", "the day it closes (default: today)"),
                        {"metavar": "DATE"},
                    ),
                ),
            ),
            Command(
                "reopen",
                "cli_setup",
                QT_TRANSLATE_NOOP("CliHelp", "Open a closed cohort again."),
                'mentorat-desktop cohort reopen --db mentorat.sqlite3 --name "Printemps 2026"',
                (_db(), _COHORT_NAME),
            ),
        ),
    ),
    Command(
        "group",
        "cli_groups",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Local groups of a network: create, rename or delete one, list them, put members, "
            "cohorts and pairs in one.",
        ),
        "mentorat-desktop group assign --db mentorat.sqlite3 --group Lyon --members "
        'zoe@exemple.org "François Roy"',
        (),
        actions=(
            Command(
                "add",
                "cli_groups",
                QT_TRANSLATE_NOOP("CliHelp", "Create a local group."),
                "mentorat-desktop group add Lyon --db mentorat.sqlite3",
                (_GROUP_NAME, _db()),
            ),
            Command(
                "list",
                "cli_groups",
                QT_TRANSLATE_NOOP(
                    "CliHelp", "List the local groups with their members, cohorts and pairs."
                ),
                "mentorat-desktop group list --db mentorat.sqlite3",
                (_db(), _JSON),
            ),
            Command(
                "rename",
                "cli_groups",
                QT_TRANSLATE_NOOP("CliHelp", "Give a local group another name."),
                'mentorat-desktop group rename Lyon --new-name "Lyon Est" --db mentorat.sqlite3',
                (
                    _GROUP_NAME,
                    _db(),
                    Option(
                        ("--new-name",),
                        QT_TRANSLATE_NOOP("CliHelp", "the group's new name"),
                        {"required": True, "metavar": "NEW_NAME", "dest": "new_name"},
                    ),
                ),
            ),
            Command(
                "delete",
                "cli_groups",
                QT_TRANSLATE_NOOP(
                    "CliHelp",
                    "Delete a local group: its members, cohorts and pairs stay, in no group.",
                ),
                "mentorat-desktop group delete Lyon --db mentorat.sqlite3",
                (_GROUP_NAME, _db()),
            ),
            Command(
                "assign",
                "cli_groups",
                QT_TRANSLATE_NOOP(
                    "CliHelp",
                    "Put members, a cohort or pairs in a local group (a member's pairs as "
                    "mentee follow them).",
                ),
                "mentorat-desktop group assign --db mentorat.sqlite3 --group Lyon "
                '--cohort "Printemps 2026"',
                (
                    _db(),
                    Option(
                        ("--group",),
                        QT_TRANSLATE_NOOP("CliHelp", "the local group (its name)"),
                        {"required": True, "metavar": "NAME"},
                    ),
                    Option(
                        ("--members",),
                        QT_TRANSLATE_NOOP(
                            "CliHelp", "the members: e-mail addresses or “First Last”, one or more"
                        ),
                        {"nargs": "+", "metavar": "WHO"},
                    ),
                    Option(
                        ("--cohort",),
                        QT_TRANSLATE_NOOP("CliHelp", "a cohort (its name)"),
                        {"metavar": "NAME"},
                    ),
                    Option(
                        ("--pairs",),
                        QT_TRANSLATE_NOOP("CliHelp", "pairs by their numbers"),
                        {"nargs": "+", "type": int, "metavar": "ID"},
                    ),
                ),
            ),
        ),
    ),
    Command(
        "training",
        "cli_training",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Plan mentor training sessions, record who attended, print the sign-in sheet and "
            "the attestations.",
        ),
        'mentorat-desktop training add --db mentorat.sqlite3 --title "Écouter, transmettre" '
        '--date 2026-03-14 --hours 3 --trainer "Samia Benali"',
        (),
        actions=(
            Command(
                "add",
                "cli_training",
                QT_TRANSLATE_NOOP("CliHelp", "Plan a training session."),
                'mentorat-desktop training add --db mentorat.sqlite3 --title "Écouter, '
                'transmettre" --date 2026-03-14 --hours 3 --trainer "Samia Benali"',
                (
                    _db(),
                    Option(
                        ("--title",),
                        QT_TRANSLATE_NOOP("CliHelp", "what the session is called"),
                        {"required": True, "metavar": "TEXT"},
                    ),
                    Option(
                        ("--date",),
                        QT_TRANSLATE_NOOP("CliHelp", "the day it is held, e.g. 2026-03-14"),
                        {"required": True, "metavar": "DATE"},
                    ),
                    Option(
                        ("--hours",),
                        QT_TRANSLATE_NOOP(
                            "CliHelp", "how long it lasts, e.g. 3, 2h30 (default: 3 hours)"
                        ),
                        {"default": "3", "metavar": "H"},
                    ),
                    Option(
                        ("--trainer",),
                        QT_TRANSLATE_NOOP("CliHelp", "who runs it"),
                        {"metavar": "NAME"},
                    ),
                    Option(
                        ("--place",),
                        QT_TRANSLATE_NOOP("CliHelp", "where it is held"),
                        {"metavar": "TEXT"},
                    ),
                    Option(
                        ("--topics",),
                        QT_TRANSLATE_NOOP("CliHelp", "what it covers"),
                        {"metavar": "TEXT"},
                    ),
                ),
            ),
            Command(
                "list",
                "cli_training",
                QT_TRANSLATE_NOOP(
                    "CliHelp", "List the training sessions, the latest first, with attendance."
                ),
                "mentorat-desktop training list --db mentorat.sqlite3",
                (_db(), _JSON),
            ),
            Command(
                "attend",
                "cli_training",
                QT_TRANSLATE_NOOP(
                    "CliHelp",
                    "Record members as present at a session: their training date becomes its date.",
                ),
                "mentorat-desktop training attend --db mentorat.sqlite3 --session 3 "
                '--member zoe@exemple.org --member "Léo Bélanger"',
                (
                    _db(),
                    _TRAINING_SESSION,
                    Option(
                        ("--member",),
                        QT_TRANSLATE_NOOP(
                            "CliHelp", "a member present (e-mail or “First Last”); repeat it"
                        ),
                        {"required": True, "action": "append", "metavar": "WHO"},
                    ),
                ),
            ),
            Command(
                "sheet",
                "cli_training",
                QT_TRANSLATE_NOOP("CliHelp", "Print a session's sign-in sheet to PDF."),
                "mentorat-desktop training sheet --db mentorat.sqlite3 --session 3 "
                "-o emargement.pdf",
                (
                    _db(),
                    _TRAINING_SESSION,
                    _output(QT_TRANSLATE_NOOP("CliHelp", "the PDF file to write")),
                ),
            ),
            Command(
                "attestations",
                "cli_training",
                QT_TRANSLATE_NOOP(
                    "CliHelp", "Print an attestation for each member present at a session (PDF)."
                ),
                "mentorat-desktop training attestations --db mentorat.sqlite3 --session 3 "
                "-o attestations.pdf",
                (
                    _db(),
                    _TRAINING_SESSION,
                    _output(QT_TRANSLATE_NOOP("CliHelp", "the PDF file to write")),
                ),
            ),
        ),
    ),
    Command(
        "import-sessions",
        "cli_commands",
        QT_TRANSLATE_NOOP("CliHelp", "Add the sessions of a CSV or XLSX file (one transaction)."),
        "mentorat-desktop import-sessions rencontres.csv --db mentorat.sqlite3",
        (
            Option(
                ("file",),
                QT_TRANSLATE_NOOP("CliHelp", "the CSV or XLSX file"),
                {"type": Path, "metavar": "FILE"},
            ),
            _db(),
            _DRY_RUN,
        ),
    ),
    Command(
        "followup",
        "cli_commands",
        QT_TRANSLATE_NOOP("CliHelp", "Hours of each pair in a month, against its commitment."),
        "mentorat-desktop followup --db mentorat.sqlite3 --month 2026-11",
        (
            _db(),
            Option(
                ("--month",),
                QT_TRANSLATE_NOOP("CliHelp", "the month, YYYY-MM"),
                {"required": True, "metavar": "MONTH"},
            ),
            _JSON,
            _GROUP,
        ),
    ),
    Command(
        "report",
        "cli_report",
        QT_TRANSLATE_NOOP(
            "CliHelp", "Write the activity report of a period (for the board and funders) to PDF."
        ),
        "mentorat-desktop report --db mentorat.sqlite3 --from 2026-01-01 --to 2026-12-31 "
        '--cohort "Printemps 2026" -o rapport-2026.pdf',
        (
            _db(),
            *_PERIOD,
            _output(QT_TRANSLATE_NOOP("CliHelp", "the PDF file to write")),
            Option(
                ("--names",),
                QT_TRANSLATE_NOOP(
                    "CliHelp", "name who said what they learned (left out by default)"
                ),
                {"action": "store_true"},
            ),
        ),
    ),
    Command(
        "indicators",
        "cli_report",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "The figures of a period: pairs, hours, commitment, objectives, satisfaction.",
        ),
        "mentorat-desktop indicators --db mentorat.sqlite3 --from 01/01/2026 --to 31/12/2026 "
        "--json",
        (_db(), *_PERIOD, _JSON),
    ),
    Command(
        "backup",
        "cli_data",
        QT_TRANSLATE_NOOP("CliHelp", "Write a checked backup now and print where it is."),
        "mentorat-desktop backup --db mentorat.sqlite3",
        (
            _db(),
            _output(
                QT_TRANSLATE_NOOP(
                    "CliHelp", "write it to this new file instead of the backups folder"
                ),
                required=False,
            ),
        ),
    ),
    Command(
        "backups",
        "cli_data",
        QT_TRANSLATE_NOOP("CliHelp", "List the backups: when, why, what each holds."),
        "mentorat-desktop backups --db mentorat.sqlite3",
        (_db(), _JSON),
    ),
    Command(
        "restore",
        "cli_data",
        QT_TRANSLATE_NOOP(
            "CliHelp", "Put a backup back in place (the current state is backed up first)."
        ),
        "mentorat-desktop restore mentorat-backups/mentorat-2026-11-30_180000-close.sqlite3 "
        "--db mentorat.sqlite3",
        (
            Option(
                ("backup",),
                QT_TRANSLATE_NOOP("CliHelp", "the backup file"),
                {"type": Path, "metavar": "BACKUP"},
            ),
            _db(),
        ),
    ),
    Command(
        "check",
        "cli_data",
        QT_TRANSLATE_NOOP(
            "CliHelp", "Check the database (exit status 0: sound, 1: problems, 2: cannot open)."
        ),
        "mentorat-desktop check --db mentorat.sqlite3 --repair",
        (
            _db(),
            Option(
                ("--repair",),
                QT_TRANSLATE_NOOP(
                    "CliHelp", "repair what can be repaired safely (a backup is made first)"
                ),
                {"action": "store_true"},
            ),
        ),
    ),
    Command(
        "export-person",
        "cli_data",
        QT_TRANSLATE_NOOP(
            "CliHelp", "Write everything kept about one person to a JSON file (access request)."
        ),
        "mentorat-desktop export-person --db mentorat.sqlite3 --member zoe@exemple.org -o zoe.json",
        (
            _db(),
            Option(
                ("--member",),
                QT_TRANSLATE_NOOP("CliHelp", "an e-mail address or a member number"),
                {"required": True, "metavar": "WHO"},
            ),
            _output(QT_TRANSLATE_NOOP("CliHelp", "the JSON file to write")),
        ),
    ),
    Command(
        "processing-record",
        "cli_data",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Print the record of processing: what is kept about members, why, how long.",
        ),
        "mentorat-desktop processing-record --db mentorat.sqlite3 -o registre.pdf",
        (_db(), _output(QT_TRANSLATE_NOOP("CliHelp", "the PDF file to write"))),
    ),
    Command(
        "erase-person",
        "cli_data",
        QT_TRANSLATE_NOOP(
            "CliHelp", "Erase one person's personal data; their pairs' hours stay, unnamed."
        ),
        "mentorat-desktop erase-person --db mentorat.sqlite3 --member 42 --yes",
        (
            _db(),
            Option(
                ("--member",),
                QT_TRANSLATE_NOOP("CliHelp", "an e-mail address or a member number"),
                {"required": True, "metavar": "WHO"},
            ),
            Option(
                ("--yes",),
                QT_TRANSLATE_NOOP("CliHelp", "confirm: erasing cannot be undone"),
                {"action": "store_true"},
            ),
        ),
    ),
    Command(
        "speed-meeting",
        "cli_event",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Seat the members present for speed-meeting rounds and print the rota to PDF.",
        ),
        "mentorat-desktop speed-meeting --db mentorat.sqlite3 --members presents.txt "
        "--rounds 8 -o rotation.pdf",
        (
            _db(),
            Option(
                ("--members",),
                QT_TRANSLATE_NOOP(
                    "CliHelp",
                    "who is present: a text file with one name or e-mail a line, "
                    "or names separated by commas",
                ),
                {"required": True, "metavar": "FILE_OR_LIST"},
            ),
            Option(
                ("--rounds",),
                QT_TRANSLATE_NOOP("CliHelp", "how many rounds (1 to 99)"),
                {"type": int, "required": True, "metavar": "N"},
            ),
            Option(
                ("--json",),
                QT_TRANSLATE_NOOP(
                    "CliHelp",
                    "also print each round's meetings as JSON (member numbers and table)",
                ),
                {"action": "store_true"},
            ),
            _output(QT_TRANSLATE_NOOP("CliHelp", "the PDF file to write")),
        ),
    ),
    # Moving a register between the laptop and a server (cli_moving.py).
    Command(
        "migrate-to",
        "cli_moving",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Copy the laptop's database into an empty database on a server (all or none).",
        ),
        "mentorat-desktop migrate-to postgresql://claire@serveur.exemple.org/mentorat "
        "--db mentorat.sqlite3",
        (
            Option(
                ("address",),
                QT_TRANSLATE_NOOP(
                    "CliHelp",
                    "the server database's address (postgresql://...), empty or just created",
                ),
                {"metavar": "URL"},
            ),
            _db(),
        ),
    ),
    Command(
        "export",
        "cli_moving",
        QT_TRANSLATE_NOOP(
            "CliHelp", "Copy the server's database into a new file, for an event with no network."
        ),
        "mentorat-desktop export --db postgresql://claire@serveur.exemple.org/mentorat "
        "-o salon.sqlite3",
        (_db(), _output(QT_TRANSLATE_NOOP("CliHelp", "the new file to write"))),
    ),
    Command(
        "merge-back",
        "cli_moving",
        QT_TRANSLATE_NOOP(
            "CliHelp",
            "Carry what was changed in an exported file back into the server; list conflicts.",
        ),
        "mentorat-desktop merge-back salon.sqlite3 "
        "--db postgresql://claire@serveur.exemple.org/mentorat --conflicts conflits.csv",
        (
            Option(
                ("file",),
                QT_TRANSLATE_NOOP("CliHelp", "the file written by export, used at the event"),
                {"type": Path, "metavar": "FILE"},
            ),
            _db(),
            _DRY_RUN,
            Option(
                ("--conflicts",),
                QT_TRANSLATE_NOOP("CliHelp", "also write the conflicts to this CSV file"),
                {"type": Path, "metavar": "FILE"},
            ),
        ),
    ),
)
BY_NAME = {command.name: command for command in COMMANDS}

_LANG = Option(
    ("--lang",),
    QT_TRANSLATE_NOOP("CliHelp", "language of the messages: fr_FR, fr_CA or en"),
    {"metavar": "LANG"},
)
# Who is recorded on what a command changes (core/coordinator.py). Left out of the namespace
# when not given (SUPPRESS), so that an action's parser does not reset the command's.
_AS = Option(
    ("--as",),
    QT_TRANSLATE_NOOP(
        "CliHelp",
        "the name recorded on what this command changes (by default the MENTORAT_COORDINATOR "
        "variable, else your login name)",
    ),
    {"dest": "coordinator", "metavar": "NAME", "default": argparse.SUPPRESS},
)


# argparse's own words, marked for the catalogues (argparse looks them up through its
# module's ``_`` function, which ``translate_argparse`` points at our catalogues).
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def translate_argparse_message(message: str) -> str:
    """An error message argparse made before the language was installed, in that language:
    matched against argparse's templates, then written again with the translated one."""
    placeholder = re.compile(r"%(?:\((\w+)\))?[sr]")
    for template in ARGPARSE_WORDS:
        pieces = placeholder.split(template)  # literal, name, literal, name, ...
        names = [name or f"_{i}" for i, name in enumerate(pieces[1::2])]
        pattern = "".join(
            re.escape(piece) if k % 2 == 0 else f"(?P<{names[k // 2]}>.*?)"
            for k, piece in enumerate(pieces)
        )
        found = re.fullmatch(pattern, message, re.DOTALL)
        if found is None:
            continue
        # Nested messages ("argument --x: invalid choice: ...") are translated in turn; the
        # values themselves were formatted by argparse (quotes included) and stay as they are.
        values = {k: translate_argparse_message(v) for k, v in found.groupdict().items()}
        translated = placeholder.split(QCoreApplication.translate("argparse", template))
        if len(translated) != len(pieces):
            return message
        out = []
        for k, piece in enumerate(translated):
            out.append(piece if k % 2 == 0 else values[piece or names[k // 2]])
        return "".join(out)
    return message


def translate_argparse() -> None:
    """Route argparse's own words through our catalogues (the application has its language
    installed by then)."""

    def translated(text: str) -> str:
        return QCoreApplication.translate("argparse", text)

    argparse._ = translated  # type: ignore[attr-defined]


Translate = Callable[[str], str]


def translated(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP("CliHelp", ...)) in the installed language."""
    return QCoreApplication.translate("CliHelp", text)


def untranslated(text: str) -> str:
    return text


def add_options(
    parser: argparse.ArgumentParser, options: tuple[Option, ...], tr: Translate
) -> None:
    # --as names the coordinator everywhere except where a command already gives it another
    # meaning (a cohort duplicated or a group renamed "as" a new name): there it is said
    # before the action ("cohort --as NAME duplicate ..."), or by MENTORAT_COORDINATOR.
    taken = any("--as" in option.flags for option in options)
    for option in (*options, _LANG, *(() if taken else (_AS,))):
        parser.add_argument(*option.flags, help=tr(option.help), **option.kwargs)


def example_text(command: Command, tr: Translate) -> str:
    return tr(QT_TRANSLATE_NOOP("CliHelp", "Example:")) + "\n  " + command.example


def open_description(tr: Translate) -> str:
    lines = [
        tr(
            QT_TRANSLATE_NOOP(
                "CliHelp", "Mentorat: run a reverse-mentoring program from a laptop, offline."
            )
        ),
        "",
        tr(
            QT_TRANSLATE_NOOP(
                "CliHelp", "Commands (add --help after one for its options and an example):"
            )
        ),
    ]
    width = max(len(c.name) for c in COMMANDS)
    lines += [f"  {c.name.ljust(width)}  {tr(c.summary)}" for c in COMMANDS]
    return "\n".join(lines)


OPEN_OPTIONS = (
    _db(required=False),
    Option(
        ("--demo",),
        QT_TRANSLATE_NOOP("CliHelp", "open the demo association (a file of its own)"),
        {"action": "store_true"},
    ),
    Option(
        ("--version",),
        QT_TRANSLATE_NOOP("CliHelp", "print the version of Mentorat, then stop"),
        {"action": "version", "version": f"Mentorat {__version__}"},
    ),
)
