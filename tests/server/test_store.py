"""The database layer on either database: the same answers, and connections that recover."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, make_url, select, text
from sqlalchemy.exc import OperationalError

from server_stub.services.backend import Backend
from server_stub.store import db as db_module
from server_stub.store.db import Database
from server_stub.store.tables import accounts, server_state
from tests.pg_cluster import DatabaseFactory
from tests.server.conftest import Api, problem


def test_an_id_with_a_nul_character_is_unknown_on_both_databases(api: Api) -> None:
    """PostgreSQL cannot take U+0000 in text (this was a 500 there): like any unknown id, 404."""
    response = api.post(
        "/registration/complete",
        json={"challenge_id": "\x00abc", "otp": "123456", "new_password": "Elbasan2027"},
    )
    problem(response, 404, "challenge_not_found")


def test_a_nul_character_is_stored_as_a_replacement_character(backend: Backend) -> None:
    with backend.db.write() as conn:
        conn.execute(insert(server_state).values(key="note", value="a\x00b"))
    with backend.db.read() as conn:
        stored = conn.execute(
            select(server_state.c.value).where(server_state.c.key == "note")
        ).scalar_one()
    assert stored == "a\ufffdb"


@pytest.mark.postgresql
def test_connections_the_database_dropped_are_replaced(
    pg_databases: DatabaseFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a database restart: idle connections are pinged and replaced before use; a busy
    one fails its one request, and the pool then replaces every connection it holds."""
    url = pg_databases.fresh()
    db = Database(url)
    query = select(accounts.c.id).limit(1)

    def drop_connections() -> None:
        with pg_databases.admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE application_name = 'bkt-stub-server' AND datname = :name"
                ),
                {"name": make_url(url).database},
            )

    try:
        with db.read() as conn:
            conn.execute(query).all()
        drop_connections()
        with pytest.raises(OperationalError) as failed, db.read() as conn:
            conn.execute(query).all()
        assert failed.value.connection_invalidated
        with db.read() as conn:
            conn.execute(query).all()

        monkeypatch.setattr(db_module, "PING_AFTER_IDLE_S", 0.0)  # every connection idle
        drop_connections()
        with db.read() as conn:
            conn.execute(query).all()
    finally:
        db.dispose()
