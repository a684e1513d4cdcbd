"""Preferences: every setting of the program, in tabs (see dialog.py)."""

from mentorat_desktop.gui.preferences.dialog import PreferencesDialog

__all__ = ["PreferencesDialog"]
