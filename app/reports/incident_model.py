"""The plain, frozen inputs of the incident documents: the incident report (or, for an exercise, the
exercise after-action report) and the HICS 214 activity log. No database objects, no Qt.

As in ``app.reports.model``: the service layer builds these, the renderers only read them; every text is
already in the document's language (status, phase, severity, class names, ...); a few fixed vocabularies
are codes that the renderer labels itself (``TimelineEntry.source``, ``ChecklistLine.state``,
``DecisionLine.signoff_state``). Every datetime must be time-zone aware (the renderers refuse naive ones).
Sequence fields accept any iterable and are stored as tuples; pairs and quadruples may be passed as plain
tuples (``CustodyTransfer``, ``LessonAction``, ``Inject``, ``Preparer`` are named tuples).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any, NamedTuple

from app.reports.model import SIGNOFF_STATES, SignatureLine, TrailHead

TIMELINE_SOURCES = ("audit", "manual")
"""Where a timeline entry comes from: the audit trail (recorded by the system) or typed in by a person."""

CHECK_STATES = ("open", "done", "not_applicable")
"""States of a checklist item (``ChecklistLine.state``)."""


def _tuples(obj: Any, *names: str) -> None:
    for name in names:
        object.__setattr__(obj, name, tuple(getattr(obj, name)))


def _named(obj: Any, name: str, kind: type) -> None:
    object.__setattr__(obj, name, tuple(kind(*item) for item in getattr(obj, name)))


@dataclass(frozen=True)
class IncidentSummary:
    """Who, what and when of one incident (or exercise).

    ``t0`` is the awareness time (DOMAIN §5.2 DET-01): regulatory clocks and the metrics start there.
    ``exercise`` True makes the documents exercise documents (marked EXERCISE on every page);
    ``scenario`` is the exercise scenario's title. ``audit_head`` (the audit trail's newest event when the
    document was made) is printed in every page's footer, as on the decision record.
    """

    ref: str
    name: str
    status: str
    phase: str
    severity: str
    t0: datetime
    detection_source: str
    created_by: str
    created_at: datetime
    facility: str = ""
    units: tuple[str, ...] = ()
    description: str = ""
    closed_at: datetime | None = None
    closed_by: str = ""
    exercise: bool = False
    scenario: str = ""
    audit_head: TrailHead | None = None

    def __post_init__(self) -> None:
        _tuples(self, "units")
        if self.audit_head is not None:
            object.__setattr__(self, "audit_head", TrailHead(*self.audit_head))


@dataclass(frozen=True)
class DecisionLine:
    """One classification decision of the incident, as a line of the report.

    ``device`` is the asset tag (or the category when no single device was classified); ``category`` the
    device category's name. ``signoff_state`` is one of ``SIGNOFF_STATES`` ("" = not known);
    ``signatures`` are the electronic signatures on this version, oldest first.
    """

    id: str
    device: str
    category: str
    unit: str
    ir_class: int
    class_name: str
    provisional: bool
    recorded_by: str
    created_at: datetime
    signoff_state: str = ""
    signatures: tuple[SignatureLine, ...] = ()
    safety_override: bool = False

    def __post_init__(self) -> None:
        _tuples(self, "signatures")
        if self.signoff_state not in ("", *SIGNOFF_STATES):
            raise ValueError(f"unknown sign-off state {self.signoff_state!r}")


@dataclass(frozen=True)
class StatusRow:
    """One line of the HICS 251-style system status roll-up: the devices of one category in one unit.

    ``by_class`` counts the devices per IR class (1-7; unclassified devices are not in it). The state
    counts say where those devices are now. ``status`` is the HICS 251 status as text (fully functional /
    partially functional / nonfunctional / N/A, "" when not assessed); ``comment`` the 251's comments
    (location, reason, repair estimate, who inspected).
    """

    unit: str
    category: str
    by_class: Mapping[int, int] = field(default_factory=dict, hash=False)
    under_review: int = 0
    isolated: int = 0
    compensated: int = 0  # running on compensating measures
    restored: int = 0
    not_affected: int = 0
    status: str = ""
    comment: str = ""

    def __post_init__(self) -> None:
        counts = dict(self.by_class)
        for number, count in counts.items():
            if number not in range(1, 8) or count < 0:
                raise ValueError(f"bad class count {number!r}: {count!r}")
        object.__setattr__(self, "by_class", MappingProxyType(dict(sorted(counts.items()))))

    @property
    def states(self) -> tuple[int, int, int, int, int]:
        """The state counts in the printed order (under review, isolated, on compensations, restored,
        not affected)."""
        return (
            self.under_review,
            self.isolated,
            self.compensated,
            self.restored,
            self.not_affected,
        )


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the incident timeline (and of the HICS 214 activity log).

    ``position`` is the HICS position or role of ``who`` ("" when none); ``source`` one of
    ``TIMELINE_SOURCES``.
    """

    at: datetime
    who: str
    what: str
    position: str = ""
    source: str = "manual"

    def __post_init__(self) -> None:
        if self.source not in TIMELINE_SOURCES:
            raise ValueError(f"unknown timeline source {self.source!r}")


@dataclass(frozen=True)
class ChecklistLine:
    """One phase-checklist item (DOMAIN §5): its id (PREP-01, DET-03, ...), the phase and action texts,
    the owner, the state (one of ``CHECK_STATES``), who set it and when, and a note."""

    id: str
    phase: str
    action: str
    owner: str
    state: str = "open"
    by: str = ""
    at: datetime | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if self.state not in CHECK_STATES:
            raise ValueError(f"unknown checklist state {self.state!r}")


@dataclass(frozen=True)
class ClockLine:
    """One regulatory clock (DOMAIN §6.5/§6.6): what triggered it, to whom, through which channel, the
    legal source, the rule as a sentence ("60 calendar days") and the due time (None: no fixed due time,
    e.g. "promptly"). ``overdue`` is decided by the caller (it knows what was filed)."""

    trigger: str
    recipient: str
    channel: str
    source: str
    rule: str
    due: datetime | None = None
    overdue: bool = False
    note: str = ""


class CustodyTransfer(NamedTuple):
    """One hand-over of a piece of evidence: released by, received by, when, why."""

    released_by: str
    received_by: str
    at: datetime
    reason: str = ""


@dataclass(frozen=True)
class EvidenceLine:
    """One piece of evidence with its chain of custody (transfers oldest first)."""

    id: str
    file_name: str
    sha256: str
    size: int
    description: str
    collected_by: str
    collected_at: datetime
    location: str = ""
    transfers: tuple[CustodyTransfer, ...] = ()

    def __post_init__(self) -> None:
        _named(self, "transfers", CustodyTransfer)


class LessonAction(NamedTuple):
    """One improvement action: what, who, by when (None: no date yet), status text."""

    action: str
    owner: str
    due: date | None = None
    status: str = ""


@dataclass(frozen=True)
class Lessons:
    """Lessons learned (DOMAIN §5.4 PIR-01/02): free texts and the improvement plan."""

    what_happened: str = ""
    what_worked: str = ""
    what_did_not: str = ""
    actions: tuple[LessonAction, ...] = ()

    def __post_init__(self) -> None:
        _named(self, "actions", LessonAction)

    @property
    def empty(self) -> bool:
        return not (self.what_happened or self.what_worked or self.what_did_not or self.actions)


@dataclass(frozen=True)
class DeviceMetric:
    """Time from T0 to classification, containment and recovery of one device (DOMAIN §5.4 PIR-06);
    None where that step has not happened. ``ir_class`` None: not classified."""

    device: str
    ir_class: int | None
    class_name: str = ""
    to_classification: timedelta | None = None
    to_containment: timedelta | None = None
    to_recovery: timedelta | None = None


class Inject(NamedTuple):
    """One exercise inject: minutes after the start, and what the players are told."""

    at_minutes: int
    text: str


@dataclass(frozen=True)
class ExpectedActual:
    """An exercise's expected decision against what the players decided (``actual_class`` None: no
    decision made). ``match`` is decided by the caller."""

    situation: str
    category: str
    expected_class: int
    actual_class: int | None
    match: bool


@dataclass(frozen=True)
class IncidentReport:
    """Everything the incident report prints. Every section may be empty ("none recorded" is printed).

    ``scenario_text``, ``injects``, ``expected`` and ``questions`` are printed only for an exercise
    (``summary.exercise``). ``clocks_disclaimer`` replaces the standard "not legal advice" text when
    given. ``lang`` is the language the texts are in; the renderer refuses another language.
    """

    summary: IncidentSummary
    generated_at: datetime
    lang: str
    status: tuple[StatusRow, ...] = ()
    decisions: tuple[DecisionLine, ...] = ()
    checklist: tuple[ChecklistLine, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    evidence: tuple[EvidenceLine, ...] = ()
    clocks: tuple[ClockLine, ...] = ()
    metrics: tuple[DeviceMetric, ...] = ()
    lessons: Lessons = field(default_factory=Lessons)
    scenario_text: str = ""
    injects: tuple[Inject, ...] = ()
    expected: tuple[ExpectedActual, ...] = ()
    questions: tuple[str, ...] = ()
    clocks_disclaimer: str = ""

    def __post_init__(self) -> None:
        _tuples(
            self,
            "status",
            "decisions",
            "checklist",
            "timeline",
            "evidence",
            "clocks",
            "metrics",
            "expected",
            "questions",
        )
        _named(self, "injects", Inject)


class Preparer(NamedTuple):
    """Field 6 of the HICS 214: who prepared the log, their position, when (None: written by hand)."""

    name: str
    position: str = ""
    at: datetime | None = None


@dataclass(frozen=True)
class ActivityLog:
    """One HICS 214 Activity Log.

    ``person`` is the name and ``position`` the HIMT position of the person whose log this is; ``person``
    None means the whole incident's log (the name column is then printed on every row). ``entries`` are
    printed in the given order (the caller filters them to the person and the period).
    """

    incident: IncidentSummary
    period_from: datetime
    period_to: datetime
    generated_at: datetime
    lang: str
    entries: tuple[TimelineEntry, ...] = ()
    person: str | None = None
    position: str = ""
    prepared_by: Preparer | None = None

    def __post_init__(self) -> None:
        _tuples(self, "entries")
        if self.prepared_by is not None:
            object.__setattr__(self, "prepared_by", Preparer(*self.prepared_by))


__all__ = [
    "CHECK_STATES",
    "TIMELINE_SOURCES",
    "ActivityLog",
    "ChecklistLine",
    "ClockLine",
    "CustodyTransfer",
    "DecisionLine",
    "DeviceMetric",
    "EvidenceLine",
    "ExpectedActual",
    "IncidentReport",
    "IncidentSummary",
    "Inject",
    "LessonAction",
    "Lessons",
    "Preparer",
    "StatusRow",
    "TimelineEntry",
]
