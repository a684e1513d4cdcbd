"""The demo association (being split into modules: see the next commit)."""

from mentorat_desktop.core.demo.pairs import *  # noqa: F403
