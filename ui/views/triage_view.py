"""The triage flow: device → one question per screen → result → record → saved.

The view holds no clinical logic: it asks the engine (through ``TriageFlow``) what to show next.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.database.db import Database
from app.services.decisions import DecisionView
from app.services.devices import find_device
from app.services.escalation import escalation_for
from app.services.reference import Reference
from ui.strings import category_name, class_title, local_time
from ui.views.device_page import DevicePage
from ui.views.question_page import QuestionPage
from ui.views.record_page import RecordPage
from ui.views.result_page import ResultPage
from ui.views.saved_page import SavedPage
from ui.views.triage_flow import Subject, TriageFlow
from ui.widgets.call_list import READ_FAILURES, Clock

log = logging.getLogger(__name__)


class TriageView(QWidget):
    """Signals:
    decision_saved(DecisionView): a decision was committed to the database.
    """

    decision_saved = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        parent: QWidget | None = None,
        now: Clock | None = None,
        device_page: DevicePage | None = None,
    ) -> None:
        """``device_page``: the first screen shown while the database opened, kept as it is (with
        whatever was typed into it); it is given the database here. Else a new one."""
        super().__init__(parent)
        self.setObjectName("triage_view")
        self.db = db
        self.reference = reference
        self.lang = lang
        self.flow = TriageFlow(reference)
        self.resuming: DecisionView | None = None  # the provisional decision being resolved

        self.stack = QStackedWidget()
        if device_page is not None:
            device_page.attach(db, reference)
        self.device_page = device_page or DevicePage(db, reference, lang)
        self.question_page = QuestionPage(reference, lang)
        self.result_page = ResultPage(reference, lang)
        self.record_page = RecordPage(db, reference, lang)
        self.saved_page = SavedPage(db, reference, lang, now)
        for page in (
            self.device_page,
            self.question_page,
            self.result_page,
            self.record_page,
            self.saved_page,
        ):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.stack)

        self.device_page.subject_chosen.connect(self.start)
        self.question_page.answered.connect(self.answer)
        self.question_page.back_requested.connect(self.go_back)
        self.question_page.change_requested.connect(self.change)
        self.result_page.change_requested.connect(self.go_back)
        self.result_page.record_requested.connect(self.show_record)
        self.record_page.back_requested.connect(self.show_current)
        self.record_page.decision_saved.connect(self._saved)
        self.saved_page.new_triage_requested.connect(self.new_triage)
        self.saved_page.resolve_requested.connect(self.resolve)
        if device_page is None:
            self.new_triage()
        else:  # a new triage already, and the tag typed or looked up stays
            self.stack.setCurrentWidget(self.device_page)

    # --- navigation -----------------------------------------------------------------------------
    def new_triage(self) -> None:
        self.resuming = None
        self.flow.reset()
        self.record_page.clear()
        self.device_page.reset()
        self.stack.setCurrentWidget(self.device_page)
        self.device_page.tag_input.setFocus()

    def start(self, subject: Subject) -> None:
        self.resuming = None
        self.flow.reset(subject)
        self.show_current()

    def resolve(self, decision: DecisionView) -> None:
        """Triage again from a provisional decision: its known answers are kept, the unknown ones
        asked again; saving records a new version of it."""
        device = None
        if decision.device_tag:
            try:
                device = find_device(self.db, decision.device_tag)
            except READ_FAILURES as exc:
                log.error("looking up %s failed: %s", decision.device_tag, exc)
        if device is not None:
            subject = Subject(device=device)
        elif decision.category or decision.device_tag:
            subject = Subject(category=decision.category or None)
        else:
            subject = Subject()
        self.record_page.clear()
        self.record_page.unit_combo.setCurrentText(decision.unit or "")
        self.record_page.location_input.setText(decision.location or "")
        self.flow.resume(subject, decision.answers, decision.answer_sources, decision.id)
        self.resuming = decision
        self.show_current()

    def answer(self, question_id: str, value: str) -> None:
        if question_id != self.flow.current_question():
            return  # a late click on a button of a question already answered
        self.flow.answer(question_id, value)
        self.show_current()

    def go_back(self) -> None:
        if self.flow.go_back():
            self.show_current()
        else:
            self.new_triage()

    def change(self, question_id: str) -> None:
        self.flow.change(question_id)
        self.show_current()

    def show_current(self) -> None:
        result = self.flow.result()
        if result.complete:
            self.result_page.show_result(result, self.subject_text(), self.flow.prefilled())
            self._show_call_list(result.ir_class)
            self.stack.setCurrentWidget(self.result_page)
            self.result_page.record_button.setFocus()
            return
        assert result.next_question is not None
        question = self.reference.tree.question(result.next_question)
        self.question_page.show_question(
            question,
            result.path,
            subject=self.subject_text(),
            safety_override=result.safety_override,
            earlier_answer=self.flow.held_answer(question.id),
            prefilled=self.flow.prefilled(),
            earlier_from_inventory=self.flow.is_prefilled(question.id),
        )
        self.stack.setCurrentWidget(self.question_page)

    def show_record(self) -> None:
        result = self.flow.result()
        if not result.complete:
            return
        assert result.ir_class is not None
        title = class_title(self.reference, result.ir_class, self.lang)
        if self.resuming is not None:
            title += "\n" + self.tr("A new version of the decision of {time}").format(
                time=local_time(self.resuming.created_at)
            )
        self.record_page.prepare(self.flow, title)
        self.stack.setCurrentWidget(self.record_page)
        self.record_page.name_input.setFocus()

    def _saved(self, decision: DecisionView) -> None:
        self.resuming = None
        self._saved_shown(decision)
        self.decision_saved.emit(decision)

    def _saved_shown(self, decision: DecisionView) -> None:
        self.saved_page.show_saved(decision)
        self.stack.setCurrentWidget(self.saved_page)
        self.saved_page.new_button.setFocus()

    def _show_call_list(self, ir_class: int | None) -> None:
        """Who to call for the device's unit (else the earlier decision's; else all-units contacts)."""
        device = self.flow.subject.device
        unit = (device.unit if device else None) or (self.resuming.unit if self.resuming else None)
        try:
            tiers = escalation_for(self.db, self.reference, unit, ir_class)
        except READ_FAILURES as exc:
            log.error("reading the escalation chain failed: %s", exc)
            self.result_page.call_list.set_unavailable()
            return
        self.result_page.call_list.set_tiers(tiers)

    def refresh_contacts(self) -> None:
        """Contacts or escalation tiers changed: show the new ones where a call list is showing."""
        if self.current_page() is self.result_page:
            self._show_call_list(self.flow.result().ir_class)
        self.saved_page.refresh_contacts()

    # --- texts ----------------------------------------------------------------------------------
    def subject_text(self) -> str:
        text = self._subject_only()
        if self.resuming is not None:
            text += "  ·  " + self.tr(
                "resolving the unknown answers of the decision of {time}"
            ).format(time=local_time(self.resuming.created_at))
        return text

    def _subject_only(self) -> str:
        subject = self.flow.subject
        if subject.device is not None:
            device = subject.device
            kind = category_name(self.reference, device.category, self.lang)
            place = " · ".join(p for p in (device.unit, device.location) if p)
            return " — ".join(p for p in (device.asset_tag, kind, place) if p)
        if subject.category is not None:
            return self.tr("Device not in the inventory: {kind}").format(
                kind=category_name(self.reference, subject.category, self.lang)
            )
        return self.tr("Unknown device")

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    # --- a rebuild of the window (language or display changed) keeps the triage -----------------
    def view_state(self) -> TriageState:
        """Where the triage stands and what was typed, for a new view to take over."""
        page = self.current_page()
        record = self.record_page
        return TriageState(
            page=next(name for name, held in self._pages().items() if held is page),
            flow=self.flow,
            resuming=self.resuming,
            tag=self.device_page.tag_input.text(),
            looked_up=self.device_page.found is not None or self.device_page.status.isVisible(),
            name=record.name_input.text(),
            role=record.role_combo.currentData(),
            unit=record.unit_combo.currentText(),
            location=record.location_input.text(),
            note=record.note_input.toPlainText(),
            incident=record.incident_combo.currentData(),
            saved=self.saved_page.decision,
        )

    def restore_view_state(self, state: TriageState) -> None:
        """Show the triage as it stood in another view (answers, page, typed fields)."""
        self.flow = state.flow
        self.resuming = state.resuming
        self.device_page.tag_input.setText(state.tag)
        if state.looked_up and state.tag:
            self.device_page.look_up()
        record = self.record_page
        record.name_input.setText(state.name)
        record.role_combo.setCurrentIndex(record.role_combo.findData(state.role))
        record.unit_combo.setCurrentText(state.unit)
        record.location_input.setText(state.location)
        record.note_input.setPlainText(state.note)
        if state.page in ("question", "result"):
            self.show_current()
        elif state.page == "record":
            self.show_current()
            self.show_record()
            record.unit_combo.setCurrentText(state.unit)
            record.choose_incident(state.incident)
        elif state.page == "saved" and state.saved is not None:
            self._saved_shown(state.saved)
        else:
            self.stack.setCurrentWidget(self.device_page)

    def _pages(self) -> dict[str, QWidget]:
        return {
            "device": self.device_page,
            "question": self.question_page,
            "result": self.result_page,
            "record": self.record_page,
            "saved": self.saved_page,
        }


@dataclass(frozen=True)
class TriageState:
    page: str  # "device", "question", "result", "record" or "saved"
    flow: TriageFlow  # the answers (language-free)
    resuming: DecisionView | None
    tag: str
    looked_up: bool
    name: str
    role: object
    unit: str
    location: str
    note: str
    incident: object
    saved: DecisionView | None
