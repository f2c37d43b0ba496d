"""`bkt-stub-server seed --transactions N`: realistic rows whose balances chain to today's."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import Connection, RowMapping, create_engine, select, text

from server_stub import bulk
from server_stub.__main__ import main
from server_stub.bulk import add_bulk_transactions
from server_stub.seed import CEILING_MINOR, FLOOR_MINOR
from server_stub.services.backend import Backend
from server_stub.store.tables import accounts, customers, transactions
from tests.server.conftest import Api

t = transactions.c


def first_account(conn: Connection) -> RowMapping:
    return (
        conn.execute(
            select(accounts)
            .join(customers, customers.c.id == accounts.c.customer_id)
            .where(customers.c.customer_number == "123456789", accounts.c.currency == "ALL")
        )
        .mappings()
        .one()
    )


def ledger(conn: Connection, account_id: str) -> list[RowMapping]:
    return list(
        conn.execute(
            select(transactions).where(t.account_id == account_id).order_by(t.booking_date, t.id)
        ).mappings()
    )


def assert_chain(conn: Connection) -> list[RowMapping]:
    """Every booked row's balance_after is the previous one's plus its amount, ending today."""
    account = first_account(conn)
    rows = ledger(conn, account["id"])
    booked = [row for row in rows if row["status"] == "booked"]
    for before, row in itertools.pairwise(booked):
        assert row["balance_after_minor"] == before["balance_after_minor"] + row["amount_minor"]
    assert booked[-1]["balance_after_minor"] == account["balance_minor"] == 250_000_00
    return rows


def test_adds_rows_older_than_the_history_that_chain_to_the_balance(backend: Backend) -> None:
    with backend.db.read() as conn:
        oldest_before = ledger(conn, first_account(conn)["id"])[0]["booking_date"]
    reports: list[tuple[int, int]] = []
    assert add_bulk_transactions(backend, 2500, progress=lambda *a: reports.append(a)) == 2500
    assert reports[-1] == (2500, 2500)
    with backend.db.read() as conn:
        rows = assert_chain(conn)
        account = first_account(conn)
    added = [row for row in rows if row["booking_date"] < oldest_before]
    assert len(rows) == 200 + 2500
    assert len(added) == 2500
    assert all(row["status"] == "booked" for row in added)
    assert all(row["currency"] == "ALL" and row["account_id"] == account["id"] for row in added)
    # Spread over months with many rows on the same day.
    per_day = Counter(row["booking_date"] for row in added)
    assert (max(per_day) - min(per_day)).days >= 100
    assert max(per_day.values()) >= 15
    # Plausible balances and realistic Albanian texts: card payments, salaries, utilities.
    assert all(FLOOR_MINOR <= row["balance_after_minor"] <= CEILING_MINOR for row in added)
    texts = Counter(row["description"] for row in added)
    assert texts["Pagë mujore"] > 0
    assert any(d.startswith("Pagesë me kartë") for d in texts)
    assert any("OSHEE" in d or "UKT" in d for d in texts)
    assert any("ë" in d for d in texts)
    assert len(texts) >= 15
    assert all(row["search_text"] == row["search_text"].casefold() for row in added)
    assert len({row["reference"] for row in added}) > 2400


def test_a_second_run_goes_further_back_and_keeps_the_chain(backend: Backend) -> None:
    add_bulk_transactions(backend, 1000, progress=lambda *a: None)
    with backend.db.read() as conn:
        oldest = ledger(conn, first_account(conn)["id"])[0]["booking_date"]
    add_bulk_transactions(backend, 1000, seed=7, progress=lambda *a: None)
    with backend.db.read() as conn:
        rows = assert_chain(conn)
    assert len(rows) == 2200
    assert sum(1 for row in rows if row["booking_date"] < oldest) == 1000


def test_rows_are_inserted_in_chunks_with_progress(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "CHUNK", 300)
    reports: list[tuple[int, int]] = []
    add_bulk_transactions(backend, 1000, progress=lambda *a: reports.append(a))
    assert reports == [(300, 1000), (600, 1000), (900, 1000), (1000, 1000)]
    with backend.db.read() as conn:
        assert_chain(conn)


def test_seeded_rows_are_served_by_the_api(api: Api, backend: Backend) -> None:
    add_bulk_transactions(backend, 1000, progress=lambda *a: None)
    api.login("123456789")
    account = next(a for a in api.get("/accounts").json()["accounts"] if a["currency"] == "ALL")
    assert account["balance"] == "250000.00"
    first = api.get(f"/accounts/{account['id']}/transactions").json()
    assert first["summary"]["count"] == 1200


def test_nothing_to_add(backend: Backend) -> None:
    assert add_bulk_transactions(backend, 0, progress=lambda *a: None) == 0
    with pytest.raises(ValueError, match="negative"):
        add_bulk_transactions(backend, -1)


def test_the_command_line_seeds_and_reports_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cli.db"
    assert main(["--db", str(db), "seed", "--transactions", "500"]) == 0
    captured = capsys.readouterr()
    assert "added 500 transactions" in captured.out
    assert "500/500" in captured.err
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM transactions")).scalar_one() == 730
    engine.dispose()
