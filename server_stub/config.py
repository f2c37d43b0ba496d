"""Server settings: every rule's number in one place, each configurable (defaults from API.md)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from decimal import Decimal


@dataclasses.dataclass(frozen=True, slots=True)
class Argon2Params:
    """argon2id cost; the default is RFC 9106's second recommended (low-memory) profile."""

    time_cost: int = 3
    memory_cost_kib: int = 65536
    parallelism: int = 4


#: Cheap parameters for the test suite only: hashing stays argon2id, just fast.
TEST_ARGON2 = Argon2Params(time_cost=1, memory_cost_kib=8, parallelism=1)


@dataclasses.dataclass(frozen=True, slots=True)
class ServerSettings:
    """Configuration of one server instance."""

    db_url: str = "sqlite:///bkt-stub.db"
    call_center: str = "+355 4 2266 288"
    bank_name: str = "Banka Kombëtare Tregtare"
    emails: tuple[str, ...] = ("callcenter@bkt.com.al", "info@bkt.com.al")
    whatsapp: str = "+355 67 400 0018"
    business_tz: str = "Europe/Tirane"
    otp_length: int = 6
    otp_ttl: timedelta = timedelta(seconds=300)
    otp_resend_after: timedelta = timedelta(seconds=30)
    #: A challenge answers 410 otp_expired (not 404) for at least this long.
    challenge_retention: timedelta = timedelta(hours=24)
    max_failures: int = 5
    idle_timeout: timedelta = timedelta(seconds=300)
    session_lifetime: timedelta = timedelta(hours=12)
    password_lifetime: timedelta = timedelta(days=180)
    password_history: int = 3
    password_min_length: int = 8
    password_max_length: int = 64
    argon2: Argon2Params = Argon2Params()
    #: The /_stub controls (SMS outbox, clock, unblock, audit); loopback clients only.
    stub_controls: bool = True
    #: Request bodies larger than this are refused with 413.
    max_body_bytes: int = 64 * 1024
    #: Seed the demo customers of API.md into an empty database.
    seed_demo: bool = True
    #: Daily transfer limits per customer and currency, counted over executed payments of one
    #: Europe/Tirane calendar day.
    daily_limits: tuple[tuple[str, Decimal], ...] = (
        ("ALL", Decimal("1000000.00")),
        ("EUR", Decimal("10000.00")),
        ("USD", Decimal("10000.00")),
    )
    #: Fee of a transfer to another bank, per currency (transfers within this bank are free).
    transfer_fees: tuple[tuple[str, Decimal], ...] = (
        ("ALL", Decimal("100.00")),
        ("EUR", Decimal("1.00")),
        ("USD", Decimal("1.00")),
    )
    #: The bank's fixed rates in ALL per unit: (currency, the bank buys at, the bank sells at).
    fx_rates: tuple[tuple[str, Decimal, Decimal], ...] = (
        ("EUR", Decimal("100.20"), Decimal("103.40")),
        ("USD", Decimal("92.10"), Decimal("95.30")),
    )
    #: How often the scheduler looks for payments due after the nightly window; short, so one
    #: due at midnight runs within a second (a run is one indexed query).
    scheduler_interval: timedelta = timedelta(seconds=1)
    #: Requests one client address may send to each public endpoint (login, code, resend,
    #: registration, password reset) per `rate_limit_window`; API.md: at least 120 a minute.
    #: 0 switches the limit off.
    rate_limit_requests: int = 120
    rate_limit_window: timedelta = timedelta(minutes=1)
    #: Endpoints whose limit differs from rate_limit_requests: (endpoint name, requests), with
    #: the names of server_stub/ratelimit.py (auth_login, auth_otp, auth_otp_resend, …).
    rate_limit_overrides: tuple[tuple[str, int], ...] = ()
    #: Codes one customer may be sent per `public_codes_window` by the public flows
    #: (registration and password reset, resends included): nobody floods a customer's phone.
    public_codes_limit: int = 5
    public_codes_window: timedelta = timedelta(hours=1)
