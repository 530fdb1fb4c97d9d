"""Table definitions. The schema itself is created and changed only by the Alembic migrations in
``migrations/versions``; a test checks that these models and the migrated schema agree."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, UniqueConstraint
from sqlmodel import Field, SQLModel


class Category(SQLModel, table=True):
    """Device categories, kept in step with data/device_categories.yaml (the data file is the source)."""

    __tablename__ = "category"

    code: str = Field(primary_key=True)
    name_en: str
    name_ja: str
    default_class_idle: int | None = None
    default_class_in_use: int | None = None
    sort_order: int = 0


class Location(SQLModel, table=True):
    """Where a device is: site / building / unit / room / bed and a free-text label ('' when not known)."""

    __tablename__ = "location"
    __table_args__ = (UniqueConstraint("site", "building", "unit", "room", "bed", "label"),)

    id: int | None = Field(default=None, primary_key=True)
    site: str = ""
    building: str = ""
    unit: str = Field(default="", index=True)
    room: str = ""
    bed: str = ""
    label: str = ""


class Device(SQLModel, table=True):
    """A device in the inventory (fields: app.domain.device_fields). ``num`` keys the search index."""

    __tablename__ = "device"

    id: str = Field(primary_key=True, max_length=36)
    num: int = Field(unique=True, index=True)
    asset_tag: str = Field(unique=True, index=True)
    serial: str | None = Field(default=None, index=True)
    manufacturer: str | None = None
    model: str | None = Field(default=None, index=True)
    model_number: str | None = None
    category: str | None = Field(default=None, index=True)  # a category code, or None when unknown
    category_text: str | None = None  # the category as imported when it matched no known category
    location_id: int | None = Field(default=None, foreign_key="location.id", index=True)
    care_setting: str | None = None
    patient_connectable: bool | None = None
    life_sustaining: bool | None = None
    implanted: bool | None = None
    multi_patient_role: str | None = None
    network_functions: str | None = None
    ip: str | None = None
    mac: str | None = None
    vlan: int | None = None
    os_version: str | None = None
    firmware_version: str | None = None
    stores_phi: bool | None = None
    transmits_phi: bool | None = None
    known_good_image: str | None = None
    config_backup: str | None = None
    notes: str | None = None
    default_class: int | None = Field(default=None, index=True)
    default_class_approved_by: str | None = None
    default_class_approved_at: str | None = None
    default_class_decision_id: str | None = Field(
        default=None,
        sa_column=Column(  # decision -> device and device -> decision: a cycle, so use_alter
            String,
            ForeignKey("decision.id", use_alter=True, name="fk_device_default_class_decision_id"),
            nullable=True,
        ),
    )
    search_text: str = ""
    created_at: str
    updated_at: str


class MappingProfile(SQLModel, table=True):
    """A saved import mapping: canonical field -> column header (JSON)."""

    __tablename__ = "mapping_profile"

    name: str = Field(primary_key=True)
    mapping: str
    created_at: str
    created_by: str


class Sbom(SQLModel, table=True):
    """An imported software bill of materials, attached to a device model (and firmware version)."""

    __tablename__ = "sbom"

    id: str = Field(primary_key=True, max_length=36)
    model: str = Field(index=True)
    firmware: str | None = None
    format: str
    spec_version: str
    document_name: str | None = None
    file_name: str
    file_sha256: str
    imported_at: str
    imported_by: str


class SbomComponent(SQLModel, table=True):
    __tablename__ = "sbom_component"

    id: int | None = Field(default=None, primary_key=True)
    sbom_id: str = Field(foreign_key="sbom.id", index=True)
    name: str
    name_key: str = Field(index=True)  # lower-case name
    grp: str | None = None
    version: str | None = None
    purl: str | None = None
    purl_key: str | None = Field(default=None, index=True)  # type/namespace/name, lower-case
    supplier: str | None = None


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
    # "triage" (a live situation) or "preclassification" (a device's default class)
    purpose: str = "triage"
    # The earlier version this decision replaces (an unknown answer resolved, a situation changed).
    supersedes_id: str | None = Field(
        default=None, foreign_key="decision.id", index=True, unique=True
    )
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
    source: str = "person"  # "person", or "inventory" when pre-filled from the device record


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
    # Format 2 (schema 0004) hashes the actor's role and sign-in state too; format 1 rows stay as
    # they were written.
    format: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    actor_role: str | None = None
    authenticated: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    seal: str | None = None  # HMAC of the hash with the installation's key (None: no key here)


class AuditHead(SQLModel, table=True):
    """The newest event's seq and hash (one row), sealed, so that cutting off events shows."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="ck_audit_head_single_row"),)

    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    seq: int
    hash: str
    seal: str | None = None


class UserAccount(SQLModel, table=True):
    """A local account. Never deleted; a username is never changed or given to someone else."""

    __tablename__ = "user_account"

    id: str = Field(primary_key=True, max_length=36)
    username: str = Field(unique=True)
    full_name: str
    roles: str  # JSON list of role codes
    active: bool
    password_hash: str  # argon2id
    must_change_password: bool
    password_changed_at: str
    failed_attempts: int
    locked_until: str | None = None
    training: str | None = None  # training attestation (Part 11 §11.10(i))
    identity_verified: str | None = None  # who verified identity, how (§11.100(b))
    created_at: str
    created_by: str
    deactivated_at: str | None = None
    deactivated_by: str | None = None


class UserKey(SQLModel, table=True):
    """A user's public Ed25519 key (the private key lives in the credential store, wrapped).
    A reset adds a new key; old keys stay to verify old signatures."""

    __tablename__ = "user_key"

    id: str = Field(primary_key=True, max_length=36)
    user_id: str = Field(foreign_key="user_account.id", index=True, max_length=36)
    public_key: str  # base64 of the raw 32 bytes
    fingerprint: str
    created_at: str


class Signature(SQLModel, table=True):
    """An electronic signature on one decision version, with its manifestation (Part 11 §11.50)."""

    __tablename__ = "signature"
    __table_args__ = (UniqueConstraint("decision_id", "user_id", "meaning"),)

    id: str = Field(primary_key=True, max_length=36)
    decision_id: str = Field(foreign_key="decision.id", index=True, max_length=36)
    decision_sha256: str
    user_id: str = Field(foreign_key="user_account.id", max_length=36)
    username: str
    full_name: str  # as printed at signing
    role: str  # the role under which the person signed
    meaning: str
    reason: str | None = None
    accepted_unknown: bool
    signed_at: str  # UTC
    signed_at_local: str  # the workstation's local time with its offset
    components: str  # which identification components were used, e.g. "username+password"
    statement: str  # the signing statement shown to the signer
    workstation: str
    key_id: str = Field(foreign_key="user_key.id", max_length=36)
    signature: str  # base64 Ed25519 over the canonical document


class Contact(SQLModel, table=True):
    """A person or service to call (DOMAIN.md §6.1, §6.3)."""

    __tablename__ = "contact"

    id: str = Field(primary_key=True, max_length=36)
    name: str = Field(index=True)
    role: str  # a role code (data/roles.yaml), vendor, regulator, or a custom role
    organization: str = ""
    hics_position: str | None = None
    hours: str | None = None
    authority: str | None = None
    notes: str | None = None
    last_verified: str | None = None  # ISO date
    models_covered: str | None = None  # vendors
    contract_number: str | None = None
    service_desk: str | None = None
    psirt: str | None = None
    created_at: str
    updated_at: str


class ContactMethod(SQLModel, table=True):
    """A way to reach a contact; ``kind`` is mobile, pager, radio, desk or email."""

    __tablename__ = "contact_method"

    contact_id: str = Field(foreign_key="contact.id", primary_key=True, max_length=36)
    kind: str = Field(primary_key=True)
    value: str


class EscalationEntry(SQLModel, table=True):
    """A contact's place in the escalation of a unit ('' = all units) for some classes ('' = all)."""

    __tablename__ = "escalation_entry"
    __table_args__ = (UniqueConstraint("contact_id", "unit", "tier", "classes"),)

    id: int | None = Field(default=None, primary_key=True)
    contact_id: str = Field(foreign_key="contact.id", index=True, max_length=36)
    unit: str = Field(default="", index=True)
    tier: int
    classes: str = ""  # e.g. "3,4,5"; "" = every class


class EscalationTier(SQLModel, table=True):
    """A unit's own wait time and triggers for a tier ('' = all units); data/escalation.yaml else."""

    __tablename__ = "escalation_tier"

    unit: str = Field(primary_key=True)
    tier: int = Field(primary_key=True)
    wait_minutes: int
    triggers: str  # JSON list of trigger codes


class AppSetting(SQLModel, table=True):
    """A setting of this installation (e.g. the facility name printed on every sheet)."""

    __tablename__ = "app_setting"

    key: str = Field(primary_key=True)
    value: str
    updated_at: str
    updated_by: str


class Incident(SQLModel, table=True):
    """An incident (or a tabletop exercise) spanning devices, decisions, people and days.

    ``t0`` is the awareness time that starts the regulatory clocks. Never deleted; an exercise
    stays an exercise (triggers)."""

    __tablename__ = "incident"

    id: str = Field(primary_key=True, max_length=36)
    ref: str = Field(unique=True)  # e.g. INC-2026-0003 / EX-2026-0001
    name: str
    status: str  # open, closed
    phase: str  # a phase id of data/checklists.yaml
    severity: str | None = None
    t0: str  # ISO 8601 with the offset it was given in
    source: str
    exercise: bool
    scenario: str | None = None  # an exercise's scenario id (data/exercises)
    units: str  # JSON list of affected units
    created_at: str
    created_by: str
    updated_at: str
    closed_at: str | None = None
    closed_by: str | None = None
    close_note: str | None = None


class IncidentDecision(SQLModel, table=True):
    """A decision (and so its later versions) belonging to an incident. Append-only."""

    __tablename__ = "incident_decision"

    incident_id: str = Field(foreign_key="incident.id", primary_key=True, max_length=36)
    decision_id: str = Field(
        foreign_key="decision.id", primary_key=True, max_length=36, unique=True, index=True
    )
    linked_at: str
    linked_by: str


class IncidentDevice(SQLModel, table=True):
    """A device in an incident's scope, and why it was added. Append-only."""

    __tablename__ = "incident_device"

    incident_id: str = Field(foreign_key="incident.id", primary_key=True, max_length=36)
    device_id: str = Field(foreign_key="device.id", primary_key=True, max_length=36, index=True)
    added_at: str
    added_by: str
    reason: str


class IncidentDeviceState(SQLModel, table=True):
    """A device's state in an incident from ``at`` on (isolated, compensated, ...). Append-only:
    the newest row is the current state, the rows together give the metrics."""

    __tablename__ = "incident_device_state"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: str = Field(foreign_key="incident.id", index=True, max_length=36)
    device_id: str = Field(foreign_key="device.id", max_length=36)
    state: str
    at: str
    by: str
    note: str | None = None


class IncidentCheck(SQLModel, table=True):
    """The status of one checklist item in one incident (its history is in the event log)."""

    __tablename__ = "incident_check"

    incident_id: str = Field(foreign_key="incident.id", primary_key=True, max_length=36)
    item_id: str = Field(primary_key=True)
    status: str  # open, done, na
    by: str
    at: str
    note: str | None = None


class IncidentEntry(SQLModel, table=True):
    """A manual timeline entry (HICS 214 style): when, who, what. Append-only."""

    __tablename__ = "incident_entry"

    id: str = Field(primary_key=True, max_length=36)
    incident_id: str = Field(foreign_key="incident.id", index=True, max_length=36)
    at: str  # when it happened
    recorded_at: str  # when it was written down
    by: str
    position: str | None = None  # HICS position or role
    text: str


class Evidence(SQLModel, table=True):
    """A piece of evidence: its file's SHA-256 (the file stays where it is), who collected it,
    when, and where it is kept. Append-only; transfers add to the custody chain."""

    __tablename__ = "evidence"

    id: str = Field(primary_key=True, max_length=36)
    incident_id: str = Field(foreign_key="incident.id", index=True, max_length=36)
    file_name: str
    sha256: str
    size: int
    description: str | None = None
    collected_by: str
    collected_at: str
    location: str


class CustodyTransfer(SQLModel, table=True):
    """One hand-over in an evidence item's chain of custody. Append-only."""

    __tablename__ = "custody_transfer"

    id: int | None = Field(default=None, primary_key=True)
    evidence_id: str = Field(foreign_key="evidence.id", index=True, max_length=36)
    from_person: str
    to_person: str
    at: str
    reason: str
    location: str | None = None
    recorded_by: str


class Lessons(SQLModel, table=True):
    """An incident's lessons-learned form (changes are logged with before and after)."""

    __tablename__ = "lessons"

    incident_id: str = Field(foreign_key="incident.id", primary_key=True, max_length=36)
    what_happened: str
    what_worked: str
    what_did_not: str
    updated_at: str
    updated_by: str


class LessonAction(SQLModel, table=True):
    """An improvement action from the lessons learned, with an owner and a due date."""

    __tablename__ = "lesson_action"

    id: str = Field(primary_key=True, max_length=36)
    incident_id: str = Field(foreign_key="incident.id", index=True, max_length=36)
    action: str
    owner: str
    due: str | None = None  # ISO date
    status: str  # open, done
    created_at: str
    created_by: str
    updated_at: str


class TrustedKey(SQLModel, table=True):
    """A publisher key this installation trusts for bundles, or its revocation. Append-only: the
    newest row of a fingerprint says whether it is trusted; a revoked key is never trusted again."""

    __tablename__ = "trusted_key"

    id: int | None = Field(default=None, primary_key=True)
    fingerprint: str = Field(index=True)  # SHA-256 of the raw public key, hex
    public_key: str  # base64 of the raw 32 bytes
    label: str
    publisher: str  # the user name in the key file
    installation: str  # the installation id in the key file
    action: str  # "trusted" or "revoked"
    at: str
    by: str


class ImportedAccount(SQLModel, table=True):
    """An account that came in a bundle as public data (a signer elsewhere): inactive, with no
    password, so it can never sign in here. Append-only."""

    __tablename__ = "imported_account"

    user_id: str = Field(foreign_key="user_account.id", primary_key=True, max_length=36)
    source_installation: str
    source_username: str  # its name there (kept when the name is taken here)
    imported_at: str
    bundle_sha256: str


class ImportedEvent(SQLModel, table=True):
    """An audit event of another installation, imported with its original seq, hash and prev_hash.
    Each source's events form their own chain segment; they are never part of this database's
    chain. Append-only."""

    __tablename__ = "imported_event"

    source_installation: str = Field(primary_key=True)
    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    at: str
    kind: str
    entity: str
    entity_id: str
    actor: str
    workstation: str
    payload: str
    prev_hash: str
    hash: str
    format: int
    actor_role: str | None = None
    authenticated: bool
    seal: str | None = None
    imported_at: str
