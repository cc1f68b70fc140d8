"""Alembic environment: runs against the engine handed over in config.attributes."""

from alembic import context

from kiosk.storage.models import Base, exists_on

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=exists_on(connection.dialect.name),
    )
    with context.begin_transaction():
        context.run_migrations()
