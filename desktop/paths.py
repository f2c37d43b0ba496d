"""Where the app keeps its files: the data directory (settings, demo database, lock)."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "bkt-branch"


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_data_dir(path: Path | None) -> Path:
    directory = (path or default_data_dir()).expanduser().resolve()
    directory.mkdir(parents=True, exist_ok=True)
    return directory
