"""Signing one decision version: the password is asked every time, the signing statement and the
meaning are shown, a reason is required to reject and to accept unknown answers. "Signed" appears
only after ``sign_decision`` has returned; a refusal is shown here and the dialog stays open."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.database.db import Database
from app.errors import AccessDeniedError, BadInputError
from app.services.decisions import DecisionView
from app.services.reference import Reference
from app.services.signoff import MAX_REASON, SignatureView, sign_decision
from ui import style
from ui.error_text import error_text
from ui.models.signoff_queue_model import subject_text
from ui.session import SignInSession
from ui.signature_text import manifestation, meaning_label
from ui.strings import class_title, local_time
from ui.widgets.call_list import READ_FAILURES
from ui.widgets.form_fields import busy_cursor, cancel_tip, dialog_button, fit_dialog, line_edit
from ui.widgets.message_banner import MessageBanner

log = logging.getLogger(__name__)
APPROVED, REJECTED = "approved", "rejected"


class SignoffDialog(QDialog):
    """Signals:
    signed(SignatureView): the signature is saved.
    """

    signed = Signal(object)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        decision: DecisionView,
        meaning: str,
        username: str = "",
        parent: QWidget | None = None,
        session: SignInSession | None = None,
    ) -> None:
        """``session``: the window's sign-in, opened for ``username``. While nobody (or someone
        else) is signed in, the dialog stays open, says why, and signs nothing."""
        super().__init__(parent)
        self.setObjectName("signoff_dialog")
        self.session = session
        self.opened_for = username
        self.db, self.reference, self.lang = db, reference, lang
        self.decision, self.meaning = decision, meaning
        self.signature: SignatureView | None = None
        label = meaning_label(reference, meaning, lang)
        self.setWindowTitle(self.tr("Sign: {meaning}").format(meaning=label))

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        what = style.text_label("signoff_decision", 15, bold=True)
        what.setText(class_title(reference, decision.ir_class, lang))
        layout.addWidget(what)
        subject = style.text_label("signoff_subject", 13)
        subject.setText(
            self.tr("{subject} · recorded {time} · decision {id}").format(
                subject=subject_text(reference, decision, lang),
                time=local_time(decision.created_at),
                id=decision.id,
            )
        )
        subject.setStyleSheet(f"color: {style.theme.muted_fg};")
        layout.addWidget(subject)
        if decision.provisional:
            provisional = style.text_label("signoff_provisional", 13, bold=True)
            provisional.setText(
                self.tr(
                    "PROVISIONAL: at least one answer was unknown. Resolve it as a new version, "
                    "or approve this result as it is by accepting the unknown answers."
                )
            )
            provisional.setStyleSheet(
                style.banner_style(style.theme.warning_bg, style.theme.warning_fg)
            )
            layout.addWidget(provisional)
        meaning_text = style.text_label("signoff_meaning", 16, bold=True)
        meaning_text.setText(self.tr("Meaning of your signature: {meaning}").format(meaning=label))
        layout.addWidget(meaning_text)
        statement = style.text_label("signoff_statement", 13)
        statement.setText(reference.signoff.statement.get(lang))
        statement.setStyleSheet(style.statement_style())
        layout.addWidget(statement)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.accept_unknown = QCheckBox(
            self.tr("Accept the unknown answers (approve the provisional result as it is)")
        )
        self.accept_unknown.setObjectName("signoff_accept_unknown")
        self.accept_unknown.setAccessibleName(self.tr("Accept the unknown answers"))
        self.accept_unknown.setAccessibleDescription(
            self.tr("Tick to approve the provisional class although some answers are unknown")
        )
        style.set_point_size(self.accept_unknown, 13)
        self.can_accept_unknown = decision.provisional and meaning == APPROVED
        self.accept_unknown.setVisible(self.can_accept_unknown)
        form.addRow(self.accept_unknown)
        self.reason_input = QPlainTextEdit()
        self.reason_input.setObjectName("signoff_reason")
        self.reason_input.setAccessibleName(self.tr("Reason"))
        self.reason_input.setAccessibleDescription(
            self.tr("Why you sign this way; it is kept with your signature")
        )
        self.reason_input.setTabChangesFocus(True)
        self.reason_input.setFixedHeight(style.px(72))
        style.set_point_size(self.reason_input, 13)
        reason_label = QLabel(self._reason_label())
        reason_label.setWordWrap(True)
        reason_label.setBuddy(self.reason_input)
        form.addRow(reason_label, self.reason_input)
        self.username_input = line_edit(
            "signoff_username",
            self.tr("User name"),
            description=self.tr("Your user name: the signature is made in your name"),
        )
        self.username_input.setText(username)
        self.password_input = line_edit(
            "signoff_password",
            self.tr("Password"),
            password=True,
            description=self.tr("Your password again, to confirm that you are signing"),
        )
        form.addRow(self.tr("&User name:"), self.username_input)
        form.addRow(self.tr("&Password:"), self.password_input)
        layout.addLayout(form)
        self.message = MessageBanner("signoff_message", 14)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.sign_in_button = dialog_button(
            self.tr("Sign &in again…"),
            "signoff_sign_in",
            self.ask_sign_in,
            tip=self.tr("Your session ended: sign in again to sign this decision"),
        )
        self.sign_in_button.hide()  # only after the session ended
        buttons.addWidget(self.sign_in_button)
        buttons.addStretch(1)
        self.close_button = dialog_button(
            self.tr("Cancel"), "signoff_cancel", self.reject, tip=cancel_tip()
        )
        buttons.addWidget(self.close_button)
        self.sign_button = dialog_button(
            self.tr("Sign: {meaning}").format(meaning=label),
            "signoff_sign",
            self.sign,
            primary=True,
            tip=self.tr("Sign the decision with this meaning; a signature cannot be undone"),
        )
        buttons.addWidget(self.sign_button)
        layout.addLayout(buttons)
        (self.password_input if username else self.username_input).setFocus()
        if meaning == REJECTED:
            self.reason_input.setFocus()
        if session is not None:
            session.changed.connect(self._session_changed)
        fit_dialog(self, 720)

    # --- the session ending while the dialog is open ----------------------------------------------
    def held(self) -> bool:
        """True while the session that opened the dialog is not signed in: nothing is signed."""
        if self.session is None:
            return False
        user = self.session.user
        return user is None or user.username != self.opened_for

    def _session_changed(self, _user: object) -> None:
        if self.signature is not None or self.session is None:
            return  # signed already: what it says stays
        user = self.session.user
        if user is None:
            self._hold(
                self.session.ended_text()
                + " "
                + self.tr(
                    "Nothing was signed. What you wrote stays here; sign in again to sign "
                    "(your password is asked again)."
                )
            )
        elif self.held():
            self._hold(
                self.tr(
                    "{name} is signed in now, but this signature was started by {username}. "
                    "Cancel, then open it again from the queue."
                ).format(name=user.full_name, username=self.opened_for)
            )
        else:
            self._resume()

    def _hold(self, text: str) -> None:
        self.password_input.clear()
        self._enable_signing(False)
        self.sign_in_button.show()
        self.sign_in_button.setDefault(True)
        self.message.say(text, "danger")
        self.sign_in_button.setFocus()

    def _resume(self) -> None:
        self._enable_signing(True)
        self.sign_in_button.hide()
        self.sign_in_button.setDefault(False)
        self.sign_button.setDefault(True)
        self.message.say(self.tr("Signed in again. Type your password to sign."), "ok")
        self.password_input.setFocus()

    def _enable_signing(self, on: bool) -> None:
        for widget in (
            self.username_input,
            self.password_input,
            self.reason_input,
            self.accept_unknown,
            self.sign_button,
        ):
            widget.setEnabled(on)

    def ask_sign_in(self) -> QDialog | None:
        """The sign-in dialog, on top of this one (the same user name filled in)."""
        if self.session is None:
            return None
        dialog = self.session.ask(self, self.tr("Sign in again to sign this decision."))
        dialog.username_input.setText(self.opened_for)
        dialog.password_input.setFocus()
        return dialog

    def _reason_label(self) -> str:
        if self.meaning == REJECTED:
            return self.tr("&Reason (required):")
        if self.decision.provisional and self.meaning == APPROVED:
            return self.tr("&Reason (required to accept unknown answers):")
        return self.tr("&Reason (optional):")

    def accepting_unknown(self) -> bool:
        return self.can_accept_unknown and self.accept_unknown.isChecked()

    def reason(self) -> str:
        return " ".join(self.reason_input.toPlainText().split())

    def _problem(self) -> tuple[str, QWidget] | None:
        """What is missing before the password is even checked, and the field to fix."""
        accepting = self.accepting_unknown()
        if self.meaning == REJECTED and not self.reason():
            return self.tr("A rejection needs a reason: write why in the Reason field."), (
                self.reason_input
            )
        if self.decision.provisional and self.meaning == APPROVED and not accepting:
            text = self.tr(
                "This decision is provisional. To approve it as it is, tick “Accept the unknown "
                "answers” and give a reason; otherwise resolve the unknown answers first."
            )
            return text, self.accept_unknown
        if accepting and not self.reason():
            return self.tr("Accepting unknown answers needs a reason: write why."), (
                self.reason_input
            )
        if len(self.reason()) > MAX_REASON:
            text = self.tr("The reason is too long (at most {count} characters).")
            return text.format(count=MAX_REASON), self.reason_input
        if not self.username_input.text().strip():
            return self.tr("Enter your user name."), self.username_input
        if not self.password_input.text():
            text = self.tr("Enter your password: every signature asks for it again.")
            return text, self.password_input
        return None

    def sign(self) -> SignatureView | None:
        """Sign with what the fields hold; the password field is emptied whatever happens."""
        if self.signature is not None:
            return self.signature
        if self.held():  # never a signature while the session that opened it is signed out
            return None
        problem = self._problem()
        if problem:
            self.message.say(problem[0])
            problem[1].setFocus()
            return None
        password = self.password_input.text()
        self.password_input.clear()
        try:
            with busy_cursor():
                signature = sign_decision(
                    self.db,
                    self.reference,
                    self.decision.id,
                    username=self.username_input.text().strip(),
                    password=password,
                    meaning=self.meaning,
                    reason=self.reason() or None,
                    accept_unknown=self.accepting_unknown(),
                    lang=self.lang,
                )
        except (AccessDeniedError, BadInputError) as exc:
            self.message.say(
                self.tr("Not signed: {problem}").format(problem=error_text(exc)), "danger"
            )
            self.password_input.setFocus()
            return None
        except READ_FAILURES as exc:
            log.error("signing decision %s failed: %s", self.decision.id, exc)
            self.message.say(self.tr("Not signed: the database could not be written."), "danger")
            return None
        self._signed(signature)
        return signature

    def _signed(self, signature: SignatureView) -> None:
        self.signature = signature
        self.message.say(
            self.tr("Signed. {manifestation}").format(
                manifestation=manifestation(self.reference, self.lang, signature)
            ),
            "ok",
        )
        for widget in (self.username_input, self.password_input, self.reason_input):
            widget.setEnabled(False)
        self.accept_unknown.setEnabled(False)
        self.sign_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.signed.emit(signature)
