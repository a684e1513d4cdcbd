"""Moving a register between the laptop's file and a shared server, and back.

- ``copy.migrate_to``: a laptop's database copied whole into an empty server database.
- ``copy.export_to_file``: the server copied into a new file for an event with no network,
  with a record of where it came from and of each row as it was (``snapshot``).
- ``merge.merge_back``: what was done on the laptop at the event carried into the server,
  the rows both sides changed listed for the coordinator to decide.

Each is one transaction on the database it writes: all or nothing. The errors are codes
(``MovingError``); i18n/moving_messages.py says them in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

# Rows copied so far out of all: called after each batch; it may raise to stop the copy
# (nothing is then written).
Progress = Callable[[int, int], None]


class MovingProblem(StrEnum):
    TARGET_NOT_EMPTY = "target_not_empty"  # params: members (the number the target holds)
    COUNT_MISMATCH = "count_mismatch"  # params: table, expected, found
    FILE_EXISTS = "file_exists"  # params: path
    NOT_AN_EXPORT = "not_an_export"  # the file was not written by export
    ALREADY_MERGED = "already_merged"  # params: merged_at
    OTHER_DATABASE = "other_database"  # params: expected (the database it was exported from)
    CHANGED_MEANWHILE = "changed_meanwhile"  # a row changed on the server during the merge


class MovingError(Exception):
    """A move refused or undone: nothing was written."""

    def __init__(self, problem: MovingProblem, **params: Any) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.params = params
