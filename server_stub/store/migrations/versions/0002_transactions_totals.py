"""An index for the transaction list's count and sums of a period (as first shipped, with status).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_index(
        "ix_transactions_totals",
        "transactions",
        ["account_id", "booking_date", "status", "amount_minor"],
    )


def downgrade() -> None:
    op.drop_index("ix_transactions_totals", table_name="transactions")
