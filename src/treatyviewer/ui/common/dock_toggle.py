"""Showing and hiding a dock from its menu entry or key, as a reader means it."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget


def toggle_dock(dock: QDockWidget, on: bool, action: QAction | None = None) -> None:
    """Show ``dock`` in front, or hide it. A dock asked to hide while it is a tab behind
    another is brought to the front instead: the reader pressed its key to see it (the
    first press hid it, the second showed it still behind), and ``action`` stays checked."""
    if not on and dock.isVisible() and dock.visibleRegion().isEmpty():
        dock.raise_()
        if action is not None:
            action.setChecked(True)
        return
    dock.setVisible(on)
    if on:
        dock.raise_()
