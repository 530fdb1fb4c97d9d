"""Initial schema: devices, decisions with their answers, and the append-only event log.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("asset_tag", sa.String(), nullable=False),
        sa.Column("category", sa.String(), nullable=True),
        sa.Column("manufacturer", sa.String(), nullable=True),
        sa.Column("model", sa.String(), nullable=True),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("unit", sa.String(), nullable=True),
        sa.Column("location", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_index("ix_device_asset_tag", "device", ["asset_tag"], unique=True)
    op.create_index("ix_device_category", "device", ["category"])
    op.create_index("ix_device_unit", "device", ["unit"])

    op.create_table(
        "decision",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("authenticated", sa.Boolean(), nullable=False),
        sa.Column("device_id", sa.String(length=36), sa.ForeignKey("device.id"), nullable=True),
        sa.Column("device_tag", sa.String(), nullable=True),
        sa.Column("category", sa.String(), nullable=True),
        sa.Column("unit", sa.String(), nullable=True),
        sa.Column("location", sa.String(), nullable=True),
        sa.Column("incident_id", sa.String(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("ir_class", sa.Integer(), nullable=False),
        sa.Column("provisional", sa.Boolean(), nullable=False),
        sa.Column("safety_override", sa.Boolean(), nullable=False),
        sa.Column("also_matches", sa.String(), nullable=False),
        sa.Column("tree_version", sa.String(), nullable=False),
        sa.Column("tree_sha256", sa.String(), nullable=False),
        sa.Column("workstation", sa.String(), nullable=False),
        sa.Column("app_version", sa.String(), nullable=False),
        sa.CheckConstraint("ir_class BETWEEN 1 AND 7", name="ck_decision_ir_class"),
    )
    op.create_index("ix_decision_created_at", "decision", ["created_at"])
    op.create_index("ix_decision_device_id", "decision", ["device_id"])
    op.create_index("ix_decision_incident_id", "decision", ["incident_id"])

    op.create_table(
        "decision_answer",
        sa.Column("decision_id", sa.String(length=36), sa.ForeignKey("decision.id"), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("question", sa.String(), nullable=False),
        sa.Column("answer", sa.String(), nullable=False),
        sa.Column("on_path", sa.Boolean(), nullable=False),
    )

    op.create_table(
        "event",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("workstation", sa.String(), nullable=False),
        sa.Column("payload", sa.String(), nullable=False),
        sa.Column("prev_hash", sa.String(), nullable=False),
        sa.Column("hash", sa.String(), nullable=False),
        sa.UniqueConstraint("hash"),
    )
    # Records of decisions are never changed in place: a new decision supersedes an old one.
    for table in ("event", "decision", "decision_answer"):
        op.execute(
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END"
        )


def downgrade() -> None:
    raise NotImplementedError("MDIR Desk never downgrades a database; restore a backup instead")
