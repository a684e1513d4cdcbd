"""The services of one open database, built once: the application factory (app.py) and the
command line build them here and hand them, or the few a piece needs, to each view, dialog
and command. Building them writes nothing and imports no SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass

from mentorat_desktop.core.database import Database
from mentorat_desktop.core.event.kiosk import KioskService
from mentorat_desktop.core.event.wishes import EventService
from mentorat_desktop.core.services.cohorts import CohortService
from mentorat_desktop.core.services.feedback import FeedbackService
from mentorat_desktop.core.services.followups import FollowUpService
from mentorat_desktop.core.services.groups import GroupService
from mentorat_desktop.core.services.members import MemberService
from mentorat_desktop.core.services.pairs import PairService
from mentorat_desktop.core.services.refusals import RefusalService
from mentorat_desktop.core.services.sessions import SessionService
from mentorat_desktop.core.services.settings import SettingsService
from mentorat_desktop.core.services.training import TrainingService


@dataclass(frozen=True)
class Services:
    """One service per kind of record, all on the same database. ``db`` stays for the work
    that opens its own connection on a worker thread (gui/data) and for the core functions
    that take the database (reports, imports, backups, checks)."""

    db: Database
    members: MemberService
    pairs: PairService
    cohorts: CohortService
    sessions: SessionService
    settings: SettingsService
    refusals: RefusalService
    training: TrainingService
    feedback: FeedbackService
    followups: FollowUpService
    events: EventService
    kiosk: KioskService
    groups: GroupService


def build_services(db: Database) -> Services:
    return Services(
        db=db,
        members=MemberService(db),
        pairs=PairService(db),
        cohorts=CohortService(db),
        sessions=SessionService(db),
        settings=SettingsService(db),
        refusals=RefusalService(db),
        training=TrainingService(db),
        feedback=FeedbackService(db),
        followups=FollowUpService(db),
        events=EventService(db),
        kiosk=KioskService(db),
        groups=GroupService(db),
    )
