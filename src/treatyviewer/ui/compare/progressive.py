"""A long comparison written into the panes pair by pair while the reader reads.

Writing and laying out a long text takes seconds on the GUI thread, and a
QTextDocument laid out before a pane takes it is laid out again by the pane.
So for a long text both panes get empty documents at once and these grow
from the event loop, one aligned pair at a time in reading order: each step
writes the articles up to the next pair on both sides (Qt lays out just
those, since nothing follows them yet), pads the higher of the two headings
down so the pair faces itself, and measures what it wrote. The first screen
is written before the window shows it; scrolling, the connectors and the
overview cover what is written, and once the last pair is written they are
exactly what laying out the whole text at once gives (same padding, same
heights, same ticks).
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Container, Iterator
from contextlib import ExitStack, contextmanager
from functools import partial
from typing import Literal

from PySide6.QtGui import QFont, QTextCursor, QTextDocument

from ...core.comparison import Comparison
from ..common.slices import Steps
from . import stretch_chain
from .alignment import Anchor, Padding, anchors, line_up, pad_bottoms
from .connector import Band
from .edited_region import edits_between
from .formats import Formats
from .geometry import SideGeometry
from .parking import Parking, SideParking
from .placeholders import Placer
from .render import Rendered, SegmentWriter, SideMap, SideRenderer
from .stretch_chain import anchor_of, offset_of, stretch_start
from .structure_marks import SegmentMarks
from .swapping import SidePatch, same_lines

STEP_S = (0.015, 0.04)
"""A step (some aligned pairs written, lined up and measured) that took less than the
first writes twice as many pairs next time, one that took more than the second half
as many: each edit of a document costs a walk of Qt's, so pairs go in a few at a
time, but a step is never long enough to hold up the reader."""
MAX_BATCH = 32
Pending = tuple[Literal["lonely", "moved"], int, int]
"""A placeholder still to place: ("lonely", side, segment) or ("moved", pair, 0)."""


_chains: list[
    tuple[weakref.ref[Comparison], tuple[frozenset[int], frozenset[int]], list[Anchor]]
] = []
"""The last chain of anchors: a long text is written afresh at each new pane width (the
comparison is not kept alive for it: once another is shown, it goes)."""


def _chain(cmp: Comparison, hidden: tuple[frozenset[int], frozenset[int]]) -> list[Anchor]:
    """The pairs whose headings line up, with the hidden segments left out."""
    if _chains and _chains[0][0]() is cmp and _chains[0][1] == hidden:
        return _chains[0][2]
    chain = anchors(
        cmp, _shown(len(cmp.old.segments), hidden[0]), _shown(len(cmp.new.segments), hidden[1])
    )
    _chains[:] = [(weakref.ref(cmp), hidden, chain)]
    return chain


def _shown(count: int, hidden: frozenset[int]) -> Container[int]:
    """The segments of one side that are rendered: with none hidden, a range (asked
    for each of a 20 MB text's tens of thousands of pairs, in the turn it is shown)."""
    return Shown(count, hidden) if hidden else range(count)


class Shown:
    """The segments of one side that are rendered (all but the hidden ones)."""

    def __init__(self, count: int, hidden: frozenset[int]) -> None:
        self.count, self.hidden = count, hidden

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and 0 <= index < self.count and index not in self.hidden


class Filling:
    """Both sides of one comparison, written step by step into two documents."""

    def __init__(
        self,
        cmp: Comparison,
        formats: Formats,
        hidden: tuple[frozenset[int], frozenset[int]],
        line_height: float,
        placeholder_font: QFont,
        views: Callable[[int], tuple[float, float]] = lambda _side: (0.0, 0.0),
        begin: int = 0,
    ) -> None:
        self.cmp = cmp
        self.hidden = hidden
        old = SideRenderer(cmp, "old", formats)
        renderers = (old, SideRenderer(cmp, "new", formats))
        self.docs = (cmp.old, cmp.new)
        self.rendered = (
            Rendered(renderers[0].new_document(), SideMap(), renderers[0].changes),
            Rendered(renderers[1].new_document(), SideMap(), renderers[1].changes),
        )
        self.writers = (
            SegmentWriter(renderers[0], self.rendered[0]),
            SegmentWriter(renderers[1], self.rendered[1]),
        )
        self.marks = tuple(
            SegmentMarks(out.document, doc, out.map.to_qt, out.map.covers)
            for out, doc in zip(self.rendered, self.docs, strict=True)
        )
        self.pads = (Padding(), Padding())
        self.geo = (SideGeometry(), SideGeometry())
        self.chain = _chain(cmp, hidden)
        self.first = anchor_of(self.chain, 1, begin) if begin > 0 else 0
        """The anchor the panes begin at: the one written with segment ``begin`` of the
        newer text (a text too tall for Qt: see ``stretches``)."""
        self.end = len(self.chain)
        """The anchor the panes end before: the chain's end, unless the text written
        grows too tall for Qt (``STRETCH_HEIGHT``) before it."""
        self.lined_up = 0
        """How many anchors of the chain face each other so far."""
        self.faced: list[tuple[float, float]] = []
        """The heights of the anchors that face each other so far (the scroll sync)."""
        self.bands: list[Band] = []
        """Connector bands of the pairs measured so far (``view_marks.band_steps`` gives
        the same, in pair order, once all is written)."""
        self.known: tuple[dict[int, float], dict[int, float]] = ({}, {})
        """Height of each change laid out so far, by change id, per side."""
        self.next = list(stretch_start(self.chain, self.first))
        """The next segment to write, per side."""
        self._begins = tuple(self.next)
        self._written: list[list[int]] = [[], []]
        self.placer = Placer(cmp, self.documents(), line_height, placeholder_font)
        self.parking = Parking(
            (
                SideParking(self.rendered[0], self.writers[0], self.marks[0]),
                SideParking(self.rendered[1], self.writers[1], self.marks[1]),
            ),
            views,
        )
        self.placer.reveal = self.parking.wake_between
        self._pending: list[Pending] = []
        self.done = False

    def documents(self) -> tuple[QTextDocument, QTextDocument]:
        return self.rendered[0].document, self.rendered[1].document

    def maps(self) -> tuple[SideMap, SideMap]:
        return self.rendered[0].map, self.rendered[1].map

    def written_share(self) -> float:
        """Roughly how much of what the panes are to hold is written (0..1), by
        characters (of both texts, or of the stretch of them shown)."""
        done = total = 0
        for side, doc in enumerate(self.docs):
            begin = offset_of(doc, self._begins[side])
            end = (
                len(doc.text)
                if self.end >= len(self.chain)
                else offset_of(doc, self.chain[self.end - 1][side] + 1)
            )
            total += max(0, end - begin)
            done += max(0, offset_of(doc, self.next[side]) - begin)
        if self.done:
            return 1.0
        return min(1.0, done / total) if total else 1.0

    @property
    def whole(self) -> bool:
        """Whether the panes hold the whole of both texts (not a stretch of them)."""
        return self.first == 0 and self.end >= len(self.chain)

    # -- the steps ----------------------------------------------------------------
    def steps(self) -> Steps[None]:
        total = len(self.cmp.old.segments) + len(self.cmp.new.segments)
        docs, maps = self.documents(), self.maps()
        n, size = self.first, 1
        while n < self.end:
            began = time.perf_counter()
            batch = self.chain[n : min(n + size, self.end)]
            n += len(batch)
            with self._below_written():
                self._write_through(batch[-1])
                line_up(batch, docs, maps, self.pads)
            self.lined_up += len(batch)
            self._measure(final=False)
            old, new = self.geo[0].ranges, self.geo[1].ranges
            self.faced.extend((old[a][0], new[b][0]) for a, b in batch)
            took = time.perf_counter() - began
            if took < STEP_S[0]:
                size = min(MAX_BATCH, size * 2)
            elif took > STEP_S[1]:
                size = max(1, size // 2)
            if n < self.end and max(g.height for g in self.geo) > stretch_chain.STRETCH_HEIGHT:
                self.end = n  # Qt would lay out no more: the panes end here
            yield self.next[0] + self.next[1], total
        with self._below_written():
            if self.end >= len(self.chain):
                self._write_through(
                    (len(self.cmp.old.segments) - 1, len(self.cmp.new.segments) - 1)
                )
            pad_bottoms(docs, self.pads)
        self._measure(final=True)
        self.done = True
        yield total, total

    def swap_steps(self, cmp: Comparison) -> Steps[bool]:
        """Take ``cmp``, the same pairing as the comparison being written, its pairs
        diffed where those were pending (see ``swapping``): what is written is patched
        in place, the rest is written from it. False when the text has to be written
        afresh instead (a height would change)."""
        before = self.cmp
        formats = self.writers[0].renderer.f
        old = SideRenderer(cmp, "old", formats)
        yield 0, 1
        renderers = (old, SideRenderer(cmp, "new", formats))
        for side in (0, 1):
            written = iter(self.parking.sides[side].indices)
            if not same_lines(written, self.writers[side].renderer, renderers[side]):
                return False
        yield 0, 1
        self.cmp = cmp
        _chains[:] = [(weakref.ref(cmp), self.hidden, self.chain)]
        self.placer.cmp = cmp
        self.known = ({}, {})
        for side in (0, 1):
            self.writers[side].renderer = renderers[side]
            self.rendered[side].changes = renderers[side].changes
        for side in (0, 1):
            patch = SidePatch(before, cmp, self.parking.sides[side], side)
            measure = partial(self._measure_changes, side)
            if not (yield from patch.steps(measure)):
                return False
        self.bands = [b for i in self.parking.sides[0].indices for b in self._bands_of(0, i)]
        return True

    @contextmanager
    def _below_written(self) -> Iterator[None]:
        """Edits that write on (or pad what they wrote) change nothing above the last
        article written so far: the panes repaint only below it."""
        with ExitStack() as stack:
            for side, doc in enumerate(self.documents()):
                bottoms = self.parking.sides[side].bottoms
                stack.enter_context(edits_between(doc, bottoms[-1] if bottoms else 0.0))
            yield

    def _write_through(self, last: Anchor) -> None:
        """Write each side's segments up to and including ``last``, in one edit block
        per side (Qt then lays out the new text once)."""
        for side in (0, 1):
            writer, marks = self.writers[side], self.marks[side]
            cursor = QTextCursor(writer.cursor)
            cursor.beginEditBlock()
            for i in range(self.next[side], last[side] + 1):
                if i in self.hidden[side]:
                    continue
                writer.write(i)
                marks.mark(i)
                self._written[side].append(i)
            cursor.endEditBlock()
            self.next[side] = max(self.next[side], last[side] + 1)

    def _measure(self, final: bool) -> None:
        """Heights of what was just written (the layout above it no longer changes)."""
        for side, doc in enumerate(self.documents()):
            geo, side_map = self.geo[side], self.rendered[side].map
            layout = doc.documentLayout()
            for i in self._written[side]:
                head = doc.findBlockByNumber(side_map.heading_block[i])
                last = doc.findBlockByNumber(side_map.last_block[i])
                top = layout.blockBoundingRect(head).top()
                geo.ranges[i] = (top, max(layout.blockBoundingRect(last).bottom(), top + 1))
                self.parking.sides[side].written(i, *geo.ranges[i])
                lonely = self.cmp.removed if side == 0 else self.cmp.added
                if i in lonely:
                    self._pending.append(("lonely", side, i))
                k = self.cmp.new_to_pair.get(i) if side == 1 else None
                if k is not None and self.cmp.pairs[k].new[0] == i and self.cmp.pairs[k].moved:
                    self._pending.append(("moved", k, 0))
                self._band(side, i)
            self._measure_changes(side, self._written[side])
            self._written[side] = []
            geo.height = doc.size().height()
        self._place(final)
        self.parking.frontier = (
            float("inf") if final else self.geo[0].height,
            float("inf") if final else self.geo[1].height,
        )
        self.parking.follow()

    def _band(self, side: int, i: int) -> None:
        """The connector bands segment ``i`` completes (both ends are measured now)."""
        self.bands.extend(self._bands_of(side, i))

    def _bands_of(self, side: int, i: int) -> list[Band]:
        """The bands of segment ``i`` to the measured segments of the other side (those
        of one side: all bands)."""
        k = (self.cmp.old_to_pair if side == 0 else self.cmp.new_to_pair).get(i)
        if k is None:
            return []
        pair = self.cmp.pairs[k]
        status = "moved" if pair.moved else pair.status
        old_r, new_r = self.geo[0].ranges, self.geo[1].ranges
        return [
            Band(old_r[o], new_r[n], status)
            for o in ((i,) if side == 0 else pair.old)
            for n in ((i,) if side == 1 else pair.new)
            if o in old_r and n in new_r
        ]

    def _measure_changes(self, side: int, written: list[int]) -> None:
        """Where the changes of the segments just written start (the overview's ticks)."""
        rendered, geo = self.rendered[side], self.geo[side]
        renderer, known = self.writers[side].renderer, self.known[side]
        for i in written:
            for start, _end, cid in renderer._spans(i):
                if cid >= 0 and cid not in known:
                    position = rendered.map.to_qt(start)
                    known[cid] = geo.y_of_position(rendered.document, position)

    def _place(self, final: bool) -> None:
        """Placeholders whose place in the other pane is laid out (all at the end)."""
        waiting: list[Pending] = []
        # A moved article's line first: it may spill into the band below (``Placer``).
        for item in sorted(self._pending, key=lambda item: item[0] != "moved"):
            if not final and not self._ready(item):
                waiting.append(item)
            elif item[0] == "lonely":
                self.placer.lonely(item[1], item[2], self.geo[item[1]])
            else:
                self.placer.moved(item[1], self.geo)
        self._pending = waiting

    def _ready(self, item: Pending) -> bool:
        room = 4 * self.placer.line_height
        if item[0] == "lonely":
            side, i = item[1], item[2]
            return self.geo[side].ranges[i][0] + room < self.geo[1 - side].height
        pair = self.cmp.pairs[item[1]]
        o, n = pair.old[0], pair.new[0]
        if o not in self.geo[0].ranges or n not in self.geo[1].ranges:
            return False
        tops = (self.geo[0].ranges[o][0], self.geo[1].ranges[n][0])
        return tops[0] + room < self.geo[1].height and tops[1] + room < self.geo[0].height

    def points(self) -> list[tuple[float, float]]:
        """The heights that face each other so far (for the scroll sync)."""
        return [*self.faced, (self.geo[0].height, self.geo[1].height)]

    def expected_height(self) -> float:
        """The final height, guessed from the share written (exact once done)."""
        height = max(self.geo[0].height, self.geo[1].height)
        if self.done:
            return height
        return height / max(self.written_share(), 0.01)
