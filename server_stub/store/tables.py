"""The database schema (SQLAlchemy Core). Money is stored as integer minor units (cents)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

metadata = MetaData()


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out, on SQLite (naive text) and PostgreSQL (timestamptz) alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


customers = Table(
    "customers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_number", String(9), nullable=False, unique=True),
    Column("personal_id", String(10), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
    # E.164 without spaces (+355691234567); NULL when no mobile is registered with the bank.
    Column("mobile", String(16)),
    Column("segment", String(16), nullable=False, default="retail"),
    # Version of the banking agreement (KSHBI) the customer signed; NULL when none.
    Column("agreement_version", Integer),
    # NULL until the customer registers for the Internet Branch.
    Column("password_hash", String(255)),
    Column("password_set_at", UtcDateTime()),
    Column("failed_attempts", Integer, nullable=False, default=0),
    Column("blocked", Boolean, nullable=False, default=False),
    Column("last_login_at", UtcDateTime()),
    Column("last_login_channel", String(16)),
    # The login before the latest one: what "last login" means inside a session.
    Column("previous_login_at", UtcDateTime()),
    Column("previous_login_channel", String(16)),
    Column("created_at", UtcDateTime(), nullable=False),
)

password_history = Table(
    "password_history",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("password_hash", String(255), nullable=False),
    Column("set_at", UtcDateTime(), nullable=False),
    Index("ix_password_history_customer", "customer_id", "id"),
)

sessions = Table(
    "sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    # SHA-256 of the bearer token: the token itself is never stored.
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("channel", String(16), nullable=False, default="internet"),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("last_seen_at", UtcDateTime(), nullable=False),
    Column("revoked_at", UtcDateTime()),
    Column("password_change_required", Boolean, nullable=False, default=False),
    Index("ix_sessions_customer", "customer_id"),
)

challenges = Table(
    "challenges",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("purpose", String(16), nullable=False),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("payment_id", String(32)),
    # argon2id of the current code; a resend replaces it, which voids the old code.
    Column("otp_hash", String(255), nullable=False),
    Column("phone", String(16), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("sent_at", UtcDateTime(), nullable=False),
    Column("expires_at", UtcDateTime(), nullable=False),
    Column("used_at", UtcDateTime()),
    Column("resend_count", Integer, nullable=False, default=0),
    # What the SMS names besides the code (a payment's amount, currency and payee), for resends.
    Column("sms_params", Text, nullable=False, default="{}"),
    Index("ix_challenges_created", "created_at"),
)

audit_events = Table(
    "audit_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcDateTime(), nullable=False),
    Column("type", String(32), nullable=False),
    Column("customer_number", String(9)),
    Column("detail", Text, nullable=False, default=""),
)

# The SMS gateway's outbox stands for the customers' phones: the one place a code is readable.
sms_outbox = Table(
    "sms_outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("to_phone", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("code", String(12), nullable=False),
    Column("purpose", String(16), nullable=False),
    Column("challenge_id", String(32), nullable=False),
    Column("sent_at", UtcDateTime(), nullable=False),
)

accounts = Table(
    "accounts",
    metadata,
    Column("id", String(32), primary_key=True),
    # NULL for the bank's own accounts (clearing, fees, currency positions).
    Column("customer_id", Integer, ForeignKey("customers.id")),
    Column("iban", String(34), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
    Column("type", String(16), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("balance_minor", BigInteger, nullable=False, default=0),
    # Pending debits and payments awaiting their code: balance minus this is `available`.
    Column("held_minor", BigInteger, nullable=False, default=0),
    # customer, clearing, fees or position: the bank's own accounts keep every total constant.
    Column("kind", String(16), nullable=False, default="customer"),
    Column("opened_at", UtcDateTime(), nullable=False),
    Index("ix_accounts_customer", "customer_id"),
)

transactions = Table(
    "transactions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("account_id", String(32), ForeignKey("accounts.id"), nullable=False),
    Column("booking_date", Date, nullable=False),
    Column("value_date", Date, nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("description", String(255), nullable=False, default=""),
    Column("counterparty_name", String(120), nullable=False, default=""),
    Column("counterparty_iban", String(34), nullable=False, default=""),
    Column("reference", String(40), nullable=False),
    # Balance after booking; NULL while pending (a pending row leaves the balance unchanged).
    Column("balance_after_minor", BigInteger),
    Column("status", String(8), nullable=False, default="booked"),
    # Description and counterparty case-folded (Albanian letters too), so `q` is a plain LIKE.
    Column("search_text", Text, nullable=False, default=""),
    Column("payment_id", String(32)),
    Column("created_at", UtcDateTime(), nullable=False),
    # Keyset paging, newest first: (booking_date, id) within an account, so any page costs the same.
    Index("ix_transactions_keyset", "account_id", "booking_date", "id"),
    # Covers the list's count and sums of a period (its first page's summary): an index-only
    # range scan, about half the time of visiting every row of the table.
    Index("ix_transactions_totals", "account_id", "booking_date", "amount_minor"),
)

payments = Table(
    "payments",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("debtor_account_id", String(32), ForeignKey("accounts.id"), nullable=False),
    Column("creditor_iban", String(34), nullable=False),
    Column("creditor_name", String(120), nullable=False),
    Column("creditor_account_id", String(32)),
    Column("amount_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("fee_minor", BigInteger, nullable=False, default=0),
    Column("credited_amount_minor", BigInteger, nullable=False),
    Column("credited_currency", String(3), nullable=False),
    Column("rate", String(24)),
    Column("description", String(140), nullable=False, default=""),
    Column("schedule", String(16), nullable=False, default="now"),
    Column("status", String(16), nullable=False),
    Column("error_code", String(40)),
    Column("challenge_id", String(32)),
    Column("idempotency_key", String(128), nullable=False),
    # SHA-256 of the canonical request body: same key with another body is refused.
    Column("request_hash", String(64), nullable=False),
    Column("response_json", Text, nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("execute_at", UtcDateTime()),
    Column("executed_at", UtcDateTime()),
    Column("transaction_id", Integer),
    UniqueConstraint("customer_id", "idempotency_key", name="uq_payments_idempotency"),
    Index("ix_payments_customer", "customer_id", "created_at"),
    Index("ix_payments_status", "status", "execute_at"),
)

beneficiaries = Table(
    "beneficiaries",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("name", String(120), nullable=False),
    Column("iban", String(34), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Index("ix_beneficiaries_customer", "customer_id"),
)

notifications = Table(
    "notifications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("category", String(32), nullable=False),
    Column("params_json", Text, nullable=False, default="{}"),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("read", Boolean, nullable=False, default=False),
    Index("ix_notifications_customer", "customer_id", "id"),
)

notification_settings = Table(
    "notification_settings",
    metadata,
    Column("customer_id", Integer, ForeignKey("customers.id"), primary_key=True),
    Column("category", String(32), primary_key=True),
    Column("enabled", Boolean, nullable=False),
)

complaints = Table(
    "complaints",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("reference", String(20), nullable=False, unique=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("category", String(32), nullable=False),
    Column("subject", String(120), nullable=False),
    Column("message", Text, nullable=False),
    Column("contact_channel", String(8), nullable=False),
    Column("contact_value", String(254)),
    Column("status", String(16), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
    Index("ix_complaints_customer", "customer_id", "id"),
)

# Small shared state every worker must agree on (the stub clock's offset, for one).
server_state = Table(
    "server_state",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Fixed-window request counters: per client address and public endpoint, and per customer for
# the codes the public flows send. In the database, so every worker counts the same requests.
rate_limits = Table(
    "rate_limits",
    metadata,
    # What is counted: an endpoint's name (auth_login, …) or "public_codes".
    Column("scope", String(32), primary_key=True),
    # Who is counted: the client's address, or the customer's id.
    Column("subject", String(64), primary_key=True),
    Column("window_start", UtcDateTime(), primary_key=True),
    Column("hits", Integer, nullable=False),
    # Pruning drops a scope's windows that have ended: a range scan on this index.
    Index("ix_rate_limits_window", "scope", "window_start"),
)
