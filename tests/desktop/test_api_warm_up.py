"""ApiClient.warm_up loads, off the GUI thread, what the first request would load on it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_warm_up_loads_the_asyncio_backend_of_the_first_request() -> None:
    # A fresh interpreter: in this one another test may have loaded the backend already.
    script = textwrap.dedent(
        """
        import sys
        from desktop.api import ApiClient

        backend = "anyio._backends._asyncio"
        client = ApiClient("http://127.0.0.1:9")
        assert backend not in sys.modules, "loaded before the warm-up"
        client.warm_up()
        assert backend in sys.modules, "the first request would load it on the GUI thread"
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
