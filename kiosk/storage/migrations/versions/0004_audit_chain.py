"""audit chain: each audit entry carries the hash of the one before; the chain's head row
(locked by every writer) and its daily signed heads. Existing entries are chained in id order.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from kiosk.storage.audit_chain import GENESIS, entry_hash

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

audit_log = sa.table(
    "audit_log",
    sa.column("id", sa.Integer),
    sa.column("at", sa.DateTime),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("detail", sa.Text),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("hash", sa.String(length=64), nullable=False, server_default="")
        )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.create_table(
        "audit_seals",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_audit_seals")),
    )
    last_id, last_hash = _chain_existing(op.get_bind())
    op.execute(
        sa.text("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, :i, :h)").bindparams(
            i=last_id, h=last_hash
        )
    )


def _chain_existing(connection: sa.Connection) -> tuple[int, str]:
    last_id, prev = 0, GENESIS
    rows = connection.execute(sa.select(audit_log).order_by(audit_log.c.id)).all()
    for row in rows:
        digest = entry_hash(row.at, row.actor, row.action, row.detail or "", prev)
        connection.execute(
            audit_log.update()
            .where(audit_log.c.id == row.id)
            .values(prev_hash=prev, hash=digest, detail=row.detail or "")
        )
        last_id, prev = row.id, digest
    return last_id, prev


def downgrade() -> None:
    op.drop_table("audit_seals")
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
