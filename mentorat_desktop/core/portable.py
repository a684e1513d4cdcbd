"""Portable mode: the program run from a USB key keeps its data beside itself.

A file named ``mentorat-portable`` next to the program (the executable of a built folder)
turns it on, as portable password managers do: the database, its backups and the
preferences then live in ``Mentorat-data`` beside the program, and nothing is written to
the computer's own folders, so the key can be carried to an event and back.
"""

from __future__ import annotations

import sys
from pathlib import Path

MARKER = "mentorat-portable"
DATA_FOLDER = "Mentorat-data"


def portable_root(executable: str | Path | None = None) -> Path | None:
    """The folder that holds the data in portable mode, or None when the program is
    installed normally (no marker file beside ``executable``, by default this program)."""
    folder = Path(executable if executable is not None else sys.executable).resolve().parent
    if (folder / MARKER).is_file():
        return folder / DATA_FOLDER
    return None
