"""The incident's evidence (CER-04): each file's name, SHA-256, size, who collected it and when,
where it is and who holds it; the selected item's chain of custody below. Record evidence, hand
it over, check a file against its record.

A closed incident takes no new evidence, but hand-overs and checks go on (evidence still moves:
to legal, to the vendor, into storage).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.services.evidence import EvidenceView, TransferView, list_evidence
from app.services.incidents import IncidentView
from app.services.reference import Reference
from ui import style
from ui.dialogs.evidence_dialogs import (
    AddEvidenceDialog,
    TransferDialog,
    VerifyDialog,
    short_sha,
    size_text,
)
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
COLUMNS = ("file", "sha", "size", "collected", "location", "holder")
CHAIN_COLUMNS = ("when", "from", "to", "reason", "location", "recorded_by")


class EvidenceModel(ListTableModel):
    columns = COLUMNS

    def header_labels(self) -> tuple[str, ...]:
        return (
            translate("EvidenceTab", "File"),
            translate("EvidenceTab", "SHA-256"),
            translate("EvidenceTab", "Size"),
            translate("EvidenceTab", "Collected by / at"),
            translate("EvidenceTab", "Kept at"),
            translate("EvidenceTab", "Held by"),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        evidence: EvidenceView | None = self.row_at(index.row()) if index.isValid() else None
        if evidence is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(evidence, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "sha":
                return translate("EvidenceTab", "SHA-256: {sha}").format(sha=evidence.sha256)
            if column == "size":
                return translate("EvidenceTab", "{size} bytes").format(size=evidence.size)
            if column == "file" and evidence.description:
                return evidence.description
            return self.text(evidence, column)
        return None

    def text(self, evidence: EvidenceView, column: str) -> str:
        values = {
            "file": evidence.file_name,
            "sha": short_sha(evidence.sha256),
            "size": size_text(evidence.size),
            "collected": translate("EvidenceTab", "{who}, {when}").format(
                who=evidence.collected_by, when=local_time(evidence.collected_at)
            ),
            "location": evidence.location,
            "holder": evidence.holder,
        }
        return values[column]


class CustodyModel(ListTableModel):
    """The chain of custody: "collected" first, then every hand-over."""

    columns = CHAIN_COLUMNS

    def header_labels(self) -> tuple[str, ...]:
        return (
            translate("EvidenceTab", "When"),
            translate("EvidenceTab", "From"),
            translate("EvidenceTab", "To"),
            translate("EvidenceTab", "Reason"),
            translate("EvidenceTab", "Kept at"),
            translate("EvidenceTab", "Recorded by"),
        )

    def show_evidence(self, evidence: EvidenceView | None) -> None:
        if evidence is None:
            self.set_rows([])
            return
        collected = TransferView(
            from_person="",
            to_person=evidence.collected_by,
            at=evidence.collected_at,
            reason=translate("EvidenceTab", "Collected"),
            location=evidence.collected_location,
            recorded_by=evidence.collected_by,
        )
        self.set_rows([collected, *evidence.transfers])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        transfer: TransferView | None = self.row_at(index.row()) if index.isValid() else None
        if transfer is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        values = {
            "when": local_time(transfer.at),
            "from": transfer.from_person or "—",
            "to": transfer.to_person,
            "reason": transfer.reason,
            "location": transfer.location or "",
            "recorded_by": transfer.recorded_by,
        }
        return values[CHAIN_COLUMNS[index.column()]]


class EvidenceTab(IncidentTab):
    """Signals:
    changed(): evidence was recorded, handed over or checked.
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
        super().__init__(db, reference, playbook, lang, session, "evidence_tab", parent)
        self.items: list[EvidenceView] = []
        self.typed_name = ""
        self.dialog: AddEvidenceDialog | TransferDialog | VerifyDialog | None = None
        self.model = EvidenceModel(self)
        self.chain_model = CustodyModel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(self._top_row())
        self.closed_label = style.text_label("evidence_closed", 13, bold=True)
        self.closed_label.setStyleSheet(
            style.banner_style(style.theme.warning_bg, style.theme.warning_fg)
        )
        self.closed_label.setText(
            self.tr(
                "This incident is closed: no new evidence can be recorded. Hand-overs and checks "
                "of recorded evidence still can."
            )
        )
        self.closed_label.hide()
        layout.addWidget(self.closed_label)
        self.message = MessageBanner("evidence_message")
        layout.addWidget(self.message)
        self.table = style.record_table(
            "evidence_table",
            self.tr("Evidence"),
            self.model,
            description=self.tr(
                "Files kept as evidence of this incident; choose one to see its hand-overs below"
            ),
        )
        self.table.setTabKeyNavigation(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.transfer())
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = style.text_label("evidence_detail", 13)
        self.detail.setAccessibleName(self.tr("The selected evidence"))
        lower_layout.addWidget(self.detail)
        self.chain_table = style.record_table(
            "evidence_chain",
            self.tr("Chain of custody of the selected evidence"),
            self.chain_model,
            description=self.tr("Every hand-over of the chosen evidence: from whom, to whom, when"),
        )
        self.chain_table.setTabKeyNavigation(False)
        header = self.chain_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CHAIN_COLUMNS.index("reason"), QHeaderView.ResizeMode.Stretch)
        self.chain_fitter = RowFitter(self.chain_table)
        lower_layout.addWidget(self.chain_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([300, 360])
        layout.addWidget(splitter, 1)

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.count_label = style.text_label("evidence_count", 14, bold=True)
        row.addWidget(self.count_label, 1)
        self.add_button = self._button(
            self.tr("&Add evidence…"),
            "evidence_add",
            self.tr("Record a file as evidence: its SHA-256, where it is kept"),
            self.add,
            primary=True,
        )
        self.transfer_button = self._button(
            self.tr("&Transfer…"),
            "evidence_transfer",
            self.tr("Record that the selected evidence was handed to someone else"),
            self.transfer,
        )
        self.verify_button = self._button(
            self.tr("&Verify file…"),
            "evidence_verify",
            self.tr("Check whether a file is exactly the selected evidence"),
            self.verify,
        )
        self.copy_button = self._button(
            self.tr("&Copy SHA-256"),
            "evidence_copy_sha",
            self.tr("Copy the full SHA-256 of the selected evidence"),
            self.copy_sha,
        )
        for button in (self.add_button, self.transfer_button, self.verify_button, self.copy_button):
            row.addWidget(button)
        return row

    # --- content --------------------------------------------------------------------------------
    def show_incident(self, incident: IncidentView) -> None:
        self.incident = incident
        self.closed_label.setVisible(not incident.is_open)
        self.add_button.setEnabled(incident.is_open)
        self.message.clear_message()
        self.reload()

    def reload(self, select: str | None = None) -> None:
        if self.incident is None:
            return
        wanted = select or (self.selected().id if self.selected() else None)
        try:
            self.items = list_evidence(self.db, self.incident.id)
        except READ_FAILURES as exc:
            log.error("reading evidence failed: %s", exc)
            self.items = []
            self.message.say(self.tr("The evidence list could not be read."), "danger")
        self.model.set_rows(self.items)
        self.count_label.setText(
            self.tr("Evidence items: {count}").format(count=len(self.items))
            if self.items
            else self.tr("No evidence recorded yet.")
        )
        row = next((i for i, e in enumerate(self.items) if e.id == wanted), 0)
        if self.items:
            self.table.selectRow(row)
        self._show(self.selected())

    def selected(self) -> EvidenceView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, evidence_id: str) -> bool:
        for row, evidence in enumerate(self.items):
            if evidence.id == evidence_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.selected())

    def _show(self, evidence: EvidenceView | None) -> None:
        self.chain_model.show_evidence(evidence)
        self.chain_fitter.fit()
        for button in (self.transfer_button, self.verify_button, self.copy_button):
            button.setEnabled(evidence is not None)
        if evidence is None:
            self.detail.setText("")
            return
        lines = [
            self.tr("{file} — SHA-256 {sha}").format(file=evidence.file_name, sha=evidence.sha256),
            self.tr("Now held by {holder}, kept at {location}").format(
                holder=evidence.holder, location=evidence.location
            ),
        ]
        if evidence.description:
            lines.append(evidence.description)
        lines.append(self.tr("Chain of custody:"))
        self.detail.setText("\n".join(lines))

    def copy_sha(self) -> str | None:
        evidence = self.selected()
        if evidence is None:
            return None
        QApplication.clipboard().setText(evidence.sha256)
        self.message.say(self.tr("SHA-256 copied."), "ok")
        return evidence.sha256

    # --- dialogs --------------------------------------------------------------------------------
    def add(self) -> AddEvidenceDialog | None:
        if self.incident is None or not self.incident.is_open:
            return None
        dialog = AddEvidenceDialog(
            self.db, self.incident.id, self.session, self.typed_name, self.window()
        )
        dialog.evidence_added.connect(self._added)
        return self._open(dialog)

    def transfer(self) -> TransferDialog | None:
        evidence = self.selected()
        if evidence is None:
            return None
        dialog = TransferDialog(self.db, evidence, self.session, self.typed_name, self.window())
        dialog.transferred.connect(self._transferred)
        return self._open(dialog)

    def verify(self) -> VerifyDialog | None:
        evidence = self.selected()
        if evidence is None:
            return None
        dialog = VerifyDialog(self.db, evidence, self.session, self.typed_name, self.window())
        dialog.verified.connect(self._verified)
        return self._open(dialog)

    def _open(self, dialog: Any) -> Any:
        self.message.clear_message()
        self.dialog = dialog
        dialog.open()
        return dialog

    def _remember_name(self) -> None:
        if self.dialog is not None:
            self.typed_name = self.dialog.actor_field.typed() or self.typed_name

    def _added(self, evidence: EvidenceView) -> None:
        self._remember_name()
        self.reload(select=evidence.id)
        self.message.say(
            self.tr("Recorded: {file}, SHA-256 {sha}").format(
                file=evidence.file_name, sha=evidence.sha256
            ),
            "ok",
        )
        self.changed.emit()

    def _transferred(self, evidence: EvidenceView) -> None:
        self._remember_name()
        self.reload(select=evidence.id)
        self.message.say(
            self.tr("Hand-over recorded: {file} is now held by {holder}.").format(
                file=evidence.file_name, holder=evidence.holder
            ),
            "ok",
        )
        self.changed.emit()

    def _verified(self, _match: bool) -> None:
        self._remember_name()
        self.changed.emit()  # the check is in the trail (and the timeline)
