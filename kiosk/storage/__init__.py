"""Persistence: SQLAlchemy models, engine and pragmas, Alembic migrations."""
