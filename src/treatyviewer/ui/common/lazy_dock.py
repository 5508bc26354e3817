"""A dock that is there from start-up but builds what it shows when first needed.

The window restores its saved layout by dock name, and the View menu toggles a dock
through its action, so both need the dock itself from the start; what it holds
(and the modules behind it) waits until the dock is first shown or asked for.

A tab behind another dock counts as shown for Qt (it gets a show event, and is
briefly reported visible while the window first lays out its tabs), so a tabbed
dock is built when it is raised, or when it is still the front tab at the next turn
of the loop after it became visible (a click on its tab).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


class LazyDock(QDockWidget):
    def __init__(
        self, title: str, name: str, build: Callable[[], QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self._build: Callable[[], QWidget] | None = build
        self._in_front = False
        self.visibilityChanged.connect(self._visibility_changed)

    @property
    def built(self) -> bool:
        return self._build is None

    def content(self) -> QWidget:
        """What the dock shows, built now if it has not been yet."""
        if self._build is not None:
            build, self._build = self._build, None
            self.setWidget(build())
        widget = self.widget()
        assert widget is not None
        return widget

    def showEvent(self, event: QShowEvent) -> None:
        if not self._tabbed():
            self.content()
        super().showEvent(event)

    def raise_(self) -> None:
        """Brought to the front of a shown window (View menu, a note to show): built now."""
        if self.window().isVisible():
            self.content()
        super().raise_()

    def _tabbed(self) -> bool:
        window = self.parentWidget()
        return isinstance(window, QMainWindow) and bool(window.tabifiedDockWidgets(self))

    def _visibility_changed(self, visible: bool) -> None:
        self._in_front = visible
        if visible and self._build is not None:
            QTimer.singleShot(0, self._build_if_in_front)

    def _build_if_in_front(self) -> None:
        if self._in_front and not self.isHidden():
            self.content()
