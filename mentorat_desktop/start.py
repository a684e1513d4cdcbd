"""The program's entry point (``mentorat-desktop``, ``python -m mentorat_desktop`` and the
installers' executables): Python's automatic collections are held from the first import
(``gui/collector.py`` says why), PySide6's look at each later import is answered without
reading files (``gui/import_check.py``), then the command line takes over.

Importing the command line, Qt and the window's modules makes tens of thousands of objects
that live as long as the program; held from here rather than from the window's command, the
collections no longer walk them about thirty times during those imports (about 9 ms of the
start). A command other than the window resumes them as soon as its arguments are read.
"""

from __future__ import annotations

from collections.abc import Sequence

from mentorat_desktop.gui import collector, import_check


def prepare() -> bool:
    """What the entry point does before its first heavy import; True when collections were
    held here (the command line resumes them)."""
    held = collector.hold()
    import_check.install()
    return held


def main(argv: Sequence[str] | None = None) -> int:
    held = prepare()
    try:
        # lazy: the command line, Qt and what they import, once collections are held
        from mentorat_desktop.cli import main as cli_main
    except BaseException:
        collector.release(held)
        raise
    return cli_main(argv, collections_held=held)
