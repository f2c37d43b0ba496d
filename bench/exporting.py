"""Statement exports for the benchmarks: the writer alone, and end to end from the server.

The end-to-end run is the client's own (desktop/statement_export.py): pages fetched on the Qt
loop, the writer in a process of its own, while a heartbeat watches the loop for stalls.
"""

from __future__ import annotations

import contextlib
import dataclasses
import resource
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx

from bench import common
from bench.common import Facts, bearer, business_morning
from bench.gui import GcWatch, Heartbeat

#: The formats with a target (issue 4), their limits in seconds.
LIMITS = {"csv": 1.0, "pdf": 15.0, "ofx": 3.0}
BANK = "Banka Kombëtare Tregtare"
CUSTOMER_NAME = "Arben Hoxha"


def export_period(found: Facts) -> tuple[date, date]:
    """The latest period with about 100,000 booked rows, ending on the stub's today."""
    return date.fromisoformat(found.export_from), business_morning().date()


def fetch_statement(api: str, token: str, found: Facts) -> tuple[dict[str, Any], list[Any]]:
    """Every page of the period's statement (5,000 rows each): the first page and all rows."""
    start, end = export_period(found)
    params: dict[str, Any] = {"from": start.isoformat(), "to": end.isoformat(), "limit": 5000}
    rows: list[Any] = []
    first: dict[str, Any] | None = None
    with httpx.Client(base_url=api, headers=bearer(token), timeout=60) as client:
        account = next(
            a for a in client.get("/accounts").json()["accounts"] if a["id"] == found.account_id
        )
        path = f"/accounts/{found.account_id}/statement"
        while True:
            page = client.get(path, params=params).raise_for_status().json()
            first = first or page
            rows.extend(page["transactions"])
            if page["next_cursor"] is None:
                break
            params["cursor"] = page["next_cursor"]
    assert first is not None
    first["account"] = account
    return first, rows


def time_writer(
    fmt: str, first: dict[str, Any], rows: list[Any], directory: Path
) -> tuple[float, float]:
    """(wall, CPU) seconds of export_statement streaming `rows` (API JSON, lines built as it goes).

    Single-threaded, so the CPU time is what a quiet machine's wall time would be.
    """
    from desktop.export import StatementHeader, StatementLine, export_statement

    header = StatementHeader.from_api(
        first,
        first["account"],
        bank_name=BANK,
        bank_address="Tiranë, Shqipëri",
        customer_name=CUSTOMER_NAME,
        customer_number="123456789",
        generated_at=datetime.now(UTC),
        language="sq",
    )

    def lines() -> Iterator[StatementLine]:
        for row in rows:
            yield StatementLine.from_api(row)

    started, cpu = time.perf_counter(), time.thread_time()
    export_statement(fmt, header, lines(), directory / f"writer.{fmt}")
    return time.perf_counter() - started, time.thread_time() - cpu


@dataclasses.dataclass(frozen=True)
class EndToEnd:
    seconds: float
    stall_ms: float
    client_cpu_s: float  # this process (the app)
    writer_cpu_s: float  # the app's writer process (desktop/export/worker.py)
    server_s: float  # the server's own time on the statement pages (Server-Timing)
    pages: int
    detail: str

    def note(self, rows: int) -> str:
        return (
            f"{rows:,} rows in {self.pages} pages from the server, desktop/statement_export.py; "
            f"app CPU {self.client_cpu_s:.2f} s, writer process CPU {self.writer_cpu_s:.2f} s, "
            f"server {self.server_s:.2f} s (Server-Timing)"
        )


async def export_end_to_end(
    api_client: Any, found: Facts, fmt: str, heartbeat: Heartbeat, page_size: int | None = None
) -> EndToEnd:
    """One export through the client's own code, with the heartbeat on the loop.

    Pages of the client's own size (STATEMENT_PAGE_SIZE) unless `page_size` is given.
    """
    from desktop.services.transactions import TransactionsService
    from desktop.statement_export import ExportJob, Party, StatementExport

    server_ms: list[float] = []

    async def note_timing(response: httpx.Response) -> None:
        # The statement pages only: the notification poller keeps asking meanwhile.
        if response.request.url.path.endswith("/statement"):
            with contextlib.suppress(ValueError):
                server_ms.append(common.server_ms(response))

    # The app's own HTTP client, with a hook that reads each answer's Server-Timing header.
    http = api_client._http()
    http.event_hooks["response"].append(note_timing)
    start, end = export_period(found)
    try:
        with tempfile.TemporaryDirectory(prefix="bkt-export-") as tmp:
            path = Path(tmp) / f"statement.{fmt}"
            job = ExportJob(found.account_id, start, end, fmt, path, "sq")
            party = Party(bank_name=BANK, customer_name=CUSTOMER_NAME, customer_number="123456789")
            options: dict[str, Any] = {} if page_size is None else {"page_size": page_size}
            export = StatementExport(TransactionsService(api_client), party, job, **options)
            heartbeat.phase = f"export {fmt}"
            with GcWatch() as watch:
                heartbeat.start()
                started, cpu = time.perf_counter(), time.process_time()
                children = children_cpu()
                written = await export.run()
                seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
                children = children_cpu() - children
                stall = heartbeat.stop()
            if written is None or not written.exists():
                raise RuntimeError(f"the {fmt} export wrote no file")
    finally:
        http.event_hooks["response"].remove(note_timing)
    detail = f"{watch.summary()}; worst gaps {heartbeat.worst()}"
    return EndToEnd(seconds, stall, cpu, children, sum(server_ms) / 1000, len(server_ms), detail)


def children_cpu() -> float:
    """CPU seconds of this process's ended child processes (the export's writer)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
