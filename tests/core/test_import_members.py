"""Importing members from spreadsheets: recognising columns, reading cells, sorting rows into
to add / duplicate / refused without writing, then applying all or nothing."""

from __future__ import annotations

import datetime as dt
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.enums import MemberStatus, Mode, Role
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.importing import members as importing
from mentorat_desktop.core.importing import streaming
from mentorat_desktop.core.importing.members import (
    ImportFileChanged,
    MemberImportPlan,
    MissingColumnsError,
    apply_member_import,
    parse_birth_year,
    parse_date,
    plan_member_import,
    recognise_headers,
)
from mentorat_desktop.core.importing.tabular import TableReadError, TooManyRowsError
from mentorat_desktop.core.services.members import MemberInput, MemberService
from mentorat_desktop.i18n.import_messages import describe_plan_problem

TODAY = dt.date(2025, 6, 1)


@pytest.fixture
def fresh_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "t.sqlite3")
    try:
        yield database
    finally:
        database.close()


def csv_file(tmp_path: Path, text: str, name: str = "membres.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def plan_of(db: Database, tmp_path: Path, text: str) -> MemberImportPlan:
    return plan_member_import(db, csv_file(tmp_path, text), today=TODAY)


def one_member(db: Database, tmp_path: Path, header: str, cell: str) -> MemberInput:
    plan = plan_of(db, tmp_path, f"Prénom;Nom;{header}\nLéa;Roy;{cell}\n")
    assert not plan.refused, plan.refused
    return plan.to_add[0].data


def refusal_codes(db: Database, tmp_path: Path, header: str, cell: str) -> list[tuple[str, str]]:
    plan = plan_of(db, tmp_path, f"Prénom;Nom;{header}\nLéa;Roy;{cell}\n")
    assert len(plan.refused) == 1
    return [(e.field, e.code) for e in plan.refused[0].errors]


# -- columns -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Prénom", "first_name"),
        ("PRENOM(S) *", "first_name"),
        ("First name", "first_name"),
        ("Firstname", "first_name"),
        ("Given name", "first_name"),
        ("Votre prénom", "first_name"),
        ("Nom de famille", "last_name"),
        ("Last name", "last_name"),
        ("Surname", "last_name"),
        ("Family name", "last_name"),
        ("Courriel", "email"),
        ("E-mail", "email"),
        ("Email", "email"),
        ("e_mail :", "email"),
        ("Adresse courriel", "email"),
        ("Mail", "email"),
        ("Adresse e-mail", "email"),
        ("Téléphone", "phone"),
        ("Tél.", "phone"),
        ("Phone", "phone"),
        ("Cellulaire", "phone"),
        ("Mobile", "phone"),
        ("Année de naissance", "birth_year"),
        ("Birth year", "birth_year"),
        ("Year of birth", "birth_year"),
        ("Date de naissance (JJ/MM/AAAA)", "birth_year"),
        ("Date of birth", "birth_year"),
        ("Birth date", "birth_year"),
        ("Né(e) en", "birth_year"),
        ("Rôle", "role"),
        ("Role", "role"),
        ("Rôle souhaité", "role"),
        ("Compétences offertes", "skills_offered"),
        ("Skills offered", "skills_offered"),
        ("Offre", "skills_offered"),
        ("Peut enseigner", "skills_offered"),
        ("Can teach", "skills_offered"),
        ("Compétences recherchées", "skills_wanted"),
        ("Compétences souhaitées", "skills_wanted"),
        ("Skills wanted", "skills_wanted"),
        ("Wants to learn", "skills_wanted"),
        ("Souhaite apprendre", "skills_wanted"),
        ("Ville", "city"),
        ("City", "city"),
        ("Municipalité", "city"),
        ("Organisation", "organisation"),
        ("Organisme", "organisation"),
        ("Entreprise", "organisation"),
        ("Employeur", "organisation"),
        ("Organization", "organisation"),
        ("Company", "organisation"),
        ("Service", "department"),
        ("Département", "department"),
        ("Department", "department"),
        ("Langues", "languages"),
        ("Languages", "languages"),
        ("Disponibilités", "availability"),
        ("Availability", "availability"),
        ("Mode", "preferred_mode"),
        ("Mode préféré", "preferred_mode"),
        ("Preferred mode", "preferred_mode"),
        ("Années d'expérience", "years_experience"),
        ("Years of experience", "years_experience"),
        ("Expérience", "years_experience"),
        ("Notes", "notes"),
        ("Remarques", "notes"),
        ("Commentaires", "notes"),
        ("Comments", "notes"),
        ("Consentement", "consent_on"),
        ("Consent", "consent_on"),
        ("Formation", "mentor_training_on"),
        ("Formation mentor", "mentor_training_on"),
        ("Mentor training", "mentor_training_on"),
        ("Statut", "status"),
    ],
)
def test_recognised_titles(header: str, target: str) -> None:
    column_map, ignored = recognise_headers(["Prénom", "Nom", header])
    assert column_map[header] == target
    assert ignored == []


def test_unknown_titles_are_ignored_in_file_order() -> None:
    column_map, ignored = recognise_headers(["Horodateur", "Prénom", "Pointure", "Nom"])
    assert column_map == {"Prénom": "first_name", "Nom": "last_name"}
    assert ignored == ["Horodateur", "Pointure"]


@pytest.mark.parametrize("header", ["Nom complet", "Full name", "Name"])
def test_full_name_column(header: str) -> None:
    column_map, _ = recognise_headers([header, "Courriel"])
    assert column_map[header] == "full_name"


def test_full_name_is_not_used_when_first_and_last_are_there() -> None:
    column_map, ignored = recognise_headers(["Nom complet", "Prénom", "Nom"])
    assert set(column_map.values()) == {"first_name", "last_name"}
    assert ignored == ["Nom complet"]


def test_a_lone_nom_column_holds_the_whole_name() -> None:
    column_map, _ = recognise_headers(["Nom", "Courriel"])
    assert column_map["Nom"] == "full_name"


@pytest.mark.parametrize(
    ("headers", "missing"),
    [
        (["Courriel", "Ville"], ["first_name", "last_name"]),
        (["Prénom", "Courriel"], ["last_name"]),
        ([], ["first_name", "last_name"]),
    ],
)
def test_missing_name_columns(headers: list[str], missing: list[str]) -> None:
    with pytest.raises(MissingColumnsError) as caught:
        recognise_headers(headers)
    assert caught.value.missing == missing


def test_plan_raises_missing_columns(fresh_db: Database, tmp_path: Path) -> None:
    with pytest.raises(MissingColumnsError):
        plan_of(fresh_db, tmp_path, "Courriel;Ville\na@b.fr;Lyon\n")


def test_plan_lets_file_errors_through(fresh_db: Database, tmp_path: Path) -> None:
    with pytest.raises(TableReadError) as caught:
        plan_member_import(fresh_db, tmp_path / "absent.csv")
    assert caught.value.code == "unreadable"


@pytest.mark.parametrize(
    ("cell", "first", "last"),
    [
        ("Marie Dupont", "Marie", "Dupont"),
        ("  Jean   de La Fontaine ", "Jean", "de La Fontaine"),
        ("Dupont, Marie", "Marie", "Dupont"),
    ],
)
def test_full_name_split(
    fresh_db: Database, tmp_path: Path, cell: str, first: str, last: str
) -> None:
    plan = plan_of(fresh_db, tmp_path, f'Nom complet;Courriel\n"{cell}";m@x.fr\n')
    data = plan.to_add[0].data
    assert (data.first_name, data.last_name) == (first, last)


def test_a_single_word_full_name_is_refused(fresh_db: Database, tmp_path: Path) -> None:
    plan = plan_of(fresh_db, tmp_path, "Name\nCher\n")
    assert [(e.field, e.code) for e in plan.refused[0].errors] == [("last_name", "required")]


# -- cells ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("Mentor", Role.MENTOR),
        ("mentor", Role.MENTOR),
        ("Junior", Role.MENTOR),
        ("Jeune", Role.MENTOR),
        ("Mentoré", Role.MENTEE),
        ("Mentorée", Role.MENTEE),
        ("Mentore", Role.MENTEE),
        ("Mentee", Role.MENTEE),
        ("Mentoree", Role.MENTEE),
        ("Senior", Role.MENTEE),
        ("Aîné", Role.MENTEE),
        ("MENTORÉ(E)", Role.MENTEE),
        ("Les deux", Role.EITHER),
        ("Either", Role.EITHER),
        ("Both", Role.EITHER),
        ("Indifférent", Role.EITHER),
        ("", Role.EITHER),
    ],
)
def test_role_words(fresh_db: Database, tmp_path: Path, word: str, role: Role) -> None:
    assert one_member(fresh_db, tmp_path, "Rôle", word).role == role


def test_unknown_role_is_refused_with_the_value(fresh_db: Database, tmp_path: Path) -> None:
    plan = plan_of(fresh_db, tmp_path, "Prénom;Nom;Rôle\nLéa;Roy;Coach\n")
    (error,) = plan.refused[0].errors
    assert (error.field, error.code) == ("role", "role_unknown")
    assert error.params == {"value": "Coach", "column": "Rôle"}


@pytest.mark.parametrize(
    ("word", "mode"),
    [
        ("Présentiel", Mode.IN_PERSON),
        ("En personne", Mode.IN_PERSON),
        ("In person", Mode.IN_PERSON),
        ("Visio", Mode.VIDEO),
        ("Vidéo", Mode.VIDEO),
        ("Video", Mode.VIDEO),
        ("Téléphone", Mode.PHONE),
        ("Phone", Mode.PHONE),
        ("Indifférent", Mode.ANY),
        ("", Mode.ANY),
    ],
)
def test_mode_words(fresh_db: Database, tmp_path: Path, word: str, mode: Mode) -> None:
    assert one_member(fresh_db, tmp_path, "Mode préféré", word).preferred_mode == mode


def test_unknown_mode(fresh_db: Database, tmp_path: Path) -> None:
    assert refusal_codes(fresh_db, tmp_path, "Mode", "Pigeon voyageur") == [
        ("preferred_mode", "mode_unknown")
    ]


@pytest.mark.parametrize(
    "cell",
    ["1958", "15/03/1958", "1958-03-15", "15-03-1958", "15.03.1958", "1958.0", "15 mars 1958"],
)
def test_birth_year_forms(fresh_db: Database, tmp_path: Path, cell: str) -> None:
    assert one_member(fresh_db, tmp_path, "Date de naissance", cell).birth_year == 1958


@pytest.mark.parametrize("cell", ["1958-13-45", "31/02/1958", "cinquante-huit", "58", "19/58"])
def test_unreadable_birth_year(fresh_db: Database, tmp_path: Path, cell: str) -> None:
    plan = plan_of(fresh_db, tmp_path, f"Prénom;Nom;Date de naissance\nLéa;Roy;{cell}\n")
    (error,) = plan.refused[0].errors
    assert (error.field, error.code, error.params["value"]) == (
        "birth_year",
        "year_unreadable",
        cell,
    )


def test_birth_year_out_of_range_uses_the_service_rule(fresh_db: Database, tmp_path: Path) -> None:
    assert refusal_codes(fresh_db, tmp_path, "Année de naissance", "1850") == [
        ("birth_year", "year_range")
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2024-03-05", dt.date(2024, 3, 5)),
        ("05/03/2024", dt.date(2024, 3, 5)),
        ("03/25/2024", dt.date(2024, 3, 25)),
        ("5.3.24", dt.date(2024, 3, 5)),
        ("2024-03-05 10:30:00", dt.date(2024, 3, 5)),
        ("45356", dt.date(2024, 3, 5)),
    ],
)
def test_parse_date(text: str, date: dt.date) -> None:
    assert parse_date(text, TODAY) == date


@pytest.mark.parametrize("text", ["", "demain", "2024-02-30", "13/13/2024", "1958"])
def test_parse_date_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text, TODAY)


def test_parse_birth_year_words_around() -> None:
    assert parse_birth_year("vers 1960") == 1960
    with pytest.raises(ValueError):
        parse_birth_year("1960 ou 1961")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("oui", TODAY),
        ("Yes", TODAY),
        ("x", TODAY),
        ("X", TODAY),
        ("✓", TODAY),
        ("TRUE", TODAY),
        ("2024-09-01", dt.date(2024, 9, 1)),
        ("01/09/2024", dt.date(2024, 9, 1)),
        ("non", None),
        ("-", None),
        ("", None),
    ],
)
def test_consent_and_training(
    fresh_db: Database, tmp_path: Path, cell: str, expected: dt.date | None
) -> None:
    assert one_member(fresh_db, tmp_path, "Consentement", cell).consent_on == expected
    assert one_member(fresh_db, tmp_path, "Formation mentor", cell).mentor_training_on == expected


def test_unreadable_or_future_dates(fresh_db: Database, tmp_path: Path) -> None:
    assert refusal_codes(fresh_db, tmp_path, "Consentement", "peut-être") == [
        ("consent_on", "date_unreadable")
    ]
    assert refusal_codes(fresh_db, tmp_path, "Formation", "2099-01-01") == [
        ("mentor_training_on", "date_in_future")
    ]


@pytest.mark.parametrize(
    ("cell", "years"), [("12", 12), ("12 ans", 12), ("7.0", 7), ("3 years", 3)]
)
def test_years_of_experience(fresh_db: Database, tmp_path: Path, cell: str, years: int) -> None:
    assert one_member(fresh_db, tmp_path, "Années d'expérience", cell).years_experience == years


def test_unreadable_number(fresh_db: Database, tmp_path: Path) -> None:
    assert refusal_codes(fresh_db, tmp_path, "Expérience", "beaucoup") == [
        ("years_experience", "number_unreadable")
    ]


def test_skills_lists_and_other_text(fresh_db: Database, tmp_path: Path) -> None:
    plan = plan_of(
        fresh_db,
        tmp_path,
        "Prénom;Nom;Offre;Souhaite apprendre;Ville;Langues;Disponibilités;Notes\n"
        'Léa;Roy;"Excel, Canva; TikTok";"Gestion, gestion";  Québec ;"Français, anglais";'
        '"Mardi soir";"Arrive de\nFrance"\n',
    )
    data = plan.to_add[0].data
    assert data.skills_offered == ["Excel", "Canva", "TikTok"]
    assert data.skills_wanted == ["Gestion"]
    assert data.city == "Québec"
    assert data.languages == "Français, anglais"
    assert data.availability == "Mardi soir"
    assert data.notes == "Arrive de France"


def test_two_columns_for_one_field_take_the_first_filled(
    fresh_db: Database, tmp_path: Path
) -> None:
    plan = plan_of(
        fresh_db,
        tmp_path,
        "Prénom;Nom;Téléphone;Cellulaire\nA;B;;514 555 0101\nC;D;819 555 0102;x\n",
    )
    assert [row.data.phone for row in plan.to_add] == ["514 555 0101", "819 555 0102"]
    assert plan.column_map == {
        "Prénom": "first_name",
        "Nom": "last_name",
        "Téléphone": "phone",
        "Cellulaire": "phone",
    }


# -- the whole plan on a messy file -------------------------------------------------------

MESSY = (
    # line 1
    "Horodateur;Prénom ;NOM;Adresse courriel;Date de naissance;Rôle souhaité;Compétences offertes\n"
    "2024-01-02;  Élodie ;Bérubé  ; Elodie.Berube@Exemple.QC.ca ;15/03/1958;Mentorée;\n"  # 2
    "\n"  # 3
    "2024-01-03;Kévin;Nadeau;KEVIN@exemple.ca;2001;Jeune;Réseaux sociaux, Canva\n"  # 4
    "2024-01-04;Noël;Garçon;pas-un-courriel;1960;Aîné;\n"  # 5
    "2024-01-05;Françoise;Lefèvre;f.lefevre@exemple.fr;1958-13-45;Senior;\n"  # 6
    "\n"  # 7
    "2024-01-06;Hélène;Côté;HELENE.COTE@exemple.qc.ca;1962;Mentoré;\n"  # 8 same e-mail as existing
    "2024-01-07;helene;COTE;;1955;Mentoré;\n"  # 9 same name and year as existing
    "2024-01-08;Kevin;Nadeau;kevin@EXEMPLE.ca;2001;Mentor;\n"  # 10 same e-mail as line 4
    "2024-01-09;Kévin;NADEAU;;2001;Mentor;\n"  # 11 same name and year as line 4
    '2024-01-10;Île;"Dupuis; fils";ile@exemple.ca;;Les deux;"Word\nExcel"\n'  # 12-13
)


def existing_member(db: Database) -> None:
    MemberService(db).add(
        MemberInput(
            first_name="Hélène",
            last_name="Côté",
            birth_year=1955,
            email="helene.cote@exemple.qc.ca",
        )
    )


def test_plan_sorts_every_row_and_writes_nothing(fresh_db: Database, tmp_path: Path) -> None:
    existing_member(fresh_db)
    service = MemberService(fresh_db)
    path = csv_file(tmp_path, MESSY, encoding="cp1252")
    plan = plan_member_import(fresh_db, path, today=TODAY)

    assert plan.path == path
    assert plan.ignored_headers == ["Horodateur"]
    assert plan.column_map["Prénom"] == "first_name"
    assert plan.column_map["NOM"] == "last_name"
    assert [(row.line, row.name) for row in plan.to_add] == [
        (2, "Élodie Bérubé"),
        (4, "Kévin Nadeau"),
        (12, "Île Dupuis; fils"),
    ]
    elodie = plan.to_add[0].data
    assert elodie.email == "elodie.berube@exemple.qc.ca"
    assert (elodie.birth_year, elodie.role) == (1958, Role.MENTEE)
    assert plan.to_add[1].data.role == Role.MENTOR
    assert plan.to_add[1].data.skills_offered == ["Réseaux sociaux", "Canva"]
    assert plan.to_add[2].data.skills_offered == ["Word", "Excel"]
    assert plan.to_add[2].data.role == Role.EITHER

    refused = {row.line: [(e.field, e.code) for e in row.errors] for row in plan.refused}
    assert refused == {5: [("email", "email_invalid")], 6: [("birth_year", "year_unreadable")]}
    assert plan.refused[0].name == "Noël Garçon"

    duplicates = [(d.line, d.reason, d.existing_name, d.existing_line) for d in plan.duplicates]
    assert duplicates == [
        (8, "same_email", "Hélène Côté", None),
        (9, "same_person", "Hélène Côté", None),
        (10, "same_email", "Kévin Nadeau", 4),
        (11, "same_person", "Kévin Nadeau", 4),
    ]
    assert plan.total_rows == 9
    assert service.count() == 1  # planning wrote nothing


def test_plan_from_a_workbook(fresh_db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["First name", "Last name", "Date of birth", "Years of experience", "Consent"])
    sheet.append(["Gisèle", "Ouellet", dt.datetime(1955, 4, 2), 32.0, dt.date(2024, 5, 1)])
    sheet.append([None])
    sheet.append(["Kévin", "Nadeau", 2001, 3, "yes"])
    workbook.save(tmp_path / "membres.xlsx")

    plan = plan_member_import(fresh_db, tmp_path / "membres.xlsx", today=TODAY)
    assert not plan.refused
    gisele, kevin = (row.data for row in plan.to_add)
    assert [row.line for row in plan.to_add] == [2, 4]
    assert (gisele.birth_year, gisele.years_experience) == (1955, 32)
    assert gisele.consent_on == dt.date(2024, 5, 1)
    assert (kevin.birth_year, kevin.years_experience, kevin.consent_on) == (2001, 3, TODAY)


# -- applying ------------------------------------------------------------------------------

SIMPLE = (
    "Prénom;Nom;Courriel;Année de naissance;Compétences offertes;Compétences recherchées;Statut\n"
    "Anne;Roy;anne@x.ca;1990;Excel, Canva;;Actif\n"
    "Paul;Simard;paul@x.ca;1957;;excel;\n"
    "Zoé;Tremblay;zoe@x.ca;2003;TikTok;Négociation;Actif\n"
    "Marc;Gagné;marc@x.ca;1950;;Canva;Archivé\n"
    "Lina;Haddad;lina@x.ca;1999;Canva;Excel;\n"
)


def test_apply_adds_exactly_the_planned_rows(fresh_db: Database, tmp_path: Path) -> None:
    existing_member(fresh_db)
    seen: list[Topic] = []
    fresh_db.bus.subscribe(seen.append)
    plan = plan_of(fresh_db, tmp_path, SIMPLE + "Hélène;Côté;;1955;;;\nSans;;;;;;\n")
    assert len(plan.to_add) == 5
    assert len(plan.duplicates) == 1
    assert len(plan.refused) == 1

    assert apply_member_import(fresh_db, plan) == 5
    assert seen == [Topic.MEMBERS, Topic.SKILLS]

    service = MemberService(fresh_db)
    records = {m.first_name: m for m in service.list_members()}
    assert set(records) == {"Hélène", "Anne", "Paul", "Zoé", "Marc", "Lina"}
    assert records["Anne"].skills_offered == ("Canva", "Excel")
    assert records["Paul"].skills_wanted == ("Excel",)  # the spelling seen first
    assert records["Zoé"].skills_wanted == ("Négociation",)
    assert records["Lina"].skills_offered == ("Canva",)
    assert records["Marc"].status == MemberStatus.ARCHIVED
    assert records["Anne"].status == MemberStatus.ACTIVE
    assert records["Anne"].email == "anne@x.ca"
    assert sorted(service.skill_names()) == ["Canva", "Excel", "Négociation", "TikTok"]


def test_apply_with_nothing_to_add(fresh_db: Database, tmp_path: Path) -> None:
    seen: list[Topic] = []
    fresh_db.bus.subscribe(seen.append)
    plan = plan_of(fresh_db, tmp_path, "Prénom;Nom;Courriel\nA;B;pas-valide\n")
    assert apply_member_import(fresh_db, plan) == 0
    assert seen == []


def test_apply_checks_duplicates_again(fresh_db: Database, tmp_path: Path) -> None:
    plan = plan_of(fresh_db, tmp_path, SIMPLE)
    MemberService(fresh_db).add(MemberInput(first_name="Zoé", last_name="T.", email="ZOE@x.ca"))
    assert apply_member_import(fresh_db, plan) == 4
    assert MemberService(fresh_db).count() == 5


def test_a_database_failure_mid_apply_writes_nothing(
    fresh_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_of(fresh_db, tmp_path, SIMPLE)
    monkeypatch.setattr(importing, "_MEMBER_CHUNK", 2)  # the first two are written first
    calls = 0
    real = importing._member_values

    def breaking(*args: object, **kwargs: object) -> dict[str, object]:
        nonlocal calls
        calls += 1
        values = real(*args, **kwargs)  # type: ignore[arg-type]
        # The database's own check refuses the third row.
        return {**values, "capacity": -1} if calls == 3 else values

    monkeypatch.setattr(importing, "_member_values", breaking)
    with pytest.raises(IntegrityError):
        apply_member_import(fresh_db, plan)
    service = MemberService(fresh_db)
    assert service.count() == 0
    assert service.skill_names() == []


def test_a_failure_after_the_members_are_inserted_writes_nothing(
    fresh_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_of(fresh_db, tmp_path, SIMPLE)
    calls = 0
    real = importing._member_values

    def failing_on_third(*args: object, **kwargs: object) -> dict[str, object]:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("disk on fire")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importing, "_member_values", failing_on_third)
    with pytest.raises(RuntimeError):
        apply_member_import(fresh_db, plan)
    assert MemberService(fresh_db).count() == 0

    def failing_links(*args: object) -> list[dict[str, object]]:
        raise RuntimeError("after the members")

    monkeypatch.setattr(importing, "_member_values", real)
    monkeypatch.setattr(importing, "_skill_links", failing_links)
    with pytest.raises(RuntimeError):
        apply_member_import(fresh_db, plan)
    assert MemberService(fresh_db).count() == 0
    assert MemberService(fresh_db).skill_names() == []


def test_five_thousand_rows_are_imported_whole(fresh_db: Database, tmp_path: Path) -> None:
    existing = [
        f"Prénom{i};Nom{i};p{i}@x.ca;{1950 + i % 50};Outil{i % 30}, Excel;Métier{i % 7}"
        for i in range(5000)
    ]
    path = tmp_path / "gros.csv"
    path.write_text(
        "Prénom;Nom;Courriel;Année de naissance;Offre;Souhaite apprendre\n" + "\n".join(existing),
        encoding="utf-8",
    )
    # How long it takes is the benchmarks' business, not a test's (a shared machine varies).
    plan = plan_member_import(fresh_db, path, today=TODAY)
    added = apply_member_import(fresh_db, plan)
    assert added == 5000
    records = {m.first_name: m for m in MemberService(fresh_db).list_members()}
    assert records["Prénom1234"].skills_offered == ("Excel", "Outil4")
    assert records["Prénom1234"].skills_wanted == ("Métier2",)
    assert records["Prénom4999"].email == "p4999@x.ca"

    again = plan_member_import(fresh_db, path, today=TODAY)
    assert again.duplicates_count == 5000
    assert len(again.duplicates) == streaming.SHOWN_ROWS  # the first ones, to show


def test_a_file_changed_since_its_preview_is_not_imported(
    fresh_db: Database, tmp_path: Path
) -> None:
    plan = plan_of(fresh_db, tmp_path, SIMPLE)
    assert plan.path is not None
    plan.path.write_text(SIMPLE.replace("Zoé", "Zoée"), encoding="utf-8")
    with pytest.raises(ImportFileChanged):
        apply_member_import(fresh_db, plan)
    assert MemberService(fresh_db).count() == 0


def test_only_the_rows_previewed_as_to_add_are_added(fresh_db: Database, tmp_path: Path) -> None:
    plan = plan_of(fresh_db, tmp_path, SIMPLE + "Sans;Courriel;pas-valide\n")
    assert plan.to_add_count == 5 and plan.refused_count == 1
    ids: list[int] = []
    assert apply_member_import(fresh_db, plan, ids) == 5
    assert sorted(m.id for m in MemberService(fresh_db).list_members()) == sorted(ids)


def test_a_big_file_is_counted_whole_and_shown_in_part(
    fresh_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(streaming, "SHOWN_ROWS", 2)
    monkeypatch.setattr(importing, "_MEMBER_CHUNK", 3)
    rows = [f"Prénom{i};Nom{i};p{i}@x.ca;Canva" for i in range(10)]
    rows += [f"Autre{i};Nom{i};p{i}@x.ca;Excel" for i in range(4)]  # the same e-mails
    path = csv_file(tmp_path, "Prénom;Nom;Courriel;Offre\n" + "\n".join(rows) + "\n")
    plan = plan_member_import(fresh_db, path, today=TODAY)
    assert (plan.to_add_count, plan.duplicates_count, plan.refused_count) == (10, 4, 0)
    assert [r.line for r in plan.to_add] == [2, 3]
    assert [(d.line, d.existing_line) for d in plan.duplicates] == [(12, 2), (13, 3)]
    assert apply_member_import(fresh_db, plan) == 10
    members = MemberService(fresh_db).list_members()
    assert len(members) == 10
    assert {m.skills_offered for m in members} == {("Canva",)}


# -- large files ---------------------------------------------------------------------------


def test_a_file_over_the_row_limit_is_refused(
    fresh_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    assert importing.MAX_ROWS == 50_000
    monkeypatch.setattr(importing, "MAX_ROWS", 4)
    five = SIMPLE
    four = SIMPLE.rsplit("\n", 2)[0] + "\n\n;;\n"  # blank lines are no rows
    assert len(plan_of(fresh_db, tmp_path, four).to_add) == 4
    path = csv_file(tmp_path, five)
    with pytest.raises(TooManyRowsError) as caught:
        plan_member_import(fresh_db, path, today=TODAY)
    assert caught.value.limit == 4
    assert MemberService(fresh_db).list_members() == []
    message = describe_plan_problem(caught.value, path)
    assert message is not None
    assert "more than 4 rows" in message
    assert message.endswith("Nothing was imported.")


def test_a_workbook_over_the_row_limit_is_refused(
    fresh_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import Workbook

    monkeypatch.setattr(importing, "MAX_ROWS", 2)
    workbook = Workbook()
    sheet = workbook.active
    for row in (["Prénom", "Nom"], ["Anne", "Roy"], [None], ["Paul", "Simard"], ["Zoé", "Roy"]):
        sheet.append(row)
    workbook.save(tmp_path / "membres.xlsx")
    with pytest.raises(TooManyRowsError):
        plan_member_import(fresh_db, tmp_path / "membres.xlsx", today=TODAY)


def test_a_large_file_is_read_as_a_stream(fresh_db: Database, tmp_path: Path) -> None:
    """Twenty megabytes of rows (refused ones: a plan keeps little of them) are planned
    without the file ever sitting whole in memory (read whole, the bytes, the text and the
    rows took about seven times its size)."""
    notes = "Disponible le mardi, aime le jardinage et la photographie. " * 136  # 8,000 chars
    path = tmp_path / "gros.csv"
    with path.open("w", encoding="cp1252", newline="") as fh:
        fh.write("Prénom;Nom;Année de naissance;Texte libre\r\n")  # a column not used
        for i in range(2_500):
            fh.write(f"Prénom{i};Nom{i};vers mille neuf cent;{notes}\r\n")
    size = path.stat().st_size
    assert size > 20_000_000

    tracemalloc.start()
    try:
        plan = plan_member_import(fresh_db, path, today=TODAY)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert plan.refused_count == 2_500
    assert plan.refused[-1].line == streaming.SHOWN_ROWS + 1  # the first ones, to show
    assert peak < size / 4, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"


def test_a_quoted_cell_from_a_csv_export_is_read_without_its_quote(
    fresh_db: Database, tmp_path: Path
) -> None:
    plan = plan_of(
        fresh_db,
        tmp_path,
        "Prénom;Nom;Téléphone;Notes;Ville\n"
        "Léa;Roy;'+33 6 12 34 56 78;'=1+1;'Île-Perrot\n"
        "Paul;'-Simard;'-0612345678;''@deux;\n",
    )
    assert not plan.refused, plan.refused
    lea, paul = (row.data for row in plan.to_add)
    assert (lea.phone, lea.notes, lea.city) == ("+33 6 12 34 56 78", "=1+1", "'Île-Perrot")
    assert (paul.last_name, paul.phone, paul.notes) == ("-Simard", "-0612345678", "'@deux")


def test_many_blank_lines_before_the_titles(fresh_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "membres.csv"
    path.write_bytes(b"\r\n" * 100_000 + "Prénom;Nom\r\n\r\nLéa;Roy\r\n".encode())
    plan = plan_member_import(fresh_db, path, today=TODAY)
    assert [(row.line, row.name) for row in plan.to_add] == [(100_003, "Léa Roy")]


# -- issue 9: a year is a year, the screens' titles are read --------------------------------


@pytest.mark.parametrize("cell", ["19856", "21259", "1850", "2999"])
def test_a_birth_year_outside_the_range_is_refused_never_a_day_number(
    fresh_db: Database, tmp_path: Path, cell: str
) -> None:
    """19856 is not a workbook day number (that would be 1954): it is refused, the reason
    given (a year between 1900 and this year)."""
    plan = plan_of(fresh_db, tmp_path, f"Prénom;Nom;Année de naissance\nLéa;Roy;{cell}\n")
    assert not plan.to_add
    (error,) = plan.refused[0].errors
    assert (error.field, error.code) == ("birth_year", "year_range")
    assert error.params["min"] == 1900


def test_parse_birth_year_reads_no_day_number() -> None:
    assert parse_birth_year("19856") == 19856
    assert parse_birth_year("1958.0") == 1958
    assert parse_birth_year("15/03/1958") == 1958


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Compétences à transmettre", "skills_offered"),
        ("À transmettre", "skills_offered"),
        ("À apprendre", "skills_wanted"),
        ("Compétences à apprendre", "skills_wanted"),
        ("Rôle souhaité", "role"),
        ("Mode de rencontre", "preferred_mode"),
        ("Binômes à la fois", "capacity"),
        ("Supérieur immédiat", "manager_name"),
        ("Consentement retiré le", "consent_withdrawn_on"),
        ("Accord pour les prises de contact", "consent_contact"),
    ],
)
def test_the_screens_titles_are_recognised(header: str, target: str) -> None:
    column_map, ignored = recognise_headers(["Prénom", "Nom", header])
    assert ignored == []
    assert column_map[header] == target


def test_skills_under_the_screens_titles_are_imported(fresh_db: Database, tmp_path: Path) -> None:
    plan = plan_of(
        fresh_db,
        tmp_path,
        "Prénom;Nom;À transmettre;À apprendre\nLéa;Roy;TikTok, Canva;Négociation\n",
    )
    assert plan.ignored_headers == []
    (row,) = plan.to_add
    assert row.data.skills_offered == ["TikTok", "Canva"]
    assert row.data.skills_wanted == ["Négociation"]


@pytest.mark.parametrize(
    ("cell", "mode"),
    [("Sans préférence", "any"), ("En personne", "in_person"), ("Vidéoconférence", "video")],
)
def test_the_screens_mode_words_are_read(
    fresh_db: Database, tmp_path: Path, cell: str, mode: str
) -> None:
    assert one_member(fresh_db, tmp_path, "Mode de rencontre", cell).preferred_mode == mode


def test_the_coordinators_choice_of_columns_replaces_the_guess(
    fresh_db: Database, tmp_path: Path
) -> None:
    path = csv_file(tmp_path, "Qui;Famille;Pointure;Bla\nLéa;Roy;38;x\n")
    chosen = {"Qui": "first_name", "Famille": "last_name", "Pointure": "notes", "Bla": ""}
    plan = plan_member_import(fresh_db, path, today=TODAY, column_map=chosen)
    assert plan.column_map == {"Qui": "first_name", "Famille": "last_name", "Pointure": "notes"}
    assert plan.ignored_headers == ["Bla"]
    assert plan.samples["Bla"] == ["x"]
    (row,) = plan.to_add
    assert (row.data.first_name, row.data.last_name, row.data.notes) == ("Léa", "Roy", "38")
    with pytest.raises(MissingColumnsError):
        plan_member_import(fresh_db, path, column_map={"Qui": "first_name"})


def test_no_name_column_still_gives_the_titles_and_what_they_hold(
    fresh_db: Database, tmp_path: Path
) -> None:
    """The preview can then offer every column to choose from (issue 9)."""
    text = "Qui;Mél;Ville\nÉmile Émery;emile@x.org;Québec\nBruno Faure;bruno@x.org;Lyon\n"
    with pytest.raises(MissingColumnsError) as info:
        plan_of(fresh_db, tmp_path, text)
    error = info.value
    assert error.headers == ["Qui", "Mél", "Ville"]
    assert error.column_map == {"Mél": "email", "Ville": "city"}
    assert error.samples["Qui"] == ["Émile Émery", "Bruno Faure"]
    plan = plan_member_import(
        fresh_db,
        csv_file(tmp_path, text),
        today=TODAY,
        column_map={"Qui": "full_name", "Mél": "email", "Ville": "city"},
    )
    assert [r.name for r in plan.to_add] == ["Émile Émery", "Bruno Faure"]
