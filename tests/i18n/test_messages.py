"""Every code the core raises has its own sentence, in English and in French."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

import mentorat_desktop.core as core_package
from mentorat_desktop.core.errors import DatabaseOpenError, FieldError, OpenProblem
from mentorat_desktop.core.services.members import MemberInput
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.i18n.messages import field_error, field_label, open_error

CORE = Path(core_package.__file__).parent

# The codes of mentorat_desktop/core, kept here so that a new one has to be added (and worded).
KNOWN_CODES = {
    "changed_since",
    "duration_zero",
    "duration_too_long",
    "pair_not_started",
    "before_pair_start",
    "erased",
    "withdrawn_before_consent",
    "in_current_pair",
    "required",
    "too_long",
    "year_range",
    "email_invalid",
    "phone_invalid",
    "phone_too_short",
    "number_range",
    "date_in_future",
    "duplicate_email",
    "duplicate_person",
    "invalid_choice",
    # The member importer's own (core/importing/members.py).
    "year_unreadable",
    "date_unreadable",
    "role_unknown",
    "mode_unknown",
    "number_unreadable",
    "status_unknown",
    # Pairs and cohorts (core/services/pairs.py, cohorts.py).
    "same_person",
    "not_found",
    "member_archived",
    "pair_exists",
    "end_before_start",
    "capacity_reached",
    "invalid_transition",
    "date_before_last_change",
    "ambiguous",
    "duplicate_name",
    # Sessions and their import (core/services/sessions.py, core/importing/sessions.py).
    "zero",
    "outside_active_period",
    "no_pair",
    "pair_unreadable",
    "date_ambiguous",
    "direction_unknown",
    # Follow-up entries.
    "recheck_before_date",
    # Warnings about a pair, worded the same way.
    "mentor_not_younger",
    "mentor_untrained",
}
PARAMS = {
    "value": "1850?",
    "column": "Né(e) en",
    "min": 1900,
    "max": 2016,
    "name": "Zoé Côté",
    "mentor": "Zoé",
    "mentee": "François",
    "capacity": 1,
    "held": 1,
    "who": "Marie Roy",
    "count": 2,
    "start": None,
    "end": None,
    "date": "2026-03-01",
}
FILE_NAME = "Données 2026.sqlite3"


def _string_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "text" assignments."""
    constants = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value.value
    return constants


def codes_in_the_core() -> set[str]:
    """The codes passed to FieldError(field, code) in the core, directly, through a
    constant, a conditional, or the importer's ``problem(field, CODE)`` helper."""
    codes: set[str] = set()
    for path in CORE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _string_constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name not in ("FieldError", "problem"):
                continue
            for sub in ast.walk(node.args[1]):
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                    codes.add(sub.value)
                elif isinstance(sub, ast.Name) and sub.id in constants:
                    codes.add(constants[sub.id])
    return codes


def field_names() -> list[str]:
    """Every field a FieldError can name: the member's (the importer may refuse any cell),
    the importer's status column, and the settings checked by SettingsService.update."""
    return [f.name for f in fields(MemberInput)] + [
        "status",
        "language",
        "paper_size",
        "default_commitment_hours",
    ]


def _reset(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    """No translator at all: the source texts, which are English."""
    locale = QLocale()
    _reset(qapp)
    yield qapp
    _reset(qapp)
    QLocale.setDefault(locale)


def fallback(code: str) -> str:
    """What field_error says for a code it does not know."""
    return field_error(FieldError("x", "\x00unknown")).replace("\x00unknown", code)


CODE_PARAMS = [pytest.param(code, id=code) for code in sorted(KNOWN_CODES)]
FIELD_PARAMS = [pytest.param(name, id=name) for name in field_names()]


def test_every_core_code_is_known_here() -> None:
    found = codes_in_the_core()
    assert found, "the scan of the core found no FieldError code"
    assert found <= KNOWN_CODES, f"new codes to word in i18n/messages.py: {found - KNOWN_CODES}"
    assert not KNOWN_CODES - found, f"codes no longer used: {KNOWN_CODES - found}"


@pytest.mark.parametrize("code", CODE_PARAMS)
def test_every_code_has_its_sentence(english: QApplication, code: str) -> None:
    text = field_error(FieldError("birth_year", code, PARAMS))
    assert text != fallback(code)
    assert f"({code})" not in text
    assert "{" not in text


@pytest.mark.parametrize("code", CODE_PARAMS)
def test_every_code_has_a_french_sentence(english: QApplication, code: str) -> None:
    error = FieldError("birth_year", code, PARAMS)
    english_text = field_error(error)
    install_translators(english, "fr_FR")
    french_text = field_error(error)
    assert french_text != fallback(code)
    assert french_text != english_text, f"{code}: not translated"
    assert "{" not in french_text


def test_sentences_carry_their_parameters(english: QApplication) -> None:
    assert "1850?" in field_error(FieldError("birth_year", "year_unreadable", PARAMS))
    range_text = field_error(FieldError("birth_year", "year_range", PARAMS))
    assert "1900" in range_text
    assert "2016" in range_text
    assert "Zoé Côté" in field_error(FieldError("email", "duplicate_email", PARAMS))
    assert "120" in field_error(FieldError("notes", "too_long", {"max": 120}))


@pytest.mark.parametrize(
    ("field", "params", "expected"),
    [
        ("mentor", {"who": "Jeanne Inconnue"}, "“Jeanne Inconnue”"),
        ("pair_id", {}, "This pair no longer exists."),
        ("cohort_id", {}, "This cohort no longer exists."),
        ("mentor_id", {}, "This member no longer exists."),
    ],
)
def test_not_found_says_what_is_missing(
    english: QApplication, field: str, params: dict[str, str], expected: str
) -> None:
    assert expected in field_error(FieldError(field, "not_found", params))


@pytest.mark.parametrize("name", FIELD_PARAMS)
def test_every_field_has_a_label(english: QApplication, name: str) -> None:
    assert field_label(name) != name


SERVER_PROBLEMS = {
    OpenProblem.SERVER_UNREACHABLE,
    OpenProblem.SERVER_REFUSED,
    OpenProblem.PASSWORD_IN_ADDRESS,
    OpenProblem.NO_SERVER_DRIVER,
    OpenProblem.NOT_A_SERVER_ADDRESS,
}


@pytest.mark.parametrize("problem", list(OpenProblem), ids=str)
def test_every_open_problem_has_a_message(
    english: QApplication, problem: OpenProblem, tmp_path: Path
) -> None:
    error = DatabaseOpenError(problem, tmp_path / FILE_NAME)
    text = open_error(error)
    assert "{" not in text
    if problem in SERVER_PROBLEMS:
        # A server: its address is named where it helps, and nothing was written to it.
        assert "Nothing was written" in text
        return
    assert FILE_NAME in text
    if problem != OpenProblem.CANNOT_CREATE:
        assert "not been changed" in text


def test_open_problems_have_different_messages(english: QApplication, tmp_path: Path) -> None:
    texts = {open_error(DatabaseOpenError(p, tmp_path / FILE_NAME)) for p in OpenProblem}
    assert len(texts) == len(OpenProblem)


@pytest.mark.parametrize("problem", list(OpenProblem), ids=str)
def test_every_open_problem_has_a_french_message(
    english: QApplication, problem: OpenProblem, tmp_path: Path
) -> None:
    error = DatabaseOpenError(problem, tmp_path / FILE_NAME)
    english_text = open_error(error)
    install_translators(english, "fr_FR")
    french_text = open_error(error)
    assert french_text != english_text
    if problem in SERVER_PROBLEMS:
        assert "Rien n’a été écrit." in french_text
    else:
        assert FILE_NAME in french_text


def test_quebec_french_says_courriel(english: QApplication) -> None:
    install_translators(english, "fr_CA")
    assert field_label("email") == "Courriel"


def test_a_session_too_long_is_worded_as_a_duration_not_as_characters(english) -> None:
    from mentorat_desktop.core.errors import FieldError
    from mentorat_desktop.i18n.messages import field_error

    for params in ({"max": 720}, {}):
        text = field_error(FieldError("duration_minutes", "too_long", params))
        assert "12 hours" in text and "characters" not in text


def test_french_elides_before_a_name_that_begins_with_a_vowel(english: QApplication) -> None:
    from mentorat_desktop.i18n.messages import warning_text

    install_translators(english, "fr_FR")
    taken = field_error(FieldError("email", "duplicate_email", {"name": "Anaïs Besnard"}))
    assert "celle d’Anaïs Besnard" in taken
    assert "celle de Zoé Côté" in field_error(
        FieldError("email", "duplicate_email", {"name": "Zoé Côté"})
    )
    archived = field_error(FieldError("mentee_id", "member_archived", {"name": "Hélène Roy"}))
    assert archived.startswith("La fiche d’Hélène Roy")
    older = warning_text(
        FieldError("mentor_id", "mentor_not_younger", {"mentor": "Paul", "mentee": "Yves"})
    )
    assert older.startswith("Paul n’est pas plus jeune qu’Yves :")
    install_translators(english, "fr_CA")
    assert "celle d’Anaïs" in field_error(
        FieldError("email", "duplicate_email", {"name": "Anaïs Besnard"})
    )


def test_a_session_outside_the_pair_s_activity_says_when_it_was_inactive(
    english: QApplication,
) -> None:
    import datetime as dt

    install_translators(english, "fr_FR")
    start = {"start": dt.date(2026, 1, 5), "end": None}

    def said(**params: object) -> str:
        return field_error(FieldError("held_on", "outside_active_period", {**start, **params}))

    assert (
        said()
        == "Le binôme n’a démarré que le 5 janvier 2026\u00a0: pas de rencontre avant cette date."
    )
    assert said(inactive_from=dt.date(2026, 3, 1), inactive_to=dt.date(2026, 3, 31)) == (
        "Le binôme était en pause du 1er mars 2026 au 31 mars 2026\u00a0: "
        "pas de rencontre pendant cette période."
    )
    # Since a pause or an end: the day the coordinator recorded (the pair's last active day,
    # ``end``), not the next one (the first without sessions).
    paused = {"end": dt.date(2026, 6, 30), "inactive_to": None}
    assert said(inactive_from=dt.date(2026, 7, 1), **paused) == (
        "Le binôme a été mis en pause ou a pris fin le 30 juin 2026\u00a0: "
        "pas de rencontre après cette date."
    )
    assert said(inactive_from=dt.date(2026, 7, 1), inactive_as="paused", **paused) == (
        "Le binôme a été mis en pause le 30 juin 2026\u00a0: pas de rencontre après cette date."
    )
    ended = {"end": dt.date(2026, 6, 30), "inactive_to": None, "inactive_as": "ended"}
    assert said(inactive_from=dt.date(2026, 7, 1), **ended) == (
        "Le binôme a pris fin le 30 juin 2026\u00a0: pas de rencontre après cette date."
    )


def test_one_archived_member_keeps_her_pairs_in_the_singular(english: QApplication) -> None:
    """ "Ses binômes" for one member, "Leurs binômes" for several (gui/members/archive.py)."""
    install_translators(english, "fr_FR")
    source = "Their pairs were left as they were (%n running)."
    assert QCoreApplication.translate("ArchiveMembers", source, "one member", 1) == (
        "Ses binômes restent tels quels (1 en cours)."
    )
    assert QCoreApplication.translate("ArchiveMembers", source, "", 2) == (
        "Leurs binômes restent tels quels (2 en cours)."
    )


def test_hours_apart_and_the_help_s_headings_in_french(english: QApplication) -> None:
    """« 1 heure », « 6 heures » (was « heure(s) »); argparse's headings with the space
    French puts before a colon (« options : », was « options: »)."""
    from mentorat_desktop.cli_spec import translate_argparse_message

    install_translators(english, "fr_FR")
    source = (
        "{mentor} and {mentee} live %n hour(s) apart: “{mentor_times}” and “{mentee_times}” "
        "are not the same moment, so their free times do not count."
    )
    for n, hours in ((1, "1 heure d’écart"), (6, "6 heures d’écart")):
        text = QCoreApplication.translate("Reasons", source, "", n)
        assert hours in text and "(s)" not in text
    assert translate_argparse_message("options") + ":" == "options\u00a0:"
    assert translate_argparse_message("positional arguments") + ":" == (
        "arguments positionnels\u00a0:"
    )
