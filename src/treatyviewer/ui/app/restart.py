"""Restart Now: the window closes as Quit closes it and opens again on the same texts,
so that a language chosen in the View menu applies without the reader finding the
program again."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication


def reopening_args(
    session_file: Path | None, old_name: str, new_name: str, chain: list[str]
) -> list[str]:
    """What the new window opens: the saved session open now, else the chain of
    versions open (``chain``, its texts oldest first), else the two texts (files or
    bundled ids). An unsaved chain had been left out, and the bundled pair opened."""
    if session_file is not None:
        return [str(session_file)]
    if chain:
        return list(chain)
    if not (old_name and new_name):
        return []
    return [old_name, new_name]


def restart_command(args: list[str]) -> tuple[str, list[str]]:
    """The program and its arguments that start treatyviewer again on ``args``: a frozen
    build is its own executable; otherwise the interpreter runs the package."""
    program = [] if getattr(sys, "frozen", False) else ["-m", "treatyviewer"]
    return sys.executable, [*program, *args]


def restart(close: Callable[[], bool], args: Callable[[], list[str]]) -> bool:
    """``close()`` the window (it asks about unsaved work and keeps the autosave) and
    start the program again with ``args()``, asked once the window has closed (the
    reader may have saved the session only now, in answer to its question); nothing
    happens when the reader cancels. False, and the window stays, when the program
    cannot be started again from where it runs (its interpreter gone or not executable)."""
    if not os.access(sys.executable, os.X_OK):
        return False
    if not close():
        return True
    QProcess.startDetached(*restart_command(args()))
    QApplication.quit()
    return True
