"""The result of the questions: safety first, then the class, what to do, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.engine import Classification
from app.services.reference import Reference
from ui import style
from ui.strings import answer_label, class_title, question_short
from ui.widgets.call_list import CallList
from ui.widgets.class_badge import ClassBadge
from ui.widgets.scroll_body import page_keys, scroll_body
from ui.widgets.tab_order import tab_chain


class ResultPage(QWidget):
    """Signals:
    change_requested(): go back and change the answers.
    record_requested(): go on to record the decision.
    """

    change_requested = Signal()
    record_requested = Signal()

    def __init__(self, reference: Reference, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.lang = lang
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.subject_label = style.text_label("result_subject", 13)
        self.subject_label.setStyleSheet(f"color: {style.theme.muted_fg};")
        outer.addWidget(self.subject_label)
        self.scroll, layout = scroll_body(spacing=12)

        self.safety_banner = style.text_label("result_safety_banner", 15, bold=True)
        self.safety_banner.setStyleSheet(
            style.banner_style(style.theme.danger_bg, style.theme.danger_fg)
        )
        layout.addWidget(self.safety_banner)
        self.provisional_banner = style.text_label("result_provisional_banner", 14, bold=True)
        self.provisional_banner.setStyleSheet(
            style.banner_style(style.theme.warning_bg, style.theme.warning_fg)
        )
        layout.addWidget(self.provisional_banner)
        self.badge = ClassBadge()
        layout.addWidget(self.badge)
        self.also_label = style.text_label("result_also_matches", 14, bold=True)
        layout.addWidget(self.also_label)

        self.guidance: dict[str, QLabel] = {}
        for key, heading in (
            ("containment", self.tr("Contain now")),
            ("eradication", self.tr("Eradicate")),
            ("recovery", self.tr("Recover")),
            ("who_decides", self.tr("Who decides")),
        ):
            title = style.text_label(f"result_{key}_title", 15, bold=True)
            title.setText(heading)
            layout.addWidget(title)
            body = style.text_label(f"result_{key}", 14)
            layout.addWidget(body)
            self.guidance[key] = body

        # Who to call, right under what to do (TriageView fills it for the unit and class).
        self.call_list = CallList(self.reference, self.lang)
        layout.addWidget(self.call_list)

        why_title = style.text_label("result_why_title", 15, bold=True)
        why_title.setText(self.tr("Why: the answers that decided"))
        layout.addWidget(why_title)
        self.why_label = style.text_label("result_why", 14)
        layout.addWidget(self.why_label)
        layout.addStretch(1)
        outer.addWidget(self.scroll, 1)

        buttons = QHBoxLayout()
        self.change_button = QPushButton(self.tr("◀  Change answers"))
        self.change_button.setObjectName("result_change")
        self.change_button.setAccessibleName(self.tr("Change answers"))
        self.change_button.setToolTip(self.tr("Go back to the questions to change an answer"))
        self.change_button.setProperty("role", "secondary")
        style.set_point_size(self.change_button, 15)
        self.change_button.clicked.connect(self.change_requested)
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        self.record_button = QPushButton(self.tr("Record decision  ▶"))
        self.record_button.setObjectName("result_record")
        self.record_button.setAccessibleName(self.tr("Record decision"))
        self.record_button.setToolTip(self.tr("Go on to record who made this decision and save it"))
        self.record_button.setProperty("role", "primary")
        self.record_button.setAutoDefault(True)
        style.set_point_size(self.record_button, 16, bold=True)
        self.record_button.clicked.connect(self.record_requested)
        buttons.addWidget(self.record_button)
        outer.addLayout(buttons)
        self.change_button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        tab_chain([self.record_button, self.change_button])  # the focused one first

    def show_result(
        self, result: Classification, subject: str, prefilled: frozenset[str] = frozenset()
    ) -> None:
        """Show ``result``; ``prefilled`` names the answers on its path that the inventory gave."""
        assert result.ir_class is not None
        lang = self.lang
        tree = self.reference.tree
        ir_class = self.reference.ir_class(result.ir_class)
        self.subject_label.setText(subject)
        self.safety_banner.setText(tree.safety_override_instruction.get(lang))
        self.safety_banner.setVisible(result.safety_override)
        self.provisional_banner.setText(tree.provisional_notice.get(lang))
        self.provisional_banner.setVisible(result.provisional)
        self.badge.show_class(ir_class, lang)
        also = [class_title(self.reference, n, lang) for n in result.also_matches]
        self.also_label.setText(self.tr("Also matches: {classes}").format(classes="; ".join(also)))
        self.also_label.setVisible(bool(also))
        for key, body in self.guidance.items():
            body.setText(getattr(ir_class, key).get(lang))
        from_inventory = self.tr("(from inventory)")
        self.why_label.setText(
            "\n".join(
                f"• {question_short(self.reference, s.question, lang)}  "
                f"{answer_label(self.reference, s.question, s.answer, lang)}"
                + (f"  {from_inventory}" if s.question in prefilled else "")
                for s in result.path
            )
        )
        self.record_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace and not event.modifiers():
            self.change_requested.emit()
            event.accept()
            return
        if page_keys(self.scroll, event):  # read on by keyboard: the text takes no focus
            event.accept()
            return
        super().keyPressEvent(event)
