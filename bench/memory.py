"""Memory: the client's resident set after scrolling through 100,000 transactions in the table.

The client runs in this process (nothing else measured in it), the server in its own with
1,000,000 rows. RSS is read from /proc/self/status (VmRSS) once the last page is in.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a file: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    at_most,
    business_morning,
    facts,
    seeded_db,
    set_business_clock,
    stub_server,
)
from bench.gui import (
    Phone,
    close_branch,
    keyboard_login,
    make_branch,
    rss_mb,
    run,
    scroll_until,
    wait_until,
)

ROWS = 1_000_000
SCROLLED = 100_000
LIMIT_MB = 200


async def scroll_through(branch: Any, phone: Phone, export_from: str) -> None:
    window = await keyboard_login(branch, phone)
    page = window.show_page("transactionsPage")
    await wait_until(lambda: page.model.rowCount() > 0 and not page.model.fetching)
    after_login = rss_mb()
    state = page.filters.state()
    state.update(period="custom", **{"from": export_from})
    state["to"] = business_morning().date().isoformat()
    page.filters.restore_state(state)
    page.apply_filter(force=True)
    loaded = await scroll_until(page.table, page.model, SCROLLED)
    after = rss_mb()
    at_most(
        f"client RSS after scrolling {SCROLLED:,} transactions",
        round(after, 1),
        LIMIT_MB,
        "MB",
        f"{loaded:,} rows in the table; {after_login:.0f} MB after login with the page open",
    )


def main() -> None:
    db = seeded_db(ROWS)
    found = facts(db)
    with stub_server(db) as server:
        set_business_clock(server)

        async def gui() -> None:
            phone = Phone(server.api)
            with tempfile.TemporaryDirectory(prefix="bkt-client-") as data:
                branch = make_branch(server.url, Path(data))
                try:
                    await scroll_through(branch, phone, found.export_from)
                finally:
                    await close_branch(branch)
                    await phone.aclose()

        run(gui)


if __name__ == "__main__":
    main()
