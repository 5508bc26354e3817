"""The process a long pair is compared in ends with the window that started it, even
when the window is killed (SIGKILL gives it no chance to end its children) and the
comparing process is deep in a step that reports nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from synthetic import text_of_size

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads the process table in /proc"
)

WINDOW = textwrap.dedent(
    """
    import multiprocessing, sys
    from treatyviewer.ui.state.apart import run_apart
    from treatyviewer.ui.state.comparing import Receiver, Unwatched
    from treatyviewer.ui.state.request import Request

    class Told(Unwatched):
        def stage(self, key):
            pids = [p.pid for p in multiprocessing.active_children()]
            print("comparing in", *pids, flush=True)

    request = Request(sys.argv[1], sys.argv[2])
    run_apart(request, Receiver(Told(), request))
    """
)
"""A stand-in for the window: compares a pair in a process of its own, as the window does
(``run_apart``), and says which process that is once it is at work."""


def gone(pid: int) -> bool:
    """No such process, or only its exit status left (a zombie nobody reaped yet)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")


def test_the_comparing_process_ends_when_the_window_is_killed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pair = text_of_size(400_000, seed=5)
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(pair.old_text, encoding="utf-8")
    new.write_text(pair.new_text, encoding="utf-8")
    src = Path(__file__).resolve().parents[1] / "src"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")]),
    }
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(old), str(new)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert window.stdout is not None
        line = window.stdout.readline()
        assert line.startswith("comparing in "), line
        child = int(line.split()[-1])
        # Held in the middle of its work, as in a long step that reports nothing: it
        # cannot notice anything by itself, nor finish and end on its own.
        os.kill(child, signal.SIGSTOP)
        window.kill()
        window.wait(10)
        deadline = time.monotonic() + 5
        while not gone(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert gone(child), "the comparing process outlived the window"
    finally:
        if window.poll() is None:
            window.kill()
        if "child" in locals() and not gone(child):
            os.kill(child, signal.SIGKILL)
