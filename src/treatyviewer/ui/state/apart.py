"""Comparing a long pair in a process of its own.

Reading, segmenting and aligning are pure Python: in a worker thread they hold
the interpreter lock for seconds at a time, and the window stops answering.
A long pair is therefore compared in a process started afresh (``spawn``: the
window's process has threads, which ``fork`` would copy half-way through
their work). It reports its stages and progress through a pipe and sends back
the documents and the comparison; Cancel ends the process at once, and the
memory the comparison needed on the way goes with it.

What to compare goes to the process in a file of its own, not through the pipe the
process is started with: writing texts of many megabytes into that pipe waits until
the new process has started and read them all, and Cancel could not end it meanwhile.
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
import pickle
import signal
import sys
import tempfile
import types
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any

from ...core.cancel import Cancelled
from ...core.document import Document
from ...core.errors import TreatyViewerError
from ...core.parallel import end_with
from .comparing import Receiver, Sending, run
from .request import LONG_PAIR_BYTES, Loaded, Request

APART_FROM_BYTES = LONG_PAIR_BYTES
"""Both texts together at least this size: compared in a process of their own."""
WAIT_S = 0.05
"""How often the waiting thread looks whether the reader cancelled."""


class _Pickler(pickle.Pickler):
    def __init__(self, out: io.BytesIO, names: dict[int, str]) -> None:
        super().__init__(out, pickle.HIGHEST_PROTOCOL)
        self.names = names

    def persistent_id(self, obj: Any) -> str | None:
        return self.names.get(id(obj))


class _Unpickler(pickle.Unpickler):
    def __init__(self, data: bytes, documents: dict[str, Document]) -> None:
        super().__init__(io.BytesIO(data))
        self.documents = documents

    def persistent_load(self, pid: Any) -> Document:
        return self.documents[pid]


class _Channel:
    """Messages through the pipe, in which the two texts, once sent, go again by name
    only: the comparison sent at the end holds them, and sent twice they took as long
    again to read back, with the window waiting."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.names: dict[int, str] = {}
        """(In the process) the texts sent, by object id."""
        self.documents: dict[str, Document] = {}
        """(In the window) the texts received, by name."""

    def send(self, *message: object) -> None:
        out = io.BytesIO()
        pickler = _Pickler(out, self.names) if self.names else pickle.Pickler(out, -1)
        pickler.dump(message)
        self.conn.send_bytes(out.getbuffer())

    def sent_texts(self, old: Document, new: Document) -> None:
        self.send("texts", old, new)
        self.known(old, new)

    def known(self, old: Document, new: Document) -> None:
        """Both sides hold these texts (in the process: to send by name only; in the
        window: what the names stand for)."""
        self.names = {id(old): "old", id(new): "new"}
        self.documents = {"old": old, "new": new}

    def receive(self) -> tuple[Any, ...]:
        message: tuple[Any, ...] = _Unpickler(self.conn.recv_bytes(), self.documents).load()
        if message[0] == "texts":
            self.documents = {"old": message[1], "new": message[2]}
        return message


class _Sending(Sending):
    """The process's report: the two texts, once sent, go again by name only."""

    def __init__(self, channel: _Channel, parent: int) -> None:
        super().__init__(channel.send, parent)
        self.channel = channel

    def texts(self, old: Document, new: Document) -> None:
        self.channel.sent_texts(old, new)


def _hand_over(request: Request) -> str:
    """The request written to a file of its own, for the process to read (its path)."""
    handle, path = tempfile.mkstemp(prefix="treatyviewer-request-")
    with os.fdopen(handle, "wb") as out:
        pickle.dump(request, out, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _take(path: str) -> Request:
    """In the process: read the request handed over, and remove its file."""
    try:
        with open(path, "rb") as handed:
            request: Request = pickle.load(handed)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
    return request


def _child(pipe: Connection, handed: str, parent: int) -> None:
    """The process's whole life: compare, send the result or the failure, end; or
    end at once with the window, however that ends."""
    end_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the window's to handle
    conn = _Channel(pipe)
    sending = _Sending(conn, parent)
    try:
        try:
            request = _take(handed)
            if request.documents is not None:  # the window has them: never sent back
                conn.known(*request.documents)
            loaded = run(request, sending)
        except TreatyViewerError as exc:
            conn.send("failed", exc)
        except (BrokenPipeError, EOFError):
            raise
        except Exception as exc:  # reported as the window reports a thread's failure
            conn.send("failed", RuntimeError(f"{type(exc).__name__}: {exc}"))
        else:
            sending.done(loaded)
        pipe.close()
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


def _lost(process: multiprocessing.process.BaseProcess) -> RuntimeError:
    """What to say of a comparing process that ended without sending its result."""
    process.join(1)
    code = process.exitcode
    how = f"killed by signal {-code}" if code is not None and code < 0 else f"status {code}"
    return RuntimeError(
        f"the comparing process ended without a result ({how}; out of memory?); "
        "the texts shown before are back"
    )


def run_apart(request: Request, report: Receiver) -> Loaded:
    """``comparing.run`` in a process of its own, its pieces handed to ``report``;
    raises ``Cancelled`` when ``report`` says stop (the process is ended), or what
    the comparison raised."""
    if report(0, 0):
        raise Cancelled("cancelled")
    ctx = multiprocessing.get_context("spawn")
    handed = _hand_over(request)
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(send, handed, os.getpid()), daemon=True)
    try:
        with _no_main_script():
            process.start()
    except BaseException:
        os.unlink(handed)
        raise
    send.close()
    done, total = 0, 0
    channel = _Channel(receive)
    if request.documents is not None:  # compared again: the texts stay the window's own
        channel.known(*request.documents)
    try:
        while True:
            if report(done, total):
                raise Cancelled("cancelled")
            if not receive.poll(WAIT_S):
                if not process.is_alive() and not receive.poll(0):
                    raise _lost(process)
                continue
            try:
                message = channel.receive()
            except (EOFError, OSError):  # the pipe closed under a message: the process died
                raise _lost(process) from None
            if message[0] == "progress":
                done, total = message[1], message[2]
            loaded = report.take(message)
            if loaded is not None:
                return loaded
    finally:
        receive.close()
        if process.is_alive():
            process.kill()
        process.join()
        with contextlib.suppress(OSError):  # ended before it read the request
            os.unlink(handed)
