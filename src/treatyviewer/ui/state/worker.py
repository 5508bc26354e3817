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


class CancellableWork(QObject):
    """Holds the one running job of a long task (comparing, exporting): starts it,
    cancels it, and tells which finished job is still the current one."""

    started = Signal(str)
    """Long work began; the text says what (for a progress dialog)."""
    progress = Signal(int, int)
    idle = Signal()
    """The work ended or was cancelled."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: Job | None = None
        self._jobs: list[Job] = []
        """Every job started, kept alive until the pool has certainly let go of it."""

    @property
    def busy(self) -> bool:
        return self._job is not None

    def cancel(self) -> None:
        """Stop the running job; its result, if any, is then ignored."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
            self.idle.emit()

    def _start(self, what: str, job: Job) -> None:
        """Make ``job`` the current one (cancelling a running one) and start it."""
        if self._job is not None:
            self._job.cancel()
        self._jobs = [j for j in self._jobs if not j.ended]
        self._job = job
        self._jobs.append(job)
        job.signals.progress.connect(self.progress)
        self.started.emit(what)
        pool().start(job)

    def _is_current(self, job: Job) -> bool:
        return job is self._job

    def _end(self, job: Job) -> bool:
        """The current job is over (idle); False for a job that was replaced or cancelled."""
        if job is not self._job:
            return False
        self._job = None
        self.idle.emit()
        return True
