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
    assert settings.get() == new._replace(paper_size=None)


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


# -- the association's address and country (issue 11) -------------------------------------


def test_address_and_country_are_saved(tmp_path: Path) -> None:
    path = tmp_path / "mentorat.sqlite3"
    db = open_database(path)
    SettingsService(db).update(
        association_address="  12 rue des Lilas \n 69003 Lyon  ", country="FR"
    )
    db.close()
    db = open_database(path)
    try:
        current = SettingsService(db).get()
        assert current.association_address == "12 rue des Lilas\n69003 Lyon"
        assert current.country == "FR"
    finally:
        db.close()


def test_defaults_are_france_without_address(settings: SettingsService) -> None:
    current = settings.get()
    assert current.country == "FR"
    assert current.association_address is None


@pytest.mark.parametrize(
    ("before", "country", "language"),
    [("fr_FR", "CA", "fr_CA"), ("fr_CA", "FR", "fr_FR"), ("en", "CA", "en"), ("en", "FR", "en")],
)
def test_the_language_follows_the_country_set_alone(
    settings: SettingsService, before: str, country: str, language: str
) -> None:
    settings.update(language=before)
    assert settings.update(country=country).language == language
    assert settings.get().language == language


def test_a_language_set_with_the_country_is_kept(settings: SettingsService) -> None:
    new = settings.update(country="CA", language="en")
    assert (new.country, new.language) == ("CA", "en")
    new = settings.update(country="FR", language="fr_CA")
    assert (new.country, new.language) == ("FR", "fr_CA")


def test_the_paper_follows_the_country(settings: SettingsService) -> None:
    assert settings.update(country="CA").effective_paper_size() == "Letter"
    # A Québec association prints on Letter paper in English too.
    assert settings.get().effective_paper_size("en") == "Letter"
    assert settings.update(country="FR").effective_paper_size() == "A4"
    assert settings.update(country="CA", paper_size="A4").effective_paper_size() == "A4"
    assert Settings(country="CA", language="en").effective_paper_size() == "Letter"


def test_an_empty_address_is_none(settings: SettingsService) -> None:
    settings.update(association_address="1 rue X")
    assert settings.update(association_address="  \n ").association_address is None


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"country": "BE"}, "country", "invalid_choice"),
        ({"country": "fr"}, "country", "invalid_choice"),
        ({"coordinator_email": "chloe-at-exemple"}, "coordinator_email", "email_invalid"),
        ({"coordinator_phone": "appelez-moi"}, "coordinator_phone", "phone_invalid"),
        ({"coordinator_name": "A" * 201}, "coordinator_name", "too_long"),
        ({"association_address": "A" * 501}, "association_address", "too_long"),
        ({"silent_days": 0}, "silent_days", "number_range"),
        ({"end_soon_days": 366}, "end_soon_days", "number_range"),
    ],
)
def test_wrong_set_up_values_are_refused_and_nothing_changes(
    db: Database, settings: SettingsService, changes: dict[str, object], field: str, code: str
) -> None:
    settings.update(association_name="Avant")
    events: list[Topic] = []
    db.bus.subscribe(events.append)

    with pytest.raises(ValidationError) as info:
        settings.update(association_name="Après", **changes)

    found = info.value.for_field(field)
    assert found is not None
    assert found.code == code
    assert settings.get().association_name == "Avant"
    assert settings.get().country == "FR"
    assert events == []


def test_check_says_what_update_would_refuse_and_writes_nothing(
    db: Database, settings: SettingsService
) -> None:
    events: list[Topic] = []
    db.bus.subscribe(events.append)
    errors = settings.check(country="BE", silent_days=0, association_name="Nouvelle")
    assert {(e.field, e.code) for e in errors} == {
        ("country", "invalid_choice"),
        ("silent_days", "number_range"),
    }
    assert settings.check(country="CA") == []
    assert settings.get() == Settings()
    assert events == []
