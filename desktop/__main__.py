"""bkt-branch: start the Internet Branch (demo mode unless --server is given)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bkt-branch", description="Internet Branch (Dega Internet)"
    )
    parser.add_argument("--server", help="the bank's server URL (default: demo mode, in-process)")
    parser.add_argument(
        "--lang", choices=["sq", "en"], help="language (default: the last one chosen, else sq)"
    )
    parser.add_argument("--data-dir", type=Path, help="where settings and demo data are kept")
    parser.add_argument("--ca-file", type=Path, help="trust this CA for an https:// server")
    parser.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Dega Internet to this user's applications menu, then exit",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s %(message)s")
    if args.install_desktop:
        from desktop.install import install_desktop_entry

        print(f"installed {install_desktop_entry()}")
        return 0

    # PySide6 before qasync (DESIGN.md); both before anything that builds widgets.
    import qasync
    from PySide6.QtWidgets import QApplication

    from desktop.api import InsecureServerError, check_server_url
    from desktop.paths import ensure_data_dir
    from desktop.single_instance import SingleInstance

    if args.server:
        try:
            check_server_url(args.server)
        except InsecureServerError as error:
            print(f"bkt-branch: {error}", file=sys.stderr)
            return 2
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("bkt-branch")
    app.setDesktopFileName("bkt-branch")
    from desktop.icons import app_icon

    app.setWindowIcon(app_icon())
    data_dir = ensure_data_dir(args.data_dir)
    instance = SingleInstance(data_dir)
    if instance.notify_running():
        return 0

    from desktop.app import BranchApp, Options

    async def run() -> None:
        import asyncio

        branch = BranchApp(
            Options(server=args.server, language=args.lang, data_dir=data_dir, ca_file=args.ca_file)
        )
        instance.raiseRequested.connect(branch.bring_to_front)
        instance.listen()
        done = asyncio.Event()
        branch.finished.connect(done.set)
        app.lastWindowClosed.connect(done.set)
        branch.start()
        probe = os.environ.get("BKT_STARTUP_PROBE")
        if probe:  # bench/startup.py measures the time to the first painted login window
            from desktop.startup_probe import FirstPaintProbe

            FirstPaintProbe(branch.login_window, Path(probe), done.set)
        await done.wait()
        await branch.shutdown()

    qasync.run(run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
