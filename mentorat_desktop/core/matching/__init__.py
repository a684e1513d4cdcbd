"""Match offer and demand (being split into modules: see the next commit)."""

from mentorat_desktop.core.matching.blossom import *  # noqa: F403
