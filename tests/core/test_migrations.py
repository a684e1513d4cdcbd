"""Migrations: the head the code expects, the schema they build, and saved older databases."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

import mentorat_desktop.core.migrations as migrations
from mentorat_desktop.core.backups import list_backups
from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.migrations import HEAD_REVISION, known_revisions
from mentorat_desktop.core.models import Base, for_this_dialect
from mentorat_desktop.core.services.members import MemberService
from mentorat_desktop.core.services.settings import SettingsService

MIGRATIONS = Path(migrations.__file__).parent
FIXTURES = Path(__file__).parents[1] / "fixtures"
SAVED = sorted(FIXTURES.glob("db_*.sqlite3"))


def script_directory() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS))


def alembic_config(connection: object) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def test_head_revision_is_the_head_of_the_scripts() -> None:
    script = script_directory()
    assert script.get_heads() == [HEAD_REVISION]  # a single head, no branches
    assert script.get_current_head() == HEAD_REVISION


def test_every_migration_file_is_named_after_its_revision() -> None:
    # open_database recognises a newer file by the names of the files in versions/.
    revisions = {s.revision for s in script_directory().walk_revisions()}
    assert revisions == known_revisions()


# SQLite cannot reflect an index on an expression, so the comparison skips
# ix_session_pair_month (tests/core/test_followup.py checks the query uses it).
@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_migrated_schema_matches_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "compare_server_default": True,
                "include_object": for_this_dialect(db.dialect),
            },
        )
        assert compare_metadata(context, Base.metadata) == []


def test_downgrade_to_base_then_upgrade_again(db: Database) -> None:
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert set(inspect(db.engine).get_table_names()) == {"alembic_version"}
    with db.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    assert set(Base.metadata.tables) <= set(inspect(db.engine).get_table_names())


def test_database_at_head_opens_without_alembic(tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    open_database(path).close()
    code = (
        "import sys\n"
        "from mentorat_desktop.core.database import open_database\n"
        "from mentorat_desktop.core.services.members import MemberService\n"
        f"db = open_database({str(path)!r})\n"
        "MemberService(db).count()\n"
        "db.close()\n"
        "assert 'alembic' not in sys.modules, 'alembic imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_the_saved_database_of_version_0_1_0_exists_and_is_small() -> None:
    saved = FIXTURES / "db_0001_initial.sqlite3"
    assert saved in SAVED
    assert saved.stat().st_size < 100_000
    for suffix in ("-wal", "-shm", "-journal"):
        assert not saved.with_name(saved.name + suffix).exists()


@pytest.mark.parametrize("saved", SAVED, ids=lambda p: p.stem)
def test_saved_database_opens_and_keeps_its_members(saved: Path, tmp_path: Path) -> None:
    digest = hashlib.sha256(saved.read_bytes()).hexdigest()
    path = tmp_path / "mentorat.sqlite3"
    shutil.copyfile(saved, path)  # never open the saved file itself
    saved_revision = saved.stem.removeprefix("db_")

    db = open_database(path)
    try:
        members = MemberService(db).list_members()
        by_name = {m.full_name: m for m in members}
        assert set(by_name) == {"Hélène Côté", "Léo Bélanger-Nguyễn"}
        helene = by_name["Hélène Côté"]
        assert helene.birth_year == 1958
        assert helene.city == "Trois-Rivières"
        assert helene.email == "helene.cote@exemple.qc.ca"
        assert set(helene.skills_offered) == {"Gestion de projet", "Négociation"}
        assert set(helene.skills_wanted) == {"Réseaux sociaux", "Visioconférence"}
        leo = by_name["Léo Bélanger-Nguyễn"]
        assert leo.capacity == 2
        assert set(leo.skills_offered) == {"Réseaux sociaux", "Tableur Excel"}
        # "Réseaux sociaux" is one catalogue entry shared by both members.
        assert MemberService(db).skill_names().count("Réseaux sociaux") == 1
        settings = SettingsService(db).get()
        assert settings.association_name == "Entre-Générations Québec"
        assert settings.language == "fr_CA"
        with db.engine.connect() as connection:
            revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert revision.scalar_one() == HEAD_REVISION
    finally:
        db.close()

    backups = list_backups(path)
    if saved_revision == HEAD_REVISION:
        assert backups == []
    else:  # migrated: a checked copy of the file as it was is kept in the backups folder
        assert [(b.reason, b.revision) for b in backups] == [("migration", saved_revision)]
        with sqlite3.connect(saved) as original:
            members = original.execute("SELECT count(*) FROM member").fetchone()[0]
        assert backups[0].members == members > 0
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == digest


# -- 0004_privacy --------------------------------------------------------------------------


def test_0003_database_migrates_to_0004_with_consent_kept(tmp_path: Path) -> None:
    saved = FIXTURES / "db_0003_session_month_index.sqlite3"
    path = tmp_path / "mentorat.sqlite3"
    shutil.copyfile(saved, path)
    with sqlite3.connect(path) as con:  # the consent as 0003 knew it: a date, or none
        con.execute("UPDATE member SET consent_on = '2024-02-15' WHERE email LIKE 'helene%'")
    con.close()

    db = open_database(path)
    try:
        by_name = {m.first_name: m for m in MemberService(db).list_members()}
        helene, leo = by_name["Hélène"], by_name["Léo"]
        assert helene.consent_on is not None and helene.consent_on.isoformat() == "2024-02-15"
        # The old date meant "consent to keep the data", and nothing more.
        assert (helene.consent_keep, helene.consent_contact, helene.consent_share) == (
            True,
            False,
            False,
        )
        assert (leo.consent_on, leo.consent_keep) == (None, False)
        for member in (helene, leo):
            assert member.consent_how is None
            assert member.consent_withdrawn_on is None
            assert member.erased_at is None
        settings = SettingsService(db).get()
        assert settings.association_name == "Entre-Générations Québec"
        assert (settings.retention_months, settings.backup_keep_last) == (36, 10)
        assert settings.backup_folder_second is None
    finally:
        db.close()


@pytest.mark.parametrize(
    "saved",
    [s for s in SAVED if s.stem.removeprefix("db_") >= "0004_privacy"],
    ids=lambda p: p.stem,
)
def test_saved_database_keeps_consent_and_privacy_settings(saved: Path, tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    shutil.copyfile(saved, path)
    db = open_database(path)
    try:
        by_name = {m.first_name: m for m in MemberService(db).list_members()}
        helene = by_name["Hélène"]
        assert helene.consent_on is not None and helene.consent_on.isoformat() == "2025-09-01"
        assert (helene.consent_keep, helene.consent_contact, helene.consent_share) == (
            True,
            True,
            False,
        )
        assert helene.consent_how == "Formulaire papier"
        assert by_name["Léo"].consent_keep is False
        settings = SettingsService(db).get()
        assert (settings.retention_months, settings.backup_keep_last) == (24, 12)
    finally:
        db.close()


# -- 0005_followup_handled -----------------------------------------------------------------


def test_0004_database_migrates_to_0005_with_its_notes_kept(tmp_path: Path) -> None:
    saved = FIXTURES / "db_0004_privacy.sqlite3"
    path = tmp_path / "mentorat.sqlite3"
    shutil.copyfile(saved, path)
    with sqlite3.connect(path) as con:  # a pair and a note as 0004 knew them
        ids = [r[0] for r in con.execute("SELECT id FROM member ORDER BY birth_year DESC")]
        con.execute(
            "INSERT INTO pair (id, mentor_id, mentee_id, status, monthly_commitment_hours, mode,"
            " charter_version, created_at) VALUES (1, ?, ?, 'active', 3, 'any', 1,"
            " '2026-09-01 10:00:00')",
            ids,
        )
        con.execute(
            "INSERT INTO follow_up_entry (pair_id, held_on, speaker, comment, recheck_on) "
            "VALUES (1, '2026-11-20', 'coordinator', 'Tout va bien.', '2026-12-20')"
        )
    con.close()

    db = open_database(path)
    try:
        from mentorat_desktop.core.services.followups import FollowUpService

        (entry,) = FollowUpService(db).list_entries(1)
        assert entry.comment == "Tout va bien."
        assert entry.recheck_on is not None and entry.recheck_on.isoformat() == "2026-12-20"
        assert (entry.handled, entry.handled_reasons) == (False, ())
        assert {m.full_name for m in MemberService(db).list_members()} == {
            "Hélène Côté",
            "Léo Bélanger-Nguyễn",
        }
    finally:
        db.close()


# -- 0007_setup ----------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "country"), [("fr_CA", "CA"), ("fr_FR", "FR"), ("en", "FR")])
def test_0006_database_migrates_to_0007_in_its_country(
    tmp_path: Path, language: str, country: str
) -> None:
    saved = FIXTURES / "db_0006_charter_changes.sqlite3"
    path = tmp_path / "mentorat.sqlite3"
    shutil.copyfile(saved, path)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE program_settings SET language = ?", (language,))
        con.execute("INSERT INTO cohort (name) VALUES ('Printemps 2026')")
    con.close()

    db = open_database(path)
    try:
        from mentorat_desktop.core.services.cohorts import CohortService

        settings = SettingsService(db).get()
        assert (settings.language, settings.country) == (language, country)
        assert settings.association_address is None
        # A Québec database keeps printing on Letter paper, as it did before 0007.
        assert settings.effective_paper_size() == ("Letter" if language == "fr_CA" else "A4")
        (cohort,) = CohortService(db).list_cohorts()
        assert cohort.name == "Printemps 2026"
        assert cohort.closed_on is None
    finally:
        db.close()


@pytest.mark.parametrize(
    "saved",
    [s for s in SAVED if s.stem.removeprefix("db_") >= "0007_setup"],
    ids=lambda p: p.stem,
)
def test_saved_database_keeps_address_country_and_closed_cohort(
    saved: Path, tmp_path: Path
) -> None:
    path = tmp_path / "mentorat.sqlite3"
    shutil.copyfile(saved, path)
    db = open_database(path)
    try:
        from mentorat_desktop.core.services.cohorts import CohortService

        settings = SettingsService(db).get()
        assert settings.country == "CA"
        assert settings.association_address == (
            "1000, rue Sherbrooke Ouest\nMontréal (Québec) H3A 3G4"
        )
        (cohort,) = CohortService(db).list_cohorts()
        assert cohort.closed_on is not None and cohort.closed_on.isoformat() == "2026-07-01"
        assert [o.target for o in cohort.objectives] == ["12"]
    finally:
        db.close()
