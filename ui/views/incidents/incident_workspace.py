"""One incident: its header (reference, name, status, severity, phase, T0 and the time since), the
EXERCISE banner of an exercise, and its tabs (overview and clocks, decisions and devices, checklist,
timeline, evidence, lessons learned). A save in any tab refreshes the header and the other tabs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.database.db import Database
from app.domain.incident_terms import label
from app.services.incidents import IncidentView, get_incident
from app.services.reference import Reference
from ui import style
from ui.dialogs.close_incident_dialog import CloseIncidentDialog
from ui.session import SignInSession
from ui.strings import local_time
from ui.views.incidents import exercise_banner, since_text
from ui.views.incidents.checklist_tab import ChecklistTab
from ui.views.incidents.decisions_tab import DecisionsTab
from ui.views.incidents.evidence_tab import EvidenceTab
from ui.views.incidents.lessons_tab import LessonsTab
from ui.views.incidents.overview_tab import OverviewTab
from ui.views.incidents.timeline_tab import TimelineTab
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.message_banner import MessageBanner
from ui.widgets.spoken import describe_tabs

if TYPE_CHECKING:
    from app.services.playbook import Playbook


log = logging.getLogger(__name__)
TICK_MS = 30_000  # the time since T0 moves on
# Six tabs side by side inside the main window's tab (the application's tabs are much wider).


class IncidentWorkspace(QWidget):
    """Signals:
    back_requested(): back to the list of incidents.
    incident_changed(IncidentView): something in the incident was saved (or it was closed).
    """

    back_requested = Signal()
    incident_changed = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        playbook: Playbook,
        lang: str,
        session: SignInSession | None = None,
        parent: QWidget | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incident_workspace")
        self.db, self.reference, self.playbook = db, reference, playbook
        self.lang, self.session = lang, session
        self.now = now
        self.incident: IncidentView | None = None
        self.dialog: CloseIncidentDialog | None = None
        self.print_preview: object | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._top_row())
        self.banner = exercise_banner("incident_exercise_banner")
        self.banner.hide()
        layout.addWidget(self.banner)
        self.facts = style.text_label("incident_facts", 13)
        layout.addWidget(self.facts)
        self.closed_label = style.text_label("incident_closed", 13, bold=True)
        self.closed_label.setStyleSheet(style.banner_style(style.theme.ok_bg, style.theme.ok_fg))
        self.closed_label.hide()
        layout.addWidget(self.closed_label)
        self.message = MessageBanner("incident_message")
        layout.addWidget(self.message)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("incident_tabs")
        self.tabs.setStyleSheet(style.tab_bar_style(13, 0, 12))
        args = (db, reference, playbook, lang, session)
        self.overview_tab = OverviewTab(*args, now=now)
        self.decisions_tab = DecisionsTab(*args)
        self.checklist_tab = ChecklistTab(*args)
        self.timeline_tab = TimelineTab(*args)
        self.evidence_tab = EvidenceTab(*args)
        self.lessons_tab = LessonsTab(*args)
        self.pages: list[QWidget] = []
        tips = (
            self.tr("Severity, phase, units affected, status by unit and reporting deadlines"),
            self.tr("The devices concerned, their state, and the triage decisions recorded"),
            self.tr("The playbook's steps for this incident and what is still open"),
            self.tr("What happened and who did what, in order of time"),
            self.tr("Files kept as evidence and who has held them"),
            self.tr("What worked, what did not, and the actions to improve"),
        )
        for (page, title), tip in zip(
            (
                (self.overview_tab, self.tr("Overview && clocks")),
                (self.decisions_tab, self.tr("Decisions && devices")),
                (self.checklist_tab, self.tr("Checklist")),
                (self.timeline_tab, self.tr("Timeline")),
                (self.evidence_tab, self.tr("Evidence")),
                (self.lessons_tab, self.tr("Lessons learned")),
            ),
            tips,
            strict=True,
        ):
            self.tabs.setTabToolTip(self.tabs.addTab(page, title), tip)
            self.pages.append(page)
            page.changed.connect(lambda source=page: self.refresh(source))
        describe_tabs(
            self.tabs,
            self.tr("Parts of the incident"),
            self.tr("Overview, decisions and devices, checklist, timeline, evidence and lessons"),
        )
        layout.addWidget(self.tabs, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._show_facts)

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀  &All incidents"))
        self.back_button.setObjectName("incident_back")
        self.back_button.setAccessibleName(self.tr("Back to all incidents"))
        self.back_button.setToolTip(self.tr("Leave this incident and show the list of incidents"))
        self.back_button.setMinimumHeight(style.px(44))
        style.set_point_size(self.back_button, 13)
        self.back_button.clicked.connect(self.back_requested)
        row.addWidget(self.back_button)
        self.title = style.text_label("incident_title", 18, bold=True)
        row.addWidget(self.title, 1)
        self.print_button = QPushButton(self.tr("&Print incident report…"))
        self.print_button.setObjectName("incident_print")
        self.print_button.setToolTip(
            self.tr("The incident report on paper: summary, decisions, clocks, timeline")
        )
        self.print_button.setProperty("role", "secondary")
        style.set_point_size(self.print_button, 13)
        self.print_button.clicked.connect(self.print_report)
        row.addWidget(self.print_button)
        self.close_button = QPushButton(self.tr("&Close incident…"))
        self.close_button.setObjectName("incident_close")
        self.close_button.setAccessibleName(self.tr("Close incident"))
        self.close_button.setToolTip(
            self.tr(
                "Closing needs every decision signed off, the post-incident items done, "
                "and a signed-in clinical leader"
            )
        )
        self.close_button.setProperty("role", "secondary")
        style.set_point_size(self.close_button, 13, bold=True)
        self.close_button.clicked.connect(self.close_incident)
        row.addWidget(self.close_button)
        return row

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_facts()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    # --- showing --------------------------------------------------------------------------------
    def show_incident(self, incident: IncidentView) -> None:
        """Show ``incident`` in the header and every tab (the Overview tab first)."""
        self.incident = incident
        self.message.clear_message()
        self._show_header()
        for page in self.pages:
            page.show_incident(incident)
        self.tabs.setCurrentIndex(0)

    def refresh(self, source: QWidget | None = None) -> None:
        """Read the incident again after a save in ``source``; the other tabs show it anew."""
        if self.incident is None:
            return
        try:
            incident = get_incident(self.db, self.incident.id)
        except READ_FAILURES as exc:
            log.error("reading incident %s failed: %s", self.incident.ref, exc)
            self.message.say(self.tr("The incident could not be read again."), "danger")
            return
        self.incident = incident
        self._show_header()
        for page in self.pages:
            if page is not source:
                page.show_incident(incident)
        self.incident_changed.emit(incident)

    def _show_header(self) -> None:
        incident = self.incident
        if incident is None:
            return
        self.title.setText(self.tr("{ref} · {name}").format(ref=incident.ref, name=incident.name))
        self.banner.setVisible(incident.exercise)
        if incident.exercise:
            self.print_button.setText(self.tr("&Print after-action report…"))
            self.print_button.setToolTip(
                self.tr("The exercise's after-action report: expected and actual decisions")
            )
        else:
            self.print_button.setText(self.tr("&Print incident report…"))
            self.print_button.setToolTip(
                self.tr("The incident report on paper: summary, decisions, clocks, timeline")
            )
        self.print_button.setAccessibleName(self.print_button.text().replace("&", "")[:-1])
        self.close_button.setEnabled(incident.is_open)
        if incident.is_open:
            self.closed_label.hide()
        else:
            text = self.tr("Closed {time} by {person}.").format(
                time=local_time(incident.closed_at or ""), person=incident.closed_by or "?"
            )
            if incident.close_note:
                text += " " + incident.close_note
            self.closed_label.setText(text)
            self.closed_label.show()
        self._show_facts()

    def _show_facts(self) -> None:
        incident = self.incident
        if incident is None:
            return
        try:
            phase = self.playbook.checklists.phase_label(incident.phase, self.lang)
        except KeyError:
            phase = incident.phase
        parts = [
            self.tr("Status: {status}").format(status=label("status", incident.status, self.lang)),
            self.tr("Severity: {severity}").format(
                severity=label("severity", incident.severity, self.lang) or self.tr("not set")
            ),
            self.tr("Phase: {phase}").format(phase=phase),
            self.tr("T0: {time}").format(time=local_time(incident.t0)),
        ]
        if incident.is_open:
            now = self.now() if self.now else None
            parts.append(self.tr("{elapsed} since T0").format(elapsed=since_text(incident.t0, now)))
        # Lines break between the facts, never inside one.
        self.facts.setText("   ·   ".join(part.replace(" ", "\u00a0") for part in parts))

    # --- actions --------------------------------------------------------------------------------
    def close_incident(self) -> CloseIncidentDialog | None:
        if self.incident is None:
            return None
        dialog = CloseIncidentDialog(
            self.db,
            self.reference,
            self.playbook,
            self.lang,
            self.session,
            self.incident,
            self.window(),
        )
        dialog.closed.connect(lambda _incident: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_report(self) -> object:
        """Preview (then print or save) the incident report; an exercise's is its after-action
        report. Logged as printed by whoever is signed in (or this computer's account)."""
        incident = self.incident
        if incident is None:
            return None
        from app.services.incident_printing import print_incident_report
        from ui.dialogs.print_preview import preview_document, print_recorder

        db, reference, playbook, lang = self.db, self.reference, self.playbook, self.lang
        jurisdiction = self.overview_tab.jurisdiction()  # the clocks as shown
        # An exercise's report is its after-action report (the same document, titled so).
        kind = "after_action_report" if incident.exercise else "incident_report"
        self.print_preview = preview_document(
            self,
            kind,
            lambda out, paper: print_incident_report(
                db,
                reference,
                playbook,
                incident.id,
                out,
                lang,
                paper_size=paper,
                jurisdiction=jurisdiction,
                log=False,
            ),
            detail=incident.ref,
            record=print_recorder(db, kind, incident.id, self.session),
        )
        return self.print_preview
