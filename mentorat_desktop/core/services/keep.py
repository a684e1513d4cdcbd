"""The mark of an argument left out of an update (``KEEP``): the stored value is kept.

An update's arguments may be None (a field emptied), so None cannot mean "not given"."""

from __future__ import annotations

from enum import Enum


class Keep(Enum):
    """Marks an argument left out of an update: the stored value is kept."""

    KEEP = 0


KEEP = Keep.KEEP
