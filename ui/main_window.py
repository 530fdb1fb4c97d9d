"""The main window: tabs Triage, Decisions, Sign-off, Incidents, Contacts, Inventory, Pre-classify,
Overview and Audit, and the sign-in button in the corner of the tab bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from app.database.db import Database
from app.services.clock import clock_behind
from app.services.decisions import DecisionView
from app.services.reference import Reference
from ui import style
from ui.session import SignInSession
from ui.strings import local_time
from ui.views.audit_view import AuditView
from ui.views.contacts.contacts_view import ContactsView
from ui.views.decisions_view import DecisionsView
from ui.views.incidents.incidents_view import IncidentsView
from ui.views.inventory.inventory_view import InventoryView
from ui.views.overview_view import OverviewView
from ui.views.preclassify_view import PreclassifyView
from ui.views.signoff_view import SignoffView
from ui.views.triage_view import TriageView
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.session_control import SessionControl

log = logging.getLogger(__name__)
DEFAULT_SIZE = (1100, 760)


class MainWindow(QMainWindow):
    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        parent: QWidget | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        """``now``: the clock of the re-check countdowns (tests move it)."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle("MDIR Desk")
        self.resize(*DEFAULT_SIZE)
        self.db = db
        self.reference = reference
        self.lang = lang

        # Who is signed in (never needed to triage or record a decision).
        self.session = SignInSession(db, reference, lang, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        style.set_point_size(self.tabs.tabBar(), 15, bold=True)
        # Nine tabs and the sign-in button fit side by side in the default width.
        self.tabs.setStyleSheet(
            "QTabBar::tab { min-width: 40px; padding: 6px 6px; font-size: 13pt; }"
        )
        self.session_control = SessionControl(self.session)
        self.tabs.setCornerWidget(self.session_control, Qt.Corner.TopRightCorner)
        self.triage_view = TriageView(db, reference, lang, now=now)
        self.decisions_view = DecisionsView(db, reference, lang, now=now, session=self.session)
        self.signoff_view = SignoffView(self.session)
        self.incidents_view = IncidentsView(db, reference, lang, self.session, now=now)
        self.contacts_view = ContactsView(db, reference, lang, session=self.session)
        self.inventory_view = InventoryView(db, reference, lang, session=self.session)
        self.preclassify_view = PreclassifyView(db, reference, lang)
        self.overview_view = OverviewView(db, reference, lang)
        self.audit_view = AuditView(self.session)
        # Nurses' views first (what an outage needs), then biomed's (the Prepare phase).
        for view, title, tip in (
            (
                self.triage_view,
                self.tr("Triage"),
                self.tr("Classify a device, one question at a time"),
            ),
            (
                self.decisions_view,
                self.tr("Decisions"),
                self.tr("Decisions recorded on this database"),
            ),
            (
                self.signoff_view,
                self.tr("Sign-off"),
                self.tr("Decisions awaiting your signature (sign in first)"),
            ),
            (
                self.incidents_view,
                self.tr("Incidents"),
                self.tr("Incidents: devices in scope, clocks, checklist, timeline; exercises"),
            ),
            (
                self.contacts_view,
                self.tr("Contacts"),
                self.tr("Who to call, unit by unit and tier by tier; import and export"),
            ),
            (
                self.inventory_view,
                self.tr("Inventory"),
                self.tr("Every device: search, filter, edit, import"),
            ),
            (
                self.preclassify_view,
                self.tr("Pre-classify"),
                self.tr("Set the default class of a device, or of a category in a unit"),
            ),
            (
                self.overview_view,
                self.tr("Overview"),
                self.tr("Devices per default class in every unit"),
            ),
            (
                self.audit_view,
                self.tr("Audit"),
                self.tr("The audit trail: who did what, when; verify and export it"),
            ),
        ):
            self.tabs.setTabToolTip(self.tabs.addTab(view, title), tip)
        self.clock_banner = style.text_label("clock_warning", 14, bold=True)
        self.clock_banner.setStyleSheet(style.banner_style(style.WARNING_BG, style.WARNING_FG))
        self.clock_banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.clock_banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(60_000)
        self.clock_timer.timeout.connect(self.check_clock)
        self.clock_timer.start()
        self.check_clock()
        self.triage_view.decision_saved.connect(lambda _decision: self._data_changed())
        self.signoff_view.decision_signed.connect(lambda _signature: self._data_changed())
        self.incidents_view.incidents_changed.connect(self._incidents_changed)
        self.session.signed_out_idle.connect(self._signed_out_idle)
        self.session.changed.connect(
            lambda user: self.statusBar().clearMessage() if user is not None else None
        )
        self.decisions_view.resolve_requested.connect(self.resolve)
        self.contacts_view.contacts_changed.connect(self._contacts_changed)
        self.preclassify_view.preclassified.connect(lambda _done: self._data_changed())
        self.inventory_view.device_saved.connect(lambda _device: self.overview_view.refresh())
        self.tabs.currentChanged.connect(self._tab_shown)

        status = QLabel(
            self.tr("Database: {path} · Questions version {version}").format(
                path=db.path, version=reference.tree.version
            )
        )
        status.setObjectName("status_database")
        self.statusBar().addWidget(status)

    def check_clock(self) -> bool:
        """Warn (and keep warning) while this computer's clock is behind the newest recorded
        event: times recorded now would be out of order. The trail records the step back."""
        try:
            newest = clock_behind(self.db)
        except READ_FAILURES as exc:
            log.error("checking the clock failed: %s", exc)
            return False
        if newest is not None:
            self.clock_banner.setText(
                self.tr(
                    "This computer's clock is behind the newest record ({time}). Check the date "
                    "and time before recording; the audit trail notes the step back."
                ).format(time=local_time(newest))
            )
        self.clock_banner.setVisible(newest is not None)
        return newest is not None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.sign_out()  # a closed window keeps nobody signed in
        super().closeEvent(event)

    def _data_changed(self) -> None:
        self.incidents_view.data_changed()
        self.decisions_view.refresh()
        self.overview_view.refresh()
        self.signoff_view.refresh()

    def _incidents_changed(self) -> None:
        self.triage_view.record_page.refresh_incidents()  # the Incident field lists open ones

    def _signed_out_idle(self, username: str) -> None:
        minutes = self.session.idle_minutes()
        self.statusBar().showMessage(
            self.tr("{username} was signed out after {minutes} minutes without activity.").format(
                username=username, minutes=minutes
            )
        )

    def resolve(self, decision: DecisionView) -> None:
        """Resolve the unknown answers of a provisional decision: a triage, pre-filled."""
        self.triage_view.resolve(decision)
        self.tabs.setCurrentWidget(self.triage_view)

    def _contacts_changed(self) -> None:
        self.triage_view.refresh_contacts()
        self.decisions_view.refresh_contacts()

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.overview_view:
            self.overview_view.refresh()  # imports and edits elsewhere change the counts

    def triage_ready(self) -> bool:
        """The first triage screen is showing and its tag field can take input."""
        page = self.triage_view.device_page
        return (
            self.isVisible()
            and self.triage_view.current_page() is page
            and page.tag_input.isVisible()
            and page.tag_input.isEnabled()
        )
