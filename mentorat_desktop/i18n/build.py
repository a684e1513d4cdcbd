"""Refresh the catalogues in translations/ from the code, and compile them into the package.

    python -m mentorat_desktop.i18n.build          lupdate, then lrelease
    python -m mentorat_desktop.i18n.build --qm     lrelease only

The .qm files are committed so that a plain ``pip install .`` carries them; a test compiles
each .ts again and checks that the committed .qm is identical.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

PACKAGE = Path(__file__).resolve().parents[1]
ROOT = PACKAGE.parent
TS_DIR = ROOT / "translations"
QM_DIR = Path(__file__).resolve().parent

# (catalogue, produced by lupdate?, lupdate options)
CATALOGUES = {
    "mentorat_fr": ["-target-language", "fr_FR"],
    "mentorat_en": ["-target-language", "en", "-pluralonly"],
    # Québec differences only, kept by hand on top of mentorat_fr.
    "mentorat_fr_CA": None,
}


def qt_tool(name: str) -> Path:
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(name)


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


# lupdate before Qt 6.12 misreads QCoreApplication.translate(context, text, "", n) when n is
# anything but a number literal: the message loses its plural forms, or is not found at all.
# The catalogues are kept with 6.12 or later (on Python 3.12+, since pyproject.toml keeps
# PySide6 6.12 off Python 3.11).
LUPDATE_MINIMUM = (6, 12)


def lupdate_is_current() -> bool:
    return tuple(PySide6.__version_info__[:2]) >= LUPDATE_MINIMUM


def update_ts() -> None:
    if not lupdate_is_current():
        raise SystemExit(
            "This lupdate is older than Qt {}.{}: it would drop plural forms from the "
            "catalogues. Refresh them from a Python 3.12+ environment.".format(*LUPDATE_MINIMUM)
        )
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for name, options in CATALOGUES.items():
        if options is None:
            continue
        subprocess.run(
            [
                str(qt_tool("lupdate")),
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                *options,
                *files,
                "-ts",
                str(TS_DIR / f"{name}.ts"),
            ],
            cwd=ROOT,
            check=True,
        )


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(qt_tool("lrelease")), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
    )


def build_qm() -> None:
    for name in CATALOGUES:
        compile_qm(TS_DIR / f"{name}.ts", QM_DIR / f"{name}.qm")


if __name__ == "__main__":
    if "--qm" not in sys.argv:
        update_ts()
    build_qm()
