"""Long lists of independent work shared with forked helper processes.

Diffing the pairs of a 50 MB comparison is tens of seconds of pure Python, and the
pairs do not depend on each other. A forked helper starts with everything the
parent holds (documents, alignment) at no copying cost, does its share and sends
back only its results. Only single-threaded callers may fork (the command line,
the window's comparing process, never the window itself), and only for lists long
enough that the helper pays for itself. If a helper fails, its share is done here:
the result is the same either way. A helper ends with its parent.
"""

from __future__ import annotations

import contextlib
import gc
import mmap
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 64
"""Below this many items a helper costs more (fork, sending results) than it saves:
a fork and the results sent back cost a few milliseconds, diffing a pair of
articles about half of one."""


HELPERS_VARIABLE = "TREATYVIEWER_HELPERS"
"""Environment variable capping the helpers (0: do everything in one process)."""


_LENT = 0


@contextlib.contextmanager
def lent(helpers: int) -> Iterator[None]:
    """Let work deep inside a call (the aligner's look-ups) fork up to ``helpers``
    for as long as the call runs (see ``lent_helpers``); the caller vouches, as for
    ``shared_map``, that it may fork."""
    global _LENT
    before, _LENT = _LENT, helpers
    try:
        yield
    finally:
        _LENT = before


def lent_helpers() -> int:
    """Helpers the caller of the running work lent it (0 unless inside ``lent``)."""
    return _LENT


def helpers_available() -> int:
    """Helpers worth starting on this machine: one per further processor core, at
    most ``TREATYVIEWER_HELPERS`` when that is set (for a machine shared with
    other work, and for profiling the whole run in one process)."""
    if not hasattr(os, "fork"):
        return 0
    cores = max(0, min(3, (os.cpu_count() or 1) - 1))
    cap = os.environ.get(HELPERS_VARIABLE, "").strip()
    return min(cores, int(cap)) if cap.isdecimal() else cores


def shared_map(
    work: Callable[[Sequence[T]], list[R]],
    items: Sequence[T],
    helpers: int,
    least: int | None = None,
) -> list[R]:
    """``work(items)``, with all but the first share of ``items`` done by up to
    ``helpers`` forked processes when there are at least ``least`` items (default
    ``MIN_ITEMS``). ``work`` must give one result per item, in order, and its
    results must pickle."""
    if helpers < 1 or len(items) < (MIN_ITEMS if least is None else least):
        return work(items)
    if not hasattr(os, "fork"):
        return work(items)
    shares = min(helpers + 1, len(items))
    bounds = [len(items) * k // shares for k in range(shares + 1)]
    chunks = [items[bounds[k] : bounds[k + 1]] for k in range(shares)]
    started = [_start(work, chunk) for chunk in chunks[1:]]
    try:
        out = work(chunks[0])
    except BaseException:
        for child in started:
            _stop(child)
        raise
    for chunk, child in zip(chunks[1:], started, strict=True):
        got: list[R] | None = _collect(child)
        out.extend(work(chunk) if got is None else got)
    return out


class Background(Generic[R]):
    """``work()`` begun now in a forked helper (when ``helpers`` > 0), while the
    caller goes on with something else; ``result()`` waits for it, or does the
    work here if no helper could do it."""

    def __init__(self, work: Callable[[], R], helpers: int) -> None:
        self.work = work
        self.child: tuple[int, int] | None = None
        if helpers > 0 and hasattr(os, "fork"):
            self.child = _start(lambda _: [work()], [None])

    def result(self) -> R:
        got: list[R] | None = _collect(self.child)
        self.child = None
        return self.work() if got is None else got[0]

    def cancel(self) -> None:
        """End the helper unasked (the caller failed before it needed the result)."""
        _stop(self.child)
        self.child = None


class Beside(Generic[R]):
    """``work(stopped)`` begun now in a forked helper, for work that is worth having
    but need not be complete (results the caller would otherwise work out itself).
    ``finish()`` turns ``stopped()`` true, so the helper sends what it has, and
    returns that; None when no helper ran or it failed, and then nothing is done
    here."""

    def __init__(self, work: Callable[[Callable[[], bool]], R], helpers: int) -> None:
        # One byte of memory shared with the helper across the fork: asking it to
        # stop costs the helper no system call between its pieces of work.
        flag = self.flag = mmap.mmap(-1, 1)
        self.child: tuple[int, int] | None = None
        if helpers > 0 and hasattr(os, "fork"):
            self.child = _start(lambda _: [_yielding(work)(lambda: flag[0] != 0)], [None])

    def finish(self) -> R | None:
        self.flag[0] = 1
        got: list[R] | None = _collect(self.child)
        self.child = None
        return None if got is None else got[0]

    def cancel(self) -> None:
        """End the helper unasked (the caller failed before it needed the result)."""
        _stop(self.child)
        self.child = None


BESIDE_NICENESS = 5
"""How much lower a ``Beside`` helper's priority is than its parent's. Its work is
optional, while the parent's is what the result waits for: on a busy processor
(the aligner's own helpers, other programs) the parent goes first, with about
three times the helper's share. Not lower still: on a machine busy with other
programs the helper would then do next to nothing, and its work would all be
left to after the aligner."""


def _yielding(work: Callable[[Callable[[], bool]], R]) -> Callable[[Callable[[], bool]], R]:
    """``work`` run at a lower priority (in the helper, after the fork)."""

    def run(stopped: Callable[[], bool]) -> R:
        with contextlib.suppress(OSError, AttributeError):
            os.nice(BESIDE_NICENESS)
        return work(stopped)

    return run


def _start(work: Callable[[Sequence[T]], list[R]], chunk: Sequence[T]) -> tuple[int, int] | None:
    """A helper doing ``work(chunk)``: its process id and the pipe its results come on;
    None while other threads run (see ``single_threaded``)."""
    if not single_threaded():
        return None
    return fork_writer(
        lambda pipe: pickle.dump(work(chunk), pipe, protocol=pickle.HIGHEST_PROTOCOL)
    )


def single_threaded() -> bool:
    """True only while this process certainly has one thread. A fork copies the calling
    thread alone, so a lock another thread held (the import lock, a stream's, the
    dynamic loader's) would stay locked in the helper: it would hang, and the parent
    with it, waiting for its results. Threads Python does not know of count too (Qt's,
    a test runner's), so the kernel's list of this process's threads is read."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return True  # no /proc: Python's own count (above) is all there is


def fork_writer(write: Callable[[BinaryIO], object]) -> tuple[int, int] | None:
    """A forked process that runs ``write`` on a pipe and exits (status 0 if it returned):
    its process id and the pipe's reading end, or None if no process could be made.
    Only a single-threaded caller may fork (see ``_start``)."""
    read, end = os.pipe()
    parent = os.getpid()
    if sys.platform.startswith("linux"):
        # Loaded once here, not in every helper (``end_with`` asks the kernel through it).
        import ctypes  # noqa: F401
    # Objects the parent already has go out of the collector's sight, so that the
    # child's collections do not touch (and so copy) every page it inherited.
    gc.freeze()
    try:
        pid = os.fork()
    except OSError:
        gc.unfreeze()
        os.close(read)
        os.close(end)
        return None
    if pid == 0:  # the child: never returns into the caller's code
        status = 1
        try:
            end_with(parent)
            os.close(read)
            with os.fdopen(end, "wb") as pipe:
                write(pipe)
            status = 0
        finally:
            os._exit(status)
    gc.unfreeze()
    os.close(end)
    return pid, read


PR_SET_PDEATHSIG = 1
"""Linux ``prctl`` option: a signal the kernel sends this process when its parent ends."""


def end_with(parent: int) -> None:
    """Have this process (a helper, or the window's comparing process) end when its
    parent ends, even by SIGKILL (the window ends a cancelled comparing process so, and
    a window can be killed): its work would otherwise go on for nobody, on processors
    that others need. On Linux the kernel sends it SIGKILL; elsewhere a thread looks
    every ``PARENT_POLL_S`` whether the parent is still there."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    else:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent ended before the request was made
        os._exit(1)


PARENT_POLL_S = 1.0


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(1)


def _stop(child: tuple[int, int] | None) -> None:
    """End a helper whose results are no longer wanted."""
    if child is not None:
        os.close(child[1])
        os.kill(child[0], signal.SIGKILL)
        os.waitpid(child[0], 0)


def _collect(child: tuple[int, int] | None) -> list[R] | None:
    """The helper's results, or None when it could not be started or failed."""
    if child is None:
        return None
    pid, read = child
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or not data:
        return None
    try:
        got: list[R] = pickle.loads(data)
    except (pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    return got
