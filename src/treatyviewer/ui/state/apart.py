"""Comparing a long pair in a process of its own.

Reading, segmenting and aligning are pure Python: in a worker thread they hold
the interpreter lock for seconds at a time, and the window stops answering.
A long pair is therefore compared in a process started afresh (``spawn``: the
window's process has threads, which ``fork`` would copy half-way through
their work). It reports its stages and progress through a pipe and sends back
the documents and the comparison; Cancel ends the process at once, and the
memory the comparison needed on the way goes with it.

A long pair named on the command line is compared from launch on, while the window
is built (``Apart.begin``): the window's process has no thread yet, so the process is
forked and starts with the modules already imported.

No pair is diffed beside the aligner there (``streamed``): a long pair is shown as
soon as it is aligned, and a helper diffing beside it would take the processor that
the aligner's own helpers (looking up, scoring, relating) use, putting the first
screen off for pairs that come later anyway.

What to compare goes to the process in a file of its own, not through the pipe the
process is started with: writing texts of many megabytes into that pipe waits until
the new process has started and read them all, and Cancel could not end it meanwhile.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import operator
import os
import pickle
import signal
import sys
import tempfile
import types
from collections.abc import Iterator
from dataclasses import fields, replace
from multiprocessing.connection import Connection
from typing import Any, cast

from ...core.align import Alignment, Link
from ...core.cancel import Cancelled
from ...core.document import Document
from ...core.errors import InputError, TreatyViewerError
from ...core.parallel import end_with
from .comparing import Receiver, Sending, Unwatched, run
from .request import LONG_PAIR_BYTES, Loaded, Request
from .scans import may_fork

APART_FROM_BYTES = LONG_PAIR_BYTES
"""Both texts together at least this size: compared in a process of their own."""
WAIT_S = 0.05
"""How often the waiting thread looks whether the reader cancelled."""


def _alignment_out(alignment: Alignment) -> tuple[tuple[tuple[Any, ...], ...], Alignment]:
    """The alignment as it goes through the pipe: its links as plain rows. Pickled link
    by link (each a call into Python), the tens of thousands of a long pair took ten
    times as long to send and to take back, with the first screen waiting."""
    return tuple(map(_LINK_ROW, alignment.links)), replace(alignment, links=())


def _alignment_in(sent: tuple[tuple[tuple[Any, ...], ...], Alignment]) -> Alignment:
    rows, rest = sent
    return replace(rest, links=tuple(Link(*row) for row in rows))


_LINK_ROW = operator.attrgetter(*(f.name for f in fields(Link)))


HELD_WHILE_ASIDE = ("progress", "stage")
"""Messages that wait while the texts are sent aside (``_Channel.sent_texts``), where
the others wait for them to be sent."""


class _Channel:
    """Messages through the pipe, in which the two texts go once: as soon as they are
    read (not at all when the window has them), by a process forked to send them, while
    this one goes on to align them (pickling and sending two 20 MB texts held up the
    aligner a third of a second). The alignment goes without the texts, the window
    putting its own back. (Pickled through a hook that put the texts in by name, every
    object of the alignment cost four times as long to send, with the first screen
    waiting.)"""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.documents: tuple[Document, Document] | None = None
        """The texts both sides hold."""
        self.aside: int | None = None
        """The process sending the texts, while it runs."""
        self.held: list[tuple[object, ...]] = []
        """Progress and stages told meanwhile (of progress, only the last)."""

    def send(self, *message: object) -> None:
        if self.aside is not None and not self._sent_aside(message[0] not in HELD_WHILE_ASIDE):
            if message[0] == "progress" and self.held and self.held[-1][0] == "progress":
                self.held[-1] = message
            else:
                self.held.append(message)
            return
        held, self.held = self.held, []
        for earlier in held:
            self._send(earlier)
        if message[0] == "aligned":
            assert self.documents is not None and all(
                a is b for a, b in zip(message[1:3], self.documents, strict=True)
            ), "the texts are sent before the alignment"
            alignment = cast(Alignment, message[3])
            message = (message[0], _alignment_out(alignment), *message[4:])
        self._send(message)

    def _send(self, message: tuple[object, ...]) -> None:
        self.conn.send_bytes(pickle.dumps(message, pickle.HIGHEST_PROTOCOL))

    def _sent_aside(self, wait: bool) -> bool:
        """Whether the texts are sent (``wait``: once they are)."""
        assert self.aside is not None
        pid, status = os.waitpid(self.aside, 0 if wait else os.WNOHANG)
        if pid == 0:
            return False
        self.aside = None
        if os.waitstatus_to_exitcode(status) != 0:
            # Part of the texts may be in the pipe: nothing more can go through it.
            # The window says that the comparing process ended without a result.
            os._exit(1)
        return True

    def sent_texts(self, old: Document, new: Document) -> None:
        self.known(old, new)
        self.aside = _send_aside(self.conn, ("texts", old, new)) if may_fork() else None
        if self.aside is None:
            self._send(("texts", old, new))

    def known(self, old: Document, new: Document) -> None:
        """Both sides hold these texts."""
        self.documents = (old, new)

    def receive(self) -> tuple[Any, ...]:
        message: tuple[Any, ...] = pickle.loads(self.conn.recv_bytes())
        if message[0] == "texts":
            self.known(message[1], message[2])
        elif message[0] == "aligned":
            assert self.documents is not None, "the texts come before the alignment"
            message = (message[0], *self.documents, _alignment_in(message[1]), *message[2:])
        return message


def _send_aside(conn: Connection, message: tuple[object, ...]) -> int | None:
    """A process forked to send ``message`` through ``conn`` (its id), or None if none
    could be made. It ends with this one (Cancel ends this one)."""
    parent = os.getpid()
    gc.freeze()  # (its collections, if any, copy none of the pages it shares)
    try:
        pid = os.fork()
    except OSError:
        gc.unfreeze()
        return None
    if pid == 0:  # never returns into the caller's code
        status = 1
        try:
            end_with(parent)
            conn.send_bytes(pickle.dumps(message, pickle.HIGHEST_PROTOCOL))
            status = 0
        finally:
            os._exit(status)
    gc.unfreeze()
    return pid


class _Sending(Sending):
    """The process's report, through a ``_Channel``."""

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


CHILD_NICE = 5
"""How much lower the comparing process (and the helpers it starts) runs than the
window: on two cores, it and a helper took both while the window wrote a long text
into its panes, and the window's turns waited for a core."""


def _child(pipe: Connection, handed: str, parent: int, language: str) -> None:
    """The process's whole life: compare, send the result or the failure, end; or
    end at once with the window, however that ends. ``language``: the window's, in
    which a file is refused ("… is 61 MB; the limit is 50 MB")."""
    end_with(parent)
    if language != "en":
        _speak(language)
    with contextlib.suppress(OSError):
        os.nice(CHILD_NICE)
    gc.enable()  # forked at launch, it inherits collection held (``launch``)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the window's to handle
    conn = _Channel(pipe)
    sending = _Sending(conn, parent)
    try:
        try:
            request = _take(handed)
            if request.documents is not None:  # the window has them: never sent back
                conn.known(*request.documents)
            loaded = run(request, sending, beside=False)
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


def _speak(language: str) -> None:
    """The window's catalogue installed here too: the readers word their refusals
    through it (``io.report_words``), and a process of its own has none."""
    from PySide6.QtCore import QCoreApplication

    from ...io.catalogues import install

    app = QCoreApplication.instance() or QCoreApplication([])
    install(app, language)


class Apart:
    """A comparison running in a process of its own, and the window's end of the pipe
    it reports through (``take``)."""

    def __init__(self, request: Request, forked: bool = False, language: str = "en") -> None:
        """Start comparing ``request``; ``forked``: the caller vouches that this process
        has one thread (the window at launch, before Qt is imported), and the process is
        forked, with what is imported here, instead of started afresh. ``language``: the
        window's, unknown at launch (its refusal is then worded again by the window)."""
        self.request, self.forked = request, forked
        ctx = (
            multiprocessing.get_context("fork") if forked else multiprocessing.get_context("spawn")
        )
        self.handed = _hand_over(request)
        self.receive, send = ctx.Pipe(duplex=False)
        self.process = ctx.Process(
            target=_child, args=(send, self.handed, os.getpid(), language), daemon=True
        )
        try:
            with contextlib.nullcontext() if forked else _no_main_script():
                self.process.start()
        except BaseException:
            self.receive.close()
            os.unlink(self.handed)
            raise
        finally:
            send.close()
        self._dropped = False

    @classmethod
    def begin(cls, request: Request) -> Apart | None:
        """At launch: a long first pair compared from now on, while the window is built
        (``launch.begin_first_pair``); None if this process may not fork."""
        return cls(request, forked=True) if may_fork() else None

    def serves(self, request: Request) -> bool:
        return request.documents is None and self.request.same_comparison(request)

    def finished(self) -> bool:
        """Never before the window is built: a long pair takes longer than that."""
        return False

    def take(self, report: Receiver | None = None) -> Loaded | None:
        """The comparison, its pieces handed to ``report`` as they come; raises
        ``Cancelled`` when ``report`` says stop (the process is ended), or what the
        comparison raised. None when the pair begun at launch, before the window's
        language was known, was refused (a file over the size limit): the window
        compares it again and words the refusal in its language."""
        try:
            return self._take(report)
        except InputError:
            if self.forked:
                return None
            raise

    def _take(self, report: Receiver | None = None) -> Loaded:
        report = report if report is not None else Receiver(Unwatched(), self.request)
        receive, process = self.receive, self.process
        done, total = 0, 0
        channel = _Channel(receive)
        if self.request.documents is not None:  # compared again: the texts stay the window's
            channel.known(*self.request.documents)
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
            self.drop()

    def drop(self) -> None:
        """End the process (if still running) and let go of it."""
        if self._dropped:
            return
        self._dropped = True
        self.receive.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        with contextlib.suppress(OSError):  # ended before it read the request
            os.unlink(self.handed)


def run_apart(request: Request, report: Receiver) -> Loaded:
    """``comparing.run`` in a process of its own, its pieces handed to ``report``;
    raises ``Cancelled`` when ``report`` says stop (the process is ended), or what
    the comparison raised."""
    if report(0, 0):
        raise Cancelled("cancelled")
    from ...io.report_words import report_language

    return Apart(request, language=report_language())._take(report)
