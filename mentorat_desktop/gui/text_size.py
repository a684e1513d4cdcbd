"""The size of the text: the system's own font, enlarged (or reduced) by a scale in percent.

The scale belongs to the machine and its screen, not to the association's data: it is kept
in the user's settings file (the one that remembers the file dialogs' folders), never in the
database. Changing it sets the application's font, which Qt passes on to every open window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from mentorat_desktop.core.database import make_private_dir
from mentorat_desktop.core.formatting import babel_locale
from mentorat_desktop.gui import plain
from mentorat_desktop.gui.file_dialogs import SETTINGS_FILE, config_dir

KEY = "view/text_scale"
NORMAL = 100
SMALLEST = 80
LARGEST = 200
STEP = 10
_APPLIED = "mentorat_text_scale"  # the application's property holding the scale in use


def _settings() -> QSettings:
    return QSettings(str(config_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def clamp(percent: int) -> int:
    """``percent`` rounded to a step and kept between the smallest and largest scales."""
    stepped = round(percent / STEP) * STEP
    return max(SMALLEST, min(LARGEST, stepped))


def text_scale() -> int:
    """The scale saved on this machine, in percent (100 when none was chosen)."""
    value = _settings().value(KEY)
    try:
        return clamp(int(str(value)))
    except (TypeError, ValueError):
        return NORMAL


def scaled_font(percent: int) -> QFont:
    """The system's general font at ``percent`` of its size."""
    # lazy: the font database's class, made by PySide6 when first used: not at a start at
    # the normal size, which never calls this
    from PySide6.QtGui import QFontDatabase

    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    factor = clamp(percent) / 100
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return font


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Set the application's font to ``percent`` of the system's, without saving it."""
    font = scaled_font(percent)
    before = app.font().pointSizeF()
    if before > 0 and font.pointSizeF() > 0:
        # Widgets with a font of their own (a title 1.6 times the text, a big figure) keep
        # their proportion: Qt passes the new font only to those that took their parent's.
        ratio = font.pointSizeF() / before
        for widget in app.allWidgets():
            own = widget.font()
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) and own.pointSizeF() > 0:
                own.setPointSizeF(own.pointSizeF() * ratio)
                widget.setFont(own)
    app.setFont(font)
    app.setProperty(_APPLIED, clamp(percent))


def set_text_scale(app: QApplication, percent: int) -> int:
    """Apply ``percent`` (rounded and kept within bounds) and save it for the next start;
    returns the scale applied."""
    percent = clamp(percent)
    apply_text_scale(app, percent)
    try:
        make_private_dir(config_dir())
    except OSError:
        return percent  # nowhere to write: the size holds until the application closes
    settings = _settings()
    settings.setValue(KEY, percent)
    settings.sync()
    return percent


def apply_saved_text_scale(app: QApplication) -> int:
    """At start: the scale saved on this machine, applied when it is not the normal size."""
    percent = text_scale()
    if percent != NORMAL:
        apply_text_scale(app, percent)
    return percent


def current_scale(app: QApplication) -> int:
    """The scale in use (the saved one until a size is applied: it may not have been saved
    when the settings folder cannot be written)."""
    applied = app.property(_APPLIED)
    return int(applied) if isinstance(applied, int) else text_scale()


def larger(app: QApplication) -> int:
    return set_text_scale(app, current_scale(app) + STEP)


def smaller(app: QApplication) -> int:
    return set_text_scale(app, current_scale(app) - STEP)


def normal(app: QApplication) -> int:
    return set_text_scale(app, NORMAL)


def add_text_size_actions(menu: QMenu, window: QMainWindow, language: str) -> list[QAction]:
    """ "Larger text" (Ctrl++ and Ctrl+=), "Smaller text" (Ctrl+-) and "Normal size" (Ctrl+0)
    in ``menu``; each says the new size in the window's status bar."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def announce(percent: int) -> None:
        # lazy: babel, only when the text size changes
        from babel.numbers import format_percent

        text = QCoreApplication.translate("TextSize", "Text size: {percent}").format(
            percent=format_percent(percent / 100, locale=babel_locale(language))
        )
        window.statusBar().showMessage(text, 4000)

    entries = (
        (
            QCoreApplication.translate("TextSize", "&Larger text"),
            larger,
            [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
        ),
        (
            QCoreApplication.translate("TextSize", "&Smaller text"),
            smaller,
            [QKeySequence("Ctrl+-")],
        ),
        (
            QCoreApplication.translate("TextSize", "&Normal size"),
            normal,
            [QKeySequence("Ctrl+0")],
        ),
    )
    actions = []
    for text, change, keys in entries:
        action = plain.action(text, window)
        action.setShortcuts(keys)
        action.triggered.connect(lambda _=False, change=change: announce(change(app)))
        menu.addAction(action)
        actions.append(action)
    return actions
