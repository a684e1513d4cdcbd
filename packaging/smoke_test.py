"""Run the built program as a coordinator's computer would, outside any virtual environment.

    python3 packaging/smoke_test.py [dist/mentorat-desktop]

Each step runs the program in a scratch folder with a clean environment (no virtual
environment, no PYTHONPATH, a home of its own) and checks its output. Standard library only:
it must run with the system's Python. Exit status 0 when every step passed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from mentorat_desktop.cli_spec import VIEWS, WINDOW_VIEWS  # noqa: E402  (Qt-free)

VERSION = re.search(
    r'__version__ = "([^"]+)"', (ROOT / "mentorat_desktop" / "__init__.py").read_text()
)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
PDF_MAGIC = b"%PDF-"


class Failed(Exception):
    pass


def program_in(folder: Path) -> Path:
    # On Windows, the console program: the window program prints nothing.
    name = "mentorat-cli.exe" if os.name == "nt" else "mentorat-desktop"
    for candidate in (folder / name, folder / "Mentorat.app" / "Contents" / "MacOS" / name):
        if candidate.exists():
            return candidate
    raise Failed(f"no program in {folder}")


def clean_environment(home: Path) -> dict[str, str]:
    """What a user's session would give the program: no trace of the build's Python."""
    keep = ("PATH", "LANG", "LC_ALL", "SYSTEMROOT", "WINDIR", "TEMP", "TMP", "DISPLAY")
    env = {k: v for k, v in os.environ.items() if k in keep}
    venv = os.environ.get("VIRTUAL_ENV")
    parts = env.get("PATH", "").split(os.pathsep)
    env["PATH"] = os.pathsep.join(p for p in parts if not venv or not p.startswith(venv))
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def run(program: Path, env: dict[str, str], cwd: Path, *args: str) -> str:
    done = subprocess.run(
        [str(program), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    if done.returncode != 0:
        raise Failed(
            f"{' '.join(args)} ended with status {done.returncode}:\n{done.stdout}{done.stderr}"
        )
    return done.stdout + done.stderr


def expect_file(path: Path, magic: bytes) -> None:
    if not path.exists() or not path.read_bytes().startswith(magic):
        raise Failed(f"{path.name} was not written as expected")


def steps(program: Path, work: Path, env: dict[str, str]):
    demo = work / "demo.sqlite3"

    def version() -> str:
        out = run(program, env, work, "--version")
        if VERSION is None or VERSION.group(1) not in out:
            raise Failed(f"--version printed {out!r}")
        return out.strip()

    def make_demo() -> str:
        out = run(program, env, work, "demo", str(demo), "--lang", "fr_FR")
        if not demo.exists() or "120" not in out:
            raise Failed(f"demo printed {out!r}")
        return out.strip()

    def screenshots() -> str:
        for view in (*VIEWS, *WINDOW_VIEWS):
            image = work / f"{view}.png"
            run(
                program,
                env,
                work,
                "screenshot",
                "--db",
                str(demo),
                "--view",
                view,
                "-o",
                str(image),
                "--lang",
                "fr_FR",
            )
            expect_file(image, PNG_MAGIC)
        return f"{len(VIEWS) + len(WINDOW_VIEWS)} views drawn"

    def charter() -> str:
        output = work / "charter.pdf"
        run(
            program,
            env,
            work,
            "charter",
            "--db",
            str(demo),
            "--pair",
            "1",
            "-o",
            str(output),
            "--lang",
            "fr_CA",
        )
        expect_file(output, PDF_MAGIC)
        return f"charter of pair 1: {output.stat().st_size} bytes"

    def charters() -> str:
        output = work / "charters.pdf"
        run(
            program,
            env,
            work,
            "charters",
            "--db",
            str(demo),
            "--status",
            "active",
            "-o",
            str(output),
            "--lang",
            "fr_FR",
        )
        expect_file(output, PDF_MAGIC)
        return f"charters of the active pairs: {output.stat().st_size} bytes"

    def report() -> str:
        output = work / "report.pdf"
        run(
            program,
            env,
            work,
            "report",
            "--db",
            str(demo),
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "-o",
            str(output),
            "--lang",
            "en",
        )
        expect_file(output, PDF_MAGIC)
        return f"activity report: {output.stat().st_size} bytes"

    def match() -> str:
        # The whole-pool proposal: the demo has members of role EITHER, so the exact solver
        # takes its general path (assignment, HiGHS relaxation, blossom) in the built program.
        out = run(program, env, work, "match", "--db", str(demo), "--json")
        try:
            proposals, _end = json.JSONDecoder().raw_decode(out, out.index("["))
        except ValueError:
            raise Failed(f"match printed {out[:300]!r}") from None
        couples = {(p["mentor_id"], p["mentee_id"]) for p in proposals}
        if len(proposals) < 10 or len(couples) != len(proposals):
            raise Failed(f"match proposed {len(proposals)} couples")
        if any(p["mentor_id"] == p["mentee_id"] or p["score"] <= 0 for p in proposals):
            raise Failed("match proposed a member with themselves, or a couple worth nothing")
        return f"{len(proposals)} couples proposed for the whole pool"

    def import_cp1252() -> str:
        sheet = work / "membres.csv"
        sheet.write_bytes(
            "Prénom;Nom;Année de naissance;Rôle;Ville\n"
            "Hélène;Bérubé;1954;mentorée;Trois-Rivières\n"
            "Zoé;Lefèvre;2001;mentore;Québec\n".encode("cp1252")
        )
        target = work / "import.sqlite3"
        out = run(
            program, env, work, "import-members", "--db", str(target), str(sheet), "--lang", "fr_FR"
        )
        if "2" not in out:
            raise Failed(f"import-members printed {out!r}")
        return out.strip().splitlines()[-1]

    def open_the_demo() -> str:
        # What File > Open the demo starts: the same program with --demo. It must stay up
        # (the window is open) and create the demo in the user's data folder.
        process = subprocess.Popen(
            [str(program), "--demo", "--lang", "fr_FR"],
            cwd=work,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if process.poll() is not None:
                    out = process.stdout.read() if process.stdout else ""
                    raise Failed(f"--demo ended with status {process.returncode}: {out}")
                if any(Path(env["HOME"]).rglob("demo.sqlite3")):
                    time.sleep(3)  # the window opens on it
                    if process.poll() is None:
                        return "the demo opened in its window"
                time.sleep(0.5)
            raise Failed("--demo did not create the demo within a minute")
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()

    return [
        version,
        make_demo,
        screenshots,
        charter,
        charters,
        report,
        match,
        import_cp1252,
        open_the_demo,
    ]


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "dist" / "mentorat-desktop"
    try:
        program = program_in(folder)
    except Failed as exc:
        print(f"FAILED: {exc}")
        return 1
    work = Path(tempfile.mkdtemp(prefix="mentorat-smoke-"))
    home = work / "home"
    home.mkdir()
    env = clean_environment(home)
    failures = 0
    try:
        for step in steps(program, work, env):
            started = time.monotonic()
            try:
                said = step()
            except (Failed, subprocess.TimeoutExpired) as exc:
                failures += 1
                print(f"FAILED  {step.__name__}: {exc}")
            else:
                print(f"ok      {step.__name__} ({time.monotonic() - started:.1f} s): {said}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("smoke test:", "passed" if not failures else f"{failures} step(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
