"""Python's cyclic garbage collector, held while the window starts.

Starting the window makes tens of thousands of objects that live as long as the program:
modules, classes, the enumerations PySide6 builds for each Qt class on first use, the
members' rows. Each automatic collection walks all of them again, and during start-up these
collections added up to about a fifth of the time to the first drawn window. Start-up makes
no garbage cycles worth collecting, so collections wait until the window is on screen; then
they resume. Reference counting frees everything else as usual meanwhile.

``hold()`` is called where a start begins: the program's entry point (start.py, before the
command line and Qt are imported), and again by the command that opens the window and by the
screenshot command for when they are called directly; ``release()`` once the window is drawn
or the start has failed, or, for any other command, as soon as its arguments are read.
"""

from __future__ import annotations

import gc


def hold() -> bool:
    """Stop automatic collections; True when this call stopped them (``release`` needs it:
    a collector that was already off is left off)."""
    if not gc.isenabled():
        return False
    gc.disable()
    return True


def release(held: bool, freeze: bool = False) -> None:
    """Resume automatic collections if ``hold()`` stopped them (``held``). With ``freeze``,
    what exists now (what start-up made, which lives as long as the program) is left out of
    later collections, so that their pauses while the coordinator works stay short."""
    if not held:
        return
    if freeze:
        gc.freeze()
    gc.enable()
