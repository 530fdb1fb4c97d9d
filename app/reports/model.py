"""The plain, frozen inputs of the printed documents (no database objects, no Qt).

The service layer builds these from the database; the render functions only read them. Every text field is
already in the language of the document (``role_label``, ``category_name``, trigger texts, ...); codes such as
``Contact.role`` or a method ``kind`` are kept for sorting and labelling.

Sequence fields accept any iterable (lists are fine) and are stored as tuples, so the objects stay hashable
and cannot change under the renderer. Pairs and triples may be passed as plain tuples: ``ContactMethod``,
``Regulator``, ``RecordedAnswer`` and ``FirstContact`` are named tuples.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

METHOD_KINDS = ("mobile", "pager", "radio", "desk", "email")
"""Known contact-method kinds; every kind except ``email`` is out-of-band (works when the network is down)."""

OUT_OF_BAND_KINDS = frozenset({"mobile", "pager", "radio", "desk"})


class ContactMethod(NamedTuple):
    """One way to reach a contact: ``kind`` is one of METHOD_KINDS (others print as given)."""

    kind: str
    value: str


class Regulator(NamedTuple):
    """A reporting point: its name, the channel (portal, phone, form) and the clock as a sentence."""

    name: str
    channel: str
    clock: str


class RecordedAnswer(NamedTuple):
    """One answer of a decision: question and answer texts in the document language.

    ``on_path``: the answer decided the class (False for the non-blocking flag questions asked afterwards);
    ``from_inventory``: pre-filled from the inventory rather than answered by a person.
    """

    question: str
    answer: str
    on_path: bool
    from_inventory: bool


class FirstContact(NamedTuple):
    """Who to call first about a device: a name and the best out-of-band number."""

    name: str
    number: str


def _tuples(obj: Any, *names: str) -> None:
    """Store the named sequence fields of a frozen dataclass as tuples."""
    for name in names:
        object.__setattr__(obj, name, tuple(getattr(obj, name)))


@dataclass(frozen=True)
class Contact:
    """A person or desk on the contact sheet.

    ``methods`` are ordered by the caller, out-of-band first (mobile, pager, radio, desk, then email); the
    sheet prints them in that order, out-of-band ones large. The vendor extras are empty for people.
    """

    name: str
    role: str
    role_label: str
    organization: str = ""
    hics_position: str = ""
    methods: tuple[ContactMethod, ...] = ()
    hours: str = ""
    authority: str = ""
    notes: str = ""
    last_verified: date | None = None
    models_covered: str = ""
    contract_number: str = ""
    service_desk: str = ""
    psirt: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "methods", tuple(ContactMethod(*m) for m in self.methods))

    @property
    def out_of_band(self) -> tuple[ContactMethod, ...]:
        """The methods that work without the hospital network, in the given order."""
        return tuple(m for m in self.methods if m.kind != "email")

    @property
    def in_band(self) -> tuple[ContactMethod, ...]:
        """E-mail (may be compromised during an incident)."""
        return tuple(m for m in self.methods if m.kind == "email")


@dataclass(frozen=True)
class EscalationTier:
    """One step of the escalation chain: call these contacts; after ``wait_minutes`` without an answer,
    move on to the next tier. ``triggers`` say when to call this tier ("any decision of class 3 or
    higher")."""

    number: int
    wait_minutes: int
    contacts: tuple[Contact, ...] = ()
    triggers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _tuples(self, "contacts", "triggers")


@dataclass(frozen=True)
class ContactSheet:
    """Everything one printed escalation contact sheet shows (HICS 205A + DOMAIN §6.3).

    ``unit`` None means all units. ``generated_at`` must be time-zone aware. ``last_verified`` is the oldest
    verification date of the contacts shown (None when some were never verified). ``incident`` is optional
    (blank sheets are printed before any incident).
    """

    facility: str
    unit: str | None
    generated_at: datetime
    last_verified: date | None
    tiers: tuple[EscalationTier, ...] = ()
    vendors: tuple[Contact, ...] = ()
    regulators: tuple[Regulator, ...] = ()
    incident: str = ""

    def __post_init__(self) -> None:
        _tuples(self, "tiers", "vendors")
        object.__setattr__(self, "regulators", tuple(Regulator(*r) for r in self.regulators))

    @property
    def contact_count(self) -> int:
        return sum(len(t.contacts) for t in self.tiers) + len(self.vendors)


SIGNOFF_STATES = ("awaiting", "approved", "rejected", "replaced")
"""Sign-off states of a decision version (``DecisionRecord.signoff_state``; "" = not known)."""


@dataclass(frozen=True)
class SignatureLine:
    """One electronic signature's manifestation (Part 11 §11.50): printed name, role, meaning, when.

    ``meaning`` is the code (approved, rejected, reviewed, verified), ``meaning_label`` its text in the
    document language. ``signed_at`` is the workstation's local time at signing and ``signed_at_utc`` the
    same instant in UTC (both aware). ``reason`` is the signer's reason (for ``accepted_unknown``: why the
    unknown answer was accepted). ``valid`` False prints the signature as NOT VALID with ``problem``.
    """

    full_name: str
    role_label: str
    meaning: str
    meaning_label: str
    signed_at: datetime
    signed_at_utc: datetime
    reason: str = ""
    accepted_unknown: bool = False
    key_fingerprint: str = ""
    valid: bool = True
    problem: str = ""


class TrailHead(NamedTuple):
    """The audit trail's newest event when the document was made: its seq and (full) hash."""

    seq: int
    hash: str


@dataclass(frozen=True)
class DecisionRecord:
    """One classification decision, as printed for the paper file.

    ``ir_class`` is the primary class (1-7); ``also_matches`` the other classes whose cautions apply.
    ``answers`` in the order asked. ``tree_version``/``tree_sha256`` identify the question tree used.
    ``purpose`` says why the decision was made (e.g. "live incident", "pre-classification").

    Sign-off: ``signoff_state`` is one of SIGNOFF_STATES, or "" when the record does not come from the
    database's sign-off (then only blank lines for handwritten signatures are printed, as they also are
    when no one has signed yet). ``signers`` are the role names that may approve this class;
    ``signatures`` those on this version, oldest first; ``statement`` what each signer affirmed.
    Version: ``supersedes`` / ``superseded_by`` are the ids of the previous / newer version ("" for
    none); ``content_sha256`` fingerprints this version's canonical content. ``audit_head`` is printed in
    every page's footer so a paper copy can be checked against the trail.
    """

    id: str
    created_at: datetime
    recorded_by: str
    role_label: str
    device_tag: str
    category_name: str
    unit: str
    location: str
    note: str
    ir_class: int
    provisional: bool
    safety_override: bool
    also_matches: tuple[int, ...]
    answers: tuple[RecordedAnswer, ...]
    tree_version: str
    tree_sha256: str
    purpose: str
    signoff_state: str = ""
    signers: tuple[str, ...] = ()
    signatures: tuple[SignatureLine, ...] = ()
    statement: str = ""
    supersedes: str = ""
    superseded_by: str = ""
    content_sha256: str = ""
    audit_head: TrailHead | None = None
    exercise: bool = False  # recorded in an exercise: marked EXERCISE on every page

    def __post_init__(self) -> None:
        _tuples(self, "also_matches", "signers", "signatures")
        object.__setattr__(self, "answers", tuple(RecordedAnswer(*a) for a in self.answers))
        if self.audit_head is not None:
            object.__setattr__(self, "audit_head", TrailHead(*self.audit_head))
        if self.signoff_state not in ("", *SIGNOFF_STATES):
            raise ValueError(f"unknown sign-off state {self.signoff_state!r}")


@dataclass(frozen=True)
class DeviceCard:
    """One label-size card to stick on or beside a device. ``ir_class`` None: not classified yet."""

    asset_tag: str
    category_name: str
    model: str
    unit: str
    location: str
    ir_class: int | None
    first_contact: FirstContact | None = None

    def __post_init__(self) -> None:
        if self.first_contact is not None:
            object.__setattr__(self, "first_contact", FirstContact(*self.first_contact))


@dataclass(frozen=True)
class Binder:
    """The unit's downtime binder: cover, classes, flowchart, blank forms and the contact sheet(s)."""

    facility: str
    unit: str | None
    generated_at: datetime
    sheets: tuple[ContactSheet, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        _tuples(self, "sheets")


__all__ = [
    "METHOD_KINDS",
    "OUT_OF_BAND_KINDS",
    "SIGNOFF_STATES",
    "Binder",
    "Contact",
    "ContactMethod",
    "ContactSheet",
    "DecisionRecord",
    "DeviceCard",
    "EscalationTier",
    "FirstContact",
    "RecordedAnswer",
    "Regulator",
    "SignatureLine",
    "TrailHead",
]
