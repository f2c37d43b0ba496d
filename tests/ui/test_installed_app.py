"""An installed application: the About dialog with the version, windows where they were left."""

from __future__ import annotations

from pathlib import Path

import qasync
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop.app import BranchApp
from server_stub.services.backend import Backend
from tests.qt_support import MemoryKeyring
from tests.ui.security_helpers import close_branch, login_by_keyboard, new_branch, open_login_window


def test_about_shows_the_version(qtbot: QtBot, branch: BranchApp, backend: Backend) -> None:
    open_login_window(qtbot, branch)
    main = login_by_keyboard(qtbot, branch, backend, "123456789", "Tirana2026")
    about = main.findChild(QPushButton, "aboutButton")
    assert about is not None
    about.click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    assert dialog.objectName() == "aboutDialog"
    text = dialog.findChild(QLabel, "aboutText")
    assert text is not None
    assert "0.1.0" in text.text()
    dialog.close()


def test_the_main_window_comes_back_where_it_was_left(
    qtbot: QtBot, qloop: qasync.QEventLoop, backend: Backend, tmp_path: Path
) -> None:
    data_dir = tmp_path / "client"
    first = new_branch(backend, data_dir, MemoryKeyring())
    try:
        open_login_window(qtbot, first)
        main = login_by_keyboard(qtbot, first, backend, "123456789", "Tirana2026")
        main.setGeometry(QRect(20, 30, 780, 520))
        qtbot.wait(50)
        left = main.geometry()
        assert left.height() == 520  # not the default 700
        logout = main.findChild(QPushButton, "logoutButton")
        assert logout is not None
        logout.click()
        qtbot.waitUntil(lambda: first.main_window is None)
    finally:
        close_branch(first)
    second = new_branch(backend, data_dir, MemoryKeyring())
    try:
        open_login_window(qtbot, second)
        main = login_by_keyboard(qtbot, second, backend, "123456789", "Tirana2026")
        assert main.geometry().size() == left.size()
    finally:
        close_branch(second)


def test_standard_buttons_keep_our_albanian_after_a_language_switch(
    qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    from desktop.i18n import Translations
    from ui.widgets.about_dialog import AboutDialog

    translations = Translations()
    translations.apply("sq")
    try:
        dialog = AboutDialog("1.0")
        qtbot.addWidget(dialog)
        close = dialog.buttons.buttons()[0]
        assert close.text() == "Mbyll"
        translations.apply("en")
        qtbot.waitUntil(lambda: close.text() == "Close")
        translations.apply("sq")
        qtbot.waitUntil(lambda: close.text() == "Mbyll")
        qtbot.wait(20)  # Qt's own reset would come after ours: the text must stay
        assert close.text() == "Mbyll"
    finally:
        translations.apply("en")


def test_the_save_dialog_speaks_albanian(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog, QWidget

    from desktop.i18n import Translations
    from ui.widgets.save_dialog import ask_save_path

    translations = Translations()
    translations.apply("sq")
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        chosen: list[Path] = []
        dialog = ask_save_path(
            parent, "Ruaj", tmp_path / "ekstrakt.pdf", "PDF (*.pdf)", chosen.append
        )
        assert dialog.labelText(QFileDialog.DialogLabel.Accept) == "&Ruaj"
        assert dialog.labelText(QFileDialog.DialogLabel.Reject) == "Anulo"
        dialog.accept()
        qtbot.waitUntil(lambda: bool(chosen))
        assert chosen == [tmp_path / "ekstrakt.pdf"]
    finally:
        translations.apply("en")
