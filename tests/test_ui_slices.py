"""Long work on the GUI thread runs a slice at a time; several such works (both panes
written, what is written handed to the view, the redline) take turns, so that the event
loop gets its turn after each slice, not after one slice of each."""

from __future__ import annotations

import time
from itertools import pairwise

from PySide6.QtCore import QTimer

from treatyviewer.ui.common.slices import SLICE_S, SlicedRun, Steps


def _work(name: str, log: list[str], steps: int) -> Steps[str]:
    """Steps long enough that each slice is one step."""
    for k in range(steps):
        log.append(name)
        yield k, steps
    return name


def test_two_sliced_works_take_turns_with_the_event_loop_between_each_slice(qtbot) -> None:  # type: ignore[no-untyped-def]
    log: list[str] = []
    ended: list[str] = []
    ticker = QTimer(interval=0)
    ticker.timeout.connect(lambda: log.append("loop"))
    ticker.start()
    runs = [
        SlicedRun(_slow(_work(name, log, 6)), ended.append, lambda exc: None) for name in ("a", "b")
    ]
    qtbot.waitUntil(lambda: len(ended) == 2, timeout=10_000)
    ticker.stop()
    work = [k for k, what in enumerate(log) if what != "loop"]
    assert sorted(ended) == ["a", "b"] and len(work) == 12
    # Between any two slices (of either work) the loop ran something else.
    assert all(later - earlier > 1 for earlier, later in pairwise(work))
    # And the two works took turns rather than one waiting for the other to end.
    order = [log[k] for k in work]
    assert order[:4] in (["a", "b", "a", "b"], ["b", "a", "b", "a"])
    assert not any(run.running for run in runs)


def test_a_work_that_goes_first_holds_the_others_until_it_ends(qtbot) -> None:  # type: ignore[no-untyped-def]
    log: list[str] = []
    ended: list[str] = []
    SlicedRun(_slow(_work("hidden", log, 3)), ended.append, lambda exc: None)
    SlicedRun(_slow(_work("shown", log, 3)), ended.append, lambda exc: None, first=True)
    qtbot.waitUntil(lambda: len(ended) == 2, timeout=10_000)
    assert log == ["shown"] * 3 + ["hidden"] * 3


def _slow(steps: Steps[str]) -> Steps[str]:
    """Each step takes longer than a slice may (a slice then holds one step)."""
    while True:
        try:
            step = next(steps)
        except StopIteration as end:
            return end.value  # type: ignore[no-any-return]
        until = time.perf_counter() + SLICE_S * 1.2
        while time.perf_counter() < until:
            pass
        yield step
