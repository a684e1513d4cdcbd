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
        # lazy: the service's module, loaded when the service is first asked for
        from mentorat_desktop.core.services.members import MemberService

        return MemberService(self.db)

    @cached_property
    def pairs(self) -> PairService:
        # lazy: the service's module, loaded when the service is first asked for
        from mentorat_desktop.core.services.pairs import PairService

        return PairService(self.db)

    @cached_property
    def cohorts(self) -> CohortService:
        # lazy: the service's module, loaded when the service is first asked for
        from mentorat_desktop.core.services.cohorts import CohortService

        return CohortService(self.db)

    @cached_property
    def sessions(self) -> SessionService:
        # lazy: the service's module, loaded when the service is first asked for
        from mentorat_desktop.core.services.sessions import SessionService

        return SessionService(self.db)

    @cached_property
    def settings(self) -> SettingsService:
        # lazy: the service's module, loaded when the service is first asked for
        from mentorat_desktop.core.services.settings import SettingsService

        return SettingsService(self.db)

    @cached_property
    def refusals(self) -> RefusalService:
        # lazy: the service's module, loaded when the service is first asked for
        from mentorat_desktop.core.services.refusals import RefusalService

        return RefusalService(self.db)

    @cached_property
    def training(self) -> TrainingService:
        # lazy: the service's module, loaded when the service is first asked for
        from mentorat_desktop.core.services.training import TrainingService

        return TrainingService(self.db)

    @cached_property
    def feedback(self) -> FeedbackService:
        # lazy: the service's module, loaded when the service is first asked for
        from mentorat_desktop.core.services.feedback import FeedbackService

        return FeedbackService(self.db)

    @cached_property
    def followups(self) -> FollowUpService:
        # lazy: the service's module, loaded when the service is first asked for
        from mentorat_desktop.core.services.followups import FollowUpService

        return FollowUpService(self.db)

    @cached_property
    def events(self) -> EventService:
        # lazy: the service's module, loaded when the service is first asked for
        from mentorat_desktop.core.event.wishes import EventService

        return EventService(self.db)

    @cached_property
    def kiosk(self) -> KioskService:
        # lazy: the service's module, loaded when the service is first asked for
        from mentorat_desktop.core.event.kiosk import KioskService

        return KioskService(self.db)

    @cached_property
    def groups(self) -> GroupService:
        # lazy: the service's module, loaded when the service is first asked for
        from mentorat_desktop.core.services.groups import GroupService

        return GroupService(self.db)


def build_services(db: Database) -> Services:
    return Services(db)
