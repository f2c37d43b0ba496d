"""Demo data of API.md (created only in an empty database) and bulk transactions for benchmarks."""

from __future__ import annotations

import dataclasses
import functools
import random
import zlib
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from server_stub.domain import iban
from server_stub.domain.money import to_minor
from server_stub.domain.secrets import new_id
from server_stub.services.backend import Backend
from server_stub.store.tables import accounts, customers, password_history, transactions
from server_stub.text import fold

BRANCH = "1101"


@dataclasses.dataclass(frozen=True, slots=True)
class DemoCustomer:
    number: str
    personal_id: str
    name: str
    password: str | None
    mobile: str | None
    agreement_version: int | None
    password_age_days: int = 30
    segment: str = "retail"


DEMO_CUSTOMERS = (
    DemoCustomer("123456789", "J12345678A", "Arben Hoxha", "Tirana2026", "+355691234567", 2),
    DemoCustomer("987654321", "K98765432B", "Elira Dervishi", "Durres2026", "+355692345678", 3),
    DemoCustomer("333333333", "L33333333C", "Genti Shehu", "Vlora2026", "+355693333333", 2, 200),
    DemoCustomer("222222222", "M22222222D", "Mira Leka", None, "+355692222222", 2),
    DemoCustomer("111111111", "N11111111E", "Dritan Marku", None, "+355691111111", 1),
    DemoCustomer("444444444", "P44444444F", "Sokol Basha", None, None, 2),
)

# (customer, account sequence, name, type, currency, balance)
DEMO_ACCOUNTS = (
    ("123456789", 1, "Llogari rrjedhëse", "current", "ALL", "250000.00"),
    ("123456789", 2, "Llogari kursimi", "savings", "EUR", "5000.00"),
    ("123456789", 3, "Llogari rrjedhëse", "current", "USD", "1200.00"),
    ("987654321", 1, "Llogari rrjedhëse", "current", "ALL", "80000.00"),
    ("333333333", 1, "Llogari rrjedhëse", "current", "ALL", "45000.00"),
)

#: The bank's own accounts: money to other banks, fees, and each currency's position for FX.
BANK_ACCOUNT_KINDS = ("clearing", "fees", "position")
BANK_CURRENCIES = ("ALL", "EUR", "USD")
BANK_OWNER_NUMBER = "000000000"


def account_iban(owner_number: str, sequence: int) -> str:
    """An IBAN of this bank whose 16-character account part holds the owner's number."""
    account_part = f"0000{owner_number}{sequence:03d}"
    national_check = str(sum(int(d) for d in BRANCH + account_part if d.isdigit()) % 10)
    return iban.make(iban.OUR_BANK_CODE, BRANCH, national_check, account_part)


def seed_if_empty(backend: Backend) -> bool:
    """Creates the demo customers, accounts and history; does nothing if any customer exists."""
    with backend.db.write() as conn:
        if conn.execute(select(func.count()).select_from(customers)).scalar_one():
            return False
        now = backend.clock.now()
        _seed_customers(conn, backend, now)
        _seed_bank_accounts(conn, now)
        ids = _seed_accounts(conn, now)
        first = ids[("123456789", 1)]
        rng = random.Random(20261122)
        rows = list(
            generate_history(
                rng,
                first,
                "ALL",
                200,
                backend.clock.now().astimezone(backend.tz).date(),
                to_minor_str("250000.00"),
                now,
                pending=4,
            )
        )
        conn.execute(insert(transactions), rows)
        _apply_holds(conn, first, rows)
        peer = ids[("987654321", 1)]
        peer_rows = list(
            generate_history(
                rng,
                peer,
                "ALL",
                30,
                now.astimezone(backend.tz).date(),
                to_minor_str("80000.00"),
                now,
            )
        )
        conn.execute(insert(transactions), peer_rows)
        return True


def to_minor_str(amount: str) -> int:
    return to_minor(Decimal(amount))


def _seed_customers(conn: Connection, backend: Backend, now: datetime) -> None:
    for demo in DEMO_CUSTOMERS:
        password_hash = backend.hashing.hash(demo.password) if demo.password else None
        set_at = now - timedelta(days=demo.password_age_days) if demo.password else None
        inserted = conn.execute(
            insert(customers).values(
                customer_number=demo.number,
                personal_id=demo.personal_id,
                name=demo.name,
                mobile=demo.mobile,
                segment=demo.segment,
                agreement_version=demo.agreement_version,
                password_hash=password_hash,
                password_set_at=set_at,
                failed_attempts=0,
                blocked=False,
                created_at=now - timedelta(days=900),
            )
        )
        customer_id = inserted.inserted_primary_key[0] if inserted.inserted_primary_key else None
        if password_hash:
            conn.execute(
                insert(password_history).values(
                    customer_id=customer_id, password_hash=password_hash, set_at=set_at
                )
            )


def _seed_accounts(conn: Connection, now: datetime) -> dict[tuple[str, int], str]:
    owners = {
        row.customer_number: row.id
        for row in conn.execute(select(customers.c.customer_number, customers.c.id))
    }
    ids: dict[tuple[str, int], str] = {}
    for number, seq, name, kind, currency, balance in DEMO_ACCOUNTS:
        account_id = new_id(8)
        conn.execute(
            insert(accounts).values(
                id=account_id,
                customer_id=owners[number],
                iban=account_iban(number, seq),
                name=name,
                type=kind,
                currency=currency,
                balance_minor=to_minor_str(balance),
                held_minor=0,
                kind="customer",
                opened_at=now - timedelta(days=800),
            )
        )
        ids[(number, seq)] = account_id
    return ids


def _seed_bank_accounts(conn: Connection, now: datetime) -> None:
    seq = 900
    for kind in BANK_ACCOUNT_KINDS:
        for currency in BANK_CURRENCIES:
            seq += 1
            conn.execute(
                insert(accounts).values(
                    id=f"bank-{kind}-{currency.lower()}",
                    customer_id=None,
                    iban=account_iban(BANK_OWNER_NUMBER, seq),
                    name=f"Bank {kind} {currency}",
                    type="current",
                    currency=currency,
                    balance_minor=0,
                    held_minor=0,
                    kind=kind,
                    opened_at=now,
                )
            )


def _apply_holds(conn: Connection, account_id: str, rows: list[dict[str, Any]]) -> None:
    held = -sum(
        r["amount_minor"] for r in rows if r["status"] == "pending" and r["amount_minor"] < 0
    )
    conn.execute(update(accounts).where(accounts.c.id == account_id).values(held_minor=held))


#: Realistic movements of an Albanian current account: (description, counterparty, min, max, sign).
#: The first six are card payments (pending rows are card payments).
MOVES: tuple[tuple[str, str, int, int, int], ...] = (
    ("Pagesë me kartë — Conad Tiranë", "Conad Albania", 800, 9500, -1),
    ("Pagesë me kartë — Spar Durrës", "Spar Albania", 500, 7200, -1),
    ("Pagesë me kartë — Big Market", "Big Market shpk", 600, 8800, -1),
    ("Pagesë me kartë — Farmacia Çela", "Farmacia Çela", 300, 4500, -1),
    ("Pagesë me kartë — Kafe Ëmbëlsira", "Ëmbëlsira shpk", 150, 1800, -1),
    ("Pagesë me kartë — Kastrati karburant", "Kastrati shpk", 2000, 9000, -1),
    (
        "OSHEE — fatura e energjisë elektrike",
        "Operatori i Shpërndarjes së Energjisë",
        2500,
        9800,
        -1,
    ),
    ("UKT — fatura e ujit", "Ujësjellës Kanalizime Tiranë", 900, 2600, -1),
    ("One Albania — rimbushje celulari", "One Albania", 500, 2000, -1),
    ("Vodafone Albania — fatura mujore", "Vodafone Albania", 1200, 3500, -1),
    ("ALBtelecom — internet shtëpie", "ALBtelecom", 1800, 3200, -1),
    ("Tërheqje nga ATM — Sheshi Skënderbej", "", 2000, 20000, -1),
    ("Qira apartamenti", "Besnik Çollaku", 30000, 45000, -1),
    ("Komision mirëmbajtjeje llogarie", "", 200, 350, -1),
    ("Transfertë — shpenzime familjare", "Elira Dervishi", 5000, 20000, -1),
    ("Pagë mujore", "Albanian Software Solutions shpk", 95000, 130000, 1),
    ("Rimbursim shpenzimesh pune", "Albanian Software Solutions shpk", 3000, 15000, 1),
    ("Transfertë hyrëse — dhuratë", "Drita Hoxha", 5000, 25000, 1),
    ("Kthim pagese me kartë", "Conad Albania", 500, 3000, 1),
    ("Interesi i llogarisë", "", 10, 200, 1),
    ("Pagesë online — Gjirafa50", "Gjirafa50 shpk", 1500, 25000, -1),
    ("Pagesë me kartë — Neptun Shqipëri", "Neptun shpk", 3000, 60000, -1),
    ("Bashkia Tiranë — taksa e pastrimit", "Bashkia Tiranë", 500, 1500, -1),
    ("Sigal — sigurimi i makinës", "Sigal Uniqa Group Austria", 8000, 15000, -1),
    (
        "Pension i prindërve — transfertë hyrëse",
        "Instituti i Sigurimeve Shoqërore",
        20000,
        40000,
        1,
    ),
)


#: Share of credits among the movements: with it money in and out roughly balance over time.
CREDIT_SHARE = 0.22
#: Walking back in time, no balance goes below the floor or above the ceiling (minor units).
FLOOR_MINOR = 5_000_00
CEILING_MINOR = 5_000_000_00
_CREDITS = tuple(i for i, move in enumerate(MOVES) if move[4] > 0)
_DEBITS = tuple(i for i, move in enumerate(MOVES) if move[4] < 0)
#: The first six movements are card payments: what a pending row is.
CARD_PAYMENTS = 6


def _amount(rng: random.Random, kind: int) -> int:
    _text, _cp, low, high, sign = MOVES[kind]
    return sign * rng.randrange(low * 100, high * 100 + 1, 50)


def pick_move(rng: random.Random, balance_after: int) -> tuple[int, int]:
    """A movement (index into MOVES, amount) that leaves `balance_after`, chosen newest first.

    The balance before it stays between the floor and the ceiling, so a history invented
    backwards from today's balance never shows an overdrawn or absurd account.
    """
    pool = _CREDITS if rng.random() < CREDIT_SHARE else _DEBITS
    kind = rng.choice(pool)
    amount = _amount(rng, kind)
    before = balance_after - amount
    if before < FLOOR_MINOR or before > CEILING_MINOR:
        kind = rng.choice(_DEBITS if before < FLOOR_MINOR else _CREDITS)
        amount = _amount(rng, kind)
    return kind, amount


def generate_history(
    rng: random.Random,
    account_id: str,
    currency: str,
    count: int,
    end: date,
    final_balance_minor: int,
    created_at: datetime,
    *,
    pending: int = 0,
    days: int = 182,
) -> Iterator[dict[str, Any]]:
    """`count` transactions spread over `days` up to `end`, whose booked ones end at the balance.

    The newest `pending` are pending card payments: they leave the balance as it is.
    """
    dates = sorted(end - timedelta(days=rng.randrange(days)) for _ in range(count))
    moves: list[tuple[int, int, int | None]] = []
    # Chosen newest first, walking back from today's balance; pending rows leave it alone.
    balance = final_balance_minor
    for index in range(count - 1, -1, -1):
        if index >= count - pending:
            kind = rng.randrange(CARD_PAYMENTS)
            moves.append((kind, _amount(rng, kind), None))
        else:
            kind, amount = pick_move(rng, balance)
            moves.append((kind, amount, balance))
            balance -= amount
    moves.reverse()
    for day, (kind, amount, after) in zip(dates, moves, strict=True):
        text, counterparty, *_range = MOVES[kind]
        yield transaction_row(
            rng, account_id, currency, day, amount, (text, counterparty), after, created_at
        )


@functools.cache
def counterparty_iban(name: str) -> str:
    """The account a payer pays from: always the same one for the same payer."""
    return account_iban("9" + f"{zlib.crc32(name.encode()) % 10**8:08d}", 1)


def transaction_row(
    rng: random.Random,
    account_id: str,
    currency: str,
    day: date,
    amount: int,
    what: tuple[str, str],
    balance_after: int | None,
    created_at: datetime,
) -> dict[str, Any]:
    """One row of the transactions table; no balance after means a pending row."""
    text, counterparty = what
    cp_iban = counterparty_iban(counterparty) if counterparty and amount > 0 else ""
    return {
        "account_id": account_id,
        "booking_date": day,
        "value_date": day,
        "amount_minor": amount,
        "currency": currency,
        "description": text,
        "counterparty_name": counterparty,
        "counterparty_iban": cp_iban,
        "reference": f"FT{day:%y%m%d}{rng.randrange(10**6):06d}",
        "balance_after_minor": balance_after,
        "status": "pending" if balance_after is None else "booked",
        "search_text": fold(f"{text} {counterparty}"),
        "payment_id": None,
        "created_at": created_at,
    }
