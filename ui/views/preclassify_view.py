"""The "Pre-classify" tab (Prepare phase, for biomed): give devices a default class ahead of time.

Target (one device or a category, optionally in one unit) → the same questions as triage
(``QuestionPage`` driven by ``TriageFlow``) → the result and its guidance (``ResultPage``) → name,
role, Apply → done. A provisional result cannot become a default class: the result screen says why and
offers to change the unknown answer. The view holds no clinical logic.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.services.inventory import Preclassification
from app.services.reference import Reference
from ui import style
from ui.strings import category_name, question_short
from ui.views.preclassify_apply import PreclassifyApplyPage, PreclassifyDonePage
from ui.views.preclassify_target import PreclassifyTarget, PreclassifyTargetPage
from ui.views.question_page import QuestionPage
from ui.views.result_page import ResultPage
from ui.views.triage_flow import TriageFlow


class PreclassifyView(QWidget):
    """Signals:
    preclassified(Preclassification): default classes were committed (refresh lists and overviews).
    """

    preclassified = Signal(object)

    def __init__(
        self, db: Database, reference: Reference, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preclassify_view")
        self.db = db
        self.reference = reference
        self.lang = lang
        self.flow = TriageFlow(reference)
        self.target: PreclassifyTarget | None = None

        self.stack = QStackedWidget()
        self.target_page = PreclassifyTargetPage(db, reference, lang)
        self.question_page = QuestionPage(reference, lang)
        self.result_box = QWidget()
        self.result_page = ResultPage(reference, lang)
        self.apply_page = PreclassifyApplyPage(db, reference, lang)
        self.done_page = PreclassifyDonePage(reference, lang)
        self._build_result_box()
        for page in (
            self.target_page,
            self.question_page,
            self.result_box,
            self.apply_page,
            self.done_page,
        ):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.stack)

        self.target_page.target_chosen.connect(self.start)
        self.question_page.answered.connect(self.answer)
        self.question_page.back_requested.connect(self.go_back)
        self.question_page.change_requested.connect(self.change)
        self.result_page.change_requested.connect(self.go_back)
        self.result_page.record_requested.connect(self.show_apply)
        self.apply_page.back_requested.connect(self.show_current)
        self.apply_page.applied.connect(self._applied)
        self.done_page.again_requested.connect(self.new_preclassification)
        self.new_preclassification()

    def _build_result_box(self) -> None:
        """The triage result page, its "record" button turned into "apply", and a refusal notice
        above it for provisional results."""
        layout = QVBoxLayout(self.result_box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.refusal = QWidget()
        self.refusal.setObjectName("preclassify_refusal")
        self.refusal.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.refusal.setStyleSheet(
            f"#preclassify_refusal {{ background-color: {style.theme.warning_bg}; border-radius: 6px; }}"
        )
        row = QHBoxLayout(self.refusal)
        row.setContentsMargins(14, 10, 14, 10)
        self.refusal_text = QLabel()
        self.refusal_text.setObjectName("preclassify_refusal_text")
        self.refusal_text.setWordWrap(True)
        self.refusal_text.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal_text.setStyleSheet(
            f"color: {style.theme.warning_fg}; background: transparent;"
        )
        style.set_point_size(self.refusal_text, 14, bold=True)
        row.addWidget(self.refusal_text, 1)
        self.fix_unknown_button = QPushButton()
        self.fix_unknown_button.setObjectName("preclassify_fix_unknown")
        self.fix_unknown_button.setAccessibleName(self.tr("Change the unknown answer"))
        self.fix_unknown_button.setToolTip(
            self.tr("Go back to the question answered Unknown and give the answer found out")
        )
        self.fix_unknown_button.setProperty("role", "secondary")
        style.set_point_size(self.fix_unknown_button, 15, bold=True)
        self.fix_unknown_button.clicked.connect(self.change_unknown)
        row.addWidget(self.fix_unknown_button)
        layout.addWidget(self.refusal)
        layout.addWidget(self.result_page, 1)
        apply_text = self.tr("Apply as default class  ▶")
        self.result_page.record_button.setText(apply_text)
        self.result_page.record_button.setAccessibleName(self.tr("Apply as default class"))
        self.result_page.record_button.setToolTip(
            self.tr("Go on to make this class the pre-approved default of the chosen devices")
        )

    # --- navigation -----------------------------------------------------------------------------
    def new_preclassification(self) -> None:
        self.flow.reset()
        self.target = None
        self.target_page.reset()
        self.stack.setCurrentWidget(self.target_page)

    def start(self, target: PreclassifyTarget) -> None:
        self.target = target
        self.flow.reset(target.subject())
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
            self.stack.setCurrentWidget(self.target_page)

    def change(self, question_id: str) -> None:
        self.flow.change(question_id)
        self.show_current()

    def change_unknown(self) -> None:
        """Ask again the first question answered "unknown" (what makes the result provisional)."""
        question = self.unknown_question()
        if question is not None:
            self.change(question)

    def show_current(self) -> None:
        result = self.flow.result()
        if result.complete:
            self.result_page.show_result(result, self.target_text(), self.flow.prefilled())
            self._show_refusal(result.provisional)
            self.stack.setCurrentWidget(self.result_box)
            focus = (
                self.fix_unknown_button if result.provisional else self.result_page.record_button
            )
            focus.setFocus()
            return
        assert result.next_question is not None
        question = self.reference.tree.question(result.next_question)
        self.question_page.show_question(
            question,
            result.path,
            subject=self.target_text(),
            safety_override=result.safety_override,
            earlier_answer=self.flow.held_answer(question.id),
            prefilled=self.flow.prefilled(),
            earlier_from_inventory=self.flow.is_prefilled(question.id),
        )
        self.stack.setCurrentWidget(self.question_page)

    def show_apply(self) -> None:
        result = self.flow.result()
        if not result.complete or result.provisional or self.target is None:
            return  # the button is disabled then; a key press must not get round it
        assert result.ir_class is not None
        self.apply_page.prepare(
            self.target, self.flow.answers, result.ir_class, self.target_description()
        )
        self.stack.setCurrentWidget(self.apply_page)

    def _applied(self, done: Preclassification) -> None:
        self.done_page.show_done(done, self.target_description())
        self.stack.setCurrentWidget(self.done_page)
        self.preclassified.emit(done)

    def _show_refusal(self, provisional: bool) -> None:
        self.refusal.setVisible(provisional)
        self.result_page.record_button.setEnabled(not provisional)
        if not provisional:
            return
        question = self.unknown_question()
        self.refusal_text.setText(
            self.tr(
                "Cannot be applied: a default class must not rest on an unknown answer. "
                "Find out the answer, then change it."
            )
        )
        short = question_short(self.reference, question, self.lang) if question else ""
        self.fix_unknown_button.setText(
            self.tr("Change “{question}”").format(question=short)
            if short
            else self.tr("Change answers")
        )
        self.fix_unknown_button.setAccessibleName(
            self.tr("Change the unknown answer: {question}").format(question=short)
        )
        self.fix_unknown_button.setVisible(question is not None)

    # --- texts ----------------------------------------------------------------------------------
    def unknown_question(self) -> str | None:
        for step in self.flow.result().path:
            if step.answer == "unknown":
                return step.question
        return None

    def target_text(self) -> str:
        """The line above each question and the result."""
        return self.tr("Pre-classifying: {target}").format(target=self.target_description())

    def target_description(self) -> str:
        """The devices, e.g. "MD-00042 — Infusion / syringe pump — ICU" or "12 × … in ICU"."""
        target = self.target
        if target is None:
            return ""
        if target.device is not None:
            device = target.device
            kind = category_name(self.reference, device.category, self.lang)
            place = " · ".join(p for p in (device.unit, device.location) if p)
            return " — ".join(p for p in (device.asset_tag, kind, place) if p)
        kind = category_name(self.reference, target.category, self.lang)
        if target.unit:
            return self.tr("{count} × {kind} in {unit}").format(
                count=target.count, kind=kind, unit=target.unit
            )
        return self.tr("{count} × {kind} in all units").format(count=target.count, kind=kind)

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def unsaved_work(self) -> list[str]:
        """What a rebuild of the window would lose: a pre-classification answered, not applied."""
        if self.current_page() in (self.question_page, self.result_box, self.apply_page):
            return [self.tr("The pre-classification in progress")]
        return []
