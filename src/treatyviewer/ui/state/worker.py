"""Long work off the GUI thread: reading files and comparing, cancellable."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal(object)
    """The run ended after ``cancel()``: the result if the work finished anyway, else None."""


class Job(QRunnable):
    """Runs ``work(should_stop)`` in the pool; ``should_stop(done, total)`` reports progress."""

    def __init__(self, work: Callable[[Callable[[int, int], bool]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._work = work
        self._cancel = threading.Event()
        self.ended = False
        """Set when ``run`` has returned from the work (the pool is then done with it)."""

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _should_stop(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.ended = True

    def _run(self) -> None:
        try:
            result = self._work(self._should_stop)
        except BaseException as exc:  # reported to the window, never lost
            if self._cancel.is_set():
                self.signals.cancelled.emit(None)
            else:
                self.signals.failed.emit(exc)
            return
        if self._cancel.is_set():
            self.signals.cancelled.emit(result)
        else:
            self.signals.finished.emit(result)


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()
