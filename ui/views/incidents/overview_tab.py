"""An incident's overview: its details (severity, phase, units: saved with who changed them), the
system status roll-up in the style of HICS 251 (devices by unit and category, per class and per
state) and the regulatory clocks with their due times, always under the disclaimer."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.domain.incident_terms import label
from app.errors import AppError
from app.services.incident_clocks import (
    JURISDICTIONS,
    ClockView,
    default_jurisdiction,
    incident_clocks,
)
from app.services.incident_devices import DEVICE_STATES
from app.services.incident_status import StatusRow, status_rollup
from app.services.incidents import PHASES, IncidentView, update_incident
from app.services.reference import Reference
from ui import style
from ui.dialogs.new_incident_dialog import UnitsField, severity_combo
from ui.session import SignInSession
from ui.strings import category_name, class_title, local_time
from ui.views.incidents.exercise_panel import ExercisePanel
from ui.views.incidents.tab_base import IncidentTab
from ui.views.incidents.tables import fit_height, read_only_table, two_lines
from ui.widgets.actor_field import WRITE_FAILURES, ActorField, not_saved
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.message_banner import MessageBanner
from ui.widgets.scroll_body import scroll_body

if TYPE_CHECKING:
    from app.services.playbook import Playbook

log = logging.getLogger(__name__)
CLASSES = range(1, 8)
SOURCE_WIDTH = 200
CLASS_WIDTH = 30
CATEGORY_WIDTH = 150


class OverviewTab(IncidentTab):
    """Signals:
    changed(): the details were saved.
    """

    def __init__(
        self,
        db: Database,
        reference: Reference,
        playbook: Playbook,
        lang: str,
        session: SignInSession | None,
        parent: QWidget | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        """``now``: the clock the regulatory clocks are read against (tests and screenshots set
        it; the computer's clock when None)."""
        super().__init__(db, reference, playbook, lang, session, "overview_tab", parent)
        self.now = now
        self.rows: list[StatusRow] = []
        self.clocks: list[ClockView] = []
        scroll, body = scroll_body(spacing=12)
        body.setContentsMargins(12, 8, 12, 8)
        self.exercise_panel = ExercisePanel(db, reference, playbook, lang, session)
        self.exercise_panel.changed.connect(self.changed)
        self.exercise_panel.hide()
        body.addWidget(self.exercise_panel)
        body.addWidget(self._rollup())
        body.addWidget(self._clocks())
        body.addWidget(self._details())
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # --- building -------------------------------------------------------------------------------
    def _group(self, title: str, name: str) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title)
        box.setObjectName(name)
        style.set_point_size(box, 14, bold=True)
        inner = QVBoxLayout(box)
        return box, inner

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        widget = QLabel(text)
        style.set_point_size(widget, 13)
        widget.setBuddy(buddy)
        return widget

    def _details(self) -> QGroupBox:
        box, inner = self._group(self.tr("Details"), "overview_details")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.severity_combo = severity_combo("overview_severity", self.lang)
        self.severity_combo.setAccessibleName(self.tr("Severity"))
        self.phase_combo = QComboBox()
        self.phase_combo.setObjectName("overview_phase")
        self.phase_combo.setAccessibleName(self.tr("Phase"))
        self.phase_combo.setAccessibleDescription(
            self.tr("Where the response stands, e.g. detection or containment")
        )
        self.phase_combo.setMinimumHeight(style.px(40))
        style.set_point_size(self.phase_combo, 14)
        for phase in PHASES:
            self.phase_combo.addItem(self._phase_label(phase), phase)
        self.units = UnitsField(self.db, "overview_units")
        for widget in (self.severity_combo, self.phase_combo, self.units):
            style.set_point_size(widget, 13)
        row = QHBoxLayout()
        row.addWidget(self._label(self.tr("&Severity:"), self.severity_combo))
        row.addWidget(self.severity_combo)
        row.addSpacing(16)
        row.addWidget(self._label(self.tr("P&hase:"), self.phase_combo))
        row.addWidget(self.phase_combo, 1)
        form.addRow(row)
        form.addRow(self._label(self.tr("&Units affected:"), self.units.list), self.units)
        inner.addLayout(form)
        self.actor_field = ActorField(self.session, "overview_actor")
        self.message = MessageBanner("overview_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.actor_field, 1)
        self.save_button = QPushButton(self.tr("Sa&ve details"))
        self.save_button.setObjectName("overview_save")
        self.save_button.setAccessibleName(self.tr("Save details"))
        self.save_button.setToolTip(self.tr("Save the severity, phase and units affected"))
        self.save_button.setProperty("role", "primary")
        style.set_point_size(self.save_button, 14, bold=True)
        self.save_button.clicked.connect(self.save_details)
        buttons.addWidget(self.save_button)
        inner.addLayout(buttons)
        inner.addWidget(self.message)
        return box

    def _rollup(self) -> QGroupBox:
        box, inner = self._group(self.tr("System status (HICS 251 style)"), "overview_rollup_box")
        explain = style.text_label("overview_rollup_explain", 12)
        explain.setText(
            self.tr(
                "Devices in scope by unit and category: how many are in each class 1–7 (their "
                "newest decision in this incident), not classified yet, and in each state."
            )
        )
        inner.addWidget(explain)
        headers = [self.tr("Unit"), self.tr("Category")]
        headers += [str(n) for n in CLASSES]  # the class numbers (their names as tooltips)
        # Long names on two lines, so that the whole table fits side by side.
        headers.append(two_lines(self.tr("Not classified")))
        headers += [two_lines(label("device_state", state, self.lang)) for state in DEVICE_STATES]
        headers.append(self.tr("Total"))
        self.rollup_table = read_only_table(
            "overview_rollup",
            self.tr("System status by unit and category"),
            headers,
            self.tr("For each unit and kind of device: how many devices have each class and state"),
        )
        style.set_point_size(self.rollup_table, 11)
        self.rollup_table.setWordWrap(False)
        self.rollup_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.rollup_table.horizontalHeader()
        style.set_point_size(header, 11)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, CATEGORY_WIDTH)  # long names elided, whole in the tooltip
        for n in CLASSES:
            item = self.rollup_table.horizontalHeaderItem(1 + n)
            item.setToolTip(class_title(self.reference, n, self.lang))
            header.setSectionResizeMode(1 + n, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(1 + n, CLASS_WIDTH)
        inner.addWidget(self.rollup_table)
        self.rollup_empty = style.text_label("overview_rollup_empty", 13)
        self.rollup_empty.setText(
            self.tr("No devices or decisions in this incident yet (see Decisions & devices).")
        )
        inner.addWidget(self.rollup_empty)
        return box

    def _clocks(self) -> QGroupBox:
        box, inner = self._group(self.tr("Regulatory clocks"), "overview_clocks_box")
        self.disclaimer = style.text_label("overview_disclaimer", 12)
        self.disclaimer.setText(self.playbook.clocks.disclaimer.get(self.lang))
        self.disclaimer.setStyleSheet(
            style.banner_style(style.theme.warning_bg, style.theme.warning_fg)
        )
        inner.addWidget(self.disclaimer)
        row = QHBoxLayout()
        self.jurisdiction_combo = QComboBox()
        self.jurisdiction_combo.setObjectName("overview_jurisdiction")
        self.jurisdiction_combo.setAccessibleName(self.tr("Which country's clocks"))
        self.jurisdiction_combo.setAccessibleDescription(
            self.tr("Show the reporting deadlines of this country's authorities")
        )
        self.jurisdiction_combo.setMinimumHeight(style.px(40))
        self.jurisdiction_combo.setMinimumWidth(style.px(180))
        style.set_point_size(self.jurisdiction_combo, 13)
        for code in JURISDICTIONS:
            try:
                name = self.playbook.clocks.jurisdiction(code).label.get(self.lang)
            except KeyError:
                name = code
            self.jurisdiction_combo.addItem(name, code)
        try:
            default = default_jurisdiction(self.db)
        except READ_FAILURES as exc:
            log.error("reading the clock jurisdiction failed: %s", exc)
            default = JURISDICTIONS[0]
        self.jurisdiction_combo.setCurrentIndex(max(0, self.jurisdiction_combo.findData(default)))
        self.jurisdiction_combo.currentIndexChanged.connect(lambda _index: self._fill_clocks())
        row.addWidget(self._label(self.tr("&Clocks of:"), self.jurisdiction_combo))
        row.addWidget(self.jurisdiction_combo)
        self.overdue_label = style.text_label("overview_overdue", 13, bold=True)
        row.addWidget(self.overdue_label, 1)
        inner.addLayout(row)
        self.clock_table = read_only_table(
            "overview_clocks",
            self.tr("Regulatory clocks"),
            [
                self.tr("When it applies"),
                self.tr("To whom"),
                self.tr("Deadline"),
                self.tr("Due (local time)"),
                self.tr("Status"),
                self.tr("Source"),
            ],
            self.tr(
                "Deadlines for reporting this incident to authorities, and whether they are met"
            ),
        )
        self.clock_table.setWordWrap(True)
        header = self.clock_table.horizontalHeader()
        for column in (0, 1, 2):  # the long texts wrap; the time and the status stay whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, SOURCE_WIDTH)
        inner.addWidget(self.clock_table)
        return box

    def _phase_label(self, phase: str) -> str:
        try:
            return self.playbook.checklists.phase_label(phase, self.lang)
        except KeyError:
            return phase

    # --- showing --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_tables()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_tables()

    def _fit_tables(self) -> None:
        """Wrapped rows are as tall as their text at the table's current width."""
        fit_height(self.rollup_table, 1)
        fit_height(self.clock_table, 2)

    def show_incident(self, incident: IncidentView) -> None:
        self.incident = incident
        self.message.clear_message()
        self.severity_combo.setCurrentIndex(
            max(0, self.severity_combo.findData(incident.severity or ""))
        )
        self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(incident.phase)))
        self.units.set_units(incident.units)
        for widget in (self.severity_combo, self.phase_combo, self.units, self.save_button):
            widget.setEnabled(incident.is_open)
        self.actor_field.setVisible(incident.is_open)
        self._fill_rollup()
        self._fill_clocks()
        self.exercise_panel.setVisible(incident.exercise)
        if incident.exercise:
            self.exercise_panel.show_incident(incident)

    def _fill_rollup(self) -> None:
        table = self.rollup_table
        table.setRowCount(0)
        if self.incident is None:
            return
        try:
            self.rows = status_rollup(self.db, self.incident.id)
        except READ_FAILURES as exc:
            log.error("reading the status roll-up failed: %s", exc)
            self.rows = []
            self.rollup_empty.setText(self.tr("The status roll-up could not be read."))
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = [
                row.unit or "—",
                category_name(self.reference, row.category, self.lang) or "—",
            ]
            values += [self._count(row.classes.get(n, 0)) for n in CLASSES]
            values.append(self._count(row.classes.get(None, 0)))
            values += [self._count(row.states.get(state, 0)) for state in DEVICE_STATES]
            values.append(str(row.total))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 1:
                    item.setToolTip(value)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, item)
        self.rollup_empty.setVisible(not self.rows)
        table.setVisible(bool(self.rows))
        fit_height(table, 1)

    @staticmethod
    def _count(value: int) -> str:
        return str(value) if value else "·"

    def jurisdiction(self) -> str:
        return str(self.jurisdiction_combo.currentData())

    def _fill_clocks(self) -> None:
        table = self.clock_table
        table.setRowCount(0)
        if self.incident is None:
            return
        try:
            self.clocks = incident_clocks(
                self.db,
                self.playbook,
                self.incident.id,
                self.jurisdiction(),
                now=self.now() if self.now else None,
            )
        except READ_FAILURES as exc:
            log.error("reading the clocks failed: %s", exc)
            self.clocks = []
        table.setRowCount(len(self.clocks))
        bold = QFont(table.font())
        bold.setBold(True)
        lang = self.lang
        for r, clock in enumerate(self.clocks):
            rule = clock.rule
            due = local_time(clock.due.isoformat()) if clock.due else "—"
            values = [
                rule.trigger.get(lang),
                rule.recipient.get(lang),
                clock.rule_text(lang),
                due,
                self.tr("OVERDUE") if clock.overdue else self.tr("not due yet"),
                f"{rule.source} {rule.tag}",
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 0 and rule.note is not None:
                    item.setToolTip(rule.note.get(lang))
                if clock.overdue:
                    item.setBackground(QBrush(QColor(style.theme.overdue_bg)))
                    if c in (3, 4):
                        item.setFont(bold)
                table.setItem(r, c, item)
        overdue = sum(1 for clock in self.clocks if clock.overdue)
        self.overdue_label.setText(
            self.tr("{count} OVERDUE: check with compliance now.").format(count=overdue)
            if overdue
            else ""
        )
        fit_height(table, 2)

    # --- saving ---------------------------------------------------------------------------------
    def pending_changes(self) -> dict[str, object]:
        """The severity, phase and units chosen here that differ from the incident's (not saved)."""
        incident = self.incident
        if incident is None or not incident.is_open:
            return {}
        severity = str(self.severity_combo.currentData() or "")  # "": not set (clears it)
        phase = str(self.phase_combo.currentData())
        units = self.units.units()
        changes: dict[str, object] = {}
        if severity != (incident.severity or ""):
            changes["severity"] = severity
        if phase != incident.phase:
            changes["phase"] = phase
        if tuple(units) != tuple(incident.units):
            changes["units"] = units
        return changes

    def save_details(self) -> IncidentView | None:
        """Save the severity, phase and units that changed; "saved" only after the service."""
        incident = self.incident
        if incident is None or not incident.is_open:
            return None
        changes = self.pending_changes()
        if not changes:
            self.message.say(self.tr("Nothing changed."), "warning")
            return None
        who = self.actor_field.actor()
        if who is None:
            self.actor_field.ask_for_name(self.message)
            return None
        try:
            saved = update_incident(self.db, incident.id, by=who, **changes)
        except (AppError, *WRITE_FAILURES) as exc:
            self.message.say(*not_saved(exc, "saving the incident details"))
            return None
        self.show_incident(saved)
        self.message.say(self.tr("Saved."), "ok")
        self.changed.emit()
        return saved
