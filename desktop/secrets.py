"""The OS keyring holds one thing: the login ID the customer asked us to remember."""

from __future__ import annotations

import contextlib
import logging

log = logging.getLogger(__name__)

SERVICE = "bkt-branch"
ENTRY = "remembered-login-id"


class RememberedLogin:
    """Remembers the login ID (customer number or personal number) — never a password or code.

    `available` is False when the system has no usable keyring; then nothing is stored and the
    login window disables its checkbox.
    """

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service
        self._available: bool | None = None

    @property
    def available(self) -> bool:
        """Probed on first use: finding the system's keyring takes a while (after the window)."""
        if self._available is None:
            self._available = self._probe()
        return self._available

    def _probe(self) -> bool:
        try:
            import keyring
            from keyring.backends import fail, null

            backend = keyring.get_keyring()
            return not isinstance(backend, fail.Keyring | null.Keyring)
        except Exception:  # any keyring import or backend failure means "no keyring"
            log.info("no usable keyring")
            return False

    def load(self) -> str | None:
        if not self.available:
            return None
        try:
            import keyring

            value = keyring.get_password(self._service, ENTRY)
        except Exception:
            log.info("keyring read failed")
            return None
        return value or None

    def save(self, login_id: str) -> bool:
        if not self.available:
            return False
        try:
            import keyring

            keyring.set_password(self._service, ENTRY, login_id)
        except Exception:
            log.info("keyring write failed")
            return False
        return True

    def forget(self) -> None:
        if not self.available:
            return
        try:
            import keyring
            from keyring.errors import PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError):  # nothing was remembered
                keyring.delete_password(self._service, ENTRY)
        except Exception:
            log.info("keyring delete failed")
