"""privacy and access: PIN lock-out per kiosk, PINs that must be changed, erasure records,
files each kiosk still has to delete, the residents each print job names, exported files

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_accounts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("must_change", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "pin_lockouts",
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("kiosk_id", name=op.f("pk_pin_lockouts")),
    )
    op.create_table(
        "erasures",
        sa.Column("resident_id", sa.String(length=36), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("resident_id", name=op.f("pk_erasures")),
    )
    # Residents erased before erasures were recorded: remembered too, so a restore of an
    # older backup cannot bring them back either.
    op.execute(
        "INSERT INTO erasures (resident_id, erased_at) "
        "SELECT id, erased_at FROM residents WHERE erased_at IS NOT NULL"
    )
    op.create_table(
        "pending_deletions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_deletions")),
    )
    with op.batch_alter_table("pending_deletions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pending_deletions_kiosk_id"), ["kiosk_id"], unique=False
        )

    op.create_table(
        "print_job_residents",
        sa.Column("job_id", sa.String(length=36), nullable=False),
        sa.Column("resident_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("job_id", "resident_id", name=op.f("pk_print_job_residents")),
    )
    with op.batch_alter_table("print_job_residents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_print_job_residents_resident_id"), ["resident_id"], unique=False
        )
    op.create_table(
        "exported_files",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kiosk_id", sa.String(length=40), nullable=False),
        sa.Column("resident_id", sa.String(length=36), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exported_files")),
    )
    with op.batch_alter_table("exported_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exported_files_created_at"), ["created_at"])
        batch_op.create_index(batch_op.f("ix_exported_files_resident_id"), ["resident_id"])


def downgrade() -> None:
    op.drop_table("exported_files")
    op.drop_table("print_job_residents")
    with op.batch_alter_table("pending_deletions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pending_deletions_kiosk_id"))
    op.drop_table("pending_deletions")
    op.drop_table("erasures")
    op.drop_table("pin_lockouts")
    with op.batch_alter_table("staff_accounts", schema=None) as batch_op:
        batch_op.drop_column("must_change")
