"""The small dialogs of the incident Decisions tab: add a recorded decision, set device states."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.domain.incident_terms import label
from app.errors import AppError
from app.services.decisions import DecisionView, list_decisions
from app.services.incident_devices import (
    DEVICE_STATES,
    set_device_state,
)
from app.services.incidents import (
    IncidentView,
    incidents_of_decisions,
    link_decision,
)
from app.services.reference import Reference
from ui import style
from ui.models.signoff_queue_model import subject_text
from ui.strings import class_title, local_time
from ui.views.incidents import exercise_banner
from ui.views.incidents.tables import read_only_table
from ui.widgets.actor_field import WRITE_FAILURES, Actor, not_saved
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.form_fields import busy_cursor, cancel_tip, dialog_button, fit_dialog, line_edit
from ui.widgets.message_banner import MessageBanner

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole
RECENT = 200  # decisions offered to add (newest first)


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
            self.tr("Choose a decision to add it to this incident, or press Enter on it"),
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
        self.id_input = line_edit(
            "add_decision_id",
            self.tr("Decision id"),
            description=self.tr(
                "The id of a decision not in the table; its first 8 characters are enough"
            ),
        )
        id_label = QLabel(self.tr("Decision &id:"))
        style.set_point_size(id_label, 13)
        id_label.setBuddy(self.id_input)
        form.addRow(id_label, self.id_input)
        layout.addLayout(form)
        self.message = MessageBanner("add_decision_message", 14)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(
            dialog_button(self.tr("Cancel"), "add_decision_cancel", self.reject, tip=cancel_tip())
        )
        self.add_button = dialog_button(
            self.tr("Add to incident"),
            "add_decision_add",
            self.link,
            primary=True,
            tip=self.tr("Make the chosen decision part of this incident"),
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
        self.state_combo.setAccessibleDescription(
            self.tr("What is now true of the devices, e.g. isolated from the network or restored")
        )
        self.state_combo.setMinimumHeight(style.px(40))
        style.set_point_size(self.state_combo, 14)
        for state in DEVICE_STATES:
            self.state_combo.addItem(label("device_state", state, lang), state)
        self.note_input = QPlainTextEdit()
        self.note_input.setObjectName("set_state_note")
        self.note_input.setAccessibleName(self.tr("Note"))
        self.note_input.setAccessibleDescription(
            self.tr("Optional: anything to keep with the change of state")
        )
        self.note_input.setTabChangesFocus(True)
        self.note_input.setFixedHeight(style.px(90))
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
        buttons.addWidget(
            dialog_button(self.tr("Cancel"), "set_state_cancel", self.reject, tip=cancel_tip())
        )
        self.save_button = dialog_button(
            self.tr("Save state"),
            "set_state_save",
            self.save,
            primary=True,
            tip=self.tr("Record the new state of these devices on the incident's timeline"),
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
