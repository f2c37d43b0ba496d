"""The customer's preferences on this computer (language, window geometry): never a secret."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("sq", "en")
DEFAULT_LANGUAGE = "sq"


class AppSettings:
    """An INI file in the data directory, so each data directory is its own installation."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "settings.ini"
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str | None:
        value = self._qsettings.value("ui/language")
        return str(value) if value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._qsettings.setValue("ui/language", value)
        self._qsettings.sync()

    def geometry(self, window: str) -> QByteArray | None:
        value = self._qsettings.value(f"windows/{window}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, window: str, state: QByteArray) -> None:
        self._qsettings.setValue(f"windows/{window}", state)
        self._qsettings.sync()

    def sync(self) -> None:
        self._qsettings.sync()
