"""Long work on the GUI thread, cut into slices that leave the event loop free.

Building the documents of a long text must happen on the GUI thread (Qt text
objects belong to it). Written as a generator that yields ``(done, total)``
between small steps, such work runs here a few milliseconds at a time: menus,
scrolling and the progress dialog's Cancel keep working meanwhile.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QTimer

T = TypeVar("T")
Steps = Generator[tuple[int, int], None, T]
"""Work that yields ``(done, total)`` between steps and returns its result."""

SLICE_S = 0.03
"""Longest run of steps before the event loop gets its turn."""
WAIT_MS = 20
"""How often a run that lets another go first looks whether that one is done."""

_going_first: list[SlicedRun[object]] = []
"""Runs the others wait for (what the reader looks at, before what is hidden)."""


def run_through(steps: Steps[T]) -> T:
    """All the steps at once (short work, or when nothing else waits)."""
    while True:
        try:
            next(steps)
        except StopIteration as end:
            return end.value  # type: ignore[no-any-return]


class SlicedRun(QObject, Generic[T]):
    """Runs ``steps`` from the event loop, one slice per turn, until it returns."""

    def __init__(
        self,
        steps: Steps[T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
        progress: Callable[[int, int], None] | None = None,
        parent: QObject | None = None,
        first: bool = False,
    ) -> None:
        """With ``first``, other runs wait while this one runs."""
        super().__init__(parent)
        self._steps: Steps[T] | None = steps
        self._done, self._failed, self._progress = done, failed, progress
        self._first = first
        if first:
            _going_first.append(self)  # type: ignore[arg-type]
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._steps is not None

    def stop(self) -> None:
        """Give up the work (what it built so far is dropped)."""
        self._timer.stop()
        if self._steps is not None:
            self._steps.close()
            self._steps = None

    def _waits(self) -> bool:
        """Another run goes first: this one looks again a little later."""
        _going_first[:] = [r for r in _going_first if r.running]
        waits = not self._first and bool(_going_first)
        self._timer.setInterval(WAIT_MS if waits else 0)
        return waits

    def _slice(self) -> None:
        steps = self._steps
        if steps is None or self._waits():
            return
        end = time.perf_counter() + SLICE_S
        step = (0, 0)
        try:
            while time.perf_counter() < end:
                step = next(steps)
        except StopIteration as finished:
            self._steps = None
            self._timer.stop()
            self._done(finished.value)
            return
        except Exception as exc:  # reported like a worker's failure
            self._steps = None
            self._timer.stop()
            self._failed(exc)
            return
        if self._progress is not None:
            self._progress(*step)


def first_then_sliced(
    steps: Steps[T],
    enough: Callable[[], bool],
    done: Callable[[T], None],
    failed: Callable[[BaseException], None],
    progress: Callable[[int, int], None] | None = None,
    parent: QObject | None = None,
    first: bool = False,
) -> SlicedRun[T] | None:
    """Run steps at once until ``enough()`` (what must be on the first screen), the rest
    from the event loop; None when they all ran at once (``done`` was called)."""
    while not enough():
        try:
            next(steps)
        except StopIteration as end:
            done(end.value)
            return None
    return SlicedRun(steps, done, failed, progress, parent, first)
