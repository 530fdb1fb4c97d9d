"""The Incidents tab: the list of incidents, and one incident's workspace with its tabs.

Shared here: the EXERCISE banner and mark, the time since T0, and why a device is in scope in
words. Who is acting (``ActorField``) and the words of a refused save (``not_saved``) are in
``ui.widgets.actor_field``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app.services.incident_devices import reason_parts
from ui import style

translate = QCoreApplication.translate


def exercise_banner(name: str) -> QLabel:
    """The banner of every screen of an exercise (the words say it, not only the colour)."""
    banner = style.text_label(name, 16, bold=True)
    banner.setText(
        translate(
            "Incidents",
            "EXERCISE — a tabletop exercise, not a real incident. Nothing here is sent "
            "to anyone, and it is kept out of real metrics.",
        )
    )
    banner.setAccessibleName(translate("Incidents", "Exercise"))
    banner.setStyleSheet(style.banner_style(style.theme.exercise_bg, style.theme.exercise_fg))
    return banner


def exercise_mark() -> str:
    return translate("Incidents", "EXERCISE")


def since_text(t0_iso: str, now: datetime | None = None) -> str:
    """Time since T0 in words a tired person reads at a glance: "2 h 05 min", "3 d 4 h"."""
    try:
        t0 = datetime.fromisoformat(t0_iso)
    except ValueError:
        return ""
    seconds = int(((now or datetime.now(UTC)) - t0).total_seconds())
    if seconds < 0:
        return translate("Incidents", "T0 is in the future")
    minutes, hours, days = seconds // 60 % 60, seconds // 3600 % 24, seconds // 86400
    if days:
        return translate("Incidents", "{days} d {hours} h").format(days=days, hours=hours)
    if hours:
        return translate("Incidents", "{hours} h {minutes} min").format(
            hours=hours, minutes=f"{minutes:02d}"
        )
    return translate("Incidents", "{minutes} min").format(minutes=minutes)


def scope_reason(reason: str) -> str:
    """Why a device is in scope, in the user's language (a reason typed by hand as typed)."""
    kind, values = reason_parts(reason)
    texts = {
        "manual": translate("Incidents", "added by hand"),
        "decision": translate("Incidents", "has a decision"),
        "model": translate("Incidents", "same model {model}"),
        "firmware": translate("Incidents", "same model {model}, firmware {firmware}"),
        "component": translate("Incidents", "carries component {component}"),
    }
    return texts[kind].format(**values) if kind in texts else values.get("text", reason)
