"""bkt-branch --install-desktop: a menu entry (and icon) for this user, pointing at this install."""

from __future__ import annotations

import importlib.resources
import os
import shutil
import sys
from pathlib import Path


def applications_dir() -> Path:
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "applications"


def icons_dir() -> Path:
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "icons" / "hicolor" / "scalable" / "apps"


def installed_command() -> str:
    """The absolute path of the bkt-branch command of the running installation."""
    found = shutil.which("bkt-branch")
    beside = Path(sys.executable).with_name("bkt-branch")
    if beside.exists():
        return str(beside.resolve())
    if found:
        return str(Path(found).resolve())
    return f"{Path(sys.executable).resolve()} -m desktop"


def install_desktop_entry() -> Path:
    """Writes bkt-branch.desktop with an absolute Exec and the SVG icon; returns the entry path."""
    package = importlib.resources.files("resources")
    template = package.joinpath("bkt-branch.desktop").read_text(encoding="utf-8")
    icon_target = icons_dir() / "bkt-branch.svg"
    icon_target.parent.mkdir(parents=True, exist_ok=True)
    icon_target.write_bytes(package.joinpath("icons", "bkt-branch.svg").read_bytes())
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={installed_command()}"
        elif line.startswith("Icon="):
            line = f"Icon={icon_target}"
        lines.append(line)
    target = applications_dir() / "bkt-branch.desktop"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target
