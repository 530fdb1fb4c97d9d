"""Lessons learned (PIR-01..03): what happened, what worked, what did not, and the improvement
actions with an owner and a due date (overdue ones say so in words).

Save is enabled once something changed; if saving fails, everything typed stays. Lessons and
actions can be written after the incident closed (that is when the review usually happens).
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.domain.incident_terms import label
from app.errors import AppError
from app.services.incidents import IncidentView
from app.services.lessons import (
    ActionView,
    LessonsView,
    add_action,
    get_lessons,
    save_lessons,
    set_action_status,
)
from app.services.reference import Reference
from ui import style
from ui.models.list_table_model import AnyIndex, ListTableModel
from ui.session import SignInSession
from ui.strings import local_date, local_time
from ui.views.incidents.checklist_tab import RowFitter
from ui.views.incidents.tab_base import IncidentTab
from ui.widgets.actor_field import WRITE_FAILURES, ActorField, not_saved
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.form_fields import cancel_tip, dialog_button, fit_dialog, line_edit
from ui.widgets.message_banner import MessageBanner

if TYPE_CHECKING:
    from app.services.playbook import Playbook

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
FIELDS = ("what_happened", "what_worked", "what_did_not")
COLUMNS = ("action", "owner", "due", "status")


def overdue(action: ActionView, today: date) -> bool:
    return action.status == "open" and bool(action.due) and date.fromisoformat(action.due) < today


class ActionModel(ListTableModel):
    columns = COLUMNS

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.today = date.today()

    def header_labels(self) -> tuple[str, ...]:
        return (
            translate("LessonsTab", "Action"),
            translate("LessonsTab", "Owner"),
            translate("LessonsTab", "Due"),
            translate("LessonsTab", "Status"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        action: ActionView | None = self.row_at(index.row()) if index.isValid() else None
        if action is None:
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(action, column)
        if role == Qt.ItemDataRole.FontRole and column == "status" and overdue(action, self.today):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, action: ActionView, column: str) -> str:
        if column == "action":
            return action.action
        if column == "owner":
            return action.owner
        if column == "due":
            return local_date(action.due) or translate("LessonsTab", "no due date")
        status = label("action", action.status, self.lang)
        if overdue(action, self.today):
            return translate("LessonsTab", "{status} — OVERDUE").format(status=status)
        return status


class AddActionDialog(QDialog):
    """Signals:
    action_added(ActionView): the action is saved (open).
    """

    action_added = Signal(object)

    def __init__(
        self,
        db: Database,
        incident_id: str,
        session: SignInSession | None,
        typed_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("add_action_dialog")
        self.setWindowTitle(self.tr("Add an improvement action"))
        self.db = db
        self.incident_id = incident_id
        self.added: ActionView | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.action_input = line_edit("add_action_text", self.tr("Action"))
        self.action_input.setPlaceholderText(
            self.tr("required, e.g. update the pump downtime card")
        )
        self.owner_input = line_edit("add_action_owner", self.tr("Owner"))
        self.owner_input.setPlaceholderText(self.tr("required: who will do it"))
        self.due_input = line_edit("add_action_due", self.tr("Due date"))
        self.due_input.setPlaceholderText(self.tr("optional, YYYY-MM-DD"))
        for text, field in (
            (self.tr("&Action:"), self.action_input),
            (self.tr("&Owner:"), self.owner_input),
            (self.tr("&Due date:"), self.due_input),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            style.set_point_size(caption, 13)
            form.addRow(caption, field)
        self.actor_field = ActorField(session, "add_action_actor", typed_name, form=form)
        layout.addLayout(form)
        self.message = MessageBanner("add_action_message")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(
            dialog_button(self.tr("Cancel"), "add_action_cancel", self.reject, tip=cancel_tip())
        )
        self.save_button = dialog_button(
            self.tr("Add action"),
            "add_action_save",
            self.save,
            primary=True,
            tip=self.tr("Add this action to the incident's list of improvements"),
        )
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.action_input.setFocus()
        fit_dialog(self, 620)

    def save(self) -> ActionView | None:
        actor = self.actor_field.actor()
        if actor is None:
            self.actor_field.ask_for_name(self.message)
            return None
        try:
            action = add_action(
                self.db,
                self.incident_id,
                action=self.action_input.text(),
                owner=self.owner_input.text(),
                due=self.due_input.text() or None,
                by=actor,
            )
        except (AppError, *WRITE_FAILURES) as exc:
            self.message.say(*not_saved(exc, "adding an action"))
            return None
        self.added = action
        self.action_added.emit(action)
        self.accept()
        return action


class LessonsTab(IncidentTab):
    """Signals:
    changed(): the form or an action was saved.
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
        super().__init__(db, reference, playbook, lang, session, "lessons_tab", parent)
        self.saved: dict[str, str] = dict.fromkeys(FIELDS, "")
        self.dialog: AddActionDialog | None = None
        self.model = ActionModel(lang, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._form())
        splitter.addWidget(self._actions())
        splitter.setSizes([430, 280])
        layout.addWidget(splitter, 1)

    def _form(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.saved_label = style.text_label("lessons_saved", 13)
        column.addWidget(self.saved_label)
        grid = QGridLayout()
        self.inputs: dict[str, QPlainTextEdit] = {}
        captions = {
            "what_happened": self.tr("What &happened"),
            "what_worked": self.tr("What &worked"),
            "what_did_not": self.tr("What did not wor&k"),
        }
        helps = {
            "what_happened": self.tr("A short account of the incident, in your own words"),
            "what_worked": self.tr("What went well and should be kept for next time"),
            "what_did_not": self.tr("What went badly or was missing, to be improved"),
        }
        for number, field in enumerate(FIELDS):
            caption = QLabel(captions[field])
            style.set_point_size(caption, 14, bold=True)
            edit = QPlainTextEdit()
            edit.setObjectName(f"lessons_{field}")
            edit.setAccessibleName(captions[field].replace("&", ""))
            edit.setAccessibleDescription(helps[field])
            edit.setTabChangesFocus(True)
            style.set_point_size(edit, 14)
            edit.textChanged.connect(self._edited)
            caption.setBuddy(edit)
            grid.addWidget(caption, 0, number)
            grid.addWidget(edit, 1, number)
            self.inputs[field] = edit
        column.addLayout(grid, 1)
        row = QHBoxLayout()
        self.actor_field = ActorField(self.session, "lessons_actor")
        row.addWidget(self.actor_field, 1)
        self.save_button = QPushButton(self.tr("&Save lessons"))
        self.save_button.setObjectName("lessons_save")
        self.save_button.setAccessibleName(self.tr("Save lessons"))
        self.save_button.setToolTip(self.tr("Save the three texts of lessons learned"))
        self.save_button.setProperty("role", "primary")
        style.set_point_size(self.save_button, 15, bold=True)
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        row.addWidget(self.save_button)
        column.addLayout(row)
        self.message = MessageBanner("lessons_message")
        column.addWidget(self.message)
        return box

    def _actions(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.actions_label = style.text_label("lessons_actions_title", 14, bold=True)
        row.addWidget(self.actions_label, 1)
        self.add_button = self._button(
            self.tr("&Add action…"),
            "lessons_add_action",
            self.add,
            self.tr("Add an improvement action with its owner and due date"),
        )
        self.done_button = self._button(
            self.tr("Mark &done"),
            "lessons_action_done",
            lambda: self.set_status("done"),
            self.tr("Mark the chosen action as done"),
        )
        self.reopen_button = self._button(
            self.tr("&Reopen"),
            "lessons_action_reopen",
            lambda: self.set_status("open"),
            self.tr("Mark the chosen action as not done yet"),
        )
        for button in (self.add_button, self.done_button, self.reopen_button):
            row.addWidget(button)
        column.addLayout(row)
        self.table = style.record_table(
            "lessons_actions",
            self.tr("Improvement actions"),
            self.model,
            description=self.tr("What is to be improved after this incident, by whom and by when"),
        )
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fitter = RowFitter(self.table)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        column.addWidget(self.table, 1)
        return box

    def _button(self, text: str, name: str, slot: Any, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        button.setToolTip(tip)
        button.setProperty("role", "secondary")
        style.set_point_size(button, 14)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- content --------------------------------------------------------------------------------
    def show_incident(self, incident: IncidentView) -> None:
        """Read the lessons and actions again. Unsaved changes to the same incident's form stay."""
        keep_typed = self.incident is not None and self.incident.id == incident.id and self.dirty()
        self.incident = incident
        try:
            lessons = get_lessons(self.db, incident.id)
        except READ_FAILURES as exc:
            log.error("reading lessons learned failed: %s", exc)
            self.message.say(self.tr("The lessons learned could not be read."), "danger")
            return
        self._show_lessons(lessons, keep_typed)

    def _show_lessons(self, lessons: LessonsView, keep_typed: bool = False) -> None:
        self.saved = {f: getattr(lessons, f) for f in FIELDS}
        if not keep_typed:
            for field, edit in self.inputs.items():
                edit.blockSignals(True)
                edit.setPlainText(self.saved[field])
                edit.blockSignals(False)
        if lessons.updated_at:
            self.saved_label.setText(
                self.tr("Last saved by {who}, {when}").format(
                    who=lessons.updated_by or "", when=local_time(lessons.updated_at)
                )
            )
        else:
            self.saved_label.setText(self.tr("Not written yet."))
        self._edited()
        self._show_actions(lessons.actions)

    def _show_actions(self, actions: tuple[ActionView, ...], select: str | None = None) -> None:
        wanted = select or (self.selected().id if self.selected() else None)
        self.model.today = date.today()
        self.model.set_rows(actions)
        self.fitter.fit()
        late = sum(1 for a in actions if overdue(a, self.model.today))
        done = sum(1 for a in actions if a.status == "done")
        text = self.tr("Improvement actions: {done} of {total} done").format(
            done=done, total=len(actions)
        )
        if late:
            text += self.tr(", {late} OVERDUE").format(late=late)
        self.actions_label.setText(text)
        row = next((i for i, a in enumerate(actions) if a.id == wanted), 0)
        if actions:
            self.table.selectRow(row)
        self._selection_changed(QItemSelection(), QItemSelection())

    def typed(self) -> dict[str, str]:
        return {f: e.toPlainText() for f, e in self.inputs.items()}

    def dirty(self) -> bool:
        return any(t.strip() != self.saved[f].strip() for f, t in self.typed().items())

    def _edited(self) -> None:
        self.save_button.setEnabled(self.incident is not None and self.dirty())

    def selected(self) -> ActionView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_action(self, action_id: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == action_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        action = self.selected()
        self.done_button.setEnabled(action is not None and action.status == "open")
        self.reopen_button.setEnabled(action is not None and action.status == "done")

    # --- saving ---------------------------------------------------------------------------------
    def save(self) -> LessonsView | None:
        """Save the three answers; on failure they stay as typed and Save stays enabled."""
        if self.incident is None or not self.dirty():
            return None
        actor = self.actor_field.actor()
        if actor is None:
            self.actor_field.ask_for_name(self.message)
            return None
        typed = self.typed()
        try:
            lessons = save_lessons(
                self.db,
                self.incident.id,
                what_happened=typed["what_happened"],
                what_worked=typed["what_worked"],
                what_did_not=typed["what_did_not"],
                by=actor,
            )
        except (AppError, *WRITE_FAILURES) as exc:
            self.message.say(*not_saved(exc, "saving lessons learned"))
            return None
        self._show_lessons(lessons)
        self.message.say(self.tr("Lessons learned saved."), "ok")
        self.changed.emit()
        return lessons

    def add(self) -> AddActionDialog | None:
        if self.incident is None:
            return None
        self.message.clear_message()
        dialog = AddActionDialog(
            self.db, self.incident.id, self.session, self.actor_field.typed(), self.window()
        )
        dialog.action_added.connect(self._action_added)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _action_added(self, action: ActionView) -> None:
        if self.dialog is not None and not self.actor_field.typed():
            self.actor_field.name_input.setText(self.dialog.actor_field.typed())
        self._reload_actions(select=action.id)
        self.message.say(self.tr("Action added."), "ok")
        self.changed.emit()

    def _reload_actions(self, select: str | None = None) -> None:
        if self.incident is None:
            return
        try:
            lessons = get_lessons(self.db, self.incident.id)
        except READ_FAILURES as exc:
            log.error("reading lessons learned failed: %s", exc)
            return
        self._show_actions(lessons.actions, select)

    def set_status(self, status: str) -> ActionView | None:
        action = self.selected()
        if action is None or action.status == status:
            return None
        actor = self.actor_field.actor()
        if actor is None:
            self.actor_field.ask_for_name(self.message)
            return None
        try:
            changed = set_action_status(self.db, action.id, status, by=actor)
        except (AppError, *WRITE_FAILURES) as exc:
            self.message.say(*not_saved(exc, "changing an action"))
            return None
        self._reload_actions(select=changed.id)
        self.message.say(
            self.tr("Saved: the action is now {status}.").format(
                status=label("action", changed.status, self.lang)
            ),
            "ok",
        )
        self.changed.emit()
        return changed
