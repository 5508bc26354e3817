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

import shiboken6
from PySide6.QtCore import QObject, QTimer

T = TypeVar("T")
Steps = Generator[tuple[int, int], None, T]
"""Work that yields ``(done, total)`` between steps and returns its result."""

SLICE_S = 0.03
"""Longest run of steps before the event loop gets its turn."""

_going_first: list[SlicedRun[object]] = []
"""Runs the others wait for (what the reader looks at, before what is hidden)."""


def run_through(steps: Steps[T]) -> T:
    """All the steps at once (short work, or when nothing else waits)."""
    while True:
        try:
            next(steps)
        except StopIteration as end:
            return end.value  # type: ignore[no-any-return]


class _Turns(QObject):
    """Gives the runs their slices: one slice of one run per turn of the event loop,
    the runs in turn. With a timer each, every run took its slice in the same turn
    (writing both panes, handing the view what is written, the redline…), and the
    loop waited for all of them together."""

    def __init__(self) -> None:
        super().__init__()
        self.runs: list[SlicedRun[object]] = []
        self.next = 0
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.turn)

    def add(self, run: SlicedRun[object]) -> None:
        self.runs.append(run)
        self.timer.start()

    def turn(self) -> None:
        self.runs = [r for r in self.runs if r.running and shiboken6.isValid(r)]
        _going_first[:] = [r for r in _going_first if r in self.runs]
        ready = _going_first or self.runs
        if not ready:
            self.timer.stop()
            return
        run = ready[self.next % len(ready)]
        self.next += 1
        run._slice()
        # Due again from now, not from when this turn began: left running, the timer
        # often came round again before other timers that fell due during the slice
        # (a 20 MB text being written held up a 10 ms timer for two slices, not one).
        self.timer.start()


_turns: list[_Turns] = []


def _driver() -> _Turns:
    if not _turns or not shiboken6.isValid(_turns[0]):  # (one per application)
        _turns[:] = [_Turns()]
    return _turns[0]


class SlicedRun(QObject, Generic[T]):
    """Runs ``steps`` from the event loop, a slice at a time, until it returns."""

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
        if first:
            _going_first.append(self)  # type: ignore[arg-type]
        _driver().add(self)  # type: ignore[arg-type]

    @property
    def running(self) -> bool:
        return self._steps is not None

    def stop(self) -> None:
        """Give up the work (what it built so far is dropped)."""
        if self._steps is not None:
            self._steps.close()
            self._steps = None

    def _slice(self) -> None:
        """Steps for up to ``SLICE_S``: another step is begun only if one as long as
        the last still fits (one step always runs)."""
        steps = self._steps
        if steps is None:
            return
        began = time.perf_counter()
        end = began + SLICE_S
        step, last = (0, 0), 0.0
        try:
            while began + last < end:
                step = next(steps)
                now = time.perf_counter()
                began, last = now, now - began
        except StopIteration as finished:
            self._steps = None
            self._done(finished.value)
            return
        except Exception as exc:  # reported like a worker's failure
            self._steps = None
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
