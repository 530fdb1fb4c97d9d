"""The incident's checklist (DOMAIN.md §5): its items by CSA phase, each with its status.

Select an item (arrow keys), type a note if useful, then Done / Not applicable / Reopen (Alt+D,
Alt+N, Alt+O). Items needed to close the incident say so in words; the closing item (PIR-08) is
shown but done only by closing the incident. A closed incident's checklist is read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.domain.checklists import ChecklistCatalog
from app.domain.incident_terms import label
from app.errors import AppError
from app.services.incident_checklist import CheckView, checklist, set_check
from app.services.incidents import IncidentView
from app.services.reference import Reference
from ui import style
from ui.models.list_table_model import AnyIndex, ListTableModel
from ui.session import SignInSession
from ui.strings import local_time
from ui.views.incidents.tab_base import IncidentTab
from ui.widgets.actor_field import WRITE_FAILURES, ActorField, not_saved
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.message_banner import MessageBanner
from ui.widgets.scroll_body import scroll_body

if TYPE_CHECKING:
    from app.services.playbook import Playbook
from ui.widgets.wrapped_rows import RowFitter

COLUMNS = ("id", "action", "owner", "status", "by", "note")
translate = QCoreApplication.translate
WIDTHS = {2: 150, 3: 150, 4: 150, 5: 130}  # owner, status, by / when, note (they wrap)


class ChecklistTab(IncidentTab):
    """Signals:
    changed(): an item's status was saved.
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
        super().__init__(db, reference, playbook, lang, session, "checklist_tab", parent)
        self.catalog = playbook.checklists
        self.checks: list[CheckView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(self._top_row())
        self.closed_label = style.text_label("checklist_closed", 13, bold=True)
        self.closed_label.setStyleSheet(
            style.banner_style(style.theme.warning_bg, style.theme.warning_fg)
        )
        self.closed_label.hide()
        layout.addWidget(self.closed_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._table())
        splitter.addWidget(self._editor())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 200])
        layout.addWidget(splitter, 1)

    # --- building -------------------------------------------------------------------------------
    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count_label = style.text_label("checklist_count", 14, bold=True)
        row.addWidget(self.count_label, 1)
        show_label = QLabel(self.tr("&Show:"))
        style.set_point_size(show_label, 13)
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("checklist_filter")
        self.filter_combo.setAccessibleName(self.tr("Which items to show"))
        self.filter_combo.setAccessibleDescription(
            self.tr("Show every checklist item, or only those not done yet")
        )
        self.filter_combo.addItem(self.tr("All items"), "all")
        self.filter_combo.addItem(self.tr("Open items only"), "open")
        self.filter_combo.setMinimumHeight(style.px(36))
        style.set_point_size(self.filter_combo, 13)
        show_label.setBuddy(self.filter_combo)
        self.filter_combo.currentIndexChanged.connect(lambda _index: self._fill())
        row.addWidget(show_label)
        row.addWidget(self.filter_combo)
        return row

    def _table(self) -> QTableView:
        self.model = ChecklistModel(self.catalog, self.lang, self)
        table = style.record_table(
            "checklist_table",
            self.tr("Checklist items by phase"),
            self.model,
            description=self.tr("The playbook's steps for this incident and whether each is done"),
        )
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in WIDTHS.items():
            header.resizeSection(column, width)
        self.fitter = RowFitter(table)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table = table
        return table

    def _fit_rows(self) -> None:
        self.fitter.fit()

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selected()

    def _editor(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        detail_scroll, detail_layout = scroll_body(spacing=0)
        self.detail = style.text_label("checklist_detail", 13)
        self.detail.setAccessibleName(self.tr("The selected item"))
        detail_layout.addWidget(self.detail)
        detail_layout.addStretch(1)
        detail_scroll.setMinimumHeight(style.px(48))
        column.addWidget(detail_scroll, 1)
        note_row = QHBoxLayout()
        note_label = QLabel(self.tr("No&te:"))
        style.set_point_size(note_label, 13)
        self.note_input = QLineEdit()
        self.note_input.setObjectName("checklist_note")
        self.note_input.setAccessibleName(self.tr("Note for the status change"))
        self.note_input.setPlaceholderText(self.tr("optional: what was done, evidence IDs, why"))
        self.note_input.setMinimumHeight(style.px(40))
        style.set_point_size(self.note_input, 14)
        note_label.setBuddy(self.note_input)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note_input, 1)
        column.addLayout(note_row)
        buttons = note_row
        self.status_buttons: dict[str, QPushButton] = {}
        for status, text, tip, role in (
            ("done", self.tr("&Done"), self.tr("Mark the selected item done"), "primary"),
            (
                "na",
                self.tr("&Not applicable"),
                self.tr("Mark the selected item not applicable to this incident"),
                "secondary",
            ),
            ("open", self.tr("Re&open"), self.tr("Set the selected item open again"), "secondary"),
        ):
            button = QPushButton(text)
            button.setObjectName(f"checklist_{status}")
            button.setAccessibleName(text.replace("&", ""))
            button.setToolTip(tip)
            button.setProperty("role", role)
            style.set_point_size(button, 15, bold=role == "primary")
            button.clicked.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_buttons[status] = button
            buttons.addWidget(button)
        self.actor_field = ActorField(self.session, "checklist_actor")
        column.addWidget(self.actor_field)
        self.message = MessageBanner("checklist_message")
        column.addWidget(self.message)
        self.note_input.returnPressed.connect(lambda: self.set_status("done"))
        return box

    # --- content --------------------------------------------------------------------------------
    def show_incident(self, incident: IncidentView) -> None:
        """Read the incident's checklist again (keeping the selected item when it is still shown)."""
        self.incident = incident
        self.closed_label.setVisible(not incident.is_open)
        self.closed_label.setText(
            self.tr(
                "This incident is closed: its checklist is shown as it was and can no longer change."
            )
        )
        self.note_input.setEnabled(incident.is_open)
        self.actor_field.setVisible(incident.is_open)
        self.reload()

    def reload(self) -> None:
        if self.incident is None:
            return
        self.message.clear_message()
        try:
            self.checks = checklist(self.db, self.catalog, self.incident.id)
        except READ_FAILURES as exc:
            self.checks = []
            self.message.say(
                self.tr("The checklist could not be read: {problem}").format(
                    problem=getattr(exc, "message", None) or exc
                ),
                "danger",
            )
        self._fill()

    def shown_filter(self) -> str:
        return str(self.filter_combo.currentData())

    def _fill(self, select: str | None = None) -> None:
        wanted = select or self.selected_id()
        only_open = self.shown_filter() == "open"
        rows: list[Row] = []
        for phase in self.catalog.phases:
            checks = [c for c in self.checks if c.item.phase == phase]
            if only_open:
                checks = [c for c in checks if c.status == "open" and not c.item.closes_incident]
            if checks:
                done = sum(1 for c in checks if c.status != "open")
                heading = self.tr("{phase} — {done} of {total} done").format(
                    phase=self.catalog.phase_label(phase, self.lang), done=done, total=len(checks)
                )
                rows.append(heading)
                rows += checks
        self.model.status_text, self.model.by_text = self.status_text, self.by_text
        self.model.set_rows(rows)
        self.table.clearSpans()
        for index, row in enumerate(rows):
            if isinstance(row, str):
                self.table.setSpan(index, 0, 1, len(COLUMNS))
        self._fit_rows()
        self._count()
        if not (wanted and self.select_item(wanted)):
            ids = self.shown_ids()
            if ids:
                self.select_item(ids[0])
        self._show_selected()

    def status_text(self, check: CheckView) -> str:
        """The status in words, with "needed to close" or "done by closing" where it applies."""
        status = label("check", check.status, self.lang)
        if check.item.closes_incident:
            if check.status == "done":
                return self.tr("{status} (by closing the incident)").format(status=status)
            return self.tr("Done by closing the incident")
        if check.item.required_to_close:
            return self.tr("{status} · needed to close").format(status=status)
        return status

    def by_text(self, check: CheckView) -> str:
        if not check.by:
            return ""
        when = local_time(check.at) if check.at else ""
        return self.tr("{who}, {when}").format(who=check.by, when=when)

    def _count(self) -> None:
        total = len(self.checks)
        done = sum(1 for c in self.checks if c.status == "done")
        na = sum(1 for c in self.checks if c.status == "na")
        needed = sum(1 for c in self.checks if c.item.required_to_close and c.status == "open")
        text = self.tr("{done} of {total} done").format(done=done, total=total)
        if na:
            text += self.tr(", {na} not applicable").format(na=na)
        if needed:
            text += self.tr(" — {needed} still needed to close the incident").format(needed=needed)
        self.count_label.setText(text)

    # --- the selected item ----------------------------------------------------------------------
    def selected_id(self) -> str | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.item.id if isinstance(row, CheckView) else None

    def selected_check(self) -> CheckView | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row if isinstance(row, CheckView) else None

    def select_item(self, item_id: str) -> bool:
        """Make ``item_id`` the selected item (False when it is not shown)."""
        for index in range(self.model.rowCount()):
            row = self.model.row_at(index)
            if isinstance(row, CheckView) and row.item.id == item_id:
                self.table.selectRow(index)
                self.table.setCurrentIndex(self.model.index(index, 0))
                self.table.scrollTo(self.model.index(index, 0))
                return True
        return False

    def shown_ids(self) -> list[str]:
        return [
            row.item.id
            for row in (self.model.row_at(i) for i in range(self.model.rowCount()))
            if isinstance(row, CheckView)
        ]

    def _shown_after(self, item_id: str) -> list[str]:
        ids = self.shown_ids()
        return ids[ids.index(item_id) + 1 :] if item_id in ids else []

    def _show_selected(self) -> None:
        check = self.selected_check()
        editable = self.incident is not None and self.incident.is_open
        if check is None:
            self.detail.setText(self.tr("Select an item to change its status."))
            for button in self.status_buttons.values():
                button.setEnabled(False)
            return
        item = check.item
        lines = [  # the action itself is in the table
            self.tr("{item} · Owner: {owner} · Evidence to capture: {evidence}").format(
                item=item.id, owner=item.owner.get(self.lang), evidence=item.evidence.get(self.lang)
            ),
        ]
        state = self.tr("Status: {status}").format(status=self.status_text(check))
        if check.by:
            state += self.tr(" · last changed by {by}").format(by=self.by_text(check))
        if check.note:
            state += self.tr(" · note: {note}").format(note=check.note)
        lines.append(state)
        if item.closes_incident:
            lines.append(
                self.tr(
                    "This item is done by closing the incident (clinical leadership signs in "
                    "and closes it); it cannot be set here."
                )
            )
        self.detail.setText("\n".join(lines))
        settable = editable and not item.closes_incident
        for status, button in self.status_buttons.items():
            button.setEnabled(settable and check.status != status)

    # --- changing -------------------------------------------------------------------------------
    def set_status(self, status: str) -> CheckView | None:
        """Save ``status`` for the selected item with the note typed; the note stays if it fails."""
        check = self.selected_check()
        button = self.status_buttons[status]
        if check is None or self.incident is None or not button.isEnabled():
            return None
        actor = self.actor_field.actor()
        if actor is None:
            self.actor_field.ask_for_name(self.message)
            return None
        try:
            saved = set_check(
                self.db,
                self.catalog,
                self.incident.id,
                check.item.id,
                status,
                by=actor,
                note=self.note_input.text() or None,
            )
        except (AppError, *WRITE_FAILURES) as exc:
            self.message.say(*not_saved(exc, "changing a checklist item"))
            return None
        following = self._shown_after(saved.item.id)
        self.note_input.clear()
        self.reload()
        self.message.say(
            self.tr("Saved: {item} is now {status}.").format(
                item=saved.item.id, status=label("check", saved.status, self.lang)
            ),
            "ok",
        )
        # With "open items only" the item just done leaves the list: go on to the next one.
        for item_id in (saved.item.id, *following):
            if self.select_item(item_id):
                break
        self.changed.emit()
        return saved


Row = CheckView | str  # an item, or the heading of a phase


class ChecklistModel(ListTableModel):
    """The checklist as table rows: a phase heading (a string, spanning the row) before its items.
    Headings cannot be selected, so the arrow keys go from item to item."""

    columns = COLUMNS

    def __init__(self, catalog: ChecklistCatalog, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.lang = lang
        self.status_text: Callable[[CheckView], str] = lambda check: check.status
        self.by_text: Callable[[CheckView], str] = lambda check: check.by or ""

    def header_labels(self) -> tuple[str, ...]:
        return (
            translate("ChecklistTab", "Item"),
            translate("ChecklistTab", "Action"),
            translate("ChecklistTab", "Owner"),
            translate("ChecklistTab", "Status"),
            translate("ChecklistTab", "By / when"),
            translate("ChecklistTab", "Note"),
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        row = self.row_at(index.row())
        if isinstance(row, CheckView):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if isinstance(row, str):
            return self._heading(row, index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            evidence = translate("ChecklistTab", "Evidence to capture: {evidence}").format(
                evidence=row.item.evidence.get(self.lang)
            )
            return f"{self._text(row, COLUMNS[index.column()])}\n{evidence}"
        needed = row.item.required_to_close and row.status == "open"
        if role == Qt.ItemDataRole.FontRole and index.column() == 3 and needed:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _heading(self, text: str, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(style.theme.phase_bg))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(style.theme.phase_fg))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, check: CheckView, column: str) -> str:
        item = check.item
        values = {
            "id": item.id,
            "action": item.action.get(self.lang),
            "owner": item.owner.get(self.lang),
            "status": self.status_text(check),
            "by": self.by_text(check),
            "note": check.note or "",
        }
        return values[column]
