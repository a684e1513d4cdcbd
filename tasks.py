#!/usr/bin/env python3
"""Developer tasks, with nothing but Python needed to start.

    python3 tasks.py demo           set up, then open the application on its demo data
    python3 tasks.py test           set up, then run the whole test suite
    python3 tasks.py test-pg        the core and command-line tests on a PostgreSQL server
    python3 tasks.py pg             start a PostgreSQL server for development (Ctrl+C stops)
    python3 tasks.py bench-server   the grid, dashboard and members list on PostgreSQL and SQLite
    python3 tasks.py lint           ruff (lint and format check) and mypy strict on the package
    python3 tasks.py translations   refresh translations/*.ts from the code, rebuild the .qm
    python3 tasks.py bench          run the benchmarks
    python3 tasks.py package        build the program in dist/ (PyInstaller); --test: smoke test
    python3 tasks.py help-images    draw the user guide's screenshots again (from a demo)

"Set up" makes a virtual environment in .venv and installs the project with its
development tools into it (only when pyproject.toml changed since the last time).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".mentorat-installed"


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, env=env)


def setup() -> None:
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print("Installing Mentorat and its tools into .venv ...", flush=True)
    code = run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    code = code or run(PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[dev]")
    if code:
        sys.exit(code)
    STAMP.write_text(wanted)


def missing_system_libraries() -> bool:
    """On a Linux desktop, say which system libraries Qt's window needs and lacks (with the
    line that installs them) before spending minutes installing Python packages."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "system_check", ROOT / "mentorat_desktop" / "system_check.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return bool(module.report_missing())


def task_demo(args: list[str]) -> int:
    if missing_system_libraries():
        return 2
    setup()
    return run(PYTHON, "-m", "mentorat_desktop", "--demo", *args)


def task_test(args: list[str]) -> int:
    setup()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return run(PYTHON, "-m", "pytest", *args, env=env)


def _pg_server():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT))
    from tests import pg_server

    return pg_server


def task_pg(args: list[str]) -> int:
    """Start a throw-away PostgreSQL server for development; Ctrl+C stops and removes it."""
    setup()
    return run(PYTHON, ROOT / "tests" / "pg_server.py", *args)


def task_test_pg(args: list[str]) -> int:
    """The core and command-line tests against a PostgreSQL server started for them (from
    the system's PostgreSQL, in a temporary folder), then stopped."""
    setup()
    server = _pg_server().start()
    try:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["MENTORAT_TEST_SERVER"] = server.url
        chosen = any(a.startswith("tests") for a in args)
        paths = [] if chosen else ["tests/core", "tests/cli"]
        return run(PYTHON, "-m", "pytest", *args, *paths, env=env)
    finally:
        server.stop()


def task_bench_server(args: list[str]) -> int:
    """The follow-up grid, the dashboard and the members list on PostgreSQL beside SQLite."""
    setup()
    return run(PYTHON, ROOT / "benchmarks" / "bench_server.py", *args)


def task_lint(args: list[str]) -> int:
    setup()
    return (
        run(PYTHON, "-m", "ruff", "check", ".")
        or run(PYTHON, "-m", "ruff", "format", "--check", ".")
        or run(PYTHON, "-m", "mypy")
    )


def task_translations(args: list[str]) -> int:
    setup()
    return run(PYTHON, "-m", "mentorat_desktop.i18n.build", *args)


def task_bench(args: list[str]) -> int:
    """Run every benchmark; ``--json FILE`` also writes every figure to FILE as a list of
    {"name", "value", "floor", "ratio", "target_ratio", "met"}. Each script appends its
    figures, one JSON line each, to the file named by MENTORAT_BENCH_JSON (benchmarks/floor.py):
    their own options stay as they are, their printed lines stay readable, and the figures
    of the scripts that ran are kept when another one fails."""
    import json
    import tempfile

    setup()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    output = None
    if "--json" in args:
        at = args.index("--json")
        if at + 1 >= len(args):
            print("bench --json needs a file name")
            return 2
        output = Path(args[at + 1])
        args = args[:at] + args[at + 2 :]
    code = 0
    with tempfile.TemporaryDirectory() as folder:
        lines = Path(folder) / "figures.jsonl"
        lines.touch()
        env["MENTORAT_BENCH_JSON"] = str(lines)
        for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
            code = run(PYTHON, script, *args, env=env) or code
        if output is not None:
            figures = [json.loads(line) for line in lines.read_text("utf-8").splitlines() if line]
            output.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", "utf-8")
            missed = [f["name"] for f in figures if f["met"] is False]
            print(f"{len(figures)} figures written to {output}; targets missed: {len(missed)}")
    return code


def task_help_images(args: list[str]) -> int:
    setup()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return run(PYTHON, "-m", "mentorat_desktop.gui.help.images", *args, env=env)


PACKAGE_SIZE_TARGET_MB = 200


def task_package(args: list[str]) -> int:
    """Build the one-folder program with PyInstaller (icons first), print its size, make the
    Linux tarball; with --test, run the smoke test on the result (packaging/smoke_test.py)."""
    import shutil
    import tarfile

    setup()
    if run(PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[package]"):
        return 1
    if run(PYTHON, "packaging/make_icons.py", str(ROOT / "build" / "icons")):
        return 1
    code = run(
        PYTHON,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(ROOT / "dist"),
        "--workpath",
        str(ROOT / "build" / "pyinstaller"),
        str(ROOT / "packaging" / "mentorat.spec"),
    )
    if code:
        return code
    folder = ROOT / "dist" / "mentorat-desktop"
    sys.path.insert(0, str(ROOT / "packaging"))
    from prune import folder_report

    size, biggest = folder_report(folder)
    size_mb = size / 1e6
    print(f"dist/mentorat-desktop: {size_mb:.0f} MB (target: under {PACKAGE_SIZE_TARGET_MB} MB)")
    for bytes_, name in biggest:
        print(f"  {bytes_ / 1e6:6.1f} MB  {name}")
    too_big = size_mb >= PACKAGE_SIZE_TARGET_MB
    if sys.platform.startswith("linux"):
        for name in ("install.sh", "README.txt"):
            shutil.copy2(ROOT / "packaging" / "linux" / name, folder / name)
        shutil.copy2(ROOT / "resources" / "mentorat-desktop.desktop", folder)
        shutil.copy2(ROOT / "build" / "icons" / "mentorat-256.png", folder / "mentorat.png")
        version = _version()
        tarball = ROOT / "dist" / f"mentorat-desktop-{version}-linux-x86_64.tar.gz"
        with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
            archive.add(folder, arcname=f"mentorat-desktop-{version}")
        print(f"{tarball.relative_to(ROOT)}: {tarball.stat().st_size / 1e6:.0f} MB")
    code = 0
    if "--test" in args:
        code = subprocess.call(
            [sys.executable, str(ROOT / "packaging" / "smoke_test.py"), str(folder)]
        )
    if too_big:
        print(
            f"FAILED: dist/mentorat-desktop is {size_mb:.0f} MB, over its target of "
            f"{PACKAGE_SIZE_TARGET_MB} MB (the biggest files are listed above)"
        )
        return 1
    return code


def _version() -> str:
    import re

    text = (ROOT / "mentorat_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    return found.group(1) if found else "0"


TASKS = {
    "demo": task_demo,
    "test": task_test,
    "pg": task_pg,
    "test-pg": task_test_pg,
    "bench-server": task_bench_server,
    "lint": task_lint,
    "translations": task_translations,
    "bench": task_bench,
    "help-images": task_help_images,
    "package": task_package,
}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in TASKS:
        print(__doc__)
        sys.exit(2)
    sys.exit(TASKS[sys.argv[1]](sys.argv[2:]))
