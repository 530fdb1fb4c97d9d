"""Signed data bundles: trusted publisher keys, accounts imported as public data, and audit events
imported from other installations (kept as their own chain segments, never spliced into ours).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_APPEND_ONLY = ("trusted_key", "imported_account", "imported_event")


def upgrade() -> None:
    op.create_table(
        "trusted_key",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("fingerprint", sa.String(), nullable=False),
        sa.Column("public_key", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("publisher", sa.String(), nullable=False),
        sa.Column("installation", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("by", sa.String(), nullable=False),
    )
    op.create_index("ix_trusted_key_fingerprint", "trusted_key", ["fingerprint"])
    op.create_table(
        "imported_account",
        sa.Column(
            "user_id", sa.String(length=36), sa.ForeignKey("user_account.id"), primary_key=True
        ),
        sa.Column("source_installation", sa.String(), nullable=False),
        sa.Column("source_username", sa.String(), nullable=False),
        sa.Column("imported_at", sa.String(), nullable=False),
        sa.Column("bundle_sha256", sa.String(), nullable=False),
    )
    op.create_table(
        "imported_event",
        sa.Column("source_installation", sa.String(), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("workstation", sa.String(), nullable=False),
        sa.Column("payload", sa.String(), nullable=False),
        sa.Column("prev_hash", sa.String(), nullable=False),
        sa.Column("hash", sa.String(), nullable=False),
        sa.Column("format", sa.Integer(), nullable=False),
        sa.Column("actor_role", sa.String(), nullable=True),
        sa.Column("authenticated", sa.Boolean(), nullable=False),
        sa.Column("seal", sa.String(), nullable=True),
        sa.Column("imported_at", sa.String(), nullable=False),
    )
    for table in _APPEND_ONLY:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END"
            )


def downgrade() -> None:
    raise NotImplementedError("MDIR Desk never downgrades a database; restore a backup instead")
