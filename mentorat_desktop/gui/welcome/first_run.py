"""Whether the first-run assistant opens by itself: on a database with no members and no
association name, until it has been finished or skipped once on this computer.

That it was seen belongs to the person at this computer, not to a database: it is kept in
the user's settings file (the one that remembers the file dialogs' folders), so that a
second, empty database does not greet them again (File > Set up the association… does)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from mentorat_desktop.core.database import make_private_dir
from mentorat_desktop.gui.file_dialogs import SETTINGS_FILE, config_dir

if TYPE_CHECKING:
    from mentorat_desktop.gui.context import AppContext

KEY = "first_run/welcome_seen"


def _settings() -> QSettings:
    return QSettings(str(config_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def welcome_seen() -> bool:
    return str(_settings().value(KEY, "false")).lower() == "true"


def remember_welcome_seen() -> None:
    try:
        make_private_dir(config_dir())
    except OSError:
        return  # nowhere to write: the assistant may greet again at the next start
    settings = _settings()
    settings.setValue(KEY, "true")
    settings.sync()


def should_welcome(ctx: AppContext) -> bool:
    """A first start: a writable database with no members and no association's name, and
    the assistant never finished nor skipped here."""
    if ctx.db.read_only or welcome_seen():
        return False
    return ctx.members.count() == 0 and not ctx.settings.get().association_name.strip()
