"""The incident's timeline (HICS 214 style): what the audit trail holds about the incident and its
decisions, plus the entries people wrote by hand, in time order; filtered to one person when
chosen; "Add entry…" and "Print HICS 214…" (the whole incident or the chosen person).

Entries can be added to a closed incident too (a late report, a reconciliation).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.services.incident_timeline import TimelineItem, people, timeline
from app.services.incidents import IncidentView
from app.services.reference import Reference
from ui import style
from ui.dialogs.timeline_entry_dialog import TimelineEntryDialog
from ui.models.list_table_model import AnyIndex, ListTableModel
from ui.session import SignInSession
from ui.strings import local_time
from ui.views.incidents.checklist_tab import RowFitter
from ui.views.incidents.tab_base import IncidentTab
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.message_banner import MessageBanner

if TYPE_CHECKING:
    from app.services.playbook import Playbook

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
COLUMNS = ("time", "who", "position", "what", "source")


class TimelineModel(ListTableModel):
    columns = COLUMNS

    def __init__(self, reference: Reference, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.lang = lang

    def header_labels(self) -> tuple[str, ...]:
        return (
            translate("TimelineTab", "Time"),
            translate("TimelineTab", "Who"),
            translate("TimelineTab", "Position"),
            translate("TimelineTab", "What"),
            translate("TimelineTab", "Source"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item: TimelineItem | None = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(item, column)
        if role == Qt.ItemDataRole.BackgroundRole and item.source == "manual":
            return QBrush(QColor(style.theme.manual_bg))
        return None

    def text(self, item: TimelineItem, column: str) -> str:
        if column == "time":
            return local_time(item.at)
        if column == "who":
            return item.who
        if column == "position":
            return item.position_text(self.reference, self.lang)
        if column == "what":
            return item.text(self.lang)
        if item.source == "manual":
            return translate("TimelineTab", "Written entry")
        return translate("TimelineTab", "Audit trail")


class TimelineTab(IncidentTab):
    """Signals:
    changed(): an entry was added (or an activity log printed, which the trail records).
    """

    def __init__(
        self,
        db: Database,
        reference: Reference,
        playbook: Playbook,
        lang: str,
        session: SignInSession | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, reference, playbook, lang, session, "timeline_tab", parent)
        self.items: list[TimelineItem] = []
        self.typed_name = ""
        self.dialog: TimelineEntryDialog | None = None
        self.print_preview: object | None = None
        self.model = TimelineModel(reference, lang, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(self._top_row())
        self.message = MessageBanner("timeline_message")
        layout.addWidget(self.message)
        self.table = style.record_table(
            "timeline_table",
            self.tr("The incident's timeline"),
            self.model,
            description=self.tr("What happened in this incident and who noted it, oldest first"),
        )
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("what"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMNS.index("position"), QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COLUMNS.index("position"), 180)
        self.fitter = RowFitter(self.table)
        layout.addWidget(self.table, 1)
        self.empty_label = style.text_label("timeline_empty", 13)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        legend = style.text_label("timeline_legend", 12)
        legend.setText(
            self.tr(
                'Source: "Audit trail" rows are what the program recorded; "Written entry" '
                "rows (shaded) were written by hand."
            )
        )
        legend.setStyleSheet(f"color: {style.theme.muted_fg};")
        layout.addWidget(legend)

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count_label = style.text_label("timeline_count", 14, bold=True)
        row.addWidget(self.count_label, 1)
        person_label = QLabel(self.tr("&Person:"))
        style.set_point_size(person_label, 13)
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("timeline_person")
        self.person_combo.setAccessibleName(self.tr("Show the timeline of one person"))
        self.person_combo.setAccessibleDescription(
            self.tr("Show only what one person did or noted, or everyone's entries")
        )
        self.person_combo.setMinimumHeight(style.px(40))
        self.person_combo.setMinimumWidth(style.px(220))
        style.set_point_size(self.person_combo, 13)
        person_label.setBuddy(self.person_combo)
        self.person_combo.currentIndexChanged.connect(lambda _index: self._person_changed())
        row.addWidget(person_label)
        row.addWidget(self.person_combo)
        self.add_button = self._button(
            self.tr("&Add entry…"),
            "timeline_add",
            self.tr("Write down an activity or decision with its time"),
            self.add_entry,
            primary=True,
        )
        row.addWidget(self.add_button)
        self.print_button = self._button(
            self.tr("P&rint HICS 214…"),
            "timeline_print",
            self.tr("The activity log (HICS 214) of the whole incident, or of the person chosen"),
            self.print_log,
        )
        row.addWidget(self.print_button)
        return row

    # --- content --------------------------------------------------------------------------------
    def show_incident(self, incident: IncidentView) -> None:
        """Read the incident's timeline and its people again (keeping the chosen person)."""
        self.incident = incident
        self.message.clear_message()
        chosen = self.person()
        try:
            names = people(self.db, incident.id)
        except READ_FAILURES as exc:
            log.error("reading the people of a timeline failed: %s", exc)
            names = []
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("Everyone"), None)
        for name in names:
            self.person_combo.addItem(name, name)
        found = self.person_combo.findData(chosen) if chosen else 0
        self.person_combo.setCurrentIndex(max(found, 0))
        self.person_combo.blockSignals(False)
        self.reload()

    def person(self) -> str | None:
        data = self.person_combo.currentData()
        return str(data) if data else None

    def choose_person(self, name: str | None) -> bool:
        index = self.person_combo.findData(name) if name else 0
        if index < 0:
            return False
        self.person_combo.setCurrentIndex(index)
        return True

    def _person_changed(self) -> None:
        self.reload()

    def reload(self) -> None:
        if self.incident is None:
            return
        try:
            self.items = timeline(self.db, self.incident.id, self.person())
        except READ_FAILURES as exc:
            log.error("reading a timeline failed: %s", exc)
            self.items = []
            self.message.say(self.tr("The timeline could not be read."), "danger")
        self.model.set_rows(self.items)
        self.fitter.fit()
        if self.items:
            self.table.scrollToBottom()
        manual = sum(1 for i in self.items if i.source == "manual")
        person = self.person()
        if person:
            text = self.tr("Entries by {person}: {count} ({manual} written by hand)")
        else:
            text = self.tr("Entries: {count} ({manual} written by hand)")
        self.count_label.setText(
            text.format(count=len(self.items), manual=manual, person=person or "")
        )
        self.empty_label.setVisible(not self.items)
        self.empty_label.setText(self.tr("Nothing on this timeline yet."))

    def positions(self) -> list[str]:
        """Positions already used by hand (offered when writing another entry)."""
        return sorted({i.position for i in self.items if i.source == "manual" and i.position})

    # --- adding ---------------------------------------------------------------------------------
    def add_entry(self) -> TimelineEntryDialog | None:
        if self.incident is None:
            return None
        self.message.clear_message()
        dialog = TimelineEntryDialog(
            self.db,
            self.incident.id,
            self.session,
            self.typed_name or (self.person() or ""),
            self.positions(),
            self.window(),
        )
        dialog.entry_added.connect(self._entry_added)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _entry_added(self, item: TimelineItem) -> None:
        if self.dialog is not None:
            self.typed_name = self.dialog.actor_field.typed() or self.typed_name
        if self.incident is not None:
            self.show_incident(self.incident)  # a new person may have appeared
        self.message.say(self.tr("Entry added to the timeline."), "ok")
        self.changed.emit()

    # --- printing -------------------------------------------------------------------------------
    def print_log(self) -> object:
        """Preview (then print or save) the HICS 214 activity log of the incident, or of the
        person chosen; the print is logged as whoever is signed in."""
        incident = self.incident
        if incident is None:
            return None
        from app.services.incident_printing import print_activity_log
        from ui.dialogs.print_preview import preview_document, print_recorder

        db, reference, playbook, lang, person = (
            self.db,
            self.reference,
            self.playbook,
            self.lang,
            self.person(),
        )
        detail = f"{incident.ref}-{person}" if person else incident.ref
        self.print_preview = preview_document(
            self,
            "activity_log",
            lambda out, paper: print_activity_log(
                db,
                reference,
                playbook,
                incident.id,
                out,
                lang,
                person=person,
                paper_size=paper,
                log=False,
            ),
            detail=detail,
            record=print_recorder(db, "activity_log", incident.id, self.session),
        )
        return self.print_preview
