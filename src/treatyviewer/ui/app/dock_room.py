"""Side docks give way to the texts in a narrow window.

Two columns of docks (the outline on the left, parties, notes and map on the
right) leave two text panes of ~170 px each in a 1024 px window. Below
``NARROW`` the outline therefore joins the right-hand docks as a tab whenever it
is shown or the window narrows, so only one column is taken from the texts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

NARROW = 1400
"""Window width (px) below which the side docks share one column."""
Area = Qt.DockWidgetArea


class DockRoom(QObject):
    def __init__(self, window: QMainWindow, outline: QDockWidget) -> None:
        super().__init__(window)
        self.window = window
        self.outline = outline
        outline.visibilityChanged.connect(self._shown)

    def _shown(self, visible: bool) -> None:
        if visible:
            self.fit()

    def _right_column(self) -> QDockWidget | None:
        """A shown, docked right-hand dock the outline can join."""
        for dock in self.window.findChildren(QDockWidget):
            if (
                dock is not self.outline
                and not dock.isFloating()
                and not dock.isHidden()
                and self.window.dockWidgetArea(dock) == Area.RightDockWidgetArea
            ):
                return dock
        return None

    def fit(self) -> None:
        """In a narrow window, put a docked left-hand outline into the right column."""
        outline, window = self.outline, self.window
        if window.width() >= NARROW or outline.isHidden() or outline.isFloating():
            return
        if window.dockWidgetArea(outline) != Area.LeftDockWidgetArea:
            return
        right = self._right_column()
        if right is None:
            return
        window.tabifyDockWidget(right, outline)
        outline.raise_()
