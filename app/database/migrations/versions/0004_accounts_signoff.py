"""Local accounts, their public signing keys, signatures on decisions; sealed audit events.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_account",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("username", sa.String(), nullable=False),
        sa.Column("full_name", sa.String(), nullable=False),
        sa.Column("roles", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("password_hash", sa.String(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("password_changed_at", sa.String(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.String(), nullable=True),
        sa.Column("training", sa.String(), nullable=True),
        sa.Column("identity_verified", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("deactivated_at", sa.String(), nullable=True),
        sa.Column("deactivated_by", sa.String(), nullable=True),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "user_key",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("user_id", sa.String(length=36), sa.ForeignKey("user_account.id"),
                  nullable=False),
        sa.Column("public_key", sa.String(), nullable=False),
        sa.Column("fingerprint", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
    )
    op.create_index("ix_user_key_user_id", "user_key", ["user_id"])
    op.create_table(
        "signature",
        sa.Column("id", sa.String(length=36), primary_key=True),
        sa.Column("decision_id", sa.String(length=36), sa.ForeignKey("decision.id"),
                  nullable=False),
        sa.Column("decision_sha256", sa.String(), nullable=False),
        sa.Column("user_id", sa.String(length=36), sa.ForeignKey("user_account.id"),
                  nullable=False),
        sa.Column("username", sa.String(), nullable=False),
        sa.Column("full_name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("meaning", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=True),
        sa.Column("accepted_unknown", sa.Boolean(), nullable=False),
        sa.Column("signed_at", sa.String(), nullable=False),
        sa.Column("signed_at_local", sa.String(), nullable=False),
        sa.Column("components", sa.String(), nullable=False),
        sa.Column("statement", sa.String(), nullable=False),
        sa.Column("workstation", sa.String(), nullable=False),
        sa.Column("key_id", sa.String(length=36), sa.ForeignKey("user_key.id"), nullable=False),
        sa.Column("signature", sa.String(), nullable=False),
        sa.UniqueConstraint("decision_id", "user_id", "meaning"),
    )
    op.create_index("ix_signature_decision_id", "signature", ["decision_id"])
    for table in ("user_key", "signature"):
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END"
            )
    # Accounts are deactivated, never deleted (their signatures and usernames stay theirs).
    op.execute(
        "CREATE TRIGGER user_account_no_delete BEFORE DELETE ON user_account "
        "BEGIN SELECT RAISE(ABORT, 'accounts are deactivated, never deleted'); END"
    )
    op.execute(
        "CREATE TRIGGER user_account_keep_username BEFORE UPDATE OF username ON user_account "
        "BEGIN SELECT RAISE(ABORT, 'user names are never changed or reused'); END"
    )

    # Events gain the actor's role, whether the actor signed in, a format number (the hash of
    # format 2 covers the new columns) and an HMAC seal. ADD COLUMN leaves existing rows untouched.
    op.add_column("event", sa.Column("format", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("event", sa.Column("actor_role", sa.String(), nullable=True))
    op.add_column(
        "event", sa.Column("authenticated", sa.Boolean(), nullable=False, server_default="0")
    )
    op.add_column("event", sa.Column("seal", sa.String(), nullable=True))

    # The head of the chain: deleting the newest events leaves a head that no longer matches.
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(), nullable=False),
        sa.Column("seal", sa.String(), nullable=True),
        sa.CheckConstraint("id = 1", name="ck_audit_head_single_row"),
    )
    op.execute(
        "INSERT INTO audit_head (id, seq, hash, seal) "
        "SELECT 1, COALESCE(MAX(seq), 0), "
        "COALESCE((SELECT hash FROM event ORDER BY seq DESC LIMIT 1), '" + "0" * 64 + "'), NULL "
        "FROM event"
    )
    # Names this database in the credential store (signing keys, the audit seal key).
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    op.execute(
        sa.text(
            "INSERT INTO app_setting (key, value, updated_at, updated_by) "
            "VALUES ('installation_id', :value, :now, 'migration 0004')"
        ).bindparams(value=str(uuid.uuid4()), now=now)
    )


def downgrade() -> None:
    raise NotImplementedError("MDIR Desk never downgrades a database; restore a backup instead")
