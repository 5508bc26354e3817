"""The first pair compared in a forked process at launch, while the window is built.

Importing Qt and building the window take about as long as reading and comparing a
500 KB pair, and neither needs the other until the result is shown. Before Qt is
imported the process still has one thread, so it may fork: the child reads, compares
and scans the two texts (with helpers of its own, ``core.parallel``) and sends the
result back pickled over a pipe, with its progress on the way; the window's worker
thread takes that result instead of comparing again. Nothing here imports Qt.

Where fork is missing, or threads already run, nothing is forked and the window
compares as it always does. If the child fails, the window compares by itself and
says so on standard error; a text that cannot be read is reported by the window's own
reading, as ever. The result is the one the window would have computed (tests prove it).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import select
import signal
import struct
import sys
import threading
import time
from collections.abc import Sequence
from typing import Any, BinaryIO

from ...core.cancel import StopCheck, check
from ...core.comparison import UNCERTAIN_BELOW, Comparison, compare
from ...core.document import Document
from ...core.entities import Gazetteer, Mention, find_mentions, keep_mentions
from ...core.errors import TreatyViewerError
from ...core.parallel import Background, fork_writer, helpers_available, shared_map
from ...core.xrefs import Reference, find_references, keep_references
from .loading import read_any
from .request import LONG_PAIR_BYTES, Loaded, Request

PROGRESS_EVERY_S = 0.05
WAIT_S = 0.05
"""How often the window's worker looks up from the pipe to see whether Cancel was pressed."""
_FRAME = struct.Struct("!Q")


def may_fork() -> bool:
    """True only while this process is certainly single-threaded: a fork copies the
    calling thread alone, and a lock another thread held would stay held in the child."""
    if not hasattr(os, "fork") or threading.active_count() > 1 or "PySide6.QtCore" in sys.modules:
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1  # threads Python does not know of
    except OSError:
        return True  # no /proc: Python's own count (above) is all there is


class HeadStart:
    """A comparison running in a forked child; ``take`` waits for it on the worker thread."""

    def __init__(self, request: Request, pid: int, pipe: int) -> None:
        self.request = request
        self.pid = pid
        self._pipe: int | None = pipe
        atexit.register(self.drop)

    @classmethod
    def begin(cls, request: Request) -> HeadStart | None:
        """Fork a child comparing ``request``; None where that may not or need not be done."""
        if not may_fork() or request.weight() >= LONG_PAIR_BYTES:
            return None
        child = fork_writer(lambda pipe: _child(request, pipe))
        if child is None:
            return None
        pid, read = child
        return cls(request, pid, read)

    def serves(self, request: Request) -> bool:
        return request.documents is None and self.request.same_comparison(request)

    def take(self, stop: StopCheck | None = None) -> Loaded | None:
        """The child's result, with each document's references and mentions kept as the
        window's own scan would; None if the child failed (then compare here).
        ``stop`` gets the child's progress; Cancel ends the child (``Cancelled``)."""
        try:
            while True:
                kind, *rest = self._receive(stop)
                if kind == "progress":
                    check(stop, *rest)
                elif kind == "result":
                    old, new, cmp, found = rest
                    keep_scans((old, new), found)
                    return old, new, cmp
                else:
                    if kind == "error" and rest[0] != "input":
                        _say(f"the comparison begun at start-up failed ({rest[1]})")
                    return None
        except (OSError, EOFError, pickle.UnpicklingError, ValueError) as exc:
            _say(f"the comparison begun at start-up stopped ({exc or type(exc).__name__})")
            return None
        finally:
            self.drop()

    def drop(self) -> None:
        """End the child (if still running) and let go of it."""
        pipe, self._pipe = self._pipe, None
        if pipe is None or self.pid <= 0:
            return
        os.close(pipe)
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)

    def _receive(self, stop: StopCheck | None) -> tuple[Any, ...]:
        size = _FRAME.unpack(self._read(_FRAME.size, stop))[0]
        message: tuple[Any, ...] = pickle.loads(self._read(size, stop))
        return message

    def _read(self, size: int, stop: StopCheck | None) -> bytes:
        pipe = self._pipe
        if pipe is None:
            raise EOFError("dropped")
        chunks, left = [], size
        while left:
            ready, _, _ = select.select([pipe], [], [], WAIT_S)
            if not ready:
                check(stop)
                continue
            chunk = os.read(pipe, min(left, 1 << 20))
            if not chunk:
                raise EOFError("the child ended without a result")
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)


def _say(text: str) -> None:
    print(f"treatyviewer: {text}; comparing in the window instead", file=sys.stderr)


def compare_request(
    request: Request,
    stop: StopCheck | None = None,
    helpers: int = 0,
    review_below: float = UNCERTAIN_BELOW,
) -> Loaded:
    """Read and compare what the window asks for (``session.open_pair``), and scan the
    texts. With ``helpers`` (a single-threaded caller only: the child), forked helpers
    read the two texts side by side and scan them while they are aligned."""
    old, new = _read_pair(request, stop, helpers)
    scan = Background(lambda: scanned((old, new)), helpers) if helpers else None
    try:
        cmp = compare(
            old,
            new,
            request.options,
            request.overrides,
            stop,
            helpers=helpers,
            review_below=review_below,
        )
    except BaseException:
        if scan is not None:
            scan.cancel()
        raise
    if scan is None:
        prepare(cmp, stop)
    else:
        keep_scans((old, new), scan.result())
    return old, new, cmp


def _read_pair(request: Request, stop: StopCheck | None, helpers: int) -> tuple[Document, Document]:
    sides = list(zip((request.old_name, request.new_name), request.encodings, strict=True))

    def read(chosen: Sequence[tuple[str, str | None]]) -> list[Document]:
        return [read_any(name, encoding, request.limits) for name, encoding in chosen]

    if helpers:
        old, new = shared_map(read, sides, helpers, least=2)
        return old, new
    old = read(sides[:1])[0]
    check(stop)  # Cancel between the stages too, not only inside them
    new = read(sides[1:])[0]
    check(stop)
    return old, new


Found = tuple[tuple[tuple[Reference, ...], tuple[Mention, ...]], ...]
"""Each document's cross-references and entity mentions, in a form another process
can hand over."""


def scanned(docs: Sequence[Document]) -> Found:
    """What ``prepare`` finds in each document (one result per document, so that
    ``shared_map`` can share the documents out), as ``keep_scans`` takes it."""
    gazetteer = Gazetteer.bundled()
    return tuple((tuple(find_references(d)), tuple(find_mentions(d, gazetteer))) for d in docs)


def keep_scans(docs: Sequence[Document], found: Found) -> None:
    """Take scans made elsewhere (a helper, a child process) as the documents' own: the
    panes and docks then never search a long text on the GUI thread."""
    gazetteer = Gazetteer.bundled()
    for doc, (references, mentions) in zip(docs, found, strict=True):
        keep_references(doc, references)
        keep_mentions(doc, gazetteer, mentions)


def prepare(cmp: Comparison, stop: StopCheck | None) -> None:
    """Find, while still off the GUI thread, what the panes and docks will ask of the
    texts (cross-references, entity mentions): each is found once per document."""
    gazetteer = Gazetteer.bundled()
    for doc in (cmp.old, cmp.new):
        check(stop)
        find_references(doc)
        check(stop)
        find_mentions(doc, gazetteer)


def _child(request: Request, out: BinaryIO) -> None:
    """In the forked child: compare, sending progress, then the result or what went wrong."""

    def send(*message: object) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(_FRAME.pack(len(data)) + data)
        out.flush()

    last = 0.0

    def report(done: int, total: int) -> bool:
        nonlocal last
        now = time.monotonic()
        if now - last >= PROGRESS_EVERY_S:
            last = now
            send("progress", done, total)
        return False

    try:
        old, new, cmp = compare_request(request, report, helpers_available())
        send("result", old, new, cmp, scanned((old, new)))
    except TreatyViewerError as exc:
        send("error", "input", str(exc))
    except Exception as exc:  # said by the window, which then compares itself
        send("error", "internal", f"{type(exc).__name__}: {exc}")
