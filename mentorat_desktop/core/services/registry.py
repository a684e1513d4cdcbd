"""The services of one open database, built once: the application factory (app.py) and the
command line build them here and hand them, or the few a piece needs, to each view, dialog
and command. Building them writes nothing and imports no SQLAlchemy.

Each service is made the first time it is asked for: its module (and what that module
imports) is loaded then, so that the start-up path pays only for the services the first
screen uses (members, settings, pairs and training for the members view)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from mentorat_desktop.core.database import Database

if TYPE_CHECKING:
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

# The imports inside the properties below are the lazy loading of each service's module,
# for the start-up path (issue 16); none of them closes an import cycle.


class Services:
    """One service per kind of record, all on the same database. ``db`` stays for the work
    that opens its own connection on a worker thread (gui/data) and for the core functions
    that take the database (reports, imports, backups, checks)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @cached_property
    def members(self) -> MemberService:
        from mentorat_desktop.core.services.members import MemberService  # lazy

        return MemberService(self.db)

    @cached_property
    def pairs(self) -> PairService:
        from mentorat_desktop.core.services.pairs import PairService  # lazy

        return PairService(self.db)

    @cached_property
    def cohorts(self) -> CohortService:
        from mentorat_desktop.core.services.cohorts import CohortService  # lazy

        return CohortService(self.db)

    @cached_property
    def sessions(self) -> SessionService:
        from mentorat_desktop.core.services.sessions import SessionService  # lazy

        return SessionService(self.db)

    @cached_property
    def settings(self) -> SettingsService:
        from mentorat_desktop.core.services.settings import SettingsService  # lazy

        return SettingsService(self.db)

    @cached_property
    def refusals(self) -> RefusalService:
        from mentorat_desktop.core.services.refusals import RefusalService  # lazy

        return RefusalService(self.db)

    @cached_property
    def training(self) -> TrainingService:
        from mentorat_desktop.core.services.training import TrainingService  # lazy

        return TrainingService(self.db)

    @cached_property
    def feedback(self) -> FeedbackService:
        from mentorat_desktop.core.services.feedback import FeedbackService  # lazy

        return FeedbackService(self.db)

    @cached_property
    def followups(self) -> FollowUpService:
        from mentorat_desktop.core.services.followups import FollowUpService  # lazy

        return FollowUpService(self.db)

    @cached_property
    def events(self) -> EventService:
        from mentorat_desktop.core.event.wishes import EventService  # lazy

        return EventService(self.db)

    @cached_property
    def kiosk(self) -> KioskService:
        from mentorat_desktop.core.event.kiosk import KioskService  # lazy

        return KioskService(self.db)

    @cached_property
    def groups(self) -> GroupService:
        from mentorat_desktop.core.services.groups import GroupService  # lazy

        return GroupService(self.db)


def build_services(db: Database) -> Services:
    return Services(db)
