"""Starting a tabletop exercise: the playbook's scenarios (one per use case) with their summary and
background in the view's language; Start opens the exercise incident (marked EXERCISE for good)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import AppError
from app.services.exercises import start_exercise
from app.services.incidents import IncidentView
from ui import style
from ui.session import SignInSession
from ui.views.incidents import exercise_banner
from ui.widgets.actor_field import WRITE_FAILURES, ActorField, not_saved
from ui.widgets.form_fields import busy_cursor, cancel_tip, dialog_button, fit_dialog
from ui.widgets.message_banner import MessageBanner

if TYPE_CHECKING:
    from app.services.playbook import Playbook


SCENARIO_ROLE = Qt.ItemDataRole.UserRole


class ExerciseDialog(QDialog):
    """Signals:
    started(IncidentView): the exercise incident is saved.
    """

    started = Signal(object)

    def __init__(
        self,
        db: Database,
        playbook: Playbook,
        lang: str,
        session: SignInSession | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exercise_dialog")
        self.setWindowTitle(self.tr("Start a tabletop exercise"))
        self.db, self.playbook, self.lang = db, playbook, lang
        self.incident: IncidentView | None = None

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(exercise_banner("exercise_dialog_banner"))
        intro = style.text_label("exercise_intro", 13)
        intro.setText(
            self.tr(
                "Choose a scenario. Starting it opens an exercise incident with T0 now; the "
                "facilitator reveals the injects, and the decisions recorded in it are compared "
                "with the expected ones afterwards."
            )
        )
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("exercise_scenarios")
        self.list.setAccessibleName(self.tr("Scenarios"))
        self.list.setAccessibleDescription(
            self.tr("The practice scenarios; choose one to read it, press Enter to start it")
        )
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(4)
        style.set_point_size(self.list, 14)
        for scenario in playbook.scenarios.values():
            item = QListWidgetItem(
                self.tr("Use case {number}: {title}").format(
                    number=scenario.use_case, title=scenario.title.get(lang)
                )
            )
            item.setData(SCENARIO_ROLE, scenario.id)
            self.list.addItem(item)
        self.detail = QTextBrowser()
        self.detail.setObjectName("exercise_detail")
        self.detail.setAccessibleName(self.tr("The chosen scenario"))
        self.detail.setAccessibleDescription(
            self.tr("What happens in the chosen scenario and what the players are to decide")
        )
        style.set_point_size(self.detail, 13)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setSizes([330, 530])
        layout.addWidget(splitter, 1)
        self.actor_field = ActorField(session, "exercise_actor")
        layout.addWidget(self.actor_field)
        self.message = MessageBanner("exercise_message", 14)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(
            dialog_button(self.tr("Cancel"), "exercise_cancel", self.reject, tip=cancel_tip())
        )
        self.start_button = dialog_button(
            self.tr("Start exercise"),
            "exercise_start",
            self.start,
            primary=True,
            tip=self.tr("Open a practice incident, marked as an exercise, for this scenario"),
        )
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda _item, _old: self._show())
        self.list.itemActivated.connect(lambda _item: self.start())
        if self.list.count():
            self.list.setCurrentRow(0)
        self.start_button.setEnabled(self.list.count() > 0)
        self.list.setFocus()
        fit_dialog(self, 900)
        self.resize(self.width(), max(self.height(), 620))

    def scenario_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(SCENARIO_ROLE)) if item is not None else None

    def choose(self, scenario_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(SCENARIO_ROLE) == scenario_id:
                self.list.setCurrentRow(row)

    def _show(self) -> None:
        scenario_id = self.scenario_id()
        scenario = self.playbook.scenarios.get(scenario_id) if scenario_id else None
        self.detail.setHtml(self.scenario_html(scenario) if scenario is not None else "")

    def scenario_html(self, scenario: Any) -> str:
        lang = self.lang
        use_cases = {
            1: self.tr("Imaging device compromise"),
            2: self.tr("Personal implanted devices"),
            3: self.tr("Networked infusion pump loss of availability"),
        }
        parts = [f"<h2>{html.escape(scenario.title.get(lang))}</h2>"]
        facts = self.tr("Playbook use case {number}: {name} · about {minutes} minutes").format(
            number=scenario.use_case,
            name=use_cases.get(scenario.use_case, ""),
            minutes=scenario.duration_minutes,
        )
        parts.append(f"<p><b>{html.escape(facts)}</b></p>")
        parts.append(f"<p>{html.escape(scenario.summary.get(lang))}</p>")
        heading = self.tr("Background")
        parts.append(f"<h3>{html.escape(heading)}</h3>")
        for paragraph in scenario.background.get(lang).split("\n\n"):
            parts.append(f"<p>{html.escape(paragraph.strip())}</p>")
        return "".join(parts)

    def start(self) -> IncidentView | None:
        """Start the chosen scenario; the dialog closes only once the exercise is saved."""
        if self.incident is not None:
            return self.incident
        scenario_id = self.scenario_id()
        if scenario_id is None:
            self.message.say(self.tr("Choose a scenario first."))
            self.list.setFocus()
            return None
        who = self.actor_field.actor()
        if who is None:
            self.actor_field.ask_for_name(self.message)
            return None
        try:
            with busy_cursor():
                incident = start_exercise(
                    self.db, self.playbook, scenario_id, by=who, lang=self.lang
                )
        except (AppError, *WRITE_FAILURES) as exc:
            self.message.say(*not_saved(exc, "starting an exercise"))
            return None
        self.incident = incident
        self.started.emit(incident)
        self.accept()
        return incident
