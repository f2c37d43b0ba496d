"""Remember my customer number: opt-in, only the login ID, pre-filled next time, forgotten."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import qasync
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from desktop.secrets import ENTRY, SERVICE, RememberedLogin
from server_stub.services.backend import Backend
from tests.ui.conftest import MemoryKeyring
from tests.ui.security_helpers import (
    ALT,
    DEMO_PHONES,
    ENTER,
    TAB,
    close_branch,
    focused,
    last_code,
    login_by_keyboard,
    new_branch,
    open_login_window,
    press,
    type_keys,
    wait_focus,
)

SECRETS = ("Tirana2026",)


class MemoryBackend(KeyringBackend):
    """A real keyring backend that keeps its entries in memory (what the OS keyring would get)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise PasswordDeleteError(username)
        del self.entries[(service, username)]


@pytest.fixture
def os_keyring() -> Iterator[MemoryBackend]:
    previous = keyring.get_keyring()
    backend = MemoryBackend()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def apps(qloop: qasync.QEventLoop) -> Iterator[list[BranchApp]]:
    """Further starts of the app in one test; each is shut down at the end."""
    started: list[BranchApp] = []
    yield started
    for app in started:
        close_branch(app)


def remember_box(app: BranchApp) -> QCheckBox:
    box = app.login_window.findChild(QCheckBox, "rememberLoginIdCheck")
    assert box is not None
    return box


def log_in_remembering(qtbot: QtBot, app: BranchApp, backend: Backend) -> str:
    """Login ID, Tab, password, Alt+R (remember), Enter, code, Enter; answers the code used."""
    window = open_login_window(qtbot, app)
    type_keys(qtbot, "123456789")
    press(qtbot, TAB)
    type_keys(qtbot, "Tirana2026")
    press(qtbot, Qt.Key.Key_R, ALT)  # &Remember my customer number on this computer
    qtbot.waitUntil(remember_box(app).isChecked)
    # Qt moves the focus to a check box ticked by its mnemonic: back to the password.
    if focused() is not window.credentials.password_edit:
        press(qtbot, TAB, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is window.credentials.password_edit
    press(qtbot, ENTER)
    wait_focus(qtbot, window.code.otp_edit)
    code = last_code(backend, DEMO_PHONES["123456789"])
    type_keys(qtbot, code)
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=5000)
    return code


def assert_no_secret(values: list[str], *secrets: str | None) -> None:
    for value in values:
        for secret in secrets:
            if secret:
                assert secret not in value


def test_opt_in_stores_only_the_login_id(
    qtbot: QtBot, branch: BranchApp, backend: Backend, keyring_memory: MemoryKeyring
) -> None:
    assert not remember_box(branch).isChecked()  # opt-in: off until ticked
    code = log_in_remembering(qtbot, branch, backend)
    assert keyring_memory.stored == {"login": "123456789"}
    assert_no_secret(list(keyring_memory.stored.values()), *SECRETS, code, branch.api.token)


def test_not_ticked_stores_nothing(
    qtbot: QtBot, branch: BranchApp, backend: Backend, keyring_memory: MemoryKeyring
) -> None:
    open_login_window(qtbot, branch)
    login_by_keyboard(qtbot, branch, backend, "123456789", "Tirana2026")
    assert keyring_memory.stored == {}


def test_next_start_prefills_and_focuses_the_password(
    qtbot: QtBot, backend: Backend, tmp_path: Path, apps: list[BranchApp]
) -> None:
    remembered = MemoryKeyring()
    remembered.stored["login"] = "123456789"
    app = new_branch(backend, tmp_path / "client", remembered)
    apps.append(app)
    window = open_login_window(qtbot, app)
    login_id = window.findChild(QLineEdit, "loginIdEdit")
    assert login_id is not None
    assert login_id.text() == "123456789"
    assert remember_box(app).isChecked()
    wait_focus(qtbot, window.credentials.password_edit)
    main = login_by_keyboard(qtbot, app, backend, "123456789", "Tirana2026")
    assert main.isVisible()
    assert remembered.stored == {"login": "123456789"}


def test_unticking_forgets_at_once(
    qtbot: QtBot, backend: Backend, tmp_path: Path, apps: list[BranchApp]
) -> None:
    remembered = MemoryKeyring()
    remembered.stored["login"] = "123456789"
    app = new_branch(backend, tmp_path / "client", remembered)
    apps.append(app)
    open_login_window(qtbot, app)
    press(qtbot, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: not remember_box(app).isChecked())
    assert remembered.stored == {}


def test_round_trip_through_the_keyring_library(
    qtbot: QtBot,
    backend: Backend,
    tmp_path: Path,
    apps: list[BranchApp],
    os_keyring: MemoryBackend,
) -> None:
    first = new_branch(backend, tmp_path / "client", RememberedLogin())
    apps.append(first)
    assert first.remembered.available
    code = log_in_remembering(qtbot, first, backend)
    assert os_keyring.entries == {(SERVICE, ENTRY): "123456789"}
    assert_no_secret(list(os_keyring.entries.values()), *SECRETS, code, first.api.token)
    close_branch(apps.pop())

    second = new_branch(backend, tmp_path / "client", RememberedLogin())
    apps.append(second)
    window = open_login_window(qtbot, second)
    assert window.credentials.login_id_edit.text() == "123456789"
    wait_focus(qtbot, window.credentials.password_edit)
    press(qtbot, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: not os_keyring.entries)


def test_failing_keyring_disables_the_box_and_nothing_crashes(
    qtbot: QtBot, backend: Backend, tmp_path: Path, apps: list[BranchApp]
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        remembered = RememberedLogin()
        assert not remembered.available
        assert remembered.load() is None
        assert remembered.save("123456789") is False
        remembered.forget()
        app = new_branch(backend, tmp_path / "client", remembered)
        apps.append(app)
        window = open_login_window(qtbot, app)
        box = remember_box(app)
        assert not box.isEnabled()
        assert "keyring" in box.toolTip()
        assert window.credentials.login_id_edit.text() == ""
        assert focused() is window.credentials.login_id_edit
        main = login_by_keyboard(qtbot, app, backend, "123456789", "Tirana2026")
        assert main.isVisible()
    finally:
        keyring.set_keyring(previous)
