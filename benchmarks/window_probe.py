"""One window run, measured from inside: ``window_probe.py OLD NEW START [CANCEL_AFTER]`` prints JSON.

START is the parent's ``time.time()`` just before it started this process, so the
first-paint time includes interpreter start and imports, as a user sees it (and
``first_screen_s`` that of a long pair's texts shown as read, before they are
compared; ``stall_before_paint_ms`` is then the longest stall in between). After
the first highlighted paint the probe scrolls through the texts while the rest of a
long text is written into the panes, and a few seconds more once it is all written,
and records the longest gap between ticks of a 10 ms timer (an event-loop stall)
over all of that; then it starts a second comparison and cancels it, and records
how long the work took to stop. With CANCEL_AFTER (seconds), the first comparison
itself is cancelled that long after it started (a text too long to wait for), and
only the stop is timed. Memory is the window process's peak and, separately, the
peak of the process a long pair is compared in.
A long pair is shown as soon as it is aligned, the pairs of its first screens diffed
(``session.partial``): that is its first highlighted paint; ``whole_s`` is when every
pair is diffed and shown.
The window starts as ``treatyviewer OLD NEW`` does (``ui.app.launch``), first pair
begun in a forked process included.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

START = float(sys.argv[3])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The window's own start-up, in its order: read the arguments, begin the first pair
# (before Qt is imported), then import Qt and build the window.
from treatyviewer.ui.app.launch import (  # noqa: E402
    begin_first_pair,
    build_window,
    hold_collection,
    read_args,
    set_aside_start_up,
)

hold_collection()
ARGS = read_args([sys.argv[1], sys.argv[2], "--size", "1400x900"])
HEAD = None if os.environ.get("PROBE_IN_PROCESS") else begin_first_pair(ARGS)
CPU_AT_FORK = time.process_time()
"""``PROBE_IN_PROCESS=1``: compare on the window's worker thread only (no forked child)."""

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from treatyviewer.ui.app.main_window import MainWindow  # noqa: E402

SCROLL_S = 3.0
TIMEOUT_S = 600
WRITING_S = 300
"""Longest the probe waits for a long text to be written into the panes."""
TICK_MS = 10


class Probe(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.result: dict[str, float | None] = {"first_paint_s": None}
        self.last_tick = 0.0
        self.stall = 0.0
        self.ticker = QTimer(self, interval=TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()  # stalls while reading, comparing and laying out count too
        window.session.changed.connect(self.compared)
        window.session.changed.connect(self.whole)
        if hasattr(window.session, "partial"):  # shown once aligned, the rest diffed after
            window.session.partial.connect(self.compared)
        self.texts_shown = False
        """A long pair is shown as read before it is compared: its first paint is timed too."""
        if hasattr(window.session, "textsRead"):  # also measures code from before it
            window.session.textsRead.connect(self.texts_read)

    def texts_read(self) -> None:
        self.window.session.textsRead.disconnect(self.texts_read)
        self.texts_shown = True
        pane = self.window.view.primary()
        pane.viewport().installEventFilter(self)
        pane.viewport().update()

    def unhook(self) -> None:
        for signal in (self.window.session.changed, getattr(self.window.session, "partial", None)):
            if signal is not None:
                signal.disconnect(self.compared)

    def compared(self) -> None:
        self.unhook()
        pane = self.window.view.primary()
        pane.viewport().installEventFilter(self)
        pane.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.texts_shown:
            self.texts_shown = False
            self.result["first_screen_s"] = time.time() - START
            self.result["stall_before_screen_ms"] = round(self.stall * 1000, 1)
            self.stall = 0.0
        elif event.type() == QEvent.Type.Paint and self.result["first_paint_s"] is None:
            self.result["first_paint_s"] = time.time() - START
            self.result.setdefault("first_screen_s", self.result["first_paint_s"])
            me, children = (
                resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
            )
            self.result["cpu_at_paint_s"] = round(me.ru_utime + me.ru_stime, 3)
            self.result["child_cpu_at_paint_s"] = round(children.ru_utime + children.ru_stime, 3)
            self.result["stall_before_paint_ms"] = round(self.stall * 1000, 1)
            self.stall = 0.0
            QTimer.singleShot(0, self.scroll)
        return False

    def whole(self) -> None:
        """Every pair is diffed and shown (after a first paint of the pairs first read)."""
        self.window.session.changed.disconnect(self.whole)
        self.result["whole_s"] = round(time.time() - START, 3)
        me = resource.getrusage(resource.RUSAGE_SELF)
        self.result["cpu_at_whole_s"] = round(me.ru_utime + me.ru_stime, 3)

    def tick(self) -> None:
        now = time.perf_counter()
        if self.last_tick:
            self.stall = max(self.stall, now - self.last_tick - TICK_MS / 1000)
        self.last_tick = now

    def scroll(self) -> None:
        """Page down (wrapping to the top) while the text is written, then SCROLL_S more."""
        bar = self.window.view.primary().verticalScrollBar()
        painted = time.perf_counter()
        written: list[float] = []

        def step() -> None:
            now = time.perf_counter()
            if not written and (not self.window.view.writing() or now - painted > WRITING_S):
                written.append(now)
                self.result["written_s"] = round(now - painted, 2)
                self.result["still_writing"] = self.window.view.writing()
            if written and now - written[0] > SCROLL_S:
                self.ticker.stop()
                self.result["longest_stall_ms"] = round(self.stall * 1000, 1)
                self.cancel_run()
                return
            at_end = bar.value() >= bar.maximum()
            bar.setValue(0 if at_end else min(bar.maximum(), bar.value() + bar.pageStep()))
            QTimer.singleShot(30, step)

        step()

    def cancel_run(self) -> None:
        session = self.window.session
        session.set_options(ignore_case=not session.options.ignore_case)  # a long recompare
        QTimer.singleShot(1000, self.cancel)

    def cancel(self) -> None:
        """Press Cancel and time how long the worker takes to let go."""
        self.ticker.stop()
        if self.result["first_paint_s"] is None:
            self.result["stall_before_paint_ms"] = round(self.stall * 1000, 1)
        start = time.perf_counter()
        self.window.session.cancel()
        pool = QThreadPool.globalInstance()
        while pool.activeThreadCount() and time.perf_counter() - start < 60:
            QApplication.processEvents()
            time.sleep(0.005)
        self.result["cancel_s"] = round(time.perf_counter() - start, 3)
        report(self.result)
        QApplication.quit()


def report(result: dict[str, float | None]) -> None:
    """Print the figures with the peak memory of this process and of its children."""
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    result["child_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print(json.dumps(result))


def trace_stalls(probe: Probe, longer_than_ms: float) -> None:
    """``PROBE_STALL_TRACE=MS``: print to stderr where the event loop is while it has
    not ticked for longer than MS milliseconds (once per stall), to find what blocks it."""
    import threading
    import traceback

    main_id = threading.get_ident()

    def watch() -> None:
        told = 0.0
        while True:
            time.sleep(0.02)
            last = probe.last_tick
            if last and last != told and (time.perf_counter() - last) * 1000 > longer_than_ms:
                told = last
                frame = sys._current_frames().get(main_id)
                if frame is not None:
                    stack = "".join(traceback.format_stack(frame)[-14:])
                    print(f"--- stall over {longer_than_ms:.0f} ms:\n{stack}", file=sys.stderr)

    threading.Thread(target=watch, daemon=True).start()


def main() -> None:
    app, window = build_window(ARGS, HEAD)
    set_aside_start_up()
    cpu_at_build = time.process_time()
    window.progress.enabled = False
    window.persist = False
    probe = Probe(window)
    if os.environ.get("PROBE_STALL_TRACE"):
        trace_stalls(probe, float(os.environ["PROBE_STALL_TRACE"]))
    probe.result["cpu_at_fork_s"] = round(CPU_AT_FORK, 3)
    probe.result["cpu_at_build_s"] = round(cpu_at_build, 3)
    window.show()
    window.open_pair(sys.argv[1], sys.argv[2])
    if len(sys.argv) > 4:
        probe.unhook()
        QTimer.singleShot(round(float(sys.argv[4]) * 1000), probe.cancel)
    QTimer.singleShot(TIMEOUT_S * 1000, app.quit)  # never hang a benchmark run
    app.exec()
    if "cancel_s" not in probe.result:
        probe.result["timed_out_s"] = TIMEOUT_S
        report(probe.result)


if __name__ == "__main__":
    main()
