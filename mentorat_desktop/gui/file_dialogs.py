"""Choosing a file or a folder: the platform's own dialog where it has one (Qt's translated
dialog otherwise), opened in the last folder used for the same kind of file.

The folders are kept per kind (members import, exports, charters…) in an INI file under the
user's configuration folder; ``MENTORAT_CONFIG_DIR`` puts that file elsewhere (the tests
point it at a temporary folder).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import QWidget

from mentorat_desktop.core.database import make_private_dir
from mentorat_desktop.core.portable import portable_root

CONFIG_DIR_VARIABLE = "MENTORAT_CONFIG_DIR"
SETTINGS_FILE = "settings.ini"
GROUP = "last_folders"

# The kinds of file whose folder is remembered, one folder each.
MEMBERS_IMPORT = "members_import"
SESSIONS_IMPORT = "sessions_import"
EXPORTS = "exports"
CHARTERS = "charters"
CALL_SHEET = "call_sheet"
BACKUPS = "backups"
SECOND_BACKUP_FOLDER = "second_backup_folder"
PERSON_DATA = "person_data"
RECORD = "record"


# Two labels of Qt's own file dialog (used where the platform has no native one) that Qt's
# French catalogue misses since Qt 6 added their & marks: ours, installed after Qt's, has
# them. Marked here so that lupdate keeps them in the "QFileDialog" context.
QT_FILE_DIALOG_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
# The "Type" column of the same dialog: Qt 6 moved these words to a new context, which Qt's
# French catalogue does not have yet ("Folder" was shown on a French screen).
QT_FILE_TYPE_WORDS = (
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)


def config_dir() -> Path:
    """The user's configuration folder for Mentorat (``MENTORAT_CONFIG_DIR`` if set)."""
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override)

    root = portable_root()
    if root is not None:  # portable mode: the preferences travel with the program
        return root / "settings"

    return Path(user_config_dir("Mentorat", appauthor=False))


def _settings() -> QSettings:
    return QSettings(str(config_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def last_folder(kind: str) -> str | None:
    """The folder last used for ``kind``, if it still exists."""
    value = _settings().value(f"{GROUP}/{kind}")
    if isinstance(value, str) and value and Path(value).is_dir():
        return value
    return None


def remember_folder(kind: str, folder: str | Path) -> None:
    """Open the next dialog of ``kind`` in ``folder``."""
    try:
        make_private_dir(config_dir())
    except OSError:
        return  # nowhere to write: the dialog simply will not remember
    settings = _settings()
    settings.setValue(f"{GROUP}/{kind}", str(Path(folder)))
    settings.sync()


def _start(kind: str, start: str) -> str:
    return last_folder(kind) or start


def open_file(
    parent: QWidget | None, kind: str, title: str, filters: str, start: str = ""
) -> str | None:
    """Ask for an existing file; None if cancelled. ``start``: the folder to open in when
    none was remembered for ``kind``."""
    # lazy: the file dialog class, built by PySide6 when first used (not at start-up)
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, _start(kind, start), filters)
    if not path:
        return None
    remember_folder(kind, Path(path).parent)
    return path


def save_file(
    parent: QWidget | None, kind: str, title: str, suggested_name: str, filters: str
) -> str | None:
    """Ask where to write a file, suggesting ``suggested_name`` in the last folder used for
    ``kind``; None if cancelled."""
    # lazy: the file dialog class, built by PySide6 when first used (not at start-up)
    from PySide6.QtWidgets import QFileDialog

    folder = last_folder(kind)
    directory = str(Path(folder) / suggested_name) if folder else suggested_name
    path, _ = QFileDialog.getSaveFileName(parent, title, directory, filters)
    if not path:
        return None
    remember_folder(kind, Path(path).parent)
    return path


def choose_folder(parent: QWidget | None, kind: str, title: str, start: str = "") -> str | None:
    """Ask for a folder; None if cancelled. ``start``: the folder to open in when none was
    remembered for ``kind``."""
    # lazy: the file dialog class, built by PySide6 when first used (not at start-up)
    from PySide6.QtWidgets import QFileDialog

    folder = QFileDialog.getExistingDirectory(parent, title, _start(kind, start))
    if not folder:
        return None
    remember_folder(kind, folder)
    return folder
