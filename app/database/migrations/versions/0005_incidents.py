"""Incidents: linked decisions and devices, device states, checklist, manual timeline entries,
evidence with its custody chain, lessons learned.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_APPEND_ONLY = (
    "incident_decision",
    "incident_device",
    "incident_device_state",
    "incident_entry",
    "evidence",
    "custody_transfer",
)


def upgrade() -> None:
    op.create_table(
        "incident",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("ref", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("phase", sa.String(), nullable=False),
        sa.Column("severity", sa.String(), nullable=True),
        sa.Column("t0", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("exercise", sa.Boolean(), nullable=False),
        sa.Column("scenario", sa.String(), nullable=True),
        sa.Column("units", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("closed_at", sa.String(), nullable=True),
        sa.Column("closed_by", sa.String(), nullable=True),
        sa.Column("close_note", sa.String(), nullable=True),
        sa.UniqueConstraint("ref"),
    )
    op.create_table(
        "incident_decision",
        sa.Column(
            "incident_id", sa.String(length=36), sa.ForeignKey("incident.id"), primary_key=True
        ),
        sa.Column(
            "decision_id", sa.String(length=36), sa.ForeignKey("decision.id"), primary_key=True
        ),
        sa.Column("linked_at", sa.String(), nullable=False),
        sa.Column("linked_by", sa.String(), nullable=False),
    )
    op.create_index(
        "ix_incident_decision_decision_id", "incident_decision", ["decision_id"], unique=True
    )
    op.create_table(
        "incident_device",
        sa.Column(
            "incident_id", sa.String(length=36), sa.ForeignKey("incident.id"), primary_key=True
        ),
        sa.Column("device_id", sa.String(length=36), sa.ForeignKey("device.id"), primary_key=True),
        sa.Column("added_at", sa.String(), nullable=False),
        sa.Column("added_by", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
    )
    op.create_index("ix_incident_device_device_id", "incident_device", ["device_id"])
    op.create_table(
        "incident_device_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "incident_id", sa.String(length=36), sa.ForeignKey("incident.id"), nullable=False
        ),
        sa.Column("device_id", sa.String(length=36), sa.ForeignKey("device.id"), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("by", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
    )
    op.create_index(
        "ix_incident_device_state_incident_id", "incident_device_state", ["incident_id"]
    )
    op.create_table(
        "incident_check",
        sa.Column(
            "incident_id", sa.String(length=36), sa.ForeignKey("incident.id"), primary_key=True
        ),
        sa.Column("item_id", sa.String(), primary_key=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("by", sa.String(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
    )
    op.create_table(
        "incident_entry",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column(
            "incident_id", sa.String(length=36), sa.ForeignKey("incident.id"), nullable=False
        ),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("recorded_at", sa.String(), nullable=False),
        sa.Column("by", sa.String(), nullable=False),
        sa.Column("position", sa.String(), nullable=True),
        sa.Column("text", sa.String(), nullable=False),
    )
    op.create_index("ix_incident_entry_incident_id", "incident_entry", ["incident_id"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column(
            "incident_id", sa.String(length=36), sa.ForeignKey("incident.id"), nullable=False
        ),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("collected_by", sa.String(), nullable=False),
        sa.Column("collected_at", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
    )
    op.create_index("ix_evidence_incident_id", "evidence", ["incident_id"])
    op.create_table(
        "custody_transfer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "evidence_id", sa.String(length=36), sa.ForeignKey("evidence.id"), nullable=False
        ),
        sa.Column("from_person", sa.String(), nullable=False),
        sa.Column("to_person", sa.String(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("location", sa.String(), nullable=True),
        sa.Column("recorded_by", sa.String(), nullable=False),
    )
    op.create_index("ix_custody_transfer_evidence_id", "custody_transfer", ["evidence_id"])
    op.create_table(
        "lessons",
        sa.Column(
            "incident_id", sa.String(length=36), sa.ForeignKey("incident.id"), primary_key=True
        ),
        sa.Column("what_happened", sa.String(), nullable=False),
        sa.Column("what_worked", sa.String(), nullable=False),
        sa.Column("what_did_not", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
    )
    op.create_table(
        "lesson_action",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column(
            "incident_id", sa.String(length=36), sa.ForeignKey("incident.id"), nullable=False
        ),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("due", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    op.create_index("ix_lesson_action_incident_id", "lesson_action", ["incident_id"])
    for table in _APPEND_ONLY:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END"
            )
    op.execute(
        "CREATE TRIGGER incident_no_delete BEFORE DELETE ON incident "
        "BEGIN SELECT RAISE(ABORT, 'incidents are closed, never deleted'); END"
    )
    op.execute(
        "CREATE TRIGGER incident_keep_identity BEFORE UPDATE OF id, ref, exercise ON incident "
        "BEGIN SELECT RAISE(ABORT, 'an incident keeps its id, reference and exercise mark'); END"
    )


def downgrade() -> None:
    raise NotImplementedError("MDIR Desk never downgrades a database; restore a backup instead")
