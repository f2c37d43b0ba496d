"""Transactions at 1,000,000 rows (issue 4): page cost at depth 1 and 10,000, first rows, exports.

Server times come from the stub's `Server-Timing: app;dur=` header (the app's own time, without
the client and the network). The client runs in this process, the server in its own.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx

if __package__ in (None, ""):  # run as a file: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    Facts,
    Server,
    at_most,
    bearer,
    business_morning,
    deep_cursor,
    facts,
    percentile,
    prepare,
    report,
    seeded_db,
    server_ms,
    stub_server,
)
from bench.exporting import LIMITS, export_end_to_end, fetch_statement, time_writer
from bench.gui import (
    Heartbeat,
    PaintWatch,
    Phone,
    close_branch,
    keyboard_login,
    make_branch,
    run,
    wait_until,
)

ROWS = 1_000_000
REQUESTS = 200
OPENS = 5


def page_times(server: Server, token: str, found: Facts) -> None:
    """p95 server time of a list page (no summary) at depth 1 and at depth 10,000."""
    path = f"/accounts/{found.account_id}/transactions"
    first: dict[str, str | int] = {"limit": found.limit, "summary": "false"}
    deep = {**first, "cursor": deep_cursor(found)}
    times: dict[str, list[float]] = {"first": [], "deep": []}
    with httpx.Client(base_url=server.api, headers=bearer(token), timeout=30) as client:
        for _ in range(20):  # warm the page cache and the code paths
            client.get(path, params=first).raise_for_status()
            client.get(path, params=deep).raise_for_status()
        # Interleaved, so a noisy moment of the machine falls on both alike.
        for _ in range(REQUESTS):
            times["first"].append(server_ms(client.get(path, params=first).raise_for_status()))
            times["deep"].append(server_ms(client.get(path, params=deep).raise_for_status()))
        today = business_morning().date()
        preset: dict[
            str, str | int
        ] = {  # the client's totals request for the "last 30 days" preset
            "from": (today - timedelta(days=29)).isoformat(),
            "to": today.isoformat(),
            "limit": 1,
            "summary": "true",
        }
        totals = [server_ms(client.get(path, params=preset).raise_for_status()) for _ in range(50)]
    p95_first = percentile(times["first"], 0.95)
    p95_deep = percentile(times["deep"], 0.95)
    rows = f"{found.limit} rows a page, summary=false, {REQUESTS} requests"
    at_most("transactions page p95, depth 1 (server)", p95_first, 10, "ms", rows)
    at_most(
        f"transactions page p95, depth {found.depth:,} (server)",
        p95_deep,
        10,
        "ms",
        f"{rows}; row {(found.depth - 1) * found.limit + 1:,} of {found.total_rows:,}",
    )
    at_most("page depth 10,000 / depth 1 (p95)", round(p95_deep / p95_first, 2), 1.5, "x")
    report(
        "first page with summary, last 30 days (server p95)",
        percentile(totals, 0.95),
        "ms",
        note="the client's totals request (limit=1, summary=true); no target of its own",
    )


def writer_times(server: Server, token: str, found: Facts) -> None:
    """The writers alone, on 100,000 rows streamed from memory (lines built as they go)."""
    first, rows = fetch_statement(server.api, token, found)
    with tempfile.TemporaryDirectory(prefix="bkt-writer-") as tmp:
        for fmt, limit in LIMITS.items():
            seconds, cpu = time_writer(fmt, first, rows, Path(tmp))
            note = f"{len(rows):,} rows, desktop.export.export_statement; CPU {cpu:.2f} s"
            at_most(f"export {fmt.upper()}, writer alone", round(seconds, 2), limit, "s", note)


async def open_once(phone: Phone, branch: Any) -> float:
    """One login, then ms from show_page("transactionsPage") to its table painted with rows."""
    window = await keyboard_login(branch, phone)
    accounts = window.page("accountsPage")
    await wait_until(lambda: accounts.model.rowCount() > 0)
    await asyncio.sleep(0.3)  # the customer looks at the accounts, then opens the page
    page = window.page("transactionsPage")
    watch = PaintWatch(page.table.viewport(), lambda: page.model.rowCount() > 0)
    started = time.perf_counter()
    window.show_page("transactionsPage")
    await wait_until(lambda: watch.painted_at is not None)
    assert watch.painted_at is not None
    await branch.session.logout("user")
    await wait_until(lambda: branch.login_window.isVisible())
    return (watch.painted_at - started) * 1000


async def first_rows(phone: Phone, branch: Any) -> None:
    """The page's first open after a login (a fresh page each time), median of OPENS."""
    samples = [await open_once(phone, branch) for _ in range(OPENS)]
    at_most(
        "transactions page opened → first rows on screen",
        round(statistics.median(samples), 1),
        150,
        "ms",
        f"median of {OPENS} (each the page's first open after a login): "
        + ", ".join(f"{s:.0f}" for s in samples),
    )


async def exports(phone: Phone, branch: Any, found: Facts) -> None:
    """Each format end to end from the server, with the heartbeat on the Qt loop."""
    window = await keyboard_login(branch, phone)
    # The pages the main window builds after login are the login's stall, not the export's.
    await wait_until(lambda: not window.is_building())
    heartbeat = Heartbeat()
    stalls: list[str] = []
    longest = 0.0
    for fmt, limit in LIMITS.items():
        run = await export_end_to_end(branch.api, found, fmt, heartbeat)
        longest = max(longest, run.stall_ms)
        stalls.append(f"{fmt}: {run.stall_ms:.0f} ms [{run.detail}]")
        note = run.note(found.export_rows)
        at_most(f"export {fmt.upper()}, end to end", round(run.seconds, 2), limit, "s", note)
    at_most("longest UI stall during the exports", round(longest, 1), 16, "ms", "; ".join(stalls))


def main() -> None:
    db = seeded_db(ROWS)
    found = facts(db)
    with stub_server(db) as server:
        token = prepare(server)
        page_times(server, token, found)

        async def gui() -> None:
            writer_times(server, token, found)  # needs the QApplication (PDF); no loop yet busy
            with tempfile.TemporaryDirectory(prefix="bkt-client-") as data:
                branch = make_branch(server.url, Path(data))
                phone = Phone(server.api)
                try:
                    await wait_until(lambda: "desktop.app_window" in sys.modules)  # preloaded
                    await first_rows(phone, branch)
                    await exports(phone, branch, found)
                finally:
                    await close_branch(branch)
                    await phone.aclose()

        run(gui)


if __name__ == "__main__":
    main()
