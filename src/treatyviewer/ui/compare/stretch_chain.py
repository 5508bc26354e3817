"""Where a stretch of a pair too tall for Qt begins and ends, in its chain of anchors
(see ``stretches``)."""

from __future__ import annotations

from bisect import bisect_left

from ...core.document import Document
from .alignment import Anchor

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
