"""The list of saved decisions, newest first, with the full detail of the selected one."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.services.decisions import DecisionView
from app.services.reference import Reference
from ui import style
from ui.models.decision_table_model import DecisionTableModel
from ui.strings import answer_label, class_title, local_time, question_short, role_name

SHA_PREFIX = 12


class DecisionsView(QWidget):
    def __init__(
        self, db: Database, reference: Reference, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisions_view")
        self.reference = reference
        self.lang = lang
        self.model = DecisionTableModel(db, reference, lang, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Recorded decisions (newest first)"))
        style.set_point_size(title, 18, bold=True)
        layout.addWidget(title)
        self.empty_label = QLabel(self.tr("No decisions recorded yet."))
        self.empty_label.setObjectName("decisions_empty")
        style.set_point_size(self.empty_label, 14)
        layout.addWidget(self.empty_label)

        self.table = QTableView()
        self.table.setObjectName("decisions_table")
        self.table.setAccessibleName(self.tr("Recorded decisions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        style.set_point_size(self.table, 13)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = QTextBrowser()
        self.detail.setObjectName("decision_detail")
        self.detail.setAccessibleName(self.tr("Decision detail"))
        style.set_point_size(self.detail, 13)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([260, 400])
        layout.addWidget(splitter, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Reload from the database, keeping the selected decision selected."""
        selected = self.selected_decision()
        self.model.refresh()
        self.empty_label.setVisible(self.model.rowCount() == 0)
        row = 0
        if selected is not None:
            for candidate in range(self.model.rowCount()):
                found = self.model.decision(candidate)
                if found is not None and found.id == selected.id:
                    row = candidate
        if self.model.rowCount():
            self.table.selectRow(row)
        else:
            self.detail.clear()

    def selected_decision(self) -> DecisionView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.decision(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        decision = self.selected_decision()
        self.detail.setHtml(self.detail_html(decision) if decision else "")

    def detail_html(self, decision: DecisionView) -> str:
        lang = self.lang

        def row(label: str, value: str | None) -> str:
            return (
                f"<tr><th align='left' valign='top'>{html.escape(label)}</th>"
                f"<td>{html.escape(value or '—')}</td></tr>"
            )

        flags = []
        if decision.safety_override:
            flags.append(self.tr("Safety override: the device was harming the patient"))
        if decision.provisional:
            flags.append(self.tr("PROVISIONAL: at least one answer was unknown"))
        from_inventory = self.tr("(from inventory)")
        path = [
            f"{question_short(self.reference, s.question, lang)}  "
            f"{answer_label(self.reference, s.question, s.answer, lang)}"
            + (
                f"  {from_inventory}"
                if decision.answer_sources.get(s.question) == "inventory"
                else ""
            )
            for s in decision.path
        ]
        also = "; ".join(class_title(self.reference, n, lang) for n in decision.also_matches)
        parts = [f"<h2>{html.escape(class_title(self.reference, decision.ir_class, lang))}</h2>"]
        parts += [f"<p><b>{html.escape(flag)}</b></p>" for flag in flags]
        parts.append("<table cellspacing='4'>")
        parts.append(row(self.tr("Time"), local_time(decision.created_at, True)))
        parts.append(row(self.tr("Device / category"), self.model.subject(decision)))
        parts.append(row(self.tr("Unit"), decision.unit))
        parts.append(row(self.tr("Location"), decision.location))
        role = role_name(self.reference, decision.role, lang)
        parts.append(row(self.tr("Recorded by"), f"{decision.recorded_by} ({role})"))
        if also:
            parts.append(row(self.tr("Also matches"), also))
        parts.append(row(self.tr("Note"), decision.note))
        parts.append(
            row(
                self.tr("Question tree"),
                f"{decision.tree_version} · sha256 {decision.tree_sha256[:SHA_PREFIX]}",
            )
        )
        parts.append(row(self.tr("Decision id"), decision.id))
        parts.append(row(self.tr("Workstation"), decision.workstation))
        parts.append("</table>")
        heading = self.tr("Answers that decided")
        parts.append(f"<h3>{html.escape(heading)}</h3><ol>")
        parts += [f"<li>{html.escape(step)}</li>" for step in path]
        parts.append("</ol>")
        return "".join(parts)
