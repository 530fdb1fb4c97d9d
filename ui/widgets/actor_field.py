"""Who is acting in incident work, and what a refused or failed save says.

``ActorField``: the signed-in user, else a typed name, as on the record page (incident work never
needs sign-in). ``not_saved``: the banner text for a service refusal or a storage failure.
``WRITE_FAILURES``: the storage failures a save may meet.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget
from sqlalchemy.exc import SQLAlchemyError

from app.errors import AppError, StorageError
from app.services.authority import AuthenticatedUser
from ui import style
from ui.error_text import error_text
from ui.session import SignInSession
from ui.widgets.form_fields import line_edit
from ui.widgets.message_banner import MessageBanner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
WRITE_FAILURES = (StorageError, SQLAlchemyError, sqlite3.Error, OSError)
Actor = AuthenticatedUser | str


def not_saved(exc: Exception, what: str) -> tuple[str, str]:
    """What a banner says when a service refused or failed to save, and its kind: the service's
    own words for a refusal, a plain "could not be written" for a storage failure (logged)."""
    if isinstance(exc, AppError) and not isinstance(exc, StorageError):
        return translate("IncidentTabs", "NOT saved: {problem}").format(problem=error_text(exc)), (
            "warning"
        )
    log.error("%s failed: %s", what, exc)
    text = translate(
        "IncidentTabs",
        "NOT saved: the database could not be written. What you typed is still here; try again.",
    )
    return text, "danger"


class ActorField(QWidget):
    """Who is acting: "Your name" to type when nobody is signed in; "Recorded as <name> (signed
    in)" otherwise. In a form (``form`` given) its caption is the form row's label."""

    def __init__(
        self,
        session: SignInSession | None,
        name: str,
        typed: str = "",
        parent: QWidget | None = None,
        form: QFormLayout | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.session = session
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        style.set_point_size(self.label, 13)
        self.name_input = line_edit(f"{name}_name", self.tr("Your name"))
        self.name_input.setPlaceholderText(self.tr("required when nobody is signed in"))
        self.name_input.setText(typed)
        self.label.setBuddy(self.name_input)
        self.signed_label = style.text_label(f"{name}_signed", 13)
        if form is None:
            row.addWidget(self.label)
        else:
            form.addRow(self.label, self)
        row.addWidget(self.name_input, 1)
        row.addWidget(self.signed_label, 1)
        self.setFocusProxy(self.name_input)
        if session is not None:
            session.changed.connect(self._session_changed)
        self.refresh()

    def _session_changed(self, _user: object) -> None:
        self.refresh()

    def user(self) -> AuthenticatedUser | None:
        return self.session.user if self.session is not None else None

    def refresh(self) -> None:
        user = self.user()
        self.name_input.setVisible(user is None)
        self.signed_label.setVisible(user is not None)
        if user is None:
            self.label.setText(self.tr("Your na&me:"))
        else:
            self.label.setText(self.tr("Recorded as:"))
            self.signed_label.setText(self.tr("{name} (signed in)").format(name=user.full_name))

    def typed(self) -> str:
        return " ".join(self.name_input.text().split())

    def actor(self) -> Actor | None:
        """The signed-in user, or the typed name; None when neither (say so and ask)."""
        return self.user() or self.typed() or None

    def ask_for_name(self, banner: MessageBanner) -> None:
        banner.say(self.tr("Enter your name first (or sign in)."))
        self.name_input.setFocus()
