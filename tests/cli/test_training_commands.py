"""The ``training`` command: add, list, attend, sheet, attestations."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

from pypdf import PdfReader

from mentorat_desktop.core.backups import list_backups
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.core.services.training import TrainingService


def _register(path: Path) -> None:
    db = open_database(path)
    try:
        members = MemberService(db)
        for first, last, email in (
            ("Zoé", "Vidal", "zoe@exemple.org"),
            ("Léo", "Bélanger", "leo@exemple.org"),
        ):
            members.add(
                MemberInput(
                    first_name=first,
                    last_name=last,
                    email=email,
                    birth_year=2001,
                    role=Role.MENTOR,
                )
            )
    finally:
        db.close()


def _sessions(path: Path) -> list:
    db = open_database(path)
    try:
        return TrainingService(db).list_sessions()
    finally:
        db.close()


def test_add_then_list(cli, empty_db: Path) -> None:
    result = cli(
        "training", "add", "--db", empty_db, "--title", "Écouter, transmettre",
        "--date", "2026-03-14", "--hours", "2h30", "--trainer", "Samia Benali", "--lang", "en",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.strip() == (
        "Training session 1 planned: “Écouter, transmettre”, 2026-03-14, 2 h 30 min."
    )
    [session] = _sessions(empty_db)
    assert (session.duration_minutes, session.trainer, session.full_day) == (
        150,
        "Samia Benali",
        False,
    )
    listed = cli("training", "list", "--db", empty_db, "--json", "--lang", "en")
    assert json.loads(listed.out)[0]["title"] == "Écouter, transmettre"
    text = cli("training", "list", "--db", empty_db, "--lang", "en")
    assert "0 present of 0 on the list" in text.out


def test_add_three_hours_by_default_and_refusals_in_french(cli, empty_db: Path) -> None:
    assert cli(
        "training", "add", "--db", empty_db, "--title", "T", "--date", "2026-03-14"
    ).code == 0  # fmt: skip
    assert _sessions(empty_db)[0].duration_minutes == 180
    bad = cli(
        "training", "add", "--db", empty_db, "--title", "T", "--date", "le 45",
        "--lang", "fr_FR",
    )  # fmt: skip
    assert bad.code == 2
    assert "--date" in bad.err and "n’est pas une date" in bad.err
    zero = cli(
        "training", "add", "--db", empty_db, "--title", "T", "--date", "2026-03-14",
        "--hours", "0", "--lang", "en",
    )  # fmt: skip
    assert zero.code == 2 and "--hours" in zero.err and "Nothing was changed." in zero.err
    assert len(_sessions(empty_db)) == 1


def test_attend_then_export_members_shows_the_training_date(
    cli, empty_db: Path, tmp_path: Path
) -> None:
    _register(empty_db)
    cli("training", "add", "--db", empty_db, "--title", "T", "--date", "2026-03-14")
    result = cli(
        "training", "attend", "--db", empty_db, "--session", "1",
        "--member", "zoe@exemple.org", "--member", "Léo Bélanger", "--lang", "en",
    )  # fmt: skip
    assert result.code == 0, result.err
    # (The English plurals come from the catalogue the lead builds: "member(s)" until then.)
    assert "recorded as present at training session 1 (2026-03-14)." in result.out
    assert result.out.startswith("2 member")
    assert "Training date now 2026-03-14 for 2 member" in result.out
    # The change was made after a checked copy of the file (a server's copies are its
    # administrator's).
    if isinstance(empty_db, Path):
        assert len(list_backups(empty_db)) == 1

    out = tmp_path / "membres.csv"
    assert cli("export-members", "--db", empty_db, "-o", out, "--lang", "en").code == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    column = rows[0].index("Formation de mentor")  # the export's titles are French
    assert sorted(row[column] for row in rows[1:]) == ["2026-03-14", "2026-03-14"]


def test_attend_an_unknown_member_changes_nothing(cli, empty_db: Path) -> None:
    _register(empty_db)
    cli("training", "add", "--db", empty_db, "--title", "T", "--date", "2026-03-14")
    result = cli(
        "training", "attend", "--db", empty_db, "--session", "1",
        "--member", "zoe@exemple.org", "--member", "Personne Inconnue", "--lang", "en",
    )  # fmt: skip
    assert result.code == 2
    assert "Personne Inconnue" in result.err and "Nothing was changed." in result.err
    assert _sessions(empty_db)[0].attended_count == 0
    missing = cli(
        "training", "attend", "--db", empty_db, "--session", "7", "--member", "x", "--lang", "en"
    )
    assert missing.code == 2 and "There is no training session 7." in missing.err


def test_sheet_and_attestations(cli, empty_db: Path, tmp_path: Path) -> None:
    _register(empty_db)
    day = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    cli("training", "add", "--db", empty_db, "--title", "Formation", "--date", day, "--hours", "7")
    sheet = tmp_path / "emargement.pdf"
    result = cli(
        "training", "sheet", "--db", empty_db, "--session", "1", "-o", sheet, "--lang", "fr_FR"
    )
    assert result.code == 0, result.err
    assert "Feuille d’émargement" in PdfReader(sheet).pages[0].extract_text()
    attestations = tmp_path / "attestations.pdf"
    none = cli(
        "training", "attestations", "--db", empty_db, "--session", "1", "-o", attestations,
        "--lang", "en",
    )  # fmt: skip
    assert none.code == 2 and "Nobody is recorded as present" in none.err
    assert not attestations.exists()
    cli("training", "attend", "--db", empty_db, "--session", "1", "--member", "zoe@exemple.org")
    done = cli(
        "training", "attestations", "--db", empty_db, "--session", "1", "-o", attestations,
        "--lang", "en",
    )  # fmt: skip
    assert done.code == 0 and done.out.startswith("1 attestation")
    [page] = PdfReader(attestations).pages
    assert "Zoé Vidal" in page.extract_text()
