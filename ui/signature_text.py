"""Signatures as people read them: the manifestation (printed name, role, meaning, date and time
with its UTC offset), a plain NOT VALID mark with the reason, and which version of a decision each
signature belongs to."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from app.database.db import Database
from app.services.decisions import DecisionView
from app.services.reference import Reference
from app.services.signoff import (
    APPROVED,
    AWAITING,
    REJECTED,
    SignatureView,
    signatures_of,
    signoff_state,
    version_history,
)
from ui import style
from ui.strings import class_title, local_time, role_name, signed_time

translate = QCoreApplication.translate
INVALID_FG = style.theme.danger_bg


def state_text(state: str) -> str:
    texts = {
        AWAITING: translate("SignatureText", "Awaiting sign-off"),
        APPROVED: translate("SignatureText", "Approved (signed off)"),
        REJECTED: translate("SignatureText", "Rejected: a new version is needed"),
    }
    return texts.get(state, translate("SignatureText", "Replaced by a newer version"))


def state_short(state: str) -> str:
    """For a table column."""
    texts = {
        AWAITING: translate("SignatureText", "Awaiting"),
        APPROVED: translate("SignatureText", "Approved"),
        REJECTED: translate("SignatureText", "Rejected"),
    }
    return texts.get(state, translate("SignatureText", "Replaced"))


def meaning_label(reference: Reference, meaning: str, lang: str) -> str:
    try:
        return reference.signoff.meaning_label(meaning, lang)
    except KeyError:
        return meaning


def manifestation(reference: Reference, lang: str, signature: SignatureView) -> str:
    """One line: "Approved — Aiko Sato, Clinical leader — 2026-11-08 14:03:22 (UTC+09:00)"."""
    return translate("SignatureText", "{meaning} — {name}, {role} — {time}").format(
        meaning=meaning_label(reference, signature.meaning, lang),
        name=signature.full_name,
        role=role_name(reference, signature.role, lang),
        time=signed_time(signature.signed_at_local),
    )


def signature_html(reference: Reference, lang: str, signature: SignatureView) -> str:
    colour = "" if signature.valid else f" style='color:{INVALID_FG}'"
    parts = [f"<p{colour}><b>{html.escape(manifestation(reference, lang, signature))}</b>"]
    if not signature.valid:
        mark = translate("SignatureText", "NOT VALID: {problem}").format(
            problem=signature.problem or "?"
        )
        parts.append(f"<br><b style='color:{INVALID_FG}'>⚠ {html.escape(mark)}</b>")
    if signature.accepted_unknown:
        accepted = translate("SignatureText", "Accepted the unknown answers")
        parts.append(f"<br>{html.escape(accepted)}")
    if signature.reason:
        reason = translate("SignatureText", "Reason: {reason}").format(reason=signature.reason)
        parts.append(f"<br>{html.escape(reason)}")
    detail = translate("SignatureText", "user {username} · workstation {workstation}").format(
        username=signature.username, workstation=signature.workstation
    )
    parts.append(
        f"<br><small style='color:{style.theme.muted_fg}'>{html.escape(detail)}</small></p>"
    )
    return "".join(parts)


def signatures_html(
    reference: Reference, lang: str, signatures: list[SignatureView], state: str
) -> str:
    colour = {
        APPROVED: style.theme.ok_fg,
        REJECTED: style.theme.danger_bg,
        AWAITING: style.theme.awaiting_fg,
    }.get(state, style.theme.muted_fg)
    parts = [f"<p style='color:{colour}'><b>{html.escape(state_text(state))}</b></p>"]
    if not signatures:
        none = translate("SignatureText", "No signatures on this version.")
        parts.append(f"<p>{html.escape(none)}</p>")
    parts += [signature_html(reference, lang, s) for s in signatures]
    return "".join(parts)


def version_title(index: int, count: int, version: DecisionView, shown_id: str) -> str:
    title = translate("SignatureText", "Version {number} of {count}").format(
        number=index, count=count
    )
    if version.superseded_by:
        title += " — " + translate("SignatureText", "replaced by {id}").format(
            id=version.superseded_by
        )
    else:
        title += " — " + translate("SignatureText", "the current version")
    if version.id == shown_id:
        title += " " + translate("SignatureText", "(shown above)")
    return title


def history_html(db: Database, reference: Reference, lang: str, decision: DecisionView) -> str:
    """Every version of ``decision`` (oldest first), each with its state and signatures."""
    versions = version_history(db, decision.id)
    heading = translate("SignatureText", "Sign-off and signatures")
    parts = [f"<h3>{html.escape(heading)}</h3>"]
    for number, version in enumerate(versions, start=1):
        signatures = signatures_of(db, version.id)
        state = signoff_state(db, reference, version, signatures)
        title = version_title(number, len(versions), version, decision.id)
        what = translate("SignatureText", "{cls}, recorded {time}, id {id}").format(
            cls=class_title(reference, version.ir_class, lang),
            time=local_time(version.created_at),
            id=version.id,
        )
        parts.append(f"<h4>{html.escape(title)}</h4>")
        parts.append(f"<p style='color:{style.theme.muted_fg}'>{html.escape(what)}</p>")
        parts.append(signatures_html(reference, lang, signatures, state))
    return "".join(parts)
