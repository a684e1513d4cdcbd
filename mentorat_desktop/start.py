"""The program's entry point (``mentorat-desktop``, ``python -m mentorat_desktop`` and the
installers' executables): Python's automatic collections are held from the first import
(``gui/collector.py`` says why), then the command line takes over.

Importing the command line, Qt and the window's modules makes tens of thousands of objects
that live as long as the program; held from here rather than from the window's command, the
collections no longer walk them about thirty times during those imports (about 9 ms of the
start). A command other than the window resumes them as soon as its arguments are read.
"""

from __future__ import annotations

from collections.abc import Sequence

from mentorat_desktop.gui import collector


def main(argv: Sequence[str] | None = None) -> int:
    held = collector.hold()
    try:
        # lazy: the command line, Qt and what they import, once collections are held
        from mentorat_desktop.cli import main as cli_main
    except BaseException:
        collector.release(held)
        raise
    return cli_main(argv, collections_held=held)
