"""A dock that is there from start-up but builds what it shows when first needed.

The window restores its saved layout by dock name, and the View menu toggles a dock
through its action, so both need the dock itself from the start; what it holds
(and the modules behind it) waits until the dock is first shown or asked for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QWidget


class LazyDock(QDockWidget):
    def __init__(
        self, title: str, name: str, build: Callable[[], QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self._build: Callable[[], QWidget] | None = build

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
        self.content()
        super().showEvent(event)
