"""An incident's decisions and devices: the current version of every decision in it (class,
provisional, sign-off), adding a decision recorded earlier, the devices in scope with their state,
adding a device by its tag (a barcode scanner types it and Enter), setting the state of the selected
devices, and scoping by composition. New decisions are recorded on the Triage tab, with this
incident chosen in its Incident field."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
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
from app.services.decisions import DecisionView, list_decisions
from app.services.incident_devices import (
    DEVICE_STATES,
    IncidentDeviceView,
    add_devices,
    incident_devices,
    set_device_state,
)
from app.services.incidents import (
    IncidentView,
    incident_decisions,
    incidents_of_decisions,
    link_decision,
)
from app.services.reference import Reference
from app.services.signoff import signoff_state
from ui import style
from ui.dialogs.scope_dialog import ScopeDialog
from ui.dialogs.timeline_entry_dialog import WRITE_FAILURES, ActorField, not_saved
from ui.models.signoff_queue_model import subject_text
from ui.session import SignInSession
from ui.signature_text import state_short
from ui.strings import category_name, class_short, class_title, local_time
from ui.views.incidents import exercise_banner
from ui.views.incidents.tables import read_only_table
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.form_fields import busy_cursor, dialog_button, fit_dialog, line_edit
from ui.widgets.message_banner import MessageBanner

if TYPE_CHECKING:
    from app.services.playbook import Playbook

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole
RECENT = 200  # decisions offered to add (newest first)
Actor = str | AuthenticatedUser


class DecisionsTab(QWidget):
    """Signals:
    changed(): a decision was added, or devices were added or changed state.
    """

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
        super().__init__(parent)
        self.setObjectName("decisions_tab")
        self.db, self.reference, self.playbook = db, reference, playbook
        self.lang, self.session = lang, session
        self.incident: IncidentView | None = None
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
        button.setMinimumHeight(44)
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
            self.tr("Add de&vice"), "decisions_tab_add_device", self.add_device
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
            self.tr("Devices in scope (select several with Shift or Ctrl)"),
            [
                self.tr("Asset tag"),
                self.tr("Category"),
                self.tr("Model"),
                self.tr("Unit"),
                self.tr("State"),
                self.tr("Since"),
                self.tr("Added because"),
            ],
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
        """Why a device is in scope: the two fixed reasons in words, a search's as recorded."""
        return {
            "manual": self.tr("added by hand"),
            "decision": self.tr("has a decision"),
        }.get(reason, reason)

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


class AddDecisionDialog(QDialog):
    """Add a decision recorded earlier: by its id, or picked from the recent ones not yet in any
    incident (Enter or a double click adds the selected one).

    Signals:
    linked(str): the decision id added.
    """

    linked = Signal(str)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        incident: IncidentView,
        actor: Actor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("add_decision_dialog")
        self.setWindowTitle(self.tr("Add a decision to {ref}").format(ref=incident.ref))
        self.db, self.reference, self.lang = db, reference, lang
        self.incident, self.actor = incident, actor
        layout = QVBoxLayout(self)
        if incident.exercise:
            layout.addWidget(exercise_banner("add_decision_exercise_banner"))
        intro = style.text_label("add_decision_intro", 13)
        intro.setText(
            self.tr(
                "Recent decisions not in any incident (newest first). Pick one, or type "
                "a decision id (the first 8 characters are enough)."
            )
        )
        layout.addWidget(intro)
        self.table = read_only_table(
            "add_decision_recent",
            self.tr("Recent decisions not in an incident"),
            [self.tr("Recorded"), self.tr("Device / category"), self.tr("Unit"), self.tr("Class")],
        )
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._picked)
        self.table.itemActivated.connect(lambda _item: self.link())
        layout.addWidget(self.table, 1)
        self.empty_label = style.text_label("add_decision_empty", 13)
        self.empty_label.setText(self.tr("No recent decision is outside an incident."))
        layout.addWidget(self.empty_label)
        form = QFormLayout()
        self.id_input = line_edit("add_decision_id", self.tr("Decision id"))
        id_label = QLabel(self.tr("Decision &id:"))
        style.set_point_size(id_label, 13)
        id_label.setBuddy(self.id_input)
        form.addRow(id_label, self.id_input)
        layout.addLayout(form)
        self.message = MessageBanner("add_decision_message", 14)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(dialog_button(self.tr("Cancel"), "add_decision_cancel", self.reject))
        self.add_button = dialog_button(
            self.tr("Add to incident"), "add_decision_add", self.link, primary=True
        )
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        self.recent = self._recent()
        self.table.setRowCount(len(self.recent))
        for r, decision in enumerate(self.recent):
            for c, value in enumerate(
                [
                    local_time(decision.created_at),
                    subject_text(reference, decision, lang),
                    decision.unit or "—",
                    class_title(reference, decision.ir_class, lang),
                ]
            ):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, decision.id)
                self.table.setItem(r, c, item)
        self.empty_label.setVisible(not self.recent)
        (self.table if self.recent else self.id_input).setFocus()
        fit_dialog(self, 820)
        self.resize(self.width(), max(self.height(), 520))

    def _recent(self) -> list[DecisionView]:
        try:
            recent = [d for d in list_decisions(self.db, RECENT) if d.superseded_by is None]
            taken = incidents_of_decisions(self.db, [d.id for d in recent])
        except READ_FAILURES as exc:
            log.error("reading recent decisions failed: %s", exc)
            return []
        return [d for d in recent if d.id not in taken]

    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.recent):
            self.id_input.setText(self.recent[rows[0].row()].id)

    def link(self) -> bool | None:
        decision_id = self.id_input.text().strip()
        if not decision_id:
            self.message.say(self.tr("Pick a decision, or type its id."))
            self.id_input.setFocus()
            return None
        try:
            with busy_cursor():
                added = link_decision(self.db, self.incident.id, decision_id, by=self.actor)
        except (AppError, *WRITE_FAILURES) as exc:
            self.message.say(*not_saved(exc, "adding a decision to an incident"))
            return None
        if not added:
            self.message.say(self.tr("That decision is already in this incident."))
            return False
        self.linked.emit(decision_id)
        self.accept()
        return True


class SetStateDialog(QDialog):
    """The new state of the selected devices, with a note (each device's change is saved on its
    own; if one fails, the dialog says which were saved).

    Signals:
    saved(int): every device's state was saved.
    partly_saved(int): only this many were saved before a refusal.
    """

    saved = Signal(int)
    partly_saved = Signal(int)

    def __init__(
        self,
        db: Database,
        lang: str,
        incident: IncidentView,
        tags: list[str],
        actor: Actor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("set_state_dialog")
        self.setWindowTitle(self.tr("Set the state of {count} device(s)").format(count=len(tags)))
        self.db, self.incident, self.tags, self.actor = db, incident, list(tags), actor
        layout = QVBoxLayout(self)
        if incident.exercise:
            layout.addWidget(exercise_banner("set_state_exercise_banner"))
        which = style.text_label("set_state_devices", 13, bold=True)
        which.setText(self.tr("Devices: {tags}").format(tags=", ".join(tags)))
        layout.addWidget(which)
        form = QFormLayout()
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("set_state_state")
        self.state_combo.setAccessibleName(self.tr("New state"))
        self.state_combo.setMinimumHeight(40)
        style.set_point_size(self.state_combo, 14)
        for state in DEVICE_STATES:
            self.state_combo.addItem(label("device_state", state, lang), state)
        self.note_input = QPlainTextEdit()
        self.note_input.setObjectName("set_state_note")
        self.note_input.setAccessibleName(self.tr("Note"))
        self.note_input.setTabChangesFocus(True)
        self.note_input.setFixedHeight(90)
        style.set_point_size(self.note_input, 13)
        for text, widget in (
            (self.tr("&State:"), self.state_combo),
            (self.tr("&Note (optional):"), self.note_input),
        ):
            title = QLabel(text)
            style.set_point_size(title, 13)
            title.setBuddy(widget)
            form.addRow(title, widget)
        layout.addLayout(form)
        self.message = MessageBanner("set_state_message", 14)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(dialog_button(self.tr("Cancel"), "set_state_cancel", self.reject))
        self.save_button = dialog_button(
            self.tr("Save state"), "set_state_save", self.save, primary=True
        )
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.state_combo.setFocus()
        fit_dialog(self, 560)

    def choose(self, state: str) -> None:
        self.state_combo.setCurrentIndex(self.state_combo.findData(state))

    def save(self) -> int | None:
        state = str(self.state_combo.currentData())
        note = self.note_input.toPlainText() or None
        done = 0
        for tag in list(self.tags):
            try:
                set_device_state(self.db, self.incident.id, tag, state, by=self.actor, note=note)
            except (AppError, *WRITE_FAILURES) as exc:
                text, kind = not_saved(exc, "setting a device state")
                if done:
                    text = self.tr(
                        "{done} device(s) saved; {tag} and the ones after it: {problem}"
                    ).format(done=done, tag=tag, problem=text)
                    self.partly_saved.emit(done)
                self.message.say(text, kind)
                return None
            self.tags.remove(tag)
            done += 1
        self.saved.emit(done)
        self.accept()
        return done
