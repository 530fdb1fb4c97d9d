"""An incident's decisions and devices: the current version of every decision in it (class,
provisional, sign-off), adding a decision recorded earlier, the devices in scope with their state,
adding a device by its tag (a barcode scanner types it and Enter), setting the state of the selected
devices, and scoping by composition. New decisions are recorded on the Triage tab, with this
incident chosen in its Incident field."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.domain.incident_terms import label
from app.errors import AppError
from app.services.authority import AuthenticatedUser
from app.services.decisions import DecisionView
from app.services.incident_devices import (
    IncidentDeviceView,
    add_devices,
    incident_devices,
)
from app.services.incidents import (
    IncidentView,
    incident_decisions,
)
from app.services.reference import Reference
from app.services.signoff import signoff_state
from ui import style
from ui.dialogs.incident_decision_dialogs import AddDecisionDialog, SetStateDialog
from ui.dialogs.scope_dialog import ScopeDialog
from ui.models.signoff_queue_model import subject_text
from ui.session import SignInSession
from ui.signature_text import state_short
from ui.strings import category_name, class_short, class_title, local_time
from ui.views.incidents import scope_reason
from ui.views.incidents.tab_base import IncidentTab
from ui.views.incidents.tables import read_only_table
from ui.widgets.actor_field import WRITE_FAILURES, ActorField, not_saved
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.form_fields import line_edit
from ui.widgets.message_banner import MessageBanner

if TYPE_CHECKING:
    from app.services.playbook import Playbook

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
Actor = str | AuthenticatedUser


class DecisionsTab(IncidentTab):
    """Signals:
    changed(): a decision was added, or devices were added or changed state.
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
        super().__init__(db, reference, playbook, lang, session, "decisions_tab", parent)
        self.decisions: list[DecisionView] = []
        self.devices: list[IncidentDeviceView] = []
        self.dialog: QDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.hint = style.text_label("decisions_tab_hint", 12)
        layout.addWidget(self.hint)
        self.actor_field = ActorField(session, "decisions_tab_actor")
        self.message = MessageBanner("decisions_tab_message")
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._decisions_part())
        splitter.addWidget(self._devices_part())
        splitter.setSizes([260, 340])
        layout.addWidget(splitter, 1)

    # --- building -------------------------------------------------------------------------------
    def _button(
        self, text: str, name: str, slot: Callable[[], object], tip: str = ""
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        button.setToolTip(tip)
        button.setMinimumHeight(style.px(44))
        style.set_point_size(button, 13)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _decisions_part(self) -> QWidget:
        part = QWidget()
        column = QVBoxLayout(part)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.decisions_title = style.text_label("decisions_tab_title", 15, bold=True)
        row.addWidget(self.decisions_title)
        row.addWidget(self.actor_field, 1)
        self.add_decision_button = self._button(
            self.tr("Add &decision…"),
            "decisions_tab_add_decision",
            self.add_decision,
            self.tr("Add a decision recorded earlier (not yet in an incident)"),
        )
        row.addWidget(self.add_decision_button)
        column.addLayout(row)
        self.decision_table = read_only_table(
            "decisions_tab_decisions",
            self.tr("Decisions in this incident"),
            [
                self.tr("Device / category"),
                self.tr("Unit"),
                self.tr("Class"),
                self.tr("Sign-off"),
                self.tr("Provisional?"),
                self.tr("Recorded"),
            ],
            self.tr("Triage decisions recorded for this incident's devices"),
        )
        self.decision_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.decision_table.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.decision_table, 1)
        return part

    def _devices_part(self) -> QWidget:
        part = QWidget()
        column = QVBoxLayout(part)
        column.setContentsMargins(0, 0, 0, 0)
        self.devices_title = style.text_label("decisions_tab_devices_title", 15, bold=True)
        column.addWidget(self.devices_title)
        row = QHBoxLayout()
        tag_label = QLabel(self.tr("Add device by &tag:"))
        style.set_point_size(tag_label, 13)
        self.tag_input = line_edit("decisions_tab_tag", self.tr("Asset tag to add"))
        self.tag_input.setPlaceholderText(self.tr("scan or type the asset tag, then Enter"))
        self.tag_input.returnPressed.connect(self.add_device)
        tag_label.setBuddy(self.tag_input)
        row.addWidget(tag_label)
        row.addWidget(self.tag_input, 1)
        self.add_device_button = self._button(
            self.tr("Add de&vice"),
            "decisions_tab_add_device",
            self.add_device,
            self.tr("Add the device with the typed asset tag to this incident"),
        )
        row.addWidget(self.add_device_button)
        self.state_button = self._button(
            self.tr("Set &state…"),
            "decisions_tab_set_state",
            self.set_state,
            self.tr("Record the state of the selected devices (isolated, restored, …)"),
        )
        row.addWidget(self.state_button)
        self.scope_button = self._button(
            self.tr("Scope by &composition…"),
            "decisions_tab_scope",
            self.scope,
            self.tr("Add every device with the same model, firmware or software component"),
        )
        row.addWidget(self.scope_button)
        column.addLayout(row)
        self.device_table = read_only_table(
            "decisions_tab_devices",
            self.tr("Devices in scope"),
            [
                self.tr("Asset tag"),
                self.tr("Category"),
                self.tr("Model"),
                self.tr("Unit"),
                self.tr("State"),
                self.tr("Since"),
                self.tr("Added because"),
            ],
            self.tr("The devices this incident concerns; select several with Shift or Ctrl"),
        )
        self.device_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.device_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.device_table.horizontalHeader().setStretchLastSection(True)
        self.device_table.itemSelectionChanged.connect(self._enable)
        column.addWidget(self.device_table, 1)
        return part

    # --- showing --------------------------------------------------------------------------------
    def show_incident(self, incident: IncidentView) -> None:
        self.incident = incident
        self.message.clear_message()
        if incident.exercise:
            hint = self.tr(
                "Record the exercise's decisions on the Triage tab: choose {ref} in the "
                "Incident field before saving. They appear here, and are compared with the "
                "scenario's expected decisions in the after-action report."
            )
        else:
            hint = self.tr(
                "Record new decisions on the Triage tab: choose {ref} in the Incident field "
                "before saving. A decision recorded without it can be added here."
            )
        self.hint.setText(hint.format(ref=incident.ref))
        self.actor_field.setVisible(incident.is_open)
        self.refresh()

    def refresh(self) -> None:
        if self.incident is None:
            return
        try:
            self.decisions = incident_decisions(self.db, self.incident.id)
            self.devices = incident_devices(self.db, self.incident.id)
        except READ_FAILURES as exc:
            log.error("reading incident %s failed: %s", self.incident.ref, exc)
            self.message.say(self.tr("The decisions and devices could not be read."), "danger")
            return
        self._fill_decisions()
        self._fill_devices()
        self._enable()

    def _fill_decisions(self) -> None:
        table, lang = self.decision_table, self.lang
        table.setRowCount(len(self.decisions))
        for r, decision in enumerate(self.decisions):
            try:
                state = state_short(signoff_state(self.db, self.reference, decision))
            except READ_FAILURES as exc:
                log.error("reading the sign-off of %s failed: %s", decision.id, exc)
                state = "?"
            values = [
                subject_text(self.reference, decision, lang),
                decision.unit or "—",
                class_short(self.reference, decision.ir_class, lang),
                state,
                self.tr("PROVISIONAL") if decision.provisional else self.tr("no"),
                local_time(decision.created_at),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, decision.id)
                if c == 2:
                    item.setToolTip(class_title(self.reference, decision.ir_class, lang))
                table.setItem(r, c, item)
        self.decisions_title.setText(
            self.tr("Decisions ({count})").format(count=len(self.decisions))
        )

    def _fill_devices(self) -> None:
        table, lang = self.device_table, self.lang
        table.setRowCount(len(self.devices))
        for r, member in enumerate(self.devices):
            device = member.device
            values = [
                device.asset_tag,
                category_name(self.reference, device.category, lang) or "—",
                device.model or "—",
                device.unit or "—",
                label("device_state", member.state, lang),
                local_time(member.state_at or member.added_at),
                self._reason(member.reason),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, device.asset_tag)
                table.setItem(r, c, item)
        self.devices_title.setText(
            self.tr("Devices in scope ({count})").format(count=len(self.devices))
        )

    def _reason(self, reason: str) -> str:
        return scope_reason(reason)

    def selected_tags(self) -> list[str]:
        rows = sorted({index.row() for index in self.device_table.selectedIndexes()})
        return [self.devices[r].device.asset_tag for r in rows if r < len(self.devices)]

    def _enable(self) -> None:
        open_ = self.incident is not None and self.incident.is_open
        for widget in (self.add_decision_button, self.tag_input, self.add_device_button):
            widget.setEnabled(open_)
        self.state_button.setEnabled(open_ and bool(self.selected_tags()))
        self.scope_button.setEnabled(open_ and bool(self.devices))

    # --- actions --------------------------------------------------------------------------------
    def _actor(self) -> Actor | None:
        who = self.actor_field.actor()
        if who is None:
            self.actor_field.ask_for_name(self.message)
        return who

    def _saved(self, text: str) -> None:
        self.refresh()
        self.message.say(text, "ok")
        self.changed.emit()

    def add_device(self) -> int | None:
        """Add the device whose tag is typed (or scanned); the field empties once it is saved."""
        tag = self.tag_input.text().strip()
        if self.incident is None or not tag:
            return None
        who = self._actor()
        if who is None:
            return None
        try:
            count = add_devices(self.db, self.incident.id, [tag], reason="manual", by=who)
        except (AppError, *WRITE_FAILURES) as exc:
            self.message.say(*not_saved(exc, "adding a device to an incident"))
            self.tag_input.selectAll()
            self.tag_input.setFocus()
            return None
        self.tag_input.clear()
        self.tag_input.setFocus()
        if count:
            self._saved(self.tr("Added {tag}.").format(tag=tag))
        else:
            self.message.say(self.tr("{tag} is already in this incident.").format(tag=tag))
        return count

    def add_decision(self) -> AddDecisionDialog | None:
        if self.incident is None:
            return None
        who = self._actor()
        if who is None:
            return None
        dialog = AddDecisionDialog(self.db, self.reference, self.lang, self.incident, who, self)
        dialog.linked.connect(lambda _id: self._saved(self.tr("Decision added.")))
        self.dialog = dialog
        dialog.open()
        return dialog

    def set_state(self) -> SetStateDialog | None:
        tags = self.selected_tags()
        if self.incident is None or not tags:
            return None
        who = self._actor()
        if who is None:
            return None
        dialog = SetStateDialog(self.db, self.lang, self.incident, tags, who, self)
        dialog.saved.connect(
            lambda count: self._saved(
                self.tr("State saved for {count} device(s).").format(count=count)
            )
        )
        dialog.partly_saved.connect(lambda _count: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog

    def scope(self) -> ScopeDialog | None:
        if self.incident is None or not self.devices:
            return None
        who = self._actor()
        if who is None:
            return None
        selected = self.selected_tags()
        dialog = ScopeDialog(
            self.db, self.incident, self.devices, who, selected[0] if selected else None, self
        )
        dialog.added.connect(
            lambda count: self._saved(self.tr("{count} device(s) added.").format(count=count))
        )
        self.dialog = dialog
        dialog.open()
        return dialog
