"""Before Qt opens a window on Linux: are the system libraries its X11 platform needs there?

Qt's own message when one is missing names the wrong library ("xcb-cursor0", which may be
there) and aborts the process. This check names each missing library, gives the one line
that installs them, and lets the caller stop cleanly. It uses the standard library only, so
that ``tasks.py`` can run it before anything is installed.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# What Qt's X11 platform plugin (libqxcb) links to, and the Debian/Ubuntu package of each.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)

MESSAGES = {
    "fr": (
        "Mentorat ne peut pas ouvrir sa fenêtre\u00a0: il manque à cet ordinateur des "
        "bibliothèques du système ({libraries}).\nPour les installer, tapez dans un "
        "terminal\u00a0:\n\n    {command}\n\npuis relancez Mentorat."
    ),
    "en": (
        "Mentorat cannot open its window: this computer lacks system libraries "
        "({libraries}).\nTo install them, type in a terminal:\n\n    {command}\n\n"
        "then start Mentorat again."
    ),
}


def uses_x11(environ: dict[str, str] | None = None) -> bool:
    """Whether Qt will open its windows through X11 here (Linux, a display, no other
    platform asked for)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def _known_libraries() -> set[str] | None:
    """The shared libraries the dynamic linker knows (``ldconfig -p``), or None when it
    cannot tell."""
    ldconfig = shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if Path(p).exists()), None
    )
    if ldconfig is None:
        return None
    try:
        out = subprocess.run(
            [ldconfig, "-p"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return {line.split()[0] for line in out.splitlines()[1:] if line.strip()}


def _xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin, in the bundle of a built program or in PySide6."""
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "PySide6")
    try:
        spec = importlib.util.find_spec("PySide6")  # finds it without importing Qt
        if spec is not None and spec.origin:
            roots.append(Path(spec.origin).parent)
    except (ImportError, ValueError):
        pass
    for root in roots:
        for candidate in (
            root / "Qt" / "plugins" / "platforms" / "libqxcb.so",
            root / "plugins" / "platforms" / "libqxcb.so",
        ):
            if candidate.exists():
                return candidate
    return None


def _missing_by_ldd(plugin: Path) -> list[str] | None:
    try:
        out = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return sorted(set(_NOT_FOUND.findall(out)))


def missing_libraries(known: set[str] | None = None, plugin: Path | None = None) -> list[str]:
    """The shared libraries Qt's X11 platform needs and cannot find (sonames).

    With Qt installed, the plugin itself is asked (``ldd``: exact); before that, the table
    above is compared with what the dynamic linker knows. An empty list when nothing is
    missing or when this system cannot tell (then Qt will say what it finds)."""
    if known is None:
        plugin = plugin or _xcb_plugin()
        if plugin is not None:
            found = _missing_by_ldd(plugin)
            if found is not None:
                return found
        known = _known_libraries()
        if known is None:
            return []
    return sorted(name for name in DEBIAN_PACKAGES if name not in known)


def install_command(sonames: list[str]) -> str:
    """The one line that installs these libraries on Debian or Ubuntu."""
    packages = sorted({DEBIAN_PACKAGES.get(name, name) for name in sonames})
    return "sudo apt-get install " + " ".join(packages)


def message(sonames: list[str], language: str | None) -> str:
    """What to tell the user, in French unless the language is English."""
    text = MESSAGES["en" if (language or "").startswith("en") else "fr"]
    return text.format(libraries=", ".join(sonames), command=install_command(sonames))


def language_of_system(environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    for key in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if env.get(key):
            return env[key]
    return "fr"


def report_missing(language: str | None = None) -> bool:
    """Print what is missing, if anything, and return True when the window cannot open."""
    if not uses_x11():
        return False
    missing = missing_libraries()
    if not missing:
        return False
    print(message(missing, language or language_of_system()), file=sys.stderr)
    return True


if __name__ == "__main__":  # python mentorat_desktop/system_check.py: exit 1 when missing
    sys.exit(1 if report_missing() else 0)
