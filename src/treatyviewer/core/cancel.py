"""Cooperative cancellation and progress for long work (reading, aligning, diffing).

Long functions take an optional ``should_stop(done, total)`` callable: they call it
between stages and inside their long loops, reporting how far they are, and stop
with ``Cancelled`` when it answers True. The window's worker passes one that
reports progress and answers whether the reader pressed Cancel; the command line
passes none. Checks are cheap enough to call every few milliseconds of work.
"""

from __future__ import annotations

from collections.abc import Callable

StopCheck = Callable[[int, int], bool]
"""``should_stop(done, total)``: report progress; True means stop now."""


class Cancelled(InterruptedError):
    """The caller asked the work to stop; nothing half-done is returned."""


def check(should_stop: StopCheck | None, done: int = 0, total: int = 0) -> None:
    """Raise ``Cancelled`` when the caller wants the work to stop."""
    if should_stop is not None and should_stop(done, total):
        raise Cancelled("cancelled")


def part(should_stop: StopCheck | None, start: int, end: int, scale: int) -> StopCheck | None:
    """A check for one stage of a longer job: the stage's own (done, total) is
    reported as a share of ``start..end`` out of ``scale``, so that one progress
    bar moves steadily through all the stages."""
    if should_stop is None:
        return None
    outer = should_stop

    def inner(done: int, total: int) -> bool:
        share = done / total if total > 0 else 0.0
        return outer(start + round((end - start) * min(1.0, share)), scale)

    return inner


def interval(total: int, most: int) -> int:
    """Items between two checks of a loop over ``total`` items: ``most`` at most
    (a few milliseconds of work), fewer in a short loop, so that its progress still
    moves in some fifty steps."""
    return max(1, min(most, total // 50))
