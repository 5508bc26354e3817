"""Comparing a long pair in a process of its own.

Reading, segmenting and aligning are pure Python: in a worker thread they hold
the interpreter lock for seconds at a time, and the window stops answering.
A long pair is therefore compared in a process started afresh (``spawn``: the
window's process has threads, which ``fork`` would copy half-way through
their work). It reports its stages and progress through a pipe and sends back
the documents and the comparison; Cancel ends the process at once, and the
memory the comparison needed on the way goes with it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import time
import types
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any

from ...core.cancel import Cancelled
from ...core.document import Document
from ...core.errors import TreatyViewerError
from .comparing import Loaded, Report, Request, adopt, found_in, run

APART_FROM_BYTES = 2_000_000
"""Both files together at least this size: compared in a process of their own."""
REPORT_EVERY_S = 0.05
WAIT_S = 0.05
"""How often the waiting thread looks whether the reader cancelled."""


def weight(request: Request) -> int:
    """Bytes to read (documents already read count by their text)."""
    if request.documents is not None:
        return sum(len(d.text) for d in request.documents)
    total = 0
    for name in (request.old_name, request.new_name):
        with contextlib.suppress(OSError):  # a bundled id, or a file the reader reports
            total += os.path.getsize(name)
    return total


class _PipeReport:
    """The child's ``Report``: stages and (at most every 50 ms) progress to the pipe."""

    def __init__(self, conn: Connection, parent: int) -> None:
        self.conn, self.parent, self.sent = conn, parent, 0.0

    def __call__(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if now - self.sent >= REPORT_EVERY_S:
            self.sent = now
            if os.getppid() != self.parent:
                os._exit(0)  # the window is gone: nobody waits for this comparison
            self.conn.send(("progress", done, total))
        return False  # Cancel ends the process; nothing here needs to ask

    def stage(self, key: str) -> None:
        self.conn.send(("stage", key))

    def texts(self, old: Document, new: Document) -> None:
        self.conn.send(("texts", old, new))


def _child(conn: Connection, request: Request, parent: int) -> None:
    """The process's whole life: compare, send the result or the failure, end."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the window's to handle
    try:
        try:
            loaded = run(request, _PipeReport(conn, parent))
        except TreatyViewerError as exc:
            conn.send(("failed", exc))
        except (BrokenPipeError, EOFError):
            raise
        except Exception as exc:  # reported as the window reports a thread's failure
            conn.send(("failed", RuntimeError(f"{type(exc).__name__}: {exc}")))
        else:
            conn.send(("done", loaded, found_in(loaded)))
        conn.close()
    except (BrokenPipeError, EOFError):
        os._exit(0)  # the window stopped listening (Cancel): nobody to tell


@contextlib.contextmanager
def _no_main_script() -> Iterator[None]:
    """A spawned process runs the script that started this one again before its work
    (``__mp_main__``); the window's script, a benchmark's or a test runner's is not
    what the comparison needs. Without a main module to name, it runs none."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def run_apart(request: Request, report: Report) -> Loaded:
    """``comparing.run`` in a process of its own; raises ``Cancelled`` when
    ``report`` says stop (the process is ended), or what the comparison raised."""
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(send, request, os.getpid()), daemon=True)
    with _no_main_script():
        process.start()
    send.close()
    done, total = 0, 0
    try:
        while True:
            if report(done, total):
                raise Cancelled("cancelled")
            if not receive.poll(WAIT_S):
                if not process.is_alive() and not receive.poll(0):
                    raise RuntimeError("the comparing process ended without a result")
                continue
            message: tuple[Any, ...] = receive.recv()
            kind = message[0]
            if kind == "progress":
                done, total = message[1], message[2]
            elif kind == "stage":
                report.stage(message[1])
            elif kind == "texts":
                report.texts(message[1], message[2])
            elif kind == "failed":
                raise message[1]
            else:
                loaded: Loaded = message[1]
                adopt(loaded, message[2])
                return loaded
    finally:
        receive.close()
        if process.is_alive():
            process.kill()
        process.join()
