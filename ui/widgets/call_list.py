"""Who to call now: the escalation tiers for a unit and class, the tier to call highlighted.

``CallList`` shows tiers (from ``escalation_for`` or ``CallNow``): each contact's name, role and
organisation, the out-of-band numbers first and large (mobile, pager, radio, desk line: e-mail may be
compromised), e-mail last and small; the tier's wait before the next tier and when it is called.

``DecisionCallPanel`` adds the re-check clock of a saved decision: a provisional result counts down
(default 15 minutes); once it runs out the decision is flagged OVERDUE and the next tier becomes the
one to call now. It never changes screens by itself. The clock is injected (``now``) for tests.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from app.database.db import Database
from app.domain.escalation import recheck
from app.errors import BadInputError, StorageError
from app.services.contacts import ContactView
from app.services.decisions import DecisionView
from app.services.escalation import CallNow, TierView, call_now
from app.services.reference import Reference
from ui import style
from ui.strings import contact_role, local_time

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
READ_FAILURES = (StorageError, SQLAlchemyError, sqlite3.Error, OSError, BadInputError)
OUT_OF_BAND_POINTS = 17


def utc_now() -> datetime:
    return datetime.now(UTC)


def format_remaining(remaining: timedelta) -> str:
    """A duration as mm:ss (h:mm:ss from an hour on); the sign is dropped."""
    seconds = int(abs(remaining).total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes:02d}:{seconds:02d}"


def method_label(reference: Reference, kind: str, lang: str) -> str:
    labels = reference.escalation.method_labels
    return labels[kind].get(lang) if kind in labels else kind


class CallList(QWidget):
    """The tiers to call, in order; ``current_tier`` is the tier to call now."""

    def __init__(self, reference: Reference, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call_list")
        self.reference = reference
        self.lang = lang
        self.tiers: tuple[TierView, ...] = ()
        self.current_tier: int | None = None
        self.tier_frames: dict[int, QFrame] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.heading = style.text_label("call_list_heading", 16, bold=True)
        self.heading.setText(self.tr("Who to call now"))
        layout.addWidget(self.heading)
        self.empty_label = style.text_label("call_list_empty", 14, bold=True)
        self.empty_label.setStyleSheet(
            style.banner_style(style.theme.warning_bg, style.theme.warning_fg)
        )
        layout.addWidget(self.empty_label)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(10)
        layout.addWidget(self.body)
        self.set_tiers(())

    # --- content --------------------------------------------------------------------------------
    def show_call_now(self, state: CallNow) -> None:
        self.set_tiers(state.tiers, state.tier.tier if state.tier else None)

    def set_tiers(self, tiers: Sequence[TierView], current_tier: int | None = -1) -> None:
        """Show ``tiers``; ``current_tier`` names the tier to call now (-1: the first one)."""
        tiers = tuple(tiers)
        if current_tier == -1:
            current_tier = tiers[0].tier if tiers else None
        self.tiers = tiers
        self.current_tier = current_tier
        self._clear()
        self.empty_label.setText(
            self.tr("No contacts set up for this unit — see the printed contact sheet.")
        )
        self.empty_label.setVisible(not tiers)
        self.setAccessibleDescription(self.empty_label.text() if not tiers else "")
        numbers = [t.tier for t in tiers]
        current_index = numbers.index(current_tier) if current_tier in numbers else 0
        for position, tier in enumerate(tiers):
            following = tiers[position + 1] if position + 1 < len(tiers) else None
            frame = self._tier_frame(
                tier, following, tier.tier == current_tier, compact=position < current_index
            )
            self.tier_frames[tier.tier] = frame
            self.body_layout.addWidget(frame)

    def set_unavailable(self) -> None:
        """The contacts could not be read: say so, and point to paper."""
        self.set_tiers(())
        self.empty_label.setText(
            self.tr("The contacts could not be read — use the printed contact sheet.")
        )

    def plain_text(self) -> str:
        """Everything shown, top to bottom, as text (for tests and screen readers)."""
        texts = [self.heading.text()]
        if self.empty_label.isVisibleTo(self):
            texts.append(self.empty_label.text())
        for frame in self.tier_frames.values():  # not the frames being deleted
            texts += [label.text() for label in frame.findChildren(QLabel)]
        return "\n".join(texts)

    def _clear(self) -> None:
        self.tier_frames = {}  # in order of the tiers
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _tier_frame(
        self, tier: TierView, following: TierView | None, current: bool, compact: bool
    ) -> QFrame:
        """One tier; ``compact`` for the tiers before the one to call now (one line a contact)."""
        t = style.theme
        frame = QFrame()
        frame.setObjectName(f"call_tier_{tier.tier}")
        frame.setProperty("current", current)
        frame.setStyleSheet(
            f"QFrame#call_tier_{tier.tier} {{ border: {3 if current else 1}px solid "
            f"{t.current_border if current else t.other_border}; border-radius: 8px; "
            f"background-color: {t.current_bg if current else t.base_bg}; }}"
        )
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        title = style.text_label(f"call_tier_{tier.tier}_title", 16 if current else 14, bold=True)
        if current:
            title.setText(self.tr("Tier {tier} — CALL NOW").format(tier=tier.tier))
            title.setStyleSheet(
                f"color: {t.tag_fg}; background-color: {t.tag_bg}; border-radius: 4px; "
                "padding: 4px 8px;"
            )
        else:
            title.setText(self.tr("Tier {tier}").format(tier=tier.tier))
        layout.addWidget(title)
        frame.setAccessibleName(title.text())
        for contact in tier.contacts:
            layout.addWidget(self._contact_line(contact) if compact else self._contact(contact))
        info = style.text_label(f"call_tier_{tier.tier}_when", 12)
        info.setStyleSheet(f"color: {style.theme.muted_fg};")
        if following is not None:
            wait = self.tr("No answer in {minutes} min → call tier {next}.").format(
                minutes=tier.wait_minutes, next=following.tier
            )
        else:
            wait = self.tr(
                "No answer in {minutes} min → keep trying; use the contact sheet."
            ).format(minutes=tier.wait_minutes)
        lines = [wait]
        if tier.triggers:
            separator = "、" if self.lang == "ja" else "; "
            words = separator.join(
                self.reference.escalation.trigger_text(code, self.lang) for code in tier.triggers
            )
            lines.append(self.tr("Call this tier for: {triggers}").format(triggers=words))
        info.setText("\n".join(lines))
        layout.addWidget(info)
        return frame

    def _contact_line(self, contact: ContactView) -> QLabel:
        line = style.text_label("call_contact_line", 13)
        line.setText(
            "  ·  ".join(
                [contact.name]
                + [
                    f"{method_label(self.reference, kind, self.lang)} {value}"
                    for kind, value in contact.methods
                ]
            )
        )
        return line

    def _contact(self, contact: ContactView) -> QWidget:
        box = QWidget()
        box.setObjectName("call_contact")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        name = style.text_label("call_contact_name", 15, bold=True)
        name.setText(contact.name)
        layout.addWidget(name)
        who = [contact_role(self.reference, contact.role, self.lang)]
        who += [p for p in (contact.organization, contact.hics_position) if p]
        detail = style.text_label("call_contact_role", 13)
        detail.setText(" · ".join(who))
        detail.setStyleSheet(f"color: {style.theme.muted_fg};")
        layout.addWidget(detail)
        emails = []
        numbers = []
        for kind, value in contact.methods:  # out-of-band first (list_contacts orders them)
            text = f"{method_label(self.reference, kind, self.lang)}  {value}"
            if kind == "email":
                emails.append(text)
                continue
            numbers.append(text)
            number = style.text_label(f"call_method_{kind}", OUT_OF_BAND_POINTS, bold=True)
            number.setText(text)
            layout.addWidget(number)
        if not numbers:
            missing = style.text_label("call_no_phone", 13, bold=True)
            missing.setText(self.tr("No phone, pager or radio on record."))
            layout.addWidget(missing)
        if contact.hours:
            hours = style.text_label("call_contact_hours", 12)
            hours.setText(self.tr("Hours: {hours}").format(hours=contact.hours))
            layout.addWidget(hours)
        for text in emails:
            email = style.text_label("call_method_email", 11)
            email.setText(text)
            email.setStyleSheet(f"color: {style.theme.muted_fg};")
            layout.addWidget(email)
        box.setAccessibleName(", ".join([contact.name, *numbers, *emails]))
        return box


class DecisionCallPanel(QWidget):
    """A saved decision's re-check clock (provisional results) and who to call now.

    Signals:
    overdue_changed(bool): the re-check time of the decision shown ran out (or not any more).
    """

    overdue_changed = Signal(bool)

    def __init__(
        self,
        db: Database,
        reference: Reference,
        lang: str,
        now: Clock | None = None,
        parent: QWidget | None = None,
        countdown_inside: bool = True,
    ) -> None:
        """``countdown_inside`` False: the page places ``recheck_label`` itself."""
        super().__init__(parent)
        self.setObjectName("decision_call_panel")
        self.db = db
        self.reference = reference
        self.lang = lang
        self.now: Clock = now or utc_now
        self.decision: DecisionView | None = None
        self.state: CallNow | None = None
        self._shown_key: tuple[object, ...] | None = None
        self._overdue = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.recheck_label = style.text_label("recheck_countdown", 18, bold=True)
        self.recheck_label.setAccessibleName(self.tr("Re-check countdown"))
        if countdown_inside:
            layout.addWidget(self.recheck_label)
        self.replaced_label = style.text_label("recheck_replaced", 14, bold=True)
        self.replaced_label.setStyleSheet(f"color: {style.theme.muted_fg};")
        layout.addWidget(self.replaced_label)
        self.call_list = CallList(reference, lang)
        layout.addWidget(self.call_list)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.show_decision(None)

    def show_decision(self, decision: DecisionView | None) -> None:
        self.decision = decision
        self._shown_key = None
        self._overdue = False
        replaced = decision is not None and decision.superseded_by is not None
        self.replaced_label.setVisible(replaced)
        if replaced:
            assert decision is not None
            self.replaced_label.setText(
                self.tr(
                    "Replaced by a newer version ({id}): that one counts. No re-check for this one."
                ).format(id=decision.superseded_by)
            )
        self.call_list.setVisible(decision is not None and not replaced)
        self.recheck_label.hide()
        self.tick()
        if decision is not None and not replaced and self.isVisible():
            self.timer.start()
        else:
            self.timer.stop()

    def refresh_contacts(self) -> None:
        """Contacts or tiers changed: read them again."""
        self._shown_key = None
        self.tick()

    def tick(self) -> None:
        """Update the countdown (every second) and, when it changes, the tier to call now."""
        decision = self.decision
        if decision is None or decision.superseded_by is not None:
            self.state = None
            return
        try:
            state = call_now(self.db, self.reference, decision, self.now())
        except READ_FAILURES as exc:
            log.error("reading the escalation chain failed: %s", exc)
            self.state = None
            if self._shown_key != ("unavailable",):
                self.call_list.set_unavailable()
                self._shown_key = ("unavailable",)
            return
        self.state = state
        self._show_recheck(state)
        key = (state.tier.tier if state.tier else None, state.tiers)
        if key != self._shown_key:
            self.call_list.show_call_now(state)
            self._shown_key = key

    def overdue(self) -> bool:
        return self._overdue

    def _show_recheck(self, state: CallNow) -> None:
        check = state.recheck
        self.recheck_label.setVisible(check is not None)
        overdue = bool(check and check.overdue)
        if check is not None:
            deadline = local_time(check.deadline.astimezone(UTC).isoformat())
            if overdue:
                text = self.tr(
                    "OVERDUE — re-check was due at {deadline} ({time} ago). "
                    "Resolve the unknown answers now and call the next tier."
                ).format(deadline=deadline, time=format_remaining(check.remaining))
                colours = (style.theme.danger_bg, style.theme.danger_fg)
            else:
                text = self.tr("PROVISIONAL — re-check in {time} (by {deadline})").format(
                    time=format_remaining(check.remaining), deadline=deadline
                )
                colours = (style.theme.warning_bg, style.theme.warning_fg)
            self.recheck_label.setText(text)
            self.recheck_label.setStyleSheet(style.banner_style(*colours))
        if overdue != self._overdue:
            self._overdue = overdue
            self.overdue_changed.emit(overdue)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.decision is not None and self.decision.superseded_by is None:
            self.tick()
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()


def recheck_text(
    reference: Reference, decision: DecisionView, now: datetime
) -> tuple[str, bool] | None:
    """The re-check column of a decision: ("mm:ss", False) / ("OVERDUE", True); None when none."""
    if not decision.provisional or decision.superseded_by is not None:
        return None
    created = datetime.fromisoformat(decision.created_at)
    state = recheck(created, now, reference.escalation.recheck_minutes)
    if state.overdue:
        return translate("CallList", "OVERDUE"), True
    return translate("CallList", "{time} left").format(
        time=format_remaining(state.remaining)
    ), False
