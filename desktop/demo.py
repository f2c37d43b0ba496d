"""Demo mode: the stub server in-process on a free loopback port, started after the window shows."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


class DemoServer:
    """The stub server in a background thread.

    The listening socket is opened at once (so the URL is known before the first window), while
    the heavy imports (FastAPI, SQLAlchemy, argon2) and the database setup happen in the thread:
    requests sent meanwhile wait in the socket's backlog instead of failing.
    """

    def __init__(self, data_dir: Path) -> None:
        self.db_path = data_dir / "demo-server.db"
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(128)
        self.port: int = self._socket.getsockname()[1]
        self._server: Any = None
        self._thread = threading.Thread(target=self._run, name="demo-server", daemon=True)
        self.ready = threading.Event()
        self.failed: BaseException | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            import uvicorn

            from server_stub.app import create_app
            from server_stub.config import ServerSettings

            app = create_app(ServerSettings(db_url=f"sqlite:///{self.db_path}"))
            config = uvicorn.Config(app, log_config=None, access_log=False, lifespan="on")
            self._server = uvicorn.Server(config)
            self._server.install_signal_handlers = lambda: None
            self.ready.set()
            # A plain asyncio loop: the GUI thread's policy would hand this thread a Qt loop.
            with asyncio.Runner(loop_factory=asyncio.SelectorEventLoop) as runner:
                runner.run(self._server.serve(sockets=[self._socket]))
        except BaseException as error:  # reported to the UI as "server not running"
            log.exception("demo server failed")
            self.failed = error
            self.ready.set()

    def stop(self, timeout: float = 5.0) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        self._socket.close()
