"""The first-run assistant (wizard.py), opened by itself on a first start (first_run.py)
and from File > Set up the association…"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mentorat_desktop.gui.welcome.first_run import should_welcome

if TYPE_CHECKING:
    from mentorat_desktop.gui.main_window import MainWindow
    from mentorat_desktop.gui.welcome.wizard import WelcomeWizard


def open_welcome(window: MainWindow, *, remember: bool = True) -> WelcomeWizard:
    """Open the assistant over ``window``, wired to its import and its demo (``remember``:
    see WelcomeWizard)."""
    # lazy: the assistant's window and its pages, loaded only when it opens
    from mentorat_desktop.gui.welcome.wizard import WelcomeWizard

    ctx = window.ctx
    wizard = WelcomeWizard(
        ctx.settings, ctx.services.cohorts, ctx.language, window, remember=remember
    )
    wizard.import_requested.connect(lambda: window.import_members())
    wizard.demo_requested.connect(lambda: window.open_demo())
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard


def welcome_if_first_run(window: MainWindow) -> WelcomeWizard | None:
    """At start: the assistant on a first start (see first_run.should_welcome), else None."""
    if not should_welcome(window.ctx):
        return None
    return open_welcome(window)
