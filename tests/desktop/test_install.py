"""bkt-branch --install-desktop writes a menu entry with the absolute command, and the icon."""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest

from desktop.__main__ import main


def test_install_desktop_writes_an_entry_with_the_installed_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["--install-desktop"]) == 0
    entry = tmp_path / "applications" / "bkt-branch.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(entry, encoding="utf-8")
    section = parser["Desktop Entry"]
    command = section["Exec"].split()[0]
    assert Path(command).is_absolute()
    assert Path(command).exists()
    assert Path(section["Icon"]).read_bytes().startswith(b"<?xml")
    assert section["Name[sq]"] == "Dega Internet"


def test_plain_http_to_another_host_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--server", "http://bank.example.com"]) == 2
    assert "plain http" in capsys.readouterr().err


def test_the_application_icon_loads(qapp: object) -> None:
    from desktop.icons import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert not icon.pixmap(32, 32).isNull()
