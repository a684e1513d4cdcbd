"""Translations for the command line, which has no window but speaks the user's language."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.i18n import (
    DEFAULT_LANGUAGE,
    install_translators,
    installed_language,
    normalize_language,
)


def language_from_argv(argv: list[str] | None = None) -> str | None:
    argv = sys.argv[1:] if argv is None else argv
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return normalize_language(argv[i + 1])
        if arg.startswith("--lang="):
            return normalize_language(arg.split("=", 1)[1])
    return None


def ensure_translations(language: str | None) -> str:
    """A QCoreApplication with our translators for ``language``; returns the language used."""
    language = language or DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication(sys.argv[:1])
    if installed_language(app) is None:
        install_translators(app, language)
    return language


def usage_error(detail: str, argv: list[str] | None = None) -> str:
    ensure_translations(language_from_argv(argv))
    return QCoreApplication.translate(
        "Cli", "Nothing was done: the command is incomplete or wrong ({detail})."
    ).format(detail=detail)
