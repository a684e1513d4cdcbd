"""The translation catalogues: complete, faithful to their placeholders, up to date with the
code, and compiled into the committed .qm files."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mentorat_desktop.i18n import build, install_translators

REBUILD = "run `python3 tasks.py translations`"
TS_FILES = sorted(build.TS_DIR.glob("*.ts"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Message:
    catalogue: str
    context: str
    source: str
    comment: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]  # the translation, or its plural forms

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def __str__(self) -> str:
        return f"{self.catalogue} [{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message has no <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    catalogue=path.stem,
                    context=context_name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                    forms=forms,
                )
            )
    return messages


def keys(path: Path) -> set[tuple[str, str, str]]:
    return {m.key for m in read_ts(path)}


ALL_MESSAGES = [m for path in TS_FILES for m in read_ts(path)]


def test_every_catalogue_is_known_to_the_build() -> None:
    assert {p.stem for p in TS_FILES} == set(build.CATALOGUES)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_committed_qm_is_compiled_from_the_ts(ts: Path, tmp_path: Path) -> None:
    qm = tmp_path / f"{ts.stem}.qm"
    build.compile_qm(ts, qm)
    committed = build.QM_DIR / f"{ts.stem}.qm"
    assert committed.exists(), f"{committed.name} is missing: {REBUILD}"
    assert qm.read_bytes() == committed.read_bytes(), (
        f"mentorat_desktop/i18n/{committed.name} is stale ({ts.name} changed since): {REBUILD}"
    )


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_message_left_untranslated(ts: Path) -> None:
    problems = [
        f"{m} is {'unfinished' if m.unfinished else 'empty'}"
        for m in read_ts(ts)
        if m.unfinished or not m.forms or not all(f.strip() for f in m.forms)
    ]
    assert not problems, "\n".join(problems)


def test_numerus_messages_have_their_plural_forms() -> None:
    problems = [
        f"{m}: {len(m.forms)} plural form(s), not 2"
        for m in ALL_MESSAGES
        if m.numerus and len(m.forms) != 2
    ]
    assert not problems, "\n".join(problems)


def test_placeholders_are_kept() -> None:
    """A translation that loses {path} or %n crashes .format() or shows a wrong number."""
    problems = []
    for m in ALL_MESSAGES:
        wanted = set(PLACEHOLDER.findall(m.source))
        for form in m.forms:
            if not form:
                continue  # reported by test_no_message_left_untranslated
            found = set(PLACEHOLDER.findall(form))
            if found != wanted:
                problems.append(f"{m}: {form!r} has {sorted(found)}, wants {sorted(wanted)}")
            if m.numerus and "%n" not in form:
                problems.append(f"{m}: {form!r} lost %n")
    assert not problems, "\n".join(problems)


def test_quebec_catalogue_only_overrides_french_messages() -> None:
    french = keys(build.TS_DIR / "mentorat_fr.ts")
    extra = sorted(keys(build.TS_DIR / "mentorat_fr_CA.ts") - french)
    assert not extra, (
        "mentorat_fr_CA.ts translates messages that mentorat_fr.ts does not have "
        f"(renamed or removed in the code?): {extra}"
    )


@pytest.mark.skipif(
    not build.lupdate_is_current(),
    reason="this PySide6's lupdate misreads plural forms (see i18n/build.py LUPDATE_MINIMUM)",
)
def test_ts_files_are_up_to_date_with_the_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """lupdate on a copy of translations/ finds no new and no vanished source text."""
    copy = tmp_path / "translations"
    shutil.copytree(build.TS_DIR, copy)
    monkeypatch.setattr(build, "TS_DIR", copy)
    assert copy == build.TS_DIR  # never let lupdate write the real catalogues
    build.update_ts()
    capfd.readouterr()
    problems = []
    for name, options in build.CATALOGUES.items():
        if options is None:
            continue
        before = keys(build.ROOT / "translations" / f"{name}.ts")
        after = keys(copy / f"{name}.ts")
        if after - before:
            problems.append(f"{name}.ts lacks {sorted(after - before)}")
        if before - after:
            problems.append(f"{name}.ts still has {sorted(before - after)}, gone from the code")
    assert not problems, f"{REBUILD}\n" + "\n".join(problems)


@pytest.fixture
def french_app(qapp: QApplication) -> Iterator[QApplication]:
    locale = QLocale()
    translators = install_translators(qapp, "fr_FR")
    try:
        yield qapp
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_qt_own_french_catalogue_is_loaded(french_app: QApplication) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text() == "Annuler"
    assert QLocale().name() == "fr_FR"


def test_qt_s_file_dialog_says_folder_in_french(french_app: QApplication, tmp_path: Path) -> None:
    """Qt's own file dialog (where the platform has none) lists a folder's type in French:
    Qt 6 asks for it in a context its French catalogue lacks; ours has it."""
    from PySide6.QtWidgets import QFileSystemModel

    (tmp_path / "sauvegardes").mkdir()
    model = QFileSystemModel()
    root = model.setRootPath(str(tmp_path))
    folder = model.index(str(tmp_path / "sauvegardes"))
    assert model.fileInfo(folder).isDir()
    assert model.type(folder) == "Dossier"
    assert root.isValid()


# The masculine used for everyone: "le mentoré", "du mentor", "Mentoré" as a label. The words
# an import accepts ("mentor, mentoré ou indifférent") are listed as typed and stay.
MASCULINE_FOR_ALL = re.compile(
    r"\b(?:[Ll]e|[Dd]u|[Aa]u|[Uu]n) mentor(?:é)?\b|^Mentoré\b|\(mentoré\)|le plus jeune des deux"
    r"|\(le plus (?:jeune|âgé|expérimenté)\)"
)


@pytest.mark.parametrize("ts", [p for p in TS_FILES if p.stem != "mentorat_en"], ids=str)
def test_french_names_the_roles_in_epicene_words(ts: Path) -> None:
    masculine = [
        f"{m}: {form!r}"
        for m in read_ts(ts)
        for form in m.forms
        if MASCULINE_FOR_ALL.search(form) and "rôle" not in form and "sens de" not in form
    ]
    assert masculine == []


# A French word that elides before a vowel sound, just before a placeholder: "de {name}".
ELIDING_BEFORE_PLACEHOLDER = re.compile(r"\b(?:[Dd]e|[Qq]ue) \{(\w+)\}")
# Placeholders that never hold a word (a number, a date): nothing to elide before them.
NOT_WORDS = {"limit", "count", "date", "number", "hours"}
PACKAGE = Path(build.TS_DIR).parent / "mentorat_desktop"


def test_french_de_and_que_before_a_name_are_elided_where_the_sentence_is_filled() -> None:
    """ "la fiche d’Anaïs", not "la fiche de Anaïs": each French sentence that writes "de" or
    "que" just before a placeholder is filled with elided_format (or elide) at its call in
    the code, which writes "d’"/"qu’" when the name begins with a vowel sound."""
    sources = {
        m.source
        for m in ALL_MESSAGES
        if m.catalogue != "mentorat_en"
        and any(
            name not in NOT_WORDS
            for form in m.forms
            for name in ELIDING_BEFORE_PLACEHOLDER.findall(form)
        )
    }
    code = {path: path.read_text("utf-8") for path in PACKAGE.rglob("*.py")}
    unfilled = []
    for source in sorted(sources):
        fragment = source[:40]
        calls = [
            text[max(0, at - 250) : at]
            for text in code.values()
            for at in [m.start() for m in re.finditer(re.escape(fragment), text)]
        ]
        assert calls, f"{source!r} is not found in the code"
        if not all("elided_format(" in before or "elide(" in before for before in calls):
            unfilled.append(source)
    assert unfilled == []
