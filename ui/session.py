"""Who is signed in to this window, and the idle sign-out.

Signing in is never needed to triage or to record a decision (break-glass); it is needed to sign
decisions off, to change the configuration and to manage accounts. The services check permissions
on every call; this session only remembers who proved who they are, and forgets them after
``signin_idle_minutes`` without a key press, click, wheel turn or touch anywhere in the program.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.database.db import Database
from app.services.authority import AuthenticatedUser
from app.services.reference import Reference
from app.services.settings import int_setting
from ui.dialogs.signin_dialog import SignInDialog
from ui.widgets.call_list import READ_FAILURES

log = logging.getLogger(__name__)
DEFAULT_IDLE_MINUTES = 15
CHECK_EVERY_MS = 10_000
# Deliberate input only: a mouse merely passing over the window does not keep a session alive.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class SignInSession(QObject):
    """Signals:
    changed(AuthenticatedUser | None): someone signed in, or the session ended.
    signed_out_idle(str username): the session ended because nobody used the program.
    """

    changed = Signal(object)
    signed_out_idle = Signal(str)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        parent: QObject | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        """``clock``: seconds, only ever compared with each other (tests move it)."""
        super().__init__(parent)
        self.db = db
        self.reference = reference
        self.lang = lang
        self.dialog: SignInDialog | None = None  # the sign-in dialog asked for last
        self.clock = clock or time.monotonic
        self._user: AuthenticatedUser | None = None
        # The idle minutes after which the session ended last (None: signed out otherwise, or on).
        self.ended_idle_minutes: int | None = None
        self._last_input = self.clock()
        self._watching = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_idle)

    @property
    def user(self) -> AuthenticatedUser | None:
        return self._user

    def sign_in(self, user: AuthenticatedUser) -> None:
        """``user`` has just been authenticated (by the sign-in dialog)."""
        self._user = user
        self.ended_idle_minutes = None
        self._last_input = self.clock()
        self._watch(True)
        log.info("signed in: %s", user.username)
        self.changed.emit(user)

    def sign_out(self) -> None:
        if self._user is None:
            return
        log.info("signed out: %s", self._user.username)
        self._user = None
        self._watch(False)
        self.changed.emit(None)

    def ended_text(self) -> str:
        """Why nobody is signed in any more, in plain words, for a window that stays open."""
        if self.ended_idle_minutes is not None:
            return self.tr("You were signed out after {minutes} minutes without activity.").format(
                minutes=self.ended_idle_minutes
            )
        return self.tr("You are signed out.")

    def has_role(self, role: str) -> bool:
        return self._user is not None and role in self._user.roles

    def ask(
        self,
        parent: QWidget | None,
        purpose: str = "",
        then: Callable[[], object] | None = None,
    ) -> SignInDialog:
        """Open the sign-in dialog (not blocking); ``then`` runs once someone has signed in."""
        dialog = SignInDialog(self.db, self.reference, self.lang, parent, purpose)
        dialog.signed_in.connect(self.sign_in)
        if then is not None:
            dialog.signed_in.connect(lambda _user: then())
        if parent is not None:  # the keyboard goes back where it was, whatever the window manager
            dialog.finished.connect(lambda _result: parent.window().activateWindow())
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- idle sign-out --------------------------------------------------------------------------
    def idle_minutes(self) -> int:
        try:
            minutes = int_setting(self.db, "signin_idle_minutes")
        except (*READ_FAILURES, ValueError) as exc:
            log.error("reading signin_idle_minutes failed: %s", exc)
            minutes = 0
        return minutes if minutes > 0 else DEFAULT_IDLE_MINUTES

    def note_input(self) -> None:
        """Someone used the program just now."""
        self._last_input = self.clock()

    def check_idle(self) -> bool:
        """Sign out when nobody used the program for the idle time; True when it did."""
        if self._user is None:
            return False
        if self.clock() - self._last_input < self.idle_minutes() * 60:
            return False
        username = self._user.username
        self.ended_idle_minutes = self.idle_minutes()
        self.sign_out()
        self.signed_out_idle.emit(username)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self.clock()
        return False

    def _watch(self, on: bool) -> None:
        """Watch the program's input only while someone is signed in (no cost otherwise)."""
        app = QCoreApplication.instance()
        if on and not self._watching:
            if app is not None:
                app.installEventFilter(self)
            self.timer.start()
        elif not on and self._watching:
            if app is not None:
                app.removeEventFilter(self)
            self.timer.stop()
        self._watching = on
