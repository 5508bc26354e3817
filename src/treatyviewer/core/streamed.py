"""A comparison handed over in pieces: the alignment first, with the diffs of the pairs
read first, then the diffs of the others in reading order.

A window needs the pairs of its first screen diffed, not all of them: diffing the
others takes most of a long comparison's time once it is aligned. So the alignment
goes out as soon as it is known, with the diffs of the first ``FIRST_CHARS`` of the
newer text; the other pairs follow in reading order, a batch at least every
``SEND_EVERY_S``. Whoever receives them (``Pieces``) can show the comparison at any
point, the pairs not yet diffed marked as pending. Once every piece is in, it is the
comparison ``compare`` makes (tests prove it).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping, Sequence

from .align import Alignment, Overrides
from .article_pair import UNCERTAIN_BELOW, PairDiff, pair_diff, pair_from_link, pending_pair
from .cancel import StopCheck, check, part
from .change_classes import ChangeClassifier
from .class_context import class_context
from .comparison import (
    ALIGN_SHARE,
    PROGRESS_SCALE,
    Comparison,
    align_beside,
    comparison_of,
)
from .document import Document
from .parallel import shared_map
from .textdiff import DiffOptions

FIRST_CHARS = 15_000
"""Characters of the newer text whose pairs are diffed before the alignment goes out:
some five screens of a window, more than it shows before the next batch arrives."""
SEND_EVERY_S = 0.25
"""Longest time diffs are held back before they go out as a batch."""

BATCH = 500
"""Most diffs in one batch: a receiver takes each batch in one go, and a window's
thread that unpickles one holds the interpreter lock throughout (2,000 diffs of a
20 MB pair: 40-50 ms in which the window could not turn)."""

Aligned = Callable[[Alignment, dict[int, PairDiff]], None]
"""Takes the alignment and the diffs of the first pairs, by link index."""
Diffed = Callable[[dict[int, PairDiff]], None]
"""Takes more diffs, by link index."""


def reading_order(alignment: Alignment) -> list[int]:
    """Link indices in the order the newer text reads them."""
    links = alignment.links
    return sorted(range(len(links)), key=lambda k: min(links[k].new))


def first_share(order: Sequence[int], alignment: Alignment, new: Document, chars: int) -> int:
    """How many links of ``order`` the first ``chars`` characters of ``new`` reach."""
    segments = alignment.links
    for n, k in enumerate(order):
        if new.segments[min(segments[k].new)].start >= chars:
            return n
    return len(order)


def streamed_compare(
    old: Document,
    new: Document,
    aligned: Aligned,
    diffed: Diffed,
    options: DiffOptions | None = None,
    overrides: Overrides | None = None,
    should_stop: StopCheck | None = None,
    review_below: float = UNCERTAIN_BELOW,
    helpers: int = 0,
    beside: bool = True,
) -> Comparison:
    """``compare``, handing out its pieces on the way (``aligned`` once, then
    ``diffed`` as batches are ready; every link's diff goes out exactly once).
    ``helpers`` as for ``compare``: the pairs read first are diffed here, in order and
    sent as they come; a helper's share (the last ones read) goes out when it is done.
    Without ``beside`` no pair is diffed beside the aligner (the processors are wanted
    elsewhere meanwhile: a window being built)."""
    options = options or DiffOptions()
    alignment, early = align_beside(
        old, new, options, overrides, should_stop, True, helpers, diff_beside=beside
    )
    stop = part(should_stop, ALIGN_SHARE, PROGRESS_SCALE, PROGRESS_SCALE)
    check(stop, 0, len(alignment.links) or 1)  # diffing begins
    links = alignment.links
    order = reading_order(alignment)
    classes = ChangeClassifier(class_context(old, new, alignment))

    def diff_of(k: int) -> PairDiff:
        link = links[k]
        got = early.get((link.old, link.new))
        return got if got is not None else pair_diff(old, new, link.old, link.new, options, classes)

    first = first_share(order, alignment, new, FIRST_CHARS)
    diffs = {k: diff_of(k) for k in order[:first]}
    aligned(alignment, dict(diffs))
    known = {k: d for k in order[first:] if (d := _early(early, alignment, k)) is not None}
    for batch in _batches(list(known.items())):
        diffed(batch)
    diffs.update(known)
    todo = [k for k in order[first:] if k not in known]
    home, held, sent = os.getpid(), {}, set[int]()
    last_sent = time.monotonic()

    def diff_share(ks: Sequence[int]) -> list[PairDiff]:
        nonlocal last_sent
        here = os.getpid() == home  # a helper has nobody to send to or report to
        out = []
        for n, k in enumerate(ks):
            diff = diff_of(k)
            out.append(diff)
            if here:
                check(stop, n * len(todo) // len(ks), len(todo))
                held[k] = diff
                if time.monotonic() - last_sent >= SEND_EVERY_S or len(held) >= BATCH:
                    diffed(dict(held))
                    sent.update(held)
                    held.clear()
                    last_sent = time.monotonic()
        return out

    rest = dict(zip(todo, shared_map(diff_share, todo, helpers), strict=True))
    diffs.update(rest)
    for batch in _batches([(k, d) for k, d in rest.items() if k not in sent]):
        diffed(batch)
    return assemble(old, new, alignment, diffs, options, overrides, review_below)


def assemble(
    old: Document,
    new: Document,
    alignment: Alignment,
    diffs: Mapping[int, PairDiff],
    options: DiffOptions,
    overrides: Overrides | None = None,
    review_below: float = UNCERTAIN_BELOW,
) -> Comparison:
    """The comparison made of an alignment and the diffs of its links (by link index)
    worked out so far: a link without its diff is a pending pair (``pending_pair``)."""
    moved = alignment.moved
    pairs = [
        pending_pair(old, new, link, k in moved, review_below)
        if (diff := diffs.get(k)) is None
        else pair_from_link(old, new, link, k in moved, options, None, review_below, diff)
        for k, link in enumerate(alignment.links)
    ]
    return comparison_of(old, new, alignment, pairs, options, overrides)


def _batches(items: list[tuple[int, PairDiff]]) -> list[dict[int, PairDiff]]:
    return [dict(items[n : n + BATCH]) for n in range(0, len(items), BATCH)]


def _early(early: Mapping[tuple[tuple[int, ...], tuple[int, ...]], PairDiff],
           alignment: Alignment, k: int) -> PairDiff | None:  # fmt: skip
    link = alignment.links[k]
    return early.get((link.old, link.new))


class Pieces:
    """The receiving side: a comparison put together from its pieces as they arrive."""

    def __init__(
        self,
        old: Document,
        new: Document,
        alignment: Alignment,
        diffs: dict[int, PairDiff],
        options: DiffOptions,
        overrides: Overrides | None = None,
        review_below: float = UNCERTAIN_BELOW,
    ) -> None:
        self.old, self.new, self.alignment = old, new, alignment
        self.diffs = dict(diffs)
        self.options, self.overrides, self.review_below = options, overrides, review_below
        self._made: Comparison | None = None

    def add(self, diffs: Mapping[int, PairDiff]) -> None:
        self.diffs.update(diffs)
        self._made = None

    @property
    def total(self) -> int:
        return len(self.alignment.links)

    @property
    def complete(self) -> bool:
        return len(self.diffs) >= self.total

    def comparison(self) -> Comparison:
        """What is known so far (every pair, once ``complete``): the same object until
        more diffs come, so that a receiver can tell it has shown it already."""
        if self._made is None:
            self._made = self._assemble()
        return self._made

    def _assemble(self) -> Comparison:
        return assemble(
            self.old,
            self.new,
            self.alignment,
            self.diffs,
            self.options,
            self.overrides,
            self.review_below,
        )
