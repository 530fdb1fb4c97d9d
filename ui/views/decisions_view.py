"""The list of saved decisions, newest first, with the full detail of the selected one.

Provisional decisions show their re-check countdown (in the table and beside the detail) and who to
call now; once the countdown runs out they are flagged OVERDUE and the next tier is the one to call.
A decision replaced by a newer version stays visible, greyed, with "replaced by"; the newest counts.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.services.decisions import DecisionView
from app.services.reference import Reference
from ui import style
from ui.models.decision_table_model import DecisionTableModel
from ui.session import SignInSession
from ui.signature_text import history_html, state_text
from ui.strings import answer_label, class_title, local_time, question_short, role_name
from ui.widgets.call_list import READ_FAILURES, Clock, DecisionCallPanel
from ui.widgets.scroll_body import scroll_body

SHA_PREFIX = 12
log = logging.getLogger(__name__)


class DecisionsView(QWidget):
    """Signals:
    resolve_requested(DecisionView): triage again to resolve the unknown answers of a decision.
    """

    resolve_requested = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        parent: QWidget | None = None,
        now: Clock | None = None,
        session: SignInSession | None = None,
    ) -> None:
        """``session``: who is signed in (prints are logged as that person)."""
        super().__init__(parent)
        self.setObjectName("decisions_view")
        self.session = session
        self.db = db
        self.reference = reference
        self.lang = lang
        self.model = DecisionTableModel(db, reference, lang, self, now)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Recorded decisions (newest first)"))
        style.set_point_size(title, 18, bold=True)
        layout.addWidget(title)
        self.empty_label = QLabel(self.tr("No decisions recorded yet."))
        self.empty_label.setObjectName("decisions_empty")
        style.set_point_size(self.empty_label, 14)
        layout.addWidget(self.empty_label)

        self.table = style.record_table(
            "decisions_table",
            self.tr("Recorded decisions"),
            self.model,
            description=self.tr(
                "Saved decisions, newest first, with their class and re-check time; "
                "choose one to read it beside the table"
            ),
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = QTextBrowser()
        self.detail.setObjectName("decision_detail")
        self.detail.setAccessibleName(self.tr("Decision detail"))
        self.detail.setAccessibleDescription(
            self.tr("The chosen decision: device, class, answers, who decided and signatures")
        )
        style.set_point_size(self.detail, 13)

        # Beside the detail: the re-check clock, "resolve", and who to call now.
        side_scroll, side = scroll_body(spacing=10)
        self.resolve_button = QPushButton(self.tr("Resolve unknown answers…"))
        self.resolve_button.setObjectName("decisions_resolve")
        self.resolve_button.setAccessibleName(self.tr("Resolve unknown answers"))
        self.resolve_button.setToolTip(
            self.tr("Answer the unknown questions again; a new version of this decision is saved")
        )
        self.resolve_button.setProperty("role", "primary")
        style.set_point_size(self.resolve_button, 15, bold=True)
        self.resolve_button.clicked.connect(self._resolve)
        self.call_panel = DecisionCallPanel(db, reference, lang, now, countdown_inside=False)
        side.addWidget(self.call_panel.recheck_label)
        side.addWidget(self.resolve_button)
        self.print_button = QPushButton(self.tr("&Print this decision…"))
        self.print_button.setObjectName("decisions_print")
        self.print_button.setToolTip(
            self.tr("The decision record on paper, with a signature block")
        )
        style.set_point_size(self.print_button, 14)
        self.print_button.clicked.connect(self.print_decision)
        self.print_button.hide()
        side.addWidget(self.print_button)
        side.addWidget(self.call_panel)
        side.addStretch(1)
        self.resolve_button.hide()

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.detail)
        lower.addWidget(side_scroll)
        lower.setSizes([560, 480])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([240, 420])
        layout.addWidget(splitter, 1)

        self.timer = QTimer(self)  # the re-check column counts down
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.model.tick)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def tick(self) -> None:
        """Move the countdowns on now (the timers do it every second)."""
        self.model.tick()
        self.call_panel.tick()

    def refresh_contacts(self) -> None:
        self.call_panel.refresh_contacts()

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
            self._show(self.selected_decision())  # the same row again may hold a newer state
        else:
            self._show(None)

    # --- a rebuild of the window (language or display changed) keeps the selection ------------
    def view_state(self) -> str | None:
        decision = self.selected_decision()
        return decision.id if decision is not None else None

    def restore_view_state(self, decision_id: str | None) -> None:
        if decision_id is None:
            return
        if not self.model.rowCount():
            self.refresh()
        for row in range(self.model.rowCount()):
            found = self.model.decision(row)
            if found is not None and found.id == decision_id:
                self.table.selectRow(row)
                return

    def selected_decision(self) -> DecisionView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.decision(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.selected_decision())

    def _show(self, decision: DecisionView | None) -> None:
        self.detail.setHtml(self.detail_html(decision) if decision else "")
        self.call_panel.show_decision(decision)
        self.resolve_button.setVisible(
            decision is not None and decision.provisional and decision.superseded_by is None
        )
        self.print_button.setVisible(decision is not None)

    def print_decision(self) -> object:
        decision = self.selected_decision()
        if decision is None:
            return None
        from app.services.printing import print_decision
        from ui.dialogs.print_preview import preview_document, print_recorder

        db, reference, lang, decision_id = self.db, self.reference, self.lang, decision.id
        self.print_preview = preview_document(
            self,
            "decision",
            lambda out, paper: print_decision(
                db, reference, decision_id, lang, paper, out, log=False
            ),
            detail=decision_id,
            record=print_recorder(db, "decision", decision_id, self.session),
        )
        return self.print_preview

    def _resolve(self) -> None:
        decision = self.selected_decision()
        if decision is not None and decision.superseded_by is None:
            self.resolve_requested.emit(decision)

    def detail_html(self, decision: DecisionView) -> str:
        lang = self.lang

        def row(label: str, value: str | None) -> str:
            return (
                f"<tr><th align='left' valign='top'>{html.escape(label)}</th>"
                f"<td>{html.escape(value or '—')}</td></tr>"
            )

        flags = []
        if decision.superseded_by:
            flags.append(
                self.tr("REPLACED by a newer version ({id}): that one counts").format(
                    id=decision.superseded_by
                )
            )
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
        grey = f" style='color:{style.theme.replaced_fg}'" if decision.superseded_by else ""
        title = html.escape(class_title(self.reference, decision.ir_class, lang))
        parts = [f"<h2{grey}>{title}</h2>"]
        parts += [f"<p><b>{html.escape(flag)}</b></p>" for flag in flags]
        parts.append("<table cellspacing='4'>")
        parts.append(row(self.tr("Time"), local_time(decision.created_at, True)))
        parts.append(row(self.tr("Device / category"), self.model.subject(decision)))
        parts.append(row(self.tr("Unit"), decision.unit))
        parts.append(row(self.tr("Location"), decision.location))
        role = role_name(self.reference, decision.role, lang)
        recorded_by = f"{decision.recorded_by} ({role})"
        if not decision.authenticated:
            recorded_by += " — " + self.tr("not signed in (name as typed)")
        parts.append(row(self.tr("Recorded by"), recorded_by))
        state = self.model.states.get(decision.id)
        if state:
            parts.append(row(self.tr("Sign-off"), state_text(state)))
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
        if decision.supersedes:
            parts.append(row(self.tr("Replaces"), decision.supersedes))
        if decision.superseded_by:
            parts.append(row(self.tr("Replaced by"), decision.superseded_by))
        parts.append(row(self.tr("Workstation"), decision.workstation))
        parts.append("</table>")
        heading = self.tr("Answers that decided")
        parts.append(f"<h3>{html.escape(heading)}</h3><ol>")
        parts += [f"<li>{html.escape(step)}</li>" for step in path]
        parts.append("</ol>")
        parts.append(self.signatures_html(decision))
        return "".join(parts)

    def signatures_html(self, decision: DecisionView) -> str:
        """Every version of the decision with its sign-off state and signatures."""
        try:
            return history_html(self.db, self.reference, self.lang, decision)
        except READ_FAILURES as exc:
            log.error("reading the signatures of %s failed: %s", decision.id, exc)
            problem = self.tr("The signatures could not be read.")
            return f"<p><b>{html.escape(problem)}</b></p>"
