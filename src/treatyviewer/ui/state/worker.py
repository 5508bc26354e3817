"""Long work off the GUI thread: reading files and comparing, cancellable.

Work functions get only plain Python and core objects and return only those;
every Qt object (documents, formats, widgets) is made and dropped on the GUI
thread. Python's cycle collector would break that rule by itself: it runs in
whichever thread happens to allocate, so a dropped cycle holding a Qt object
could be freed on a worker. While any job runs, automatic collection is off and
the GUI thread collects instead (``GuiCollector``).
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ...core.cancel import Cancelled
from ...core.memory import give_back

PROGRESS_EVERY_S = 0.05
"""Least time between two progress reports: enough for a smooth bar, never a flood."""
COLLECT_EVERY_MS = 250
GRACE_MS = 300
"""After Cancel, how long work may take to notice by itself before it is interrupted."""


class Progress(Protocol):
    """What long work gets: ``(done, total)`` reports progress and answers whether to
    stop; ``stage(text)`` says what the work went on to (shown beside the bar)."""

    def __call__(self, done: int, total: int) -> bool: ...

    def stage(self, text: str) -> None: ...

    def early(self, part: object) -> None:
        """Hand over a first part of the result ahead of the rest (texts read before
        they are compared), to be shown meanwhile."""
        ...


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Make ``exc`` raise in the thread at its next Python instruction (None: forget
    one not yet raised). Reaches work stuck in a loop that never asks to stop."""
    import ctypes  # only when work is stopped: start-up does not need it

    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal(object)
    """The run ended after ``cancel()``: the result if the work finished anyway, else None."""
    stage = Signal(str)
    """The work went on to another stage; the text says what."""
    early = Signal(object)
    """A first part of the result, ahead of the rest (``Progress.early``)."""


class _Report:
    """The ``Progress`` a job hands its work."""

    def __init__(self, job: Job) -> None:
        self._job = job

    def __call__(self, done: int, total: int) -> bool:
        return self._job._should_stop(done, total)

    def stage(self, text: str) -> None:
        self._job.signals.stage.emit(text)

    def early(self, part: object) -> None:
        if not self._job.cancelled:
            self._job.signals.early.emit(part)


class Job(QRunnable):
    """Runs ``work(progress)`` in the pool; ``progress(done, total)`` reports how far it is
    and answers whether to stop (see ``Progress``)."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._work: Callable[[Progress], Any] | None = work
        self._cancel = threading.Event()
        self._reported = 0.0
        self._held: tuple[int, int] | None = None
        """The last progress not sent yet (it came too soon after the one before)."""
        self._lock = threading.Lock()
        self._thread: int | None = None
        """The pool thread while it is inside the work (the only time it may be interrupted)."""
        self.ended = False
        """Set when ``run`` has returned from the work (the pool is then done with it)."""

    def cancel(self) -> None:
        """Ask the work to stop; if it has not within ``GRACE_MS``, interrupt it."""
        if not self._cancel.is_set():
            self._cancel.set()
            QTimer.singleShot(GRACE_MS, self.signals, self._interrupt)

    def _interrupt(self) -> None:
        with self._lock:
            if self._thread is not None:
                _raise_in(self._thread, Cancelled)
                self._thread = None  # once

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _should_stop(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if now - self._reported >= PROGRESS_EVERY_S:
            self._reported, self._held = now, None
            self.signals.progress.emit(done, total)
        else:
            self._held = (done, total)
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.ended = True

    def _run(self) -> None:
        work, self._work = self._work, None  # the closure's data dies with the run
        if work is None:
            return
        try:
            try:
                with self._lock:
                    self._thread = threading.get_ident()
                result = work(_Report(self))
            finally:
                self._leave()
        except BaseException as exc:  # reported to the window, never lost
            if self._cancel.is_set():
                self.signals.cancelled.emit(None)
            else:
                self.signals.failed.emit(exc)
            return
        if self._cancel.is_set():
            self.signals.cancelled.emit(result)
        else:
            if self._held is not None:  # the bar shows how far the work really got
                self.signals.progress.emit(*self._held)
            self.signals.finished.emit(result)

    def _leave(self) -> None:
        """Out of the work: no interruption may arrive from now on. One sent just
        before may still be raised here; it is caught, and the leaving finished."""
        while True:
            try:
                with self._lock:
                    self._thread = None
                if self._cancel.is_set():  # only a cancelled job is ever interrupted
                    _raise_in(threading.get_ident(), None)
                return
            except Cancelled:
                continue


class GuiCollector(QObject):
    """Collects Python's reference cycles on the GUI thread while jobs run."""

    def __init__(self) -> None:
        super().__init__()
        self._holds = 0
        self._was_enabled = True
        self.permanent = False
        """Holding for the whole process (see ``collect_on_gui_thread``)."""
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_EVERY_MS)
        self._timer.timeout.connect(self.collect)

    def hold(self) -> None:
        if self._holds == 0:
            self._was_enabled = gc.isenabled()
            gc.disable()
            self._timer.start()
        self._holds += 1

    def release(self) -> None:
        self._holds -= 1
        if self._holds == 0:
            self._timer.stop()
            if self._was_enabled:
                gc.enable()

    def collect(self) -> None:
        """What automatic collection would have done by now, by the same thresholds;
        but while work runs (a long comparison arriving is millions of new objects),
        only the young generations: a full collection walks every object, seconds on
        the GUI thread each time. ``settle`` collects fully once the work is shown."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] < thresholds[0]:
            return
        younger = 0 if counts[1] < thresholds[1] else 1
        working = self._holds > (1 if self.permanent else 0)
        full = younger and counts[2] >= thresholds[2] and not working
        gc.collect(2 if full else younger)


_collector: GuiCollector | None = None
_running: list[Job] = []
"""Every started job, kept alive until the pool has certainly let go of it."""


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def _gui_collector() -> GuiCollector:
    global _collector
    if _collector is None:
        _collector = GuiCollector()
    return _collector


def collect_on_gui_thread() -> None:
    """From now on, reference cycles are collected only from the GUI event loop.

    Automatic collection runs wherever an allocation happens to cross the
    threshold: also inside a Qt call that holds a signal mutex (disconnecting,
    emitting), where destroying a QObject found in a cycle then waits on the same
    mutex for ever. Collecting from a timer runs at the top of the event loop,
    where no Qt lock is held. Call once, on the GUI thread, after QApplication.
    """
    collector = _gui_collector()
    if not collector.permanent:
        collector.permanent = True
        collector.hold()


def settle(let_go: bool = True) -> None:
    """Collect once, then leave everything alive now out of later collections.

    A long comparison is millions of objects that live until the next one; each
    full collection would walk them all (a second or more on the GUI thread, again
    and again while the panes are written). Called once a new comparison is shown:
    with ``let_go`` (a long comparison was let go), the previous one's cycles are
    collected here, walking every object (a tenth of a second or more at 20 MB);
    without, only the youngest objects are, and the new comparison is frozen as it is:
    what outlived a young collection while it arrived is nearly all of it, alive
    (at 20 MB, walking that found 2 dead objects in 90 ms on the GUI thread)."""
    if let_go:
        gc.unfreeze()
        gc.collect()
    else:
        gc.collect(0)
    gc.freeze()
    # Handing memory back walks the C library's whole heap without the interpreter lock
    # (with loading ctypes, some 50 ms of the turn after a 20 MB pair was shown): a
    # thread of its own does it, and the event loop turns meanwhile.
    threading.Thread(target=give_back, name="give-back", daemon=True).start()


def start(job: Job) -> None:
    """Run ``job`` in the pool (call on the GUI thread)."""
    collector = _gui_collector()
    _running[:] = [j for j in _running if not j.ended]
    _running.append(job)
    collector.hold()
    released: list[bool] = []

    def over(_result: object = None) -> None:
        if not released:
            released.append(True)
            collector.release()

    for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        signal.connect(over)
    pool().start(job)


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

    @property
    def busy(self) -> bool:
        return self._job is not None

    def cancel(self) -> None:
        """Stop the running job; its result, if any, is then ignored."""
        if self._job is not None:
            self._let_go(self._job)
            self._job = None
            self.idle.emit()

    def _let_go(self, job: Job) -> None:
        """Cancel ``job``; what it still reports is no longer this work's progress."""
        job.cancel()
        job.signals.progress.disconnect(self.progress)
        job.signals.stage.disconnect(self.started)

    def _start(self, what: str, job: Job, here: bool = False) -> None:
        """Make ``job`` the current one (cancelling a running one) and start it; with
        ``here``, run it on this thread at once (work that waits for nothing)."""
        if self._job is not None:
            self._let_go(self._job)
        self._job = job
        job.signals.progress.connect(self.progress)
        job.signals.stage.connect(self.started)
        self.started.emit(what)
        if here:
            job.run()
        else:
            start(job)

    def _is_current(self, job: Job) -> bool:
        return job is self._job

    def _end(self, job: Job) -> bool:
        """The current job is over (idle); False for a job that was replaced or cancelled."""
        if job is not self._job:
            return False
        self._job = None
        self.idle.emit()
        return True
