"""A typing field over a list: what a reader types narrows or finds, the keys that move
through a list move through the one below it (Go to Article, Link with…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListView, QWidget

NAVIGATION_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class ListField(QLineEdit):
    """The typing field: Up, Down and the page keys move through the list below it."""

    def __init__(self, keys_to: QListView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys_to = keys_to

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in NAVIGATION_KEYS:
            QCoreApplication.sendEvent(self.keys_to, event)
            return
        super().keyPressEvent(event)


class Narrowed:
    """The rows a list keeps while what the reader typed narrows it (``shown``, None:
    all), and the way between its rows and the items they list."""

    shown: list[int] | None = None

    def at(self, row: int) -> int:
        """The item listed in row ``row``."""
        return row if self.shown is None else self.shown[row]

    def row_of(self, item: int) -> int | None:
        """The row that lists ``item`` (None: left out by what was typed)."""
        if self.shown is None:
            return item
        return self.shown.index(item) if item in self.shown else None
