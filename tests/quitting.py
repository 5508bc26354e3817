"""Sending the app SIGTERM the way a desktop session ends it."""

from __future__ import annotations

import os
import signal

from treatyviewer.ui.app.quit_signals import QuitOnSignals


def quit_by_sigterm(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """SIGTERM to this process with the window's handler installed; waits until it quits."""
    quits: list[bool] = []
    hook = QuitOnSignals(window, lambda: quits.append(True))
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: bool(quits), timeout=5_000)
    finally:
        hook.uninstall()
