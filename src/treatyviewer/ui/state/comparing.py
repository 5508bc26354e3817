"""Reading and comparing two texts, in stages that say how far they are.

The same steps run in a worker thread (short texts), in a process of their own
(long ones, see ``apart``) or in the process forked at launch (``head_start``).
Stages are reported by key, not by text: a process of its own has no translations;
the session names them. The comparison comes in pieces (``core.streamed``): the
alignment with the first pairs' diffs, then the other diffs in reading order. A
comparing process sends each piece as a message (``Sending``); the window takes
them all the same way (``Receiver``), wherever the comparison runs.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, Protocol

from ...core.align import Alignment
from ...core.article_pair import PairDiff
from ...core.cancel import check, part
from ...core.comparison import ALIGN_SHARE, PROGRESS_SCALE
from ...core.document import Document
from ...core.entities import Mention
from ...core.errors import both_read, read_or_problem
from ...core.parallel import helpers_available, shared_map
from ...core.streamed import Pieces, streamed_compare
from ...core.xrefs import Reference, keep_references, scan_references
from .request import Loaded, Request
from .scans import keep_scans, may_fork, prepare, scanned

SCALE = 1000
"""One progress scale through all the stages."""
READ_OLD, READ_NEW, COMPARE, FIND = 0, 60, 120, 950
"""Where each stage starts on ``SCALE`` (reading the two texts, aligning and diffing
them, finding references and names); measured shares of a 20 MB pair's time."""


class Report(Protocol):
    """``(done, total)`` reports progress and answers whether to stop; ``stage(key)``
    names the stage begun (one of ``STAGES``)."""

    def __call__(self, done: int, total: int) -> bool: ...

    def stage(self, key: str) -> None: ...

    def texts(self, old: Document, new: Document) -> None:
        """Both texts are read (they can be shown while they are compared)."""
        ...

    def aligned(
        self, old: Document, new: Document, alignment: Alignment, diffs: dict[int, PairDiff]
    ) -> None:
        """The texts are aligned; ``diffs`` are the first pairs' (``core.streamed``)."""
        ...

    def diffed(self, diffs: dict[int, PairDiff]) -> None:
        """More pairs are diffed."""
        ...


STAGES = ("read-old", "read-new", "read-both", "align", "diff", "find")


def _staged(report: Report) -> Callable[[int, int], bool]:
    """The comparison's own progress, placed on the whole scale, naming the stages."""
    inner = part(report, COMPARE, FIND, SCALE)
    assert inner is not None
    diffing: list[bool] = []

    def stop(done: int, total: int) -> bool:
        if not diffing and total and done * PROGRESS_SCALE >= ALIGN_SHARE * total:
            diffing.append(True)  # the articles are aligned: their words are diffed
            report.stage("diff")
        return inner(done, total)

    return stop


def run(
    request: Request, report: Report, beside: bool = True, helpers: int | None = None
) -> Loaded:
    """Read (unless given) and compare the two texts, reporting each stage and
    handing ``report`` the comparison's pieces as they are made.

    In a process with one thread (``apart``, ``head_start``) forked helpers read the
    two files side by side, diff pairs beside the aligner and after it, and scan the
    two texts at once, as the command line does (``core.parallel``); the result is
    the same as in one process. Without ``beside``, none works beside the aligner
    (``core.streamed``). ``helpers``: at most that many (0: none)."""
    available = helpers_available() if may_fork() else 0
    helpers = available if helpers is None else min(helpers, available)
    if request.documents is not None:
        old, new = request.documents
    else:
        check(report, READ_OLD, SCALE)
        old, new = read_pair(request, report, helpers)
        report.texts(old, new)
    report.stage("align")
    check(report, COMPARE, SCALE)
    cmp = streamed_compare(
        old,
        new,
        lambda alignment, diffs: report.aligned(old, new, alignment, diffs),
        report.diffed,
        request.options,
        request.overrides,
        _staged(report),
        review_below=request.review_below,
        helpers=helpers,
        beside=beside,
    )
    report.stage("find")
    check(report, FIND, SCALE)
    if helpers:
        keep_scans((old, new), tuple(shared_map(_scanned, (old, new), helpers, least=2)))
    prepare(cmp, report)
    check(report, SCALE, SCALE)
    return old, new, cmp


def read_pair(request: Request, report: Report, helpers: int) -> tuple[Document, Document]:
    """Both texts of ``request``, each reported as it is read and segmented; with
    ``helpers``, read side by side, the older one reported for both (a helper has no
    way to report, and the two take about as long)."""
    from ...core.segment_alike import segmented_alike
    from .loading import read_any  # a window shown a result made elsewhere reads nothing

    sides = ((request.old_name, request.encodings[0]), (request.new_name, request.encodings[1]))
    limits = request.limits
    if helpers:
        report.stage("read-both")
        both = part(report, READ_OLD, COMPARE, SCALE)
        old, new = shared_map(
            lambda chosen: [
                read_or_problem(partial(read_any, *sides[k], limits, both if k == 0 else None))
                for k in chosen
            ],
            (0, 1),
            helpers,
            least=2,
        )
        check(report, COMPARE, SCALE)
        return segmented_alike(*both_read(old, new))
    report.stage("read-old")
    old = read_or_problem(
        lambda: read_any(*sides[0], limits, part(report, READ_OLD, READ_NEW, SCALE))
    )
    report.stage("read-new")
    new = read_or_problem(
        lambda: read_any(*sides[1], limits, part(report, READ_NEW, COMPARE, SCALE))
    )
    return segmented_alike(*both_read(old, new))  # both texts' problems at once, if both have one


def _scanned(docs: Sequence[Document]) -> list[tuple[tuple[Reference, ...], tuple[Mention, ...]]]:
    return list(scanned(docs))


REPORT_EVERY_S = 0.05


class Sending:
    """A comparing process's ``Report``: stages, pieces and (at most every 50 ms)
    progress, each sent as one message; the process ends by itself once the window
    that started it is gone."""

    def __init__(self, send: Callable[..., None], parent: int) -> None:
        self.send, self.parent, self.sent = send, parent, 0.0

    def __call__(self, done: int, total: int) -> bool:
        now = time.monotonic()
        # The end is always told: a last stage that went by in a few milliseconds
        # would otherwise leave the bar where the one before left it.
        if now - self.sent >= REPORT_EVERY_S or 0 < total <= done:
            self.sent = now
            if os.getppid() != self.parent:
                os._exit(0)  # the window is gone: nobody waits for this comparison
            self.send("progress", done, total)
        return False  # Cancel ends the process; nothing here needs to ask

    def stage(self, key: str) -> None:
        self.send("stage", key)

    def texts(self, old: Document, new: Document) -> None:
        self.send("texts", old, new)

    def aligned(
        self, old: Document, new: Document, alignment: Alignment, diffs: dict[int, PairDiff]
    ) -> None:
        """With the cross-references found beside the aligner: a comparison shown in
        part marks them in the panes, which would otherwise search a long text for
        them on the GUI thread."""
        self.send("aligned", old, new, alignment, diffs, scan_references((old, new)))

    def diffed(self, diffs: dict[int, PairDiff]) -> None:
        self.send("diffs", diffs)

    def done(self, loaded: Loaded) -> None:
        """Everything is sent but the scans of the two texts: send those."""
        self.send("done", scanned(loaded[:2]))


class Watcher(Protocol):
    """What the window watches a comparison with (``Receiver``): progress and stages
    as a ``Report`` has them, and the comparison so far."""

    def __call__(self, done: int, total: int) -> bool: ...

    def stage(self, key: str) -> None: ...

    def texts(self, old: Document, new: Document) -> None: ...

    def partial(self, pieces: Pieces) -> None:
        """The alignment, or more diffs, arrived (``pieces`` holds all so far)."""
        ...


class Unwatched:
    """A watcher that shows nothing and never stops the work."""

    def __call__(self, done: int, total: int) -> bool:
        return False

    def stage(self, key: str) -> None:
        pass

    def texts(self, old: Document, new: Document) -> None:
        pass

    def partial(self, pieces: Pieces) -> None:
        pass


class Receiver:
    """The window's side: takes a comparison's pieces, sent (``take``) or handed over
    in the same process (as a ``Report``), and puts the comparison together."""

    def __init__(self, watcher: Watcher, request: Request) -> None:
        self.watcher, self.request = watcher, request
        self.pieces: Pieces | None = None

    def __call__(self, done: int, total: int) -> bool:
        return self.watcher(done, total)

    def stage(self, key: str) -> None:
        self.watcher.stage(key)

    def texts(self, old: Document, new: Document) -> None:
        self.watcher.texts(old, new)

    def aligned(
        self, old: Document, new: Document, alignment: Alignment, diffs: dict[int, PairDiff]
    ) -> None:
        r = self.request
        self.pieces = Pieces(old, new, alignment, diffs, r.options, r.overrides, r.review_below)
        self.watcher.partial(self.pieces)

    def diffed(self, diffs: dict[int, PairDiff]) -> None:
        assert self.pieces is not None, "diffs come after the alignment"
        self.pieces.add(diffs)
        self.watcher.partial(self.pieces)

    def run(self) -> Loaded:
        """Compare here (``run``), as put together from the pieces: the object the
        watcher was shown last, when every pair was in by then."""
        old, new, cmp = run(self.request, self)
        pieces = self.pieces
        return old, new, pieces.comparison() if pieces is not None and pieces.complete else cmp

    def take(self, message: tuple[Any, ...]) -> Loaded | None:
        """Act on one message of a comparing process (``Sending``); the whole
        comparison once the last has come, else None. Raises ``Cancelled`` when the
        watcher says stop, or the failure the process sent."""
        kind, *rest = message
        if kind == "progress":
            check(self.watcher, *rest)
        elif kind == "stage":
            self.stage(rest[0])
        elif kind == "texts":
            self.texts(*rest)
        elif kind == "aligned":
            old, new, alignment, diffs, references = rest
            for doc, found in zip((old, new), references, strict=True):
                keep_references(doc, found)
            self.aligned(old, new, alignment, diffs)
        elif kind == "diffs":
            self.diffed(rest[0])
        elif kind == "failed":
            raise rest[0]
        elif kind == "done":
            pieces = self.pieces
            if pieces is None or not pieces.complete:
                raise RuntimeError("the comparing process ended with pairs missing")
            keep_scans((pieces.old, pieces.new), rest[0])
            return pieces.old, pieces.new, pieces.comparison()
        return None


class Begun(Protocol):
    """The first pair's comparison, begun at launch while the window is built
    (``head_start`` for a short pair, ``apart`` for a long one)."""

    def serves(self, request: Request) -> bool:
        """Whether it compares what ``request`` asks (else the window drops it)."""
        ...

    def finished(self) -> bool:
        """Whether it is done already (``take`` then waits for nothing)."""
        ...

    def take(self, receiver: Receiver | None = None) -> Loaded | None:
        """Its comparison, pieces handed to ``receiver`` as they come; None when the
        window should compare by itself instead."""
        ...

    def drop(self) -> None:
        """End it and let go of it."""
        ...
