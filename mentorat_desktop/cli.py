"""The command line: the same core as the GUI, messages in the chosen language.

Exit status: 0 done; 1 done, but some input rows were refused; 2 nothing done.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

EXIT_OK = 0
EXIT_SOME_REFUSED = 1
EXIT_NOTHING_DONE = 2

COMMANDS = (
    "demo",
    "import-members",
    "export-members",
    "screenshot",
    "match",
    "add-pair",
    "charter",
    "charters",
    "import-sessions",
    "followup",
    "backup",
    "backups",
    "restore",
    "check",
    "export-person",
    "erase-person",
)
# Commands whose handlers live in cli_data (backups, checks, one person's data).
DATA_COMMANDS = ("backup", "backups", "restore", "check", "export-person", "erase-person")
VIEWS = ("members", "pairs", "sessions", "followup", "dashboard")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors end with status 2, in the chosen language."""

    argv: list[str] | None = None  # the arguments being parsed, to find --lang in them

    def error(self, message: str) -> None:  # type: ignore[override]
        from mentorat_desktop.cli_messages import usage_error

        self.print_usage(sys.stderr)
        print(usage_error(message, self.argv), file=sys.stderr)
        sys.exit(EXIT_NOTHING_DONE)


def _open_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mentorat-desktop",
        description="Mentorat: run a reverse-mentoring program. "
        f"Commands: {', '.join(COMMANDS)} (add --help after one for its options).",
    )
    parser.add_argument("--db", type=Path, help="database file (default: your data folder)")
    parser.add_argument("--lang", help="fr_FR, fr_CA or en")
    parser.add_argument("--demo", action="store_true", help="open the demo database")
    return parser


def _command_parser(command: str) -> argparse.ArgumentParser:
    parser = _Parser(prog=f"mentorat-desktop {command}")
    parser.add_argument("--lang", help="fr_FR, fr_CA or en")
    if command == "demo":
        parser.add_argument("path", type=Path)
        parser.add_argument("--members", type=int, default=120)
        parser.add_argument("--seed", type=int, default=2026)
    elif command == "import-members":
        parser.add_argument("file", type=Path)
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("--dry-run", action="store_true")
    elif command == "export-members":
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("-o", "--output", type=Path, required=True)
    elif command == "match":
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("--json", action="store_true")
        parser.add_argument("--apply", action="store_true")
    elif command == "add-pair":
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("--mentor", required=True)
        parser.add_argument("--mentee", required=True)
        parser.add_argument("--start")
    elif command == "charter":
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("--pair", type=int, required=True)
        parser.add_argument("-o", "--output", type=Path, required=True)
    elif command == "charters":
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("--status", choices=["proposed", "active", "paused", "ended"])
        parser.add_argument("--copies", type=int, choices=[1, 2], default=1)
        parser.add_argument("-o", "--output", type=Path, required=True)
    elif command == "import-sessions":
        parser.add_argument("file", type=Path)
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("--dry-run", action="store_true")
    elif command == "followup":
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("--month", required=True)
        parser.add_argument("--json", action="store_true")
    elif command == "backup":
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("-o", "--output", type=Path)
    elif command == "backups":
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("--json", action="store_true")
    elif command == "restore":
        parser.add_argument("backup", type=Path)
        parser.add_argument("--db", type=Path, required=True)
    elif command == "check":
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("--repair", action="store_true")
    elif command == "export-person":
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("--member", required=True)
        parser.add_argument("-o", "--output", type=Path, required=True)
    elif command == "erase-person":
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("--member", required=True)
        parser.add_argument("--yes", action="store_true")
    elif command == "screenshot":
        parser.add_argument("--db", type=Path, required=True)
        parser.add_argument("--view", default="members", choices=list(VIEWS))
        parser.add_argument("--size", default="1280x800")
        parser.add_argument("-o", "--output", type=Path, required=True)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if os.name == "posix":
        # Everything this process creates (database, backups, exports, charters) is the
        # user's alone.
        os.umask(0o077)
    if args_list and args_list[0] in COMMANDS:
        command = args_list[0]
        parser = _command_parser(command)
        parser.argv = args_list  # type: ignore[attr-defined]
        args = parser.parse_args(args_list[1:])
        if command in DATA_COMMANDS:
            from mentorat_desktop import cli_data as module
        else:
            from mentorat_desktop import cli_commands as module  # type: ignore[no-redef]

        handler: Callable[[argparse.Namespace], int] = getattr(
            module, "run_" + command.replace("-", "_")
        )
        return _guarded(handler, args, args_list)
    parser = _open_parser()
    parser.argv = args_list  # type: ignore[attr-defined]
    args = parser.parse_args(args_list)
    from mentorat_desktop.cli_commands import run_open

    return _guarded(run_open, args, args_list)


def _guarded(
    handler: Callable[[argparse.Namespace], int], args: argparse.Namespace, argv: list[str]
) -> int:
    """Run a command; a failure ends in a sentence in the user's language and status 2,
    never in a traceback (SQLAlchemy's would print members' names and e-mails)."""
    from mentorat_desktop.core.errors import StorageError, storage_problem_of

    try:
        return handler(args)
    except StorageError as exc:
        _fail(argv, exc)
    except KeyboardInterrupt:
        _fail(argv, None, interrupted=True)
    except Exception as exc:
        problem = storage_problem_of(exc)
        if problem is not None:
            _fail(argv, StorageError(problem))
        if os.environ.get("MENTORAT_DEBUG"):
            raise
        _fail(argv, None)
    return EXIT_NOTHING_DONE


def _fail(argv: list[str], error: object, interrupted: bool = False) -> None:
    from PySide6.QtCore import QCoreApplication

    from mentorat_desktop.cli_messages import ensure_translations, language_from_argv
    from mentorat_desktop.core.errors import StorageError

    language = ensure_translations(language_from_argv(argv))
    if isinstance(error, StorageError):
        from mentorat_desktop.i18n.storage_messages import storage_error

        text = storage_error(error, language)
    elif interrupted:
        text = QCoreApplication.translate(
            "Cli", "Interrupted. What was not finished was not saved."
        )
    else:
        text = QCoreApplication.translate(
            "Cli",
            "Something unexpected went wrong. What was not finished was not saved. "
            "Run the check command to make sure the database is sound.",
        )
    print(text, file=sys.stderr)
    raise SystemExit(EXIT_NOTHING_DONE)
