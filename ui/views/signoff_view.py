"""The Sign-off tab: decisions awaiting a role of the signed-in user, oldest first or highest class
first; the selected one's summary; Approve / Reject / Review / Verify, each through the sign-off
dialog (which asks for the password again). Without a signed-in user it asks to sign in."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.signoff_policy import MEANINGS, signing_role
from app.services.decisions import DecisionView
from app.services.incidents import exercise_decision_ids
from app.services.signoff import signatures_of, signoff_matrix, signoff_queue, signoff_state
from ui import style
from ui.dialogs.signoff_dialog import SignoffDialog
from ui.models.signoff_queue_model import SignoffQueueModel, recorded_by_text, subject_text
from ui.session import SignInSession
from ui.signature_text import signatures_html
from ui.strings import answer_label, class_title, local_time, question_short, role_list
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.message_banner import MessageBanner

log = logging.getLogger(__name__)


class SignoffView(QWidget):
    """Signals:
    decision_signed(SignatureView): a signature was saved (the Decisions tab shows it).
    """

    decision_signed = Signal(object)

    def __init__(self, session: SignInSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signoff_view")
        self.session = session
        self.db, self.reference, self.lang = session.db, session.reference, session.lang
        self.model = SignoffQueueModel(self.reference, self.lang, self)
        self.dialog: SignoffDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        title = QLabel(self.tr("Decisions awaiting your sign-off"))
        title.setObjectName("signoff_title")
        style.set_point_size(title, 18, bold=True)
        top.addWidget(title, 1)
        order_label = QLabel(self.tr("&Order:"))
        style.set_point_size(order_label, 13)
        self.order_combo = QComboBox()
        self.order_combo.setObjectName("signoff_order")
        self.order_combo.setAccessibleName(self.tr("Order of the queue"))
        self.order_combo.setAccessibleDescription(
            self.tr("Show the oldest decisions first, or the highest class first")
        )
        self.order_combo.addItem(self.tr("Oldest first"), "oldest")
        self.order_combo.addItem(self.tr("Highest class first"), "class")
        self.order_combo.setMinimumHeight(style.px(36))
        style.set_point_size(self.order_combo, 13)
        order_label.setBuddy(self.order_combo)
        self.order_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        top.addWidget(order_label)
        top.addWidget(self.order_combo)
        layout.addLayout(top)

        self.prompt = self._sign_in_prompt()
        layout.addWidget(self.prompt)
        self.status = style.text_label("signoff_status", 13)
        layout.addWidget(self.status)
        self.body = self._body()
        layout.addWidget(self.body, 1)
        session.changed.connect(self._session_changed)
        self.refresh()

    def _sign_in_prompt(self) -> QWidget:
        box = QWidget()
        box.setObjectName("signoff_prompt")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 24, 0, 0)
        text = style.text_label("signoff_prompt_text", 15)
        text.setText(
            self.tr(
                "Sign in to see the decisions awaiting sign-off by your roles. Triage and "
                "recording a decision never need sign-in."
            )
        )
        inner.addWidget(text)
        row = QHBoxLayout()
        button = QPushButton(self.tr("&Sign in…"))
        button.setObjectName("signoff_sign_in")
        button.setAccessibleName(self.tr("Sign in"))
        button.setToolTip(self.tr("Sign in to see and sign the decisions waiting for you"))
        button.setProperty("role", "primary")
        style.set_point_size(button, 15, bold=True)
        button.clicked.connect(lambda: self.session.ask(self.window()))
        button.setAutoDefault(True)  # Enter presses it, as Space does
        row.addWidget(button)
        row.addStretch(1)
        inner.addLayout(row)
        inner.addStretch(1)
        return box

    def _body(self) -> QSplitter:
        self.table = style.record_table(
            "signoff_table",
            self.tr("Decisions awaiting sign-off"),
            self.model,
            description=self.tr("Decisions still to be signed; choose one to read and sign it"),
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setTabKeyNavigation(False)  # arrows choose a row; Tab leaves for the buttons

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QTextBrowser()
        self.summary.setObjectName("signoff_summary")
        self.summary.setAccessibleName(self.tr("The selected decision"))
        self.summary.setAccessibleDescription(
            self.tr("What was decided for the chosen decision, and by whom, to read before signing")
        )
        style.set_point_size(self.summary, 13)
        lower_layout.addWidget(self.summary, 1)
        self.message = MessageBanner("signoff_view_message")
        lower_layout.addWidget(self.message)
        row = QHBoxLayout()
        texts = {
            "approved": (self.tr("&Approve…"), self.tr("Approve this decision (signed)")),
            "rejected": (self.tr("&Reject…"), self.tr("Reject it: a new version will be needed")),
            "reviewed": (self.tr("Revie&w…"), self.tr("Sign that you reviewed it")),
            "verified": (self.tr("&Verify…"), self.tr("Sign that biomed / IT verified it")),
        }
        self.meaning_buttons: dict[str, QPushButton] = {}
        for meaning in MEANINGS:
            text, tip = texts[meaning]
            button = QPushButton(text)
            button.setObjectName(f"signoff_{meaning}")
            button.setAccessibleName(text.replace("&", "").replace("…", ""))
            button.setToolTip(tip)
            button.setProperty("role", "primary" if meaning == "approved" else "secondary")
            style.set_point_size(button, 15, bold=meaning == "approved")
            button.clicked.connect(lambda _checked=False, m=meaning: self.open_signoff(m))
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
            self.meaning_buttons[meaning] = button
            row.addWidget(button)
        row.addStretch(1)
        lower_layout.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([170, 510])
        return splitter

    def _session_changed(self, _user: object) -> None:
        # An open sign-off dialog stays open: it says the session ended and signs nothing.
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # --- the queue ------------------------------------------------------------------------------
    def order(self) -> str:
        return str(self.order_combo.currentData())

    def refresh(self) -> None:
        """Read the queue again for whoever is signed in, keeping the selection."""
        user = self.session.user
        self.prompt.setVisible(user is None)
        self.body.setVisible(user is not None)
        self.order_combo.setEnabled(user is not None)
        selected = self.selected_decision()
        queue: list[DecisionView] = []
        if user is not None:
            try:
                queue = signoff_queue(self.db, self.reference, user, self.order())
                self.model.drills = exercise_decision_ids(self.db)
            except READ_FAILURES as exc:
                log.error("reading the sign-off queue failed: %s", exc)
                self.message.say(self.tr("The sign-off queue could not be read."), "danger")
        self.model.set_rows(queue)
        self._status(user is not None, len(queue))
        row = next(
            (i for i, d in enumerate(queue) if selected is not None and d.id == selected.id), 0
        )
        if queue:
            self.table.selectRow(row)
        self._show(self.selected_decision())

    def _status(self, signed_in: bool, count: int) -> None:
        user = self.session.user
        if not signed_in or user is None:
            self.status.hide()
            return
        roles = role_list(self.reference, user.roles, self.lang)
        if count:
            text = self.tr("{count} decision(s) await a role you have ({roles}).").format(
                count=count, roles=roles
            )
        else:
            text = self.tr("Nothing awaits sign-off by your roles ({roles}).").format(roles=roles)
        self.status.setText(text)
        self.status.show()

    def selected_decision(self) -> DecisionView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.decision(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.selected_decision())

    def _show(self, decision: DecisionView | None) -> None:
        self.summary.setHtml(self.summary_html(decision) if decision else "")
        user = self.session.user
        matrix = signoff_matrix(self.db, self.reference) if decision and user else {}
        for meaning, button in self.meaning_buttons.items():
            allowed = (
                decision is not None
                and user is not None
                and signing_role(
                    self.reference.signoff, matrix, decision.ir_class, meaning, user.roles
                )
                is not None
            )
            button.setEnabled(allowed)

    def summary_html(self, decision: DecisionView) -> str:
        lang, reference = self.lang, self.reference

        def row(label: str, value: str) -> str:
            return (
                f"<tr><th align='left' valign='top'>{html.escape(label)}</th>"
                f"<td>{html.escape(value or '—')}</td></tr>"
            )

        title = html.escape(class_title(reference, decision.ir_class, lang))
        parts = [f"<h2>{title}</h2>"]
        if decision.provisional:
            flag = self.tr("PROVISIONAL: at least one answer was unknown")
            parts.append(f"<p style='color:{style.theme.danger_bg}'><b>{html.escape(flag)}</b></p>")
        parts.append("<table cellspacing='4'>")
        parts.append(
            row(
                self.tr("Device / category"),
                subject_text(reference, decision, lang, decision.id in self.model.drills),
            )
        )
        parts.append(row(self.tr("Unit"), decision.unit or ""))
        parts.append(row(self.tr("Recorded"), local_time(decision.created_at, True)))
        parts.append(row(self.tr("Recorded by"), recorded_by_text(reference, decision, lang)))
        parts.append(row(self.tr("Decision id"), decision.id))
        parts.append("</table>")
        heading = self.tr("Answers that decided")
        parts.append(f"<h3>{html.escape(heading)}</h3><ol>")
        parts += [
            f"<li>{html.escape(question_short(reference, s.question, lang))}  "
            f"<b>{html.escape(answer_label(reference, s.question, s.answer, lang))}</b></li>"
            for s in decision.path
        ]
        parts.append("</ol>")
        signatures = signatures_of(self.db, decision.id)
        state = signoff_state(self.db, reference, decision, signatures)
        heading = self.tr("Signatures so far")
        parts.append(f"<h3>{html.escape(heading)}</h3>")
        parts.append(signatures_html(reference, lang, signatures, state))
        return "".join(parts)

    # --- signing --------------------------------------------------------------------------------
    def open_signoff(self, meaning: str) -> SignoffDialog | None:
        decision, user = self.selected_decision(), self.session.user
        if decision is None or user is None:
            return None
        self.message.clear_message()
        dialog = SignoffDialog(
            self.db,
            self.reference,
            self.lang,
            decision,
            meaning,
            user.username,
            self.window(),
            session=self.session,
        )
        dialog.signed.connect(self._signed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _signed(self, signature: object) -> None:
        self.refresh()
        self.decision_signed.emit(signature)
