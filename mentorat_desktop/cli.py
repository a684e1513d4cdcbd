"""The command line: the same core as the GUI, messages in the chosen language.

Exit status: 0 done; 1 done, but some input rows were refused; 2 nothing done.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from mentorat_desktop import cli_spec
from mentorat_desktop.cli_messages import ensure_translations, language_from_argv, usage_error
from mentorat_desktop.cli_output import EXIT_NOTHING_DONE, EXIT_OK, EXIT_SOME_REFUSED
from mentorat_desktop.cli_window import run_open
from mentorat_desktop.core.coordinator import ENVIRONMENT, cleaned_name
from mentorat_desktop.core.errors import StorageError, storage_problem_of
from mentorat_desktop.gui import collector

__all__ = ["EXIT_NOTHING_DONE", "EXIT_OK", "EXIT_SOME_REFUSED", "main"]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors end with status 2, in the chosen language."""

    argv: list[str] | None = None  # the arguments being parsed, to find --lang in them

    def error(self, message: str) -> None:  # type: ignore[override]
        ensure_translations(language_from_argv(self.argv))
        cli_spec.translate_argparse()
        self.print_usage(sys.stderr)
        message = cli_spec.translate_argparse_message(message)
        print(usage_error(message, self.argv), file=sys.stderr)
        sys.exit(EXIT_NOTHING_DONE)


def _help_language(argv: list[str]) -> cli_spec.Translate:
    """When help is asked for, install the language first and build the help in it.
    (Otherwise nothing Qt is created here: the window or a screenshot needs a QApplication,
    not the QCoreApplication the translations would create.)"""
    if "-h" not in argv and "--help" not in argv:
        return cli_spec.untranslated

    ensure_translations(language_from_argv(argv))
    cli_spec.translate_argparse()
    return cli_spec.translated


def _open_parser(tr: cli_spec.Translate) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mentorat-desktop",
        description=cli_spec.open_description(tr),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cli_spec.add_options(parser, cli_spec.OPEN_OPTIONS, tr)
    return parser


def _command_parser(
    command: str, tr: cli_spec.Translate, argv: list[str] | None = None
) -> argparse.ArgumentParser:
    spec = cli_spec.BY_NAME[command]
    parser = _Parser(
        prog=f"mentorat-desktop {command}",
        description=tr(spec.summary),
        epilog=cli_spec.example_text(spec, tr),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.argv = argv
    cli_spec.add_options(parser, spec.options, tr)
    if spec.actions:
        # "cohort add ...": one sub-parser per action, with its own options and example.
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        for action in spec.actions:
            sub = actions.add_parser(
                action.name,
                help=tr(action.summary),
                description=tr(action.summary),
                epilog=cli_spec.example_text(action, tr),
                formatter_class=argparse.RawDescriptionHelpFormatter,
            )
            sub.argv = argv
            cli_spec.add_options(sub, action.options, tr)
    return parser


def _handler_name(command: str, args: argparse.Namespace) -> str:
    """run_<command>, or run_<command>_<action> for a command with sub-actions."""
    action = getattr(args, "action", None) if cli_spec.BY_NAME[command].actions else None
    name = command if action is None else f"{command}_{action}"
    return "run_" + name.replace("-", "_")


def main(argv: Sequence[str] | None = None, collections_held: bool = False) -> int:
    """Run the command given (none: open the window). ``collections_held``: the entry point
    (start.py) stopped Python's automatic collections before importing this module; the
    window's start resumes them once drawn, any other command as soon as its arguments are
    read."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if os.name == "posix":
        # Everything this process creates (database, backups, exports, charters) is the
        # user's alone.
        os.umask(0o077)
    tr = _help_language(args_list)
    if args_list and args_list[0] in cli_spec.BY_NAME:
        command = args_list[0]
        parser = _command_parser(command, tr, args_list)
        args = parser.parse_args(args_list[1:])
        collector.release(collections_held)
        _record_as(args)
        module = importlib.import_module(f"mentorat_desktop.{cli_spec.BY_NAME[command].module}")
        handler: Callable[[argparse.Namespace], int] = getattr(module, _handler_name(command, args))
        return _guarded(handler, args, args_list)
    parser = _open_parser(tr)
    parser.argv = args_list  # type: ignore[attr-defined]
    args = parser.parse_args(args_list)
    _record_as(args)

    return _guarded(lambda opened: run_open(opened, collections_held), args, args_list)


def _record_as(args: argparse.Namespace) -> None:
    """--as NAME: the name recorded on what this run changes. It stands for the
    MENTORAT_COORDINATOR variable for this process (core/coordinator.py reads it)."""
    name = cleaned_name(getattr(args, "coordinator", None))
    if name is not None:
        os.environ[ENVIRONMENT] = name


def _guarded(
    handler: Callable[[argparse.Namespace], int], args: argparse.Namespace, argv: list[str]
) -> int:
    """Run a command; a failure ends in a sentence in the user's language and status 2,
    never in a traceback (SQLAlchemy's would print members' names and e-mails)."""
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
    language = ensure_translations(language_from_argv(argv))
    if isinstance(error, StorageError):
        # lazy: the storage messages and the backups module they name, only on a failure
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
