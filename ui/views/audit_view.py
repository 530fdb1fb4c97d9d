"""The Audit tab: the events of the audit trail (newest first), filtered by record, person and
time; the details of one event; verifying the whole trail; exporting it to CSV or JSON."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import BadInputError
from app.services.audit import EventFilter, EventView, export_audit, list_events, verify_audit
from ui import dialog_service, style
from ui.error_text import error_text
from ui.locale_format import edit_format
from ui.models.event_table_model import EventTableModel, actor_text
from ui.session import SignInSession
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.form_fields import line_edit
from ui.widgets.message_banner import MessageBanner

log = logging.getLogger(__name__)
LIMIT = 10_000
EXPORT_FILTERS = "CSV (*.csv);;JSON (*.json)"


def utc_iso(moment: QDateTime) -> str:
    """A local date and time from the editor as the trail stores times (UTC, ISO 8601)."""
    local = moment.toPython().astimezone()
    return local.astimezone(UTC).isoformat(timespec="microseconds")


class AuditView(QWidget):
    def __init__(self, session: SignInSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_view")
        self.session = session
        self.db = session.db
        self.model = EventTableModel(session.reference, session.lang, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        title = QLabel(self.tr("Audit trail (newest first)"))
        style.set_point_size(title, 18, bold=True)
        top.addWidget(title, 1)
        self.verify_button = style.action_button(
            self.tr("&Verify trail"),
            "audit_verify",
            self.tr("Check every event, decision, signature and key against the trail"),
            self.verify,
        )
        self.export_button = style.action_button(
            self.tr("&Export…"),
            "audit_export",
            self.tr("Write the whole trail to a CSV or JSON file"),
            self.export,
        )
        for button in (self.verify_button, self.export_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
            style.set_point_size(button, 14)
            top.addWidget(button)
        layout.addLayout(top)
        layout.addLayout(self._filters())
        self.message = MessageBanner("audit_message")
        layout.addWidget(self.message)
        self.count_label = style.text_label("audit_count", 12)
        layout.addWidget(self.count_label)
        layout.addWidget(self._body(), 1)

    def _filters(self) -> QGridLayout:
        grid = QGridLayout()
        self.record_input = line_edit("audit_filter_record", self.tr("Record id"))
        self.record_input.setPlaceholderText(self.tr("a decision id, account id, …"))
        self.actor_input = line_edit("audit_filter_actor", self.tr("Who"))
        self.actor_input.setPlaceholderText(self.tr("part of a name"))
        for field in (self.record_input, self.actor_input):
            field.returnPressed.connect(self.refresh)
        self.since_check, self.since_edit = self._time_filter("since", self.tr("&From:"))
        self.until_check, self.until_edit = self._time_filter("until", self.tr("&To:"))
        record_label, actor_label = QLabel(self.tr("&Record:")), QLabel(self.tr("&Who:"))
        record_label.setBuddy(self.record_input)
        actor_label.setBuddy(self.actor_input)
        for column, widget in enumerate(
            (record_label, self.record_input, actor_label, self.actor_input)
        ):
            grid.addWidget(widget, 0, column)
        for column, widget in enumerate(
            (self.since_check, self.since_edit, self.until_check, self.until_edit)
        ):
            grid.addWidget(widget, 1, column)
        show = style.action_button(
            self.tr("&Show"), "audit_apply", self.tr("Show the events that match"), self.refresh
        )
        clear = style.action_button(
            self.tr("&Clear filters"), "audit_clear", self.tr("Show every event"), self.clear
        )
        show.setAccessibleName(self.tr("Show"))
        clear.setAccessibleName(self.tr("Clear filters"))
        grid.addWidget(show, 0, 4)
        grid.addWidget(clear, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _time_filter(self, name: str, text: str) -> tuple[QCheckBox, QDateTimeEdit]:
        check = QCheckBox(text)
        check.setObjectName(f"audit_{name}_on")
        edit = QDateTimeEdit(QDateTime.currentDateTime())
        edit.setObjectName(f"audit_{name}")
        edit.setAccessibleName(text.replace("&", "").rstrip(":"))
        edit.setDisplayFormat(edit_format())
        edit.setCalendarPopup(True)
        edit.setMinimumHeight(style.px(36))
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        if name == "since":
            check.setAccessibleDescription(self.tr("Tick to show only events from a time on"))
            edit.setAccessibleDescription(self.tr("The earliest time of the events shown"))
        else:
            check.setAccessibleDescription(self.tr("Tick to show only events up to a time"))
            edit.setAccessibleDescription(self.tr("The latest time of the events shown"))
        for widget in (check, edit):
            style.set_point_size(widget, 13)
        return check, edit

    def _body(self) -> QSplitter:
        self.table = style.record_table(
            "audit_table",
            self.tr("Events of the audit trail"),
            self.model,
            points=12,
            row=32,
            description=self.tr(
                "Who did what and when, newest first; choose a row to read its details below"
            ),
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._show_event())
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("audit_detail")
        self.detail.setAccessibleName(self.tr("Details of the selected event"))
        self.detail.setAccessibleDescription(
            self.tr("Everything recorded about the event chosen in the table, read-only")
        )
        self.detail.setReadOnly(True)
        style.set_point_size(self.detail, 12)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([420, 160])
        return splitter

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # --- reading --------------------------------------------------------------------------------
    def event_filter(self) -> EventFilter:
        return EventFilter(
            entity_id=self.record_input.text().strip() or None,
            actor=self.actor_input.text().strip() or None,
            since=utc_iso(self.since_edit.dateTime()) if self.since_check.isChecked() else None,
            until=utc_iso(self.until_edit.dateTime()) if self.until_check.isChecked() else None,
        )

    def refresh(self) -> None:
        try:
            events = list_events(self.db, self.event_filter(), limit=LIMIT, newest_first=True)
        except READ_FAILURES as exc:
            log.error("reading the audit trail failed: %s", exc)
            self.message.say(self.tr("The audit trail could not be read."), "danger")
            events = []
        self.model.set_rows(events)
        text = self.tr("{count} event(s)").format(count=len(events))
        if len(events) >= LIMIT:
            text += " " + self.tr("(the newest {limit} only: narrow the filter)").format(
                limit=LIMIT
            )
        self.count_label.setText(text)
        if events:
            self.table.selectRow(0)
        self._show_event()

    def clear(self) -> None:
        self.record_input.clear()
        self.actor_input.clear()
        self.since_check.setChecked(False)
        self.until_check.setChecked(False)
        self.refresh()

    def selected_event(self) -> EventView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.event_at(rows[0].row()) if rows else None

    def _show_event(self) -> None:
        event = self.selected_event()
        if event is None:
            self.detail.clear()
            return
        lines = [
            f"{event.seq}  {event.at}  {event.kind}",
            f"{event.entity} {event.entity_id}",
            self.tr("Who: {actor} ({role})").format(
                actor=actor_text(event),
                role=event.actor_role or "—",
            ),
            self.tr("Sealed: {sealed} · hash {hash}").format(
                sealed=self.tr("yes") if event.sealed else self.tr("no"), hash=event.hash
            ),
            "",
            json.dumps(event.payload, ensure_ascii=False, indent=2, sort_keys=True),
        ]
        self.detail.setPlainText("\n".join(lines))

    # --- checking and exporting -----------------------------------------------------------------
    def verify(self) -> bool | None:
        """Verify the whole trail; True when intact (None when it could not be read)."""
        try:
            report = verify_audit(self.db)
        except READ_FAILURES as exc:
            log.error("verifying the audit trail failed: %s", exc)
            self.message.say(self.tr("The audit trail could not be read."), "danger")
            return None
        counts = self.tr(
            "{events} events, {decisions} decisions, {signatures} signatures, {keys} keys"
        ).format(
            events=report.events,
            decisions=report.decisions,
            signatures=report.signatures,
            keys=report.keys,
        )
        seals = (
            self.tr("seals checked")
            if report.seals == "checked"
            else self.tr("seals not checked (this computer has no seal key)")
        )
        if report.intact:
            self.message.say(
                self.tr("The audit trail is intact: {counts}; {seals}.").format(
                    counts=counts, seals=seals
                ),
                "ok",
            )
            return True
        self.message.say(
            self.tr("The audit trail is NOT intact: {count} problem(s). First: {problem}").format(
                count=len(report.problems), problem=report.problems[0].text()
            ),
            "danger",
        )
        return False

    def export(self) -> Path | None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        suggested = Path.home() / f"mdir-desk-audit-{stamp}.csv"
        target = dialog_service.choose_save_file(
            self, self.tr("Export the audit trail"), suggested, EXPORT_FILTERS
        )
        if target is None:
            return None
        if target.suffix.lower() not in (".csv", ".json"):
            target = target.with_name(target.name + ".csv")
        try:
            count = export_audit(self.db, target, by=self.session.user)  # None: the OS account
        except BadInputError as exc:
            dialog_service.show_error(self, self.tr("Export failed"), error_text(exc))
            return None
        except READ_FAILURES as exc:
            log.error("exporting the audit trail failed: %s", exc)
            dialog_service.show_error(
                self, self.tr("Export failed"), self.tr("The audit trail could not be read.")
            )
            return None
        dialog_service.show_info(
            self,
            self.tr("Audit trail exported"),
            self.tr("{count} events written to {path}.").format(count=count, path=target),
        )
        self.refresh()  # the export itself is an event
        return target
