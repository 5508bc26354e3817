"""The tabs of docks stacked in one place keep their whole names.

Qt shortens the tabs of tabbed docks to fit the dock's width: with the outline on
the left, the four tabs on the right of a chain of versions read "Parties and…",
"N…", "Map" and "History of this…". Here every tab keeps its name and the bar
scrolls (the arrows at its end) when the names are wider than the dock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QTabBar


class DockTabs(QObject):
    """Watches a window for the tab bars it makes as docks are stacked."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        window.installEventFilter(self)
        for bar in window.findChildren(QTabBar):
            keep_names(bar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QTabBar):
                keep_names(child)
        return False


def keep_names(bar: QTabBar) -> None:
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(True)
