"""Local groups on the command line: ``group add``, ``list``, ``rename``, ``delete`` and
``assign``, and ``--group NAME`` restricting ``followup``, ``export-members``, ``report``
and ``indicators`` to one group; every refusal a sentence, exit status 2, nothing written."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mentorat_desktop.cli import EXIT_NOTHING_DONE, EXIT_OK
from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.services.groups import GroupService

Run = Callable[..., Any]
YEAR = dt.date.today().year


def _last_month() -> str:
    first = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    return first.strftime("%Y-%m")


def _groups(target: Path | str) -> list[tuple[str, int, int, int]]:
    db = open_database(target)
    try:
        return [
            (g.name, g.counts.members, g.counts.cohorts, g.counts.pairs)
            for g in GroupService(db).list_groups()
        ]
    finally:
        db.close()


def _active_pair(target: Path | str) -> tuple[int, str, str]:
    """(pair id, mentee's e-mail, mentor's name) of one active pair of the demo."""
    db = open_database(target)
    try:
        row = db.query(
            "SELECT p.id, me.email, mr.first_name || ' ' || mr.last_name FROM pair p "
            "JOIN member me ON me.id = p.mentee_id JOIN member mr ON mr.id = p.mentor_id "
            "WHERE p.status = 'active' AND me.email IS NOT NULL ORDER BY p.id"
        )[0]
        return int(row[0]), str(row[1]), str(row[2])
    finally:
        db.close()


def test_add_list_rename_delete(cli: Run, empty_db: Path | str) -> None:
    listed = cli("group", "list", "--db", empty_db, "--lang", "en")
    assert listed.code == EXIT_OK and "No local group" in listed.out
    added = cli("group", "add", "Lyon", "--db", empty_db, "--lang", "en")
    assert added.code == EXIT_OK, added.text
    assert "Local group “Lyon” created." in added.out
    assert cli("group", "add", "Nantes", "--db", empty_db).code == EXIT_OK
    twice = cli("group", "add", " lyon ", "--db", empty_db, "--lang", "en")
    assert twice.code == EXIT_NOTHING_DONE
    assert "already used" in twice.err and "Nothing was changed." in twice.err
    renamed = cli(
        "group", "rename", "LYON", "--new-name", "Lyon Est", "--db", empty_db, "--lang", "en"
    )
    assert renamed.code == EXIT_OK and "renamed “Lyon Est”" in renamed.out
    as_json = cli("group", "list", "--db", empty_db, "--json")
    assert json.loads(as_json.out) == [
        {"name": "Lyon Est", "members": 0, "cohorts": 0, "pairs": 0},
        {"name": "Nantes", "members": 0, "cohorts": 0, "pairs": 0},
    ]
    deleted = cli("group", "delete", "Nantes", "--db", empty_db, "--lang", "en")
    assert deleted.code == EXIT_OK and "are kept" in deleted.out
    assert _groups(empty_db) == [("Lyon Est", 0, 0, 0)]


def test_unknown_group_is_said_with_the_known_ones(cli: Run, empty_db: Path | str) -> None:
    cli("group", "add", "Lyon", "--db", empty_db)
    result = cli("group", "delete", "Brest", "--db", empty_db, "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "No local group is called “Brest”; the groups are: “Lyon”." in result.err
    assert _groups(empty_db) == [("Lyon", 0, 0, 0)]


def test_assign_members_cohort_and_pairs(cli: Run, demo60: Path | str) -> None:
    _pair_id, mentee_email, _mentor = _active_pair(demo60)
    cli("group", "add", "Lyon", "--db", demo60)
    db = open_database(demo60)
    try:
        cohort = str(db.query("SELECT name FROM cohort ORDER BY name")[0][0])
    finally:
        db.close()
    result = cli(
        "group", "assign", "--db", demo60, "--group", "Lyon",
        "--members", mentee_email, "--cohort", cohort, "--lang", "en",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.text
    assert "In the local group “Lyon”: 1 member" in result.out  # (s) until translated
    name, members, cohorts, pairs = _groups(demo60)[0]
    assert (name, members, cohorts) == ("Lyon", 1, 1)
    assert pairs >= 1  # the mentee's pairs followed them
    listed = cli("group", "list", "--db", demo60, "--lang", "en")
    assert "Lyon — 1 member" in listed.out and "In no group:" in listed.out


def test_assign_refuses_unknown_names_and_writes_nothing(cli: Run, demo60: Path | str) -> None:
    cli("group", "add", "Lyon", "--db", demo60)
    _pair, mentee_email, _mentor = _active_pair(demo60)
    for extra in (
        ["--members", mentee_email, "Personne Inconnue"],
        ["--members", mentee_email, "--cohort", "Nulle part"],
        ["--members", mentee_email, "--pairs", "99999"],
        [],
    ):
        result = cli("group", "assign", "--db", demo60, "--group", "Lyon", *extra, "--lang", "en")
        assert result.code == EXIT_NOTHING_DONE, extra
        assert result.err.strip()
    assert _groups(demo60) == [("Lyon", 0, 0, 0)]


def test_followup_export_and_report_of_one_group(
    cli: Run, demo60: Path | str, tmp_path: Path
) -> None:
    pair_id, mentee_email, mentor = _active_pair(demo60)
    cli("group", "add", "Lyon", "--db", demo60)
    cli("group", "add", "Nantes", "--db", demo60)
    cli("group", "assign", "--db", demo60, "--group", "Lyon", "--pairs", pair_id)
    cli("group", "assign", "--db", demo60, "--group", "Lyon", "--members", mentee_email)
    month = _last_month()

    lyon = cli("followup", "--db", demo60, "--month", month, "--json", "--group", "lyon")
    assert lyon.code == EXIT_OK, lyon.text
    assert [row["mentor"] for row in json.loads(lyon.out)] == [mentor]
    nantes = cli("followup", "--db", demo60, "--month", month, "--json", "--group", "Nantes")
    assert json.loads(nantes.out) == []
    every = cli("followup", "--db", demo60, "--month", month, "--json")
    assert len(json.loads(every.out)) > 1

    out = tmp_path / "lyon.csv"
    exported = cli("export-members", "--db", demo60, "-o", out, "--group", "Lyon", "--lang", "en")
    assert exported.code == EXIT_OK and "1 member exported" in exported.out
    assert mentee_email in out.read_text(encoding="utf-8-sig")

    period = ["--from", f"{YEAR}-01-01", "--to", f"{YEAR}-12-31"]
    figures = cli("indicators", "--db", demo60, *period, "--json", "--group", "Lyon")
    assert json.loads(figures.out)["group"] == "Lyon"
    assert json.loads(figures.out)["pairs_active"] == 1
    pdf = tmp_path / "rapport.pdf"
    report = cli("report", "--db", demo60, *period, "--group", "Lyon", "--lang", "en", "-o", pdf)
    assert report.code == EXIT_OK, report.text
    from pypdf import PdfReader

    assert "Local group: Lyon" in PdfReader(str(pdf)).pages[0].extract_text()


def test_an_unknown_group_option_writes_nothing(
    cli: Run, demo60: Path | str, tmp_path: Path
) -> None:
    out = tmp_path / "x.csv"
    result = cli("export-members", "--db", demo60, "-o", out, "--group", "Brest", "--lang", "en")
    assert result.code == EXIT_NOTHING_DONE
    assert "there is no group yet" in result.err
    assert not out.exists()
    followup = cli("followup", "--db", demo60, "--month", _last_month(), "--group", "Brest")
    assert followup.code == EXIT_NOTHING_DONE
    report = cli(
        "report", "--db", demo60, "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-12-31",
        "--group", "Brest", "-o", tmp_path / "r.pdf",
    )  # fmt: skip
    assert report.code == EXIT_NOTHING_DONE and not (tmp_path / "r.pdf").exists()
