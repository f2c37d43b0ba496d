"""Schema migrations: from the first schema to the latest with data in it, on both databases.

Every test here runs on SQLite and on PostgreSQL (tests/conftest.py), each on an empty database
of its own.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text

from server_stub import seed
from server_stub.app import create_backend
from server_stub.clock import ManualClock
from server_stub.config import TEST_ARGON2, ServerSettings
from server_stub.services import ledger
from server_stub.services.backend import Backend
from server_stub.services.sms import OutboxSmsGateway
from server_stub.store import migrations
from server_stub.store.db import Database
from server_stub.store.tables import accounts, customers, metadata, transactions
from tests.conftest import MORNING
from tests.pg_cluster import DatabaseFactory
from tests.server.conftest import Api

REVISIONS = ["0001", "0002", "0003", "0004"]


@pytest.fixture
def empty_url(db_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A database with no tables at all, of this run's kind."""
    if db_kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    factory: DatabaseFactory = request.getfixturevalue("pg_databases")
    url = factory.create()
    yield url
    factory.drop(url)


@pytest.fixture
def db(empty_url: str) -> Iterator[Database]:
    database = Database(empty_url)
    yield database
    database.dispose()


def upgrade_to(db: Database, revision: str) -> None:
    with db.engine.begin() as conn:
        command.upgrade(migrations.config(conn), revision)


def differences(db: Database) -> list[Any]:
    """What Alembic's autogenerate would still change to reach tables.py: nothing, we want."""
    with db.engine.connect() as conn:
        return list(compare_metadata(MigrationContext.configure(conn), metadata))


def revision_of(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return migrations.current(conn)


def demo_data(db: Database, clock: ManualClock) -> Backend:
    """The demo customers, accounts and about 230 transactions, written in the old schema."""
    settings = ServerSettings(db_url=db.url, argon2=TEST_ARGON2)
    backend = Backend.build(settings, db, clock, OutboxSmsGateway())
    assert seed.seed_if_empty(backend)
    return backend


def counts(db: Database) -> dict[str, Any]:
    with db.read() as conn:
        return {
            "customers": conn.execute(select(func.count()).select_from(customers)).scalar_one(),
            "transactions": conn.execute(
                select(func.count()).select_from(transactions)
            ).scalar_one(),
            "totals": ledger.totals(conn),
        }


def test_head_is_the_one_newest_revision_in_a_straight_line() -> None:
    script = ScriptDirectory.from_config(migrations.config())
    assert script.get_heads() == [migrations.HEAD]
    chain = [rev.revision for rev in script.walk_revisions()]
    assert chain == list(reversed(REVISIONS))
    assert script.get_revision("0001").down_revision is None


def test_an_empty_database_gets_the_latest_schema(db: Database) -> None:
    db.migrate()
    assert revision_of(db) == migrations.HEAD
    assert differences(db) == []


def test_the_first_schema_with_data_upgrades_to_the_latest(
    db: Database, clock: ManualClock
) -> None:
    upgrade_to(db, "0001")
    assert revision_of(db) == "0001"
    assert differences(db) != []  # the later revisions' index and table are missing
    backend = demo_data(db, clock)
    before = counts(db)
    assert before["customers"] == len(seed.DEMO_CUSTOMERS)
    assert before["transactions"] > 200

    db.migrate()

    assert revision_of(db) == migrations.HEAD
    assert differences(db) == []
    assert counts(db) == before
    # The upgraded database serves the API as before: log in, read the balances.
    api = Api(backend)
    try:
        api.login("123456789")
        balances = {a["currency"]: a["balance"] for a in api.get("/accounts").json()["accounts"]}
    finally:
        api.close()
    assert balances == {"ALL": "250000.00", "EUR": "5000.00", "USD": "1200.00"}


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_database_made_before_migrations_is_recognised_and_upgraded(
    db: Database, clock: ManualClock, revision: str
) -> None:
    """A database create_all made (say the demo's, in a user's data dir) has no alembic_version.

    Its shape tells which revision it is at; it is stamped there and upgraded, data kept.
    """
    upgrade_to(db, revision)
    with db.engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    demo_data(db, clock)
    before = counts(db)
    with db.engine.connect() as conn:
        assert migrations.current(conn) is None
        assert migrations.legacy_revision(conn) == revision

    db.migrate()

    assert revision_of(db) == migrations.HEAD
    assert differences(db) == []
    assert counts(db) == before


def test_down_to_nothing_and_up_again(db: Database) -> None:
    db.migrate()
    with db.engine.begin() as conn:
        command.downgrade(migrations.config(conn), "base")
    with db.engine.connect() as conn:
        assert set(metadata.tables) & set(conn.dialect.get_table_names(conn)) == set()
    db.migrate()
    assert differences(db) == []


def test_an_up_to_date_database_starts_without_loading_alembic(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.migrate()

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("alembic ran on a current database")

    monkeypatch.setattr(command, "upgrade", refuse)
    db.migrate()
    assert revision_of(db) == migrations.HEAD


def test_servers_starting_together_migrate_and_seed_once(empty_url: str) -> None:
    """Workers start at once on an empty database: one prepares it, the others wait and use it."""
    clock = ManualClock(MORNING)
    settings = ServerSettings(db_url=empty_url, argon2=TEST_ARGON2)
    start = threading.Barrier(4)
    backends: list[Backend] = []
    failures: list[BaseException] = []

    def start_server() -> None:
        start.wait()
        try:
            backends.append(create_backend(settings, clock))
        except BaseException as error:  # reported below, with the others' outcome
            failures.append(error)

    threads = [threading.Thread(target=start_server) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert failures == []
        with backends[0].db.read() as conn:
            numbers = conn.execute(select(customers.c.customer_number)).scalars().all()
            assert conn.execute(select(func.count()).select_from(accounts)).scalar_one() > 0
        assert sorted(numbers) == sorted(c.number for c in seed.DEMO_CUSTOMERS)
        assert differences(backends[0].db) == []
    finally:
        for backend in backends:
            backend.db.dispose()
