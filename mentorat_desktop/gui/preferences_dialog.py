"""Preferences (kept here for the modules that import it from this place): the dialog is in
the package gui/preferences/."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog  # noqa: F401  (the tests answer its static functions)

from mentorat_desktop.gui.preferences.dialog import PreferencesDialog

__all__ = ["PreferencesDialog"]
