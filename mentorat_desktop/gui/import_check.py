"""PySide6's question about every module imported after it, answered without reading files.

PySide6 lets a module opt in to Python-style names for Qt (``from __feature__ import
snake_case``). To know which modules might, it looks at each module imported after PySide6
and reads that module's whole source to search it for the word "PySide6". Everything the
program imports after Qt goes through this: about 120 modules at start-up, our own and the
standard library's, about 30 ms of the 400 before the window is drawn.

The answer is known without reading anything: the standard library and the libraries we
depend on (the database's, the PDFs', the spreadsheets', the solver's) never use PySide6,
and none of our modules opts in to a feature, so Qt's own names apply to each of them
whatever the answer (``True`` selects "no feature", ``False`` "not a PySide6 module", and
either way nothing is renamed). Any other module is still read as PySide6 does. The same
check made SQLAlchemy's first import about 55 ms longer, openpyxl's about 60 ms.

PySide6 keeps this question in a module of its own that is not a public interface:
``install()`` answers it only when that module has the expected shape and otherwise leaves
PySide6 as it is; start-up is then slower, not different.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"
_QUESTION = "_mod_uses_pyside"
_OURS = __name__.partition(".")[0]  # "mentorat_desktop"
# Top-level names that never mention PySide6: the standard library's, and those of the
# libraries in pyproject.toml's dependencies and what they import (tests/gui/
# test_import_check.py reads the installed ones to hold this true).
LIBRARIES = frozenset(
    {
        "_rl_accel",
        "alembic",
        "babel",
        "charset_normalizer",
        "et_xmlfile",
        "highspy",
        "mako",
        "markupsafe",
        "numpy",
        "openpyxl",
        "platformdirs",
        "pypdfium2",
        "pypdfium2_raw",
        "reportlab",
        "sqlalchemy",
        "typing_extensions",
    }
)
_NOT_PYSIDE = frozenset(sys.stdlib_module_names) | LIBRARIES


def _answer(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        top = str(getattr(module, "__name__", "")).partition(".")[0]
        if top == _OURS:
            return True
        if top in _NOT_PYSIDE:
            return False
        return original(module)

    uses_pyside.answers_without_reading = True  # type: ignore[attr-defined]
    return uses_pyside


def install() -> bool:
    """Load PySide6's package (not Qt's modules) and answer its question for our modules and
    the standard library from their names. True when the answer is in place (now or before)."""
    try:
        # lazy: PySide6's package only (shiboken and its feature module, not Qt's modules),
        # loaded by the entry point before anything else needs it
        import PySide6  # noqa: F401
    except ImportError:
        return False
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _QUESTION, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "answers_without_reading", False):
        return True
    setattr(feature, _QUESTION, _answer(original))
    return True
