"""Choosing the language and installing the translators (ours and Qt's own)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED_LANGUAGES = ("fr_FR", "fr_CA", "en")
DEFAULT_LANGUAGE = "fr_FR"
CATALOGUE_DIR = Path(__file__).parent


def normalize_language(value: str | None) -> str | None:
    """'fr', 'fr-CA', 'FR_ca', 'en_US' -> one of SUPPORTED_LANGUAGES; None if unknown."""
    if not value:
        return None
    value = value.replace("-", "_").strip()
    lowered = value.lower()
    if lowered in ("fr_ca",):
        return "fr_CA"
    if lowered in ("fr", "fr_fr") or lowered.startswith("fr_"):
        return "fr_FR"
    if lowered == "en" or lowered.startswith("en_"):
        return "en"
    return None


def catalogue_files(language: str) -> list[Path]:
    """Our compiled catalogues for a language, most general first."""
    if language == "en":
        return [CATALOGUE_DIR / "mentorat_en.qm"]
    files = [CATALOGUE_DIR / "mentorat_fr.qm"]
    if language == "fr_CA":
        files.append(CATALOGUE_DIR / "mentorat_fr_CA.qm")
    return files


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own translation, then ours; the last installed is searched first."""
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language.startswith("fr"):
        qt = QTranslator(app)
        if qt.load("qtbase_fr", qt_dir):
            translators.append(qt)
    for path in catalogue_files(language):
        ours = QTranslator(app)
        if ours.load(str(path)):
            translators.append(ours)
    for translator in translators:
        # The language is said on the translators themselves: nothing is kept beside them.
        translator.setObjectName(_TAG + language)
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language if language != "en" else "en_CA"))
    return translators


_TAG = "mentorat-translation:"


def installed_language(app: QCoreApplication) -> str | None:
    """The language of the translators install_translators put on ``app``, if any is still
    there (the command line installs them once per process)."""
    for translator in app.findChildren(QTranslator):
        name = translator.objectName()
        if name.startswith(_TAG):
            return name[len(_TAG) :]
    return None


def current_language() -> str:
    """The language the translators were installed for (from Qt's default locale)."""
    return normalize_language(QLocale().name()) or DEFAULT_LANGUAGE
