"""Responsiveness: the longest gap of a 5 ms heartbeat on the Qt loop while the customer waits.

(a) a keyboard login (keys sent with QTest to the real widgets, one every 60 ms as a quick typist
would), from the painted login window to the painted accounts; (b) loading 10,000 transactions
into the table by scrolling to its end (the view's fetchMore); (c) exporting 100,000 as CSV
end to end. The server runs in its own process with 1,000,000 rows.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a file: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    Facts,
    Server,
    at_most,
    business_morning,
    facts,
    report,
    seeded_db,
    set_business_clock,
    stub_server,
)
from bench.exporting import export_end_to_end
from bench.gui import (
    GcWatch,
    Heartbeat,
    PaintWatch,
    Phone,
    close_branch,
    idle_heartbeat,
    keyboard_login,
    make_branch,
    run,
    scroll_until,
    wait_until,
)

ROWS = 1_000_000
TYPING_S = 0.06
LOADED = 10_000
LIMIT_MS = 16


async def login(server: Server, phone: Phone, data: Path, heartbeat: Heartbeat) -> Any:
    from ui.widgets.first_paint import after_first_paint

    branch = make_branch(server.url, data)
    painted: list[bool] = []
    after_first_paint(branch.login_window, lambda: painted.append(True))
    await wait_until(lambda: bool(painted))
    with GcWatch() as watch:
        heartbeat.phase = "login"
        heartbeat.start()
        window = await keyboard_login(branch, phone, delay=TYPING_S)
        accounts = window.page("accountsPage")
        shown = PaintWatch(accounts, lambda: accounts.model.rowCount() > 0)
        await wait_until(lambda: shown.painted_at is not None)
        stall = heartbeat.stop()
    at_most(
        "UI stall: keyboard login",
        round(stall, 1),
        LIMIT_MS,
        "ms",
        f"painted login window → painted accounts; {watch.summary()}; "
        f"worst gaps {heartbeat.worst()}",
    )
    return branch


async def load_rows(branch: Any, found: Facts, heartbeat: Heartbeat) -> None:
    """A custom period with far more than 10,000 rows; scrolled until 10,000 are in."""
    window = branch.main_window
    page = window.show_page("transactionsPage")
    await wait_until(lambda: page.model.rowCount() > 0 and not page.model.fetching)
    state = page.filters.state()
    state.update(period="custom", **{"from": found.export_from})
    state["to"] = business_morning().date().isoformat()
    page.filters.restore_state(state)
    with GcWatch() as watch:
        heartbeat.phase = "loading rows"
        heartbeat.start()
        page.apply_filter(force=True)
        loaded = await scroll_until(page.table, page.model, LOADED)
        stall = heartbeat.stop()
    at_most(
        f"UI stall: loading {LOADED:,} transactions",
        round(stall, 1),
        LIMIT_MS,
        "ms",
        f"{loaded:,} rows by scrolling to the end; {watch.summary()}; "
        f"worst gaps {heartbeat.worst()}",
    )


async def export(branch: Any, found: Facts, heartbeat: Heartbeat) -> None:
    run = await export_end_to_end(branch.api, found, "csv", heartbeat)
    at_most(
        f"UI stall: exporting {found.export_rows:,} (CSV)",
        round(run.stall_ms, 1),
        LIMIT_MS,
        "ms",
        f"{run.seconds:.1f} s end to end; {run.detail}",
    )


def main() -> None:
    db = seeded_db(ROWS)
    found = facts(db)
    with stub_server(db) as server:
        set_business_clock(server)

        async def gui() -> None:
            noise = await idle_heartbeat(5)
            report(
                "heartbeat gap on an idle Qt loop (noise floor)",
                round(noise, 1),
                "ms",
                note="5 s of nothing: the machine's own stalls, not the app's",
            )
            heartbeat = Heartbeat()
            phone = Phone(server.api)
            with tempfile.TemporaryDirectory(prefix="bkt-client-") as data:
                branch = await login(server, phone, Path(data), heartbeat)
                try:
                    await load_rows(branch, found, heartbeat)
                    await export(branch, found, heartbeat)
                finally:
                    await close_branch(branch)
                    await phone.aclose()

        run(gui)


if __name__ == "__main__":
    main()
