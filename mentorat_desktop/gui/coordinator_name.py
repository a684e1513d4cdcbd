"""The coordinator's own name, recorded on what they change so that the coordinators who
share a database see who changed what. It belongs to the person at this computer, not to the
association's data: kept in the user's settings file (as the text size is), never in the
database. Empty: the name they log in with."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from mentorat_desktop.core.coordinator import ENVIRONMENT, cleaned_name, login_name
from mentorat_desktop.core.database import make_private_dir
from mentorat_desktop.gui.file_dialogs import SETTINGS_FILE, config_dir

__all__ = ["cleaned_name", "coordinator_name", "save_name", "saved_name"]

KEY = "coordinator/name"


def _settings() -> QSettings:
    return QSettings(str(config_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def saved_name() -> str | None:
    """The name typed in Preferences on this computer, if any."""
    value = _settings().value(KEY)
    return cleaned_name(value) if isinstance(value, str) else None


def coordinator_name() -> str | None:
    """The name recorded on this computer's changes: the command line's --as or the
    MENTORAT_COORDINATOR variable when given for this run, else the one typed in
    Preferences, else the login name."""
    return cleaned_name(os.environ.get(ENVIRONMENT)) or saved_name() or login_name()


def save_name(name: str | None) -> None:
    """Keep ``name`` for the next starts (empty: back to the login name)."""
    try:
        make_private_dir(config_dir())
    except OSError:
        return  # not kept: the name typed still applies to this session
    settings = _settings()
    cleaned = cleaned_name(name)
    if cleaned is None:
        settings.remove(KEY)
    else:
        settings.setValue(KEY, cleaned)
    settings.sync()
