"""The overview bar of a pair too tall for Qt: the whole pair, by characters.

The panes of such a pair hold a stretch of it at a time (``stretches``), so no height
of the whole text is ever measured. Its overview places each change, each article
only one text has and each noted passage by where it stands in its text (a share of
the characters), and the box by where the articles on screen stand; a click goes to
the article at that share of the reading pane's text. Within an article the share
runs with its height, so the box and the ticks agree on screen.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import islice

from ...core.comparison import Comparison
from ...core.document import Document
from ..common.colours import Scheme
from ..common.slices import Steps
from .change_stops import moved_only
from .geometry import SideGeometry
from .overview import Tick
from .view_marks import ROWS, STEP


def char_tick_steps(cmp: Comparison, scheme: Scheme) -> Steps[list[Tick]]:
    """Every change, lonely article and article moved with its words kept, of both
    texts, at its share of its text."""
    colours = {"insert": scheme.status("added").name(), "delete": scheme.status("removed").name()}
    amber = scheme.status("modified").name()
    changes = cmp.flat_changes
    out: list[Tick] = []
    for side, doc in enumerate((cmp.old, cmp.new)):
        whole = max(len(doc.text), 1)
        rows: dict[int, str] = {}
        for n, (_k, c) in enumerate(changes):
            if n % STEP == 0:
                yield n, len(changes)
            start, end = (c.old_start, c.old_end) if side == 0 else (c.new_start, c.new_end)
            if end > start:
                rows[round(start / whole * ROWS)] = colours.get(c.op, amber)
        out.extend(Tick(row / ROWS, row / ROWS, colour, side) for row, colour in rows.items())
        moved = scheme.status("moved").name()
        for _k, i in moved_only(cmp, side):
            seg = doc.segments[i]
            out.append(Tick(seg.start / whole, seg.end / whole, moved, side))
        colour = colours["delete" if side == 0 else "insert"]
        for i in cmp.removed if side == 0 else cmp.added:
            seg = doc.segments[i]
            out.append(Tick(seg.start / whole, seg.end / whole, colour, side))
    return out


class CharScale:
    """Heights in a stretch's pane, as shares of the whole text (and back)."""

    def __init__(self, doc: Document, geo: SideGeometry) -> None:
        self.doc, self.geo = doc, geo
        self.tops: list[float] = []
        self.placed: list[tuple[float, float, int]] = []

    def catch_up(self) -> None:
        """Take in the articles measured since (a stretch measures them in reading
        order, top to bottom: they are appended). Read from the end: the panes move
        with every pair written, and skipping what is placed already cost a walk over
        every article measured (some milliseconds each time at 20 MB)."""
        ranges = self.geo.ranges
        fresh = len(ranges) - len(self.placed)
        if fresh <= 0:
            return
        for i, (top, bottom) in reversed(list(islice(reversed(ranges.items()), fresh))):
            self.tops.append(top)
            self.placed.append((top, bottom, i))

    def share(self, y: float) -> float:
        """The share of the text at height ``y`` of the pane."""
        k = bisect_right(self.tops, y) - 1
        if k < 0:
            return (self.doc.segments[self.placed[0][2]].start if self.placed else 0) / self._n()
        top, bottom, i = self.placed[k]
        seg = self.doc.segments[i]
        inside = min(1.0, max(0.0, (y - top) / max(bottom - top, 1.0)))
        return (seg.start + inside * (seg.end - seg.start)) / self._n()

    def _n(self) -> int:
        return max(len(self.doc.text), 1)


def segment_at_share(doc: Document, share: float) -> int:
    """The segment at a share of a text (a click on the overview): the last that begins
    at or before it."""
    offset = share * len(doc.text)
    return max(0, bisect_right([seg.start for seg in doc.segments], offset) - 1)
