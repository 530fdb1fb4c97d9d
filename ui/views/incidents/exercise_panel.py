"""What a facilitator needs while running a tabletop exercise: the scenario, its injects with the
time each is due (and "Mark delivered", which writes the delivery to the timeline), the expected
decisions against those recorded so far, and the discussion questions."""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import AppError
from app.services.exercises import (
    ExpectedLine,
    InjectView,
    deliver_inject,
    exercise_injects,
    expected_vs_actual,
)
from app.services.incidents import IncidentView
from app.services.reference import Reference
from ui import style
from ui.session import SignInSession
from ui.strings import category_name, class_short, local_time
from ui.views.incidents.tables import fit_height, read_only_table
from ui.widgets.actor_field import WRITE_FAILURES, ActorField, not_saved
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.message_banner import MessageBanner

if TYPE_CHECKING:
    from app.services.playbook import Playbook


class ExercisePanel(QGroupBox):
    """Signals: changed(): an inject was marked delivered."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        reference: Reference,
        playbook: Playbook,
        lang: str,
        session: SignInSession | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Exercise"), parent)
        self.setObjectName("exercise_panel")
        style.set_point_size(self, 14, bold=True)
        self.db, self.reference, self.playbook, self.lang = db, reference, playbook, lang
        self.incident: IncidentView | None = None
        self.injects: list[InjectView] = []
        inner = QVBoxLayout(self)
        self.scenario_label = style.text_label("exercise_scenario", 13)
        self.scenario_label.setTextFormat(Qt.TextFormat.RichText)
        inner.addWidget(self.scenario_label)

        self.inject_table = read_only_table(
            "exercise_injects",
            self.tr("Injects of the exercise"),
            [
                self.tr("Due"),
                self.tr("Inject"),
                self.tr("What the players are told"),
                self.tr("Delivered"),
            ],
            self.tr("The scripted events of the exercise, when each is due and whether given"),
        )
        self.inject_table.itemSelectionChanged.connect(self._selection_changed)
        _wrap_column(self.inject_table, 2)
        inner.addWidget(self.inject_table)
        row = QHBoxLayout()
        self.actor_field = ActorField(session, "exercise_actor")
        row.addWidget(self.actor_field, 1)
        self.deliver_button = QPushButton(self.tr("Mark &delivered"))
        self.deliver_button.setObjectName("exercise_deliver")
        self.deliver_button.setAccessibleName(self.tr("Mark the selected inject delivered"))
        self.deliver_button.setToolTip(
            self.tr("Writes the inject and the time it was given to the exercise's timeline")
        )
        self.deliver_button.setMinimumHeight(style.px(44))
        style.set_point_size(self.deliver_button, 13, bold=True)
        self.deliver_button.clicked.connect(self.deliver_selected)
        row.addWidget(self.deliver_button)
        inner.addLayout(row)
        self.message = MessageBanner("exercise_message")
        inner.addWidget(self.message)

        self.expected_title = style.text_label("exercise_expected_title", 13, bold=True)
        inner.addWidget(self.expected_title)
        self.expected_table = read_only_table(
            "exercise_expected",
            self.tr("Expected decisions against those recorded"),
            [
                self.tr("Situation"),
                self.tr("Category"),
                self.tr("Expected class"),
                self.tr("Recorded class"),
                self.tr("Result"),
            ],
            self.tr("For each situation: the class expected and the class the players recorded"),
        )
        _wrap_column(self.expected_table, 0)
        inner.addWidget(self.expected_table)
        self.questions_label = style.text_label("exercise_questions", 13)
        self.questions_label.setTextFormat(Qt.TextFormat.RichText)
        inner.addWidget(self.questions_label)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Wrapped rows are as tall as their text at the table's width (the page scrolls)."""
        fit_height(self.inject_table, 2)
        fit_height(self.expected_table, 1)

    # --- filling --------------------------------------------------------------------------------
    def show_incident(self, incident: IncidentView) -> None:
        self.incident = incident
        self.message.clear_message()
        scenario = self.playbook.scenarios.get(incident.scenario or "")
        if scenario is None:
            self.scenario_label.setText(
                html.escape(self.tr("This exercise was not started from an installed scenario."))
            )
            for widget in (self.inject_table, self.expected_table, self.deliver_button):
                widget.setVisible(False)
            return
        lang = self.lang
        self.scenario_label.setText(
            f"<b>{html.escape(scenario.title.get(lang))}</b><br>{html.escape(scenario.summary.get(lang))}"
        )
        questions = "".join(
            f"<li>{html.escape(q.get(lang))}</li>" for q in scenario.discussion_questions
        )
        self.questions_label.setText(
            f"<b>{html.escape(self.tr('Discussion questions'))}</b><ol>{questions}</ol>"
        )
        try:
            self.injects = exercise_injects(self.db, self.playbook, incident.id)
            lines = expected_vs_actual(self.db, self.playbook, incident.id)
        except (AppError, *READ_FAILURES) as exc:
            self.message.say(str(getattr(exc, "message", exc)), "danger")
            return
        self._fill_injects()
        self._fill_expected(lines)
        self.deliver_button.setVisible(incident.is_open)
        self.actor_field.setVisible(incident.is_open)
        self._selection_changed()

    def _fill_injects(self) -> None:
        table = self.inject_table
        table.setRowCount(len(self.injects))
        now = datetime.now().astimezone()
        for row, view in enumerate(self.injects):
            due = local_time(view.due_at.isoformat())
            if view.delivered_at:
                delivered = local_time(view.delivered_at)
            elif view.due_at <= now:
                delivered = self.tr("not yet — due now")
            else:
                delivered = self.tr("not yet")
            cells = (
                f"{due} (+{view.inject.at_minutes} min)",
                view.inject.id,
                view.inject.text.get(self.lang),
                delivered,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        self._fit()

    def _fill_expected(self, lines: list[ExpectedLine]) -> None:
        matched = sum(1 for line in lines if line.matches)
        self.expected_title.setText(
            self.tr("Expected decisions: {matched} of {total} recorded as expected").format(
                matched=matched, total=len(lines)
            )
        )
        table = self.expected_table
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            expected = line.expected
            if line.actual is None:
                recorded, result = "—", self.tr("none recorded yet")
            else:
                recorded = class_short(self.reference, line.actual.ir_class, self.lang)
                result = self.tr("as expected") if line.matches else self.tr("DIFFERS — discuss")
            cells = (
                expected.situation.get(self.lang),
                category_name(self.reference, expected.category, self.lang) or expected.category,
                class_short(self.reference, expected.expected_class, self.lang),
                recorded,
                result,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(expected.rationale.get(self.lang) if column == 0 else text)
                table.setItem(row, column, item)
        self._fit()

    # --- acting ---------------------------------------------------------------------------------
    def selected_inject(self) -> InjectView | None:
        rows = self.inject_table.selectionModel().selectedRows()
        return self.injects[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected_inject()
        self.deliver_button.setEnabled(chosen is not None and chosen.delivered_at is None)

    def deliver_selected(self) -> InjectView | None:
        chosen, incident = self.selected_inject(), self.incident
        if chosen is None or incident is None:
            return None
        actor = self.actor_field.actor()
        if actor is None:
            self.actor_field.ask_for_name(self.message)
            return None
        try:
            view = deliver_inject(
                self.db, self.playbook, incident.id, chosen.inject.id, by=actor, lang=self.lang
            )
        except (AppError, *WRITE_FAILURES) as exc:
            self.message.say(*not_saved(exc, "delivering an inject"))
            return None
        row = self.injects.index(chosen)
        self.show_incident(incident)
        self.inject_table.selectRow(min(row + 1, len(self.injects) - 1))
        self.message.say(
            self.tr("Inject {id} delivered; it is on the timeline.").format(id=view.inject.id), "ok"
        )
        self.changed.emit()
        return view


def _wrap_column(table: QTableWidget, column: int) -> None:
    """The long-text column takes the free width and wraps; the others fit their contents."""
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
