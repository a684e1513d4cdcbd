"""The coordinator's name recorded on what they change (``Database.coordinator``, written
by core/authorship.py): typed in Preferences in the application, ``--as`` on the command
line, else the ``MENTORAT_COORDINATOR`` variable, else the name the person logs in with."""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping

from mentorat_desktop.core.text import clean

ENVIRONMENT = "MENTORAT_COORDINATOR"
MAX_LENGTH = 120  # the changed_by column's size


def cleaned_name(text: str | None) -> str | None:
    """A name as it is recorded: spaces trimmed, at most MAX_LENGTH characters, None when
    empty."""
    name = clean(text or "")
    return name[:MAX_LENGTH] if name else None


def login_name() -> str | None:
    """The name this computer's user logs in with, when the system says it."""
    try:
        return cleaned_name(getpass.getuser())
    except (OSError, KeyError, ImportError):
        return None


def default_coordinator(environ: Mapping[str, str] | None = None) -> str | None:
    """The name for the command line when ``--as`` is not given: the MENTORAT_COORDINATOR
    variable, else the login name."""
    values = os.environ if environ is None else environ
    return cleaned_name(values.get(ENVIRONMENT)) or login_name()
