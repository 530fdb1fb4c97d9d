"""Shown only after the decision is committed: what was saved, its id and time, and "new triage"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.decisions import DecisionView
from app.services.reference import Reference
from ui import style
from ui.strings import class_title, local_time


class SavedPage(QWidget):
    """Signals:
    new_triage_requested(): start again with the next device.
    """

    new_triage_requested = Signal()

    def __init__(self, reference: Reference, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        self.headline = QLabel()
        self.headline.setObjectName("saved_headline")
        self.headline.setStyleSheet(style.banner_style(style.OK_BG, style.OK_FG))
        style.set_point_size(self.headline, 26, bold=True)
        layout.addWidget(self.headline)
        self.details = QLabel()
        self.details.setObjectName("saved_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.set_point_size(self.details, 15)
        layout.addWidget(self.details)
        # What to do keeps showing after saving: the nurse acts on it next.
        self.guidance_title = QLabel(self.tr("What to do now"))
        style.set_point_size(self.guidance_title, 15, bold=True)
        layout.addWidget(self.guidance_title)
        self.guidance = QLabel()
        self.guidance.setObjectName("saved_guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.set_point_size(self.guidance, 14)
        layout.addWidget(self.guidance)
        layout.addStretch(1)
        self.new_button = QPushButton(self.tr("Start a new triage  ▶"))
        self.new_button.setObjectName("saved_new_triage")
        self.new_button.setAccessibleName(self.tr("Start a new triage"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setAutoDefault(True)
        style.set_point_size(self.new_button, 16, bold=True)
        self.new_button.clicked.connect(self.new_triage_requested)
        layout.addWidget(self.new_button)

    def show_saved(self, decision: DecisionView) -> None:
        self.headline.setText(self.tr("✔  Saved"))
        lines = [
            class_title(self.reference, decision.ir_class, self.lang),
            self.tr("Saved at: {time}").format(time=local_time(decision.created_at, True)),
            self.tr("Decision id: {id}").format(id=decision.id),
        ]
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
        self.new_button.setFocus()
