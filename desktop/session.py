"""Login steps, the session token and the idle timer, as a QObject the windows listen to."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.api import ApiClient, BankError
from desktop.tasks import spawn

#: The warning appears at least this long before the idle logout (UI.md asks for 60 s).
WARNING_LEAD_S = 75
#: Customer activity is reported to the server (keepalive) at most this often.
KEEPALIVE_EVERY_S = 15
#: The client ends the session this much before the server would, so it never acts on a dead one.
SAFETY_MARGIN_S = 2
#: At logout the windows wait at most this long for the server's answer before they close.
LOGOUT_WAIT_S = 1.0


class Session(QObject):
    """The customer's session with the bank.

    Signals:
        challengeChanged(dict): a login code was sent; the challenge JSON of API.md.
        loggedIn(dict): the code was accepted; the session JSON (customer, last_login, …).
        loggedOut(str): the session ended; reason "user", "idle", "expired", "password" or
            "blocked" (the bank blocked the user, e.g. after wrong current passwords).
        idleWarning(int): seconds left before the idle logout (emitted every second).
        idleWarningCleared(): activity came back in time; hide the warning.
    """

    challengeChanged = Signal(dict)
    loggedIn = Signal(dict)
    loggedOut = Signal(str)
    idleWarning = Signal(int)
    idleWarningCleared = Signal()

    def __init__(
        self,
        api: ApiClient,
        parent: QObject | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.api = api
        self._monotonic = monotonic
        self.challenge: dict[str, Any] | None = None
        self.info: dict[str, Any] | None = None
        self.login_id: str | None = None
        self._idle_timeout = 300.0
        self._last_contact = 0.0
        self._warning_shown = False
        self._keepalive_task: asyncio.Task[None] | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.tick)
        api.on_session_expired(self._server_says_expired)
        api.on_request(self._request_sent)

    # --- state --------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.info is not None and self.api.token is not None

    @property
    def customer_number(self) -> str | None:
        return None if self.info is None else str(self.info["customer"]["customer_number"])

    @property
    def customer_name(self) -> str:
        return "" if self.info is None else str(self.info["customer"]["name"])

    @property
    def password_change_required(self) -> bool:
        return bool(self.info and self.info.get("password_change_required"))

    # --- login steps --------------------------------------------------------------------
    async def start_login(self, login_id: str, password: str) -> dict[str, Any]:
        """Sends login ID and password; on success a code is on its way by SMS."""
        challenge = await self.api.post(
            "/auth/login",
            {"login_id": login_id, "password": password},
            authenticated=False,
        )
        self.login_id = login_id
        self.challenge = challenge
        self.challengeChanged.emit(challenge)
        return dict(challenge)

    async def submit_code(self, otp: str) -> dict[str, Any]:
        """Exchanges the SMS code for a session and starts the idle timer."""
        if self.challenge is None:
            raise BankError("challenge_not_found")
        info = await self.api.post(
            "/auth/otp",
            {"challenge_id": self.challenge["challenge_id"], "otp": otp},
            authenticated=False,
        )
        self.api.token = info["access_token"]
        # The token lives in ApiClient only; the session keeps what the windows show.
        self.info = {k: v for k, v in info.items() if k != "access_token"}
        self.challenge = None
        self._idle_timeout = float(info.get("idle_timeout") or 300)
        self._last_contact = self._monotonic()
        self._warning_shown = False
        self._tick.start()
        self.loggedIn.emit(dict(self.info))
        return dict(self.info)

    async def resend_code(self) -> dict[str, Any]:
        if self.challenge is None:
            raise BankError("challenge_not_found")
        challenge = await self.api.post(
            "/auth/otp/resend",
            {"challenge_id": self.challenge["challenge_id"]},
            authenticated=False,
        )
        self.challenge = challenge
        self.challengeChanged.emit(challenge)
        return dict(challenge)

    def cancel_login(self) -> None:
        self.challenge = None

    def password_changed(self) -> None:
        """The forced password change is done: the session may do everything now."""
        if self.info is not None:
            self.info["password_change_required"] = False

    async def logout(self, reason: str = "user") -> None:
        """Ends the session here and on the server (best effort), then tells the windows."""
        token = self.api.token
        self._end_locally()
        if token:
            told = spawn(self._tell_server(token))
            # Usually answered at once; a server that hangs must not keep the customer's data on
            # screen for as long as the request may wait: the request goes on in the background.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(told), LOGOUT_WAIT_S)
        self.loggedOut.emit(reason)

    async def _tell_server(self, token: str) -> None:
        with contextlib.suppress(BankError):
            await self.api.request(
                "POST",
                "/auth/logout",
                headers={"Authorization": f"Bearer {token}"},
                authenticated=False,
            )

    def _end_locally(self) -> None:
        self._tick.stop()
        self.api.token = None
        self.info = None
        self.challenge = None
        if self._warning_shown:
            self._warning_shown = False
            self.idleWarningCleared.emit()

    def _server_says_expired(self, _error: BankError) -> None:
        if self.active:
            self._end_locally()
            self.loggedOut.emit("expired")

    # --- idle timer ---------------------------------------------------------------------
    def _request_sent(self, background: bool) -> None:
        if not background and self.active:
            self._last_contact = self._monotonic()

    def seconds_left(self) -> float:
        return self._last_contact + self._idle_timeout - SAFETY_MARGIN_S - self._monotonic()

    def note_activity(self) -> None:
        """The customer typed or clicked: tell the server now and then, so both timers agree."""
        if not self.active:
            return
        if self._monotonic() - self._last_contact >= KEEPALIVE_EVERY_S:
            self.keep_alive()

    def keep_alive(self) -> None:
        """Restarts the idle timer here and on the server (the warning's Continue button)."""
        if not self.active or (self._keepalive_task and not self._keepalive_task.done()):
            return
        self._last_contact = self._monotonic()
        if self._warning_shown:
            self._warning_shown = False
            self.idleWarningCleared.emit()
        self._keepalive_task = spawn(self._send_keepalive())

    async def _send_keepalive(self) -> None:
        # A failure other than session_expired (handled by the API listener) is left to the
        # next activity: the local timer still ends the session in time.
        with contextlib.suppress(BankError):
            await self.api.post("/auth/keepalive")

    def tick(self) -> None:
        """Once a second: warn before the idle logout, and log out when the time is up."""
        if not self.active:
            return
        left = self.seconds_left()
        if left <= 0:
            spawn(self.logout("idle"))
        elif left <= WARNING_LEAD_S:
            self._warning_shown = True
            self.idleWarning.emit(int(left + 0.999))
