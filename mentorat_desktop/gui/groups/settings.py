"""What this computer remembers about local groups, in the user's settings file (beside the
text size and the file dialogs' folders), never in the shared database: the coordinator's
own group (by name: the same name on every copy of a register) and whether this computer
may show every group at once.

"May see all groups" is true unless set otherwise in the settings file (``[groups]
may_see_all=false``): a network that wants a computer to stay on its own group writes it
there. It is a convenience for the screens, not a protection of the data: whoever has the
database's password can read every group."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from mentorat_desktop.gui.file_dialogs import SETTINGS_FILE, config_dir

OWN_GROUP = "groups/mine"
MAY_SEE_ALL = "groups/may_see_all"


def _settings() -> QSettings:
    return QSettings(str(config_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def own_group() -> str | None:
    """The name of this computer's coordinator's own group, or None."""
    value = _settings().value(OWN_GROUP)
    return str(value) if value else None


def set_own_group(name: str | None) -> None:
    settings = _settings()
    if name:
        settings.setValue(OWN_GROUP, name)
    else:
        settings.remove(OWN_GROUP)
    settings.sync()


def may_see_all() -> bool:
    value = _settings().value(MAY_SEE_ALL, True)
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no", "non")
    return bool(value)


def set_may_see_all(allowed: bool) -> None:
    settings = _settings()
    settings.setValue(MAY_SEE_ALL, allowed)
    settings.sync()
