"""The light part of what the command modules share: the exit statuses, the two output
streams and the --lang option. cli.py and the window's command (cli_window) need no more,
so that starting the window does not load what only commands use (the services, backups,
the database helpers of cli_common, which re-exports these names).
"""

from __future__ import annotations

import argparse
import json
import sys

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.cli_messages import ensure_translations
from mentorat_desktop.i18n import normalize_language

# Exit status: 0 done; 1 done, but some input rows were refused; 2 nothing done.
EXIT_OK = 0
EXIT_SOME_REFUSED = 1
EXIT_NOTHING_DONE = 2


def err(text: str) -> None:
    """A sentence for the user on the error stream (refusals, warnings, problems)."""
    print(text, file=sys.stderr)


def out(text: str) -> None:
    """What the command produces, on standard output."""
    print(text)


def dump_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def language_option(args: argparse.Namespace) -> str | None:
    """The language given with --lang (None without it); an unknown one ends the command
    with status 2 after saying which are known."""
    if getattr(args, "lang", None) is None:
        return None
    language = normalize_language(args.lang)
    if language is None:
        ensure_translations(None)
        err(
            QCoreApplication.translate(
                "Cli", "Unknown language “{value}”: use fr_FR, fr_CA or en."
            ).format(value=args.lang)
        )
        raise SystemExit(EXIT_NOTHING_DONE)
    return language
