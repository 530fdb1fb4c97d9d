"""The main window: tabs Triage, Decisions, Sign-off, Incidents, Contacts, Inventory, Pre-classify,
Overview and Audit, and the sign-in button in the corner of the tab bar.

At start-up the window shows before the database is open: the tab bar and the first Triage screen,
which takes typing at once (:class:`ui.views.device_page.DevicePage` without a database). Then
:meth:`MainWindow.attach` gives it the database: the Triage view first (keeping what was typed),
the other tabs one per turn of the event loop, or at once when a tab is chosen. This module imports
only Qt; each view's module loads when the view is built.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import dialog_service, style
from ui.views.device_page import DevicePage
from ui.widgets.spoken import describe_tabs
from ui.widgets.view_tabs import ViewTabs

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtGui import QCloseEvent

    from app.database.db import Database
    from app.services.decisions import DecisionView
    from app.services.reference import Reference
    from ui.dialogs.display_dialog import DisplayDialog
    from ui.preferences import Preferences
    from ui.session import SignInSession
    from ui.views.audit_view import AuditView
    from ui.views.contacts.contacts_view import ContactsView
    from ui.views.decisions_view import DecisionsView
    from ui.views.incidents.incidents_view import IncidentsView
    from ui.views.inventory.inventory_view import InventoryView
    from ui.views.overview_view import OverviewView
    from ui.views.preclassify_view import PreclassifyView
    from ui.views.signoff_view import SignoffView
    from ui.views.triage_view import TriageView
    from ui.widgets.session_control import SessionControl

log = logging.getLogger(__name__)
DEFAULT_SIZE = (1100, 760)
# The views in tab order: nurses' views first (what an outage needs), then biomed's (Prepare).
VIEWS = (
    "triage_view",
    "decisions_view",
    "signoff_view",
    "incidents_view",
    "contacts_view",
    "inventory_view",
    "preclassify_view",
    "overview_view",
    "audit_view",
)


class MainWindow(QMainWindow):
    """Signals:
    views_built(): every tab holds its view, or failed to build (``failed``), after :meth:`attach`.
    """

    views_built = Signal()

    # Set by attach(); the views as each is built (see VIEWS).
    db: Database
    reference: Reference
    session: SignInSession
    session_control: SessionControl
    clock_banner: QLabel
    triage_view: TriageView
    decisions_view: DecisionsView
    signoff_view: SignoffView
    incidents_view: IncidentsView
    contacts_view: ContactsView
    inventory_view: InventoryView
    preclassify_view: PreclassifyView
    overview_view: OverviewView
    audit_view: AuditView

    def __init__(
        self,
        db: Database | None,
        reference: Reference | None,
        lang: str,
        parent: QWidget | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        """Without ``db`` and ``reference``: the window as it first shows at start-up, the first
        Triage screen taking typing while the database opens; :meth:`attach` completes it.
        ``now``: the clock of the re-check countdowns (tests move it)."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle("MDIR Desk")
        self.resize(*DEFAULT_SIZE)
        self.lang = lang
        self.now = now
        self.attached = False
        self.built: set[str] = set()
        self.failed: set[str] = set()  # views whose building raised (shown by the excepthook)
        self.rebuilding = False  # the views are being built again (the display changed)

        self.tabs = ViewTabs()
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self._style_tab_bar()
        # The first screen: the page the Triage view adopts, laid out as it lays it out.
        self.device_page = DevicePage(None, None, lang)
        first = QWidget()
        first_layout = QVBoxLayout(first)
        first_layout.setContentsMargins(16, 12, 16, 12)
        first_layout.addWidget(self.device_page)
        for index, (title, tip) in enumerate(self._tab_texts()):
            page = first if index == 0 else self._placeholder()
            self.tabs.setTabToolTip(self.tabs.add_view(page, title, scroll=False), tip)
        # Language and display: at the right of the status bar (the tab bar has no room left).
        self.display_button = QToolButton()
        self.display_button.setObjectName("display_button")
        self.display_button.setEnabled(False)  # until the database is open (attach)
        self.display_button.clicked.connect(lambda _checked=False: self.open_display())
        self.statusBar().addPermanentWidget(self.display_button)
        self._display_button_texts()
        central = QWidget()
        self.column = QVBoxLayout(central)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addWidget(self.tabs, 1)  # the clock warning goes above it (attach)
        self.setCentralWidget(central)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(60_000)
        self.clock_timer.timeout.connect(self.check_clock)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.device_page.tag_input.setFocus()
        if db is not None and reference is not None:
            self.attach(db, reference)

    def _style_tab_bar(self) -> None:
        """The tab bar's type size, look and spoken name, in the language and text size in use."""
        style.set_point_size(self.tabs.tabBar(), 15, bold=True)
        # Nine tabs and the sign-in button fit side by side in the default width. On the tab bar,
        # not the tab widget: the pages (the first screen) are styled by the application alone.
        self.tabs.tabBar().setStyleSheet(style.tab_bar_style(13, 40, 6))
        describe_tabs(
            self.tabs,
            self.tr("Sections"),
            self.tr("The parts of MDIR Desk, from Triage to Audit; Ctrl+Tab goes to the next one"),
        )

    def _tab_texts(self) -> list[tuple[str, str]]:
        """Each tab's title and tooltip, in the order of VIEWS."""
        return [
            (self.tr("Triage"), self.tr("Classify a device, one question at a time")),
            (self.tr("Decisions"), self.tr("Decisions recorded on this database")),
            (self.tr("Sign-off"), self.tr("Decisions awaiting your signature (sign in first)")),
            (
                self.tr("Incidents"),
                self.tr("Incidents: devices in scope, clocks, checklist, timeline; exercises"),
            ),
            (
                self.tr("Contacts"),
                self.tr("Who to call, unit by unit and tier by tier; import and export"),
            ),
            (self.tr("Inventory"), self.tr("Every device: search, filter, edit, import")),
            (
                self.tr("Pre-classify"),
                self.tr("Set the default class of a device, or of a category in a unit"),
            ),
            (self.tr("Overview"), self.tr("Devices per default class in every unit")),
            (
                self.tr("Audit"),
                self.tr("The audit trail: who did what, when; verify and export it"),
            ),
        ]

    def _placeholder(self) -> QWidget:
        """What a tab holds until its view is built: empty until it is shown (:meth:`_say_opening`)."""
        page = QWidget()
        page.setObjectName("tab_placeholder")
        return page

    def _say_opening(self, page: QWidget) -> None:
        """A placeholder shown: say, calmly, that the database is opening (once)."""
        if page.layout() is not None:
            return
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 12, 16, 12)
        label = QLabel(self.tr("Opening the database…"))
        label.setStyleSheet(f"color: {style.theme.muted_fg};")
        style.set_point_size(label, 16)
        column.addWidget(label)
        column.addStretch(1)

    # --- the database comes -----------------------------------------------------------------
    def attach(self, db: Database, reference: Reference, *, staged: bool = False) -> None:
        """Build the views on the open database: the Triage view first, adopting the first screen
        (a tag entered meanwhile is looked up now), then the others, all at once or, ``staged``,
        one per turn of the event loop (a tab chosen meanwhile is built at once)."""
        from PySide6.QtCore import Qt

        from ui.session import SignInSession
        from ui.widgets.session_control import SessionControl

        self.db = db
        self.reference = reference
        # Who is signed in (never needed to triage or record a decision).
        self.session = SignInSession(db, reference, self.lang, self)
        self.session_control = SessionControl(self.session)
        self.tabs.setCornerWidget(self.session_control, Qt.Corner.TopRightCorner)
        self.session_control.show()
        self.display_button.setEnabled(True)
        # Here, not at the first screen: a key sequence loads Qt's namespace of enums (~10 ms).
        self.display_button.setShortcut("Ctrl+Shift+D")
        self.session.signed_out_idle.connect(self._signed_out_idle)
        self.session.changed.connect(
            lambda user: self.statusBar().clearMessage() if user is not None else None
        )
        typing = self.focusWidget()
        self._make_triage(self.device_page)
        if typing is not None and self.isAncestorOf(typing):
            typing.setFocus()  # moving the page into the Triage view took its focus
        self.attached = True
        self.device_page.look_up_pending()

        self.status_database = QLabel()
        self.status_database.setObjectName("status_database")
        self._status_text()
        self.statusBar().addWidget(self.status_database)
        self.clock_banner = style.text_label("clock_warning", 14, bold=True)
        self.clock_banner.setStyleSheet(
            style.banner_style(style.theme.warning_bg, style.theme.warning_fg)
        )
        self.clock_banner.hide()
        self.column.insertWidget(0, self.clock_banner)
        self.clock_timer.start()
        self.check_clock()
        if staged:
            QTimer.singleShot(0, self._build_next)
        else:
            while self._build_next(schedule=False):
                pass

    def _make_triage(self, device_page: DevicePage | None) -> None:
        """The Triage view (adopting ``device_page``, the first screen, when given)."""
        from ui.views.triage_view import TriageView

        self.triage_view = TriageView(
            self.db, self.reference, self.lang, now=self.now, device_page=device_page
        )
        self.device_page = self.triage_view.device_page
        self.triage_view.decision_saved.connect(lambda _decision: self._data_changed())
        self._place("triage_view", self.triage_view)

    def _status_text(self) -> None:
        # The file's name (a long path would widen the window); the whole path in the tooltip.
        self.status_database.setText(
            self.tr("Database: {path} · Questions version {version}").format(
                path=Path(self.db.path).name, version=self.reference.tree.version
            )
        )
        self.status_database.setToolTip(str(self.db.path))

    def _display_button_texts(self) -> None:
        self.display_button.setText(self.tr("Aa  Display…"))
        self.display_button.setAccessibleName(self.tr("Language and display"))
        tip = self.tr("Language, text size and high-contrast theme (Ctrl+Shift+D)")
        self.display_button.setToolTip(tip)
        self.display_button.setAccessibleDescription(tip)
        style.set_point_size(self.display_button, 12)

    def _build_next(self, *, schedule: bool = True) -> bool:
        """Build the next view not built yet (and, ``schedule``, the others on the next turns of
        the event loop, even if this one fails); False when none is left."""
        pending = [name for name in VIEWS if name not in self.built | self.failed]
        if not pending:
            return False
        if schedule and len(pending) > 1:
            QTimer.singleShot(0, self._build_next)
        self._build_or_fail(pending[0])
        return len(pending) > 1

    def _build_or_fail(self, name: str) -> None:
        """Build a view; if that raises, it is noted in ``failed`` (its tab keeps saying the
        database is opening) and the error goes on (on the event loop: to the excepthook, which
        logs and shows it)."""
        try:
            self._build(name)
        except Exception:
            self.failed.add(name)
            self._check_all_built()
            raise

    def _build(self, name: str) -> None:
        db, reference, lang, now, session = (
            self.db,
            self.reference,
            self.lang,
            self.now,
            self.session,
        )
        view: QWidget
        if name == "decisions_view":
            from ui.views.decisions_view import DecisionsView

            self.decisions_view = DecisionsView(db, reference, lang, now=now, session=session)
            self.decisions_view.resolve_requested.connect(self.resolve)
            view = self.decisions_view
        elif name == "signoff_view":
            from ui.views.signoff_view import SignoffView

            self.signoff_view = SignoffView(session)
            self.signoff_view.decision_signed.connect(lambda _signature: self._data_changed())
            view = self.signoff_view
        elif name == "incidents_view":
            from ui.views.incidents.incidents_view import IncidentsView

            self.incidents_view = IncidentsView(db, reference, lang, session, now=now)
            self.incidents_view.incidents_changed.connect(self._incidents_changed)
            view = self.incidents_view
        elif name == "contacts_view":
            from ui.views.contacts.contacts_view import ContactsView

            self.contacts_view = ContactsView(db, reference, lang, session=session)
            self.contacts_view.contacts_changed.connect(self._contacts_changed)
            view = self.contacts_view
        elif name == "inventory_view":
            from ui.views.inventory.inventory_view import InventoryView

            self.inventory_view = InventoryView(db, reference, lang, session=session)
            self.inventory_view.device_saved.connect(lambda _device: self._refresh("overview"))
            view = self.inventory_view
        elif name == "preclassify_view":
            from ui.views.preclassify_view import PreclassifyView

            self.preclassify_view = PreclassifyView(db, reference, lang)
            self.preclassify_view.preclassified.connect(lambda _done: self._data_changed())
            view = self.preclassify_view
        elif name == "overview_view":
            from ui.views.overview_view import OverviewView

            self.overview_view = OverviewView(db, reference, lang)
            view = self.overview_view
        else:
            from ui.views.audit_view import AuditView

            self.audit_view = AuditView(session)
            view = self.audit_view
        self._place(name, view)

    def _place(self, name: str, view: QWidget) -> None:
        """Put a built view into its tab, in place of what held it; the tab shown stays shown."""
        index = VIEWS.index(name)
        current = self.tabs.currentIndex()
        title, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        self.tabs.blockSignals(True)  # the same tab stays current: nothing was "shown"
        try:
            old = self.tabs.take_view(index)
            self.tabs.insert_view(index, view, title)
            self.tabs.setTabToolTip(index, tip)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        self.built.add(name)
        if old is not None and old is not view:
            old.deleteLater()
        self._check_all_built()

    def _check_all_built(self) -> None:
        if len(self.built | self.failed) == len(VIEWS) and not self.rebuilding:
            self.views_built.emit()

    # --- language and display -----------------------------------------------------------------
    def open_display(self) -> DisplayDialog:
        """Language and display: applied to every open view at once, remembered on this computer."""
        from PySide6.QtCore import Qt

        from ui.dialogs.display_dialog import DisplayDialog
        from ui.preferences import load_preferences

        dialog = DisplayDialog(self.display_in_effect(load_preferences()), self)
        dialog.accepted.connect(lambda: self._display_chosen(dialog.chosen()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def display_in_effect(self, saved: Preferences) -> Preferences:
        """What the window shows now: the saved choice, except where this run differs from it
        (``--lang``, or a choice not remembered) — OK on an unchanged dialog changes nothing."""
        from ui.app import choose_language

        language = saved.language
        if choose_language(None, language) != self.lang:
            language = self.lang
        return saved._replace(
            language=language, text_size=round(style.scale * 100), theme=style.theme.code
        )

    def _display_chosen(self, preferences: Preferences) -> None:
        from ui.app import choose_language
        from ui.preferences import save_preferences

        if not self.change_display(choose_language(None, preferences.language), preferences):
            return
        try:
            save_preferences(preferences)
        except OSError as exc:
            log.error("saving the display preferences failed: %s", exc)
            self.statusBar().showMessage(
                self.tr(
                    "The display settings apply now but could not be remembered: {error}"
                ).format(error=exc)
            )

    def unsaved_work(self) -> list[str]:
        """What rebuilding the views would lose (typed, not saved)."""
        return [
            item
            for name in VIEWS
            if name in self.built
            for item in getattr(getattr(self, name), "unsaved_work", list)()
        ]

    def change_display(self, lang: str, preferences: Preferences) -> bool:
        """Show every view in ``lang`` with the theme and text size of ``preferences``, without a
        restart: the views are built anew and take over what the old ones showed (the triage and
        what was typed for it, the incident open, the tab), the person stays signed in. Typed work
        a rebuild would lose is named first, and nothing changes unless the person agrees."""
        from PySide6.QtWidgets import QApplication

        from ui.app import apply_display

        if not self.attached:
            return False
        unsaved = self.unsaved_work()
        if unsaved and not dialog_service.confirm(
            self,
            self.tr("Change the display?"),
            self.tr(
                "Not saved yet: {what}. Changing the display now loses it. Change anyway?"
            ).format(what="; ".join(unsaved)),
        ):
            return False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_display(app, lang, preferences)
        self.lang = lang
        self.session.lang = lang
        self.rebuild_views()
        return True

    def rebuild_views(self) -> None:
        """Build every built view again (language, theme or text size changed), keeping the tab
        shown and what the views can hand over (``view_state`` / ``restore_view_state``)."""
        from PySide6.QtCore import Qt

        from ui.widgets.session_control import SessionControl

        current = self.tabs.currentIndex()
        states = {
            name: getattr(self, name).view_state()
            for name in VIEWS
            if name in self.built and hasattr(getattr(self, name), "view_state")
        }
        for index, (title, tip) in enumerate(self._tab_texts()):
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, tip)
        self._style_tab_bar()
        self._display_button_texts()
        old_control = self.session_control
        self.session_control = SessionControl(self.session)
        self.tabs.setCornerWidget(self.session_control, Qt.Corner.TopRightCorner)
        self.session_control.show()
        old_control.deleteLater()
        self._status_text()
        style.set_point_size(self.clock_banner, 14, bold=True)
        self.clock_banner.setStyleSheet(
            style.banner_style(style.theme.warning_bg, style.theme.warning_fg)
        )
        self.check_clock()
        rebuild = [name for name in VIEWS if name in self.built]
        self.rebuilding = True
        try:
            self._make_triage(None)
            for name in rebuild[1:]:
                self._build(name)
        finally:
            self.rebuilding = False
        for name, state in states.items():
            getattr(self, name).restore_view_state(state)
        self.tabs.setCurrentIndex(current)

    # --- keeping the views in step ----------------------------------------------------------
    def check_clock(self) -> bool:
        """Warn (and keep warning) while this computer's clock is behind the newest recorded
        event: times recorded now would be out of order. The trail records the step back."""
        from app.services.clock import clock_behind
        from ui.strings import local_time
        from ui.widgets.call_list import READ_FAILURES

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
        if self.attached:
            self.session.sign_out()  # a closed window keeps nobody signed in
        super().closeEvent(event)

    def _refresh(self, *names: str) -> None:
        """Refresh those of the named views (decisions, overview, signoff) that are built."""
        for name in names:
            if f"{name}_view" in self.built:
                getattr(self, f"{name}_view").refresh()

    def _data_changed(self) -> None:
        if "incidents_view" in self.built:
            self.incidents_view.data_changed()
        self._refresh("decisions", "overview", "signoff")

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
        if "decisions_view" in self.built:
            self.decisions_view.refresh_contacts()

    def _tab_shown(self, index: int) -> None:
        name = VIEWS[index]
        if name not in self.built:
            self._say_opening(self.tabs.widget(index))
            if self.attached:  # chosen before its turn: build it now (after this signal)
                QTimer.singleShot(0, lambda: self._build_chosen(name))
            return
        if name == "overview_view":
            self.overview_view.refresh()  # imports and edits elsewhere change the counts

    def _build_chosen(self, name: str) -> None:
        if name not in self.built | self.failed:
            self._build_or_fail(name)

    def triage_ready(self) -> bool:
        """The first triage screen is showing and its tag field can take input (typing goes
        into it), whether or not the database is open yet."""
        page = self.device_page
        on_first_page = not self.attached or self.triage_view.current_page() is page
        return (
            self.isVisible()
            and on_first_page
            and page.tag_input.isVisible()
            and page.tag_input.isEnabled()
            and self.focusWidget() is page.tag_input
        )
