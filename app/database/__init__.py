"""SQLite storage through sqlmodel; schema created and upgraded only by Alembic migrations."""
