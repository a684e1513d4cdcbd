"""The core never needs Qt: the command line and the tests of the core run without it, and a
Qt import hidden in the core would drag the GUI toolkit into every command."""

from __future__ import annotations

import json
import subprocess
import sys

# In a fresh interpreter (this one has imported Qt already for the GUI tests): import the
# core and every module under it, then say which PySide6 or shiboken modules were loaded.
SCRIPT = """
import importlib, json, pkgutil, sys
import mentorat_desktop.core as core
# migrations.env is Alembic's script, run by Alembic with its context (not importable alone).
names = sorted(
    m.name
    for m in pkgutil.walk_packages(core.__path__, core.__name__ + ".")
    if m.name != "mentorat_desktop.core.migrations.env"
)
failed = {}
for name in names:
    try:
        importlib.import_module(name)
    except Exception as exc:  # said below: a module that cannot be imported is a failure too
        failed[name] = type(exc).__name__ + ": " + str(exc)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"modules": names, "failed": failed, "qt": qt}))
"""


def test_importing_every_core_module_loads_no_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=True
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(found["modules"]) > 20  # the walk did find the core's modules
    assert "mentorat_desktop.core.matching.pool" in found["modules"]
    assert found["failed"] == {}
    assert found["qt"] == [], f"the core loaded Qt: {found['qt']}"
