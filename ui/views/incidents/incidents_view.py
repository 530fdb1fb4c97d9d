"""The Incidents tab: every incident (open ones first, exercises marked EXERCISE), opening a new
one, starting a tabletop exercise, and the workspace of the incident opened (Enter or a double
click; "All incidents" (Alt+A) goes back to the list)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.domain.incident_terms import label
from app.services.incidents import IncidentView, incident_decisions, list_incidents
from app.services.reference import Reference
from ui import style
from ui.dialogs.exercise_dialog import ExerciseDialog
from ui.dialogs.new_incident_dialog import NewIncidentDialog
from ui.models.list_table_model import AnyIndex, ListTableModel
from ui.session import SignInSession
from ui.strings import local_time
from ui.views.incidents import exercise_mark
from ui.views.incidents.incident_workspace import IncidentWorkspace
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.message_banner import MessageBanner

if TYPE_CHECKING:
    from app.services.playbook import Playbook


log = logging.getLogger(__name__)
translate = QCoreApplication.translate
COLUMNS = ("ref", "exercise", "name", "status", "severity", "t0", "decisions")


class IncidentTableModel(ListTableModel):
    """Rows: (IncidentView, number of decisions or None when they could not be counted)."""

    columns = COLUMNS

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def incident(self, row: int) -> IncidentView | None:
        found = self.row_at(row)
        return found[0] if found else None

    def header_labels(self) -> tuple[str, ...]:
        labels = {
            "ref": translate("IncidentTableModel", "Reference"),
            "exercise": translate("IncidentTableModel", "Exercise?"),
            "name": translate("IncidentTableModel", "Name"),
            "status": translate("IncidentTableModel", "Status"),
            "severity": translate("IncidentTableModel", "Severity"),
            "t0": translate("IncidentTableModel", "T0 (awareness)"),
            "decisions": translate("IncidentTableModel", "Decisions"),
        }
        return tuple(labels[c] for c in COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.row_at(index.row()) if index.isValid() else None
        if found is None or index.column() >= len(COLUMNS):
            return None
        incident, count = found
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(incident, count, column)
        if role == Qt.ItemDataRole.FontRole and (
            column == "exercise" or (column == "status" and incident.is_open)
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, incident: IncidentView, count: int | None, column: str) -> str:
        if column == "ref":
            return incident.ref
        if column == "exercise":
            return exercise_mark() if incident.exercise else ""
        if column == "name":
            return incident.name
        if column == "status":
            return label("status", incident.status, self.lang)
        if column == "severity":
            return label("severity", incident.severity, self.lang) or "—"
        if column == "t0":
            return local_time(incident.t0)
        return "?" if count is None else str(count)


class IncidentsView(QWidget):
    """Signals:
    incidents_changed(): an incident was opened, changed or closed here.
    """

    incidents_changed = Signal()

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        session: SignInSession | None = None,
        playbook: Playbook | None = None,
        parent: QWidget | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        """``playbook``: checklists, clocks and scenarios (loaded here when not given)."""
        super().__init__(parent)
        self.setObjectName("incidents_view")
        if playbook is None:
            from app.services.playbook import load_playbook

            playbook = load_playbook()
        self.db, self.reference, self.lang = db, reference, lang
        self.session, self.playbook = session, playbook
        self.dialog: NewIncidentDialog | ExerciseDialog | None = None
        self.model = IncidentTableModel(lang, self)

        self.stack = QStackedWidget()
        self.list_page = self._list_page()
        self.workspace = IncidentWorkspace(db, reference, playbook, lang, session, now=now)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.workspace)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.stack)
        self.workspace.back_requested.connect(self.show_list)
        self.workspace.incident_changed.connect(lambda _incident: self._changed())
        self.refresh()

    def _list_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        title = QLabel(self.tr("Incidents (open ones first)"))
        title.setObjectName("incidents_title")
        style.set_point_size(title, 18, bold=True)
        top.addWidget(title, 1)
        self.new_button = self._button(
            self.tr("&New incident…"),
            "incidents_new",
            self.tr("Open an incident: name, T0, how it was detected"),
            self.new_incident,
            primary=True,
        )
        self.exercise_button = self._button(
            self.tr("Start &exercise…"),
            "incidents_exercise",
            self.tr("Run one of the playbook's tabletop scenarios as an exercise"),
            self.start_exercise,
        )
        self.open_button = self._button(
            self.tr("&Open"),
            "incidents_open",
            self.tr("Open the selected incident (or press Enter on it)"),
            self.open_selected,
        )
        for button in (self.open_button, self.exercise_button, self.new_button):
            top.addWidget(button)
        column.addLayout(top)
        self.message = MessageBanner("incidents_message")
        column.addWidget(self.message)
        self.empty_label = style.text_label("incidents_empty", 14)
        self.empty_label.setText(
            self.tr("No incidents yet. Open one with “New incident…”, or start an exercise.")
        )
        column.addWidget(self.empty_label)
        self.table = style.record_table(
            "incidents_table",
            self.tr("Incidents"),
            self.model,
            description=self.tr("Open and closed incidents; press Enter on one to open it"),
        )
        self.table.activated.connect(lambda index: self.open_incident(index.row()))
        column.addWidget(self.table, 1)
        return page

    def _button(
        self, text: str, name: str, tip: str, slot: Callable[[], object], primary: bool = False
    ) -> QPushButton:
        button = style.action_button(text, name, tip, slot)
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        button.setProperty("role", "primary" if primary else "secondary")
        style.set_point_size(button, 14, bold=primary)
        return button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stack.currentWidget() is self.list_page:
            self.refresh()

    # --- the list -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the incidents again, keeping the selected one selected."""
        selected = self.selected_incident()
        rows: list[tuple[IncidentView, int | None]] = []
        try:
            for incident in list_incidents(self.db):
                rows.append((incident, self._count(incident)))
        except READ_FAILURES as exc:
            log.error("reading the incidents failed: %s", exc)
            self.message.say(self.tr("The incidents could not be read."), "danger")
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.open_button.setEnabled(bool(rows))
        row = next((n for n, (i, _c) in enumerate(rows) if selected and i.id == selected.id), 0)
        if rows:
            self.table.selectRow(row)

    def _count(self, incident: IncidentView) -> int | None:
        try:
            return len(incident_decisions(self.db, incident.id))
        except READ_FAILURES as exc:
            log.error("counting the decisions of %s failed: %s", incident.ref, exc)
            return None

    def selected_incident(self) -> IncidentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.incident(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_incident(rows[0].row())

    def open_incident(self, row: int) -> None:
        incident = self.model.incident(row)
        if incident is not None:
            self.show_incident(incident)

    def show_incident(self, incident: IncidentView) -> None:
        """The workspace of ``incident`` in place of the list."""
        self.message.clear_message()
        self.workspace.show_incident(incident)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.setFocus()
        self.workspace.tabs.setFocus()

    def show_list(self) -> None:
        self.refresh()
        self.stack.setCurrentWidget(self.list_page)
        self.table.setFocus()

    # --- a rebuild of the window (language or display changed) keeps what was open ------------
    def view_state(self) -> tuple[str, int] | None:
        """The incident open in the workspace and its tab, or None when the list shows."""
        incident = self.workspace.incident
        if self.stack.currentWidget() is not self.workspace or incident is None:
            return None
        return incident.id, self.workspace.tabs.currentIndex()

    def restore_view_state(self, state: tuple[str, int] | None) -> None:
        if state is None:
            return
        from app.services.incidents import get_incident

        incident_id, tab = state
        try:
            incident = get_incident(self.db, incident_id)
        except READ_FAILURES as exc:
            log.error("reading incident %s failed: %s", incident_id, exc)
            return
        self.show_incident(incident)
        self.workspace.tabs.setCurrentIndex(tab)

    def unsaved_work(self) -> list[str]:
        """What a rebuild would lose: details chosen and lessons typed, not saved yet."""
        incident = self.workspace.incident
        if incident is None:
            return []
        unsaved = []
        if self.workspace.overview_tab.pending_changes():
            unsaved.append(self.tr("Incident details of {ref}").format(ref=incident.ref))
        if self.workspace.lessons_tab.dirty():
            unsaved.append(self.tr("Lessons learned of {ref}").format(ref=incident.ref))
        return unsaved

    def data_changed(self) -> None:
        """A decision was recorded or signed elsewhere: show it in the incident open here."""
        if self.stack.currentWidget() is self.workspace:
            self.workspace.refresh()
        else:
            self.refresh()

    def _changed(self) -> None:
        self.incidents_changed.emit()

    # --- new incidents and exercises ------------------------------------------------------------
    def new_incident(self) -> NewIncidentDialog:
        dialog = NewIncidentDialog(self.db, self.lang, self.session, self.window())
        dialog.created.connect(self._opened)
        self.dialog = dialog
        dialog.open()
        return dialog

    def start_exercise(self) -> ExerciseDialog:
        dialog = ExerciseDialog(self.db, self.playbook, self.lang, self.session, self.window())
        dialog.started.connect(self._opened)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _opened(self, incident: IncidentView) -> None:
        self.refresh()
        self.show_incident(incident)
        self._changed()
