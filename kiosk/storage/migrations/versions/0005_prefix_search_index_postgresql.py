"""prefix search index on PostgreSQL: name_folded with varchar_pattern_ops, so LIKE 'x%' uses
an index whatever the cluster's locale (the plain index only serves it in the C locale)

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_index(
            "ix_residents_name_folded_prefix",
            "residents",
            ["name_folded"],
            postgresql_ops={"name_folded": "varchar_pattern_ops"},
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_residents_name_folded_prefix", table_name="residents")
