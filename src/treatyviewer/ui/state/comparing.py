"""Reading and comparing two texts, in stages that say how far they are.

The same steps run in a worker thread (short texts) or in a process of their own
(long ones, see ``apart``). Stages are reported by key, not by text: a process
of its own has no translations; the session names them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from ...core.cancel import check, part
from ...core.comparison import ALIGN_SHARE, PROGRESS_SCALE, compare
from ...core.document import Document
from ...core.entities import Mention
from ...core.parallel import helpers_available, shared_map
from ...core.xrefs import Reference
from .head_start import keep_scans, may_fork, prepare, scanned
from .loading import read_any
from .request import Loaded, Request

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


STAGES = ("read-old", "read-new", "align", "diff", "find")


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


def run(request: Request, report: Report) -> Loaded:
    """Read (unless given) and compare the two texts, reporting each stage.

    In a process of its own (``apart``, which has one thread) forked helpers read the
    two files side by side, diff pairs beside the aligner and after it, and scan the
    two texts at once, as the command line does (``core.parallel``); the result is
    the same as in one process."""
    helpers = helpers_available() if may_fork() else 0
    if request.documents is not None:
        old, new = request.documents
    else:
        report.stage("read-old")
        check(report, READ_OLD, SCALE)
        old, new = _read(request, report, helpers)
        report.texts(old, new)
    report.stage("align")
    check(report, COMPARE, SCALE)
    cmp = compare(
        old,
        new,
        request.options,
        request.overrides,
        _staged(report),
        review_below=request.review_below,
        helpers=helpers,
    )
    report.stage("find")
    check(report, FIND, SCALE)
    if helpers:
        keep_scans((old, new), tuple(shared_map(_scanned, (old, new), helpers, least=2)))
    prepare(cmp, report)
    check(report, SCALE, SCALE)
    return old, new, cmp


def _read(request: Request, report: Report, helpers: int) -> tuple[Document, Document]:
    sides = ((request.old_name, request.encodings[0]), (request.new_name, request.encodings[1]))
    if helpers:
        old, new = shared_map(
            lambda chosen: [read_any(name, code, request.limits) for name, code in chosen],
            sides,
            helpers,
            least=2,
        )
        report.stage("read-new")
        return old, new
    old = read_any(request.old_name, request.encodings[0], request.limits)
    report.stage("read-new")
    check(report, READ_NEW, SCALE)
    return old, read_any(request.new_name, request.encodings[1], request.limits)


def _scanned(docs: Sequence[Document]) -> list[tuple[tuple[Reference, ...], tuple[Mention, ...]]]:
    return list(scanned(docs))
