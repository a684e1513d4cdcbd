"""Render a real view offscreen to a PNG (works on a machine with no display)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mentorat_desktop.core.errors import DatabaseOpenError
from mentorat_desktop.gui import collector
from mentorat_desktop.i18n import DEFAULT_LANGUAGE, install_translators
from mentorat_desktop.i18n.messages import open_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from mentorat_desktop.gui.main_window import MainWindow


def _preferences(window: MainWindow) -> QWidget:
    return window.open_preferences()


def _help(window: MainWindow) -> QWidget:
    # lazy: the guide's window, only when it is drawn
    from mentorat_desktop.gui.help.window import open_help

    return open_help(window, window.ctx.language)


def _welcome(window: MainWindow) -> QWidget:
    # lazy: the assistant, only when it is drawn
    from mentorat_desktop.gui.welcome import open_welcome

    # Closed unseen: the assistant is not marked as finished or skipped.
    return open_welcome(window, remember=False)


def _cohorts(window: MainWindow) -> QWidget:
    return window.open_cohorts()


def _event(window: MainWindow) -> QWidget:
    # lazy: the speed-meeting window, only when it is drawn
    from mentorat_desktop.gui.event.speed_meeting import ID_ROLE, open_speed_meeting

    # The evening as it looks once the room is in: the first twenty members ticked present.
    evening = open_speed_meeting(window, window.ctx.services, window.ctx.language)
    members = evening.members
    evening.set_present(
        [int(members.item(r).data(ID_ROLE)) for r in range(min(20, members.count()))]
    )
    return evening


def _kickoff(window: MainWindow) -> QWidget:
    # lazy: the kickoff window, only when it is drawn
    from mentorat_desktop.gui.event.kickoff import open_kickoff

    return open_kickoff(window, window.ctx.services, window.ctx.language)


def _training(window: MainWindow) -> QWidget:
    return window.open_training()


def _kiosk(window: MainWindow) -> QWidget:
    # lazy: the kiosk, only when it is drawn
    from mentorat_desktop.gui.event.kiosk import open_kiosk

    # Drawn at a laptop's screen size rather than full screen; unlocked at once so that the
    # screenshot can close it (the PIN is the one given here).
    ctx = window.ctx
    kiosk = open_kiosk(
        window, ctx.services, "0000", ctx.language, ctx.translators, full_screen=False
    )
    kiosk.unlock_without_pin()
    return kiosk


# The windows opened over the main window, by their command-line name (cli_spec.WINDOW_VIEWS):
# each opens its window from the main window, as its menu does, and returns it to be drawn.
WINDOWS: dict[str, Callable[[MainWindow], QWidget]] = {
    "preferences": _preferences,
    "help": _help,
    "welcome": _welcome,
    "cohorts": _cohorts,
    "event": _event,
    "training": _training,
    "kiosk": _kiosk,
    "kickoff": _kickoff,
}


def take_screenshot(
    db_path: Path | str,
    view: str,
    language: str | None,
    size: tuple[int, int],
    output: Path | None,
) -> int:
    """Render ``view`` and save it to ``output`` (None: render only, for the benchmark)."""
    # A start of the window like any other: collections wait until it is drawn.
    held = collector.hold()
    try:
        return _take_screenshot(db_path, view, language, size, output)
    finally:
        collector.release(held)


def _take_screenshot(
    db_path: Path | str,
    view: str,
    language: str | None,
    size: tuple[int, int],
    output: Path | None,
) -> int:
    # lazy: the application and its window, only when a screenshot is taken
    from mentorat_desktop.app import build_main_window, create_context, get_qapp

    qapp = get_qapp(offscreen=True)
    if isinstance(db_path, Path) and not db_path.exists():
        install_translators(qapp, language or DEFAULT_LANGUAGE)
        print(
            QCoreApplication.translate("Cli", "“{path}” does not exist.").format(path=db_path),
            file=sys.stderr,
        )
        return 2
    try:
        ctx = create_context(db_path, language, qapp)
    except DatabaseOpenError as exc:
        install_translators(qapp, language or DEFAULT_LANGUAGE)
        print(open_error(exc), file=sys.stderr)
        return 2
    window: QWidget | None = None
    try:
        window = build_main_window(ctx)
        window.resize(*size)
        opened: QWidget | None = None
        if view in WINDOWS:
            window.show()
            opened = WINDOWS[view](window)
        else:
            window.show_view(view)
            window.show()
        for _ in range(5):
            qapp.processEvents()
        image = (opened or window).grab()
        if opened is not None:
            opened.close()
        if output is not None and not image.save(str(output), "PNG"):
            print(
                QCoreApplication.translate("Cli", "Cannot write “{path}”.").format(path=output),
                file=sys.stderr,
            )
            return 2
        window.close()
        return 0
    finally:
        if window is not None:
            # Gone before the database closes: the work its views left for later (the idle
            # load of skills, the consent count) goes with it instead of reading a closed
            # database (on a server, a closed one has no connection at all).
            # lazy: the event class, made by PySide6 when first used (after the drawing)
            from PySide6.QtCore import QEvent

            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        ctx.close()
