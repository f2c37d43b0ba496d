"""The totals index without `status`, as tables.py declares it now (smaller, still covering).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.drop_index("ix_transactions_totals", table_name="transactions")
    op.create_index(
        "ix_transactions_totals", "transactions", ["account_id", "booking_date", "amount_minor"]
    )


def downgrade() -> None:
    op.drop_index("ix_transactions_totals", table_name="transactions")
    op.create_index(
        "ix_transactions_totals",
        "transactions",
        ["account_id", "booking_date", "status", "amount_minor"],
    )
