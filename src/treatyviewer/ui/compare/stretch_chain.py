"""Where a stretch of a pair too tall for Qt begins and ends, in its chain of anchors
(see ``stretches``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Protocol

from ...core.comparison import Comparison
from ...core.document import Document
from .alignment import Anchor

BACK_SLICE = 200_000
"""Characters searched at a time going back through a text for the previous match."""
QT_TALLEST = 8_388_607.0
"""The tallest document Qt lays out, in pixels (the largest of its fixed-point lengths)."""
STRETCH_HEIGHT = 8_000_000.0
"""The panes stop writing a stretch once it is this tall (the last step written stays
below ``QT_TALLEST``)."""


def stretch_start(chain: list[Anchor], first: int) -> tuple[int, int]:
    """The segments (old, new) a stretch that begins at anchor ``first`` begins with:
    those after the anchor before it (the segments between two anchors are written
    with the second)."""
    if first <= 0 or not chain:
        return 0, 0
    before = chain[min(first, len(chain)) - 1]
    return before[0] + 1, before[1] + 1


def offset_of(doc: Document, k: int) -> int:
    """Where segment ``k`` of a text begins (its end past the last)."""
    return doc.segments[k].start if k < len(doc.segments) else len(doc.text)


def anchor_of(chain: list[Anchor], side: int, index: int) -> int:
    """The anchor written with segment ``index`` of one side: the first whose segment
    on that side is not before it (``len(chain)`` for the segments after the last)."""
    return bisect_left([anchor[side] for anchor in chain], index)


def group(chain: list[Anchor], a: int, ends: tuple[int, int]) -> tuple[range, range]:
    """The segments (old, new) written with anchor ``a``: those after the anchor before
    it, through it (after the last anchor: through the last segments, ``ends``)."""
    begin = stretch_start(chain, a)
    last = chain[a] if a < len(chain) else (ends[0] - 1, ends[1] - 1)
    return range(begin[0], last[0] + 1), range(begin[1], last[1] + 1)


def changed(cmp: Comparison, chain: list[Anchor], a: int) -> bool:
    """Whether the segments written with anchor ``a`` hold a change (a pair that is not
    unchanged, or an article only one text has)."""
    olds, news = group(chain, a, (len(cmp.old.segments), len(cmp.new.segments)))
    for side, indices in ((0, olds), (1, news)):
        to_pair = cmp.old_to_pair if side == 0 else cmp.new_to_pair
        for i in indices:
            k = to_pair.get(i)
            if k is None or cmp.pairs[k].status != "unchanged" or cmp.pairs[k].moved:
                return True
    return False


def next_changed(cmp: Comparison, chain: list[Anchor], a: int, direction: int) -> int | None:
    """The first anchor from ``a`` on (back, with ``direction`` -1) whose segments hold
    a change; None when there is none."""
    while 0 <= a <= len(chain):
        if changed(cmp, chain, a):
            return a
        a += direction
    return None


class Span(Protocol):
    chain: list[Anchor]
    first: int
    end: int


def segment_span(stretch: Span, side: int, ends: tuple[int, int]) -> tuple[int, int]:
    """The first and last segments of one side that a stretch holds (``ends``: how many
    segments each text has)."""
    chain = stretch.chain
    first = stretch_start(chain, stretch.first)[side]
    last = ends[side] - 1 if stretch.end >= len(chain) else chain[stretch.end - 1][side]
    return first, last


def search_forward(pattern: re.Pattern[str], text: str, start: int) -> int | None:
    """Where the first match of ``pattern`` at or after ``start`` begins."""
    match = pattern.search(text, start)
    return match.start() if match else None


def search_back(pattern: re.Pattern[str], text: str, end: int) -> int | None:
    """Where the last match of ``pattern`` that begins before ``end`` begins, looked for
    a slice at a time from ``end`` back (a match is usually near)."""
    while end > 0:
        begin = max(0, end - BACK_SLICE)
        found = [m.start() for m in pattern.finditer(text, begin, end)]
        if found:
            return found[-1]
        end = begin
    return None
