"""Contacts, their contact methods, escalation entries, per-unit tier settings, installation
settings; decision versions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("organization", sa.String(), nullable=False),
        *(sa.Column(name, sa.String(), nullable=True) for name in (
            "hics_position", "hours", "authority", "notes", "last_verified", "models_covered",
            "contract_number", "service_desk", "psirt")),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
    )
    op.create_index("ix_contact_name", "contact", ["name"])
    op.create_table(
        "contact_method",
        sa.Column("contact_id", sa.String(length=36), sa.ForeignKey("contact.id"),
                  primary_key=True),
        sa.Column("kind", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
    )
    op.create_table(
        "escalation_entry",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("contact_id", sa.String(length=36), sa.ForeignKey("contact.id"), nullable=False),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("tier", sa.Integer(), nullable=False),
        sa.Column("classes", sa.String(), nullable=False),
        sa.UniqueConstraint("contact_id", "unit", "tier", "classes"),
    )
    op.create_index("ix_escalation_entry_contact_id", "escalation_entry", ["contact_id"])
    op.create_index("ix_escalation_entry_unit", "escalation_entry", ["unit"])
    op.create_table(
        "escalation_tier",
        sa.Column("unit", sa.String(), primary_key=True),
        sa.Column("tier", sa.Integer(), primary_key=True),
        sa.Column("wait_minutes", sa.Integer(), nullable=False),
        sa.Column("triggers", sa.String(), nullable=False),
    )
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
    )
    # Not in batch mode: rebuilding the decision table would drop its append-only triggers.
    # SQLite accepts a REFERENCES clause on ADD COLUMN when the default is NULL.
    op.execute("ALTER TABLE decision ADD COLUMN supersedes_id VARCHAR(36) REFERENCES decision (id)")
    # One newer version per decision: two people resolving the same unknown at once cannot both win.
    op.create_index("ix_decision_supersedes_id", "decision", ["supersedes_id"], unique=True)


def downgrade() -> None:
    raise NotImplementedError("MDIR Desk never downgrades a database; restore a backup instead")
