"""Table definitions. The schema itself is created and changed only by the Alembic migrations in
``migrations/versions``; a test checks that these models and the migrated schema agree."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Device(SQLModel, table=True):
    """A device in the inventory (minimal for now; the inventory issue extends it)."""

    __tablename__ = "device"

    id: str = Field(primary_key=True, max_length=36)
    asset_tag: str = Field(unique=True, index=True)
    category: str | None = Field(default=None, index=True)
    manufacturer: str | None = None
    model: str | None = None
    description: str | None = None
    unit: str | None = Field(default=None, index=True)
    location: str | None = None
    created_at: str


class Decision(SQLModel, table=True):
    """One recorded classification of one device (or category, or unknown device) in its situation."""

    __tablename__ = "decision"

    id: str = Field(primary_key=True, max_length=36)
    created_at: str = Field(index=True)  # UTC, ISO 8601 with offset
    recorded_by: str
    role: str
    authenticated: bool = False  # break-glass: triage never requires a login
    device_id: str | None = Field(default=None, foreign_key="device.id", index=True)
    device_tag: str | None = None  # snapshot of the tag at the time of the decision
    category: str | None = None
    unit: str | None = None
    location: str | None = None
    incident_id: str | None = Field(default=None, index=True)
    note: str | None = None
    ir_class: int
    provisional: bool
    safety_override: bool
    also_matches: str  # JSON list of class numbers
    tree_version: str
    tree_sha256: str
    workstation: str
    app_version: str


class DecisionAnswer(SQLModel, table=True):
    """One answer given for a decision, in the order asked; ``on_path`` is false for ignored answers."""

    __tablename__ = "decision_answer"

    decision_id: str = Field(foreign_key="decision.id", primary_key=True, max_length=36)
    seq: int = Field(primary_key=True)
    question: str
    answer: str
    on_path: bool


class Event(SQLModel, table=True):
    """Append-only log of what happened. Rows are hash-chained; triggers refuse UPDATE and DELETE."""

    __tablename__ = "event"

    seq: int | None = Field(default=None, primary_key=True)
    at: str
    kind: str
    entity: str
    entity_id: str
    actor: str
    workstation: str
    payload: str  # canonical JSON
    prev_hash: str
    hash: str = Field(unique=True)
