"""What privacy law asks, in the window: a person's data exported, a person erased, the
members past the retention period anonymised, and who has no consent marked in the list.

The work itself is core/privacy.py's. Here: the confirmations, a backup before anything is
erased, the long work off the GUI thread (gui/data/worker.py), and the announcement on
the GUI thread once it is done (the job's own connection has its own change bus).
"""

from __future__ import annotations

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.events import Topic

ERASURE_TOPICS = (Topic.MEMBERS, Topic.SKILLS, Topic.PAIRS, Topic.SESSIONS, Topic.FOLLOW_UP)


def announce_erasure(db: Database) -> None:
    """Tell the views what an erasure changed (as core/privacy.py announces it)."""
    db.bus.emit(*ERASURE_TOPICS)
