"""Speed-meeting rounds: the rota's rules, checked over many room sizes and round counts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.enums import Role
from mentorat_desktop.core.event.people import load_present, parse_names, resolve_members
from mentorat_desktop.core.event.rota import (
    Present,
    Rota,
    make_rota,
    rota_for,
    rota_json,
    split_sides,
)
from mentorat_desktop.core.services.members import MemberInput, MemberService


def _check(rota: Rota, older: list[int], younger: list[int], rounds: int) -> None:
    smaller, larger = sorted((len(older), len(younger)))
    # As many rounds as asked, unless everyone has met everyone before.
    expected_rounds = min(rounds, larger) if smaller else 0
    assert len(rota.rounds) == expected_rounds
    # The most distinct meetings the rounds allow: every round full.
    assert len(rota.meetings) == min(rounds * smaller, smaller * larger)
    seen: set[tuple[int, int]] = set()
    seated_tables: dict[int, set[int]] = {}
    for index, round_ in enumerate(rota.rounds, start=1):
        # Tables numbered 1..n in every round, every table used once.
        assert [m.table for m in round_] == list(range(1, smaller + 1))
        people = [m.older for m in round_] + [m.younger for m in round_]
        assert len(people) == len(set(people)), "someone at two tables in one round"
        for meeting in round_:
            assert meeting.round == index
            assert meeting.older in older and meeting.younger in younger
            pair = (meeting.older, meeting.younger)
            assert pair not in seen, "two people met twice"
            seen.add(pair)
            keeper = meeting.older if len(older) <= len(younger) else meeting.younger
            seated_tables.setdefault(keeper, set()).add(meeting.table)
        assert sorted(rota.sitting_out(index) + people) == sorted(older + younger)
    # The smaller side keeps its table all evening.
    assert all(len(tables) == 1 for tables in seated_tables.values())
    # Sitting out is shared fairly: after every round, counts differ by one at most.
    moving = younger if len(older) <= len(younger) else older
    out: Counter[int] = Counter({m: 0 for m in moving})
    for index in range(1, len(rota.rounds) + 1):
        out.update(rota.sitting_out(index))
        assert max(out.values()) - min(out.values()) <= 1, (len(older), len(younger), index)


def _splits(n: int) -> list[int]:
    if n <= 16:
        return list(range(n + 1))
    return sorted({0, 1, 2, n // 4, n // 3, n // 2 - 1, n // 2, n // 2 + 1, 2 * n // 3, n - 1, n})


@pytest.mark.parametrize("size", range(2, 61))
def test_rota_rules_hold_for_every_room(size: int) -> None:
    for n_older in _splits(size):
        older = list(range(1, n_older + 1))
        younger = list(range(100, 100 + size - n_older))
        for rounds in range(1, 13):
            _check(make_rota(older, younger, rounds), older, younger, rounds)


def test_an_even_room_moves_one_table_along_each_round() -> None:
    rota = make_rota([1, 2, 3], [11, 12, 13], 3)
    tables_of_11 = [m.table for m in rota.meetings if m.younger == 11]
    assert tables_of_11 == [1, 2, 3]
    # The older members stay where they are.
    assert {m.table for m in rota.meetings if m.older == 2} == {2}


def test_the_rota_stops_when_everyone_has_met_everyone() -> None:
    rota = make_rota([1, 2], [11, 12, 13], 10)
    assert len(rota.rounds) == 3
    assert len({(m.older, m.younger) for m in rota.meetings}) == 6


def test_one_side_alone_meets_nobody() -> None:
    rota = make_rota([1, 2, 3], [], 4)
    assert rota.rounds == ()
    assert rota.tables == 0


def test_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        make_rota([1], [2], 0)
    with pytest.raises(ValueError):
        make_rota([1, 2], [2], 1)


def _p(member_id: int, year: int | None, role: Role = Role.EITHER) -> Present:
    return Present(member_id, f"Person {member_id}", year, role)


def test_roles_decide_the_side_and_either_members_balance_it_by_age() -> None:
    people = [
        _p(1, 1955, Role.MENTEE),
        _p(2, 1960, Role.MENTEE),
        _p(3, 2001, Role.MENTOR),
        _p(4, 1990),
        _p(5, 1970),
        _p(6, 2003),
        _p(7, None),
    ]
    older, younger = split_sides(people)
    # Two mentees and one mentor: of the four who may do either, the oldest goes to the older
    # side, which makes three and four; the others, younger, to the younger side.
    assert [p.member_id for p in older] == [1, 2, 5]
    assert [p.member_id for p in younger] == [4, 3, 6, 7]


def test_a_mentor_stays_a_mentor_even_when_older() -> None:
    older, younger = split_sides([_p(1, 1950, Role.MENTOR), _p(2, 2000, Role.MENTEE)])
    assert [p.member_id for p in older] == [2]
    assert [p.member_id for p in younger] == [1]


def test_rota_json_gives_numbers_and_tables_per_round() -> None:
    people = [_p(1, 1950), _p(2, 1955), _p(3, 2000), _p(4, 2002)]
    data = rota_json(rota_for(people, 2))
    assert data["rounds_held"] == 2
    rounds = data["rounds"]
    assert isinstance(rounds, list)
    assert rounds[0]["meetings"] == [
        {"older": 1, "younger": 3, "table": 1},
        {"older": 2, "younger": 4, "table": 2},
    ]
    assert rounds[1]["meetings"] == [
        {"older": 1, "younger": 4, "table": 1},
        {"older": 2, "younger": 3, "table": 2},
    ]


# -- the members present and the printed rota ------------------------------------------------


def _room(members: MemberService) -> list[int]:
    ids = []
    for first, last, year, role in [
        ("Odile", "Marchand", 1952, Role.MENTEE),
        ("Gérard", "Lemoine", 1958, Role.MENTEE),
        ("Zoé", "Martin", 2002, Role.MENTOR),
        ("Léo", "Tremblay", 1999, Role.MENTOR),
        ("Inès", "Roy", 2004, Role.MENTOR),
    ]:
        record = members.add(
            MemberInput(
                first_name=first,
                last_name=last,
                birth_year=year,
                role=role,
                email=f"{first.lower()}@exemple.org",
            )
        )
        ids.append(record.id)
    return ids


def test_names_and_emails_are_resolved_and_the_unknown_kept(
    db: Database, members: MemberService
) -> None:
    ids = _room(members)
    names = parse_names("Odile Marchand, zoé@exemple.org\nlemoine gérard\n\nNobody Here\n")
    assert names == ["Odile Marchand", "zoé@exemple.org", "lemoine gérard", "Nobody Here"]
    resolved = resolve_members(db, [*names, "Odile Marchand"])
    assert resolved.member_ids == [ids[0], ids[2], ids[1]]
    assert resolved.unknown == ["Nobody Here"]
    people = load_present(db, resolved.member_ids)
    assert [p.name for p in people] == ["Odile Marchand", "Zoé Martin", "Gérard Lemoine"]


@pytest.mark.parametrize(
    ("language", "words", "paper"),
    [
        ("fr_FR", ["Par table", "Par personne", "Table 1", "Tour"], (595, 842)),
        ("fr_CA", ["Par table", "Par personne"], (612, 792)),
        ("en", ["By table", "By person", "Round", "break"], (595, 842)),
    ],
)
def test_the_printed_rota_names_who_sits_where(
    db: Database, members: MemberService, tmp_path: Path, language: str, words: list[str], paper
) -> None:
    from pypdf import PdfReader

    from mentorat_desktop.core.event import write_rota

    people = load_present(db, _room(members))
    rota = rota_for(people, 3)
    out = tmp_path / "rota.pdf"
    pages = write_rota(db, rota, people, out, language)
    reader = PdfReader(out)
    assert pages == len(reader.pages) >= 2
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for word in [*words, "Odile Marchand", "Inès Roy"]:
        assert word in text
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == paper


def test_importing_the_event_package_does_not_load_reportlab() -> None:
    import subprocess
    import sys

    code = (
        "import sys, mentorat_desktop.core.event, mentorat_desktop.core.event.people; "
        "sys.exit(1 if any(m.startswith('reportlab') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
