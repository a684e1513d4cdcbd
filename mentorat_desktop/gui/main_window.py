"""The main window: the views in tabs, the menus, and the undo stack's actions."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from mentorat_desktop import __version__
from mentorat_desktop.gui import file_dialogs, plain
from mentorat_desktop.gui.context import AppContext
from mentorat_desktop.gui.data import launch_application
from mentorat_desktop.gui.data.menu import build_data_menu
from mentorat_desktop.gui.demo_banner import add_demo_banner, is_demo
from mentorat_desktop.gui.groups.selector import GroupSelector
from mentorat_desktop.gui.help.action import add_help_action
from mentorat_desktop.gui.members.view import MembersView
from mentorat_desktop.gui.notices import tell
from mentorat_desktop.gui.privacy.menu import add_privacy_actions
from mentorat_desktop.gui.remote_changes import watch_remote_changes
from mentorat_desktop.gui.text_size import add_text_size_actions
from mentorat_desktop.gui.undo_actions import undo_and_redo
from mentorat_desktop.gui.view_tabs import ViewTabs

if TYPE_CHECKING:  # the windows and the views built when first needed, not at start-up
    from mentorat_desktop.gui.cohorts.window import CohortsWindow
    from mentorat_desktop.gui.dashboard.view import DashboardView
    from mentorat_desktop.gui.event.kickoff import KickoffWindow
    from mentorat_desktop.gui.event.kiosk import KioskWindow
    from mentorat_desktop.gui.event.signups import SignupsDialog
    from mentorat_desktop.gui.event.speed_meeting import SpeedMeetingWindow
    from mentorat_desktop.gui.exports import Exporter
    from mentorat_desktop.gui.followup.view import FollowUpView
    from mentorat_desktop.gui.groups.window import GroupsWindow
    from mentorat_desktop.gui.import_dialog import ImportMembersDialog, PreviewImportDialog
    from mentorat_desktop.gui.pairs.matching_dialog import MatchingDialog
    from mentorat_desktop.gui.pairs.refusals_dialog import RefusalsDialog
    from mentorat_desktop.gui.pairs.view import PairsView
    from mentorat_desktop.gui.preferences.dialog import PreferencesDialog
    from mentorat_desktop.gui.sessions.import_dialog import ImportSessionsDialog
    from mentorat_desktop.gui.sessions.log_dialog import SessionLogDialog
    from mentorat_desktop.gui.sessions.view import SessionsView
    from mentorat_desktop.gui.training.window import TrainingWindow
    from mentorat_desktop.gui.welcome.wizard import WelcomeWizard


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._set_title()
        self.setAccessibleName(self.tr("Mentorat"))

        # Which local group the lists show, chosen before the views read it (no group: all).
        self.group_selector = GroupSelector(ctx.services.groups, self)
        self.tabs = ViewTabs(self)
        self.tabs.setAccessibleName(self.tr("Views"))
        self.members_view = MembersView(
            ctx.services, ctx.signals, ctx.undo_stack, ctx.language, self
        )
        self.tabs.addTab(self.members_view, self.tr("&Members"))
        # The other views are built when first shown (or first needed), not at start-up.
        self._pairs_tab = self.tabs.add_lazy_tab(self._make_pairs_view, self.tr("&Pairs"))
        self._sessions_tab = self.tabs.add_lazy_tab(self._make_sessions_view, self.tr("&Sessions"))
        self._followup_tab = self.tabs.add_lazy_tab(self._make_followup_view, self.tr("&Follow-up"))
        self._dashboard_tab = self.tabs.add_lazy_tab(
            self._make_dashboard_view, self.tr("&Dashboard")
        )
        self.setCentralWidget(self.tabs)
        self.members_view.import_requested.connect(self.import_members)
        self.members_view.demo_requested.connect(self.open_demo)
        ctx.signals.changed.connect(self._on_changed)
        self._build_menus()
        # The group selector's toolbar, shown only when the register has local groups.
        self.group_bar = self.addToolBar(self.tr("Local group"))
        self.group_bar.setObjectName("group_bar")
        self.group_bar.setMovable(False)
        self.group_bar.addWidget(self.group_selector)
        self.group_bar.setVisible(self.group_selector.has_groups)
        self.group_selector.scope_changed.connect(self._group_scope_changed)

        self.demo_banner = add_demo_banner(self, ctx.db.path, self.data_menu.reset_demo)
        if ctx.db.on_server:
            where = self.tr("Server: {address}").format(address=ctx.db.location)
        else:
            where = self.tr("Database: {path}").format(path=ctx.db.location)
        self.statusBar().showMessage(where)

        # What another coordinator changes reaches the views (where someone else can write).
        self.remote_changes = watch_remote_changes(ctx.db, self)

    def _make_pairs_view(self) -> PairsView:
        # lazy: the pairs view, built when its tab is first shown
        from mentorat_desktop.gui.pairs.view import PairsView

        view = PairsView(
            self.ctx.services,
            self.ctx.signals,
            self.ctx.language,
            self,
            undo_stack=self.ctx.undo_stack,
        )
        view.matching_requested.connect(self.open_matching)
        return view

    def _make_sessions_view(self) -> SessionsView:
        # lazy: the sessions view, built when its tab is first shown
        from mentorat_desktop.gui.sessions.view import SessionsView

        view = SessionsView(
            self.ctx.services.sessions,
            self.ctx.services.pairs,
            self.ctx.signals,
            self.ctx.undo_stack,
            self.ctx.language,
            self,
            groups=self.ctx.services.groups,
        )
        view.import_requested.connect(self.import_sessions)
        view.export_requested.connect(self.export_sessions)
        return view

    def _make_followup_view(self) -> FollowUpView:
        # lazy: the follow-up view, built when its tab is first shown
        from mentorat_desktop.gui.followup.view import FollowUpView

        return FollowUpView(self.ctx.services, self.ctx.signals, self.ctx.language, parent=self)

    def _make_dashboard_view(self) -> DashboardView:
        # lazy: the dashboard, built when its tab is first shown
        from mentorat_desktop.gui.dashboard.view import DashboardView

        return DashboardView(self.ctx.services, self.ctx.signals, self.ctx.language, parent=self)

    # Each tab's view is the one its factory above builds (cast: ViewTabs gives a QWidget).
    @property
    def pairs_view(self) -> PairsView:
        return cast("PairsView", self.tabs.widget(self._pairs_tab))

    @property
    def sessions_view(self) -> SessionsView:
        return cast("SessionsView", self.tabs.widget(self._sessions_tab))

    @property
    def followup_view(self) -> FollowUpView:
        return cast("FollowUpView", self.tabs.widget(self._followup_tab))

    @property
    def dashboard_view(self) -> DashboardView:
        return cast("DashboardView", self.tabs.widget(self._dashboard_tab))

    def _set_title(self) -> None:
        name = self.ctx.settings.get().association_name
        title = f"Mentorat — {name}" if name else "Mentorat"
        if self.ctx.db.read_only:
            title += " " + self.tr("(read-only: another copy has it open)")

        if is_demo(self.ctx.db.path):
            title += " — " + self.tr("Demonstration")
        self.setWindowTitle(title)

    def _on_changed(self, topic: str) -> None:
        if topic == "settings":
            self._set_title()
        elif topic == "groups":
            self._refresh_groups()

    def _refresh_groups(self) -> None:
        """The groups or this computer's choice changed: the selector follows, and shows
        only while there are groups."""
        self.group_selector.refresh()
        self.group_bar.setVisible(self.group_selector.has_groups)

    def _group_scope_changed(self) -> None:
        # Every view showing members, pairs or figures reads the scope again.
        self.ctx.signals.changed.emit("groups")

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = plain.action(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("&Import members…"), self.import_members, "Ctrl+I")
        )
        file_menu.addAction(
            self._action(self.tr("&Export members…"), self.export_members, "Ctrl+E")
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("&Preferences…"),
                self.open_preferences,
                QKeySequence.StandardKey.Preferences,
            )
        )
        file_menu.addAction(self._action(self.tr("Open the &demo"), self.open_demo))
        file_menu.addAction(self._action(self.tr("&Set up the association…"), self.open_welcome))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )

        self.data_menu = build_data_menu(self, self.ctx)
        self.data_menu.addSeparator()
        self.data_menu.addAction(self._action(self.tr("Local &groups…"), self.open_groups))
        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo, redo = undo_and_redo(self, self.ctx.undo_stack)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        members_menu = bar.addMenu(self.tr("M&embers"))
        view = self.members_view
        members_menu.addAction(
            self._action(self.tr("&Add a member"), view.add_member, QKeySequence.StandardKey.New)
        )
        members_menu.addAction(self._action(self.tr("&Edit the member"), view.edit_current))
        members_menu.addAction(self._action(self.tr("A&rchive"), view.archive_selected))
        members_menu.addAction(self._action(self.tr("Re&store"), view.restore_selected))

        add_privacy_actions(members_menu, self, self.ctx)
        members_menu.addAction(self._action(self.tr("&Training sessions…"), self.open_training))

        def start_kiosk() -> KioskWindow | None:  # imported when first opened, not at start-up
            # lazy: the sign-up kiosk, loaded when first opened
            from mentorat_desktop.gui.event.kiosk import start_kiosk

            return start_kiosk(self, self.ctx.services, self.ctx.language, self.ctx.translators)

        def open_signups() -> SignupsDialog:
            # lazy: the kiosk's sign-ups dialog, loaded when first opened
            from mentorat_desktop.gui.event.signups import open_signups

            return open_signups(self, self.ctx.services, self.ctx.language)

        members_menu.addAction(self._action(self.tr("Start the sign-up &kiosk…"), start_kiosk))
        members_menu.addAction(self._action(self.tr("Kiosk sign-&ups…"), open_signups))
        pairs_menu = bar.addMenu(self.tr("P&airs"))
        pairs_menu.addAction(self._action(self.tr("&Suggest pairs…"), self.open_matching, "Ctrl+M"))
        pairs_menu.addAction(
            self._action(self.tr("&New pair…"), lambda: self.pairs_view.new_pair())
        )
        pairs_menu.addAction(
            self._action(
                self.tr("Print &charters…"), lambda: self.pairs_view.print_batch(), "Ctrl+P"
            )
        )

        def open_refusals() -> RefusalsDialog:  # imported when first opened, not at start-up
            # lazy: the refused suggestions dialog, loaded when first opened
            from mentorat_desktop.gui.pairs.refusals_dialog import open_refusals

            return open_refusals(self, self.ctx)

        pairs_menu.addAction(self._action(self.tr("&Refused suggestions…"), open_refusals))
        pairs_menu.addAction(self._action(self.tr("C&ohorts…"), self.open_cohorts))

        def open_kickoff() -> KickoffWindow:  # imported when first opened, not at start-up
            # lazy: the kickoff evening window, loaded when first opened
            from mentorat_desktop.gui.event.kickoff import open_kickoff

            return open_kickoff(self, self.ctx.services, self.ctx.language)

        def open_speed_meeting() -> SpeedMeetingWindow:
            # lazy: the speed-meeting window, loaded when first opened
            from mentorat_desktop.gui.event.speed_meeting import open_speed_meeting

            return open_speed_meeting(self, self.ctx.services, self.ctx.language)

        pairs_menu.addAction(self._action(self.tr("Speed-meeting e&vening…"), open_speed_meeting))
        pairs_menu.addAction(self._action(self.tr("&Kickoff evening…"), open_kickoff))
        sessions_menu = bar.addMenu(self.tr("Sess&ions"))
        sessions_menu.addAction(
            self._action(self.tr("&Log a session…"), self.log_session, "Ctrl+L")
        )
        sessions_menu.addAction(self._action(self.tr("&Import sessions…"), self.import_sessions))
        sessions_menu.addAction(self._action(self.tr("&Export sessions…"), self.export_sessions))

        add_text_size_actions(bar.addMenu(self.tr("&View")), self, self.ctx.language)
        help_menu = bar.addMenu(self.tr("&Help"))
        add_help_action(help_menu, self, self.ctx.language)
        help_menu.addAction(self._action(self.tr("&About Mentorat"), self.about))

    # -- actions ----------------------------------------------------------------------------------
    def import_members(self, path: str | None = None) -> ImportMembersDialog | None:
        # lazy: the members import dialog, loaded on the first import
        from mentorat_desktop.gui.import_dialog import ImportMembersDialog

        if not path:
            path = file_dialogs.open_file(
                self,
                file_dialogs.MEMBERS_IMPORT,
                self.tr("Import members"),
                self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
            )
        if not path:
            return None
        dialog = ImportMembersDialog(self.ctx.services, path, self)
        dialog.accepted.connect(lambda: self._imported(dialog, "members"))
        dialog.open()
        return dialog

    def _imported(self, dialog: PreviewImportDialog, kind: str) -> None:
        """Say what an import added, and put it on the undo stack as a whole."""
        # lazy: the import's undo command, loaded after the first import
        from mentorat_desktop.gui.import_commands import UndoableImport

        count = dialog.added or 0
        if not count:
            return
        name = Path(dialog.path).name
        if kind == "members":
            text = self.tr("%n member(s) imported from {file}.", "", count).format(file=name)
            undo_text = self.tr("import of {file}").format(file=name)
        else:
            text = self.tr("%n session(s) imported from {file}.", "", count).format(file=name)
            undo_text = self.tr("import of {file}").format(file=name)
        self.ctx.undo_stack.push(
            UndoableImport(
                self.ctx.services,
                kind,
                dialog.plan,
                dialog.added_ids,
                undo_text,
                lambda said: tell(self, said),
            )
        )
        tell(self, text + " " + self.tr("(Ctrl+Z to undo)"))

    def export_members(self) -> None:
        # lazy: the members export, loaded on the first export
        from mentorat_desktop.core.exporting import export_members_csv

        path = file_dialogs.save_file(
            self,
            file_dialogs.EXPORTS,
            self.tr("Export members"),
            self.tr("members.csv"),
            self.tr("CSV (*.csv)"),
        )
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        # the local group shown, as the members view lists them (all: every group)
        group = self.ctx.services.groups.scope.group_id
        self.exporter.start(
            self.tr("Export members"),
            Path(path),
            lambda db, part: export_members_csv(db, part, group_id=group),
            lambda count: self.tr("%n member(s) exported.", "", count),
        )

    def log_session(self) -> SessionLogDialog:
        """Log a session from anywhere; for the pair shown when the pairs view is up."""
        pair_id = None
        if self.tabs.bar.currentIndex() == self._pairs_tab:
            pair = self.pairs_view.current_pair()
            pair_id = pair.id if pair is not None else None
        if self.tabs.is_built(self._sessions_tab):
            return self.sessions_view.log_session(pair_id)
        # Before the sessions view is first shown, the dialog opens on its own rather than
        # building the pairs and sessions views first (about a second on a large register);
        # the view reads the saved session when it is built.
        # lazy: the session dialog, loaded on the first Ctrl+L
        from mentorat_desktop.gui.sessions.log_dialog import SessionLogDialog

        dialog = SessionLogDialog(
            self.ctx.services.sessions,
            self.ctx.services.pairs,
            self.ctx.language,
            pair_id=pair_id,
            parent=self,
            undo_stack=self.ctx.undo_stack,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def import_sessions(self, path: str | None = None) -> ImportSessionsDialog | None:
        # lazy: the sessions import dialog, loaded on the first import
        from mentorat_desktop.gui.sessions.import_dialog import ImportSessionsDialog

        if not path:
            path = file_dialogs.open_file(
                self,
                file_dialogs.SESSIONS_IMPORT,
                self.tr("Import sessions"),
                self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
            )
        if not path:
            return None
        dialog = ImportSessionsDialog(self.ctx.services, path, self, language=self.ctx.language)
        dialog.accepted.connect(lambda: self._imported(dialog, "sessions"))
        dialog.open()
        return dialog

    def export_sessions(self) -> None:
        # lazy: the sessions export, loaded on the first export
        from mentorat_desktop.core.exporting_sessions import export_sessions_csv

        path = file_dialogs.save_file(
            self,
            file_dialogs.EXPORTS,
            self.tr("Export sessions"),
            self.tr("sessions.csv"),
            self.tr("CSV (*.csv)"),
        )
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        # the local group shown, as the sessions view lists them (all: every group)
        group = self.ctx.services.groups.scope.group_id
        self.exporter.start(
            self.tr("Export sessions"),
            Path(path),
            lambda db, part: export_sessions_csv(db, part, group_id=group),
            lambda count: self.tr("%n session(s) exported.", "", count),
        )

    def open_matching(self) -> MatchingDialog:
        # lazy: the suggestions dialog (and its solver), loaded when first opened
        from mentorat_desktop.gui.pairs.matching_dialog import MatchingDialog

        dialog = MatchingDialog(self.ctx.services, self)
        dialog.edit_requested.connect(lambda s: self.pairs_view.new_pair(s.mentor_id, s.mentee_id))
        dialog.open()
        return dialog

    def open_cohorts(self) -> CohortsWindow:
        # lazy: the cohorts window, loaded when first opened
        from mentorat_desktop.gui.cohorts.window import CohortsWindow

        dialog = CohortsWindow(
            self.ctx.services.cohorts, self.ctx.language, self, groups=self.ctx.services.groups
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_groups(self) -> GroupsWindow:
        """The local groups (Data → Local groups…)."""
        # lazy: the local groups window, loaded when first opened
        from mentorat_desktop.gui.groups.window import GroupsWindow

        dialog = GroupsWindow(self.ctx.services.groups, self)
        dialog.computer_choice_changed.connect(self._refresh_groups)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_training(self) -> TrainingWindow:
        """The mentor training sessions and their attendance (Members → Training sessions…)."""
        # lazy: the training window, loaded when first opened
        from mentorat_desktop.gui.training.window import open_training

        return open_training(self, self.ctx.services, self.ctx.language)

    def open_welcome(self) -> WelcomeWizard:
        """The first-run assistant (also opened by itself on a first start)."""
        # lazy: the set-up assistant, loaded when first opened
        from mentorat_desktop.gui.welcome import open_welcome

        return open_welcome(self)

    def open_preferences(self) -> PreferencesDialog:
        # lazy: the preferences dialog, loaded when first opened
        from mentorat_desktop.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.ctx.settings, self, db=self.ctx.db)
        dialog.open()
        return dialog

    def open_demo(self) -> None:
        launch_application(["--demo", "--lang", self.ctx.language])

    def about(self) -> None:
        # lazy: the message box class, built by PySide6 when first used (not at start-up)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Mentorat"),
            self.tr(
                "Mentorat {version}\n\nRuns a reverse-mentoring program: members, pairs, "
                "sessions and charters, on this computer only."
            ).format(version=__version__)
            + "\n\n"
            + self._where_the_data_is(),
        )

    @cached_property
    def exporter(self) -> Exporter:
        """Exports are written off the GUI thread, with a Cancel in the status bar; made on
        the first export."""
        # lazy: the exporter's busy bar, whose Qt classes cost start-up time
        from mentorat_desktop.gui.exports import Exporter

        return Exporter(self, self.ctx.db, self.ctx.language)

    def _where_the_data_is(self) -> str:
        # lazy: the backups module, only for the About box's data folder
        from mentorat_desktop.core.backups import backup_folder

        path = self.ctx.db.path
        if path is None:
            return self.tr(
                "Server: {address}\nIts backups are made by the server's administrator."
            ).format(address=self.ctx.db.location)
        return self.tr("Data file: {path}\nBackups: {folder}").format(
            path=path, folder=backup_folder(path)
        )

    def show_view(self, name: str) -> None:
        """Bring a view to the front by its command-line name ("members", ...)."""
        tabs = {
            "members": 0,
            "pairs": self._pairs_tab,
            "sessions": self._sessions_tab,
            "followup": self._followup_tab,
            "dashboard": self._dashboard_tab,
        }
        self.tabs.bar.setCurrentIndex(tabs[name])
