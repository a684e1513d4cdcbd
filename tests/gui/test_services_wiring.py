"""One services object per open database, built by the application factory and handed to
the views: a view never needs another view to get its services."""

from __future__ import annotations

from mentorat_desktop.gui.context import AppContext
from mentorat_desktop.gui.main_window import MainWindow


def test_the_context_holds_one_set_of_services_on_its_database(ctx: AppContext):
    services = ctx.services
    assert services.db is ctx.db
    assert ctx.members is services.members and ctx.settings is services.settings


def test_the_sessions_view_is_built_without_the_pairs_view(window: MainWindow):
    """The sessions tab used to borrow the pairs view's service, building that tab too."""
    window.tabs.bar.setCurrentIndex(window._sessions_tab)
    assert window.tabs.is_built(window._sessions_tab)
    assert not window.tabs.is_built(window._pairs_tab)
