"""One question per screen: the question, its help, big answer buttons, and the path so far.

Keys: an option's key (Y, N, U, 1, 2, 3) answers; Backspace goes back one question. Tab goes
through the answer buttons (Enter or Space answers), then Back, then the earlier answers (Enter or
Space goes back to change one).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.engine import Step
from app.domain.tree import Question
from app.services.reference import Reference
from ui import style
from ui.strings import answer_label, question_short
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.path_chip import PathChip
from ui.widgets.scroll_body import page_keys, scroll_body
from ui.widgets.tab_order import tab_chain

SHORT_LABEL = 16  # answer labels up to this length sit side by side; longer ones are stacked


class QuestionPage(QWidget):
    """Signals:
    answered(str, str): question id and the chosen answer value.
    back_requested(): go back one question (Backspace or the Back button).
    change_requested(str): go back to this earlier question to change its answer.
    """

    answered = Signal(str, str)
    back_requested = Signal()
    change_requested = Signal(str)

    def __init__(self, reference: Reference, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("question_page")
        # The page holds the focus when a question shows (its keys answer), but Tab passes it by:
        # a stop that shows no ring would look like a lost focus.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.reference = reference
        self.lang = lang
        self.question: Question | None = None
        self.answer_buttons: dict[str, QPushButton] = {}
        self.path_buttons: dict[str, PathChip] = {}
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll, layout = scroll_body(spacing=10)
        self.subject_label = QLabel()
        self.subject_label.setObjectName("subject_label")
        self.subject_label.setStyleSheet(f"color: {style.theme.muted_fg};")
        self.subject_label.setWordWrap(True)
        style.set_point_size(self.subject_label, 13)
        layout.addWidget(self.subject_label)

        self.safety_banner = QLabel()
        self.safety_banner.setObjectName("question_safety_banner")
        self.safety_banner.setWordWrap(True)
        self.safety_banner.setStyleSheet(
            style.banner_style(style.theme.danger_bg, style.theme.danger_fg)
        )
        style.set_point_size(self.safety_banner, 12, bold=True)
        self.safety_banner.hide()
        layout.addWidget(self.safety_banner)

        self.path_frame = QFrame()
        self.path_layout = FlowLayout(self.path_frame, spacing=6)
        layout.addWidget(self.path_frame)

        self.question_label = QLabel()
        self.question_label.setObjectName("question_text")
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        style.set_point_size(self.question_label, 22, bold=True)
        layout.addWidget(self.question_label)

        self.help_label = QLabel()
        self.help_label.setObjectName("question_help")
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.PlainText)
        self.help_label.setStyleSheet(f"color: {style.theme.muted_fg};")
        style.set_point_size(self.help_label, 14)
        layout.addWidget(self.help_label)

        self.content_layout = layout
        self.answers_box = QWidget()
        layout.addWidget(self.answers_box)
        layout.addStretch(1)
        outer.addWidget(self.scroll, 1)

        bottom = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀  Back"))
        self.back_button.setObjectName("question_back")
        self.back_button.setAccessibleName(self.tr("Back one question"))
        self.back_button.setToolTip(self.tr("Backspace"))
        self.back_button.setProperty("role", "secondary")
        self.back_button.setAutoDefault(True)  # Enter presses it, as Space does
        # Reached with Tab, after the answers; a click leaves the keyboard where it was.
        self.back_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        style.set_point_size(self.back_button, 14)
        self.back_button.clicked.connect(self.back_requested)
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        keys_hint = QLabel(
            self.tr("Keys: the letter or number on a button answers; Backspace goes back.")
        )
        keys_hint.setStyleSheet(f"color: {style.theme.muted_fg};")
        keys_hint.setWordWrap(True)  # large text: on two lines rather than wider than the window
        bottom.addWidget(keys_hint)
        outer.addLayout(bottom)

    # --- showing a question ---------------------------------------------------------------------
    def show_question(
        self,
        question: Question,
        path: tuple[Step, ...],
        *,
        subject: str,
        safety_override: bool,
        earlier_answer: str | None,
        prefilled: frozenset[str] = frozenset(),
        earlier_from_inventory: bool = False,
    ) -> None:
        """Show ``question``; ``prefilled`` names the answers on ``path`` the inventory gave, and
        ``earlier_from_inventory`` says the marked ``earlier_answer`` came from the inventory."""
        self.question = question
        self.subject_label.setText(subject)
        # The full instruction right after it was raised; a one-line reminder on later screens,
        # so the answer buttons stay in view. The result screen shows the full text again.
        before_last = {step.question: step.answer for step in path[:-1]}
        just_raised = safety_override and not self.reference.classify(before_last).safety_override
        tree = self.reference.tree
        banner = tree.safety_override_instruction if just_raised else tree.safety_override_reminder
        self.safety_banner.setText(banner.get(self.lang))
        self.safety_banner.setVisible(safety_override)
        self._show_path(path, prefilled)
        self.question_label.setText(question.text.get(self.lang))
        self.help_label.setText(question.help.get(self.lang))
        self._show_answers(question, earlier_answer, earlier_from_inventory)

    def _show_path(self, path: tuple[Step, ...], prefilled: frozenset[str]) -> None:
        while self.path_layout.count():
            item = self.path_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setObjectName("")
                widget.deleteLater()
        self.path_buttons = {}
        for step in path:
            short = question_short(self.reference, step.question, self.lang)
            label = answer_label(self.reference, step.question, step.answer, self.lang)
            from_inventory = step.question in prefilled
            button = PathChip(
                f"{short}  {label}", self.tr("from inventory") if from_inventory else None
            )
            button.setObjectName(f"path_{step.question}")
            if from_inventory:
                button.setAccessibleName(
                    self.tr("Change the answer the inventory gave to: {question}").format(
                        question=short
                    )
                )
                button.setToolTip(
                    self.tr("Pre-filled from the inventory. Click to change this answer")
                )
            else:
                button.setAccessibleName(
                    self.tr("Change the answer to: {question}").format(question=short)
                )
                button.setToolTip(self.tr("Click to change this answer"))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # after the answers and Back
            button.setAutoDefault(True)
            button.clicked.connect(lambda _=False, q=step.question: self.change_requested.emit(q))
            self.path_layout.addWidget(button)
            button.show()
            self.path_buttons[step.question] = button
        self.path_frame.setVisible(bool(path))

    def _show_answers(
        self, question: Question, earlier_answer: str | None, from_inventory: bool
    ) -> None:
        self.answer_buttons = {}
        # Side by side when short; stacked at large text sizes, where three would not fit across.
        side_by_side = style.scale < 1.5 and all(
            len(o.label.get(self.lang)) <= SHORT_LABEL for o in question.options
        )
        # A fresh box each time: re-using one layout with a new direction kept stale size hints.
        box = QWidget()
        box_layout = QBoxLayout(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom,
            box,
        )
        box_layout.setContentsMargins(0, 8, 0, 8)
        box_layout.setSpacing(12)
        self.content_layout.replaceWidget(self.answers_box, box)
        self.answers_box.hide()
        for old in self.answers_box.findChildren(QPushButton):
            old.setObjectName("")
        self.answers_box.deleteLater()
        self.answers_box = box
        for option in question.options:
            label = option.label.get(self.lang)
            button = QPushButton(f"[{option.key}]   {label}")
            button.setObjectName(f"answer_button_{option.value}")
            button.setAccessibleName(label)
            button.setToolTip(self.tr("Key: {key}").format(key=option.key))
            button.setProperty("role", "answer")
            button.setProperty("earlier", option.value == earlier_answer)
            button.setMinimumWidth(style.ANSWER_MIN_WIDTH)
            if side_by_side:  # stacked buttons take their height from the style sheet
                # In the widget's own sheet: the application sheet's min-height would override
                # setMinimumHeight() when the button is polished.
                button.setStyleSheet(f"min-height: {style.ANSWER_MIN_HEIGHT}px;")
            style.set_point_size(button, 20 if side_by_side else 16, bold=side_by_side)
            button.clicked.connect(
                lambda _=False, q=question.id, v=option.value: self.answered.emit(q, v)
            )
            box_layout.addWidget(button, 1 if side_by_side else 0)
            button.setAutoDefault(True)  # Enter answers, as Space does
            self.answer_buttons[option.value] = button
        box.show()  # a widget added to a visible parent is otherwise shown only later
        self._order_tabs()
        if earlier_answer in self.answer_buttons:
            mark = self.tr("(from inventory)") if from_inventory else self.tr("(earlier answer)")
            # Side by side, the mark goes on a line of its own: it would be cut off beside the label.
            gap = "\n" if side_by_side else "   "
            self.answer_buttons[earlier_answer].setText(
                self.answer_buttons[earlier_answer].text() + gap + mark
            )
        earlier = self.answer_buttons.get(earlier_answer or "")
        # Focus the page, not an answer: a focus ring on "Yes" would look like a suggestion.
        (earlier or self).setFocus()

    def _order_tabs(self) -> None:
        """Tab from the page: the answers in their order, Back, then the earlier answers (the
        buttons are made anew for each question, so Qt would put them last)."""
        tab_chain(
            [self, *self.answer_buttons.values(), self.back_button, *self.path_buttons.values()]
        )

    # --- keyboard -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        allowed = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        if event.modifiers() & ~allowed:
            return False
        if event.key() == Qt.Key.Key_Backspace:
            self.back_requested.emit()
            return True
        if page_keys(self.scroll, event):  # Page Down / Up: read the help on a small screen
            return True
        text = event.text().strip().upper()
        if self.question is None or not text:
            return False
        for option in self.question.options:
            if option.key.upper() == text:
                self.answered.emit(self.question.id, option.value)
                return True
        return False
