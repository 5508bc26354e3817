"""SIGTERM and SIGINT (Ctrl+C in a terminal) close the window as Quit would.

Python runs signal handlers only between bytecodes, and Qt's event loop runs no
Python while it waits, so a signal would wait for the next click. The C-level
handler therefore writes a byte to a socket that Qt watches; that wakes the loop,
the Python handler runs, and the window closes the normal way: unsaved work goes
to the autosave, running work is cancelled, and the application quits.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitOnSignals(QObject):
    """Keeps the wake-up socket alive while the window lives; ``uninstall`` restores."""

    def __init__(self, window: Any, quit_app: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._quit_app = quit_app
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno())
        self._previous = {sig: signal.signal(sig, self._handle) for sig in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        with contextlib.suppress(OSError):  # nothing left to read
            self._read.recv(256)

    def _handle(self, _signum: int, _frame: object) -> None:
        QTimer.singleShot(0, self._close)

    def _close(self) -> None:
        window = self._window
        window.ask_to_save = False  # no dialog: unsaved work goes to the autosave
        window.close()
        self.uninstall()
        self._quit_app()

    def uninstall(self) -> None:
        if self._notifier is None:
            return
        self._notifier.setEnabled(False)
        self._notifier = None  # type: ignore[assignment]
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._read.close()
        self._write.close()
