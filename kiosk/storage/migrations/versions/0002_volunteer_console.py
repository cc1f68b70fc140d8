"""volunteer console, scheduled sessions, ward settings

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "help_requests",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("resident_id", sa.String(length=36), nullable=True),
        sa.Column("where", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("answered_by", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_help_requests_resident_id_residents"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_help_requests")),
    )
    with op.batch_alter_table("help_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_help_requests_at"), ["at"], unique=False)

    op.create_table(
        "assistance_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("category", sa.String(length=120), nullable=False),
        sa.Column("resident_id", sa.String(length=36), nullable=True),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("volunteer", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_assistance_log_resident_id_residents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name=op.f("fk_assistance_log_session_id_sessions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistance_log")),
    )
    with op.batch_alter_table("assistance_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assistance_log_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_assistance_log_resident_id"), ["resident_id"], unique=False
        )

    op.create_table(
        "ward_settings",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_ward_settings")),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("topic", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("cancelled", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kiosk_id", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("resident_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.drop_column("resident_id")
        batch_op.drop_column("kiosk_id")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_column("cancelled")
        batch_op.drop_column("topic")
    op.drop_table("ward_settings")
    with op.batch_alter_table("assistance_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assistance_log_resident_id"))
        batch_op.drop_index(batch_op.f("ix_assistance_log_at"))
    op.drop_table("assistance_log")
    with op.batch_alter_table("help_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_help_requests_at"))
    op.drop_table("help_requests")
