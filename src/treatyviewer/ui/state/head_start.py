"""The first pair compared in a forked process at launch, while the window is built.

Importing Qt and building the window take about as long as reading and comparing a
500 KB pair, and neither needs the other until the result is shown. Before Qt is
imported the process still has one thread, so it may fork: the child reads, compares
and scans the two texts (``comparing.run``, with helpers of its own) and sends the
pieces of the comparison back pickled over a pipe as they are made (the alignment
with the first pairs' diffs first), with its progress on the way; the window's worker
thread takes them (``comparing.Receiver``) instead of comparing again. Nothing here
imports Qt.

Where fork is missing, or threads already run, nothing is forked and the window
compares as it always does. If the child fails, the window compares by itself and
says so on standard error; a text that cannot be read is reported by the window's own
reading, as ever. The result is the one the window would have computed (tests prove it).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import pickle
import select
import signal
import struct
import sys
from typing import Any, BinaryIO

from ...core.cancel import StopCheck, check
from ...core.document import Document
from ...core.errors import TreatyViewerError
from ...core.parallel import fork_writer, helpers_available
from ...io.pattern_store import save_installed
from .comparing import Receiver, Sending, Unwatched, run
from .request import LONG_PAIR_BYTES, Loaded, Request
from .scans import may_fork

ALONE_BELOW = 100_000
"""Bytes in a pair under which the child compares it alone, with no helpers of its own:
it is done long before the window is built. A longer pair gets a helper per processor
left once the window and the child have one each (none on two cores, where a helper
would only take the window's processor while it is being built)."""
WAIT_S = 0.05
"""How often the window's worker looks up from the pipe to see whether Cancel was pressed."""
_FRAME = struct.Struct("!Q")


class HeadStart:
    """A comparison running in a forked child; ``take`` waits for it on the worker thread."""

    def __init__(self, request: Request, pid: int, pipe: int) -> None:
        self.request = request
        self.pid = pid
        self._pipe: int | None = pipe
        self._ended = False
        """The child has ended and is reaped: its process id may belong to another."""
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

    def finished(self) -> bool:
        """True once the child has ended: all it sent is in the pipe, and ``take`` reads
        it without waiting (a short pair is done long before the window is built)."""
        if self._pipe is None or self.pid <= 0:
            return False
        if not self._ended:
            with contextlib.suppress(ChildProcessError):
                self._ended = os.waitpid(self.pid, os.WNOHANG)[0] == self.pid
        return self._ended

    def take(self, receiver: Receiver | None = None) -> Loaded | None:
        """The child's comparison, its pieces handed to ``receiver`` as they come, with
        each document's references and mentions kept as the window's own scan would;
        None if the child failed (then compare here). Cancel (``receiver`` says stop)
        ends the child (``Cancelled``)."""
        if receiver is None:
            receiver = Receiver(Unwatched(), self.request)
        try:
            while True:
                message = self._receive(receiver)
                if message[0] == "error":
                    if message[1] != "input":
                        _say(f"the comparison begun at start-up failed ({message[2]})")
                    return None
                loaded = receiver.take(message)
                if loaded is not None:
                    return loaded
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
        if self._ended:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        self._ended = True

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


class _Sending(Sending):
    def texts(self, old: Document, new: Document) -> None:
        """Not sent: the texts come with the alignment, a moment later (a pair begun at
        launch is never long enough to show as read before it is aligned)."""


def _child(request: Request, out: BinaryIO) -> None:
    """In the forked child: compare, sending progress and the pieces, then the scans
    or what went wrong."""

    def send(*message: object) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(_FRAME.pack(len(data)) + data)
        out.flush()

    gc.enable()  # held while the window starts (``launch``): not here, where texts are compared
    sending = _Sending(send, os.getppid())
    try:
        spare = max(0, helpers_available() - 1)  # one processor builds the window meanwhile
        helpers = 0 if request.weight() < ALONE_BELOW else spare
        sending.done(run(request, sending, beside=False, helpers=helpers))  # beside the window
        save_installed()  # the patterns this child compiled, for the next start
    except TreatyViewerError as exc:
        send("error", "input", str(exc))
    except Exception as exc:  # said by the window, which then compares itself
        send("error", "internal", f"{type(exc).__name__}: {exc}")
