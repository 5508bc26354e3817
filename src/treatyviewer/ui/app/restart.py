"""Restart Now: the window closes as Quit closes it and opens again on the same texts,
so that a language chosen in the View menu applies without the reader finding the
program again."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from .main_window import MainWindow


def reopening_args(window: MainWindow) -> list[str]:
    """What the new window opens: the saved session open now, else the two texts
    (files or bundled ids); with nothing given it reopens the last saved session,
    which an unsaved chain leaves as the only choice."""
    path = window.reading.controller.path
    if path is not None:
        return [str(path)]
    session = window.session
    if window.chains.state.active or not (session.old_name and session.new_name):
        return []
    return [session.old_name, session.new_name]


def restart(window: MainWindow) -> None:
    """Close the window (asking about unsaved work, keeping the autosave) and start
    the program again; nothing happens when the reader cancels the close."""
    args = reopening_args(window)
    if not window.close():
        return
    # A frozen build is its own executable; otherwise the interpreter runs the package.
    program = [] if getattr(sys, "frozen", False) else ["-m", "treatyviewer"]
    QProcess.startDetached(sys.executable, [*program, *args])
    QApplication.quit()
