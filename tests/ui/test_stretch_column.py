"""The stretched column of a table takes the spare width but is never cut below its text."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from ui.widgets.stretch_column import StretchColumn

Mode = QHeaderView.ResizeMode
NAME = "Llogari rrjedhëse në Lekë, e pagës"


def table(qtbot: QtBot, width: int) -> QTableView:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Account", "IBAN", "Balance"])
    model.appendRow(
        [QStandardItem(NAME), QStandardItem("AL47 2121 1009 " * 3), QStandardItem("250,000.00")]
    )
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.horizontalHeader().setSectionResizeMode(Mode.ResizeToContents)
    view.column = StretchColumn(view, 0)  # type: ignore[attr-defined]
    view.resize(width, 200)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_with_room_the_column_takes_the_spare_width(qtbot: QtBot) -> None:
    view = table(qtbot, 1400)
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionResizeMode(0) == Mode.Stretch)
    assert header.sectionSize(0) > view.sizeHintForColumn(0)
    assert header.length() == view.viewport().width()


def test_without_room_it_keeps_its_text_and_the_view_scrolls(qtbot: QtBot) -> None:
    view = table(qtbot, 400)
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionResizeMode(0) == Mode.ResizeToContents)
    assert header.sectionSize(0) >= view.sizeHintForColumn(0)
    assert view.horizontalScrollBar().maximum() > 0

    view.resize(1400, 200)  # room again: it stretches again
    qtbot.waitUntil(lambda: header.sectionResizeMode(0) == Mode.Stretch)
