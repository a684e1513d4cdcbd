"""Why the system refused a file is said in the user's language, not the system's English."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QApplication

from mentorat_desktop.i18n import install_translators
from mentorat_desktop.i18n.os_messages import os_reason


@pytest.fixture
def french(qapp: QApplication):
    translators = install_translators(qapp, "fr_FR")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOENT, "le dossier n’existe pas"),
        (errno.EACCES, "accès refusé"),
        (errno.ENOSPC, "le disque est plein"),
        (errno.EROFS, "le disque est en lecture seule"),
    ],
)
def test_a_refused_file_is_explained_in_french(french, code: int, words: str) -> None:
    assert os_reason(OSError(code, "system words")) == words


def test_a_rare_error_keeps_the_systems_words() -> None:
    assert os_reason(OSError(errno.ENAMETOOLONG, "File name too long")) == "File name too long"


def test_the_command_line_says_why_in_french(tmp_path) -> None:
    import subprocess
    import sys

    db = tmp_path / "d.sqlite3"
    out = tmp_path / "absent" / "x.pdf"
    run = [sys.executable, "-m", "mentorat_desktop"]
    args = ["--from", "2026-01-01", "--to", "2026-12-31", "-o", str(out), "--lang", "fr_FR"]
    subprocess.run([*run, "demo", str(db), "--members", "10"], check=True, capture_output=True)
    done = subprocess.run(
        [*run, "report", "--db", str(db), *args],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "le dossier n’existe pas" in done.stderr
    assert "No such file" not in done.stderr
