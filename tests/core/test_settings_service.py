"""Program settings: defaults, saving, validation and the paper size to print on."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorat_desktop.core.database import Database, open_database
from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.events import Topic
from mentorat_desktop.core.services.settings import Settings, SettingsService


@pytest.fixture
def settings(db: Database) -> SettingsService:
    return SettingsService(db)


def test_defaults(settings: SettingsService) -> None:
    current = settings.get()
    assert current == Settings()
    assert current.default_commitment_hours == 3.0
    assert current.language == "fr_FR"
    assert current.paper_size is None
    assert current.silent_days == 30
    assert current.end_soon_days == 30
    assert current.effective_paper_size() == "A4"


def test_update_and_read_back(db: Database, settings: SettingsService) -> None:
    events: list[Topic] = []
    db.bus.subscribe(events.append)

    new = settings.update(
        association_name="Entre-Générations Québec",
        coordinator_name="Chloé Gagnon",
        coordinator_email="chloe@exemple.qc.ca",
        default_commitment_hours=4.5,
        language="fr_CA",
        paper_size="A4",
        silent_days=21,
    )

    assert events == [Topic.SETTINGS]
    assert settings.get() == new
    assert new.association_name == "Entre-Générations Québec"
    assert new.default_commitment_hours == 4.5
    assert new.end_soon_days == 30  # untouched fields keep their value

    settings.update(paper_size=None)
    assert settings.get() == Settings(**{**new.__dict__, "paper_size": None})


def test_settings_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    db = open_database(path)
    SettingsService(db).update(language="en", coordinator_name="Chloé")
    db.close()
    db = open_database(path)
    try:
        current = SettingsService(db).get()
        assert current.language == "en"
        assert current.coordinator_name == "Chloé"
    finally:
        db.close()


@pytest.mark.parametrize(
    ("language", "paper_size", "expected"),
    [
        ("fr_CA", None, "Letter"),
        ("fr_FR", None, "A4"),
        ("en", None, "A4"),
        ("fr_CA", "A4", "A4"),
        ("fr_FR", "Letter", "Letter"),
        ("en", "Letter", "Letter"),
    ],
)
def test_effective_paper_size(language: str, paper_size: str | None, expected: str) -> None:
    assert Settings(language=language, paper_size=paper_size).effective_paper_size() == expected


def test_effective_paper_size_for_another_language() -> None:
    assert Settings(language="fr_FR").effective_paper_size("fr_CA") == "Letter"
    assert Settings(language="fr_CA").effective_paper_size("en") == "A4"
    assert Settings(language="fr_FR", paper_size="A4").effective_paper_size("fr_CA") == "A4"


def test_saved_paper_size_is_used(settings: SettingsService) -> None:
    settings.update(language="fr_CA")
    assert settings.get().effective_paper_size() == "Letter"
    settings.update(paper_size="A4")
    assert settings.get().effective_paper_size() == "A4"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"language": "de_DE"}, "language"),
        ({"language": "fr"}, "language"),
        ({"paper_size": "A5"}, "paper_size"),
        ({"default_commitment_hours": 0}, "default_commitment_hours"),
        ({"default_commitment_hours": 0.25}, "default_commitment_hours"),
        ({"default_commitment_hours": 41}, "default_commitment_hours"),
    ],
)
def test_invalid_settings_are_refused(
    db: Database, settings: SettingsService, changes: dict[str, object], field: str
) -> None:
    settings.update(association_name="Avant")
    events: list[Topic] = []
    db.bus.subscribe(events.append)

    with pytest.raises(ValidationError) as info:
        settings.update(association_name="Après", **changes)

    found = info.value.for_field(field)
    assert found is not None
    assert found.code in ("invalid_choice", "number_range")
    assert settings.get().association_name == "Avant"
    assert events == []


def test_commitment_range_matches_its_message(settings: SettingsService) -> None:
    with pytest.raises(ValidationError) as info:
        settings.update(default_commitment_hours=0.25)
    found = info.value.for_field("default_commitment_hours")
    assert found is not None
    assert found.code == "number_range"
    low, high = found.params["min"], found.params["max"]
    assert settings.update(default_commitment_hours=low).default_commitment_hours == low
    assert settings.update(default_commitment_hours=high).default_commitment_hours == high
