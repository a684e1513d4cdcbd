"""One person's data from the command line: export for an access request, erasure, and the
record of processing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorat_desktop.core.backups import list_backups
from mentorat_desktop.core.database import open_database


def _query(target: Path | str, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
    """Rows read from a database file or a server's database."""
    db = open_database(target)
    try:
        return db.query(sql, params)
    finally:
        db.close()


def _someone_in_an_active_pair(db: Path | str) -> tuple[int, str]:
    row = _query(
        db,
        "SELECT m.id, m.email FROM member m JOIN pair p ON p.mentor_id = m.id "
        "WHERE p.status = 'active' AND m.email IS NOT NULL ORDER BY m.id LIMIT 1",
    )[0]
    return row[0], row[1]


def _hours(db: Path | str) -> int:
    return _query(db, "SELECT sum(duration_minutes) FROM mentoring_session")[0][0]


def test_export_person_writes_everything_about_them_privately(cli, demo60, tmp_path):
    member_id, email = _someone_in_an_active_pair(demo60)
    out = tmp_path / "person.json"
    result = cli("export-person", "--db", demo60, "--member", email, "-o", out)
    assert result.code == 0, result.text
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["member_id"] == member_id
    assert data["profile"]["email"] == email
    assert data["pairs"] and data["sessions"]
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    # By number too.
    again = tmp_path / "again.json"
    assert cli("export-person", "--db", demo60, "--member", str(member_id), "-o", again).code == 0


def test_export_person_of_nobody_is_refused(cli, demo60, tmp_path):
    out = tmp_path / "person.json"
    result = cli("export-person", "--db", demo60, "--member", "personne@nulle.part", "-o", out)
    assert result.code == 2
    assert not out.exists()
    assert "Traceback" not in result.text


def test_erase_person_needs_yes_and_then_erases_keeping_the_hours(cli, demo60):
    member_id, email = _someone_in_an_active_pair(demo60)
    minutes = _hours(demo60)
    refused = cli("erase-person", "--db", demo60, "--member", email)
    assert refused.code == 2
    assert _query(demo60, "SELECT email FROM member WHERE id = ?", (member_id,)) == [(email,)]

    result = cli("erase-person", "--db", demo60, "--member", email, "--yes")
    assert result.code == 0, result.text
    assert "pris fin" in result.out  # the pair still running ended with the erasure (French)
    assert _hours(demo60) == minutes
    ((first, mail),) = _query(
        demo60, "SELECT first_name, email FROM member WHERE id = ?", (member_id,)
    )
    assert mail is None and first != ""
    if isinstance(demo60, str):  # on a server: no copy made, what the server keeps is said
        assert "VACUUM" in result.out
        return
    for part in (demo60, demo60.with_name(demo60.name + "-wal")):
        if part.exists():
            assert email.encode() not in part.read_bytes()
    (backup,) = list_backups(demo60)
    assert backup.reason == "erasure"  # made first, and said
    assert "sauvegardes" in result.out


@pytest.mark.parametrize("language", ["fr_FR", "fr_CA", "en"])
def test_processing_record_is_printed(cli, demo60, tmp_path, language):
    out = tmp_path / "registre.pdf"
    result = cli("processing-record", "--db", demo60, "--lang", language, "-o", out)
    assert result.code == 0, result.text
    reader = PdfReader(out)
    assert 1 <= len(reader.pages) <= 2
    text = "".join(page.extract_text() for page in reader.pages)
    ((last,),) = _query(demo60, "SELECT last_name FROM member ORDER BY id LIMIT 1")
    assert last not in text
