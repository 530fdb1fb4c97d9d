"""Shown only after the decision is committed: what was saved, its id and time, who to call, and
"new triage". A provisional result shows its re-check countdown and "Resolve unknown answers"; the
page never changes by itself when the countdown runs out (it says OVERDUE and moves the call on)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.database.db import Database
from app.services.decisions import DecisionView
from app.services.incidents import exercise_decision_ids
from app.services.reference import Reference
from ui import style
from ui.strings import class_title, local_time
from ui.views.incidents import exercise_banner
from ui.widgets.call_list import READ_FAILURES, Clock, DecisionCallPanel
from ui.widgets.scroll_body import page_keys, scroll_body
from ui.widgets.tab_order import tab_chain

log = logging.getLogger(__name__)


class SavedPage(QWidget):
    """Signals:
    new_triage_requested(): start again with the next device.
    resolve_requested(DecisionView): triage again to resolve the unknown answers of this decision.
    """

    new_triage_requested = Signal()
    resolve_requested = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        now: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.reference = reference
        self.lang = lang
        self.decision: DecisionView | None = None
        outer = QVBoxLayout(self)
        outer.setSpacing(12)
        self.exercise_banner = exercise_banner("saved_exercise")
        self.exercise_banner.hide()
        outer.addWidget(self.exercise_banner)
        self.headline = QLabel()
        self.headline.setObjectName("saved_headline")
        self.headline.setStyleSheet(style.banner_style(style.theme.ok_bg, style.theme.ok_fg))
        style.set_point_size(self.headline, 26, bold=True)
        outer.addWidget(self.headline)
        self.scroll, layout = scroll_body(spacing=14)
        self.details = style.text_label("saved_details", 15)
        layout.addWidget(self.details)
        self.call_panel = DecisionCallPanel(db, reference, lang, now, countdown_inside=False)
        self.countdown = self.call_panel.recheck_label
        layout.addWidget(self.countdown)
        # What to do keeps showing after saving: the nurse acts on it next.
        self.guidance_title = QLabel(self.tr("What to do now"))
        style.set_point_size(self.guidance_title, 15, bold=True)
        layout.addWidget(self.guidance_title)
        self.guidance = style.text_label("saved_guidance", 14)
        layout.addWidget(self.guidance)
        layout.addWidget(self.call_panel)
        layout.addStretch(1)
        outer.addWidget(self.scroll, 1)

        buttons = style.button_row()
        self.resolve_button = QPushButton(self.tr("Resolve unknown answers…"))
        self.resolve_button.setObjectName("saved_resolve")
        self.resolve_button.setAccessibleName(self.tr("Resolve unknown answers"))
        self.resolve_button.setToolTip(
            self.tr("Answer the unknown questions again; a new version of this decision is saved")
        )
        self.resolve_button.setProperty("role", "secondary")
        style.set_point_size(self.resolve_button, 15, bold=True)
        self.resolve_button.clicked.connect(self._resolve)
        buttons.addWidget(self.resolve_button)
        self.print_button = QPushButton(self.tr("&Print this decision…"))
        self.print_button.setObjectName("saved_print")
        self.print_button.setAccessibleName(self.tr("Print this decision"))
        self.print_button.setToolTip(
            self.tr("Preview the decision record, then print it or save it as a PDF")
        )
        self.print_button.setProperty("role", "secondary")
        style.set_point_size(self.print_button, 15)
        self.print_button.clicked.connect(self.print_decision)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.new_button = QPushButton(self.tr("Start a new triage  ▶"))
        self.new_button.setObjectName("saved_new_triage")
        self.new_button.setAccessibleName(self.tr("Start a new triage"))
        self.new_button.setToolTip(self.tr("Start again with the next device"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setAutoDefault(True)
        style.set_point_size(self.new_button, 16, bold=True)
        self.new_button.clicked.connect(self.new_triage_requested)
        buttons.addWidget(self.new_button)
        outer.addLayout(buttons)
        self.print_preview: object | None = None
        for button in (self.resolve_button, self.print_button):
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        tab_chain([self.new_button, self.print_button, self.resolve_button])  # focused one first

    def show_saved(self, decision: DecisionView) -> None:
        self.decision = decision
        if decision.supersedes:
            self.headline.setText(self.tr("✔  Saved as a new version"))
        else:
            self.headline.setText(self.tr("✔  Saved"))
        lines = [
            class_title(self.reference, decision.ir_class, self.lang),
            self.tr("Saved at: {time}").format(time=local_time(decision.created_at, True)),
            self.tr("Decision id: {id}").format(id=decision.id),
        ]
        if decision.unit:
            lines.insert(1, self.tr("Unit: {unit}").format(unit=decision.unit))
        if decision.incident_id:
            lines.append(self.tr("Incident: {incident}").format(incident=decision.incident_id))
        try:
            drill = decision.id in exercise_decision_ids(self.db)
        except READ_FAILURES as exc:  # the decision is saved; only the mark could not be read
            log.error("reading the exercise decisions failed: %s", exc)
            drill = False
        self.exercise_banner.setVisible(drill)
        if decision.supersedes:
            lines.append(
                self.tr("Replaces decision {id} (kept, shown as replaced).").format(
                    id=decision.supersedes
                )
            )
        if decision.provisional:
            lines.insert(1, self.tr("PROVISIONAL — resolve the unknown answers and triage again."))
        self.details.setText("\n".join(lines))
        ir_class = self.reference.ir_class(decision.ir_class)
        self.guidance.setText(
            "\n\n".join(
                [
                    ir_class.containment.get(self.lang),
                    self.tr("Who decides: {who}").format(who=ir_class.who_decides.get(self.lang)),
                ]
            )
        )
        self.resolve_button.setVisible(decision.provisional and decision.superseded_by is None)
        self.call_panel.show_decision(decision)
        self.new_button.setFocus()

    def refresh_contacts(self) -> None:
        self.call_panel.refresh_contacts()

    def print_decision(self) -> object:
        """The print preview of the decision just saved (print it, or save it as a PDF)."""
        if self.decision is None:
            return None
        from app.services.printing import print_decision
        from ui.dialogs.print_preview import preview_document, print_recorder

        db, reference, lang, decision_id = self.db, self.reference, self.lang, self.decision.id
        self.print_preview = preview_document(
            self,
            "decision",
            lambda out, paper: print_decision(
                db, reference, decision_id, lang, paper, out, log=False
            ),
            detail=decision_id,
            record=print_recorder(db, "decision", decision_id),
        )
        return self.print_preview

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if page_keys(self.scroll, event):  # read on by keyboard: the text takes no focus
            event.accept()
            return
        super().keyPressEvent(event)

    def _resolve(self) -> None:
        if self.decision is not None:
            self.resolve_requested.emit(self.decision)
