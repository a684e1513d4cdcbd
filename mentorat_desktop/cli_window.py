"""The command that opens the window (no command given, or --demo): the program's start-up.

It is kept apart from the other commands so that starting the window loads only what the
window needs: the parser (cli.py), this module, then the GUI; the services, backups and
database helpers that commands use wait until they are asked for.
"""

from __future__ import annotations

import argparse

from mentorat_desktop.cli_output import EXIT_NOTHING_DONE, language_option
from mentorat_desktop.core.database import (
    default_database_path,
    demo_database_path,
    make_private_dir,
)
from mentorat_desktop.gui import collector


def run_open(args: argparse.Namespace, collections_held: bool = False) -> int:
    """Open the window. ``collections_held``: Python's collections were stopped by the entry
    point (start.py); otherwise they are stopped here, for the window's start."""
    language = language_option(args)
    if args.demo:
        path = demo_database_path()
        make_private_dir(path.parent)
        if not path.exists():
            # lazy: the demo generator, only the first time the demo is opened
            from mentorat_desktop.core.demo_file import write_demo_whole

            write_demo_whole(path)
    elif args.db is not None:
        path = args.db
    else:
        path = default_database_path()
        make_private_dir(path.parent)
    # lazy: the check of Qt's system libraries, only when the window is opened
    from mentorat_desktop.system_check import report_missing

    if report_missing(language):  # Qt would abort with a misleading message
        return EXIT_NOTHING_DONE
    # Python's collections wait until the window is drawn (gui/collector.py).
    held = collector.hold() or collections_held
    # lazy: the GUI and QtWidgets, only when the window is opened
    from mentorat_desktop.gui.run import run_gui

    return run_gui(path, language, collections_held=held)
