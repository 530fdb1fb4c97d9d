"""Alembic environment: always run programmatically by app.database.db with a shared connection."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import app.database.tables  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("run migrations through MDIR Desk (app.database.db.open_database)")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
