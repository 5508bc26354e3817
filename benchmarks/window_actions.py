"""The longest event-loop stall of each thing a reader does: ``window_actions.py OLD NEW``.

Opens the pair as ``treatyviewer OLD NEW`` does and, once the first highlighted
screen is painted, does one reader action after another (scroll half-way and far,
Ctrl+Home, Ctrl+End, Find a phrase near the end, Next Change three times, the
inline redline and back, each dock open and closed), then waits (``WRITING_WAIT``
seconds, 300 unless set) for a long text to be written into the panes. It prints
JSON: per action, the longest gap between ticks of a 10 ms timer while the action
and the second after it ran ("stall_ms"), and the GUI thread's processor time in
the longest-working gap ("stall_cpu_ms": on a loaded machine the better figure); when the writing ended; where Ctrl+End
and Find got to. With ``STALL_STACKS=1`` a watchdog thread also records the Python
stack of the GUI thread whenever the loop has not turned for 150 ms ("stacks"):
where to look for the cause. Not a test: figures for a person to read.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="tv-actions-"))
OLD, NEW = sys.argv[1], sys.argv[2]
FIND = os.environ.get("FIND_TEXT", "Done at Moscow")
WRITING_WAIT = float(os.environ.get("WRITING_WAIT", "300"))
TICK_MS = 10
START = time.time()

from treatyviewer.ui.app.launch import begin_first_pair, build_window, read_args  # noqa: E402

ARGS = read_args([OLD, NEW, "--size", "1400x900"])
HEAD = begin_first_pair(ARGS)

from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from treatyviewer.ui.app.main_window import MainWindow  # noqa: E402


class Loop:
    """The longest gap per action, and (optionally) where the GUI thread was."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.action = "start"
        self.stall: dict[str, float] = {}
        self.stall_cpu: dict[str, float] = {}
        """The GUI thread's processor time within the longest gap of each action: on a
        loaded machine the wall-clock gap also counts waiting for a processor."""
        self.stacks: dict[str, dict[str, int]] = {}
        self.gui = threading.get_ident()
        self.ticker = QTimer(interval=TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        if os.environ.get("STALL_STACKS"):
            threading.Thread(target=self.watch, daemon=True).start()

    def tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last - TICK_MS / 1000
        self.stall[self.action] = max(self.stall.get(self.action, 0.0), gap)
        cpu = time.thread_time()
        self.stall_cpu[self.action] = max(self.stall_cpu.get(self.action, 0.0), cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu

    def watch(self) -> None:
        while True:
            time.sleep(0.05)
            if time.perf_counter() - self.last < 0.15:
                continue
            frame = sys._current_frames().get(self.gui)
            if frame is None:
                continue
            ours = [f for f in traceback.extract_stack(frame) if "treatyviewer" in f.filename]
            where = " <- ".join(
                f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" for f in reversed(ours[-6:])
            )
            found = self.stacks.setdefault(self.action, {})
            found[where] = found.get(where, 0) + 1


def actions(window: MainWindow, result: dict[str, object]) -> list[tuple[str, Callable[[], None]]]:
    view = window.view

    def scroll_to(share: float) -> None:
        bar = view.primary().verticalScrollBar()
        bar.setValue(round(bar.maximum() * share))

    def key(k: Qt.Key) -> None:
        pane = view.primary()
        pane.setFocus()
        QTest.keyClick(pane, k, Qt.KeyboardModifier.ControlModifier)

    def find() -> None:
        window.actions_["edit.find"].trigger()
        window.find_bar.edit.setText(FIND)
        result["find"] = window.find_bar.count.text()

    def end() -> None:
        key(Qt.Key.Key_End)
        bar = view.primary().verticalScrollBar()
        result["ctrl_end"] = {"value": bar.value(), "maximum": bar.maximum()}

    steps: list[tuple[str, Callable[[], None]]] = [
        ("scroll half-way", lambda: scroll_to(0.5)),
        ("scroll far", lambda: scroll_to(0.95)),
        ("Ctrl+Home", lambda: key(Qt.Key.Key_Home)),
        ("Ctrl+End", end),
        ("Ctrl+Home again", lambda: key(Qt.Key.Key_Home)),
        ("Find near the end", find),
        ("close Find", window.find_bar.close_bar),
    ]
    steps += [(f"Next Change {n}", lambda: view.next_change(1)) for n in (1, 2, 3)]
    steps += [
        ("Inline Redline", lambda: window.set_mode("inline")),
        ("scroll the redline", lambda: scroll_to(0.6)),
        ("Side by Side", lambda: window.set_mode("side")),
    ]
    for dock in ("outline", "concordance", "notes", "entities", "map"):
        action = window.actions_[f"view.{dock}"]
        steps += [(f"open {dock}", action.trigger), (f"close {dock}", action.trigger)]
    return steps


def main() -> None:
    app, window = build_window(ARGS, HEAD)
    window.progress.enabled = False
    window.persist = False
    loop = Loop()
    result: dict[str, object] = {}
    steps = actions(window, result)

    def finish() -> None:
        result["stall_ms"] = {k: round(v * 1000) for k, v in loop.stall.items()}
        result["stall_cpu_ms"] = {k: round(v * 1000) for k, v in loop.stall_cpu.items()}
        if loop.stacks:
            result["stacks"] = loop.stacks
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        result["cpu_s"] = round(time.process_time(), 1)
        result["load"] = os.getloadavg()[0]
        print(json.dumps(result, indent=1), flush=True)
        app.quit()

    def next_step() -> None:
        if steps:
            loop.action, act = steps.pop(0)
            act()
            QTimer.singleShot(1000, next_step)
            return
        loop.action = "until written"
        began = time.perf_counter()

        def wait() -> None:
            waited = time.perf_counter() - began
            if window.view.writing() and waited < WRITING_WAIT:
                QTimer.singleShot(200, wait)
                return
            result["written_after_actions_s"] = round(waited, 1)
            result["still_writing"] = window.view.writing()
            loop.action = "after writing"
            QTimer.singleShot(2000, finish)

        wait()

    class FirstPaint(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "first_paint_s" not in result:
                result["first_paint_s"] = round(time.time() - START, 2)
                QTimer.singleShot(1000, next_step)
            return False

    painted = FirstPaint()

    def compared() -> None:
        loop.action = "switch to the paired view (and the second after its first paint)"
        for pane in window.view.panes():
            pane.viewport().installEventFilter(painted)

    window.session.changed.connect(compared)
    window.show()
    window.open_pair(OLD, NEW)
    QTimer.singleShot(1_800_000, finish)
    app.exec()


if __name__ == "__main__":
    main()
