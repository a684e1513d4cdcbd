"""``speed-meeting`` on the command line: the rota printed for the members named, its rounds
as JSON, and every refusal a sentence with exit status 2 and nothing written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from mentorat_desktop.core.database import open_database
from mentorat_desktop.core.enums import Role

Run = Callable[..., object]


def _present(db_path: Path, count: int) -> list[tuple[int, str, str, str]]:
    """``count`` active members: (number, first name, last name, e-mail)."""
    db = open_database(db_path)
    try:
        rows = db.query(
            "SELECT id, first_name, last_name, email FROM member WHERE status = 'active' "
            "AND email IS NOT NULL ORDER BY id"
        )
    finally:
        db.close()
    return [(int(r[0]), r[1], r[2], r[3]) for r in rows[:count]]


def _sides(db_path: Path, ids: list[int]) -> dict[int, Role]:
    db = open_database(db_path)
    try:
        return {
            int(i): Role(role)
            for i, role in db.query(
                f"SELECT id, role FROM member WHERE id IN ({', '.join('?' * len(ids))})",
                tuple(ids),
            )
        }
    finally:
        db.close()


def test_a_file_of_names_gives_the_rota_and_its_rounds_as_json(
    cli: Run, demo60: Path, tmp_path: Path
) -> None:
    people = _present(demo60, 20)
    names = tmp_path / "présents.txt"
    # Names as people type them: "Last First", any case, an e-mail, blank lines.
    lines = [f"{last.upper()} {first}" for _i, first, last, _mail in people[:10]]
    lines += ["", *(mail for *_rest, mail in people[10:])]
    names.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = tmp_path / "rotation.pdf"
    result = cli(
        "speed-meeting", "--db", demo60, "--members", names, "--rounds", 4, "--json",
        "--lang", "en", "-o", output,
    )  # fmt: skip
    assert result.code == 0, result.text
    data = json.loads(result.out)
    assert "Rota of 4 round" in result.err  # "rounds" once the English catalogue has it
    assert data["rounds_held"] == 4
    ids = {i for i, *_rest in people}
    assert set(data["older"]) | set(data["younger"]) == ids
    roles = _sides(demo60, list(ids))
    assert all(roles[m] != Role.MENTOR for m in data["older"])
    assert all(roles[m] != Role.MENTEE for m in data["younger"])
    met = set()
    for number, round_ in enumerate(data["rounds"], start=1):
        assert round_["round"] == number
        tables = [m["table"] for m in round_["meetings"]]
        assert tables == list(range(1, data["tables"] + 1))
        for meeting in round_["meetings"]:
            pair = (meeting["older"], meeting["younger"])
            assert pair not in met
            met.add(pair)
    assert output.read_bytes().startswith(b"%PDF")


def test_a_comma_separated_list_in_french(cli: Run, demo60: Path, tmp_path: Path) -> None:
    people = _present(demo60, 6)
    output = tmp_path / "rotation.pdf"
    listed = ", ".join(f"{first} {last}" for _i, first, last, _mail in people)
    result = cli(
        "speed-meeting", "--db", demo60, "--members", listed, "--rounds", 2, "-o", output,
        "--lang", "fr_FR",
    )  # fmt: skip
    assert result.code == 0, result.text
    assert output.exists()
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(output).pages)
    assert "Par table" in text
    assert people[0][1] in text


def test_unknown_names_are_listed_and_nothing_is_written(
    cli: Run, demo60: Path, tmp_path: Path
) -> None:
    people = _present(demo60, 4)
    output = tmp_path / "rotation.pdf"
    listed = ", ".join([people[0][3], "Personne Inconnue", people[1][3], "nobody@nowhere.org"])
    result = cli(
        "speed-meeting", "--db", demo60, "--members", listed, "--rounds", 3, "-o", output,
        "--lang", "en",
    )  # fmt: skip
    assert result.code == 2
    assert "Nobody in the register is called “Personne Inconnue”." in result.err
    assert "“nobody@nowhere.org”" in result.err
    assert "2 name" in result.err and "not found" in result.err
    assert not output.exists()
    assert "Traceback" not in result.text


def test_one_side_alone_is_refused(cli: Run, empty_db: Path, tmp_path: Path) -> None:
    from mentorat_desktop.core.services.members import MemberInput, MemberService

    db = open_database(empty_db)
    try:
        for first in ("Zoé", "Léo"):
            MemberService(db).add(
                MemberInput(first_name=first, last_name="Martin", birth_year=2001, role=Role.MENTOR)
            )
    finally:
        db.close()
    output = tmp_path / "rotation.pdf"
    result = cli(
        "speed-meeting", "--db", empty_db, "--members", "Zoé Martin,Léo Martin", "--rounds", 3,
        "-o", output, "--lang", "en",
    )  # fmt: skip
    assert result.code == 2
    assert "Nobody can be seated" in result.err
    assert not output.exists()


def test_rounds_out_of_range_are_refused(cli: Run, demo60: Path, tmp_path: Path) -> None:
    output = tmp_path / "rotation.pdf"
    result = cli(
        "speed-meeting", "--db", demo60, "--members", "a,b", "--rounds", 0, "-o", output,
        "--lang", "en",
    )  # fmt: skip
    assert result.code == 2
    assert "between 1 and 99" in result.err
    assert not output.exists()


def test_more_rounds_than_needed_stop_when_everyone_has_met(
    cli: Run, demo60: Path, tmp_path: Path
) -> None:
    people = _present(demo60, 5)
    output = tmp_path / "rotation.pdf"
    listed = ",".join(mail for *_rest, mail in people)
    result = cli(
        "speed-meeting", "--db", demo60, "--members", listed, "--rounds", 12, "-o", output,
        "--lang", "en",
    )  # fmt: skip
    assert result.code == 0, result.text
    assert "everyone has met everyone" in result.out
