"""No password, code or token left behind: a full run against the stub server process, then a scan.

The stub runs as its own process on a SQLite file with its log (at debug level) in a file; the
client is the whole BranchApp with a real data directory and the real RememberedLogin code path
on an in-memory keyring backend. Afterwards every secret used is looked for, as typed, URL-encoded
and base64, in the server's log, the database file and its WAL (as raw pages and as the text of
every row), the client's data directory and the keyring. Codes may appear in one place only: the
stub's SMS outbox, which stands for the customers' phones (API.md).
"""

from __future__ import annotations

import base64
import contextlib
import logging
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote, quote_plus

import httpx
import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp, Options
from tests.e2e.conftest import StubControl
from tests.qt_support import dispose_branch
from tests.server.payment_helpers import OTHER_BANK_IBAN, PEER_IBAN
from tests.ui.security_helpers import (
    ALT,
    DEMO_PHONES,
    ENTER,
    TAB,
    press,
    type_keys,
    wait_focus,
)

# The `keyring` library's backend for the test: RememberedLogin's real code path writes there.
from tests.ui.test_remember_login import MemoryBackend, os_keyring
from ui.login.registration_steps import CodePasswordStep
from ui.login.step import LoginStep
from ui.main_window import MainWindow
from ui.pages.security_page import SecurityPage

pytestmark = pytest.mark.e2e
__all__ = ["os_keyring"]  # a fixture

SMS_TABLE = "sms_outbox"


@dataclass
class Secrets:
    """Everything secret the run used, by kind."""

    passwords: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)


# --- the stub server as a process ---------------------------------------------------------------
class StubProcess(StubControl):
    """`python -m server_stub` on a free loopback port, its output in a log file."""

    def __init__(self, workdir: Path) -> None:
        self.db = workdir / "bank.db"
        self.log = workdir / "server.log"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "server_stub", "--port", str(self.port)]
        command += ["--db", str(self.db), "--log-level", "debug"]
        self._log_file = self.log.open("wb")
        self.process = subprocess.Popen(
            command, stdout=self._log_file, stderr=subprocess.STDOUT, cwd=Path.cwd()
        )
        super().__init__(self.url)
        deadline = time.monotonic() + 60
        while True:
            try:
                if self.client.get("/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the stub did not start:\n{self.log.read_text()}")
            time.sleep(0.1)

    def all_codes(self) -> set[str]:
        messages = self.client.get("/_stub/sms", params={"limit": 500}).json()["messages"]
        return {str(m["code"]) for m in messages}

    def stop(self) -> None:
        self.close()
        self.process.terminate()  # uvicorn stops cleanly on SIGTERM
        self.process.wait(30)
        self._log_file.close()


@pytest.fixture
def stub_process(tmp_path: Path) -> Iterator[StubProcess]:
    stub = StubProcess(tmp_path)
    yield stub
    stub.stop()


# --- what the customer does ---------------------------------------------------------------------
def start_app(qtbot: QtBot, stub: StubProcess, data_dir: Path) -> BranchApp:
    app = BranchApp(Options(server=stub.url, language="en", data_dir=data_dir))
    app.start()
    qtbot.waitExposed(app.login_window)
    qtbot.waitUntil(lambda: app.is_ready, timeout=10_000)
    assert app.remembered.available  # the in-memory backend counts as a real keyring
    return app


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """The keyboard in `widget`, its window in front (after a logout it returns a moment later)."""
    widget.window().activateWindow()
    widget.setFocus()
    wait_focus(qtbot, widget)


def log_in(
    qtbot: QtBot, app: BranchApp, stub: StubProcess, number: str, password: str, secrets: Secrets
) -> MainWindow:
    """Login ID, Tab, password (Alt+R ticks remember), Enter, code, Enter; keeps what was used.

    Another password is tried first, as customers mistype: it must not be kept anywhere either.
    """
    window = app.login_window
    credentials = window.credentials
    for attempt in (f"{password}x", password):
        focus(qtbot, credentials.login_id_edit)
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_keys(qtbot, number)
        press(qtbot, TAB)
        type_keys(qtbot, attempt)
        secrets.passwords.add(attempt)
        if attempt != password:
            press(qtbot, ENTER)
            # Refused: the password field is emptied for the next try.
            qtbot.waitUntil(lambda: not credentials.password_edit.text(), timeout=20_000)
    if not credentials.remember_check.isChecked():
        press(qtbot, Qt.Key.Key_R, ALT)  # &Remember my customer number on this computer
        qtbot.waitUntil(credentials.remember_check.isChecked)
        focus(qtbot, credentials.password_edit)
    press(qtbot, ENTER)
    wait_focus(qtbot, window.code.otp_edit, timeout=20_000)
    code = stub.last_code(DEMO_PHONES[number])
    type_keys(qtbot, code)
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=20_000)
    assert app.main_window is not None
    assert app.api.token
    secrets.codes.add(code)
    secrets.tokens.add(app.api.token)
    return app.main_window


def log_out(qtbot: QtBot, app: BranchApp, main: MainWindow) -> None:
    focus(qtbot, main.navigation)
    press(qtbot, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: app.login_window.isVisible(), timeout=10_000)


def change_password(qtbot: QtBot, main: MainWindow, current: str, new: str) -> None:
    page = main.show_page("securityPage")
    assert isinstance(page, SecurityPage)
    page.focus_form()
    wait_focus(qtbot, page.current_edit)
    type_keys(qtbot, current)
    page.rules.new_edit.setFocus()
    type_keys(qtbot, new)
    press(qtbot, TAB)
    type_keys(qtbot, new)
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: page.info_label.isVisible(), timeout=20_000)


def new_password(
    qtbot: QtBot,
    app: BranchApp,
    stub: StubProcess,
    way: str,
    login_id: str,
    password: str,
    secrets: Secrets,
) -> None:
    """Register (Alt+G) or Forgot password (Alt+F): login ID, Enter; code, Enter, password twice."""
    window = app.login_window
    start: LoginStep
    step: CodePasswordStep
    if way == "register":
        key, start, step = Qt.Key.Key_G, window.registration, window.registration_code
        field_ = window.registration.number_edit
    else:
        key, start, step = Qt.Key.Key_F, window.reset_start, window.reset_code
        field_ = window.reset_start.login_id_edit
    focus(qtbot, window.credentials.login_id_edit)
    press(qtbot, key, ALT)
    qtbot.waitUntil(lambda: window.current_step() is start)
    wait_focus(qtbot, field_)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, login_id)
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: window.current_step() is step, timeout=20_000)
    wait_focus(qtbot, step.otp_edit)
    code = stub.last_code(DEMO_PHONES[login_id])
    type_keys(qtbot, code)
    press(qtbot, ENTER)
    type_keys(qtbot, password)
    press(qtbot, TAB)
    type_keys(qtbot, password)
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: window.current_step() is window.credentials, timeout=20_000)
    secrets.codes.add(code)
    secrets.passwords.add(password)


def pay(stub: StubProcess, token: str, creditor_iban: str, secrets: Secrets) -> None:
    """A payment over the API with the app's session token: a wrong code, then the right one."""
    auth = {"Authorization": f"Bearer {token}"}
    accounts = stub.client.get("/accounts", headers=auth).json()["accounts"]
    debtor = next(a for a in accounts if a["currency"] == "ALL")
    body = {
        "debtor_account_id": debtor["id"],
        "creditor_iban": creditor_iban,
        "creditor_name": "Elira Hoxha",
        "amount": "1250.00",
        "currency": "ALL",
        "description": "Qira nentor",
    }
    created = stub.client.post(
        "/payments", json=body, headers={**auth, "Idempotency-Key": str(uuid.uuid4())}
    )
    assert created.status_code == 201, created.text
    payment_id = created.json()["id"]
    code = stub.last_code(DEMO_PHONES["123456789"])
    wrong = f"{(int(code) + 500_001) % 1_000_000:06d}"
    refused = stub.client.post(f"/payments/{payment_id}/confirm", json={"otp": wrong}, headers=auth)
    assert refused.status_code == 401, refused.text
    confirmed = stub.client.post(
        f"/payments/{payment_id}/confirm", json={"otp": code}, headers=auth
    )
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["status"] == "executed"
    secrets.codes.update({code, wrong})


def a_morning(stub: StubProcess) -> None:
    """Tomorrow 08:00 UTC on the server's clock: outside the nightly window whenever this runs."""
    now = datetime.fromisoformat(stub.client.get("/info").json()["server_time"])
    morning = (now + timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)
    assert stub.client.put("/_stub/clock", json={"now": morning.isoformat()}).status_code < 300


# --- looking for the secrets ----------------------------------------------------------------------
def encodings(secret: str) -> set[bytes]:
    raw = secret.encode()
    forms = {raw, quote(secret, safe="").encode(), quote_plus(secret).encode()}
    for encoded in (base64.b64encode(raw), base64.urlsafe_b64encode(raw)):
        forms.update({encoded, encoded.rstrip(b"=")})
    return forms


HEX = frozenset(b"0123456789abcdefABCDEF")


def inside_hex_id(data: bytes, start: int, end: int) -> bool:
    """True when data[start:end] lies in a run of 16+ hex digits: an id or a hash, not a code."""
    while start > 0 and data[start - 1] in HEX:
        start -= 1
    while end < len(data) and data[end] in HEX:
        end += 1
    return end - start >= 16


def find(data: bytes, secrets: Secrets, *, codes: bool = True) -> list[str]:
    """Which secrets `data` holds, by kind and form. A code counts as a whole number only.

    (A code is six digits: digits around it, or a decimal point before it, make it part of an
    IBAN, a reference or a timestamp's microseconds; a long hex run, of an id or a hash.)
    """
    found = []
    for kind, values in (("password", secrets.passwords), ("token", secrets.tokens)):
        for value in values:
            found += [f"{kind} {value!r} as {form!r}" for form in encodings(value) if form in data]
    if codes:
        for code in secrets.codes:
            for form in encodings(code):
                pattern = rb"(?<![0-9.])" + re.escape(form) + rb"(?![0-9])"
                if any(
                    not inside_hex_id(data, m.start(), m.end()) for m in re.finditer(pattern, data)
                ):
                    found.append(f"code {code!r} as {form!r}")
    return found


def opened_copy(db: Path, workdir: Path) -> contextlib.closing[sqlite3.Connection]:
    """A copy of the database with its WAL, opened: SQLite reads the WAL's rows as well."""
    copy = workdir / f"copy-{uuid.uuid4().hex}.db"
    shutil.copyfile(db, copy)
    if Path(f"{db}-wal").exists():
        shutil.copyfile(Path(f"{db}-wal"), Path(f"{copy}-wal"))
    return contextlib.closing(sqlite3.connect(copy))


def scan_database(db: Path, secrets: Secrets, workdir: Path) -> tuple[list[str], int]:
    """Raw pages of the file and of its WAL (codes allowed on the outbox's pages only), then
    the text of every column of every row of every table but the outbox. Answers the rows read.
    """
    with opened_copy(db, workdir) as conn:
        owners = {int(p): str(n) for n, p in conn.execute("SELECT name, pageno FROM dbstat")}
        named = conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = ?", (SMS_TABLE,))
        outbox = {str(name) for (name,) in named}  # the table and its indexes
        sms = {page for page, name in owners.items() if name in outbox}
        assert sms, "the outbox has no pages: the page map is wrong"
        found, rows = [], 0
        names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        for table in [str(name) for (name,) in names if name != SMS_TABLE]:
            for row in conn.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - names from SQLite
                rows += 1
                for value in row:
                    text = value if isinstance(value, bytes) else str(value).encode()
                    found += [f"table {table}: {hit}" for hit in find(text, secrets)]
    data = db.read_bytes()
    size = int.from_bytes(data[16:18], "big")
    for number, start in enumerate(range(0, len(data), size), start=1):
        hits = find(data[start : start + size], secrets, codes=number not in sms)
        found += [f"{db.name} page {number} ({owners.get(number, 'free')}): {h}" for h in hits]
    wal = Path(f"{db}-wal")
    frames = wal.read_bytes() if wal.exists() else b""
    size = int.from_bytes(frames[8:12], "big") if frames else 0
    for offset in range(32, len(frames) - 24, 24 + size):
        number = int.from_bytes(frames[offset : offset + 4], "big")
        hits = find(frames[offset + 24 : offset + 24 + size], secrets, codes=number not in sms)
        found += [f"{wal.name} frame of page {number}: {h}" for h in hits]
    return found, rows


def test_the_scan_finds_every_form_and_skips_ids_and_timestamps() -> None:
    secrets = Secrets(passwords={"Tirana 2026&"}, codes={"123456"}, tokens={"tok-EN_1"})
    leaks = [b"Tirana%202026%26", b"p=Tirana+2026%26", base64.b64encode(b"Tirana 2026&")]
    leaks += [
        b"Bearer dG9rLUVOXzE",
        b"tok-EN_1",
        b'"otp": "123456"',
        b"code123456.",
        b"\x03123456x",
    ]
    for leak in leaks:
        assert find(leak, secrets), leak
    assert not find(b'"otp": "123456"', secrets, codes=False)
    for benign in (b"AL47205110123456789", b"09:00:00.123456+00", b"cfd123456afc0370118c10c9"):
        assert not find(benign, secrets), benign


# --- the run -------------------------------------------------------------------------------------
def test_no_secret_is_left_anywhere_after_a_full_run(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    stub_process: StubProcess,
    os_keyring: MemoryBackend,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)  # the client's own log lines are scanned too
    stub = stub_process
    a_morning(stub)
    secrets = Secrets()
    data_dir = tmp_path / "client"
    app = start_app(qtbot, stub, data_dir)
    try:
        # The language is chosen once, so the settings file has something in it.
        app.set_language("sq")
        app.set_language("en")
        main = log_in(qtbot, app, stub, "123456789", "Tirana2026", secrets)
        change_password(qtbot, main, "Tirana2026", "Shkodra2027pw")
        secrets.passwords.add("Shkodra2027pw")
        token = app.api.token
        assert token
        pay(stub, token, PEER_IBAN, secrets)
        pay(stub, token, OTHER_BANK_IBAN, secrets)
        log_out(qtbot, app, main)

        new_password(qtbot, app, stub, "register", "222222222", "Korca2027new", secrets)
        log_out(qtbot, app, log_in(qtbot, app, stub, "222222222", "Korca2027new", secrets))
        new_password(qtbot, app, stub, "reset", "987654321", "Berat2027reset", secrets)
        log_out(qtbot, app, log_in(qtbot, app, stub, "987654321", "Berat2027reset", secrets))
        log_out(qtbot, app, log_in(qtbot, app, stub, "123456789", "Shkodra2027pw", secrets))
        secrets.passwords.add("Durres2026")  # replaced by the reset: the old one neither
        secrets.codes |= stub.all_codes()
        settings_file = app.settings.path
        # The WAL as the running server left it (a clean stop folds it into the database).
        live = tmp_path / "live"
        live.mkdir()
        for path in stub.db.parent.glob(f"{stub.db.name}*"):
            shutil.copyfile(path, live / path.name)
    finally:
        dispose_branch(app)
        QApplication.processEvents()
        stub.stop()

    assert len(secrets.tokens) == 4
    assert len(secrets.codes) >= 9
    assert len(secrets.passwords) == 9  # four logins, four mistyped, one replaced by a reset
    assert os_keyring.entries, "remember-my-number wrote nothing to the keyring"
    assert settings_file.exists()
    found: list[str] = []
    found += [f"server log: {hit}" for hit in find(stub.log.read_bytes(), secrets)]
    found += [f"client log: {hit}" for hit in find(caplog.text.encode(), secrets)]
    for path in sorted(data_dir.rglob("*")):
        if path.is_file():
            found += [f"client file {path.name}: {hit}" for hit in find(path.read_bytes(), secrets)]
    for (service, name), value in os_keyring.entries.items():
        found += [f"keyring: {hit}" for hit in find(f"{service} {name} {value}".encode(), secrets)]
    for db in (live / stub.db.name, stub.db):
        hits, rows = scan_database(db, secrets, tmp_path)
        assert rows > 200
        found += hits
    assert Path(f"{live / stub.db.name}-wal").exists(), "the running server kept no WAL to scan"
    assert found == [], "\n".join(found)
    # The scan does find codes where they are allowed: the outbox holds every code sent.
    assert find((live / f"{stub.db.name}-wal").read_bytes(), Secrets(codes=secrets.codes))
