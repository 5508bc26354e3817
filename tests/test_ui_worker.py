"""Work off the GUI thread never frees what the GUI thread made."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from PySide6.QtCore import QThreadPool

from conftest import make_treaty_pair

FREED_ON: list[str] = []
"""The thread each dropped cycle was freed on."""


class _Cycle:
    """Stands for a dropped widget or document caught in a reference cycle."""

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        FREED_ON.append(threading.current_thread().name)


def test_cycles_dropped_during_a_comparison_are_freed_on_the_gui_thread(
    make_window, qtbot, tmp_path: Path
) -> None:
    old, new = make_treaty_pair(articles=80, edits=300)
    (tmp_path / "old.txt").write_text(old, encoding="utf-8")
    (tmp_path / "new.txt").write_text(new, encoding="utf-8")
    window = make_window()
    gui = threading.current_thread().name
    FREED_ON.clear()
    window.open_pair(str(tmp_path / "old.txt"), str(tmp_path / "new.txt"))
    made = 0
    while window.session.busy:  # garbage the GUI thread drops while the worker allocates
        for _ in range(20):
            _Cycle()
        made += 20
        qtbot.wait(5)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=10_000)
    gc.collect()
    assert made
    assert len(FREED_ON) == made
    assert set(FREED_ON) == {gui}


def test_cancel_stops_work_that_never_asks_whether_to_stop(qtbot) -> None:
    """A long loop with no cancellation check (a big text being segmented) still ends."""
    from treatyviewer.ui.state.worker import Job, start

    entered = threading.Event()

    def stubborn(_should_stop) -> int:  # type: ignore[no-untyped-def]
        entered.set()
        n = 0
        while n >= 0:  # never asks, never ends by itself
            n += 1
        return n

    job = Job(stubborn)
    ended: list[object] = []
    job.signals.cancelled.connect(ended.append)
    job.signals.finished.connect(ended.append)
    start(job)
    qtbot.waitUntil(entered.is_set, timeout=10_000)
    job.cancel()
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    assert ended == [None]  # cancelled, with no result
    qtbot.waitUntil(lambda: job.ended, timeout=5_000)
    # The pool thread returns to the pool a moment after the job says it ended.
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=5_000)


def test_the_event_loop_collects_cycles_while_automatic_collection_is_off(qtbot) -> None:
    """Automatic collection may start inside a Qt call that holds a signal mutex and
    hang the window there; the app collects from its event loop instead."""
    from treatyviewer.ui.state.worker import COLLECT_EVERY_MS, collect_on_gui_thread

    collect_on_gui_thread()  # what the app does at launch
    assert not gc.isenabled()
    gc.collect()
    FREED_ON.clear()
    for _ in range(gc.get_threshold()[0] * 2):
        _Cycle()
    assert not FREED_ON  # nothing collected in the middle of other work
    qtbot.waitUntil(lambda: bool(FREED_ON), timeout=COLLECT_EVERY_MS * 20)
    assert set(FREED_ON) == {threading.current_thread().name}
