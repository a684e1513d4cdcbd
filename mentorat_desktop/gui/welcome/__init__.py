"""The first-run assistant (wizard.py), opened by itself on a first start (first_run.py)
and from File > Set up the association…"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from mentorat_desktop.core.coordinator import ENVIRONMENT
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
    wizard.coordinator_named.connect(lambda name: adopt_coordinator_name(window, name))
    wizard.import_requested.connect(lambda: window.import_members())
    wizard.demo_requested.connect(lambda: window.open_demo())
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard


def adopt_coordinator_name(window: MainWindow, name: str) -> None:
    """The coordinator named in the set-up is most often the person at this computer: their
    name, rather than the computer's login, is recorded on the changes made here, unless a
    name was already chosen (Preferences, or MENTORAT_COORDINATOR for this run)."""
    # lazy: this computer's settings file, read only when the set-up is finished
    from mentorat_desktop.gui import coordinator_name

    if os.environ.get(ENVIRONMENT) or coordinator_name.saved_name() is not None:
        return
    coordinator_name.save_name(name)
    window.ctx.db.coordinator = coordinator_name.cleaned_name(name)


def welcome_if_first_run(window: MainWindow) -> WelcomeWizard | None:
    """At start: the assistant on a first start (see first_run.should_welcome), else None."""
    if not should_welcome(window.ctx):
        return None
    return open_welcome(window)
