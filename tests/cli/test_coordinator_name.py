"""The name recorded on what a command changes: --as, else the MENTORAT_COORDINATOR variable,
else the login name; the same on a file and on a server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mentorat_desktop.cli import EXIT_OK
from mentorat_desktop.core.coordinator import ENVIRONMENT, login_name
from mentorat_desktop.core.database import open_database


@pytest.fixture(autouse=True)
def no_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither the caller's variable nor what --as sets (in this process) outlives a test."""
    monkeypatch.delenv(ENVIRONMENT, raising=False)


def author_of(target: Path | str, cohort: str) -> str | None:
    db = open_database(target)
    try:
        return db.query("SELECT changed_by FROM cohort WHERE name = ?", (cohort,))[0][0]
    finally:
        db.close()


def test_as_is_recorded_on_what_the_command_changes(
    cli: Callable[..., object], empty_db: Path | str
) -> None:
    result = cli("cohort", "add", "--db", empty_db, "--name", "Automne", "--as", " Alice  Martin ")
    assert result.code == EXIT_OK, result.text  # type: ignore[attr-defined]
    assert author_of(empty_db, "Automne") == "Alice Martin"


def test_as_may_come_before_the_action(cli: Callable[..., object], empty_db: Path | str) -> None:
    result = cli("cohort", "--as", "Bruno", "add", "--db", empty_db, "--name", "Printemps")
    assert result.code == EXIT_OK, result.text  # type: ignore[attr-defined]
    assert author_of(empty_db, "Printemps") == "Bruno"


def test_without_as_the_variable_then_the_login_name(
    cli: Callable[..., object], empty_db: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("cohort", "add", "--db", empty_db, "--name", "Hiver").code == EXIT_OK  # type: ignore[attr-defined]
    assert author_of(empty_db, "Hiver") == login_name()
    monkeypatch.setenv(ENVIRONMENT, "Chloé Roy")
    assert cli("cohort", "add", "--db", empty_db, "--name", "Été").code == EXIT_OK  # type: ignore[attr-defined]
    assert author_of(empty_db, "Été") == "Chloé Roy"


def test_the_help_names_the_option(cli: Callable[..., object]) -> None:
    result = cli("cohort", "add", "--help", "--lang", "en")
    assert "--as NAME" in result.out  # type: ignore[attr-defined]
    assert "MENTORAT_COORDINATOR" in result.out  # type: ignore[attr-defined]


def test_where_as_names_a_copy_the_coordinator_comes_before_the_action(
    cli: Callable[..., object], empty_db: Path | str
) -> None:
    cli("cohort", "add", "--db", empty_db, "--name", "Automne")
    result = cli(
        "cohort", "--as", "Alice", "duplicate", "--db", empty_db, "--name", "Automne",
        "--as", "Automne 2027",
    )  # fmt: skip
    assert result.code == EXIT_OK, result.text  # type: ignore[attr-defined]
    assert author_of(empty_db, "Automne 2027") == "Alice"
