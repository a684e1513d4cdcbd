"""The command line, against the contract in the README: exit status 0 done, 1 done but some
rows refused, 2 nothing done; messages in the chosen language; files left as they were.

Most tests call ``mentorat_desktop.cli.main`` in the test process, through the ``cli``
fixture of this folder's conftest.py (which takes the command line's translators off again
after each call). A few tests run the real program in
a subprocess, to check what a user's shell sees.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from mentorat_desktop.cli import EXIT_NOTHING_DONE, EXIT_OK, EXIT_SOME_REFUSED
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.demo import write_demo_database
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.settings import SettingsService
from mentorat_desktop.i18n import installed_language

HEADER = "Prénom;Nom;Courriel;Année de naissance;Rôle;Compétences offertes;Ville"

# Line 1 is the header: line 3 has a bad e-mail address, line 5 a birth year of 1850.
MESSY_ROWS = [
    "  Hélène ;Lefèvre ;helene.lefevre@example.org;1952;Mentoré;Tricot, Cuisine;Besançon",
    "Zoé;Moreau;zoe.moreau@@example;1999;Mentor;Réseaux sociaux;Québec",
    "François;Gagné;Francois.Gagne@Example.ca ;1948;Aîné;;Trois-Rivières",
    "Noël;Dupré;noel.dupre@example.net;1850;Mentoré;Jardinage;Nîmes",
    "Maëlle;Côté;maelle.cote@example.ca;2001;Jeune;Smartphone, Excel;Montréal",
]
CLEAN_ROWS = [
    "Gaëlle;Bérubé;gaelle.berube@example.ca;1955;Mentoré;Couture;Sherbrooke",
    "Jérôme;Lévesque;jerome.levesque@example.ca;2000;Mentor;TikTok;Lévis",
]


# -- fixtures ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database, written once for the module; tests work on copies."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    write_demo_database(path, members=12, seed=7)
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo copy.sqlite3"
    shutil.copy2(demo_template, path)
    return path


def write_csv(path: Path, rows: list[str], encoding: str = "cp1252") -> Path:
    """A CSV as French Excel writes it: Windows-1252, ';' and CRLF."""
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode(encoding))
    return path


def query(target: Path | str, sql: str) -> list[tuple]:
    """Rows read from a database file or a server's database."""
    db = open_database(target)
    try:
        return db.query(sql)
    finally:
        db.close()


def member_count(target: Path | str) -> int:
    return int(query(target, "SELECT count(*) FROM member")[0][0])


def member_names(target: Path | str) -> set[str]:
    return {f"{f} {n}" for f, n in query(target, "SELECT first_name, last_name FROM member")}


def text_file_db(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "notes.sqlite3"
    content = "Ceci n'est pas une base de données.\r\nÀ bientôt\r\n".encode("cp1252")
    path.write_bytes(content)
    return path, content


def future_db(tmp_path: Path) -> tuple[Path, bytes]:
    """A Mentorat database saved by a future version (an unknown schema revision)."""
    path = tmp_path / "future.sqlite3"
    open_database(path).close()
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.close()
    assert not path.with_name(path.name + "-wal").exists()
    return path, path.read_bytes()


def png_size(path: Path) -> tuple[int, int]:
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    image = QImage(str(path))
    assert not image.isNull()
    return image.width(), image.height()


def lines_with(text: str, word: str) -> list[str]:
    return [line for line in text.splitlines() if word in line]


# -- demo --------------------------------------------------------------------------------


def test_demo_writes_the_members_asked_for(cli, tmp_path: Path) -> None:
    path = tmp_path / "démo.sqlite3"
    result = cli("demo", path, "--members", 40, "--seed", 3, "--lang", "en")
    assert result.code == EXIT_OK, result.text
    assert member_count(path) == 40
    assert "40" in result.out
    assert result.err == ""


def test_demo_never_overwrites_an_existing_file(cli, demo_db: Path) -> None:
    before = demo_db.read_bytes()
    result = cli("demo", demo_db, "--members", 40, "--seed", 3, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert demo_db.name in result.err
    assert "nothing was written" in result.err.lower()
    assert demo_db.read_bytes() == before


def test_demo_in_a_missing_folder_writes_nothing(cli, tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / "demo.sqlite3"
    result = cli("demo", path, "--members", 5, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert result.err.strip()
    assert not path.parent.exists()


@pytest.mark.parametrize("members", [0, 100_001])
def test_demo_refuses_a_silly_member_count(cli, tmp_path: Path, members: int) -> None:
    path = tmp_path / "demo.sqlite3"
    result = cli("demo", path, "--members", members, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "--members" in result.err
    assert not path.exists()


# -- import-members ----------------------------------------------------------------------


def test_import_messy_cp1252_file(cli, empty_db: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "inscriptions.csv", MESSY_ROWS)
    result = cli("import-members", csv, "--db", empty_db, "--lang", "en")

    assert result.code == EXIT_SOME_REFUSED, result.text
    refusals = lines_with(result.out, "refused.")
    assert len(refusals) == 2, result.out
    email_line = next(line for line in refusals if "e-mail" in line.lower())
    year_line = next(line for line in refusals if "1900" in line)
    assert re.search(r"\b3\b", email_line), email_line
    assert re.search(r"\b5\b", year_line), year_line
    assert member_names(empty_db) == {
        "Hélène Lefèvre",
        "François Gagné",
        "Maëlle Côté",
    }
    ((email,),) = query(empty_db, "SELECT email FROM member WHERE last_name = 'Gagné'")
    ((city,),) = query(empty_db, "SELECT city FROM member WHERE last_name = 'Côté'")
    assert email == "francois.gagne@example.ca"
    assert city == "Montréal"


def test_import_refusal_of_an_unknown_status_is_worded(cli, empty_db: Path, tmp_path: Path) -> None:
    csv = tmp_path / "statuts.csv"
    csv.write_bytes("Prénom;Nom;Statut\r\nAnne;Roy;Perdu\r\n".encode("cp1252"))
    result = cli("import-members", csv, "--db", empty_db, "--lang", "en")
    assert result.code == EXIT_SOME_REFUSED
    (refusal,) = lines_with(result.out, "refused.")
    assert "Perdu" in refusal
    assert "status_unknown" not in refusal
    assert "Status:" in refusal


def test_import_dry_run_writes_nothing_and_still_reports_refusals(
    cli, demo_db: Path, tmp_path: Path
) -> None:
    csv = write_csv(tmp_path / "inscriptions.csv", MESSY_ROWS)
    before = member_count(demo_db)
    result = cli("import-members", csv, "--db", demo_db, "--dry-run", "--lang", "en")
    assert result.code == EXIT_SOME_REFUSED, result.text
    assert "3 row(s) to add" in result.out or "3 rows to add" in result.out
    assert "nothing was written" in result.out.lower()
    assert member_count(demo_db) == before


def test_import_clean_file_exits_0(cli, empty_db: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "propre.csv", CLEAN_ROWS, encoding="utf-8-sig")
    result = cli("import-members", csv, "--db", empty_db, "--lang", "en")
    assert result.code == EXIT_OK, result.text
    assert member_names(empty_db) == {"Gaëlle Bérubé", "Jérôme Lévesque"}
    # The same file again: everyone is already there, nothing is refused.
    again = cli("import-members", csv, "--db", empty_db, "--lang", "en")
    assert again.code == EXIT_OK, again.text
    assert member_count(empty_db) == 2
    assert len(lines_with(again.out, "skipped.")) == 2


def test_import_missing_file_exits_2(cli, empty_db: Path, tmp_path: Path) -> None:
    missing = tmp_path / "absent.csv"
    result = cli("import-members", missing, "--db", empty_db, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "absent.csv" in result.err
    assert "Nothing was imported." in result.err
    assert member_count(empty_db) == 0


def test_import_unreadable_file_exits_2(cli, empty_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "dossier.csv"
    folder.mkdir()
    result = cli("import-members", folder, "--db", empty_db, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "dossier.csv" in result.err


def test_import_file_without_name_columns_exits_2(cli, empty_db: Path, tmp_path: Path) -> None:
    csv = tmp_path / "sans noms.csv"
    csv.write_bytes("Courriel;Ville\r\na@example.org;Lyon\r\n".encode("cp1252"))
    result = cli("import-members", csv, "--db", empty_db, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "sans noms.csv" in result.err
    assert member_count(empty_db) == 0


def test_import_into_a_text_file_leaves_it_untouched(cli, tmp_path: Path) -> None:
    db, content = text_file_db(tmp_path)
    csv = write_csv(tmp_path / "inscriptions.csv", CLEAN_ROWS)
    result = cli("import-members", csv, "--db", db, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert db.name in result.err
    assert "has not been changed" in result.err
    assert db.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inscriptions.csv", "notes.sqlite3"]


def test_import_into_a_newer_database_leaves_it_untouched(cli, tmp_path: Path) -> None:
    db, content = future_db(tmp_path)
    csv = write_csv(tmp_path / "inscriptions.csv", CLEAN_ROWS)
    result = cli("import-members", csv, "--db", db, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "newer version" in result.err
    assert db.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.sqlite3", "inscriptions.csv"]


# -- export-members ----------------------------------------------------------------------


def test_export_members_to_csv_for_excel(cli, empty_db: Path, tmp_path: Path) -> None:
    db = open_database(empty_db)
    try:
        MemberService(db).add(
            MemberInput(first_name="Hélène", last_name="Lefèvre", city="Besançon")
        )
    finally:
        db.close()
    out = tmp_path / "export.csv"
    result = cli("export-members", "--db", empty_db, "-o", out, "--lang", "en")
    assert result.code == EXIT_OK, result.text
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("Prénom;Nom;")
    assert "Hélène;Lefèvre;" in text
    assert "Besançon" in text
    assert "1" in result.out


def test_export_of_the_demo_counts_every_member(cli, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    result = cli("export-members", "--db", demo_db, "--output", out, "--lang", "en")
    assert result.code == EXIT_OK, result.text
    lines = out.read_bytes().decode("utf-8-sig").split("\r\n")
    assert len([line for line in lines if line]) == 1 + member_count(demo_db)


def test_export_without_output_exits_2(cli, demo_db: Path) -> None:
    result = cli("export-members", "--db", demo_db, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "-o" in result.err


def test_export_into_a_missing_folder_exits_2(cli, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "export.csv"
    result = cli("export-members", "--db", demo_db, "-o", out, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "Nothing was written" in result.err
    assert not out.parent.exists()


def test_export_from_a_text_file_exits_2(cli, tmp_path: Path) -> None:
    db, content = text_file_db(tmp_path)
    out = tmp_path / "export.csv"
    result = cli("export-members", "--db", db, "-o", out, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert not out.exists()
    assert db.read_bytes() == content


# -- screenshot --------------------------------------------------------------------------


def test_screenshot_default_size(cli, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = cli("screenshot", "--db", demo_db, "--view", "members", "-o", out, "--lang", "en")
    assert result.code == EXIT_OK, result.text
    assert png_size(out) == (1280, 800)


def test_screenshot_given_size(cli, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "small.png"
    result = cli("screenshot", "--db", demo_db, "--size", "800x600", "-o", out)
    assert result.code == EXIT_OK, result.text
    assert png_size(out) == (800, 600)


@pytest.mark.parametrize("size", ["banana", "800", "10x10", "800x600x2", "x600"])
def test_screenshot_bad_size_exits_2(cli, demo_db: Path, tmp_path: Path, size: str) -> None:
    out = tmp_path / "shot.png"
    result = cli("screenshot", "--db", demo_db, "--size", size, "-o", out, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert size in result.err
    assert not out.exists()


def test_screenshot_of_a_missing_database_creates_nothing(cli, tmp_path: Path) -> None:
    db = tmp_path / "absent.sqlite3"
    out = tmp_path / "shot.png"
    result = cli("screenshot", "--db", db, "-o", out, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "absent.sqlite3" in result.err
    assert not db.exists()
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_screenshot_of_a_newer_database_leaves_it_untouched(cli, tmp_path: Path) -> None:
    db, content = future_db(tmp_path)
    out = tmp_path / "shot.png"
    result = cli("screenshot", "--db", db, "-o", out, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "newer version" in result.err
    assert db.read_bytes() == content
    assert not out.exists()


def test_screenshot_unknown_view_exits_2(cli, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = cli("screenshot", "--db", demo_db, "--view", "banana", "-o", out)
    assert result.code == EXIT_NOTHING_DONE
    assert not out.exists()


# -- language ----------------------------------------------------------------------------


def test_messages_in_english(cli, demo_db: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "inscriptions.csv", MESSY_ROWS)
    result = cli("import-members", csv, "--db", demo_db, "--dry-run", "--lang", "en")
    assert result.code == EXIT_SOME_REFUSED
    assert re.search(r"\brows? to add\b|\brow\(s\) to add\b", result.out), result.out
    assert "Line 3: refused." in result.out
    assert "Dry run: nothing was written." in result.out
    assert "ligne" not in result.out.lower()


def test_messages_in_french(cli, demo_db: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "inscriptions.csv", MESSY_ROWS)
    result = cli("import-members", csv, "--db", demo_db, "--dry-run", "--lang", "fr_FR")
    assert result.code == EXIT_SOME_REFUSED
    summary = result.out.splitlines()[0]
    assert "ligne" in summary.lower(), result.out
    assert "row(s)" not in result.out
    assert "refused" not in result.out
    assert "Dry run" not in result.out


def test_messages_in_quebec_french(cli, demo_db: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "inscriptions.csv", MESSY_ROWS)
    result = cli("import-members", csv, "--db", demo_db, "--dry-run", "--lang", "fr_CA")
    assert result.code == EXIT_SOME_REFUSED
    (email_line,) = [line for line in result.out.splitlines() if "@" in line]
    assert "Courriel" in email_line, result.out
    assert re.search(r"\b3\b", email_line)


def test_french_is_the_language_of_a_new_database(cli, empty_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    assert cli("export-members", "--db", empty_db, "-o", out).code == EXIT_OK
    assert installed_language(QCoreApplication.instance()) == "fr_FR"


def test_language_comes_from_the_database_settings(cli, empty_db: Path, tmp_path: Path) -> None:
    """Without --lang, the language chosen in the Preferences applies."""
    db = open_database(empty_db)
    try:
        SettingsService(db).update(language="en")
    finally:
        db.close()
    out = tmp_path / "export.csv"
    result = cli("export-members", "--db", empty_db, "-o", out)
    assert result.code == EXIT_OK
    assert "0 members exported" in result.out, result.out
    assert installed_language(QCoreApplication.instance()) == "en"


@pytest.mark.parametrize("command", ["demo", "import-members", "export-members", "screenshot"])
def test_unknown_language_exits_2(cli, tmp_path: Path, demo_db: Path, command: str) -> None:
    out = tmp_path / "out.file"
    args = {
        "demo": ["demo", tmp_path / "new.sqlite3"],
        "import-members": ["import-members", tmp_path / "x.csv", "--db", demo_db],
        "export-members": ["export-members", "--db", demo_db, "-o", out],
        "screenshot": ["screenshot", "--db", demo_db, "-o", out],
    }[command]
    result = cli(*args, "--lang", "xx")
    assert result.code == EXIT_NOTHING_DONE
    assert "xx" in result.err
    assert not (tmp_path / "new.sqlite3").exists()
    assert not out.exists()


def test_unknown_language_without_command_exits_2(cli) -> None:
    result = cli("--lang", "xx")
    assert result.code == EXIT_NOTHING_DONE
    assert "xx" in result.err


def test_usage_error_speaks_the_language_given_to_main(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["mentorat-desktop"])
    result = cli("demo", tmp_path / "new.sqlite3", "--lang", "en", "--bogus")
    assert result.code == EXIT_NOTHING_DONE
    assert installed_language(QCoreApplication.instance()) == "en"
    assert "Nothing was done" in result.err


# -- wrong arguments ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["demo", "x.sqlite3", "--bogus"],
        ["demo"],
        ["demo", "x.sqlite3", "--members", "many"],
        ["import-members", "file.csv"],
        ["import-members", "--db", "x.sqlite3"],
        ["export-members", "--db", "x.sqlite3", "-o", "a.csv", "extra"],
        ["screenshot", "--db", "x.sqlite3"],
        ["frobnicate"],
        ["--bogus"],
    ],
    ids=lambda a: " ".join(a),
)
def test_wrong_arguments_exit_2(cli, tmp_path: Path, monkeypatch, args: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli(*args)
    assert result.code == EXIT_NOTHING_DONE
    assert "utilisation\xa0:" in result.err  # the usage line, in the default language (French)
    assert "usage:" not in result.err
    assert result.out == ""
    assert list(tmp_path.iterdir()) == []


# -- the real program --------------------------------------------------------------------


def _program(*args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "mentorat_desktop", *(str(a) for a in args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_program_exit_status_as_the_shell_sees_it(demo_db: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "inscriptions.csv", MESSY_ROWS)
    before = demo_db.read_bytes()
    refused = _program("import-members", csv, "--db", demo_db, "--dry-run", cwd=tmp_path)
    assert refused.returncode == EXIT_SOME_REFUSED, refused.stderr
    wrong = _program("demo", demo_db, "--lang", "en", "--bogus", cwd=tmp_path)
    assert wrong.returncode == EXIT_NOTHING_DONE
    assert "--bogus" in wrong.stderr
    assert "Nothing was done: the command is incomplete or wrong" in wrong.stderr
    assert demo_db.read_bytes() == before


def test_an_empty_file_left_by_an_interrupted_demo_is_made_again(cli, tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(b"")
    result = cli("demo", path, "--members", "12", "--lang", "en")
    assert result.code == 0, result.text
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM member").fetchone()[0] == 12


@pytest.mark.parametrize(
    "view",
    ["preferences", "help", "cohorts", "welcome", "event", "training", "kiosk", "kickoff"],
)
def test_screenshot_of_a_window_draws_that_window(cli, demo_db: Path, tmp_path: Path, view: str):
    """A window opened over the main one is drawn by itself, at its own size."""
    out = tmp_path / f"{view}.png"
    result = cli("screenshot", "--db", demo_db, "--view", view, "-o", out, "--lang", "fr_FR")
    assert result.code == EXIT_OK, result.text
    width, height = png_size(out)
    assert (width, height) != (1280, 800)
    assert width >= 300 and height >= 200


def test_version_is_printed_from_the_one_place_it_is_set(cli) -> None:
    from mentorat_desktop import __version__

    result = cli("--version")
    assert result.code == EXIT_OK
    assert result.out.strip() == f"Mentorat {__version__}"


@pytest.mark.parametrize(("language", "typed", "read"), [("fr_FR", "05/06/2025", "2025-06-05")])
def test_import_members_reads_dates_in_the_language_given(
    cli, tmp_path: Path, language: str, typed: str, read: str
) -> None:
    """The command line reads a member file's dates in --lang's order, as the screens do;
    in fr_CA an order that cannot be told is refused with the row's number."""
    import sqlite3

    sheet = tmp_path / "membres.csv"
    sheet.write_text(
        f"Prénom;Nom;Année de naissance;Rôle;Date de formation\nZoé;Lefèvre;2001;mentor;{typed}\n",
        encoding="utf-8",
    )
    db = tmp_path / "m.sqlite3"
    result = cli("import-members", "--db", db, sheet, "--lang", language)
    assert result.code == EXIT_OK, result.text
    with sqlite3.connect(db) as connection:
        (stored,) = connection.execute("SELECT mentor_training_on FROM member").fetchone()
    assert stored == read
    canadian = tmp_path / "ca.sqlite3"
    result = cli("import-members", "--db", canadian, sheet, "--lang", "fr_CA")
    assert result.code != EXIT_OK
    assert not canadian.exists() or sqlite3.connect(canadian).execute(
        "SELECT count(*) FROM member"
    ).fetchone() == (0,)
